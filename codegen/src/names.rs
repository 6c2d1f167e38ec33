//! Stable Rust method names for operations.
//!
//! Upstream has no `operationId`s (progenitor rejects such operations), so names are derived from
//! each operation's `summary`. Derived names are then pinned in a checked-in names file keyed by
//! `METHOD /path`: an upstream edit of a summary must never rename a public method, so a pinned
//! name always wins, and only operations missing from the file get a derived name.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToSnakeCase;
use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::operations::{OperationKey, operations};

/// The checked-in names file: `METHOD /path` to Rust method name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameTable(pub BTreeMap<OperationKey, String>);

impl NameTable {
    /// Parses the names file (a JSON object of `"METHOD /path": "name"`).
    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        let raw: BTreeMap<String, String> = serde_json::from_slice(bytes).map_err(|e| {
            PipelineError::at(
                "",
                format!("names file is not a JSON object of strings: {e}"),
            )
        })?;
        let mut table = BTreeMap::new();
        for (key, name) in raw {
            let pointer = crate::pointer::join("", [key.as_str()]);
            let op = OperationKey::parse(&key).ok_or_else(|| {
                PipelineError::at(
                    &pointer,
                    format!("`{key}` is not of the form `METHOD /path`"),
                )
            })?;
            if !is_valid_method_name(&name) {
                return Err(PipelineError::at(
                    pointer,
                    format!("`{name}` is not a snake_case Rust identifier"),
                ));
            }
            table.insert(op, name);
        }
        Ok(Self(table))
    }

    /// The file's canonical bytes: sorted keys, two-space indent, trailing newline.
    pub fn to_json(&self) -> String {
        let map: serde_json::Map<String, Value> = self
            .0
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.clone())))
            .collect();
        let mut out = serde_json::to_string_pretty(&Value::Object(map))
            .expect("a map of strings always serializes");
        out.push('\n');
        out
    }
}

/// The names to use for one spec, and how they relate to the pinned table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameResolution {
    /// A name for every operation in the spec (pinned ones plus derived ones).
    pub names: NameTable,
    /// Operations in the spec that the pinned table lacks; they got derived names.
    pub added: Vec<(OperationKey, String)>,
    /// Pinned operations that are no longer in the spec.
    pub removed: Vec<(OperationKey, String)>,
}

impl NameResolution {
    /// The pinned table updated for this spec: new operations added, none renamed. Entries of
    /// removed operations are kept out, so the file always matches the spec.
    pub fn updated_table(&self) -> NameTable {
        self.names.clone()
    }
}

/// Resolves a name for each operation of `doc`: the pinned one when present, otherwise one
/// derived from the summary (or upstream's own `operationId`), falling back to method and path
/// when the derived name is taken.
pub fn resolve_names(doc: &Value, pinned: &NameTable) -> Result<NameResolution> {
    let ops = operations(doc);
    let in_spec: BTreeSet<&OperationKey> = ops.iter().map(|(k, _)| k).collect();

    let mut names = BTreeMap::new();
    let mut taken: BTreeMap<String, OperationKey> = BTreeMap::new();
    for (key, name) in &pinned.0 {
        if in_spec.contains(key) {
            if let Some(other) = taken.insert(name.clone(), key.clone()) {
                return Err(PipelineError::at(
                    crate::pointer::join("", [key.to_string().as_str()]),
                    format!("names file gives `{name}` to both `{other}` and `{key}`"),
                ));
            }
            names.insert(key.clone(), name.clone());
        }
    }

    // Derived names that more than one new operation wants are ambiguous for all of them.
    let new_ops: Vec<_> = ops.iter().filter(|(k, _)| !names.contains_key(k)).collect();
    let mut wanted: BTreeMap<String, usize> = BTreeMap::new();
    let derived: Vec<(OperationKey, Option<String>)> = new_ops
        .iter()
        .map(|(key, op)| {
            let name = preferred_name(op);
            if let Some(n) = &name {
                *wanted.entry(n.clone()).or_default() += 1;
            }
            (key.clone(), name)
        })
        .collect();

    let mut added = Vec::new();
    for (key, name) in derived {
        let name = match name {
            Some(n) if wanted[&n] == 1 && !taken.contains_key(&n) => n,
            _ => method_path_name(&key),
        };
        if let Some(other) = taken.get(&name) {
            return Err(PipelineError::in_operation(
                &key,
                key.pointer(),
                format!("cannot find a unique method name: `{name}` is already used by `{other}`"),
            ));
        }
        taken.insert(name.clone(), key.clone());
        names.insert(key.clone(), name.clone());
        added.push((key, name));
    }

    let removed = pinned
        .0
        .iter()
        .filter(|(k, _)| !in_spec.contains(k))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();

    Ok(NameResolution {
        names: NameTable(names),
        added,
        removed,
    })
}

/// Upstream's own `operationId` when it has one (it is the most stable thing upstream offers),
/// otherwise the summary.
fn preferred_name(op: &serde_json::Map<String, Value>) -> Option<String> {
    ["operationId", "summary"]
        .iter()
        .filter_map(|field| op.get(*field).and_then(Value::as_str))
        .map(|text| text.to_snake_case())
        .find(|n| !n.is_empty())
        .map(|n| make_identifier(&n))
}

/// `delete /api/Customers/{customerId}` becomes `delete_api_customers_customer_id`.
pub fn method_path_name(key: &OperationKey) -> String {
    make_identifier(&format!("{} {}", key.method, key.path).to_snake_case())
}

const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true", "type", "unsafe",
    "use", "where", "while", "abstract", "become", "box", "do", "final", "macro", "override",
    "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Makes snake case text a usable method name: non-ASCII letters are dropped (progenitor's
/// identifiers are ASCII), a leading digit gets an `op_` prefix, and keywords get a `_` suffix.
fn make_identifier(snake: &str) -> String {
    let ascii: String = snake
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let trimmed = ascii.trim_matches('_');
    let mut name = if trimmed.is_empty() {
        "operation".to_owned()
    } else {
        trimmed.to_owned()
    };
    while name.contains("__") {
        name = name.replace("__", "_");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "op_");
    }
    if RUST_KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Whether `name` is what `make_identifier` produces from snake case text.
pub fn is_valid_method_name(name: &str) -> bool {
    !name.chars().any(|c| c.is_ascii_uppercase()) && make_identifier(name) == name
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(ops: Value) -> Value {
        json!({ "openapi": "3.0.4", "paths": ops })
    }

    #[test]
    fn identifiers_avoid_keywords_digits_and_non_ascii() {
        assert_eq!(make_identifier("type"), "type_");
        assert_eq!(make_identifier("3d_secure"), "op_3d_secure");
        assert_eq!(make_identifier("créer_client"), "crer_client");
        assert_eq!(make_identifier("ü"), "operation");
        assert!(is_valid_method_name("type_"));
        assert!(is_valid_method_name("delete_customer"));
        assert!(!is_valid_method_name("DeleteCustomer"));
        assert!(!is_valid_method_name("type"));
        assert!(!is_valid_method_name("1x"));
    }

    #[test]
    fn derives_names_from_summary_or_operation_id() {
        let doc = spec(json!({
            "/api/Customers/{customerId}": { "delete": { "summary": "Delete Customer" } },
            "/api/Authentication/token": { "post": { "operationId": "GetToken", "summary": "Get Merchant Access Token" } }
        }));
        let r = resolve_names(&doc, &NameTable::default()).unwrap();
        let names: Vec<_> = r.names.0.values().cloned().collect();
        assert_eq!(names, ["delete_customer", "get_token"]);
        assert_eq!(r.added.len(), 2);
        assert!(r.removed.is_empty());
    }

    #[test]
    fn clashing_summaries_fall_back_to_method_and_path() {
        let doc = spec(json!({
            "/a": { "get": { "summary": "List" } },
            "/b": { "get": { "summary": "List" } },
            "/c": { "get": {} }
        }));
        let r = resolve_names(&doc, &NameTable::default()).unwrap();
        let names: Vec<_> = r.names.0.values().cloned().collect();
        assert_eq!(names, ["get_a", "get_b", "get_c"]);
    }

    #[test]
    fn pinned_names_survive_a_summary_edit_and_new_operations_are_reported() {
        let pinned =
            NameTable::from_json(br#"{"DELETE /c/{id}": "delete_customer", "GET /gone": "old"}"#)
                .unwrap();
        let doc = spec(json!({
            "/c/{id}": { "delete": { "summary": "Remove A Customer" } },
            "/c": { "post": { "summary": "Delete Customer" } }
        }));
        let r = resolve_names(&doc, &pinned).unwrap();
        assert_eq!(
            r.names.0[&OperationKey::new("delete", "/c/{id}")],
            "delete_customer"
        );
        // The new operation's derived name is taken by a pinned one, so it falls back.
        assert_eq!(
            r.added,
            vec![(OperationKey::new("post", "/c"), "post_c".to_owned())]
        );
        assert_eq!(
            r.removed,
            vec![(OperationKey::new("get", "/gone"), "old".to_owned())]
        );
        assert!(
            !r.updated_table()
                .0
                .contains_key(&OperationKey::new("get", "/gone"))
        );
    }

    #[test]
    fn names_file_round_trips_and_rejects_bad_entries() {
        let table =
            NameTable::from_json(br#"{"GET /a": "get_a", "DELETE /b": "delete_b"}"#).unwrap();
        assert_eq!(
            NameTable::from_json(table.to_json().as_bytes()).unwrap(),
            table
        );
        let err = NameTable::from_json(br#"{"GET a": "x"}"#).unwrap_err();
        assert!(err.message.contains("METHOD /path"), "{err}");
        let err = NameTable::from_json(br#"{"GET /a": "Not Snake"}"#).unwrap_err();
        assert_eq!(err.pointer(), "/GET ~1a");
        assert!(NameTable::from_json(b"[1]").is_err());
    }

    #[test]
    fn duplicate_pinned_names_are_an_error() {
        let pinned = NameTable::from_json(br#"{"GET /a": "same", "GET /b": "same"}"#).unwrap();
        let doc = spec(json!({ "/a": { "get": {} }, "/b": { "get": {} } }));
        let err = resolve_names(&doc, &pinned).unwrap_err();
        assert!(err.message.contains("both"), "{err}");
    }
}
