//! Reading a spec file: is it JSON or YAML, and is it an OpenAPI 3.0, 3.1 or 3.2 document the
//! pipeline can take? (3.1 and 3.2 are lowered to 3.0 next, by [`crate::lower`].)

use serde_json::Value;

use crate::error::{PipelineError, Result};

/// Parses spec bytes (JSON or YAML) into a JSON document and checks the top-level shape.
///
/// Refuses, each with its own message: what [`revolv3_oas::document::parse`] refuses (bytes
/// that are not UTF-8, an empty file, an HTML page, invalid JSON or YAML, values nested too
/// deep, YAML aliases past their budget), Swagger 2.0, versions other than 3.0.x, 3.1.x and
/// 3.2.x, and documents without `info.title`, `info.version` or `paths`.
pub fn parse_spec(bytes: &[u8]) -> Result<Value> {
    let doc = revolv3_oas::document::parse(bytes)?;
    check_document(&doc)?;
    Ok(doc)
}

/// The OpenAPI version `doc` declares, or the error at its field.
pub(crate) fn version_of(doc: &Value) -> Result<revolv3_oas::Version> {
    revolv3_oas::Version::of(doc).map_err(|e| PipelineError::at(e.pointer, e.message))
}

/// The checks [`parse_spec`] makes once the bytes are a document; `run` repeats them after an overlay.
pub(crate) fn check_document(doc: &Value) -> Result<()> {
    let Some(root) = doc.as_object() else {
        return Err(PipelineError::at("", "the document is not a JSON object"));
    };
    version_of(doc)?;
    for field in ["title", "version"] {
        if doc
            .pointer(&format!("/info/{field}"))
            .and_then(Value::as_str)
            .is_none()
        {
            return Err(PipelineError::at(
                format!("/info/{field}"),
                format!("missing `info.{field}` string"),
            ));
        }
    }
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        return Err(PipelineError::at("/paths", "missing `paths` object"));
    };
    check_paths(paths)?;
    if let Some(items) = doc
        .pointer("/components/pathItems")
        .and_then(Value::as_object)
    {
        for (name, item) in items {
            check_path_item(item, &crate::pointer::join("/components/pathItems", [name]))?;
        }
    }
    if let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    {
        for (name, schema) in schemas {
            if !schema.is_object() && !schema.is_boolean() {
                return Err(PipelineError::at(
                    crate::pointer::join("/components/schemas", [name]),
                    "a schema must be an object",
                ));
            }
        }
    }
    crate::references::check_references(doc)
}

/// Path keys are templates starting with `/`, and each path item is well formed.
fn check_paths(paths: &serde_json::Map<String, Value>) -> Result<()> {
    for (path, item) in paths {
        let at = crate::pointer::join("/paths", [path]);
        if let Err(e) = revolv3_oas::PathTemplate::parse_key(path) {
            return Err(PipelineError::at(at, format!("path `{path}` {e}")));
        }
        check_path_item(item, &at)?;
    }
    Ok(())
}

/// A path item (under `paths`, or 3.1's `components/pathItems`, which lowering inlines) is
/// an object, its operations are objects, and its parameters and theirs have `name` and `in`.
fn check_path_item(item: &Value, at: &str) -> Result<()> {
    let Some(item) = item.as_object() else {
        return Err(PipelineError::at(at, "a path item must be an object"));
    };
    check_parameters(item, at)?;
    for method in crate::operations::METHODS {
        let Some(op) = item.get(method) else { continue };
        let op_at = crate::pointer::join(at, [method]);
        let Some(op) = op.as_object() else {
            return Err(PipelineError::at(op_at, "an operation must be an object"));
        };
        check_parameters(op, &op_at)?;
    }
    Ok(())
}

/// Each entry of `object`'s `parameters` list is a `$ref` or has `name` and `in`.
fn check_parameters(object: &serde_json::Map<String, Value>, at: &str) -> Result<()> {
    let params = object
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten();
    for (i, param) in params.enumerate() {
        let has = |k: &str| param.get(k).is_some_and(Value::is_string);
        if !(has("$ref") || (has("name") && has("in"))) {
            return Err(PipelineError::at(
                crate::pointer::join(at, ["parameters", &i.to_string()]),
                "a parameter needs `name` and `in`",
            ));
        }
    }
    Ok(())
}

/// The spec's `info.version`, once [`parse_spec`] has accepted it.
pub fn info_version(doc: &Value) -> &str {
    doc.pointer("/info/version")
        .and_then(Value::as_str)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(bytes: &[u8]) -> String {
        parse_spec(bytes).unwrap_err().to_string()
    }

    /// Found by the `lower` fuzz target: lowering inlines `components/pathItems`, so a broken
    /// parameter there passed parsing and made the lowered document one the pipeline refuses.
    #[test]
    fn a_path_item_in_components_is_checked_like_one_in_paths() {
        let spec = br##"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"$ref": "#/components/pathItems/A"}},
            "components": {"pathItems": {"A": {"get": {"parameters": [{"in": "query"}],
                "responses": {"200": {"description": "ok"}}}}}}}"##;
        assert_eq!(
            message(spec),
            "at /components/pathItems/A/get/parameters/0: a parameter needs `name` and `in`"
        );
    }

    #[test]
    fn accepts_a_minimal_3_0_document() {
        let doc =
            parse_spec(br#"{"openapi":"3.0.4","info":{"title":"t","version":"1.2"},"paths":{}}"#)
                .unwrap();
        assert_eq!(info_version(&doc), "1.2");
    }

    #[test]
    fn refuses_what_is_not_an_openapi_3_0_document() {
        assert!(message(b"  \n").contains("empty"));
        assert_eq!(
            message(b"{\"openapi\": \"3.0.4\", \"x\": \"caf\xe9\"}"),
            "at (document root): the file is not UTF-8 text: byte offset 30 starts an invalid sequence"
        );
        assert!(message(b"<!DOCTYPE html><html>").contains("HTML"));
        assert!(message(b"{\"openapi\": \"3.0.4\",\n \"info\": ").contains("line 2"));
        assert!(message(b"[]").contains("not a JSON object"));
        assert!(message(br#"{"swagger":"2.0"}"#).contains("Swagger 2.0"));
        assert!(message(br#"{"openapi":"3.3.0"}"#).contains("`3.3.0` is not an OpenAPI version"));
        assert!(message(br#"{"openapi":"2.9"}"#).contains("/openapi"));
        assert!(
            message(br#"{"openapi":"3.1.0"}"#).contains("/info/title"),
            "3.1 is read"
        );
        assert!(message(br#"{"openapi":"3.0.0","info":{"title":"t"}}"#).contains("/info/version"));
        assert!(
            message(br#"{"openapi":"3.0.0","info":{"title":"t","version":"1"}}"#)
                .contains("/paths")
        );
    }
}
