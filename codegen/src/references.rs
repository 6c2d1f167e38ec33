//! `$ref`s that the generator can follow: local, resolvable, and not a loop of references.

use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::pointer;

/// Checks every `$ref` in `doc`: it must be local (`#/...`), point at a value under
/// `/components/`, and not lead through references back to itself.
///
/// Why: progenitor looks components up by name and panics on a missing one
/// (`panic!("key {} is missing")`), and typify recurses forever on `A: {$ref: A}`.
pub fn check_references(doc: &Value) -> Result<()> {
    walk(doc, doc, "")
}

fn walk(doc: &Value, value: &Value, at: &str) -> Result<()> {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                check_one(doc, r, at)?;
            }
            for (k, v) in map {
                if k != "example" && k != "examples" && k != "default" && k != "enum" {
                    walk(doc, v, &pointer::join(at, [k.as_str()]))?;
                }
            }
            Ok(())
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, v)| walk(doc, v, &pointer::join(at, [i.to_string()]))),
        _ => Ok(()),
    }
}

fn check_one(doc: &Value, reference: &str, at: &str) -> Result<()> {
    let mut seen = vec![at.to_owned()];
    let mut current = reference.to_owned();
    loop {
        let target = current.strip_prefix('#').ok_or_else(|| {
            PipelineError::at(
                at,
                format!("external reference `{current}` is not supported"),
            )
        })?;
        let value = doc
            .pointer(target)
            .filter(|_| target.starts_with("/components/"))
            .ok_or_else(|| {
                PipelineError::at(
                    at,
                    format!("reference `{current}` does not point at a component in this document"),
                )
            })?;
        if seen.iter().any(|s| s == target) {
            return Err(PipelineError::at(
                at,
                format!("reference `{reference}` leads back to itself through references only"),
            ));
        }
        seen.push(target.to_owned());
        match value.get("$ref").and_then(Value::as_str) {
            Some(next) => current = next.to_owned(),
            None => return Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn local_resolvable_references_pass() {
        let doc = json!({ "a": { "$ref": "#/components/schemas/B" }, "components": { "schemas": {
            "B": { "$ref": "#/components/schemas/C" },
            "C": { "properties": { "next": { "$ref": "#/components/schemas/C" } } }
        }}});
        check_references(&doc).unwrap();
    }

    #[test]
    fn dangling_external_and_looping_references_fail_with_their_pointer() {
        let e =
            check_references(&json!({ "x": { "$ref": "#/components/schemas/Gone" } })).unwrap_err();
        assert_eq!(e.pointer, "/x");
        let e = check_references(&json!({ "x": { "$ref": "other.json#/A" } })).unwrap_err();
        assert!(e.message.contains("external"), "{e}");
        let e = check_references(&json!({ "components": { "schemas": {
            "A": { "$ref": "#/components/schemas/B" }, "B": { "$ref": "#/components/schemas/A" }
        }}}))
        .unwrap_err();
        assert!(e.message.contains("leads back to itself"), "{e}");
    }
}
