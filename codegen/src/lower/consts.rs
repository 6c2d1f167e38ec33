//! `const` (JSON Schema 2020-12) → a one-value `enum`.

use serde_json::{Map, Value};

/// Replaces `const: v` with `enum: [v]`; an `enum` already there must contain `v`, so it is
/// narrowed to `[v]` as well.
///
/// Why: OpenAPI 3.0 has no `const`, and progenitor ignores it: the field would accept any
/// value of its type. A one-value enum is the same constraint in 3.0 words.
pub fn lower_const(schema: &mut Map<String, Value>) {
    if let Some(value) = schema.remove("const") {
        schema.insert("enum".into(), Value::Array(vec![value]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn const_becomes_a_one_value_enum() {
        let Value::Object(mut schema) =
            json!({ "type": "string", "const": "card", "enum": ["card", "ach"] })
        else {
            unreachable!()
        };
        lower_const(&mut schema);
        assert_eq!(
            Value::Object(schema),
            json!({ "type": "string", "enum": ["card"] })
        );
    }
}
