use serde_json::{Value, json};

use super::*;

fn overlay(version: &str, actions: Value) -> Overlay {
    Overlay::from_value(&json!({
        "overlay": version, "info": { "title": "t", "version": "1" }, "actions": actions
    }))
    .unwrap()
}

fn doc() -> Value {
    json!({
        "paths": { "/a": { "get": { "parameters": [
            { "name": "keep", "in": "query" },
            { "name": "dummy", "in": "query" },
            { "name": "dummy", "in": "header" }
        ], "tags": ["x"] } } },
        "components": { "schemas": {
            "Invoice": { "type": "object", "properties": { "id": { "type": "integer" } } },
            "Status": { "type": "string", "enum": ["Paid"] }
        } }
    })
}

#[test]
fn reads_yaml_overlays_and_locates_what_is_wrong_in_them() {
    let yaml = b"overlay: 1.0.0\ninfo:\n  title: fixes\n  version: '1'\nactions:\n  - target: $.info\n    update:\n      x-a: 1\n";
    let parsed = Overlay::parse(yaml).unwrap();
    assert_eq!(parsed.version(), OverlayVersion::V1_0);
    assert_eq!(parsed.actions()[0].target, "$.info");
    // What `parse` reads is what a tool editing the file reads, JSON with a BOM included.
    let json = "\u{feff}{\"overlay\": \"1.0.0\", \"actions\": []}";
    assert_eq!(
        Overlay::parse_document(json.as_bytes()).unwrap(),
        json!({ "overlay": "1.0.0", "actions": [] })
    );
    for (document, pointer, needle) in [
        (json!({ "overlay": "2.0.0" }), "/overlay", "1.0.x or 1.1.x"),
        (
            json!({ "overlay": "1.0.0", "info": { "title": "t" } }),
            "/info",
            "info.version",
        ),
        (
            json!({ "overlay": "1.0.0", "info": { "title": "t", "version": "1" }, "actions": [] }),
            "/actions",
            "at least one",
        ),
        (
            json!({ "overlay": "1.0.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "$.a", "update": {} }, { "target": "$.a[", "update": {} }
        ] }),
            "/actions/1/target",
            "RFC 9535",
        ),
        (
            json!({ "overlay": "1.0.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "$.a", "updates": {} }
        ] }),
            "/actions/0/updates",
            "not a field",
        ),
        (
            json!({ "overlay": "1.0.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "$.a", "copy": "$.b" }
        ] }),
            "/actions/0/copy",
            "not a field",
        ),
        (
            json!({ "overlay": "1.1.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "$.a" }
        ] }),
            "/actions/0",
            "changes nothing",
        ),
        (
            json!({ "overlay": "1.1.0", "info": { "title": "t", "version": "1" }, "actions": [
            { "target": "a.b", "remove": true }
        ] }),
            "/actions/0/target",
            "must start with `$`",
        ),
    ] {
        let e = Overlay::from_value(&document).unwrap_err();
        assert_eq!(e.pointer(), pointer, "{e}");
        assert!(e.message.contains(needle), "{needle}: {e}");
    }
}

#[test]
fn an_action_that_selects_nothing_is_an_error_naming_it() {
    let o = overlay(
        "1.0.0",
        json!([
            { "target": "$.info", "update": {} },
            { "target": "$.components.schemas.Gone", "update": { "x": 1 } }
        ]),
    );
    let mut d = json!({ "info": {}, "components": { "schemas": {} } });
    let e = o.apply(&mut d).unwrap_err();
    assert_eq!(e.overlay_action, Some(1));
    assert!(
        e.to_string()
            .starts_with("overlay action 1: target `$.components.schemas.Gone` selects nothing"),
        "{e}"
    );
}

#[test]
fn updates_merge_into_objects_and_append_to_arrays() {
    let o = overlay(
        "1.0.0",
        json!([
            { "target": "$.components.schemas.Invoice.properties", "update": {
                "loyaltyTier": { "type": "string", "nullable": true } } },
            { "target": "$.components.schemas.Status.enum", "update": "Refunded" },
            { "target": "$.paths['/a'].get.tags", "update": ["y", "z"] }
        ]),
    );
    let mut d = doc();
    assert_eq!(o.apply(&mut d).unwrap(), Applied::default());
    assert_eq!(
        d["components"]["schemas"]["Invoice"]["properties"]["loyaltyTier"],
        json!({ "type": "string", "nullable": true })
    );
    assert_eq!(
        d["components"]["schemas"]["Status"]["enum"],
        json!(["Paid", "Refunded"])
    );
    assert_eq!(d["paths"]["/a"]["get"]["tags"], json!(["x", "y", "z"]));
}

#[test]
fn removes_every_selected_node_even_several_entries_of_one_array() {
    let o = overlay(
        "1.0.0",
        json!([
            { "target": "$.paths['/a'].get.parameters[?@.name == 'dummy']", "remove": true },
            { "target": "$.components.schemas.Status", "remove": true }
        ]),
    );
    let mut d = doc();
    o.apply(&mut d).unwrap();
    assert_eq!(
        d["paths"]["/a"]["get"]["parameters"],
        json!([{ "name": "keep", "in": "query" }])
    );
    assert!(d.pointer("/components/schemas/Status").is_none());
    let root = overlay("1.0.0", json!([{ "target": "$", "remove": true }]));
    assert!(root.apply(&mut doc()).unwrap_err().message.contains("root"));
}

#[test]
fn copy_merges_one_source_node_into_each_target() {
    let o = overlay(
        "1.1.0",
        json!([
            { "target": "$.components.schemas", "update": { "Copy": {} } },
            { "target": "$.components.schemas.Copy", "copy": "$.components.schemas.Invoice" }
        ]),
    );
    let mut d = doc();
    o.apply(&mut d).unwrap();
    assert_eq!(
        d["components"]["schemas"]["Copy"],
        d["components"]["schemas"]["Invoice"]
    );
    let many = overlay(
        "1.1.0",
        json!([{ "target": "$.info", "copy": "$.components.schemas.*" }]),
    );
    let mut d = json!({ "info": {}, "components": { "schemas": { "A": {}, "B": {} } } });
    let e = many.apply(&mut d).unwrap_err();
    assert!(e.message.contains("selects 2 nodes"), "{e}");
}

#[test]
fn primitive_targets_are_replaced_in_1_1_and_refused_in_1_0() {
    let action = json!([{ "target": "$.components.schemas.Invoice.type", "update": "string" }]);
    let mut d = doc();
    overlay("1.1.0", action.clone()).apply(&mut d).unwrap();
    assert_eq!(d["components"]["schemas"]["Invoice"]["type"], "string");
    let e = overlay("1.0.0", action).apply(&mut doc()).unwrap_err();
    assert!(e.message.contains("Overlay 1.0"), "{e}");
    assert!(
        e.message.contains("at /components/schemas/Invoice/type"),
        "{e}"
    );
    let mixed = overlay(
        "1.1.0",
        json!([{ "target": "$.components.schemas.Status.*", "update": "x" }]),
    );
    let e = mixed.apply(&mut doc()).unwrap_err();
    assert!(e.message.contains("different kinds"), "{e}");
    for place in [
        "an array at /components/schemas/Status/enum",
        "a primitive value at /components/schemas/Status/type",
    ] {
        assert!(e.message.contains(place), "{place}: {e}");
    }
}

#[test]
fn reports_actions_whose_changes_the_document_already_has() {
    let o = overlay(
        "1.0.0",
        json!([
            { "target": "$.components.schemas.Status", "update": { "enum": ["Paid"] } },
            { "target": "$.components.schemas.Invoice.properties", "update": { "id": { "type": "integer" } } },
            { "target": "$.components.schemas.Invoice", "update": { "description": "new" } }
        ]),
    );
    let mut d = doc();
    assert_eq!(o.apply(&mut d).unwrap().redundant, [0, 1]);
    // A redundant action changes nothing: no second `Paid` (a second Rust variant).
    let mut expected = doc();
    expected["components"]["schemas"]["Invoice"]["description"] = json!("new");
    assert_eq!(d, expected);
}

#[test]
fn a_target_written_for_a_pointer_selects_exactly_that_node() {
    let d = json!({
        "paths": { "/api/Invoices/{id}": { "get": { "responses": { "200": { "description": "ok" } } } } },
        "components": { "schemas": { "It's": { "allOf": [{}, { "type": "object" }] } } }
    });
    for pointer in [
        "/paths/~1api~1Invoices~1{id}/get/responses/200",
        "/components/schemas/It's/allOf/1",
        "",
    ] {
        let target = target_for_pointer(&d, pointer).unwrap();
        let query = JsonPath::parse(&target).unwrap();
        let located: Vec<String> = query
            .query_located(&d)
            .into_iter()
            .map(|n| n.location().to_json_pointer())
            .collect();
        assert_eq!(located, [pointer], "{target}");
    }
    assert_eq!(
        target_for_pointer(&d, "/components/schemas"),
        Some("$.components.schemas".into())
    );
    assert_eq!(target_for_pointer(&d, "/nothing"), None);
}

#[test]
fn a_unicode_escape_cut_short_is_refused_not_a_panic() {
    // Found by fuzzing: serde_json_path panics (`unreachable!`) on these instead of erring.
    for target in [
        r"$['\u",
        r"$['\uD",
        r"$['\uD800\uDC",
        r"$['a\u12']",
        r"$['\u00g1']",
    ] {
        let e = Overlay::from_value(&json!({
            "overlay": "1.0.0", "info": { "title": "t", "version": "1" },
            "actions": [{ "target": target, "remove": true }]
        }))
        .unwrap_err();
        assert_eq!(e.pointer(), "/actions/0/target", "{target}");
        assert!(e.message.contains("four hex digits"), "{target}: {e}");
    }
    // A whole escape, and an escaped backslash before a `u`, are still queries.
    for target in [r"$['\u00e4']", r"$['a\\u']", r"$['\uD83D\uDE00']"] {
        let parsed = Overlay::from_value(&json!({
            "overlay": "1.0.0", "info": { "title": "t", "version": "1" },
            "actions": [{ "target": target, "remove": true }]
        }));
        assert!(parsed.is_ok(), "{target}: {parsed:?}");
    }
}
