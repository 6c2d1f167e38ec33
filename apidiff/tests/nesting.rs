//! Schemas that nest through long chains of references: the diff neither overflows its stack
//! nor passes a change it could not reach.

use revolv3_apidiff::{Level, Profile, diff};
use serde_json::{Value, json};

/// A document whose request body is `S0`, each `Sn` holding `S(n+1)` in `next`, and the last
/// one a `v` of type `leaf`.
fn chain(length: usize, leaf: &str) -> Value {
    let mut schemas = serde_json::Map::new();
    for n in 0..length {
        schemas.insert(
            format!("S{n}"),
            json!({"type": "object", "properties": {"next": {"$ref": format!("#/components/schemas/S{}", n + 1)}}}),
        );
    }
    schemas.insert(
        format!("S{length}"),
        json!({"type": "object", "properties": {"v": {"type": leaf}}}),
    );
    json!({
        "openapi": "3.0.3",
        "info": {"title": "chain", "version": "1.0.0"},
        "paths": {"/a": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}},
            "responses": {"204": {"description": "done"}}
        }}},
        "components": {"schemas": schemas}
    })
}

fn ids(base: &Value, head: &Value) -> Vec<(&'static str, Level)> {
    diff(base, head, Profile::RustClient)
        .iter()
        .map(|c| (c.rule.id(), c.level))
        .collect()
}

#[test]
fn a_change_hundreds_of_references_down_is_found() {
    let found = ids(&chain(300, "string"), &chain(300, "integer"));
    assert!(
        found.contains(&("request-property-type-changed", Level::Error)),
        "{found:?}"
    );
}

#[test]
fn a_chain_deeper_than_the_diff_compares_fails_the_gate_instead_of_passing_it() {
    let found = ids(&chain(5000, "string"), &chain(5000, "integer"));
    assert!(
        found.contains(&("schema-nesting-too-deep", Level::Error)),
        "{found:?}"
    );
    assert!(ids(&chain(5000, "string"), &chain(5000, "string")).is_empty());
}
