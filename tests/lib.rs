//! End-to-end tests for the workspace; the tests themselves live in `e2e/`, `fuzz/` and
//! `tracing.rs`, and read their fixtures from `fixtures/`. This library holds what more than
//! one test binary needs.

use std::path::PathBuf;

use serde_json::Value;

/// The token every test client sends.
pub const TOKEN: &str = "test-token-5f0c";

/// A fixture under `tests/fixtures/`, parsed as JSON.
pub fn fixture(relative: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}
