//! Removing the `api-version` header progenitor puts on every request.
//!
//! progenitor's generated `send()` appends `api-version: <info.version>` to every request.
//! ASP.NET servers may read that header for API versioning, so sending the spec's document
//! version on our behalf could change how Revolv3 answers. The statement is removed from the
//! generated code, rather than the header stripped from each request at run time. Where that
//! leaves the operation's header map empty, the map goes too: building and merging an empty
//! `HeaderMap` costs two allocations (its index table and its entries) on every request.

use proc_macro2::TokenTree;
use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, Stmt};

/// The local progenitor collects header parameters in before merging them into the request.
const HEADER_MAP: &str = "header_map";

/// Deletes every statement that appends the `api-version` header, and any header map that is
/// then only declared and merged.
pub fn remove_api_version_header(file: &mut syn::File) {
    Remover.visit_file_mut(file);
}

struct Remover;

impl VisitMut for Remover {
    fn visit_block_mut(&mut self, block: &mut Block) {
        block.stmts.retain(|stmt| !appends_api_version(stmt));
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

fn appends_api_version(stmt: &Stmt) -> bool {
    let Stmt::Expr(Expr::MethodCall(call), _) = stmt else {
        return false;
    };
    call.method == "append"
        && call.args.first().is_some_and(|name| {
            name.to_token_stream()
                .to_string()
                .contains("\"api-version\"")
        })
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

    fn rewritten(mut file: syn::File) -> String {
        remove_api_version_header(&mut file);
        file.to_token_stream().to_string()
    }

    #[test]
    fn only_the_api_version_append_goes() {
        let text = rewritten(syn::parse_quote! {
            fn send() {
                let mut header_map = HeaderMap::with_capacity(2usize);
                header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(v()));
                header_map.append(HeaderName::from_static("x-trace"), HeaderValue::from_static("1"));
                let request = client.get(url).headers(header_map).build()?;
            }
        });
        assert!(!text.contains("api-version"), "{text}");
        assert!(text.contains("x-trace"), "{text}");
        assert!(text.contains(". headers (header_map)"), "{text}");
    }

    #[test]
    fn a_header_map_left_empty_is_not_built() {
        let text = rewritten(syn::parse_quote! {
            fn send() {
                let mut header_map = HeaderMap::with_capacity(1usize);
                header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(v()));
                #[allow(unused_mut)]
                let mut request = client.get(url).header(ACCEPT, json()).headers(header_map).build()?;
            }
        });
        assert!(!text.contains("header_map"), "{text}");
        assert!(
            text.contains("client . get (url) . header (ACCEPT , json ()) . build () ?"),
            "{text}"
        );
    }

    #[test]
    fn a_header_map_used_otherwise_stays() {
        let text = rewritten(syn::parse_quote! {
            fn send() {
                let mut header_map = HeaderMap::with_capacity(1usize);
                header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(v()));
                let request = client.get(url).build_with(header_map)?;
            }
        });
        assert!(text.contains("let mut header_map"), "{text}");
        assert!(text.contains("build_with (header_map)"), "{text}");
    }

    #[test]
    fn a_header_map_filled_conditionally_stays() {
        let text = rewritten(syn::parse_quote! {
            fn send() {
                let mut header_map = HeaderMap::with_capacity(2usize);
                header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(v()));
                if let Some(value) = trace { header_map.append("x-trace", value.to_string().try_into()?); }
                let request = client.get(url).headers(header_map).build()?;
            }
        });
        assert!(text.contains("let mut header_map"), "{text}");
        assert!(text.contains(". headers (header_map)"), "{text}");
    }
}
