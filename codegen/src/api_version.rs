//! Removing the `api-version` header progenitor puts on every request.
//!
//! progenitor's generated `send()` appends `api-version: <info.version>` to every request.
//! ASP.NET servers may read that header for API versioning, so sending the spec's document
//! version on our behalf could change how Revolv3 answers. The statement is removed from the
//! generated code, rather than the header stripped from each request at run time.

use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Stmt};

/// Deletes every statement that appends the `api-version` header.
pub fn remove_api_version_header(file: &mut syn::File) {
    Remover.visit_file_mut(file);
}

struct Remover;

impl VisitMut for Remover {
    fn visit_block_mut(&mut self, block: &mut Block) {
        block.stmts.retain(|stmt| !appends_api_version(stmt));
        visit_mut::visit_block_mut(self, block);
    }
}

fn appends_api_version(stmt: &Stmt) -> bool {
    let Stmt::Expr(syn::Expr::MethodCall(call), _) = stmt else {
        return false;
    };
    call.method == "append"
        && call.args.first().is_some_and(|name| {
            name.to_token_stream()
                .to_string()
                .contains("\"api-version\"")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_api_version_append_goes() {
        let mut file: syn::File = syn::parse_quote! {
            fn send() {
                let mut header_map = HeaderMap::with_capacity(1usize);
                header_map.append(HeaderName::from_static("api-version"), HeaderValue::from_static(v()));
                header_map.append(HeaderName::from_static("x-trace"), HeaderValue::from_static("1"));
            }
        };
        remove_api_version_header(&mut file);
        let text = file.to_token_stream().to_string();
        assert!(!text.contains("api-version"), "{text}");
        assert!(text.contains("x-trace"), "{text}");
    }
}
