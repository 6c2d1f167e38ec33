//! Following `$ref`s inside one document: the one follower both libraries use.

use std::borrow::Cow;

use serde_json::Value;

use crate::keys::Keys;
use crate::pointer;

/// What a chain of `$ref`s leads to.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved<'a> {
    /// The value reached: the first one on the chain that is not a followable `$ref`.
    pub value: &'a Value,
    /// JSON pointer to `value` (the starting pointer when `value` was not a reference).
    pub pointer: String,
    /// Why following stopped before a value without `$ref`, if it did.
    pub stopped: Option<Stop>,
}

/// Why [`resolve`] stopped on a value that still has a `$ref`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The reference points outside this document (`other.yaml#/X`).
    External,
    /// The reference points at nothing in this document.
    Dangling,
    /// The chain came back to a value it had already passed.
    Cycle,
}

/// The JSON pointer a local reference (`#/components/schemas/A`) names, with the URI
/// fragment's percent-encoding decoded; `None` for an external reference.
pub fn local_target(reference: &str) -> Option<String> {
    fragment(reference).map(Cow::into_owned)
}

/// [`local_target`], borrowing from `reference` unless there is something to decode.
fn fragment(reference: &str) -> Option<Cow<'_, str>> {
    let fragment = reference.strip_prefix('#')?;
    if !fragment.contains('%') {
        return Some(Cow::Borrowed(fragment));
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    Some(Cow::Owned(String::from_utf8_lossy(&out).into_owned()))
}

/// The `$ref` string of `value`, if it has one.
pub fn reference_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// The targets (JSON pointers) of the local `$ref`s anywhere inside `value` (whose keys read
/// as keywords: a schema, a list of parameters, a request body), data aside (see [`Keys`]);
/// external references are not included.
pub fn local_references(value: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut pending = vec![(value, Keys::Keywords)];
    while let Some((v, keys)) = pending.pop() {
        match v {
            Value::Object(map) => {
                if keys == Keys::Keywords
                    && let Some(target) = reference_of(v).and_then(local_target)
                {
                    out.push(target);
                }
                pending.extend(
                    map.iter()
                        .filter_map(|(k, child)| Some((child, keys.child(k)?))),
                );
            }
            Value::Array(items) => pending.extend(items.iter().map(|i| (i, Keys::Keywords))),
            _ => {}
        }
    }
    out
}

/// Follows `value`'s local `$ref`s through `doc`. `at` is `value`'s own pointer. Stops at the
/// first value without a `$ref`, or at a reference that is external, dangling, or leads back
/// to a value already passed (reported in [`Resolved::stopped`]).
pub fn resolve<'a>(doc: &'a Value, value: &'a Value, at: &str) -> Resolved<'a> {
    let (value, target, stopped) = follow(doc, value, at);
    Resolved {
        value,
        pointer: target.map_or_else(|| at.to_owned(), Cow::into_owned),
        stopped,
    }
}

/// The value [`resolve`] reaches, for callers that need no pointer.
pub fn resolve_value<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    follow(doc, value, "").0
}

/// The walk behind [`resolve`]: the value reached, the pointer of the last target followed
/// (`None` when `value` was no reference), and why it stopped early. Borrows rather than
/// allocates wherever it can: most references are followed in one hop.
fn follow<'a>(
    doc: &'a Value,
    value: &'a Value,
    at: &str,
) -> (&'a Value, Option<Cow<'a, str>>, Option<Stop>) {
    let mut current = value;
    let mut last: Option<Cow<'a, str>> = None;
    let mut passed: Vec<Cow<'a, str>> = Vec::new();
    while let Some(reference) = reference_of(current) {
        let Some(target) = fragment(reference) else {
            return (current, last, Some(Stop::External));
        };
        let Some(next) = pointer::get(doc, &target) else {
            return (current, last, Some(Stop::Dangling));
        };
        if target == at || last.as_ref() == Some(&target) || passed.contains(&target) {
            return (current, last, Some(Stop::Cycle));
        }
        if let Some(previous) = last.replace(target) {
            passed.push(previous);
        }
        current = next;
    }
    (current, last, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn references_inside_data_are_data() {
        let value = json!({
            "allOf": [{ "$ref": "#/components/schemas/A" }, { "$ref": "other.yaml#/B" }],
            "properties": {
                "c": { "items": { "$ref": "#/components/schemas/C%20D" } },
                "default": { "$ref": "#/components/schemas/E" }
            },
            "example": { "$ref": "#/components/schemas/NotMe" },
            "default": { "$ref": "#/no" }, "enum": [{ "$ref": "#/no" }], "const": { "$ref": "#/no" },
            "x-links": { "$ref": "#/no" }
        });
        let mut found = local_references(&value);
        found.sort();
        assert_eq!(
            found,
            [
                "/components/schemas/A",
                "/components/schemas/C D",
                "/components/schemas/E"
            ]
        );
    }

    #[test]
    fn follows_chains_and_reports_where_it_stopped() {
        let doc = json!({
            "a": { "$ref": "#/b" }, "b": { "$ref": "#/c%7Bx%7D" }, "c{x}": { "type": "string" },
            "loop1": { "$ref": "#/loop2" }, "loop2": { "$ref": "#/loop1" },
            "ext": { "$ref": "other.yaml#/X" }, "gone": { "$ref": "#/nothing" }
        });
        let r = resolve(&doc, &doc["a"], "/a");
        assert_eq!(
            (r.value, r.pointer.as_str(), r.stopped),
            (&json!({ "type": "string" }), "/c{x}", None)
        );
        let plain = json!({ "type": "integer" });
        assert_eq!(resolve(&doc, &plain, "/p").pointer, "/p");
        assert_eq!(
            resolve(&doc, &doc["loop1"], "/loop1").stopped,
            Some(Stop::Cycle)
        );
        assert_eq!(
            resolve(&doc, &doc["ext"], "/ext").stopped,
            Some(Stop::External)
        );
        let gone = resolve(&doc, &doc["gone"], "/gone");
        assert_eq!(
            (gone.stopped, gone.pointer.as_str()),
            (Some(Stop::Dangling), "/gone")
        );
        assert_eq!(local_target("#/a~1b"), Some("/a~1b".to_owned()));
        assert_eq!(local_target("x.json#/a"), None);
    }
}
