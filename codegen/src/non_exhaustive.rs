//! Marking every generated struct and enum `#[non_exhaustive]`.
//!
//! When Revolv3 adds an optional field, typify adds a public field to the struct. Callers who
//! built that struct with a literal would stop compiling, so without the attribute every
//! additive spec change would be a breaking release (cargo-semver-checks'
//! `constructible_struct_adds_field`). With it, callers build request types with the builders
//! typify generates (`types::X::builder()`) or by deserializing, and a new field, or a new
//! variant of a union, is a minor release, as the API diff says. The forward-compatible enums
//! (`string_enum!`/`integer_enum!`) already declare it themselves.

use syn::{Fields, Item, parse_quote};

use crate::error::{PipelineError, Result};

/// Adds `#[non_exhaustive]` to each struct with named fields and each enum directly in the
/// generated `types` module (not to `types::builder`, whose builders callers never build by
/// literal). Fails when the file has no `types` module: progenitor's output changed shape.
pub fn mark_types_non_exhaustive(file: &mut syn::File) -> Result<()> {
    let types = file.items.iter_mut().find_map(|item| match item {
        Item::Mod(m) if m.ident == "types" => m.content.as_mut(),
        _ => None,
    });
    let Some((_, items)) = types else {
        return Err(PipelineError::at(
            "",
            "the generator wrote no `types` module",
        ));
    };
    for item in items {
        let attrs = match item {
            Item::Struct(s) if matches!(s.fields, Fields::Named(_)) => &mut s.attrs,
            Item::Enum(e) => &mut e.attrs,
            _ => continue,
        };
        if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
            attrs.push(parse_quote!(#[non_exhaustive]));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn structs_with_fields_and_enums_are_marked_once_and_builders_are_not() {
        let mut file: syn::File = parse_quote! {
            pub mod types {
                #[derive(Clone)]
                pub struct Customer { pub id: i64 }
                pub struct Id(pub i64);
                pub enum Union { A(Customer), B(String) }
                #[non_exhaustive]
                pub struct Already { pub x: i64 }
                pub mod builder { pub struct Customer { id: Result<i64, String> } }
            }
        };
        mark_types_non_exhaustive(&mut file).unwrap();
        let text = file.to_token_stream().to_string();
        assert!(
            text.contains("# [derive (Clone)] # [non_exhaustive] pub struct Customer"),
            "{text}"
        );
        assert!(
            text.contains("pub struct Id (pub i64)")
                && !text.contains("# [non_exhaustive] pub struct Id"),
            "{text}"
        );
        assert!(text.contains("# [non_exhaustive] pub enum Union"), "{text}");
        assert_eq!(
            text.matches("# [non_exhaustive] pub struct Already")
                .count(),
            1,
            "{text}"
        );
        assert!(
            text.contains("pub mod builder { pub struct Customer"),
            "{text}"
        );
    }

    #[test]
    fn a_file_without_types_is_an_error() {
        let mut file: syn::File = parse_quote! { pub mod other {} };
        assert!(mark_types_non_exhaustive(&mut file).is_err());
    }
}
