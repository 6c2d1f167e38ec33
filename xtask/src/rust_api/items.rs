//! The public items of a generated client, read from its source with syn: `Client` methods,
//! each builder's setters (with the type they take) and `send` (with what it returns), and in
//! `types` every struct with its fields, every enum with its variants (the forward-compatible
//! `string_enum!`/`integer_enum!` declarations included), each with where in the spec it comes
//! from and whether it is deprecated.

use std::collections::BTreeMap;

use quote::ToTokens;
use syn::{Fields, ImplItem, Item, Type};

/// What in the spec an item comes from, to find the diff's findings about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// An operation, by operation id (its `Client` method, its builder's `send`).
    Operation(String),
    /// A parameter of an operation: the operation id and the setter's name.
    Parameter(String, String),
    /// A generated type, by name (a component schema, where one has that name).
    Type(String),
    /// A field or variant of a generated type: the type, and the name in the spec (the
    /// property or enum value).
    Member(String, String),
}

/// One public item: its path (`types::CustomerDto::last_name`, `Client::get_invoices`,
/// `builder::GetInvoices::page`), its type as Rust writes it, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicItem {
    pub path: String,
    pub ty: String,
    pub deprecated: bool,
    pub origin: Origin,
}

/// Every public item of the client in `source`, by path.
pub fn items(source: &str) -> Result<BTreeMap<String, PublicItem>, String> {
    let file = syn::parse_file(source).map_err(|e| format!("the client is not Rust: {e}"))?;
    let mut out = BTreeMap::new();
    let mut builders: BTreeMap<String, String> = BTreeMap::new();
    for item in &file.items {
        if let Item::Impl(block) = item
            && block.trait_.is_none()
            && last_ident(&block.self_ty).as_deref() == Some("Client")
        {
            for inner in &block.items {
                let ImplItem::Fn(method) = inner else {
                    continue;
                };
                let id = method.sig.ident.to_string();
                let builder = match &method.sig.output {
                    syn::ReturnType::Type(_, ty) => last_ident(ty),
                    syn::ReturnType::Default => None,
                };
                let Some(builder) = builder else { continue };
                builders.insert(builder.clone(), id.clone());
                add(
                    &mut out,
                    format!("Client::{id}"),
                    format!("builder::{builder}"),
                    is_deprecated(&method.attrs),
                    Origin::Operation(id),
                );
            }
        }
    }
    for item in module(&file.items, "builder") {
        let Item::Impl(block) = item else { continue };
        let Some(builder) = last_ident(&block.self_ty) else {
            continue;
        };
        let Some(operation) = builders.get(&builder) else {
            continue;
        };
        for inner in &block.items {
            let ImplItem::Fn(method) = inner else {
                continue;
            };
            let name = method.sig.ident.to_string();
            let path = format!("builder::{builder}::{name}");
            let deprecated = is_deprecated(&method.attrs);
            match name.as_str() {
                "new" => {}
                "send" => {
                    if let syn::ReturnType::Type(_, ty) = &method.sig.output {
                        add(
                            &mut out,
                            path,
                            show(ty),
                            deprecated,
                            Origin::Operation(operation.clone()),
                        );
                    }
                }
                _ => {
                    let taken = setter_type(method).unwrap_or_else(|| "?".to_owned());
                    let origin = Origin::Parameter(operation.clone(), name);
                    add(&mut out, path, taken, deprecated, origin);
                }
            }
        }
    }
    for item in module(&file.items, "types") {
        types_item(item, &mut out);
    }
    Ok(out)
}

fn add(
    out: &mut BTreeMap<String, PublicItem>,
    path: String,
    ty: String,
    deprecated: bool,
    origin: Origin,
) {
    out.insert(
        path.clone(),
        PublicItem {
            path,
            ty,
            deprecated,
            origin,
        },
    );
}

/// The items of a generated type: the type, and its fields or variants.
fn types_item(item: &Item, out: &mut BTreeMap<String, PublicItem>) {
    match item {
        Item::Struct(s) => {
            let name = s.ident.to_string();
            let deprecated = is_deprecated(&s.attrs);
            match &s.fields {
                Fields::Named(fields) => {
                    add(
                        out,
                        format!("types::{name}"),
                        "struct".into(),
                        deprecated,
                        Origin::Type(name.clone()),
                    );
                    for field in &fields.named {
                        let Some(ident) = &field.ident else { continue };
                        let spec_name =
                            serde_rename(&field.attrs).unwrap_or_else(|| ident.to_string());
                        add(
                            out,
                            format!("types::{name}::{ident}"),
                            show(&field.ty),
                            is_deprecated(&field.attrs),
                            Origin::Member(name.clone(), spec_name),
                        );
                    }
                }
                Fields::Unnamed(fields) => {
                    let inner: Vec<String> = fields.unnamed.iter().map(|f| show(&f.ty)).collect();
                    add(
                        out,
                        format!("types::{name}"),
                        format!("({})", inner.join(", ")),
                        deprecated,
                        Origin::Type(name),
                    );
                }
                Fields::Unit => add(
                    out,
                    format!("types::{name}"),
                    "struct".into(),
                    deprecated,
                    Origin::Type(name),
                ),
            }
        }
        Item::Enum(e) => {
            let name = e.ident.to_string();
            add(
                out,
                format!("types::{name}"),
                "enum".into(),
                is_deprecated(&e.attrs),
                Origin::Type(name.clone()),
            );
            for variant in &e.variants {
                let payload = match &variant.fields {
                    Fields::Unit => String::new(),
                    Fields::Unnamed(fields) => {
                        let inner: Vec<String> =
                            fields.unnamed.iter().map(|f| show(&f.ty)).collect();
                        format!("({})", inner.join(", "))
                    }
                    Fields::Named(_) => "{ .. }".into(),
                };
                let spec_name =
                    serde_rename(&variant.attrs).unwrap_or_else(|| variant.ident.to_string());
                add(
                    out,
                    format!("types::{name}::{}", variant.ident),
                    payload,
                    is_deprecated(&variant.attrs),
                    Origin::Member(name.clone(), spec_name),
                );
            }
        }
        Item::Macro(m) => forward_compatible_enum(m, out),
        _ => {}
    }
}

/// A `string_enum!`/`integer_enum!` declaration: `#[doc = ..] Name { Variant => value, ... }`.
fn forward_compatible_enum(item: &syn::ItemMacro, out: &mut BTreeMap<String, PublicItem>) {
    let Some(kind) = item.mac.path.segments.last().map(|s| s.ident.to_string()) else {
        return;
    };
    if kind != "string_enum" && kind != "integer_enum" {
        return;
    }
    let tokens: Vec<proc_macro2::TokenTree> = item.mac.tokens.clone().into_iter().collect();
    // The enum's name is the last identifier before its braced list of variants.
    let Some(body_at) = tokens.iter().position(|t| matches!(t, proc_macro2::TokenTree::Group(g) if g.delimiter() == proc_macro2::Delimiter::Brace)) else {
        return;
    };
    let Some(proc_macro2::TokenTree::Ident(name)) = tokens.get(body_at.wrapping_sub(1)) else {
        return;
    };
    let name = name.to_string();
    add(
        out,
        format!("types::{name}"),
        "enum".into(),
        false,
        Origin::Type(name.clone()),
    );
    let proc_macro2::TokenTree::Group(body) = &tokens[body_at] else {
        return;
    };
    let body: Vec<proc_macro2::TokenTree> = body.stream().into_iter().collect();
    for (i, token) in body.iter().enumerate() {
        // `Variant => "value"`: an identifier followed by `=>`.
        let (proc_macro2::TokenTree::Ident(variant), Some(proc_macro2::TokenTree::Punct(p))) =
            (token, body.get(i + 1))
        else {
            continue;
        };
        if p.as_char() != '=' {
            continue;
        }
        let value = body
            .get(i + 3)
            .map(|v| v.to_string().trim_matches('"').to_owned())
            .unwrap_or_default();
        add(
            out,
            format!("types::{name}::{variant}"),
            String::new(),
            false,
            Origin::Member(name.clone(), value),
        );
    }
}

/// The items of module `name` among `items` (empty when there is none).
fn module<'i>(items: &'i [Item], name: &str) -> &'i [Item] {
    items
        .iter()
        .find_map(|item| match item {
            Item::Mod(m) if m.ident == name => {
                m.content.as_ref().map(|(_, items)| items.as_slice())
            }
            _ => None,
        })
        .unwrap_or_default()
}

/// The last identifier of a type's path (`builder::GetCustomer<'_>` → `GetCustomer`).
fn last_ident(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

fn is_deprecated(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("deprecated"))
}

/// The name serde reads an item from (`#[serde(rename = "lastName")]`).
fn serde_rename(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| {
        let list = attr
            .meta
            .require_list()
            .ok()
            .filter(|_| attr.path().is_ident("serde"))?;
        let text = list.tokens.to_string();
        let start = text.find("rename = \"")? + "rename = \"".len();
        let end = start + text[start..].find('"')?;
        Some(text[start..end].to_owned())
    })
}

/// The type a setter takes: `T` of its `where V: TryInto<T>` bound.
fn setter_type(method: &syn::ImplItemFn) -> Option<String> {
    let predicates = &method.sig.generics.where_clause.as_ref()?.predicates;
    predicates.iter().find_map(|predicate| {
        let syn::WherePredicate::Type(predicate) = predicate else {
            return None;
        };
        predicate.bounds.iter().find_map(|bound| {
            let syn::TypeParamBound::Trait(bound) = bound else {
                return None;
            };
            let last = bound.path.segments.last()?;
            let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
                return None;
            };
            args.args.iter().find_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(show(ty)),
                _ => None,
            })
        })
    })
}

/// A type as a reader writes it: `Option<String>`, `Vec<Invoice>`, `Bounded<1, 100>`, without
/// the paths the generated code spells out (`::std::option::`, `types::`, `crate::`).
pub fn show(ty: &Type) -> String {
    let mut out = String::new();
    write_tokens(ty.to_token_stream(), &mut out);
    for noise in [
        "std::option::",
        "std::string::",
        "std::vec::",
        "std::collections::",
        "types::",
        "crate::",
        "super::",
    ] {
        out = out.replace(noise, "");
    }
    out
}

/// Tokens as Rust is written by hand: a space only between words and after a comma, no
/// leading `::` on a path, no trailing comma before a closing `>`.
fn write_tokens(tokens: proc_macro2::TokenStream, out: &mut String) {
    use proc_macro2::{Delimiter, TokenTree};
    for token in tokens {
        match token {
            TokenTree::Ident(_) | TokenTree::Literal(_) => {
                if out.ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ',') {
                    out.push(' ');
                }
                out.push_str(&token.to_string());
            }
            TokenTree::Punct(p) => {
                if p.as_char() == ':' && out.ends_with(',') {
                    out.push(' ');
                }
                if p.as_char() == '>' && out.ends_with(',') {
                    out.pop();
                }
                out.push(p.as_char());
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                out.push_str(open);
                write_tokens(group.stream(), out);
                out.push_str(close);
            }
        }
    }
    // A path from the crate root (`::chrono::DateTime`) reads the same without the `::`.
    for (rooted, plain) in [("<::", "<"), ("(::", "("), (" ::", " "), ("&::", "&")] {
        *out = out.replace(rooted, plain);
    }
    if let Some(rest) = out.strip_prefix("::") {
        *out = rest.to_owned();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_bundled_clients_items() {
        let source = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../revolv3-client/generated/client.rs"),
        )
        .unwrap();
        let items = items(&source).unwrap();
        let ty = |path: &str| items.get(path).map(|i| i.ty.clone());
        assert_eq!(
            ty("Client::get_customer").as_deref(),
            Some("builder::GetCustomer")
        );
        assert_eq!(
            ty("builder::GetCustomer::customer_id").as_deref(),
            Some("Bounded<1, 1000000000>")
        );
        assert_eq!(
            ty("builder::GetCustomer::send").as_deref(),
            Some("Result<ResponseValue<CustomerDto>, Error<StatusMessageResponse>>")
        );
        assert_eq!(
            ty("types::CustomerDto::last_name").as_deref(),
            Some("Option<String>")
        );
        assert_eq!(
            items["types::CustomerDto::last_name"].origin,
            Origin::Member("CustomerDto".into(), "lastName".into())
        );
        assert_eq!(
            items["types::InvoiceStatus::Paid"].origin,
            Origin::Member("InvoiceStatus".into(), "Paid".into())
        );
        assert!(items.values().all(|i| !i.deprecated));
        assert_eq!(
            ty("types::CreateSubscriptionRequestDto::start_date").as_deref(),
            Some("Option<chrono::DateTime<chrono::offset::Utc>>")
        );
    }
}
