//! Reading a document from bytes, JSON or YAML alike: the one loader behind the pipeline, the
//! diff, overlays and `try-spec`, with the limits that keep hostile input in bounds (the byte
//! limit is the reader's, before any parsing; nesting and YAML alias limits are here).

use std::fmt;

use serde_json::Value;

use crate::yaml;

/// Why bytes are not a JSON or YAML document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentError {
    /// JSON pointer to the offending value; `""` when the error is not inside a value.
    pub pointer: String,
    /// The line (from 1) of the offending text, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.pointer.is_empty() {
            write!(f, "at {}: ", self.pointer)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for DocumentError {}

impl From<yaml::YamlError> for DocumentError {
    fn from(e: yaml::YamlError) -> Self {
        let message = match e.line {
            Some(line) => format!("{} (line {line})", e.message),
            None => e.message,
        };
        Self {
            pointer: e.pointer,
            line: e.line,
            message,
        }
    }
}

fn error(message: impl Into<String>) -> DocumentError {
    DocumentError {
        pointer: String::new(),
        line: None,
        message: message.into(),
    }
}

/// Parses `bytes` as JSON when they start like JSON (`{` or `[`), else as YAML. Refuses, each
/// with its own message: bytes that are not UTF-8 (with the offset of the first bad byte), an
/// empty file, an HTML or XML page (what an error page or a misconfigured proxy serves),
/// invalid JSON or YAML (with the line), values nested deeper than [`yaml::MAX_DEPTH`] (JSON's
/// limit is serde_json's, the same), and YAML aliases past their budget (see [`yaml::parse`]).
pub fn parse(bytes: &[u8]) -> Result<Value, DocumentError> {
    // Replacing bad bytes would change the document's strings silently.
    let text = std::str::from_utf8(bytes).map_err(|e| {
        error(format!(
            "the file is not UTF-8 text: byte offset {} starts an invalid sequence",
            e.valid_up_to()
        ))
    })?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(error("the file is empty"));
    }
    if trimmed.starts_with('<') {
        return Err(error(
            "this is an HTML or XML page, not a JSON or YAML document",
        ));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        serde_json::from_str(trimmed).map_err(|e| DocumentError {
            pointer: String::new(),
            line: Some(e.line()),
            message: format!(
                "invalid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ),
        })
    } else {
        Ok(yaml::parse(trimmed)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_and_yaml_read_alike() {
        let json = parse(br#"{"openapi": "3.0.3", "paths": {}}"#).unwrap();
        let yaml = parse(b"openapi: 3.0.3\npaths: {}\n").unwrap();
        assert_eq!(json, yaml);
        assert_eq!(json, json!({ "openapi": "3.0.3", "paths": {} }));
    }

    /// Found by the `load_document` fuzz target: serde_json's default float parsing can be one
    /// unit off where Rust's (and so YAML's) is exact, and the two forms then differed.
    #[test]
    fn a_number_reads_the_same_from_yaml_and_from_its_json() {
        let yaml = parse(b"x: -0000436884336720299999999999999999816001\ny: 0.1\n").unwrap();
        let json = parse(&serde_json::to_vec(&yaml).unwrap()).unwrap();
        assert_eq!(json, yaml);
    }

    #[test]
    fn what_is_no_document_is_refused_with_its_reason() {
        let message = |bytes: &[u8]| parse(bytes).unwrap_err().to_string();
        assert!(message(b"{\"a\": 1,\n}").starts_with("invalid JSON at line 2"));
        assert!(message(b"ab\xffc").contains("byte offset 2"));
        assert_eq!(message(b" \n"), "the file is empty");
        assert!(message(b"<!DOCTYPE html>").contains("HTML"));
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(message(deep.as_bytes()).contains("recursion limit"));
    }
}
