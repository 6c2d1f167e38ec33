//! Small value-level diffs shared by the model.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use serde_json::{Map, Value};

/// `{}`, for objects that are absent.
pub fn empty_map<'a>() -> &'a Map<String, Value> {
    static EMPTY: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);
    &EMPTY
}

/// A value that changed: `from` in the base, `to` in the head.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Delta<T> {
    /// The base's value.
    pub from: T,
    /// The head's value.
    pub to: T,
}

impl<T: PartialEq> Delta<T> {
    /// `Some` when the two differ.
    pub fn of(from: T, to: T) -> Option<Self> {
        (from != to).then_some(Delta { from, to })
    }
}

/// `Some` when two optional JSON values differ (numbers compared by value).
pub fn value_delta<'a>(
    from: Option<&'a Value>,
    to: Option<&'a Value>,
) -> Option<Delta<Option<&'a Value>>> {
    differs(from, to).then_some(Delta { from, to })
}

/// Whether two optional JSON values differ: one is absent, or both are present and not
/// [`json_eq`].
pub fn differs(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => !json_eq(a, b),
        (None, None) => false,
        _ => true,
    }
}

/// The boolean `key` of an OpenAPI object (`required`, `deprecated`, ...): false when absent
/// or not a boolean.
pub fn flag(object: &Map<String, Value>, key: &str) -> bool {
    object.get(key).and_then(Value::as_bool).unwrap_or(false)
}

/// JSON equality with numbers compared as numbers (`1` equals `1.0`), as a decoder into
/// `float64` sees them.
pub fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// Two sets of strings compared: what the head added and the base had that the head lost.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StringsDiff<'a> {
    /// In the head only, in the head's order.
    pub added: Vec<&'a str>,
    /// In the base only, in the base's order.
    pub deleted: Vec<&'a str>,
}

impl<'a> StringsDiff<'a> {
    /// `Some` when the sets differ (order and repetition do not count).
    pub fn of(base: &[&'a str], head: &[&'a str]) -> Option<Self> {
        let added = unique(head.iter().filter(|s| !base.contains(s)).copied());
        let deleted = unique(base.iter().filter(|s| !head.contains(s)).copied());
        (!added.is_empty() || !deleted.is_empty()).then_some(StringsDiff { added, deleted })
    }
}

fn unique<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = BTreeSet::new();
    items.filter(|s| seen.insert(*s)).collect()
}

/// The keys of two maps compared: added, deleted, and present in both with a different value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeysDiff<'a> {
    /// Keys in the head only.
    pub added: Vec<&'a str>,
    /// Keys in the base only.
    pub deleted: Vec<&'a str>,
    /// Keys in both whose values differ.
    pub modified: Vec<&'a str>,
}

impl<'a> KeysDiff<'a> {
    /// `Some` when the entries differ.
    pub fn of<I, J>(base: I, head: J) -> Option<Self>
    where
        I: Iterator<Item = (&'a String, &'a Value)> + Clone,
        J: Iterator<Item = (&'a String, &'a Value)> + Clone,
    {
        let find = |entries: &J, key: &str| {
            entries
                .clone()
                .find(|(k, _)| k.as_str() == key)
                .map(|(_, v)| v)
        };
        let mut diff = KeysDiff::default();
        for (key, value) in base.clone() {
            match find(&head, key) {
                None => diff.deleted.push(key.as_str()),
                Some(other) if !json_eq(value, other) => diff.modified.push(key.as_str()),
                Some(_) => {}
            }
        }
        for (key, _) in head {
            if !base.clone().any(|(k, _)| k == key) {
                diff.added.push(key.as_str());
            }
        }
        (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
            .then_some(diff)
    }

    /// Whether `key` was modified.
    pub fn modified(&self, key: &str) -> bool {
        self.modified.contains(&key)
    }

    /// Whether `key` was deleted.
    pub fn deleted(&self, key: &str) -> bool {
        self.deleted.contains(&key)
    }
}

/// The `x-...` entries of an OpenAPI object (not a schema: there, see `Schema::extensions`).
pub fn x_entries(map: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> + Clone {
    map.iter().filter(|(k, _)| k.starts_with("x-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compares_sets_numbers_and_keys() {
        assert_eq!(StringsDiff::of(&["a", "b", "b"], &["b", "a"]), None);
        let d = StringsDiff::of(&["a", "b"], &["b", "c"]).unwrap();
        assert_eq!((d.added, d.deleted), (vec!["c"], vec!["a"]));
        assert!(json_eq(&json!({"a": [1]}), &json!({"a": [1.0]})));
        let (b, h) = (
            json!({"x-a": 1, "x-b": 2, "y": 0}),
            json!({"x-b": 3, "x-c": 1}),
        );
        let d = KeysDiff::of(
            x_entries(b.as_object().unwrap()),
            x_entries(h.as_object().unwrap()),
        )
        .unwrap();
        assert_eq!(
            (d.added, d.deleted, d.modified),
            (vec!["x-c"], vec!["x-a"], vec!["x-b"])
        );
    }
}
