//! `#[deprecated]` where the spec says `deprecated: true`, so a caller learns of a deprecation
//! from the compiler, not when the method disappears: on a deprecated operation's `Client`
//! method and builder, a deprecated parameter's setter, and a deprecated property's field
//! (component schemas) and its builder setter. The note gives the sunset date (`x-sunset`)
//! and the first line of the spec's description, where the spec gives them.
//!
//! progenitor and typify write no `#[deprecated]` themselves. The items are found by exact
//! shape (`impl Client { pub fn <operationId>(&self) -> builder::<Name><'_> }`, the builder's
//! setter named after the parameter, the struct field that serde renames from the property):
//! a deprecated item whose generated code is not found stops generation, naming it.
//! revolv3-client compiles the generated module with `#[allow(deprecated)]`, so its own
//! derives and builders raise no warning; callers do.

use heck::{ToSnakeCase, ToUpperCamelCase};
use serde_json::{Map, Value};
use syn::{Attribute, Fields, ImplItem, Item, Type, parse_quote};

use crate::error::{PipelineError, Result};
use crate::operations::operations;
use crate::pointer;

/// One deprecated thing of the spec and the note its Rust item gets.
struct Deprecated {
    /// JSON pointer into the normalized document, for the error when its item is not found.
    at: String,
    note: String,
}

/// `#[deprecated(note = ...)]` for `what` (`` `GET /a` ``), deprecated by `object`.
fn note(what: &str, object: &Map<String, Value>) -> String {
    let mut note = format!("{what} is deprecated in the Revolv3 API");
    if let Some(sunset) = object.get("x-sunset").and_then(Value::as_str) {
        note.push_str(&format!(" and goes away on {sunset}"));
    }
    let description = object
        .get("description")
        .and_then(Value::as_str)
        .and_then(|d| d.lines().map(str::trim).find(|line| !line.is_empty()));
    if let Some(description) = description {
        note.push_str(&format!(": {description}"));
    }
    note
}

fn is_deprecated(object: &Map<String, Value>) -> bool {
    object.get("deprecated") == Some(&Value::Bool(true))
}

fn attribute(note: &str) -> Attribute {
    parse_quote!(#[deprecated(note = #note)])
}

fn not_found(at: &str, what: &str) -> PipelineError {
    PipelineError::at(
        at,
        format!(
            "deprecated, but the generated {what} was not found: progenitor's output changed \
             shape, so codegen/src/deprecations.rs must be updated"
        ),
    )
}

/// Adds `#[deprecated]` to the generated items of every deprecated operation, parameter and
/// component property of `normalized`.
pub(crate) fn mark_deprecated(file: &mut syn::File, normalized: &Value) -> Result<()> {
    for (key, op) in operations(normalized) {
        let Some(id) = op.get("operationId").and_then(Value::as_str) else {
            continue;
        };
        let op_at = key.pointer();
        let deprecated_op = is_deprecated(op).then(|| Deprecated {
            at: op_at.clone(),
            note: note(&format!("`{key}`"), op),
        });
        let parameters: Vec<(String, Deprecated)> = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, param)| {
                let param = revolv3_oas::resolve_value(normalized, param).as_object()?;
                let name = param.get("name")?.as_str()?;
                is_deprecated(param).then(|| {
                    let at = pointer::join(&op_at, ["parameters", &i.to_string()]);
                    let note = note(&format!("parameter `{name}` of `{key}`"), param);
                    (name.to_snake_case(), Deprecated { at, note })
                })
            })
            .collect();
        if deprecated_op.is_none() && parameters.is_empty() {
            continue;
        }
        let builder = builder_of(file, id).ok_or_else(|| not_found(&op_at, "`Client` method"))?;
        if let Some(op) = &deprecated_op {
            mark_client_method(file, id, op)?;
            let item =
                builder_struct(file, &builder).ok_or_else(|| not_found(&op.at, "builder"))?;
            item.attrs.push(attribute(&op.note));
        }
        for (setter, param) in &parameters {
            let method = builder_setter(file, &builder, setter)
                .ok_or_else(|| not_found(&param.at, &format!("setter `{setter}`")))?;
            method.attrs.push(attribute(&param.note));
        }
    }
    for (schema, object) in normalized
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let properties = object.get("properties").and_then(Value::as_object);
        for (property, definition) in properties.into_iter().flatten() {
            let Some(definition) = definition.as_object().filter(|d| is_deprecated(d)) else {
                continue;
            };
            let item = Deprecated {
                at: pointer::join(
                    "/components/schemas",
                    [schema.as_str(), "properties", property],
                ),
                note: note(&format!("property `{property}` of `{schema}`"), definition),
            };
            mark_property(file, &schema.to_upper_camel_case(), property, &item)?;
        }
    }
    Ok(())
}

/// The items of module `name` among `items`.
fn module_items<'f>(items: &'f mut [Item], name: &str) -> Option<&'f mut Vec<Item>> {
    items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == name => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// The last segment of a type path (`builder::GetCustomer<'_>` → `GetCustomer`).
fn type_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// The method `id` of the inherent `impl Client`.
fn client_method<'f>(file: &'f mut syn::File, id: &str) -> Option<&'f mut syn::ImplItemFn> {
    file.items.iter_mut().find_map(|item| match item {
        Item::Impl(block)
            if block.trait_.is_none() && type_name(&block.self_ty).as_deref() == Some("Client") =>
        {
            block.items.iter_mut().find_map(|inner| match inner {
                ImplItem::Fn(f) if f.sig.ident == id => Some(f),
                _ => None,
            })
        }
        _ => None,
    })
}

/// The builder struct `Client::<id>` returns.
fn builder_of(file: &mut syn::File, id: &str) -> Option<String> {
    match &client_method(file, id)?.sig.output {
        syn::ReturnType::Type(_, ty) => type_name(ty),
        syn::ReturnType::Default => None,
    }
}

fn mark_client_method(file: &mut syn::File, id: &str, op: &Deprecated) -> Result<()> {
    let method = client_method(file, id).ok_or_else(|| not_found(&op.at, "`Client` method"))?;
    method.attrs.push(attribute(&op.note));
    Ok(())
}

fn builder_struct<'f>(file: &'f mut syn::File, name: &str) -> Option<&'f mut syn::ItemStruct> {
    module_items(&mut file.items, "builder")?
        .iter_mut()
        .find_map(|item| match item {
            Item::Struct(s) if s.ident == name => Some(s),
            _ => None,
        })
}

/// The setter `setter` of the inherent impl of struct `name` among `items`.
fn setter_in<'f>(
    items: &'f mut [Item],
    name: &str,
    setter: &str,
) -> Option<&'f mut syn::ImplItemFn> {
    items.iter_mut().find_map(|item| match item {
        Item::Impl(block)
            if block.trait_.is_none() && type_name(&block.self_ty).as_deref() == Some(name) =>
        {
            block.items.iter_mut().find_map(|inner| match inner {
                ImplItem::Fn(f) if f.sig.ident == setter => Some(f),
                _ => None,
            })
        }
        _ => None,
    })
}

fn builder_setter<'f>(
    file: &'f mut syn::File,
    builder: &str,
    setter: &str,
) -> Option<&'f mut syn::ImplItemFn> {
    setter_in(module_items(&mut file.items, "builder")?, builder, setter)
}

/// Whether `field` is the one serde reads from property `property`.
fn is_field_of(field: &syn::Field, property: &str) -> bool {
    let renamed = field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde")
            && attr.meta.require_list().is_ok_and(|list| {
                list.tokens
                    .to_string()
                    .contains(&format!("rename = \"{property}\""))
            })
    });
    renamed || field.ident.as_ref().is_some_and(|ident| ident == property)
}

/// Marks the field of `types::<type_name>` that holds `property`, and its setter on
/// `types::builder::<type_name>`.
fn mark_property(
    file: &mut syn::File,
    type_name: &str,
    property: &str,
    item: &Deprecated,
) -> Result<()> {
    let types = module_items(&mut file.items, "types")
        .ok_or_else(|| not_found(&item.at, "`types` module"))?;
    let field = types
        .iter_mut()
        .find_map(|i| match i {
            Item::Struct(s) if s.ident == type_name => match &mut s.fields {
                Fields::Named(fields) => fields.named.iter_mut().find(|f| is_field_of(f, property)),
                _ => None,
            },
            _ => None,
        })
        .ok_or_else(|| not_found(&item.at, &format!("field of `{type_name}`")))?;
    field.attrs.push(attribute(&item.note));
    let setter = field
        .ident
        .as_ref()
        .map(ToString::to_string)
        .ok_or_else(|| not_found(&item.at, "field name"))?;
    let builders = module_items(types, "builder")
        .ok_or_else(|| not_found(&item.at, "`types::builder` module"))?;
    setter_in(builders, type_name, &setter)
        .ok_or_else(|| not_found(&item.at, &format!("builder setter `{type_name}::{setter}`")))?
        .attrs
        .push(attribute(&item.note));
    Ok(())
}
