use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::operations::for_each_operation_mut;
use crate::pass::Context;

/// Operation extension listing the success statuses that arrive without a body, each with the
/// JSON value the client decodes in its place: `{"204": []}`.
pub const EMPTY_SUCCESS_EXTENSION: &str = "x-revolv3-empty-success";

/// Gives body-less success responses the typed success schema, and records what they mean.
///
/// Why: `GET /api/Subscriptions` documents `200` (an array) and `204` (no content). progenitor
/// 0.15 needs every success response of an operation to have one kind, and panics otherwise
/// (`assert!(response_types.len() <= 1)` in `extract_responses`). Dropping the 204 would turn an
/// ordinary "nothing found" into `Error::UnexpectedResponse`. Instead the 204 shares the 200's
/// schema, and [`EMPTY_SUCCESS_EXTENSION`] records the empty value it stands for: `[]` when the
/// schema is an array, `null` otherwise (the schema is then made nullable, so the method returns
/// an `Option`). The client's transport hook substitutes that value for the empty body, keeping
/// the real status, so callers get `Ok` with an empty result.
pub(crate) fn mark_empty_success_responses(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .cloned()
        .unwrap_or_default();
    for_each_operation_mut(doc, |_, op| {
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            return;
        };
        let success: Vec<String> = responses
            .keys()
            .filter(|status| revolv3_oas::StatusClass::is_success(status))
            .cloned()
            .collect();
        let typed: Vec<&Value> = success
            .iter()
            .filter_map(|s| json_schema(&responses[s]))
            .collect();
        let empty: Vec<String> = success
            .iter()
            .filter(|s| !has_content(&responses[*s]))
            .cloned()
            .collect();
        let Some(first) = typed.first() else {
            return;
        };
        if empty.is_empty() || typed.iter().any(|s| s != first) {
            // Nothing to do, or differing schemas, which check_generator_limits reports.
            return;
        }
        let (schema, empty_value) = if is_array(first, &schemas) {
            ((*first).clone(), json!([]))
        } else {
            (nullable((*first).clone()), Value::Null)
        };
        for status in &success {
            if let Some(response) = responses.get_mut(status).and_then(Value::as_object_mut) {
                let media = response
                    .entry("content")
                    .or_insert_with(|| json!({}))
                    .as_object_mut()
                    .map(|c| c.entry("application/json").or_insert_with(|| json!({})));
                if let Some(Value::Object(media)) = media {
                    media.insert("schema".into(), schema.clone());
                }
            }
        }
        let marks: Map<String, Value> = empty
            .into_iter()
            .map(|status| (status, empty_value.clone()))
            .collect();
        op.insert(EMPTY_SUCCESS_EXTENSION.into(), Value::Object(marks));
    });
    Ok(())
}

fn has_content(response: &Value) -> bool {
    response
        .get("content")
        .and_then(Value::as_object)
        .is_some_and(|c| !c.is_empty())
}

fn json_schema(response: &Value) -> Option<&Value> {
    response.pointer("/content/application~1json/schema")
}

fn is_array(schema: &Value, components: &Map<String, Value>) -> bool {
    let mut schema = schema;
    // Follow a short chain of component references; a cycle simply stops the walk.
    for _ in 0..16 {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => match r
                .strip_prefix("#/components/schemas/")
                .and_then(|name| components.get(name))
            {
                Some(target) => schema = target,
                None => return false,
            },
            None => return schema.get("type").and_then(Value::as_str) == Some("array"),
        }
    }
    false
}

fn nullable(schema: Value) -> Value {
    match schema {
        Value::Object(mut map) if !map.contains_key("$ref") => {
            map.insert("nullable".into(), Value::Bool(true));
            Value::Object(map)
        }
        other => json!({ "nullable": true, "allOf": [other] }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;

    fn op_with(responses: Value) -> Value {
        json!({
            "paths": { "/s": { "get": { "responses": responses } } },
            "components": { "schemas": {
                "List": { "type": "array", "items": { "type": "string" } },
                "Thing": { "type": "object" }
            }}
        })
    }

    #[test]
    fn a_204_beside_an_array_200_decodes_as_an_empty_array() {
        let array = json!({ "type": "array", "items": { "$ref": "#/components/schemas/Thing" } });
        let mut doc = op_with(json!({
            "200": { "description": "OK", "content": { "application/json": { "schema": array } } },
            "204": { "description": "No Content" },
            "404": { "description": "Not Found" }
        }));
        mark_empty_success_responses(&mut doc, &mut Context::default()).unwrap();
        let op = &doc["paths"]["/s"]["get"];
        assert_eq!(op[EMPTY_SUCCESS_EXTENSION], json!({ "204": [] }));
        assert_eq!(
            op["responses"]["204"]["content"]["application/json"]["schema"],
            array
        );
        assert_eq!(
            op["responses"]["200"]["content"]["application/json"]["schema"],
            array
        );
        assert!(op["responses"]["404"].get("content").is_none());
    }

    #[test]
    fn arrays_behind_references_are_recognised() {
        let list = json!({ "$ref": "#/components/schemas/List" });
        let mut doc = op_with(json!({
            "200": { "content": { "application/json": { "schema": list } } },
            "204": {}
        }));
        mark_empty_success_responses(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(
            doc["paths"]["/s"]["get"][EMPTY_SUCCESS_EXTENSION]["204"],
            json!([])
        );
    }

    #[test]
    fn an_object_success_becomes_nullable_and_decodes_as_null() {
        let thing = json!({ "$ref": "#/components/schemas/Thing" });
        let mut doc = op_with(json!({
            "200": { "content": { "application/json": { "schema": thing } } },
            "204": {}
        }));
        mark_empty_success_responses(&mut doc, &mut Context::default()).unwrap();
        let op = &doc["paths"]["/s"]["get"];
        assert_eq!(op[EMPTY_SUCCESS_EXTENSION]["204"], Value::Null);
        let expected = json!({ "nullable": true, "allOf": [thing] });
        assert_eq!(
            op["responses"]["200"]["content"]["application/json"]["schema"],
            expected
        );
        assert_eq!(
            op["responses"]["204"]["content"]["application/json"]["schema"],
            expected
        );
    }

    #[test]
    fn uniform_operations_are_untouched() {
        let responses = json!({
            "200": { "content": { "application/json": { "schema": { "type": "string" } } } },
            "201": { "content": { "application/json": { "schema": { "type": "string" } } } }
        });
        let mut doc = op_with(responses.clone());
        let before = doc.clone();
        mark_empty_success_responses(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(doc, before);

        let mut doc = op_with(json!({ "200": {}, "204": {} }));
        let before = doc.clone();
        mark_empty_success_responses(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(doc, before);
    }
}
