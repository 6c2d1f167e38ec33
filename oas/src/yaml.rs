//! YAML text to and from JSON values, for documents written in YAML: OpenAPI descriptions and
//! Overlays. Only what JSON can hold is accepted, so a document means the same in both forms.

use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Number, Value};
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser, Tag};
use yaml_rust2::scanner::{Marker, TScalarStyle};
use yaml_rust2::yaml::Hash;
use yaml_rust2::{Yaml, YamlEmitter};

use crate::pointer;

/// Why YAML text is not a JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// JSON pointer to the offending value; `""` when the error is before any value.
    pub pointer: String,
    /// The line (from 1) of the offending text, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(f, "line {line}: ")?;
        }
        if !self.pointer.is_empty() {
            write!(f, "at {}: ", self.pointer)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for YamlError {}

/// How deep values may nest: serde_json's limit for JSON, so both forms of a document are
/// refused alike, and every walk over the value stays well within its stack.
pub const MAX_DEPTH: usize = 128;
/// How many aliases a document may use.
pub const MAX_ALIASES: usize = 10_000;
/// Nodes that aliases may add to a document of `bytes` bytes: its own size again, plus a
/// floor for small documents. A YAML document of 1 KB whose anchors nest aliases ten deep
/// expands to billions of nodes (an "alias bomb"); within this budget it is refused at once.
pub fn alias_budget(bytes: usize) -> usize {
    bytes + 10_000
}

/// Parses the first document of `text` into a JSON value. Mapping keys that YAML reads as
/// numbers or booleans (`200:` in `responses`) become strings, as OpenAPI means them; a value
/// JSON cannot hold (`.inf`, `.nan`, a non-scalar key) is an error naming where it is. Aliases
/// are expanded within [`alias_budget`] and [`MAX_ALIASES`], values nest at most [`MAX_DEPTH`]
/// deep; past either limit the text is refused, with the line at fault.
pub fn parse(text: &str) -> Result<Value, YamlError> {
    let mut builder = Builder::new(alias_budget(text.len()));
    let mut parser = Parser::new_from_str(text);
    let outcome = parser.load(&mut builder, false);
    if let Some(error) = builder.error {
        return Err(error);
    }
    outcome.map_err(|e| YamlError {
        pointer: String::new(),
        line: Some(e.marker().line()),
        message: format!("invalid YAML: {e}"),
    })?;
    builder.root.ok_or_else(|| YamlError {
        pointer: String::new(),
        line: None,
        message: "the YAML text holds no document".to_owned(),
    })
}

/// A collection being read.
enum Frame {
    Sequence(Vec<Value>),
    /// The mapping so far and, between a key and its value, the key.
    Mapping(Map<String, Value>, Option<String>),
}

/// An open collection: its contents, its anchor (0 for none) and how many nodes it holds.
struct Open {
    frame: Frame,
    anchor: usize,
    nodes: usize,
}

/// Builds the JSON value from parser events, with the limits of [`parse`].
struct Builder {
    stack: Vec<Open>,
    root: Option<Value>,
    /// Each anchored value, with its node count.
    anchors: HashMap<usize, (Value, usize)>,
    aliases: usize,
    alias_nodes: usize,
    budget: usize,
    error: Option<YamlError>,
}

impl Builder {
    fn new(budget: usize) -> Self {
        Self {
            stack: Vec::new(),
            root: None,
            anchors: HashMap::new(),
            aliases: 0,
            alias_nodes: 0,
            budget,
            error: None,
        }
    }

    /// The pointer of the value being read now.
    fn pointer(&self) -> String {
        let mut at = String::new();
        for open in &self.stack {
            match &open.frame {
                Frame::Sequence(items) => at = pointer::push(&at, &items.len().to_string()),
                Frame::Mapping(_, Some(key)) => at = pointer::push(&at, key),
                Frame::Mapping(_, None) => {}
            }
        }
        at
    }

    fn fail(&self, mark: Marker, message: String) -> YamlError {
        YamlError {
            pointer: self.pointer(),
            line: Some(mark.line()),
            message,
        }
    }

    /// Whether the next scalar is a mapping key.
    fn expects_key(&self) -> bool {
        matches!(
            self.stack.last(),
            Some(Open {
                frame: Frame::Mapping(_, None),
                ..
            })
        )
    }

    fn open(&mut self, frame: Frame, anchor: usize, mark: Marker) -> Result<(), YamlError> {
        if self.expects_key() {
            return Err(self.fail(mark, "a mapping key must be text, not a collection".into()));
        }
        if self.stack.len() >= MAX_DEPTH {
            return Err(self.fail(mark, format!("values nest deeper than {MAX_DEPTH} levels")));
        }
        self.stack.push(Open {
            frame,
            anchor,
            nodes: 1,
        });
        Ok(())
    }

    fn close(&mut self, mark: Marker) -> Result<(), YamlError> {
        let Some(open) = self.stack.pop() else {
            return Ok(());
        };
        let value = match open.frame {
            Frame::Sequence(items) => Value::Array(items),
            Frame::Mapping(map, _) => Value::Object(map),
        };
        self.insert(value, open.anchor, open.nodes, mark)
    }

    /// Places a finished value in its parent (or as the root), recording its anchor.
    fn insert(
        &mut self,
        value: Value,
        anchor: usize,
        nodes: usize,
        mark: Marker,
    ) -> Result<(), YamlError> {
        if anchor != 0 {
            self.anchors.insert(anchor, (value.clone(), nodes));
        }
        let Some(parent) = self.stack.last_mut() else {
            self.root.get_or_insert(value);
            return Ok(());
        };
        parent.nodes += nodes;
        match &mut parent.frame {
            Frame::Sequence(items) => items.push(value),
            Frame::Mapping(map, key @ Some(_)) => {
                if let Some(key) = key.take() {
                    map.insert(key, value);
                }
            }
            Frame::Mapping(_, key @ None) => {
                // An alias in key position: only a scalar reads as text.
                *key = Some(match value {
                    Value::String(s) => s,
                    Value::Null => "null".to_owned(),
                    Value::Bool(_) | Value::Number(_) => value.to_string(),
                    Value::Array(_) | Value::Object(_) => {
                        return Err(
                            self.fail(mark, "a mapping key must be text, not a collection".into())
                        );
                    }
                });
            }
        }
        Ok(())
    }

    fn scalar(
        &mut self,
        text: String,
        style: TScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        mark: Marker,
    ) -> Result<(), YamlError> {
        let yaml = resolve(text, style, tag);
        if self.expects_key() {
            let key = match yaml {
                Yaml::String(s) | Yaml::Real(s) => s,
                Yaml::Integer(i) => i.to_string(),
                Yaml::Boolean(b) => b.to_string(),
                Yaml::Null => "null".to_owned(),
                other => {
                    return Err(self.fail(mark, format!("a mapping key {other:?} is not text")));
                }
            };
            if anchor != 0 {
                self.anchors.insert(anchor, (Value::String(key.clone()), 1));
            }
            if let Some(Open {
                frame: Frame::Mapping(_, slot),
                ..
            }) = self.stack.last_mut()
            {
                *slot = Some(key);
            }
            return Ok(());
        }
        let value = match yaml {
            Yaml::Null => Value::Null,
            Yaml::Boolean(b) => Value::Bool(b),
            Yaml::Integer(i) => Value::Number(i.into()),
            Yaml::Real(text) => text
                .parse::<f64>()
                .ok()
                .and_then(Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| {
                    self.fail(mark, format!("`{text}` is not a number JSON can hold"))
                })?,
            Yaml::String(s) => Value::String(s),
            _ => return Err(self.fail(mark, "not a valid YAML value".to_owned())),
        };
        self.insert(value, anchor, 1, mark)
    }

    fn alias(&mut self, id: usize, mark: Marker) -> Result<(), YamlError> {
        self.aliases += 1;
        if self.aliases > MAX_ALIASES {
            return Err(self.fail(mark, format!("more than {MAX_ALIASES} YAML aliases")));
        }
        let Some((value, nodes)) = self.anchors.get(&id).cloned() else {
            return Err(self.fail(mark, "an alias to an anchor not defined before it".into()));
        };
        self.alias_nodes += nodes;
        if self.alias_nodes > self.budget {
            return Err(self.fail(
                mark,
                format!(
                    "YAML aliases expand to more than {} nodes, more than a document of this size can mean (an alias bomb?)",
                    self.budget
                ),
            ));
        }
        self.insert(value, 0, nodes, mark)
    }

    fn event(&mut self, event: Event, mark: Marker) -> Result<(), YamlError> {
        match event {
            Event::SequenceStart(anchor, _) => self.open(Frame::Sequence(Vec::new()), anchor, mark),
            Event::MappingStart(anchor, _) => {
                self.open(Frame::Mapping(Map::new(), None), anchor, mark)
            }
            Event::SequenceEnd | Event::MappingEnd => self.close(mark),
            Event::Scalar(text, style, anchor, tag) => {
                self.scalar(text, style, anchor, tag.as_ref(), mark)
            }
            Event::Alias(id) => self.alias(id, mark),
            Event::Nothing
            | Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart
            | Event::DocumentEnd => Ok(()),
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, event: Event, mark: Marker) {
        // The first document only; after an error, nothing more.
        if self.error.is_some() || (self.root.is_some() && self.stack.is_empty()) {
            return;
        }
        if let Err(e) = self.event(event, mark) {
            self.error = Some(e);
        }
    }
}

/// A scalar as YAML's core schema reads it: quoted text is text; a plain scalar is read by its
/// tag (`!!int 3`) or else by its form (`3`, `true`, `~`).
fn resolve(text: String, style: TScalarStyle, tag: Option<&Tag>) -> Yaml {
    if style != TScalarStyle::Plain {
        return Yaml::String(text);
    }
    match tag {
        Some(tag) if tag.handle == "tag:yaml.org,2002:" => match tag.suffix.as_str() {
            "bool" => match text.as_str() {
                "true" | "True" | "TRUE" => Yaml::Boolean(true),
                "false" | "False" | "FALSE" => Yaml::Boolean(false),
                _ => Yaml::BadValue,
            },
            "int" => text.parse::<i64>().map_or(Yaml::BadValue, Yaml::Integer),
            "float" => match text.parse::<f64>() {
                Ok(_) => Yaml::Real(text),
                Err(_) => Yaml::BadValue,
            },
            "null" => match text.as_str() {
                "~" | "null" => Yaml::Null,
                _ => Yaml::BadValue,
            },
            _ => Yaml::String(text),
        },
        Some(_) => Yaml::String(text),
        None => Yaml::from_str(&text),
    }
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
    fn aliases_expand_to_their_anchors_values() {
        let doc =
            parse("base: &b {type: string}\nuse: *b\nlist: [*b, *b]\n&k key: 1\n*k : 2\n").unwrap();
        assert_eq!(
            doc,
            json!({ "base": { "type": "string" }, "use": { "type": "string" },
                    "list": [{ "type": "string" }, { "type": "string" }], "key": 2 })
        );
        let e = parse("a: *nowhere\n").unwrap_err();
        assert!(e.message.contains("unknown anchor"), "{e}");
        // An alias inside the value it names would expand forever.
        let e = parse("a: &loop [1, *loop]\n").unwrap_err();
        assert!(e.message.contains("not defined before it"), "{e}");
        assert_eq!(e.pointer, "/a/1");
    }

    /// Nine aliases of the level below, ten levels deep: 9^10 leaves from about 1 KB.
    fn alias_bomb() -> String {
        let mut text = String::from("x-a0: &a0 [lol]\n");
        for level in 1..=10 {
            let below = format!("*a{}", level - 1);
            let list = [below.as_str(); 9].join(", ");
            text.push_str(&format!("x-a{level}: &a{level} [{list}]\n"));
        }
        text
    }

    #[test]
    fn an_alias_bomb_is_refused_at_the_alias_that_passes_the_budget() {
        let text = alias_bomb();
        assert!(text.len() < 1200, "{}", text.len());
        let started = std::time::Instant::now();
        let e = parse(&text).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert!(e.message.contains("alias bomb"), "{e}");
        // The budget (10 000 nodes plus the size) runs out among the aliases of level 4, on
        // the fifth line.
        assert_eq!(e.line, Some(5), "{e}");
        assert!(e.pointer.starts_with("/x-a4/"), "{e}");
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_refused() {
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        let e = parse(&deep).unwrap_err();
        assert!(e.message.contains("nest deeper"), "{e}");
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_ok());
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
