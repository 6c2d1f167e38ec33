//! The Overlay merge rules: how an `update` (or a `copy` source) meets a selected node.
//!
//! Overlay 1.1 states them (1.0 says only "recursively merged", and its own examples append
//! arrays the same way): a property only in the target stays; one only in the update is
//! inserted; where both have it, a primitive replaces a primitive, an array is concatenated to
//! an array, an object is merged into an object, and any other pairing is an error. `null`
//! counts as a primitive. One departure: an array gains only the entries it does not list yet
//! (see `append_new`).

use serde_json::{Map, Value};

use crate::error::{PipelineError, Result};
use crate::pointer;

/// What a selected node is, for the rule that one action's nodes are all of one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NodeKind {
    Object,
    Array,
    Primitive,
}

impl NodeKind {
    pub(super) fn of(value: &Value) -> Self {
        match value {
            Value::Object(_) => Self::Object,
            Value::Array(_) => Self::Array,
            _ => Self::Primitive,
        }
    }

    pub(super) fn article(self) -> &'static str {
        match self {
            Self::Object => "an object",
            Self::Array => "an array",
            Self::Primitive => "a primitive value",
        }
    }

    pub(super) fn plural(self) -> &'static str {
        match self {
            Self::Object => "objects",
            Self::Array => "arrays",
            Self::Primitive => "primitive values",
        }
    }
}

/// Merges `update` into the selected node `target` (at `at`), for action `index`.
pub(super) fn merge_into_node(
    target: &mut Value,
    update: &Value,
    index: usize,
    at: &str,
) -> Result<()> {
    match (target, update) {
        (Value::Object(map), Value::Object(given)) => merge_objects(map, given, index, at),
        (Value::Array(items), Value::Array(more)) => {
            for entry in more {
                append_new(items, entry);
            }
            Ok(())
        }
        // An object or primitive given for an array is one more entry.
        (Value::Array(items), entry) => {
            append_new(items, entry);
            Ok(())
        }
        (slot, value)
            if NodeKind::of(slot) == NodeKind::Primitive
                && NodeKind::of(value) == NodeKind::Primitive =>
        {
            *slot = value.clone();
            Ok(())
        }
        (slot, value) => Err(PipelineError::in_overlay_action(
            index,
            at,
            format!(
                "the target is {}, so the value must be {}, not {}",
                NodeKind::of(slot).article(),
                match NodeKind::of(slot) {
                    NodeKind::Object => "an object",
                    NodeKind::Array => "an array or one entry",
                    NodeKind::Primitive => "a primitive value",
                },
                NodeKind::of(value).article()
            ),
        )),
    }
}

/// Appends `entry` unless `items` already lists it. The Overlay spec concatenates arrays, but
/// an OpenAPI array listed twice (an `enum` value, a `required` name, a tag) is a defect: a
/// repeated enum value becomes a second Rust variant (`Paid2`). So an action whose values
/// upstream has since added stays harmless until `refresh` reports it redundant, and applying
/// an overlay to its own result changes nothing.
fn append_new(items: &mut Vec<Value>, entry: &Value) {
    if !items.contains(entry) {
        items.push(entry.clone());
    }
}

fn merge_objects(
    target: &mut Map<String, Value>,
    update: &Map<String, Value>,
    index: usize,
    at: &str,
) -> Result<()> {
    for (key, value) in update {
        let child_at = pointer::push(at, key);
        match target.get_mut(key) {
            None => {
                target.insert(key.clone(), value.clone());
            }
            Some(existing) => merge_property(existing, value, index, &child_at)?,
        }
    }
    Ok(())
}

/// A property both sides have: only like meets like.
fn merge_property(existing: &mut Value, value: &Value, index: usize, at: &str) -> Result<()> {
    let (have, given) = (NodeKind::of(existing), NodeKind::of(value));
    match (existing, value) {
        (Value::Object(map), Value::Object(more)) => merge_objects(map, more, index, at),
        (existing, value) if have == given => merge_into_node(existing, value, index, at),
        _ => Err(PipelineError::in_overlay_action(
            index,
            at,
            format!(
                "cannot merge {} into {}: the Overlay merge rules join only like with like",
                given.article(),
                have.article()
            ),
        )),
    }
}

/// Whether merging `update` into `target` would add nothing the target does not already
/// say: every property present (recursively), every array entry already listed, every
/// primitive equal. An action for which this holds at every node is redundant.
pub(super) fn already_has(target: &Value, update: &Value) -> bool {
    match (target, update) {
        (Value::Object(have), Value::Object(given)) => given
            .iter()
            .all(|(k, v)| have.get(k).is_some_and(|h| already_has(h, v))),
        (Value::Array(have), Value::Array(given)) => given.iter().all(|v| have.contains(v)),
        (Value::Array(have), entry) => have.contains(entry),
        (have, given) => have == given,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn merges_like_with_like_and_refuses_the_rest() {
        let mut target = json!({ "a": 1, "keep": true, "list": [1], "obj": { "x": 1 } });
        merge_into_node(
            &mut target,
            &json!({ "a": 2, "new": null, "list": [2, 3], "obj": { "y": 2 } }),
            0,
            "/t",
        )
        .unwrap();
        assert_eq!(
            target,
            json!({ "a": 2, "keep": true, "list": [1, 2, 3], "obj": { "x": 1, "y": 2 }, "new": null })
        );
        let e = merge_into_node(&mut target, &json!({ "obj": "flat" }), 3, "/t").unwrap_err();
        assert_eq!(e.overlay_action, Some(3));
        assert_eq!(e.pointer(), "/t/obj");
        assert!(
            e.message.contains("a primitive value into an object"),
            "{e}"
        );
        let mut list = json!(["a"]);
        merge_into_node(&mut list, &json!({ "b": 1 }), 0, "").unwrap();
        assert_eq!(list, json!(["a", { "b": 1 }]));
        // Entries the array already lists are not added again.
        merge_into_node(&mut list, &json!(["a", "c", { "b": 1 }]), 0, "").unwrap();
        merge_into_node(&mut list, &json!("c"), 0, "").unwrap();
        assert_eq!(list, json!(["a", { "b": 1 }, "c"]));
    }

    #[test]
    fn already_has_means_the_merge_would_add_nothing() {
        let target = json!({ "type": "string", "enum": ["A", "B"], "description": "d" });
        assert!(already_has(&target, &json!({ "enum": ["B"] })));
        assert!(already_has(&target, &json!({ "type": "string" })));
        assert!(!already_has(&target, &json!({ "enum": ["C"] })));
        assert!(!already_has(&target, &json!({ "nullable": true })));
        assert!(already_has(&json!(["A"]), &json!("A")));
    }
}
