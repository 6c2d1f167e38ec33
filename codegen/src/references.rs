//! `$ref`s that the generator can follow: local, resolvable, and not a loop of references.

use serde_json::Value;

use revolv3_oas::{Keys, refs};

use crate::error::{PipelineError, Result};
use crate::pointer;

/// Checks every `$ref` in `doc`: it must be local (`#/...`), point at a value under
/// `/components/`, and not lead through references back to itself.
///
/// Why: progenitor looks components up by name and panics on a missing one
/// (`panic!("key {} is missing")`), and typify recurses forever on `A: {$ref: A}`.
pub fn check_references(doc: &Value) -> Result<()> {
    walk(doc, doc, "", Keys::Keywords)?;
    check_composition_cycles(doc)
}

/// Refuses a component schema that contains itself through `$ref`, `allOf`, `oneOf`, `anyOf`
/// and `not` alone, with no property or array in between.
///
/// Why: such a schema describes an infinitely large type. typify merges `allOf` members and
/// recurses into the others without end, and the generator dies of a stack overflow, which no
/// `catch_unwind` can turn into an error. (Found by the property tests.)
fn check_composition_cycles(doc: &Value) -> Result<()> {
    let Some(schemas) = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
    else {
        return Ok(());
    };
    for name in schemas.keys() {
        let start = format!("/components/schemas/{}", pointer::escape(name));
        let mut stack = vec![start.clone()];
        let mut seen = Vec::new();
        while let Some(at) = stack.pop() {
            if seen.contains(&at) {
                continue;
            }
            seen.push(at.clone());
            let Some(schema) = doc.pointer(&at) else {
                continue;
            };
            for next in composition_targets(schema) {
                if next == start {
                    return Err(PipelineError::at(
                        start,
                        "this schema contains itself through references and allOf/oneOf/anyOf \
                         alone, which describes an infinitely large value",
                    ));
                }
                stack.push(next);
            }
        }
    }
    Ok(())
}

/// Components a schema is made of directly: its `$ref`, and the references of its
/// composition members (inline members are followed through their own references).
fn composition_targets(schema: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = vec![schema];
    while let Some(s) = pending.pop() {
        if let Some(target) = refs::reference_of(s).and_then(refs::local_target) {
            out.push(target);
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            pending.extend(s.get(key).and_then(Value::as_array).into_iter().flatten());
        }
        if let Some(not) = s.get("not") {
            pending.push(not);
        }
    }
    out
}

/// Checks every `$ref` in `value` (at `at`, its keys read as `keys`).
fn walk(doc: &Value, value: &Value, at: &str, keys: Keys) -> Result<()> {
    match value {
        Value::Object(map) => {
            if keys == Keys::Keywords && refs::reference_of(value).is_some() {
                check_one(doc, value, at)?;
            }
            for (k, v) in map {
                if let Some(child_keys) = keys.child(k) {
                    walk(doc, v, &pointer::join(at, [k.as_str()]), child_keys)?;
                }
            }
            Ok(())
        }
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| {
            walk(doc, v, &pointer::join(at, [i.to_string()]), Keys::Keywords)
        }),
        _ => Ok(()),
    }
}

/// Checks the `$ref` of `value` (at `at`): its first hop must be a component of this document,
/// and following it must end at a value, without coming back.
fn check_one(doc: &Value, value: &Value, at: &str) -> Result<()> {
    let reference = refs::reference_of(value).unwrap_or_default();
    let target = refs::local_target(reference).ok_or_else(|| {
        PipelineError::at(
            at,
            format!("external reference `{reference}` is not supported"),
        )
    })?;
    if !target.starts_with("/components/") || doc.pointer(&target).is_none() {
        return Err(PipelineError::at(
            at,
            format!("reference `{reference}` does not point at a component in this document"),
        ));
    }
    let reached = refs::resolve(doc, value, at);
    match reached.stopped {
        Some(refs::Stop::Cycle) => Err(PipelineError::at(
            at,
            format!("reference `{reference}` leads back to itself through references only"),
        )),
        Some(refs::Stop::Dangling | refs::Stop::External) => Err(PipelineError::at(
            at,
            format!(
                "reference `{reference}` leads to {}, whose reference cannot be followed",
                reached.pointer
            ),
        )),
        None => Ok(()),
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
    fn a_schema_made_of_itself_is_refused_but_recursion_through_properties_is_fine() {
        let doc = json!({ "components": { "schemas": {
            "Node": { "allOf": [{ "type": "string" }, { "oneOf": [{ "$ref": "#/components/schemas/Wrap" }] }] },
            "Wrap": { "anyOf": [{ "$ref": "#/components/schemas/Node" }] }
        }}});
        let e = check_references(&doc).unwrap_err();
        assert_eq!(e.pointer(), "/components/schemas/Node");
        let tree = json!({ "components": { "schemas": {
            "Tree": { "allOf": [{ "properties": { "children": { "items": { "$ref": "#/components/schemas/Tree" } } } }] }
        }}});
        check_references(&tree).unwrap();
    }

    #[test]
    fn dangling_external_and_looping_references_fail_with_their_pointer() {
        let e =
            check_references(&json!({ "x": { "$ref": "#/components/schemas/Gone" } })).unwrap_err();
        assert_eq!(e.pointer(), "/x");
        let e = check_references(&json!({ "x": { "$ref": "other.json#/A" } })).unwrap_err();
        assert!(e.message.contains("external"), "{e}");
        let e = check_references(&json!({ "components": { "schemas": {
            "A": { "$ref": "#/components/schemas/B" }, "B": { "$ref": "#/components/schemas/A" }
        }}}))
        .unwrap_err();
        assert!(e.message.contains("leads back to itself"), "{e}");
        // A chain whose last hop dangles fails at its start too, even where nothing else would
        // look at the hop (here inside an example, which is data).
        let e = check_references(&json!({
            "x": { "$ref": "#/components/examples/E/value" },
            "components": { "examples": { "E": { "value": { "$ref": "#/components/schemas/Gone" } } } }
        }))
        .unwrap_err();
        assert_eq!(e.pointer(), "/x");
        assert!(e.message.contains("cannot be followed"), "{e}");
    }
}
