//! Reading a spec document, JSON or YAML, into a JSON value.

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

use crate::DiffError;

/// Parses `bytes` (named `name` in messages) as JSON, or YAML when it is not JSON, and checks
/// it is an OpenAPI 3.x document with `paths`.
pub fn load_document(name: &str, bytes: &[u8]) -> Result<Value, DiffError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| DiffError::new(name, "", format!("not UTF-8 text: {e}")))?;
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(DiffError::new(name, "", "the file is empty"));
    }
    let doc = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        serde_json::from_str(trimmed).map_err(|e| {
            DiffError::new(
                name,
                "",
                format!(
                    "invalid JSON at line {} column {}: {e}",
                    e.line(),
                    e.column()
                ),
            )
        })?
    } else {
        if trimmed.starts_with('<') {
            return Err(DiffError::new(
                name,
                "",
                "this is an HTML or XML page, not an OpenAPI document",
            ));
        }
        let docs = YamlLoader::load_from_str(trimmed)
            .map_err(|e| DiffError::new(name, "", format!("invalid YAML: {e}")))?;
        let first = docs
            .into_iter()
            .next()
            .ok_or_else(|| DiffError::new(name, "", "empty YAML document"))?;
        yaml_to_json(first).map_err(|m| DiffError::new(name, "", m))?
    };
    check(name, &doc)?;
    Ok(doc)
}

fn check(name: &str, doc: &Value) -> Result<(), DiffError> {
    let root = doc
        .as_object()
        .ok_or_else(|| DiffError::new(name, "", "the document is not an object"))?;
    if root.contains_key("swagger") {
        return Err(DiffError::new(
            name,
            "/swagger",
            "Swagger 2.0 is not supported; convert to OpenAPI 3",
        ));
    }
    match root.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.") => {}
        Some(v) => {
            return Err(DiffError::new(
                name,
                "/openapi",
                format!("`{v}` is not an OpenAPI 3 version"),
            ));
        }
        None => {
            return Err(DiffError::new(
                name,
                "/openapi",
                "missing `openapi` version string",
            ));
        }
    }
    if !root.get("paths").is_some_and(Value::is_object) {
        return Err(DiffError::new(name, "/paths", "missing `paths` object"));
    }
    Ok(())
}

fn yaml_to_json(yaml: Yaml) -> Result<Value, String> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(b),
        Yaml::Integer(i) => Value::Number(i.into()),
        Yaml::Real(text) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .unwrap_or(Value::String(text)),
        Yaml::String(s) => Value::String(s),
        Yaml::Array(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Hash(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                // Keys such as `200:` are integers in YAML but strings in OpenAPI.
                let key = match k {
                    Yaml::String(s) => s,
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    Yaml::Real(r) => r,
                    Yaml::Null => "null".to_owned(),
                    other => return Err(format!("unsupported YAML key {other:?}")),
                };
                out.insert(key, yaml_to_json(v)?);
            }
            Value::Object(out)
        }
        Yaml::Alias(_) => return Err("YAML aliases are not supported".to_owned()),
        Yaml::BadValue => return Err("invalid YAML value".to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_yaml_with_numeric_status_keys() {
        let doc = load_document(
            "a.yaml",
            b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        200:\n          description: ok\n",
        )
        .unwrap();
        assert_eq!(
            doc["paths"]["/a"]["get"]["responses"]["200"]["description"],
            "ok"
        );
    }

    #[test]
    fn refuses_what_is_not_openapi_3() {
        for (bytes, needle) in [
            (&b""[..], "empty"),
            (b"<html>", "HTML"),
            (b"{\"openapi\": ", "invalid JSON"),
            (b"swagger: '2.0'\npaths: {}", "Swagger 2.0"),
            (b"openapi: 3.0.0\n", "paths"),
            (b"a: [", "invalid YAML"),
        ] {
            let e = load_document("x", bytes).unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
        }
    }
}
