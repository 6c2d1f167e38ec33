//! `stream()` and `collect_all()` for paged list operations.
//!
//! An operation is paged when it has optional `page` and `pageSize` query parameters and its
//! success response is a JSON array of a component schema. For each, the generated code gets an
//! `impl` on the operation's builder that calls the client's `pagination::paginate`. Operations
//! whose item or error type is not a named component are left without helpers.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::Value;

use crate::normalize::pascal_case;
use crate::operations::operations;

/// A paged operation and the Rust names its helpers need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagedOperation {
    /// progenitor's builder struct for the operation.
    pub builder: String,
    /// The array's item type, a component name.
    pub item: String,
    /// The documented error body type, when the operation has one.
    pub error: Option<String>,
}

/// Finds every paged operation in a normalized document.
pub fn find_paged_operations(doc: &Value) -> Vec<PagedOperation> {
    operations(doc)
        .into_iter()
        .filter_map(|(_, op)| {
            let params = op.get("parameters")?.as_array()?;
            let has_query = |name: &str| {
                params.iter().any(|p| {
                    p.get("in").and_then(Value::as_str) == Some("query")
                        && p.get("name").and_then(Value::as_str) == Some(name)
                        && p.get("required").and_then(Value::as_bool) != Some(true)
                })
            };
            if !has_query("page") || !has_query("pageSize") {
                return None;
            }
            let responses = op.get("responses")?.as_object()?;
            let schema_of = |status: &str| {
                responses
                    .get(status)?
                    .pointer("/content/application~1json/schema")
            };
            let success = responses.keys().find(|s| s.starts_with('2'))?;
            let array = schema_of(success)?;
            if array.get("type").and_then(Value::as_str) != Some("array") {
                return None;
            }
            let item = component_name(array.get("items")?)?;
            let error = responses
                .keys()
                .find(|s| s.starts_with('4') || s.starts_with('5') || *s == "default")
                .and_then(|s| schema_of(s))
                .and_then(component_name);
            Some(PagedOperation {
                builder: pascal_case(op.get("operationId")?.as_str()?),
                item,
                error,
            })
        })
        .collect()
}

fn component_name(schema: &Value) -> Option<String> {
    let name = schema
        .get("$ref")?
        .as_str()?
        .strip_prefix("#/components/schemas/")?;
    Some(pascal_case(name))
}

/// The helper `impl` for one paged operation.
pub fn paged_impl(op: &PagedOperation) -> TokenStream {
    let builder = Ident::new(&op.builder, Span::call_site());
    let item = Ident::new(&op.item, Span::call_site());
    let error = match &op.error {
        Some(name) => {
            let name = Ident::new(name, Span::call_site());
            quote! { types::#name }
        }
        None => quote! { () },
    };
    quote! {
        impl<'a> builder::#builder<'a> {
            /// Every item of every page, fetched lazily, `page_size` per request (at most 100),
            /// starting at page 1. Any `page`/`page_size` set on the builder is replaced.
            pub fn stream(
                self,
                page_size: u32,
            ) -> impl futures_util::Stream<Item = Result<types::#item, Error<#error>>> + 'a {
                crate::pagination::paginate(page_size, move |page, size| {
                    self.clone().page(page).page_size(size).send()
                })
            }

            /// All items of all pages in one `Vec`; see [`Self::stream`].
            pub async fn collect_all(
                self,
                page_size: u32,
            ) -> Result<::std::vec::Vec<types::#item>, Error<#error>> {
                crate::pagination::collect_all(self.stream(page_size)).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(params: Value, success: Value) -> Value {
        json!({ "paths": { "/i": { "get": {
            "operationId": "get_invoices_v1",
            "parameters": params,
            "responses": {
                "200": { "content": { "application/json": { "schema": success } } },
                "404": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/StatusMessageResponse" } } } }
            }
        }}}})
    }

    fn paging() -> Value {
        json!([
            { "name": "page", "in": "query", "schema": { "type": "integer" } },
            { "name": "pageSize", "in": "query", "schema": { "type": "integer" } }
        ])
    }

    #[test]
    fn finds_operations_with_page_parameters_and_array_results() {
        let array = json!({ "type": "array", "items": { "$ref": "#/components/schemas/Invoice" } });
        let found = find_paged_operations(&op(paging(), array.clone()));
        assert_eq!(
            found,
            [PagedOperation {
                builder: "GetInvoicesV1".into(),
                item: "Invoice".into(),
                error: Some("StatusMessageResponse".into()),
            }]
        );
        assert!(
            paged_impl(&found[0])
                .to_string()
                .contains("impl < 'a > builder :: GetInvoicesV1 < 'a >")
        );

        assert!(find_paged_operations(&op(json!([]), array.clone())).is_empty());
        assert!(
            find_paged_operations(&op(
                paging(),
                json!({ "$ref": "#/components/schemas/Invoice" })
            ))
            .is_empty()
        );
        assert!(
            find_paged_operations(&op(
                paging(),
                json!({ "type": "array", "items": { "type": "string" } })
            ))
            .is_empty()
        );
    }
}
