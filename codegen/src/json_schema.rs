//! Putting the generated `schemars::JsonSchema` derives behind the client's `schemars` feature.
//!
//! typify derives `JsonSchema` on every type when asked to, and revolv3-client asks so that
//! users who want JSON Schemas of the API's types can have them. Most consumers do not, and
//! the derives, schemars and the syn 2 it builds are about a fifth of their cold build. Each
//! derive is therefore rewritten to `#[cfg_attr(feature = "schemars", derive(...))]`.

use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Path, Token, parse_quote};

/// Moves every `schemars::JsonSchema` out of a `derive` list into a `cfg_attr` on the feature.
pub fn gate_json_schema_derives(file: &mut syn::File) {
    Gate.visit_file_mut(file);
}

struct Gate;

impl VisitMut for Gate {
    fn visit_item_struct_mut(&mut self, item: &mut syn::ItemStruct) {
        gate(&mut item.attrs);
        visit_mut::visit_item_struct_mut(self, item);
    }

    fn visit_item_enum_mut(&mut self, item: &mut syn::ItemEnum) {
        gate(&mut item.attrs);
        visit_mut::visit_item_enum_mut(self, item);
    }
}

fn gate(attrs: &mut Vec<Attribute>) {
    let mut gated = false;
    for attr in attrs.iter_mut() {
        if !attr.path().is_ident("derive") {
            continue;
        }
        let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated)
        else {
            continue;
        };
        let (schema, kept): (Vec<Path>, Vec<Path>) = paths.into_iter().partition(is_json_schema);
        if !schema.is_empty() {
            gated = true;
            *attr = parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    if gated {
        attrs.push(parse_quote!(#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]));
    }
}

fn is_json_schema(path: &Path) -> bool {
    path.segments
        .last()
        .is_some_and(|s| s.ident == "JsonSchema")
}

#[cfg(test)]
mod tests {
    use quote::ToTokens;

    use super::*;

    #[test]
    fn the_json_schema_derive_moves_behind_the_feature() {
        let mut file: syn::File = parse_quote! {
            pub mod types {
                #[derive(Clone, Debug, schemars::JsonSchema, PartialEq)]
                #[serde(transparent)]
                pub struct Customer { id: u64 }
                #[derive(Clone, Copy)]
                pub enum Plain { A }
            }
        };
        gate_json_schema_derives(&mut file);
        let text = file.to_token_stream().to_string();
        assert!(
            text.contains("# [derive (Clone , Debug , PartialEq)] # [serde (transparent)] # [cfg_attr (feature = \"schemars\" , derive (schemars :: JsonSchema))] pub struct Customer"),
            "{text}"
        );
        assert!(
            text.contains("# [derive (Clone , Copy)] pub enum Plain"),
            "{text}"
        );
        assert_eq!(text.matches("JsonSchema").count(), 1, "{text}");
    }
}
