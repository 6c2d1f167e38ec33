//! Forward-compatible enums.
//!
//! typify's enums are closed: one value the server adds tomorrow makes every response carrying
//! it fail to decode in deployed clients. Each enum schema (string or integer) is therefore
//! replaced, through progenitor's type replacements, by an enum declared with the client's
//! `string_enum!`/`integer_enum!` macros, which add an `Unknown` variant that keeps the raw
//! value. Known values stay real variants.

use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use serde_json::Value;

/// One enum schema from `components/schemas`.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumSchema {
    /// The component name, which is also the Rust type name.
    pub name: String,
    /// `description`, if any, for the rustdoc.
    pub description: Option<String>,
    /// The values, as strings or integers.
    pub values: EnumValues,
}

/// The values of an enum schema.
#[derive(Debug, Clone, PartialEq)]
pub enum EnumValues {
    /// A string enum.
    Strings(Vec<String>),
    /// An integer enum.
    Integers(Vec<i64>),
}

impl EnumSchema {
    /// The Rust path typify is told to use in place of the schema.
    pub fn rust_path(&self) -> String {
        format!("crate::types::{}", self.name)
    }
}

/// Every enum schema in `components/schemas` whose values are all strings or all integers
/// (`null` allowed among them). Others are left to typify.
pub fn find_enums(doc: &Value) -> Vec<EnumSchema> {
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    schemas
        .iter()
        .filter_map(|(name, schema)| {
            let values: Vec<&Value> = schema
                .get("enum")?
                .as_array()?
                .iter()
                .filter(|v| !v.is_null())
                .collect();
            if values.is_empty() || !is_rust_type_name(name) {
                return None;
            }
            let values = if let Some(strings) = values
                .iter()
                .map(|v| v.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
            {
                EnumValues::Strings(strings)
            } else {
                EnumValues::Integers(
                    values
                        .iter()
                        .map(|v| v.as_i64())
                        .collect::<Option<Vec<_>>>()?,
                )
            };
            Some(EnumSchema {
                name: name.clone(),
                description: schema
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
                values,
            })
        })
        .collect()
}

/// A component name typify keeps as is, so the replacement is found under it.
fn is_rust_type_name(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
}

/// The macro invocation that declares `schema` inside the generated `types` module.
pub fn enum_item(schema: &EnumSchema) -> TokenStream {
    let name = Ident::new(&schema.name, Span::call_site());
    let doc = schema
        .description
        .clone()
        .unwrap_or_else(|| format!("`{}` values; unseen ones decode as `Unknown`.", schema.name));
    let macros = crate::client_paths::tokens(crate::client_paths::FORWARD_COMPATIBLE);
    match &schema.values {
        EnumValues::Strings(values) => {
            let variants = variant_names(values.iter().map(|v| string_variant(v)));
            let variants = variants.iter().map(|v| Ident::new(v, Span::call_site()));
            quote! {
                #macros::string_enum! {
                    #[doc = #doc]
                    #name { #(#variants => #values),* }
                }
            }
        }
        EnumValues::Integers(values) => {
            let variants = variant_names(values.iter().map(|v| integer_variant(*v)));
            let variants = variants.iter().map(|v| Ident::new(v, Span::call_site()));
            quote! {
                #macros::integer_enum! {
                    #[doc = #doc]
                    #name { #(#variants => #values),* }
                }
            }
        }
    }
}

/// `DiscountPercentage` stays, `in progress` becomes `InProgress`, `3ds` becomes `V3ds`.
fn string_variant(value: &str) -> String {
    let name = value.to_upper_camel_case();
    match name.chars().next() {
        None => "Empty".to_owned(),
        Some(c) if c.is_ascii_digit() => format!("V{name}"),
        Some(_) => name,
    }
}

fn integer_variant(value: i64) -> String {
    if value < 0 {
        format!("ValueMinus{}", value.unsigned_abs())
    } else {
        format!("Value{value}")
    }
}

/// Makes names unique (a suffix on repeats) and keeps `Unknown` for the fallback variant.
fn variant_names(names: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let base = if name == "Unknown" {
            "UnknownValue".to_owned()
        } else {
            name
        };
        let mut candidate = base.clone();
        let mut n = 2;
        while out.contains(&candidate) {
            candidate = format!("{base}{n}");
            n += 1;
        }
        out.push(candidate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_string_and_integer_enums() {
        let doc = json!({ "components": { "schemas": {
            "InvoiceStatus": { "type": "string", "enum": ["Paid", "Void", null], "description": "Status" },
            "OrderBy": { "type": "integer", "enum": [1, 2] },
            "Mixed": { "enum": ["a", 1] },
            "lowercase": { "enum": ["a"] },
            "Plain": { "type": "string" }
        }}});
        let found = find_enums(&doc);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].name, "InvoiceStatus");
        assert_eq!(
            found[0].values,
            EnumValues::Strings(vec!["Paid".into(), "Void".into()])
        );
        assert_eq!(found[0].rust_path(), "crate::types::InvoiceStatus");
        assert_eq!(found[1].values, EnumValues::Integers(vec![1, 2]));
    }

    #[test]
    fn variant_names_are_unique_identifiers() {
        let names = variant_names(
            [
                "Paid",
                "paid",
                "in progress",
                "3ds",
                "",
                "Unknown",
                "ACHReturned",
            ]
            .iter()
            .map(|v| string_variant(v)),
        );
        assert_eq!(
            names,
            [
                "Paid",
                "Paid2",
                "InProgress",
                "V3ds",
                "Empty",
                "UnknownValue",
                "AchReturned"
            ]
        );
        assert_eq!(integer_variant(-4), "ValueMinus4");
    }

    #[test]
    fn emits_a_macro_invocation() {
        let item = enum_item(&EnumSchema {
            name: "Severity".into(),
            description: None,
            values: EnumValues::Strings(vec!["Error".into()]),
        })
        .to_string();
        assert!(item.contains("string_enum !"), "{item}");
        assert!(item.contains("Error => \"Error\""), "{item}");
    }
}
