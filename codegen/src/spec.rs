//! Reading a spec file: is it JSON, and is it an OpenAPI 3.0 document the pipeline can take?

use serde_json::Value;

use crate::error::{PipelineError, Result};

/// Parses spec bytes into a JSON document and checks the top-level shape.
///
/// Refuses, each with its own message: an empty file, an HTML page (what a misconfigured proxy or
/// an error page serves), invalid JSON (with line and column), Swagger 2.0, OpenAPI 3.1 (progenitor
/// 0.15 takes 3.0.x only), and documents without `info.title`, `info.version` or `paths`.
pub fn parse_spec(bytes: &[u8]) -> Result<Value> {
    let text = String::from_utf8_lossy(bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(PipelineError::at(
            "",
            "the file is empty; expected an OpenAPI JSON document",
        ));
    }
    if trimmed.starts_with('<') {
        return Err(PipelineError::at(
            "",
            "this is an HTML or XML page, not an OpenAPI JSON document",
        ));
    }
    let doc: Value = serde_json::from_str(trimmed).map_err(|e| {
        PipelineError::at(
            "",
            format!(
                "invalid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    })?;
    check_document(&doc)?;
    Ok(doc)
}

fn check_document(doc: &Value) -> Result<()> {
    let Some(root) = doc.as_object() else {
        return Err(PipelineError::at("", "the document is not a JSON object"));
    };
    if root.contains_key("swagger") {
        return Err(PipelineError::at(
            "/swagger",
            "Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3.0",
        ));
    }
    let version = root
        .get("openapi")
        .and_then(Value::as_str)
        .ok_or_else(|| PipelineError::at("/openapi", "missing `openapi` version string"))?;
    if version.starts_with("3.1") {
        return Err(PipelineError::at(
            "/openapi",
            format!("OpenAPI {version} is not supported; the generator takes OpenAPI 3.0.x"),
        ));
    }
    if !version.starts_with("3.0.") {
        return Err(PipelineError::at(
            "/openapi",
            format!("`{version}` is not an OpenAPI 3.0.x version"),
        ));
    }
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
    if !root.get("paths").is_some_and(Value::is_object) {
        return Err(PipelineError::at("/paths", "missing `paths` object"));
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
        assert!(message(b"<!DOCTYPE html><html>").contains("HTML"));
        assert!(message(b"{\"openapi\": \"3.0.4\",\n \"info\": ").contains("line 2"));
        assert!(message(b"[]").contains("not a JSON object"));
        assert!(message(br#"{"swagger":"2.0"}"#).contains("Swagger 2.0"));
        assert!(message(br#"{"openapi":"3.1.0"}"#).contains("3.1.0 is not supported"));
        assert!(message(br#"{"openapi":"2.9"}"#).contains("/openapi"));
        assert!(message(br#"{"openapi":"3.0.0","info":{"title":"t"}}"#).contains("/info/version"));
        assert!(
            message(br#"{"openapi":"3.0.0","info":{"title":"t","version":"1"}}"#)
                .contains("/paths")
        );
    }
}
