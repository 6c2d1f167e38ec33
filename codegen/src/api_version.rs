//! Removing the `api-version` header progenitor puts on every request.
//!
//! progenitor's generated `send()` appends `api-version: <info.version>` to every request:
//! `header_map.append(HeaderName::from_static("api-version"),
//! HeaderValue::from_static(Client::api_version()))`. ASP.NET servers may read that header
//! for API versioning, so sending the spec's document version on our behalf could change how
//! Revolv3 answers. That exact statement is removed from the generated code, rather than the
//! header stripped from each request at run time; a header parameter the spec documents itself,
//! even one named `api-version`, is a different statement and stays. Every `send()` must hold
//! the statement exactly once: when progenitor's output changes shape, generation stops with
//! the operation named, instead of the removal silently doing nothing. Where the removal
//! leaves the operation's header map empty, the map goes too: building and merging an empty
//! `HeaderMap` costs two allocations (its index table and its entries) on every request.

use proc_macro2::TokenTree;
use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ImplItem, Item, Lit, Stmt};

/// The local progenitor collects header parameters in before merging them into the request.
const HEADER_MAP: &str = "header_map";

/// A `send()` that does not append the injected header exactly once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnexpectedSend {
    /// The operation id the `send()` reports in its `OperationInfo`, or the builder's name.
    pub operation: String,
    /// How many injected appends it holds.
    pub found: usize,
}

/// Deletes progenitor's injected `api-version` append from every builder's `send()`, and any
/// header map that is then only declared and merged.
pub fn remove_api_version_header(file: &mut syn::File) -> Result<(), UnexpectedSend> {
    for item in &mut file.items {
        match item {
            Item::Impl(block) => remove_from_impl(block)?,
            Item::Mod(module) => {
                for inner in module.content.iter_mut().flat_map(|(_, items)| items) {
                    if let Item::Impl(block) = inner {
                        remove_from_impl(block)?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn remove_from_impl(block: &mut syn::ItemImpl) -> Result<(), UnexpectedSend> {
    for item in &mut block.items {
        let ImplItem::Fn(function) = item else {
            continue;
        };
        if function.sig.ident != "send" {
            continue;
        }
        let mut remover = Remover { removed: 0 };
        remover.visit_block_mut(&mut function.block);
        if remover.removed != 1 {
            return Err(UnexpectedSend {
                operation: operation_id(&function.block)
                    .unwrap_or_else(|| block.self_ty.to_token_stream().to_string()),
                found: remover.removed,
            });
        }
    }
    Ok(())
}

/// The `operation_id: "..."` a generated `send()` hands to the client hooks.
fn operation_id(block: &Block) -> Option<String> {
    let tokens: Vec<TokenTree> = flatten(block.to_token_stream());
    tokens.windows(3).find_map(|w| match w {
        [
            TokenTree::Ident(key),
            TokenTree::Punct(colon),
            TokenTree::Literal(value),
        ] if key == "operation_id" && colon.as_char() == ':' => {
            match syn::parse_str::<Lit>(&value.to_string()) {
                Ok(Lit::Str(s)) => Some(s.value()),
                _ => None,
            }
        }
        _ => None,
    })
}

fn flatten(tokens: proc_macro2::TokenStream) -> Vec<TokenTree> {
    tokens
        .into_iter()
        .flat_map(|tree| match tree {
            TokenTree::Group(g) => flatten(g.stream()),
            other => vec![other],
        })
        .collect()
}

struct Remover {
    removed: usize,
}

impl VisitMut for Remover {
    fn visit_block_mut(&mut self, block: &mut Block) {
        let before = block.stmts.len();
        block.stmts.retain(|stmt| !is_injected_api_version(stmt));
        self.removed += before - block.stmts.len();
        // Declared, and named once more: if that one use is the merge, nothing goes in the map.
        if block.stmts.iter().any(declares_header_map)
            && mentions(block.to_token_stream(), HEADER_MAP) == 2
        {
            let mut merges = MergeRemover { removed: 0 };
            merges.visit_block_mut(block);
            if merges.removed == 1 {
                block.stmts.retain(|stmt| !declares_header_map(stmt));
            }
        }
        visit_mut::visit_block_mut(self, block);
    }
}

/// `header_map.append(<..>::HeaderName::from_static("api-version"),
/// <..>::HeaderValue::from_static(<..>::api_version()));`, and nothing else.
fn is_injected_api_version(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::MethodCall(call), Some(_)) = stmt else {
        return false;
    };
    let receiver_is_map = matches!(&*call.receiver, Expr::Path(p) if p.path.is_ident(HEADER_MAP));
    if !receiver_is_map || call.method != "append" || call.args.len() != 2 {
        return false;
    }
    let name_is_api_version =
        call_of(&call.args[0], &["HeaderName", "from_static"]).is_some_and(|args| {
            match args.as_slice() {
                [Expr::Lit(l)] => matches!(&l.lit, Lit::Str(s) if s.value() == "api-version"),
                _ => false,
            }
        });
    let value_is_document_version = call_of(&call.args[1], &["HeaderValue", "from_static"])
        .is_some_and(|args| match args.as_slice() {
            [inner] => call_of(inner, &["api_version"]).is_some_and(|a| a.is_empty()),
            _ => false,
        });
    name_is_api_version && value_is_document_version
}

/// The arguments of `expr` when it calls a function whose path ends in `suffix`.
fn call_of<'e>(expr: &'e Expr, suffix: &[&str]) -> Option<Vec<&'e Expr>> {
    let Expr::Call(call) = expr else { return None };
    let Expr::Path(path) = &*call.func else {
        return None;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    segments
        .ends_with(&suffix.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
        .then(|| call.args.iter().collect())
}

fn declares_header_map(stmt: &Stmt) -> bool {
    let Stmt::Local(local) = stmt else {
        return false;
    };
    let syn::Pat::Ident(pat) = &local.pat else {
        return false;
    };
    pat.ident == HEADER_MAP
}

fn mentions(tokens: proc_macro2::TokenStream, ident: &str) -> usize {
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(i) => usize::from(i == ident),
            TokenTree::Group(g) => mentions(g.stream(), ident),
            _ => 0,
        })
        .sum()
}

/// Replaces `<request builder>.headers(header_map)` by `<request builder>`, counting the
/// merges it removes.
struct MergeRemover {
    removed: usize,
}

impl VisitMut for MergeRemover {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(call) = expr {
            let merges_header_map = call.method == "headers"
                && call.args.len() == 1
                && matches!(&call.args[0], Expr::Path(p) if p.path.is_ident(HEADER_MAP));
            if merges_header_map {
                *expr = std::mem::replace(&mut *call.receiver, Expr::PLACEHOLDER);
                self.removed += 1;
                return self.visit_expr_mut(expr);
            }
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A builder `impl` as progenitor 0.15 writes it, around `body`.
    fn builder(body: proc_macro2::TokenStream) -> syn::File {
        syn::parse_quote! {
            pub mod builder {
                impl<'a> GetThing<'a> {
                    pub fn new() -> Self { todo!() }
                    pub async fn send(self) -> Result<(), ()> {
                        #body
                        let info = OperationInfo { operation_id: "get_thing" };
                        client.pre(&mut request, &info).await?;
                    }
                }
            }
        }
    }

    fn rewritten(body: proc_macro2::TokenStream) -> String {
        let mut file = builder(body);
        remove_api_version_header(&mut file).unwrap();
        file.to_token_stream().to_string()
    }

    #[test]
    fn only_the_injected_append_goes() {
        let text = rewritten(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("x-trace", trace.to_string().try_into()?);
            let request = client.get(url).headers(header_map).build()?;
        });
        assert!(!text.contains("api_version"), "{text}");
        assert!(text.contains("x-trace"), "{text}");
        assert!(text.contains(". headers (header_map)"), "{text}");
    }

    #[test]
    fn a_documented_api_version_header_parameter_stays() {
        let text = rewritten(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            header_map.append("api-version", api_version.to_string().try_into()?);
            let request = client.get(url).headers(header_map).build()?;
        });
        assert!(
            text.contains("header_map . append (\"api-version\" , api_version . to_string ()"),
            "{text}"
        );
        assert!(!text.contains("Client :: api_version"), "{text}");
    }

    #[test]
    fn a_header_map_left_empty_is_not_built() {
        let text = rewritten(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            #[allow(unused_mut)]
            let mut request = client.get(url).header(ACCEPT, json()).headers(header_map).build()?;
        });
        assert!(!text.contains("header_map"), "{text}");
        assert!(
            text.contains("client . get (url) . header (ACCEPT , json ()) . build () ?"),
            "{text}"
        );
    }

    #[test]
    fn a_header_map_used_otherwise_or_filled_conditionally_stays() {
        let text = rewritten(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            let request = client.get(url).build_with(header_map)?;
        });
        assert!(text.contains("let mut header_map"), "{text}");
        assert!(text.contains("build_with (header_map)"), "{text}");
        let text = rewritten(quote::quote! {
            let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
            header_map.append(
                ::reqwest::header::HeaderName::from_static("api-version"),
                ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
            );
            if let Some(value) = trace { header_map.append("x-trace", value.to_string().try_into()?); }
            let request = client.get(url).headers(header_map).build()?;
        });
        assert!(text.contains(". headers (header_map)"), "{text}");
    }

    #[test]
    fn a_send_of_another_shape_is_an_error_naming_its_operation() {
        // The header sent some other way: the removal would silently do nothing.
        let mut file = builder(quote::quote! {
            let request = client.get(url).header("api-version", super::Client::api_version()).build()?;
        });
        assert_eq!(
            remove_api_version_header(&mut file),
            Err(UnexpectedSend {
                operation: "get_thing".into(),
                found: 0
            })
        );
    }
}
