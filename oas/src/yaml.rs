//! YAML text to and from JSON values, for documents written in YAML: OpenAPI descriptions and
//! Overlays. Only what JSON can hold is accepted, so a document means the same in both forms.

use std::fmt;

use serde_json::{Map, Number, Value};
use yaml_rust2::yaml::Hash;
use yaml_rust2::{Yaml, YamlEmitter, YamlLoader};

use crate::pointer;

/// Why YAML text is not a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// JSON pointer to the offending value; `""` for a syntax error, located by `message`.
    pub pointer: String,
    /// What is wrong; a syntax error names its line and column.
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at {}: {}", self.pointer, self.message)
        }
    }
}

impl std::error::Error for YamlError {}

/// Parses the first document of `text` into a JSON value. Mapping keys that YAML reads as
/// numbers or booleans (`200:` in `responses`) become strings, as OpenAPI means them; a value
/// JSON cannot hold (`.inf`, `.nan`, a non-scalar key) is an error naming where it is.
pub fn parse(text: &str) -> Result<Value, YamlError> {
    let docs = YamlLoader::load_from_str(text).map_err(|e| YamlError {
        pointer: String::new(),
        message: format!("invalid YAML: {e}"),
    })?;
    match docs.into_iter().next() {
        Some(first) => to_json(first, ""),
        None => Err(YamlError {
            pointer: String::new(),
            message: "the YAML text holds no document".to_owned(),
        }),
    }
}

fn to_json(yaml: Yaml, at: &str) -> Result<Value, YamlError> {
    let refuse = |message: String| YamlError {
        pointer: at.to_owned(),
        message,
    };
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Boolean(b) => Value::Bool(b),
        Yaml::Integer(i) => Value::Number(i.into()),
        Yaml::Real(text) => text
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
            .ok_or_else(|| refuse(format!("`{text}` is not a number JSON can hold")))?,
        Yaml::String(s) => Value::String(s),
        Yaml::Array(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| to_json(item, &pointer::push(at, &i.to_string())))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Hash(map) => {
            let mut out = Map::new();
            for (key, value) in map {
                let key = match key {
                    Yaml::String(s) | Yaml::Real(s) => s,
                    Yaml::Integer(i) => i.to_string(),
                    Yaml::Boolean(b) => b.to_string(),
                    Yaml::Null => "null".to_owned(),
                    other => return Err(refuse(format!("a mapping key {other:?} is not text"))),
                };
                let value = to_json(value, &pointer::push(at, &key))?;
                out.insert(key, value);
            }
            Value::Object(out)
        }
        Yaml::Alias(_) => return Err(refuse("YAML aliases are not supported".to_owned())),
        Yaml::BadValue => return Err(refuse("not a valid YAML value".to_owned())),
    })
}

/// Writes `value` as a YAML document (block style, keys in the value's order, strings quoted
/// where YAML would read them as something else), ending with a newline.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    let mut emitter = YamlEmitter::new(&mut out);
    emitter.multiline_strings(true);
    // Writing into a String cannot fail.
    let _ = emitter.dump(&from_json(value));
    let body = out.strip_prefix("---\n").unwrap_or(&out);
    format!("{body}\n")
}

fn from_json(value: &Value) -> Yaml {
    match value {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Boolean(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Integer(i),
            None => Yaml::Real(n.to_string()),
        },
        Value::String(s) => Yaml::String(s.clone()),
        Value::Array(items) => Yaml::Array(items.iter().map(from_json).collect()),
        Value::Object(map) => {
            let mut hash = Hash::new();
            for (k, v) in map {
                hash.insert(Yaml::String(k.clone()), from_json(v));
            }
            Yaml::Hash(hash)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_numeric_keys_as_text_and_locates_what_json_cannot_hold() {
        let doc = parse("responses:\n  200:\n    description: ok\n  n: 1.5\n").unwrap();
        assert_eq!(
            doc,
            json!({ "responses": { "200": { "description": "ok" }, "n": 1.5 } })
        );
        let e = parse("a:\n  - x\n  - .inf\n").unwrap_err();
        assert_eq!(e.pointer, "/a/1");
        assert!(e.message.contains(".inf"), "{e}");
        let e = parse("a: [\n").unwrap_err();
        assert!(e.to_string().contains("invalid YAML"), "{e}");
        assert!(parse("").is_err());
    }

    #[test]
    fn writes_yaml_that_reads_back_as_the_same_value() {
        let value = json!({
            "overlay": "1.0.0",
            "actions": [{ "target": "$.paths['/a'].get", "update": {
                "200": { "description": "seen: on the wire\nsecond line" },
                "numberish": "1.0", "boolish": "true", "nullish": "null", "empty": "",
                "n": 3, "f": 2.5, "b": false, "z": null, "list": []
            }}]
        });
        let text = to_string(&value);
        assert!(text.ends_with('\n') && !text.starts_with("---"), "{text}");
        assert_eq!(parse(&text).unwrap(), value, "{text}");
    }
}
