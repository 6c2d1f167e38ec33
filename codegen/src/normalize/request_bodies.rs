use serde_json::{Map, Value};

use crate::error::{PipelineError, Result};
use crate::media::preferred_json;
use crate::operations::for_each_operation_mut;
use crate::pointer;

/// Reduces each request body to one `application/json` entry.
///
/// Why: Swashbuckle lists the same DTO under `application/json-patch+json`, `application/json`,
/// `text/json` and `application/*+json`. progenitor 0.15 panics on a body with more than one
/// media type (`todo!("more media types than expected …")`) and rejects
/// `application/json-patch+json` alone. Revolv3's bodies are plain JSON DTOs, not JSON Patch,
/// so the JSON entry (preferring `application/json`) is kept under `application/json`.
/// A body without JSON keeps its content when it has a single media type; several non-JSON
/// media types are an error, as there is no faithful single choice.
pub fn reduce_request_bodies_to_json(doc: &mut Value) -> Result<()> {
    for_each_operation_mut(doc, |key, op| {
        let at = pointer::join(&key.pointer(), ["requestBody"]);
        match op.get_mut("requestBody").and_then(Value::as_object_mut) {
            Some(body) => reduce(body, &at).map_err(|message| {
                PipelineError::in_operation(key, pointer::join(&at, ["content"]), message)
            }),
            None => Ok(()),
        }
    })?;
    if let Some(bodies) = doc
        .pointer_mut("/components/requestBodies")
        .and_then(Value::as_object_mut)
    {
        for (name, body) in bodies.iter_mut() {
            let at = pointer::join("/components/requestBodies", [name]);
            if let Some(body) = body.as_object_mut() {
                reduce(body, &at)
                    .map_err(|m| PipelineError::at(pointer::join(&at, ["content"]), m))?;
            }
        }
    }
    Ok(())
}

fn reduce(body: &mut Map<String, Value>, _at: &str) -> std::result::Result<(), String> {
    let Some(content) = body.get_mut("content").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    if let Some(json) = preferred_json(content.keys()).cloned() {
        let media = content.remove(&json).unwrap_or(Value::Null);
        content.clear();
        content.insert("application/json".into(), media);
        return Ok(());
    }
    if content.len() > 1 {
        let offered: Vec<&str> = content.keys().map(String::as_str).collect();
        return Err(format!(
            "request body offers {} and none of them is JSON; the generator takes one media type",
            offered.join(", ")
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
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
        reduce_request_bodies_to_json(&mut doc).unwrap();
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
        reduce_request_bodies_to_json(&mut doc).unwrap();
        assert!(doc["components"]["requestBodies"]["B"]["content"]["application/json"].is_object());
    }

    #[test]
    fn several_non_json_media_types_are_an_error_naming_them() {
        let mut doc = json!({ "paths": { "/u": { "put": { "requestBody": { "content": {
            "multipart/form-data": {}, "application/x-www-form-urlencoded": {}
        }}}}}});
        let err = reduce_request_bodies_to_json(&mut doc).unwrap_err();
        assert_eq!(err.pointer, "/paths/~1u/put/requestBody/content");
        assert_eq!(err.operation.as_deref(), Some("PUT /u"));
        assert!(err.message.contains("multipart/form-data"), "{err}");
    }

    #[test]
    fn a_single_non_json_body_is_left_alone() {
        let body = json!({ "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } });
        let mut doc = json!({ "paths": { "/f": { "post": { "requestBody": body } } } });
        reduce_request_bodies_to_json(&mut doc).unwrap();
        assert_eq!(doc["paths"]["/f"]["post"]["requestBody"], body);
    }
}
