//! The structure the diff relies on, checked once at load time so that the engine can assume
//! it: a malformed document is refused with the JSON pointer of the fault.

use std::collections::HashSet;

use serde_json::Value;

use super::external::EXTERNAL_KEY;
use crate::DiffError;
use crate::pointer::push;
use revolv3_oas::refs::{self, Stop};
use revolv3_oas::{Keys, METHODS, StatusClass, Version};

/// What to do with a reference to another file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outside {
    /// Note it and go on: the caller bundles the files and validates again.
    Note,
    /// Refuse it: the document should be self-contained by now.
    Refuse,
}

/// Checks `doc` (named `name` in messages) is an OpenAPI 3.0, 3.1 or 3.2 document the diff
/// can read. Returns whether it refers to another file (only with [`Outside::Note`]).
pub fn validate(name: &str, doc: &Value, outside: Outside) -> Result<bool, DiffError> {
    let root = doc
        .as_object()
        .ok_or_else(|| DiffError::new(name, "", "the document is not an object"))?;
    let version = Version::of(doc).map_err(|e| DiffError::new(name, e.pointer, e.message))?;
    if !doc.pointer("/info/version").is_some_and(Value::is_string) {
        return Err(DiffError::new(
            name,
            "/info/version",
            "missing `info.version` string",
        ));
    }
    match root.get("paths") {
        Some(Value::Object(paths)) => {
            for (path, item) in paths {
                let at = push("/paths", path);
                if let Err(e) = revolv3_oas::PathTemplate::parse_key(path) {
                    return Err(DiffError::new(name, &at, format!("path `{path}` {e}")));
                }
                check_path_item(name, item, &at)?;
            }
        }
        // 3.1 made `paths` optional: a document may describe webhooks only.
        None if version != Version::V3_0 => {}
        _ => return Err(DiffError::new(name, "/paths", "missing `paths` object")),
    }
    let mut walker = Walker {
        name,
        doc,
        path: Vec::new(),
        resolving: HashSet::new(),
        outside,
        refers_outside: false,
    };
    walker.walk(doc, false, Keys::Keywords)?;
    Ok(walker.refers_outside)
}

fn check_path_item(name: &str, item: &Value, at: &str) -> Result<(), DiffError> {
    for (method, op) in item.as_object().into_iter().flatten() {
        if !METHODS.contains(&method.as_str()) {
            continue;
        }
        let op_at = push(at, method);
        if !op.is_object() {
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
    Ok(())
}

/// The type names of JSON Schema; `null` is 3.1's, and 3.0 documents converted from it keep it.
const TYPES: [&str; 7] = [
    "string", "number", "integer", "boolean", "array", "object", "null",
];

/// One step from a value to a child.
#[derive(Clone, Copy)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Walks the whole document keeping the way down as borrowed steps, so that a pointer string
/// is only built for an error.
struct Walker<'a> {
    name: &'a str,
    doc: &'a Value,
    path: Vec<Step<'a>>,
    /// References already found to resolve: most are written many times.
    resolving: HashSet<&'a str>,
    outside: Outside,
    /// Whether a reference to another file was noted.
    refers_outside: bool,
}

impl<'a> Walker<'a> {
    fn pointer(&self) -> String {
        self.path.iter().fold(String::new(), |at, step| match step {
            Step::Key(k) => push(&at, k),
            Step::Index(i) => push(&at, &i.to_string()),
        })
    }

    fn error(&self, message: impl Into<String>) -> DiffError {
        DiffError::new(self.name, &self.pointer(), message)
    }

    /// Every `$ref` resolves and reaches something other than references, schema types are
    /// names, parameters have a `name`. `keys` says how `value`'s keys read.
    fn walk(&mut self, value: &'a Value, in_schema: bool, keys: Keys) -> Result<(), DiffError> {
        match value {
            Value::Object(map) => {
                if keys == Keys::Keywords {
                    self.check_keywords(value, in_schema)?;
                }
                for (key, child) in map {
                    // Data may hold anything; only containers can hold schemas. The bundled
                    // files of external references are checked like the document.
                    let child_keys = if self.path.is_empty() && key == EXTERNAL_KEY {
                        Some(Keys::Names)
                    } else {
                        keys.child(key)
                    };
                    let Some(child_keys) = child_keys else {
                        continue;
                    };
                    if !(child.is_object() || child.is_array()) {
                        continue;
                    }
                    self.path.push(Step::Key(key));
                    if keys == Keys::Keywords && key == "schemas" && !in_schema {
                        for (schema_name, schema) in child.as_object().into_iter().flatten() {
                            self.path.push(Step::Key(schema_name));
                            if !schema.is_object() {
                                return Err(self.error("a schema must be an object"));
                            }
                            self.walk(schema, true, Keys::Keywords)?;
                            self.path.pop();
                        }
                    } else {
                        let schema = in_schema || (keys == Keys::Keywords && key == "schema");
                        self.walk(child, schema, child_keys)?;
                    }
                    self.path.pop();
                }
                Ok(())
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.path.push(Step::Index(i));
                    self.walk(item, in_schema, Keys::Keywords)?;
                    self.path.pop();
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The keywords of one object that need a look: `$ref`, a schema's `type`, a parameter's
    /// `name`.
    fn check_keywords(&mut self, value: &'a Value, in_schema: bool) -> Result<(), DiffError> {
        let (mut reference, mut kind, mut location, mut name) = (None, None, None, None);
        for (key, child) in value.as_object().into_iter().flatten() {
            match key.as_str() {
                "$ref" => reference = child.as_str(),
                "type" => kind = Some(child),
                "in" => location = child.as_str(),
                "name" => name = child.as_str(),
                _ => {}
            }
        }
        if let Some(reference) = reference {
            self.check_reference(value, reference)?;
        }
        if in_schema && let Some(t @ (Value::String(_) | Value::Array(_))) = kind {
            self.check_type(t)?;
        }
        if !in_schema && location.is_some() && name.is_none() {
            return Err(self.error("a parameter needs a `name`"));
        }
        Ok(())
    }

    /// `type` is a JSON Schema type name, or (3.1) a list of them.
    fn check_type(&mut self, t: &'a Value) -> Result<(), DiffError> {
        let names = match t {
            Value::Array(items) => items.as_slice(),
            one => std::slice::from_ref(one),
        };
        match names
            .iter()
            .find(|n| !n.as_str().is_some_and(|n| TYPES.contains(&n)))
        {
            Some(bad) => {
                let shown = bad.as_str().map_or_else(|| bad.to_string(), str::to_owned);
                self.path.push(Step::Key("type"));
                Err(self.error(format!("`{shown}` is not a schema type")))
            }
            None => Ok(()),
        }
    }

    /// A reference resolves in this document (external files are bundled into it by then)
    /// and reaches something other than references.
    fn check_reference(&mut self, value: &'a Value, reference: &'a str) -> Result<(), DiffError> {
        if self.resolving.contains(reference) {
            return Ok(());
        }
        match revolv3_oas::resolve(self.doc, value, "").stopped {
            None => {
                self.resolving.insert(reference);
                Ok(())
            }
            Some(Stop::Cycle) => Err(self.error(format!(
                "reference `{reference}` leads back to itself through references only"
            ))),
            Some(Stop::External) if self.outside == Outside::Note => {
                self.refers_outside = true;
                Ok(())
            }
            Some(Stop::External | Stop::Dangling) => {
                let target = refs::reference_of(value).unwrap_or(reference);
                Err(self.error(format!(
                    "reference `{target}` does not resolve in this document"
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn notes_references_to_other_files_or_refuses_them() {
        let doc = |reference: &str| {
            json!({
                "openapi": "3.1.0",
                "info": {"title": "t", "version": "1"},
                "components": {"schemas": {
                    "A": {"$ref": reference},
                    "B": {"$ref": "#/components/schemas/A"},
                    "C": {"type": "string"}
                }}
            })
        };
        let local = doc("#/components/schemas/C");
        assert_eq!(validate("x", &local, Outside::Note).ok(), Some(false));
        let external = doc("schemas/pet.yaml#/Pet");
        assert_eq!(validate("x", &external, Outside::Note).ok(), Some(true));
        let refused = validate("x", &external, Outside::Refuse).unwrap_err();
        assert_eq!(refused.location.pointer, "/components/schemas/A");
    }
}
