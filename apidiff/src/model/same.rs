//! Whether two JSON values are the same, `$ref`s compared by name and by what they reach.
//! This is how the diff skips the (usually large) unchanged part of two versions without
//! building anything.

use std::collections::HashMap;

use serde_json::Value;

use super::values::json_eq;

fn address(value: &Value) -> usize {
    std::ptr::from_ref(value) as usize
}

/// Memo of reference targets already compared. A pair being compared when it is reached again
/// (a recursive schema) is assumed the same; those assumptions are only remembered once the
/// outermost comparison has found no difference, so a wrong assumption is never kept.
#[derive(Debug, Default)]
pub struct Sameness {
    known: HashMap<(usize, usize), bool>,
    open: Vec<(usize, usize)>,
    assumed: Vec<(usize, usize)>,
    depth: usize,
}

impl Sameness {
    /// Whether `base` (in `base_doc`) and `head` (in `head_doc`) are the same.
    pub fn same(&mut self, base_doc: &Value, head_doc: &Value, base: &Value, head: &Value) -> bool {
        self.depth += 1;
        let same = self.compare(base_doc, head_doc, base, head);
        self.depth -= 1;
        if self.depth == 0 {
            if same {
                for pair in self.assumed.drain(..) {
                    self.known.insert(pair, true);
                }
            }
            self.assumed.clear();
        }
        same
    }

    fn compare(&mut self, base_doc: &Value, head_doc: &Value, base: &Value, head: &Value) -> bool {
        match (base, head) {
            // Keys are sorted, so equal maps line up; a `$ref` must also reach the same thing.
            (Value::Object(b), Value::Object(h)) => {
                b.len() == h.len()
                    && b.iter().zip(h).all(|((kb, vb), (kh, vh))| {
                        kb == kh
                            && self.compare(base_doc, head_doc, vb, vh)
                            && (kb != "$ref"
                                || !vb.is_string()
                                || self.targets(base_doc, head_doc, base, head))
                    })
            }
            (Value::Array(b), Value::Array(h)) => {
                b.len() == h.len()
                    && b.iter()
                        .zip(h)
                        .all(|(vb, vh)| self.compare(base_doc, head_doc, vb, vh))
            }
            _ => json_eq(base, head),
        }
    }

    fn targets(&mut self, base_doc: &Value, head_doc: &Value, base: &Value, head: &Value) -> bool {
        let tb = revolv3_oas::resolve_value(base_doc, base);
        let th = revolv3_oas::resolve_value(head_doc, head);
        let pair = (address(tb), address(th));
        if let Some(&known) = self.known.get(&pair) {
            return known;
        }
        if self.open.contains(&pair) {
            self.assumed.push(pair);
            return true;
        }
        if tb.get("$ref").is_some() || th.get("$ref").is_some() {
            // A reference that does not resolve: same only as written.
            return base == head;
        }
        self.open.push(pair);
        let same = self.compare(base_doc, head_doc, tb, th);
        self.open.pop();
        if same {
            self.assumed.push(pair);
        } else {
            self.known.insert(pair, false);
        }
        same
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn compares_through_references_and_cycles() {
        let base = json!({"a": {"$ref": "#/b"}, "b": {"x": {"$ref": "#/b"}, "n": 1}});
        let same = json!({"a": {"$ref": "#/b"}, "b": {"x": {"$ref": "#/b"}, "n": 1.0}});
        let other = json!({"a": {"$ref": "#/b"}, "b": {"x": {"$ref": "#/b"}, "n": 2}});
        let mut s = Sameness::default();
        assert!(s.same(&base, &same, &base["a"], &same["a"]));
        assert!(!s.same(&base, &other, &base["a"], &other["a"]));
        assert!(
            !s.same(&base, &base, &base["a"], &base["b"]),
            "a reference is not its target"
        );
    }
}
