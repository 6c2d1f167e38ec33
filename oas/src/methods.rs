//! Which keys of a path item are operations.

use serde_json::Value;

/// The HTTP methods a path item holds as fixed fields, in the order OpenAPI lists them (and
/// progenitor walks them). `query` is a fixed field from OpenAPI 3.2; earlier versions have
/// the first eight. Other methods live under 3.2's [`ADDITIONAL_OPERATIONS`].
pub const METHODS: [&str; 9] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
];

/// OpenAPI 3.2's map of operations whose methods have no fixed field (`COPY`, `LINK`, ...).
pub const ADDITIONAL_OPERATIONS: &str = "additionalOperations";

/// Whether `key` (a path-item key) names one of the fixed-field [`METHODS`].
pub fn is_method(key: &str) -> bool {
    METHODS.contains(&key)
}

/// The operations of a path item: `(method, operation)` for each fixed-field method present,
/// in [`METHODS`] order. A value under a method key that is not an object is still yielded,
/// so that validation can name it.
pub fn operations_of(item: &Value) -> PathItemOperations<'_> {
    PathItemOperations { item, next: 0 }
}

/// Iterator returned by [`operations_of`].
pub struct PathItemOperations<'a> {
    item: &'a Value,
    next: usize,
}

impl<'a> Iterator for PathItemOperations<'a> {
    type Item = (&'static str, &'a Value);

    fn next(&mut self) -> Option<Self::Item> {
        while let Some(method) = METHODS.get(self.next) {
            self.next += 1;
            if let Some(op) = self.item.get(method) {
                return Some((method, op));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn yields_only_method_keys_in_method_order() {
        let item = json!({
            "post": { "n": 1 }, "parameters": [], "get": { "n": 2 }, "summary": "s",
            "query": { "n": 3 }, "x-get": {}
        });
        let found: Vec<&str> = operations_of(&item).map(|(m, _)| m).collect();
        assert_eq!(found, ["get", "post", "query"]);
        assert!(is_method("trace") && !is_method("parameters") && !is_method("GET"));
    }
}
