use serde_json::{Value, json};

use crate::media::preferred_json;

use super::for_each_response_mut;
use crate::error::Result;
use crate::pass::Context;

/// Keeps each response's JSON schema under one `application/json` entry.
///
/// Why: Swashbuckle lists every response under `text/plain`, `application/json` and `text/json`.
/// progenitor 0.15 only types a response whose content has `application/json`; anything else is
/// handed out as a raw byte stream, so a response offered only as `text/json` or
/// `application/problem+json` would lose its type. Dropping the duplicates also keeps the
/// normalized snapshot readable. A JSON entry without a schema (progenitor panics with
/// `todo!("media type encoding, no schema")`) is given the empty schema: any JSON value.
/// Responses without JSON are left as they are.
pub(crate) fn reduce_responses_to_json(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    for_each_response_mut(doc, |_, response| {
        let Some(content) = response.get_mut("content").and_then(Value::as_object_mut) else {
            return;
        };
        let Some(json) = preferred_json(content.keys()).cloned() else {
            return;
        };
        let mut media = content.remove(&json).unwrap_or_else(|| json!({}));
        if let Some(media) = media.as_object_mut() {
            media.entry("schema").or_insert_with(|| json!({}));
        }
        content.clear();
        content.insert("application/json".into(), media);
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;

    #[test]
    fn keeps_the_json_schema_once() {
        let schema = json!({ "$ref": "#/components/schemas/StatusMessageResponse" });
        let mut doc = json!({ "paths": { "/c/{id}": { "delete": { "responses": {
            "200": { "description": "OK" },
            "404": { "description": "Not Found", "content": {
                "text/plain": { "schema": schema },
                "application/json": { "schema": schema, "example": { "message": "x" } },
                "text/json": { "schema": schema }
            }}
        }}}}});
        reduce_responses_to_json(&mut doc, &mut Context::default()).unwrap();
        let responses = &doc["paths"]["/c/{id}"]["delete"]["responses"];
        assert_eq!(
            responses["404"]["content"],
            json!({ "application/json": { "schema": schema, "example": { "message": "x" } } })
        );
        assert_eq!(responses["200"], json!({ "description": "OK" }));
    }

    #[test]
    fn text_json_only_and_schemaless_json_become_typed() {
        let mut doc = json!({ "components": { "responses": {
            "A": { "content": { "text/json": { "schema": { "type": "string" } } } },
            "B": { "content": { "application/problem+json": {} } },
            "C": { "content": { "text/plain": { "schema": { "type": "string" } } } }
        }}});
        reduce_responses_to_json(&mut doc, &mut Context::default()).unwrap();
        let r = &doc["components"]["responses"];
        assert_eq!(
            r["A"]["content"]["application/json"]["schema"]["type"],
            "string"
        );
        assert_eq!(r["B"]["content"]["application/json"]["schema"], json!({}));
        assert!(r["C"]["content"]["text/plain"].is_object());
    }
}
