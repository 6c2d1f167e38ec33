//! A `{"type": "null"}` member of `oneOf`/`anyOf` (OpenAPI 3.1) → 3.0's `nullable: true`.

use serde_json::{Map, Value, json};

fn is_null_schema(schema: &Value) -> bool {
    match schema.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(types)) => types.iter().all(|t| t == "null") && !types.is_empty(),
        _ => false,
    }
}

/// Removes `{"type": "null"}` members from `oneOf` and `anyOf` and marks the schema
/// `nullable: true` instead; a union left with one member becomes `allOf: [member]`.
///
/// Why: 3.1 generators write a nullable reference as `oneOf: [{type: null}, {$ref: X}]`
/// (ASP.NET on .NET 10, Swashbuckle's 3.1 output). 3.0 has no null type, and a two-member
/// union would become a Rust enum with a variant for `null`; `allOf: [{$ref: X}]` with
/// `nullable` is the 3.0 idiom the pipeline turns into `Option<X>`.
pub fn lower_null_branches(schema: &mut Map<String, Value>) {
    for keyword in ["oneOf", "anyOf"] {
        let Some(Value::Array(members)) = schema.get_mut(keyword) else {
            continue;
        };
        let before = members.len();
        members.retain(|m| !is_null_schema(m));
        if members.len() == before {
            continue;
        }
        schema.insert("nullable".into(), Value::Bool(true));
        let single = match schema.get(keyword) {
            Some(Value::Array(members)) if members.len() == 1 => members.first().cloned(),
            _ => None,
        };
        if let Some(member) = single {
            schema.remove(keyword);
            match schema.get_mut("allOf") {
                Some(Value::Array(all)) => all.push(member),
                _ => {
                    schema.insert("allOf".into(), json!([member]));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(schema: Value) -> Value {
        crate::lower::applied(lower_null_branches, schema)
    }

    #[test]
    fn a_null_member_becomes_nullable() {
        assert_eq!(
            lowered(json!({ "oneOf": [{ "type": "null" }, { "$ref": "#/components/schemas/A" }] })),
            json!({ "allOf": [{ "$ref": "#/components/schemas/A" }], "nullable": true })
        );
        assert_eq!(
            lowered(
                json!({ "anyOf": [{ "type": "string" }, { "type": ["null"] }, { "type": "integer" }] })
            ),
            json!({ "anyOf": [{ "type": "string" }, { "type": "integer" }], "nullable": true })
        );
        let union = json!({ "oneOf": [{ "type": "string" }, { "type": "integer" }] });
        assert_eq!(lowered(union.clone()), union);
    }
}
