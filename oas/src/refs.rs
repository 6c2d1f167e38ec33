//! Following `$ref`s inside one document: the one follower both libraries use.

use serde_json::Value;

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
    let fragment = reference.strip_prefix('#')?;
    if !fragment.contains('%') {
        return Some(fragment.to_owned());
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
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// The `$ref` string of `value`, if it has one.
pub fn reference_of(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// Follows `value`'s local `$ref`s through `doc`. `at` is `value`'s own pointer. Stops at the
/// first value without a `$ref`, or at a reference that is external, dangling, or leads back
/// to a value already passed (reported in [`Resolved::stopped`]).
pub fn resolve<'a>(doc: &'a Value, value: &'a Value, at: &str) -> Resolved<'a> {
    let mut current = Resolved {
        value,
        pointer: at.to_owned(),
        stopped: None,
    };
    let mut passed: Vec<String> = Vec::new();
    while let Some(reference) = reference_of(current.value) {
        let Some(target) = local_target(reference) else {
            current.stopped = Some(Stop::External);
            break;
        };
        let Some(next) = doc.pointer(&target) else {
            current.stopped = Some(Stop::Dangling);
            break;
        };
        if passed.contains(&target) || target == at {
            current.stopped = Some(Stop::Cycle);
            break;
        }
        passed.push(target.clone());
        current.value = next;
        current.pointer = target;
    }
    current
}

/// The value [`resolve`] reaches, for callers that need no pointer.
pub fn resolve_value<'a>(doc: &'a Value, value: &'a Value) -> &'a Value {
    resolve(doc, value, "").value
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
