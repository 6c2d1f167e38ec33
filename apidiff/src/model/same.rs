//! Whether two JSON values are the same, `$ref`s compared by name and by what they reach.
//! This is how the diff skips the (usually large) unchanged part of two versions without
//! building anything.

use std::collections::HashMap;

use serde_json::Value;

use super::address_map::{AddressMap, address};
use super::schema_diff::MAX_NESTING;
use super::values::json_eq;

/// Memo of references already compared, by the reference (`#/components/schemas/Pet` names
/// the same target every time, so a repeated reference costs one lookup) and by the pair of
/// targets reached. A pair being compared when it is reached again (a recursive schema) is
/// assumed the same; those assumptions are only remembered once the outermost comparison has
/// found no difference, so a wrong assumption is never kept. A memo serves the one pair of
/// documents it is made for: what it knows about a reference holds only there.
#[derive(Debug)]
pub struct Sameness<'a> {
    base_doc: &'a Value,
    head_doc: &'a Value,
    known_references: HashMap<&'a str, bool>,
    known: AddressMap<(usize, usize), bool>,
    open: Vec<(usize, usize)>,
    assumed: Vec<((usize, usize), &'a str)>,
    /// How many times an open pair was assumed the same: a comparison during which this did
    /// not grow relied on no assumption, so its answer is final.
    assumptions: usize,
    depth: usize,
    /// Whether references nested past [`MAX_NESTING`] were compared as written.
    gave_up: bool,
}

impl<'a> Sameness<'a> {
    /// A memo for values of `base_doc` and `head_doc`.
    pub fn new(base_doc: &'a Value, head_doc: &'a Value) -> Self {
        Self {
            base_doc,
            head_doc,
            known_references: HashMap::new(),
            known: AddressMap::default(),
            open: Vec::new(),
            assumed: Vec::new(),
            assumptions: 0,
            depth: 0,
            gave_up: false,
        }
    }

    /// Whether `base` (in the base document) and `head` (in the head document) are the same.
    pub fn same(&mut self, base: &'a Value, head: &'a Value) -> bool {
        self.depth += 1;
        let same = self.compare(base, head);
        self.depth -= 1;
        if self.depth == 0 {
            if same {
                for (pair, reference) in self.assumed.drain(..) {
                    self.known.insert(pair, true);
                    self.known_references.insert(reference, true);
                }
            }
            self.assumed.clear();
        }
        same
    }

    /// Whether some comparison went deeper than [`MAX_NESTING`] references and stopped.
    pub fn gave_up(&self) -> bool {
        self.gave_up
    }

    fn compare(&mut self, base: &'a Value, head: &'a Value) -> bool {
        match (base, head) {
            // Keys are sorted, so equal maps line up; a `$ref` must also reach the same thing.
            (Value::Object(b), Value::Object(h)) => {
                b.len() == h.len()
                    && b.iter().zip(h).all(|((kb, vb), (kh, vh))| {
                        kb == kh
                            && self.compare(vb, vh)
                            && (kb != "$ref" || self.targets(base, head, vb))
                    })
            }
            (Value::Array(b), Value::Array(h)) => {
                b.len() == h.len() && b.iter().zip(h).all(|(vb, vh)| self.compare(vb, vh))
            }
            _ => json_eq(base, head),
        }
    }

    /// Whether the references `base` and `head` (both `reference`, as written) reach the same.
    fn targets(&mut self, base: &'a Value, head: &'a Value, reference: &'a Value) -> bool {
        let Some(reference) = reference.as_str() else {
            return true;
        };
        if let Some(&known) = self.known_references.get(reference) {
            return known;
        }
        let tb = revolv3_oas::resolve_value(self.base_doc, base);
        let th = revolv3_oas::resolve_value(self.head_doc, head);
        let pair = (address(tb), address(th));
        if let Some(&known) = self.known.get(&pair) {
            return known;
        }
        if self.open.contains(&pair) {
            self.assumptions += 1;
            return true;
        }
        if self.open.len() >= MAX_NESTING {
            // As deep as the schema comparison goes: the references are compared as written.
            self.gave_up = true;
            return base == head;
        }
        if tb.get("$ref").is_some() || th.get("$ref").is_some() {
            // A reference that does not resolve: same only as written.
            return base == head;
        }
        self.open.push(pair);
        let assumptions = self.assumptions;
        let same = self.compare(tb, th);
        self.open.pop();
        if same && self.assumptions > assumptions {
            self.assumed.push((pair, reference));
        } else {
            self.known.insert(pair, same);
            self.known_references.insert(reference, same);
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
        assert!(Sameness::new(&base, &same).same(&base["a"], &same["a"]));
        assert!(!Sameness::new(&base, &other).same(&base["a"], &other["a"]));
        let mut twice = Sameness::new(&base, &other);
        assert!(!twice.same(&base["b"], &other["b"]));
        assert!(
            !twice.same(&base["a"], &other["a"]),
            "remembered by reference"
        );
        assert!(
            !Sameness::new(&base, &base).same(&base["a"], &base["b"]),
            "a reference is not its target"
        );
    }
}
