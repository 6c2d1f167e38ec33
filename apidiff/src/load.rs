//! Reading a spec document, JSON or YAML, into a JSON value.

use serde_json::{Map, Number, Value};
use yaml_rust2::{Yaml, YamlLoader};

use crate::DiffError;
use revolv3_oas::refs::{self, Stop};
use revolv3_oas::{METHODS, StatusClass};

use crate::pointer::push;

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
        Some(v) if v.starts_with("3.0") => {}
        Some(v) if v.starts_with("3.") => {
            return Err(DiffError::new(
                name,
                "/openapi",
                format!("OpenAPI {v} is not supported; the diff reads OpenAPI 3.0.x"),
            ));
        }
        Some(v) => {
            return Err(DiffError::new(
                name,
                "/openapi",
                format!("`{v}` is not an OpenAPI 3.0 version"),
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
    if doc.pointer("/info/version").is_none_or(|v| !v.is_string()) {
        return Err(DiffError::new(
            name,
            "/info/version",
            "missing `info.version` string",
        ));
    }
    let Some(paths) = root.get("paths").and_then(Value::as_object) else {
        return Err(DiffError::new(name, "/paths", "missing `paths` object"));
    };
    for (path, item) in paths {
        let at = push("/paths", path);
        if !path.starts_with('/') {
            return Err(DiffError::new(
                name,
                &at,
                format!("path `{path}` does not start with `/`"),
            ));
        }
        for (method, op) in item.as_object().into_iter().flatten() {
            let op_at = push(&at, method);
            if METHODS.contains(&method.as_str()) && !op.is_object() {
                return Err(DiffError::new(
                    name,
                    &op_at,
                    "an operation must be an object",
                ));
            }
            for status in op
                .get("responses")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(k, _)| k)
            {
                if StatusClass::of(status).is_none() {
                    return Err(DiffError::new(
                        name,
                        &push(&push(&op_at, "responses"), status),
                        format!("`{status}` is not a status code"),
                    ));
                }
            }
        }
    }
    check_values(name, doc, doc, "", false)
}

/// A reference resolves in this document and reaches something other than references.
fn check_reference(name: &str, doc: &Value, value: &Value, at: &str) -> Result<(), DiffError> {
    let resolved = revolv3_oas::resolve(doc, value, at);
    let reference = refs::reference_of(resolved.value).unwrap_or_default();
    match resolved.stopped {
        None => Ok(()),
        Some(Stop::Cycle) => Err(DiffError::new(
            name,
            at,
            format!("reference `{reference}` leads back to itself through references only"),
        )),
        Some(Stop::External | Stop::Dangling) => Err(DiffError::new(
            name,
            at,
            format!("reference `{reference}` does not resolve in this document"),
        )),
    }
}

const TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

/// Every `$ref` is local and resolves, schemas are objects with OpenAPI types, parameters
/// have `name` and `in`.
fn check_values(
    name: &str,
    doc: &Value,
    value: &Value,
    at: &str,
    in_schema: bool,
) -> Result<(), DiffError> {
    match value {
        Value::Object(map) => {
            if map.get("$ref").is_some_and(Value::is_string) {
                check_reference(name, doc, value, at)?;
            }
            if in_schema
                && let Some(t) = map.get("type").and_then(Value::as_str)
                && !TYPES.contains(&t)
            {
                return Err(DiffError::new(
                    name,
                    &push(at, "type"),
                    format!("`{t}` is not a schema type"),
                ));
            }
            if map.get("in").is_some_and(Value::is_string)
                && !in_schema
                && !map.get("name").is_some_and(Value::is_string)
            {
                return Err(DiffError::new(name, at, "a parameter needs a `name`"));
            }
            for (k, v) in map {
                if matches!(k.as_str(), "example" | "examples" | "default" | "enum") {
                    continue;
                }
                let child = push(at, k);
                if k == "schemas" && !in_schema {
                    for (schema_name, schema) in v.as_object().into_iter().flatten() {
                        let schema_at = push(&child, schema_name);
                        if !schema.is_object() {
                            return Err(DiffError::new(
                                name,
                                &schema_at,
                                "a schema must be an object",
                            ));
                        }
                        check_values(name, doc, schema, &schema_at, true)?;
                    }
                } else {
                    check_values(name, doc, v, &child, in_schema || k == "schema")?;
                }
            }
            Ok(())
        }
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| {
            check_values(name, doc, v, &push(at, &i.to_string()), in_schema)
        }),
        _ => Ok(()),
    }
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
            (b"openapi: 3.0.0\ninfo: {title: t, version: '1'}\n", "paths"),
            (b"a: [", "invalid YAML"),
        ] {
            let e = load_document("x", bytes).unwrap_err();
            assert!(e.to_string().contains(needle), "{needle}: {e}");
        }
    }
}
