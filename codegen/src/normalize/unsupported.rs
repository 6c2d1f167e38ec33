use serde_json::{Value, json};

use super::request_bodies::SENDABLE_WITHOUT_JSON;
use crate::operations::operations;

/// Root extension listing the operations left out of the client, each with its reason.
pub const SKIPPED_EXTENSION: &str = "x-revolv3-skipped-operations";

/// Leaves out what progenitor 0.15 cannot send, recording each under [`SKIPPED_EXTENSION`]:
/// an optional parameter it cannot serialize is dropped; an operation whose request body, or
/// a required parameter, it cannot send is left out.
///
/// Why: progenitor sends JSON, form-urlencoded, octet-stream and plain-text bodies, and
/// `simple` path, `form` query and `simple` header parameters only. Anything else
/// (`multipart/form-data` file uploads, `deepObject` queries, cookies) rejects the whole spec.
/// One upload endpoint upstream must not take the rest of the client down: the build warns
/// about what was left out, and the coverage test names it.
pub fn skip_unsupported_operations(doc: &mut Value) {
    let mut skipped = drop_unsendable_optional_parameters(doc);
    for (key, op) in operations(doc) {
        if let Some(param) = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .map(|p| resolve(doc, p))
            .find(|p| unsendable(p).is_some())
        {
            let name = param
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let why = unsendable(param).unwrap_or_default();
            skipped.push((
                key,
                format!("required parameter `{name}` cannot be sent: {why}"),
            ));
            continue;
        }
        let body = op.get("requestBody").map(|b| resolve(doc, b));
        let content = body
            .and_then(|b| b.get("content"))
            .and_then(Value::as_object);
        let Some(content) = content.filter(|c| !c.is_empty()) else {
            continue;
        };
        let sendable = content.keys().any(|k| {
            let essence = k.split(';').next().unwrap_or_default().trim();
            essence == "application/json" || SENDABLE_WITHOUT_JSON.contains(&essence)
        });
        if !sendable {
            let offered: Vec<&str> = content.keys().map(String::as_str).collect();
            skipped.push((
                key,
                format!("request body of type {} cannot be sent", offered.join(", ")),
            ));
        }
    }
    if skipped.is_empty() {
        return;
    }
    let mut records = Vec::new();
    for (key, reason) in skipped {
        if reason.starts_with("optional parameter") {
            records.push(json!({ "operation": key.to_string(), "reason": reason }));
            continue;
        }
        if let Some(item) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(&key.path))
            .and_then(Value::as_object_mut)
        {
            item.remove(&key.method.to_ascii_lowercase());
        }
        records.push(json!({ "operation": key.to_string(), "reason": reason }));
    }
    if let Some(root) = doc.as_object_mut() {
        root.insert(SKIPPED_EXTENSION.into(), Value::Array(records));
    }
}

/// Why progenitor cannot send this parameter, if it cannot.
fn unsendable(param: &Value) -> Option<String> {
    let location = param.get("in").and_then(Value::as_str).unwrap_or_default();
    let style = param.get("style").and_then(Value::as_str);
    match (location, style) {
        ("cookie", _) => Some("cookie parameters are not supported".into()),
        _ if param.get("schema").is_none() => {
            Some("a parameter without `schema` is not supported".into())
        }
        ("path" | "header", None | Some("simple")) | ("query", None | Some("form")) => None,
        (_, Some(style)) => Some(format!("{location} style `{style}` is not supported")),
        _ => Some(format!("location `{location}` is not supported")),
    }
}

/// Drops optional parameters [`unsendable`] refuses, returning a record for each.
fn drop_unsendable_optional_parameters(doc: &mut Value) -> Vec<(crate::OperationKey, String)> {
    let mut dropped = Vec::new();
    let _ = crate::operations::for_each_operation_mut::<()>(doc, |key, op| {
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            params.retain(|p| {
                let optional = p.get("required").and_then(Value::as_bool) != Some(true);
                match unsendable(p).filter(|_| optional && p.get("$ref").is_none()) {
                    Some(why) => {
                        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
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
        Ok(())
    });
    dropped
}

fn resolve<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    value
        .get("$ref")
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix('#'))
        .and_then(|p| doc.pointer(p))
        .unwrap_or(value)
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
        let mut doc = json!({ "paths": {
            "/a": { "get": { "parameters": [
                { "name": "session", "in": "cookie", "schema": { "type": "string" } },
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
        let reasons: Vec<&str> = doc[SKIPPED_EXTENSION]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["reason"].as_str().unwrap())
            .collect();
        assert_eq!(
            reasons,
            [
                "optional parameter `session` left out: cookie parameters are not supported",
                "required parameter `search` cannot be sent: query style `deepObject` is not supported"
            ]
        );
    }
}
