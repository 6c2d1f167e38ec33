use revolv3_oas::resolve_value;
use serde_json::Value;

use crate::error::Result;
use crate::media::is_sendable_body;
use crate::notice::{NoticeKind, Notices};
use crate::operations::{drop_parameters, for_each_operation_mut, operations};
use crate::pass::Context;
use crate::pointer;

/// Leaves out what progenitor 0.15 cannot send: an optional parameter it cannot serialize is
/// dropped; an operation whose request body, or a required parameter, it cannot send is left
/// out. Each is reported.
///
/// Why: progenitor sends JSON, form-urlencoded, octet-stream and plain-text bodies, and
/// `simple` path, `form` query and `simple` header parameters only. Anything else
/// (`multipart/form-data` file uploads, `deepObject` queries, cookies) rejects the whole spec.
/// One upload endpoint upstream must not take the rest of the client down: the build warns
/// about what was left out, and the coverage test names it.
pub(crate) fn skip_unsupported_operations(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    drop_unsendable_optional_parameters(doc, notices);
    let mut skipped = Vec::new();
    for (key, op) in operations(doc) {
        // The path item's parameters apply to each of its operations.
        let item_parameters = doc
            .get("paths")
            .and_then(|paths| paths.get(&key.path))
            .and_then(|item| item.get("parameters"));
        if let Some((name, why)) = [item_parameters, op.get("parameters")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
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
    for (key, reason) in skipped {
        if let Some(item) = doc
            .get_mut("paths")
            .and_then(|p| p.get_mut(&key.path))
            .and_then(Value::as_object_mut)
        {
            item.remove(&key.method.to_ascii_lowercase());
        }
        notices.push(NoticeKind::LeftOut, key.pointer(), Some(&key), reason);
    }
    Ok(())
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
    // Locations progenitor has no way to send, whatever the schema.
    match location {
        "cookie" => return Some("cookie parameters are not supported".into()),
        "querystring" => {
            return Some(
                "a `querystring` parameter (OpenAPI 3.2: the whole query string as one value) \
                 is not supported"
                    .into(),
            );
        }
        _ => {}
    }
    let style = param.get("style").and_then(Value::as_str);
    let Some(schema) = param.get("schema").map(|s| resolve_value(doc, s)) else {
        return Some("a parameter without `schema` (a `content` map) is not supported".into());
    };
    match (location, style) {
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

/// Drops optional parameters [`unsendable_parameter`] refuses, from operations and from path
/// items (whose parameters apply to each of their operations), reporting each.
fn drop_unsendable_optional_parameters(doc: &mut Value, notices: &mut Notices) {
    let snapshot = doc.clone();
    let unsendable_optional = |p: &Value| {
        let param = resolve_value(&snapshot, p);
        let optional = param.get("required").and_then(Value::as_bool) != Some(true);
        let why = unsendable_parameter(&snapshot, param).filter(|_| optional)?;
        Some(format!(
            "optional parameter `{}` left out: {why}",
            parameter_name(param)
        ))
    };
    for_each_operation_mut(doc, |key, op| {
        let at = key.pointer();
        drop_parameters(
            op.get_mut("parameters"),
            &at,
            Some(key),
            notices,
            unsendable_optional,
        );
    });
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for (path, item) in paths {
            let at = pointer::join("/paths", [path.as_str()]);
            drop_parameters(
                item.get_mut("parameters"),
                &at,
                None,
                notices,
                unsendable_optional,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    fn skip(doc: &mut Value) -> Vec<String> {
        let mut cx = Context::default();
        skip_unsupported_operations(doc, &mut cx).unwrap();
        cx.notices
            .into_vec()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

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
        let notices = skip(&mut doc);
        assert!(doc["paths"]["/files"].get("post").is_none());
        assert!(doc["paths"]["/files"].get("get").is_some());
        assert!(doc["paths"]["/forms"].get("post").is_some());
        assert_eq!(
            notices,
            [
                "left out at /paths/~1files/post (POST /files): request body of type multipart/form-data cannot be sent"
            ]
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
        let notices = skip(&mut doc);
        assert_eq!(
            doc["paths"]["/a"]["get"]["parameters"],
            json!([{ "name": "q", "in": "query", "schema": { "type": "string" } }])
        );
        assert!(doc["paths"]["/b"].get("get").is_none());
        assert_eq!(
            notices,
            [
                "dropped at /paths/~1a/get/parameters/0 (GET /a): optional parameter `session` left out: cookie parameters are not supported",
                "dropped at /paths/~1a/get/parameters/1 (GET /a): optional parameter `filter` left out: object-valued query parameters are not supported",
                "left out at /paths/~1b/get (GET /b): required parameter `search` cannot be sent: query style `deepObject` is not supported",
            ]
        );
    }

    #[test]
    fn a_path_items_parameters_count_for_each_of_its_operations() {
        let mut doc = json!({ "paths": {
            "/a": {
                "parameters": [
                    { "name": "session", "in": "cookie", "schema": { "type": "string" } },
                    { "name": "q", "in": "query", "schema": { "type": "string" } }
                ],
                "get": {}
            },
            "/b": {
                "parameters": [
                    { "name": "filter", "in": "querystring", "required": true, "content": { "application/json": {} } }
                ],
                "get": {},
                "delete": {}
            }
        }});
        let notices = skip(&mut doc);
        assert_eq!(
            doc["paths"]["/a"]["parameters"],
            json!([{ "name": "q", "in": "query", "schema": { "type": "string" } }])
        );
        assert!(doc["paths"]["/a"].get("get").is_some());
        assert!(doc["paths"]["/b"].get("get").is_none());
        assert!(doc["paths"]["/b"].get("delete").is_none());
        assert_eq!(
            notices,
            [
                "dropped at /paths/~1a/parameters/0: optional parameter `session` left out: cookie parameters are not supported",
                "left out at /paths/~1b/get (GET /b): required parameter `filter` cannot be sent: a `querystring` parameter (OpenAPI 3.2: the whole query string as one value) is not supported",
                "left out at /paths/~1b/delete (DELETE /b): required parameter `filter` cannot be sent: a `querystring` parameter (OpenAPI 3.2: the whole query string as one value) is not supported",
            ]
        );
    }
}
