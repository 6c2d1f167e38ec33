//! `stream()` and `collect_all()` for paged list operations.
//!
//! An operation is paged when it has optional `page` and `pageSize` query parameters and its
//! success response is a JSON array. For each, the generated code gets an `impl` on the
//! operation's builder that calls the client's `pagination::paginate`. The builder's name and
//! the item and error types are read from progenitor's own output (the `Client` method and the
//! builder's `send()` signature) rather than re-derived, so they always match what typify named.

use serde_json::Value;
use syn::{GenericArgument, ImplItem, Item, PathArguments, ReturnType, Type};

use crate::operations::operations;
use revolv3_oas::resolve_value;

use crate::client_paths::{self, tokens};

/// The `operationId`s of the paged operations in a normalized document.
pub fn find_paged_operations(doc: &Value) -> Vec<String> {
    operations(doc)
        .into_iter()
        .filter_map(|(_, op)| {
            let params = op.get("parameters")?.as_array()?;
            let has_optional_query = |name: &str| {
                params.iter().map(|p| resolve_value(doc, p)).any(|p| {
                    p.get("in").and_then(Value::as_str) == Some("query")
                        && p.get("name").and_then(Value::as_str) == Some(name)
                        && p.get("required").and_then(Value::as_bool) != Some(true)
                })
            };
            if !has_optional_query("page") || !has_optional_query("pageSize") {
                return None;
            }
            let responses = op.get("responses")?.as_object()?;
            let success = responses
                .iter()
                .find(|(s, _)| revolv3_oas::StatusClass::is_success(s))?
                .1;
            let schema = resolve_value(doc, success.pointer("/content/application~1json/schema")?);
            (schema.get("type").and_then(Value::as_str) == Some("array"))
                .then(|| op.get("operationId")?.as_str().map(str::to_owned))
                .flatten()
        })
        .collect()
}

/// The helper `impl`s for `operation_ids`, built from the generated `file`. An operation whose
/// `send()` does not return a list is left without helpers.
pub fn paged_impls(file: &syn::File, operation_ids: &[String]) -> Vec<Item> {
    operation_ids
        .iter()
        .filter_map(|id| {
            let builder = builder_of(file, id)?;
            let (item, error) = list_send_types(file, &builder)?;
            let pagination = tokens(client_paths::PAGINATION);
            let stream = tokens(client_paths::STREAM);
            Some(syn::parse_quote! {
                impl<'a> builder::#builder<'a> {
                    /// Every item of every page, fetched lazily, `page_size` per request (at most
                    /// 100), starting at page 1. Any `page`/`page_size` set on the builder is
                    /// replaced.
                    pub fn stream(
                        self,
                        page_size: u32,
                    ) -> impl #stream<Item = Result<#item, Error<#error>>> + 'a {
                        #pagination::paginate(page_size, move |page, size| {
                            self.clone().page(page).page_size(size).send()
                        })
                    }

                    /// All items of all pages in one `Vec`; see [`Self::stream`].
                    pub async fn collect_all(
                        self,
                        page_size: u32,
                    ) -> Result<::std::vec::Vec<#item>, Error<#error>> {
                        #pagination::collect_all(self.stream(page_size)).await
                    }
                }
            })
        })
        .collect()
}

/// The builder type `Client::<operation_id>()` returns.
fn builder_of(file: &syn::File, operation_id: &str) -> Option<syn::Ident> {
    file.items.iter().find_map(|item| {
        let Item::Impl(imp) = item else { return None };
        imp.items.iter().find_map(|member| match member {
            ImplItem::Fn(f) if f.sig.ident == operation_id => match &f.sig.output {
                ReturnType::Type(_, ty) => last_segment(ty).map(|s| s.ident.clone()),
                ReturnType::Default => None,
            },
            _ => None,
        })
    })
}

/// `T` and `E` from the builder's `send() -> Result<ResponseValue<Vec<T>>, Error<E>>`.
fn list_send_types(file: &syn::File, builder: &syn::Ident) -> Option<(Type, Type)> {
    let module = file.items.iter().find_map(|item| match item {
        Item::Mod(m) if m.ident == "builder" => m.content.as_ref().map(|(_, items)| items),
        _ => None,
    })?;
    let send = module.iter().find_map(|item| {
        let Item::Impl(imp) = item else { return None };
        if last_segment(&imp.self_ty)?.ident != *builder {
            return None;
        }
        imp.items.iter().find_map(|member| match member {
            ImplItem::Fn(f) if f.sig.ident == "send" => Some(f.sig.output.clone()),
            _ => None,
        })
    })?;
    let ReturnType::Type(_, result) = send else {
        return None;
    };
    let [ok, err] = type_arguments(&result)?[..] else {
        return None;
    };
    let [list] = type_arguments(ok)?[..] else {
        return None;
    };
    let [item] = type_arguments(list)?[..] else {
        return None;
    };
    let [error] = type_arguments(err)?[..] else {
        return None;
    };
    (last_segment(list)?.ident == "Vec").then(|| (item.clone(), error.clone()))
}

fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(p) => p.path.segments.last(),
        _ => None,
    }
}

fn type_arguments(ty: &Type) -> Option<Vec<&Type>> {
    match &last_segment(ty)?.arguments {
        PathArguments::AngleBracketed(args) => Some(
            args.args
                .iter()
                .filter_map(|a| match a {
                    GenericArgument::Type(t) => Some(t),
                    _ => None,
                })
                .collect(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;
    use serde_json::json;

    fn op(params: Value, success: Value) -> Value {
        json!({
            "paths": { "/i": { "get": {
                "operationId": "get_invoices_v1",
                "parameters": params,
                "responses": { "200": { "content": { "application/json": { "schema": success } } } }
            }}},
            "components": { "schemas": { "Page": { "type": "array", "items": {} } } }
        })
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
        assert_eq!(
            find_paged_operations(&op(paging(), array.clone())),
            ["get_invoices_v1"]
        );
        assert_eq!(
            find_paged_operations(&op(
                paging(),
                json!({ "$ref": "#/components/schemas/Page" })
            )),
            ["get_invoices_v1"],
            "an array behind a reference counts"
        );
        assert!(find_paged_operations(&op(json!([]), array)).is_empty());
        assert!(find_paged_operations(&op(paging(), json!({ "type": "object" }))).is_empty());
    }

    #[test]
    fn reads_builder_and_types_from_the_generated_code() {
        let file: syn::File = syn::parse_quote! {
            impl Client {
                pub fn list_things(&self) -> builder::ListThings<'_> { builder::ListThings::new(self) }
                pub fn get_thing(&self) -> builder::GetThing<'_> { builder::GetThing::new(self) }
            }
            pub mod builder {
                impl<'a> ListThings<'a> {
                    pub async fn send(self) -> Result<ResponseValue<::std::vec::Vec<types::ThingDto>>, Error<types::Problem>> { todo!() }
                }
                impl<'a> GetThing<'a> {
                    pub async fn send(self) -> Result<ResponseValue<types::ThingDto>, Error<()>> { todo!() }
                }
            }
        };
        let impls = paged_impls(
            &file,
            &["list_things".into(), "get_thing".into(), "missing".into()],
        );
        assert_eq!(impls.len(), 1, "only the list operation gets helpers");
        let text = quote!(#(#impls)*).to_string();
        assert!(
            text.contains("impl < 'a > builder :: ListThings < 'a >"),
            "{text}"
        );
        assert!(
            text.contains("Result < types :: ThingDto , Error < types :: Problem > >"),
            "{text}"
        );
    }
}
