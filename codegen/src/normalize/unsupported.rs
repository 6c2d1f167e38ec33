use serde_json::{Value, json};

use crate::media::is_sendable_body;
use crate::operations::{OperationKey, for_each_operation_mut, operations};
use revolv3_oas::resolve_value;

/// Root extension listing the operations left out of the client, each with its reason.
pub const SKIPPED_EXTENSION: &str = "x-revolv3-skipped-operations";

/// Root extension listing the optional parameters left out of operations that stay.
pub const DROPPED_PARAMETERS_EXTENSION: &str = "x-revolv3-dropped-parameters";

/// Leaves out what progenitor 0.15 cannot send: an optional parameter it cannot serialize is
/// dropped (recorded under [`DROPPED_PARAMETERS_EXTENSION`]); an operation whose request body,
/// or a required parameter, it cannot send is left out (recorded under [`SKIPPED_EXTENSION`]).
///
/// Why: progenitor sends JSON, form-urlencoded, octet-stream and plain-text bodies, and
/// `simple` path, `form` query and `simple` header parameters only. Anything else
/// (`multipart/form-data` file uploads, `deepObject` queries, cookies) rejects the whole spec.
/// One upload endpoint upstream must not take the rest of the client down: the build warns
/// about what was left out, and the coverage test names it.
pub fn skip_unsupported_operations(doc: &mut Value) {
    let dropped = drop_unsendable_optional_parameters(doc);
    let mut skipped = Vec::new();
    for (key, op) in operations(doc) {
        if let Some((name, why)) = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve_value(doc, p))
            .find_map(|p| unsendable_parameter(doc, p).map(|why| (parameter_name(p), why)))
        {
            skipped.push((
                key,
                format!("required parameter `{name}` cannot be sent: {why}"),
            ));
            continue;
        }
        let content = op
            .get("requestBody")
            .map(|b| resolve_value(doc, b))
            .and_then(|b| b.get("content"))
            .and_then(Value::as_object)
            .filter(|c| !c.is_empty());
        if let Some(content) = content
            && !content.keys().any(|k| is_sendable_body(k))
        {
            let offered: Vec<&str> = content.keys().map(String::as_str).collect();
            skipped.push((
                key,
                format!("request body of type {} cannot be sent", offered.join(", ")),
            ));
        }
    }
    for (key, _) in &skipped {
        if let Some(item) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(&key.path))
            .and_then(Value::as_object_mut)
        {
            item.remove(&key.method.to_ascii_lowercase());
        }
    }
    for (extension, records) in [
        (SKIPPED_EXTENSION, skipped),
        (DROPPED_PARAMETERS_EXTENSION, dropped),
    ] {
        if records.is_empty() {
            continue;
        }
        let records = records
            .into_iter()
            .map(|(key, reason)| json!({ "operation": key.to_string(), "reason": reason }))
            .collect();
        if let Some(root) = doc.as_object_mut() {
            root.insert(extension.into(), Value::Array(records));
        }
    }
}

fn parameter_name(param: &Value) -> &str {
    param
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

/// Why progenitor cannot send this (resolved) parameter of `doc`, if it cannot.
pub(crate) fn unsendable_parameter(doc: &Value, param: &Value) -> Option<String> {
    let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
    let style = param.get("style").and_then(Value::as_str);
    let Some(schema) = param.get("schema").map(|s| resolve_value(doc, s)) else {
        return Some("a parameter without `schema` (a `content` map) is not supported".into());
    };
    match (location, style) {
        ("cookie", _) => Some("cookie parameters are not supported".into()),
        ("path" | "header", None | Some("simple")) | ("query", None | Some("form")) => {
            // progenitor reaches `unreachable!()` on an object-valued parameter (found by the
            // property tests).
            let object = schema.get("type").and_then(Value::as_str) == Some("object")
                || schema.get("properties").is_some();
            object.then(|| format!("object-valued {location} parameters are not supported"))
        }
        (_, Some(style)) => Some(format!("{location} style `{style}` is not supported")),
        _ => Some(format!("location `{location}` is not supported")),
    }
}

/// Drops optional parameters [`unsendable_parameter`] refuses, returning a record for each.
fn drop_unsendable_optional_parameters(doc: &mut Value) -> Vec<(OperationKey, String)> {
    let snapshot = doc.clone();
    let mut dropped = Vec::new();
    for_each_operation_mut(doc, |key, op| {
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            params.retain(|p| {
                let param = resolve_value(&snapshot, p);
                let optional = param.get("required").and_then(Value::as_bool) != Some(true);
                match unsendable_parameter(&snapshot, param).filter(|_| optional) {
                    Some(why) => {
                        let name = parameter_name(param);
                        dropped.push((
                            key.clone(),
                            format!("optional parameter `{name}` left out: {why}"),
                        ));
                        false
                    }
                    None => true,
                }
            });
        }
    });
    dropped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_only_operations_are_left_out_and_recorded() {
        let mut doc = json!({
            "paths": { "/files": {
                "post": { "requestBody": { "content": { "multipart/form-data": { "schema": {} } } } },
                "get": {}
            }, "/forms": {
                "post": { "requestBody": { "$ref": "#/components/requestBodies/Form" } }
            }},
            "components": { "requestBodies": { "Form": { "content": { "application/x-www-form-urlencoded": {} } } } }
        });
        skip_unsupported_operations(&mut doc);
        assert!(doc["paths"]["/files"].get("post").is_none());
        assert!(doc["paths"]["/files"].get("get").is_some());
        assert!(doc["paths"]["/forms"].get("post").is_some());
        assert_eq!(
            doc[SKIPPED_EXTENSION],
            json!([{
                "operation": "POST /files",
                "reason": "request body of type multipart/form-data cannot be sent"
            }])
        );
    }

    #[test]
    fn unsendable_parameters_drop_when_optional_and_skip_the_operation_when_required() {
        let mut doc = json!({ "components": { "schemas": { "Filter": { "type": "object" } } }, "paths": {
            "/a": { "get": { "parameters": [
                { "name": "session", "in": "cookie", "schema": { "type": "string" } },
                { "name": "filter", "in": "query", "schema": { "$ref": "#/components/schemas/Filter" } },
                { "name": "q", "in": "query", "schema": { "type": "string" } }
            ]}},
            "/b": { "get": { "parameters": [
                { "name": "search", "in": "query", "required": true, "style": "deepObject", "schema": { "type": "object" } }
            ]}}
        }});
        skip_unsupported_operations(&mut doc);
        assert_eq!(
            doc["paths"]["/a"]["get"]["parameters"],
            json!([{ "name": "q", "in": "query", "schema": { "type": "string" } }])
        );
        assert!(doc["paths"]["/b"].get("get").is_none());
        assert_eq!(
            doc[DROPPED_PARAMETERS_EXTENSION],
            json!([{
                "operation": "GET /a",
                "reason": "optional parameter `session` left out: cookie parameters are not supported"
            }, {
                "operation": "GET /a",
                "reason": "optional parameter `filter` left out: object-valued query parameters are not supported"
            }])
        );
        assert_eq!(
            doc[SKIPPED_EXTENSION],
            json!([{
                "operation": "GET /b",
                "reason": "required parameter `search` cannot be sent: query style `deepObject` is not supported"
            }])
        );
    }
}
