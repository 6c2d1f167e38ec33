//! A `$ref` beside other keywords (allowed from OpenAPI 3.1) → `allOf: [{$ref}]` beside them.

use serde_json::{Map, Value, json};

/// Keywords that may sit beside a `$ref` without changing what it means to the generator.
const HARMLESS: [&str; 2] = ["$comment", "summary"];

/// Moves a `$ref` that has sibling keywords into a one-member `allOf`, so the siblings
/// (`nullable`, `description`, `readOnly`, `default`, ...) keep applying.
///
/// Why: OpenAPI 3.0 ignores everything beside a `$ref`, and so does progenitor's parser: a
/// nullable reference would lose its `nullable` and become a required value. `allOf` around
/// the reference is how 3.0 generators (Swashbuckle among them) write the same thing, and the
/// form the pipeline already turns into `Option<T>`.
pub fn lower_ref_siblings(schema: &mut Map<String, Value>) {
    if !schema.contains_key("$ref")
        || schema
            .keys()
            .all(|k| k == "$ref" || HARMLESS.contains(&k.as_str()))
    {
        return;
    }
    if let Some(reference) = schema.remove("$ref") {
        let member = json!({ "$ref": reference });
        match schema.get_mut("allOf") {
            Some(Value::Array(all)) => all.insert(0, member),
            _ => {
                schema.insert("allOf".into(), json!([member]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowered(schema: Value) -> Value {
        crate::lower::applied(lower_ref_siblings, schema)
    }

    #[test]
    fn siblings_that_matter_keep_applying() {
        assert_eq!(
            lowered(
                json!({ "$ref": "#/components/schemas/Address", "nullable": true, "description": "Where" })
            ),
            json!({ "allOf": [{ "$ref": "#/components/schemas/Address" }], "nullable": true, "description": "Where" })
        );
        let plain = json!({ "$ref": "#/components/schemas/Address", "$comment": "c" });
        assert_eq!(lowered(plain.clone()), plain);
    }
}
