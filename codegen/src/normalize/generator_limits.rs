use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::unsupported::unsendable_parameter;
use crate::error::{PipelineError, Result};
use crate::media::is_sendable_body;
use crate::operations::{OperationKey, operations, template_variables};
use crate::pass::Context;
use crate::pointer;
use revolv3_oas::schema_walk::for_each_schema;
use revolv3_oas::{StatusClass, resolve_value};

/// Rejects, with the operation and JSON pointer, every construct left that progenitor 0.15 would
/// panic on or reject without saying where.
///
/// Why: progenitor reports some problems as `todo!`/`assert!` panics deep in its generator and
/// others as errors that name no location. Checked here, in order:
/// - every `$ref` is local and resolves (`util.rs`: `panic!("key {} is missing")`);
/// - schema `type`s are OpenAPI types (`to_schema.rs`: `todo!("invalid type")`), and
///   `exclusiveMinimum`/`exclusiveMaximum` come with their bound (`todo!` in `to_schema.rs`);
/// - each path template variable has a path parameter and each path parameter is in the
///   template (`method.rs`: `panic!("{} missing from path")`);
/// - parameter locations and styles are ones progenitor supports (no cookies, no `content`);
/// - a request body has one media type that progenitor can send, with a schema and no
///   `encoding` (`todo!("more media types …")`, `todo!("media type encoding not empty")`);
/// - a JSON response has no `encoding` (`assert!(mt.encoding.is_empty())`);
/// - status keys are valid (`assert!(*code < 1000)`);
/// - all success responses share one kind, and so do all error responses
///   (`assert!(response_types.len() <= 1)`).
pub(crate) fn check_generator_limits(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    let doc: &Value = doc;
    crate::references::check_references(doc)?;
    for_each_schema(doc, &mut |schema, at| check_schema_object(schema, at))?;
    for (key, op) in operations(doc) {
        let base = key.pointer();
        let path_item = doc
            .pointer(&pointer::join("", ["paths", &key.path]))
            .unwrap_or(&Value::Null);
        check_parameters(doc, &key, path_item, op, &base)?;
        check_request_body(doc, &key, op, &base)?;
        check_responses(doc, &key, op, &base)?;
    }
    Ok(())
}

const SCHEMA_TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

fn check_schema_object(map: &Map<String, Value>, at: &str) -> Result<()> {
    if let Some(t) = map.get("type").and_then(Value::as_str)
        && !SCHEMA_TYPES.contains(&t)
    {
        return Err(PipelineError::at(
            pointer::join(at, ["type"]),
            format!("`{t}` is not an OpenAPI 3.0 schema type"),
        ));
    }
    for (flag, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if map.get(flag) == Some(&Value::Bool(true)) && !map.contains_key(bound) {
            return Err(PipelineError::at(
                pointer::join(at, [flag]),
                format!("`{flag}: true` needs a `{bound}`"),
            ));
        }
    }
    Ok(())
}

fn check_parameters(
    doc: &Value,
    key: &OperationKey,
    path_item: &Value,
    op: &Map<String, Value>,
    base: &str,
) -> Result<()> {
    let item_params = path_item.get("parameters").and_then(Value::as_array);
    let op_params = op.get("parameters").and_then(Value::as_array);
    let item_base = pointer::join("", ["paths", &key.path, "parameters"]);
    let op_base = pointer::join(base, ["parameters"]);
    let mut path_params = BTreeSet::new();
    let all = item_params
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, p)| (pointer::join(&item_base, [i.to_string().as_str()]), p))
        .chain(
            op_params
                .into_iter()
                .flatten()
                .enumerate()
                .map(|(i, p)| (pointer::join(&op_base, [i.to_string().as_str()]), p)),
        );
    for (at, param) in all {
        let param = resolve_value(doc, param);
        let fail = |m: String| PipelineError::in_operation(key, &at, m);
        let name = param
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if let Some(why) = unsendable_parameter(doc, param) {
            return Err(fail(format!("parameter `{name}`: {why}")));
        }
        if param.get("in").and_then(Value::as_str) == Some("path") {
            path_params.insert(name.to_owned());
        }
    }
    let in_template = template_variables(&key.path)?;
    if let Some(missing) = in_template.difference(&path_params).next() {
        return Err(PipelineError::in_operation(
            key,
            base,
            format!("path variable `{{{missing}}}` has no path parameter"),
        ));
    }
    if let Some(extra) = path_params.difference(&in_template).next() {
        return Err(PipelineError::in_operation(
            key,
            op_base,
            format!("path parameter `{extra}` does not appear in the path"),
        ));
    }
    Ok(())
}

fn check_request_body(
    doc: &Value,
    key: &OperationKey,
    op: &Map<String, Value>,
    base: &str,
) -> Result<()> {
    let Some(body) = op.get("requestBody") else {
        return Ok(());
    };
    let at = pointer::join(base, ["requestBody", "content"]);
    let content = resolve_value(doc, body)
        .get("content")
        .and_then(Value::as_object);
    let Some(content) = content else {
        return Ok(());
    };
    let mut entries = content.iter();
    let Some((media_type, media)) = entries.next() else {
        return Ok(());
    };
    let at = pointer::join(&at, [media_type.as_str()]);
    let fail = |m: String| PipelineError::in_operation(key, &at, m);
    if entries.next().is_some() {
        return Err(fail("request body has more than one media type".into()));
    }
    if !is_sendable_body(media_type) {
        return Err(fail(format!(
            "request bodies of type `{media_type}` are not supported"
        )));
    }
    if media.get("schema").is_none() {
        return Err(fail("request body has no schema".into()));
    }
    if media
        .get("encoding")
        .and_then(Value::as_object)
        .is_some_and(|e| !e.is_empty())
    {
        return Err(fail("request body `encoding` is not supported".into()));
    }
    Ok(())
}

/// How progenitor classifies a response: typed JSON (with its schema), raw bytes, or nothing.
#[derive(Debug, Clone, PartialEq)]
enum Kind<'a> {
    Typed(&'a Value),
    Raw,
    Empty,
}

fn check_responses(
    doc: &Value,
    key: &OperationKey,
    op: &Map<String, Value>,
    base: &str,
) -> Result<()> {
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        return Ok(());
    };
    let mut success: Vec<(&str, Kind)> = Vec::new();
    let mut errors: Vec<(&str, Kind)> = Vec::new();
    for (status, response) in responses {
        let at = pointer::join(base, ["responses", status]);
        let class = StatusClass::of(status).ok_or_else(|| {
            PipelineError::in_operation(key, &at, format!("`{status}` is not a status code"))
        })?;
        let response = resolve_value(doc, response);
        let content = response.get("content").and_then(Value::as_object);
        let kind = match content {
            Some(c) => match c.get("application/json") {
                Some(media) => {
                    if media
                        .get("encoding")
                        .and_then(Value::as_object)
                        .is_some_and(|e| !e.is_empty())
                    {
                        return Err(PipelineError::in_operation(
                            key,
                            pointer::join(&at, ["content", "application/json", "encoding"]),
                            "response `encoding` is not supported",
                        ));
                    }
                    Kind::Typed(media.get("schema").unwrap_or(&Value::Null))
                }
                None if c.is_empty() => Kind::Empty,
                None => Kind::Raw,
            },
            None => Kind::Empty,
        };
        match class {
            StatusClass::Success => success.push((status, kind)),
            StatusClass::ClientError | StatusClass::ServerError => errors.push((status, kind)),
            StatusClass::Default => {
                success.push((status, kind.clone()));
                errors.push((status, kind));
            }
            StatusClass::Informational | StatusClass::Redirection => {}
        }
    }
    // progenitor counts `default` among the success responses too, unless a `2XX` range
    // covers them.
    if success.iter().any(|(s, _)| s.eq_ignore_ascii_case("2XX")) {
        success.retain(|(s, _)| *s != "default");
    }
    for (group, label) in [(&success, "success"), (&errors, "error")] {
        if let Some((first_status, first)) = group.first()
            && let Some((status, kind)) = group.iter().find(|(_, k)| k != first)
        {
            return Err(PipelineError::in_operation(
                key,
                pointer::join(base, ["responses", status]),
                format!(
                    "{label} responses differ in body ({first_status}: {}, {status}: {}); \
                     the generator needs one body type for all {label} responses",
                    describe(first),
                    describe(kind)
                ),
            ));
        }
    }
    Ok(())
}

fn describe(kind: &Kind) -> String {
    match kind {
        Kind::Typed(schema) => format!("JSON {schema}"),
        Kind::Raw => "a non-JSON body".into(),
        Kind::Empty => "no body".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    fn doc_with_op(op: Value) -> Value {
        json!({
            "openapi": "3.0.4",
            "paths": { "/c/{id}": { "get": op } },
            "components": { "schemas": { "A": { "type": "object" }, "B": { "type": "string" } } }
        })
    }

    fn id_param() -> Value {
        json!([{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } }])
    }

    fn err(doc: Value) -> PipelineError {
        check_generator_limits(&mut doc.clone(), &mut Context::default()).unwrap_err()
    }

    #[test]
    fn accepts_a_generator_ready_operation() {
        let doc = doc_with_op(json!({
            "parameters": id_param(),
            "responses": {
                "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/A" } } } },
                "404": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/B" } } } }
            }
        }));
        check_generator_limits(&mut doc.clone(), &mut Context::default()).unwrap();
    }

    #[test]
    fn dangling_and_external_references_name_their_pointer() {
        let e = err(doc_with_op(
            json!({ "parameters": id_param(), "responses": {
                "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Gone" } } } }
            }}),
        ));
        assert_eq!(
            e.pointer(),
            "/paths/~1c~1{id}/get/responses/200/content/application~1json/schema"
        );
        assert!(e.message.contains("#/components/schemas/Gone"), "{e}");
        let e = err(doc_with_op(
            json!({ "parameters": id_param(), "responses": {
                "200": { "$ref": "other.json#/x" }
            }}),
        ));
        assert!(e.message.contains("external"), "{e}");
    }

    #[test]
    fn invalid_schema_types_and_lone_exclusive_bounds_are_errors() {
        let mut doc = doc_with_op(json!({ "parameters": id_param(), "responses": {} }));
        doc["components"]["securitySchemes"] = json!({ "Key": { "type": "apiKey" } });
        check_generator_limits(&mut doc.clone(), &mut Context::default()).unwrap();
        doc["components"]["schemas"]["A"]["type"] = json!("date");
        assert_eq!(err(doc.clone()).pointer(), "/components/schemas/A/type");
        doc["components"]["schemas"]["A"] = json!({ "type": "integer", "exclusiveMinimum": true });
        assert_eq!(err(doc).pointer(), "/components/schemas/A/exclusiveMinimum");
    }

    #[test]
    fn path_template_and_parameters_must_agree() {
        let e = err(doc_with_op(json!({ "responses": {} })));
        assert!(e.message.contains("`{id}` has no path parameter"), "{e}");
        let mut doc = doc_with_op(json!({ "parameters": id_param(), "responses": {} }));
        doc["paths"]["/c/{id}"]["get"]["parameters"]
            .as_array_mut()
            .unwrap()
            .push(json!({ "name": "other", "in": "path", "schema": { "type": "string" } }));
        let e = err(doc);
        assert!(e.message.contains("`other` does not appear"), "{e}");
    }

    #[test]
    fn unsupported_parameters_are_errors() {
        let mut params = id_param();
        params
            .as_array_mut()
            .unwrap()
            .push(json!({ "name": "s", "in": "cookie", "schema": {} }));
        let e = err(doc_with_op(
            json!({ "parameters": params, "responses": {} }),
        ));
        assert_eq!(e.pointer(), "/paths/~1c~1{id}/get/parameters/1");
        let mut params = id_param();
        params
            .as_array_mut()
            .unwrap()
            .push(json!({ "name": "q", "in": "query", "style": "deepObject", "schema": {} }));
        assert!(
            err(doc_with_op(
                json!({ "parameters": params, "responses": {} })
            ))
            .message
            .contains("deepObject")
        );
    }

    #[test]
    fn request_bodies_progenitor_cannot_send_are_errors() {
        for (content, needle) in [
            (
                json!({ "multipart/form-data": { "schema": {} } }),
                "multipart/form-data",
            ),
            (json!({ "application/json": {} }), "no schema"),
            (
                json!({ "application/json": { "schema": {}, "encoding": { "a": {} } } }),
                "encoding",
            ),
            (
                json!({ "application/json": { "schema": {} }, "text/plain": { "schema": {} } }),
                "more than one",
            ),
        ] {
            let e = err(doc_with_op(
                json!({ "parameters": id_param(), "requestBody": { "content": content }, "responses": {} }),
            ));
            assert!(e.message.contains(needle), "{needle}: {e}");
            assert_eq!(
                e.operation.as_ref().map(ToString::to_string).as_deref(),
                Some("GET /c/{id}")
            );
        }
    }

    #[test]
    fn mixed_success_or_error_bodies_are_errors() {
        let e = err(doc_with_op(
            json!({ "parameters": id_param(), "responses": {
                "200": { "content": { "application/json": { "schema": { "type": "string" } } } },
                "201": { "description": "Created" }
            }}),
        ));
        assert_eq!(e.pointer(), "/paths/~1c~1{id}/get/responses/201");
        assert!(e.message.contains("success responses differ"), "{e}");
        let e = err(doc_with_op(
            json!({ "parameters": id_param(), "responses": {
                "400": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/A" } } } },
                "404": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/B" } } } }
            }}),
        ));
        assert!(e.message.contains("error responses differ"), "{e}");
    }

    #[test]
    fn bad_status_keys_are_errors() {
        let e = err(doc_with_op(
            json!({ "parameters": id_param(), "responses": { "2000": {} } }),
        ));
        assert!(e.message.contains("not a status code"), "{e}");
    }
}
