use std::convert::Infallible;

use serde_json::Value;

use crate::error::Result;
use crate::pass::Context;
use revolv3_oas::schema_walk::for_each_schema_mut;

/// Removes every `additionalProperties: false`.
///
/// Why: typify turns it into `#[serde(deny_unknown_fields)]`, so one field the server adds
/// tomorrow would make every response that carries it fail to decode in deployed clients.
/// Example values are data, not schemas, and are left alone.
pub(crate) fn allow_unknown_fields(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    // Visiting cannot fail: the visitor returns no errors.
    let Ok(()) = for_each_schema_mut::<Infallible>(doc, &mut |schema, _| {
        if schema.get("additionalProperties") == Some(&Value::Bool(false)) {
            schema.remove("additionalProperties");
        }
        Ok(())
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn drops_closed_objects_at_any_depth_but_not_in_examples() {
        let mut doc = json!({ "components": { "schemas": {
            "A": { "type": "object", "additionalProperties": false, "properties": {
                "b": { "type": "object", "additionalProperties": false },
                "m": { "type": "object", "additionalProperties": { "type": "string" } }
            }, "example": { "additionalProperties": false } }
        }}});
        allow_unknown_fields(&mut doc, &mut Context::default()).unwrap();
        let a = &doc["components"]["schemas"]["A"];
        assert!(a.get("additionalProperties").is_none());
        assert!(a["properties"]["b"].get("additionalProperties").is_none());
        assert_eq!(
            a["properties"]["m"]["additionalProperties"]["type"],
            "string"
        );
        assert_eq!(a["example"]["additionalProperties"], false);
    }
}
