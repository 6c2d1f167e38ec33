//! `openapi/overlay.yaml` through `generate`, `check`, `refresh`, `try-spec` and `diff`: the
//! snapshot is generated with it, upstream's bytes stay upstream's, and an action that selects
//! nothing stops every command with the action named and every file untouched.

use serde_json::{Value, json};

mod common;

use common::*;

const OVERLAY: &str = "openapi/overlay.yaml";
const FIXTURES: &str = "tests/fixtures/overlay";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(repo().join(FIXTURES).join(name)).unwrap()
}

fn sha256(bytes: &[u8]) -> String {
    revolv3_codegen::sha256_hex(bytes)
}

#[test]
fn an_added_property_is_generated_checked_and_leaves_upstream_untouched() {
    let tree = Tree::new();
    let spec_before = tree.read(SPEC);
    let lock_before = tree.json(LOCK);
    tree.write(OVERLAY, fixture("add-property.yaml"));

    tree.xtask(&["generate"]).expect_code(0);
    let run = tree.xtask(&["check"]);
    run.expect_code(0);
    assert!(
        run.stdout()
            .contains("with openapi/overlay.yaml (1 actions)"),
        "{}",
        run.stdout()
    );

    assert_eq!(
        tree.read(SPEC),
        spec_before,
        "upstream's bytes are untouched"
    );
    let lock = tree.json(LOCK);
    assert_eq!(lock["sha256"], lock_before["sha256"]);
    assert_eq!(lock["sha256"], sha256(&spec_before));
    assert_eq!(
        lock["overlay_sha256"],
        sha256(&fixture("add-property.yaml"))
    );
    let normalized = tree.json(SNAPSHOT[0]);
    assert_eq!(
        normalized["components"]["schemas"]["Invoice"]["properties"]["loyaltyTier"]["type"],
        "string"
    );
    let client = String::from_utf8(tree.read(SNAPSHOT[1])).unwrap();
    assert!(
        client.contains("pub loyalty_tier:"),
        "the client has the field"
    );
    let drift = String::from_utf8(tree.read(SNAPSHOT[3])).unwrap();
    assert!(
        drift.contains("\"loyaltyTier\""),
        "the drift table has the field"
    );

    // Changing the overlay without generating is drift, as changing the spec is.
    let mut edited = fixture("add-property.yaml");
    edited.extend_from_slice(b"# a comment\n");
    tree.write(OVERLAY, edited);
    let run = tree.xtask(&["check"]);
    run.expect_code(1);
    assert!(
        run.stderr().contains("openapi/overlay.yaml has sha256"),
        "{}",
        run.stderr()
    );
    // Deleting it is too.
    std::fs::remove_file(tree.path(OVERLAY)).unwrap();
    let run = tree.xtask(&["check"]);
    run.expect_code(1);
    assert!(
        run.stderr().contains("records an overlay"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_action_that_selects_nothing_stops_check_and_generate_naming_it() {
    let tree = Tree::new();
    tree.write(OVERLAY, fixture("selects-nothing.yaml"));
    let before = tree.snapshot_of(&[SPEC, LOCK, NAMES, SNAPSHOT[0], SNAPSHOT[1], SNAPSHOT[3]]);
    for command in ["generate", "check"] {
        let run = tree.xtask(&[command]);
        run.expect_code(2);
        assert!(
            run.stderr().contains(
                "overlay action 1: target `$.components.schemas.InvoiceV0` selects nothing"
            ),
            "{command}: {}",
            run.stderr()
        );
    }
    assert_eq!(
        tree.snapshot_of(&[SPEC, LOCK, NAMES, SNAPSHOT[0], SNAPSHOT[1], SNAPSHOT[3]]),
        before
    );
    // A malformed overlay is refused with the place in the overlay.
    tree.write(OVERLAY, b"overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    updates: {}\n");
    let run = tree.xtask(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr()
            .contains("openapi/overlay.yaml: at /actions/0/updates"),
        "{}",
        run.stderr()
    );
}

/// The bundled spec as if upstream had adopted the overlay's property itself.
fn upstream_with_the_property() -> Vec<u8> {
    let mut doc: Value =
        serde_json::from_slice(&std::fs::read(repo().join(SPEC)).unwrap()).unwrap();
    doc["components"]["schemas"]["Invoice"]["properties"]["loyaltyTier"] =
        json!({ "type": "string", "nullable": true, "description": "upstream's own words" });
    serde_json::to_vec_pretty(&doc).unwrap()
}

#[test]
fn refresh_names_the_actions_upstream_made_redundant_and_refuses_dangling_ones() {
    let tree = Tree::new();
    tree.write(OVERLAY, fixture("add-property.yaml"));
    tree.xtask(&["generate"]).expect_code(0);
    let upstream = tree.path("upstream.json");
    std::fs::write(&upstream, upstream_with_the_property()).unwrap();
    let run = tree.xtask(&["refresh", "--from", upstream.to_str().unwrap()]);
    run.expect_code(0);
    assert!(
        run.stdout()
            .contains("overlay action 0 in openapi/overlay.yaml changes nothing"),
        "{}",
        run.stdout()
    );

    // An upstream without the operation an action targets is refused, files untouched.
    let tree = Tree::new();
    tree.write(OVERLAY, fixture("checkout-note.yaml"));
    let mut doc: Value = serde_json::from_slice(&tree.read(SPEC)).unwrap();
    doc["info"]["version"] = "9.9.9".into();
    doc["paths"]
        .as_object_mut()
        .unwrap()
        .remove("/api/Checkout");
    std::fs::write(&upstream, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let before = tree.snapshot_of(&GUARDED);
    let run = tree.xtask(&["refresh", "--from", upstream.to_str().unwrap()]);
    run.expect_code(2);
    assert!(
        run.stderr().contains(
            "refresh refused: {} with openapi/overlay.yaml does not generate: overlay action 0: \
             target `$.paths['/api/Checkout'].post` selects nothing"
                .replace("{}", upstream.to_str().unwrap())
                .as_str()
        ),
        "{}",
        run.stderr()
    );
    assert_eq!(tree.snapshot_of(&GUARDED), before);
}

#[test]
fn diff_and_try_spec_take_an_overlay() {
    let tree = Tree::new();
    let overlay = repo().join(FIXTURES).join("add-property.yaml");
    let overlay = overlay.to_str().unwrap();
    let head = tree.path("head.json");
    std::fs::write(&head, upstream_with_the_property()).unwrap();
    let head = head.to_str().unwrap();
    let spec = tree.path(SPEC);
    let spec = spec.to_str().unwrap();

    // Without the overlay the property is a change; with it on both sides, it is not.
    let plain = tree.xtask(&["diff", spec, head, "--format", "json"]);
    plain.expect_code(0);
    assert!(plain.stdout().contains("loyaltyTier"), "{}", plain.stdout());
    let overlaid = tree.xtask(&["diff", spec, head, "--format", "json", "--overlay", overlay]);
    overlaid.expect_code(0);
    assert!(
        !overlaid.stdout().contains("loyaltyTier"),
        "{}",
        overlaid.stdout()
    );

    // A side the overlay does not apply to is named.
    let dangling = repo().join(FIXTURES).join("selects-nothing.yaml");
    let run = tree.xtask(&["diff", spec, head, "--overlay", dangling.to_str().unwrap()]);
    run.expect_code(2);
    assert!(
        run.stderr().contains(&format!(
            "BASE {spec}: the overlay does not apply: overlay action 1"
        )),
        "{}",
        run.stderr()
    );

    let run = tree.xtask(&["try-spec", spec, "--overlay", dangling.to_str().unwrap()]);
    run.expect_code(2);
    assert!(
        run.stderr().contains("overlay action 1"),
        "{}",
        run.stderr()
    );
}
