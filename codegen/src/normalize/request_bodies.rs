use serde_json::{Map, Value};

use crate::error::Result;
use crate::media::{SENDABLE_WITHOUT_JSON, essence, preferred_json};
use crate::operations::for_each_operation_mut;
use crate::pass::Context;

/// Reduces each request body to one `application/json` entry.
///
/// Why: Swashbuckle lists the same DTO under `application/json-patch+json`, `application/json`,
/// `text/json` and `application/*+json`. progenitor 0.15 panics on a body with more than one
/// media type (`todo!("more media types than expected …")`) and rejects
/// `application/json-patch+json` alone. Revolv3's bodies are plain JSON DTOs, not JSON Patch,
/// so the JSON entry (preferring `application/json`) is kept under `application/json`.
/// A body without JSON keeps the first media type progenitor can send, in this order:
/// `application/x-www-form-urlencoded`, `application/octet-stream`, `text/plain`. A body with
/// none of those is left for [`super::skip_unsupported_operations`].
pub(crate) fn reduce_request_bodies_to_json(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    for_each_operation_mut(doc, |_, op| {
        if let Some(body) = op.get_mut("requestBody").and_then(Value::as_object_mut) {
            reduce(body);
        }
    });
    if let Some(bodies) = doc
        .pointer_mut("/components/requestBodies")
        .and_then(Value::as_object_mut)
    {
        bodies
            .values_mut()
            .filter_map(Value::as_object_mut)
            .for_each(reduce);
    }
    Ok(())
}

fn reduce(body: &mut Map<String, Value>) {
    let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
        return;
    };
    if let Some(json) = preferred_json(content.keys()).cloned() {
        let media = content.remove(&json).unwrap_or(Value::Null);
        content.clear();
        content.insert("application/json".into(), media);
        return;
    }
    if let Some(sendable) = SENDABLE_WITHOUT_JSON
        .iter()
        .find_map(|wanted| content.keys().find(|k| essence(k) == *wanted).cloned())
    {
        content.retain(|k, _| *k == sendable);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn keeps_one_application_json_entry_with_the_dto_schema() {
        let schema = json!({ "$ref": "#/components/schemas/CustomerDTO" });
        let mut doc = json!({ "paths": { "/c": { "post": { "requestBody": { "content": {
            "application/json-patch+json": { "schema": schema },
            "application/json": { "schema": schema },
            "text/json": { "schema": schema },
            "application/*+json": { "schema": schema }
        }}}}}});
        reduce_request_bodies_to_json(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(
            doc["paths"]["/c"]["post"]["requestBody"]["content"],
            json!({ "application/json": { "schema": schema } })
        );
    }

    #[test]
    fn a_json_patch_only_body_becomes_application_json() {
        let mut doc = json!({ "components": { "requestBodies": { "B": { "content": {
            "application/json-patch+json": { "schema": { "type": "object" } }
        }}}}});
        reduce_request_bodies_to_json(&mut doc, &mut Context::default()).unwrap();
        assert!(doc["components"]["requestBodies"]["B"]["content"]["application/json"].is_object());
    }

    #[test]
    fn without_json_the_first_sendable_media_type_is_kept() {
        let mut doc = json!({ "paths": { "/u": { "put": { "requestBody": { "content": {
            "multipart/form-data": {}, "application/x-www-form-urlencoded": { "schema": {} }
        }}}}}});
        reduce_request_bodies_to_json(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(
            doc["paths"]["/u"]["put"]["requestBody"]["content"],
            json!({ "application/x-www-form-urlencoded": { "schema": {} } })
        );
        let mut doc = json!({ "paths": { "/f": { "post": { "requestBody": { "content": {
            "multipart/form-data": {}, "image/png": {}
        }}}}}});
        reduce_request_bodies_to_json(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(
            doc["paths"]["/f"]["post"]["requestBody"]["content"]
                .as_object()
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn a_single_non_json_body_is_left_alone() {
        let body = json!({ "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } });
        let mut doc = json!({ "paths": { "/f": { "post": { "requestBody": body } } } });
        reduce_request_bodies_to_json(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(doc["paths"]["/f"]["post"]["requestBody"], body);
    }
}
