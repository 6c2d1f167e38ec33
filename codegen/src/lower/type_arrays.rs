//! `type` arrays (OpenAPI 3.1, JSON Schema 2020-12) → 3.0's single `type`, `nullable` and
//! `oneOf`.

use serde_json::{Map, Value, json};

/// Keywords that apply to one instance type only, so they follow that type into its `oneOf`
/// branch when a schema allows several types.
const TYPE_KEYWORDS: [(&str, &[&str]); 5] = [
    (
        "string",
        &[
            "minLength",
            "maxLength",
            "pattern",
            "contentEncoding",
            "contentMediaType",
        ],
    ),
    (
        "number",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
    ),
    (
        "integer",
        &[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ],
    ),
    (
        "array",
        &[
            "items",
            "prefixItems",
            "minItems",
            "maxItems",
            "uniqueItems",
            "contains",
        ],
    ),
    (
        "object",
        &[
            "properties",
            "required",
            "additionalProperties",
            "minProperties",
            "maxProperties",
            "patternProperties",
            "propertyNames",
        ],
    ),
];

/// The instance types a `format` belongs to.
fn format_types(format: &str) -> &'static [&'static str] {
    match format {
        "int32" | "int64" => &["integer"],
        "float" | "double" => &["number"],
        _ => &["string"],
    }
}

/// Rewrites `type: [..]`:
/// - `[T]` → `type: T`;
/// - `[T, "null"]` → `type: T, nullable: true`;
/// - `["null"]` → `nullable: true, enum: [null]` (3.0 has no null type);
/// - several non-null types → a `oneOf` with one branch per type, each taking the keywords
///   that apply to its type (`maxLength` to `string`, `items` to `array`, ...), plus
///   `nullable: true` when `"null"` is among them.
///
/// Why: OpenAPI 3.0, and so progenitor and typify, read `type` as one string; 3.1 writes
/// nullability as a `"null"` member of the array (ASP.NET on .NET 10 does so for every
/// nullable property).
pub fn lower_type_arrays(schema: &mut Map<String, Value>) {
    let Some(Value::Array(types)) = schema.get("type") else {
        return;
    };
    let names: Vec<String> = types
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    let nullable = names.iter().any(|t| t == "null");
    let concrete: Vec<&String> = names.iter().filter(|t| *t != "null").collect();
    schema.remove("type");
    match concrete.as_slice() {
        [] => {
            schema.insert("nullable".into(), Value::Bool(true));
            schema.insert("enum".into(), json!([null]));
        }
        [one] => {
            schema.insert("type".into(), Value::String((*one).clone()));
            if nullable {
                schema.insert("nullable".into(), Value::Bool(true));
            }
        }
        several => {
            let branches: Vec<Value> = several
                .iter()
                .map(|t| Value::Object(branch(schema, t)))
                .collect();
            for (_, keywords) in TYPE_KEYWORDS {
                for k in keywords.iter() {
                    schema.remove(*k);
                }
            }
            if schema.get("format").and_then(Value::as_str).is_some() {
                schema.remove("format");
            }
            let union = Value::Array(branches);
            match schema.remove("oneOf") {
                // A `oneOf` already there must hold too: both go under `allOf`.
                Some(existing) => {
                    let all = schema
                        .entry("allOf")
                        .or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(all) = all {
                        all.push(json!({ "oneOf": existing }));
                        all.push(json!({ "oneOf": union }));
                    }
                }
                None => {
                    schema.insert("oneOf".into(), union);
                }
            }
            if nullable {
                schema.insert("nullable".into(), Value::Bool(true));
            }
        }
    }
}

/// The `oneOf` branch for instance type `t`: the type, and the keywords of `schema` that
/// apply to it.
fn branch(schema: &Map<String, Value>, t: &str) -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("type".into(), Value::String(t.to_owned()));
    let keywords = TYPE_KEYWORDS
        .iter()
        .find(|(name, _)| *name == t)
        .map_or(&[][..], |(_, k)| *k);
    for k in keywords {
        if let Some(v) = schema.get(*k) {
            out.insert((*k).to_owned(), v.clone());
        }
    }
    if let Some(format) = schema.get("format").and_then(Value::as_str)
        && format_types(format).contains(&t)
    {
        out.insert("format".into(), Value::String(format.to_owned()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(schema: Value) -> Value {
        crate::lower::applied(lower_type_arrays, schema)
    }

    #[test]
    fn a_type_with_null_becomes_nullable() {
        assert_eq!(
            lowered(json!({ "type": ["string", "null"], "maxLength": 5 })),
            json!({ "type": "string", "nullable": true, "maxLength": 5 })
        );
        assert_eq!(
            lowered(json!({ "type": ["null", "integer"], "format": "int64" })),
            json!({ "type": "integer", "format": "int64", "nullable": true })
        );
        assert_eq!(
            lowered(json!({ "type": ["object"] })),
            json!({ "type": "object" })
        );
        assert_eq!(
            lowered(json!({ "type": ["null"] })),
            json!({ "nullable": true, "enum": [null] })
        );
    }

    #[test]
    fn several_types_become_a_one_of_with_their_own_keywords() {
        assert_eq!(
            lowered(json!({
                "type": ["string", "integer", "null"], "maxLength": 3, "minimum": 1,
                "format": "int64", "description": "an id"
            })),
            json!({
                "oneOf": [
                    { "type": "string", "maxLength": 3 },
                    { "type": "integer", "minimum": 1, "format": "int64" }
                ],
                "nullable": true,
                "description": "an id"
            })
        );
        assert_eq!(
            lowered(
                json!({ "type": ["string", "boolean"], "oneOf": [{ "minLength": 1 }, { "const": true }] })
            ),
            json!({ "allOf": [
                { "oneOf": [{ "minLength": 1 }, { "const": true }] },
                { "oneOf": [{ "type": "string" }, { "type": "boolean" }] }
            ]})
        );
    }

    #[test]
    fn a_string_type_is_left_alone() {
        let schema = json!({ "type": "string", "nullable": true });
        assert_eq!(lowered(schema.clone()), schema);
    }
}
