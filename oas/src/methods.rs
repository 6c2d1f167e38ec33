//! Which keys of a path item are operations.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_fixed_field_methods_are_methods() {
        assert!(METHODS.iter().all(|m| is_method(m)));
        assert!(is_method("query") && !is_method("parameters") && !is_method("GET"));
        assert!(!is_method(ADDITIONAL_OPERATIONS));
    }
}
