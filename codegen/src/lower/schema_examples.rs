//! A schema's `examples` array (JSON Schema 2020-12) → 3.0's single `example`.

use serde_json::{Map, Value};

/// Replaces a schema's `examples: [a, ...]` with `example: a`, unless an `example` is already
/// there. (Only schemas: a media type's or parameter's `examples` is a map of Example Objects
/// in 3.0 too, and stays.)
///
/// Why: 3.0 reads `examples` in a schema as an unknown keyword; the first example keeps the
/// generated docs' sample, and nothing else depends on it.
pub fn lower_schema_examples(schema: &mut Map<String, Value>) {
    if let Some(Value::Array(examples)) = schema.get("examples") {
        let first = examples.first().cloned();
        schema.remove("examples");
        if let Some(first) = first {
            schema.entry("example").or_insert(first);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_first_example_is_kept() {
        let Value::Object(mut schema) = json!({ "type": "integer", "examples": [42, 7] }) else {
            unreachable!()
        };
        lower_schema_examples(&mut schema);
        assert_eq!(
            Value::Object(schema),
            json!({ "type": "integer", "example": 42 })
        );
    }
}
