//! `cargo xtask` as a user runs it: the real binary on a copy of this repository's files.

use std::fs;

use httpmock::MockServer;
use serde_json::Value;

mod common;

use common::*;

/// The bundled spec with one operation added, one removed and the version bumped.
fn modified_spec() -> Vec<u8> {
    let mut doc: Value = serde_json::from_slice(&fs::read(repo().join(SPEC)).unwrap()).unwrap();
    doc["info"]["version"] = "1.30.0".into();
    let paths = doc["paths"].as_object_mut().unwrap();
    paths.remove("/api/Checkout");
    paths.insert(
        "/api/Customers/{customerId}/notes".into(),
        serde_json::json!({ "get": {
            "summary": "Get Customer Notes",
            "parameters": [{ "name": "customerId", "in": "path", "required": true,
                             "schema": { "type": "integer", "format": "int64" } }],
            "responses": { "200": { "description": "OK", "content": {
                "text/plain": { "schema": { "type": "array", "items": { "type": "string" } } },
                "application/json": { "schema": { "type": "array", "items": { "type": "string" } } }
            }}}
        }}),
    );
    serde_json::to_vec_pretty(&doc).unwrap()
}

fn malformed(name: &str) -> Vec<u8> {
    fs::read(repo().join("tests/fixtures/malformed").join(name)).unwrap()
}

#[test]
fn check_passes_on_the_repository_as_committed() {
    let tree = Tree::new();
    let run = tree.xtask(&["check"]);
    run.expect_code(0);
    assert!(run.stdout().contains("37 operations"), "{}", run.stdout());
}

#[test]
fn check_reports_a_hand_edited_spec_as_drift() {
    let tree = Tree::new();
    let mut spec = tree.read(SPEC);
    spec.extend_from_slice(b"\n");
    tree.write(SPEC, spec);
    let run = tree.xtask(&["check"]);
    run.expect_code(1);
    assert!(run.stderr().contains("sha256"), "{}", run.stderr());
}

#[test]
fn check_reports_an_operation_without_a_pinned_name() {
    let tree = Tree::new();
    let mut names = tree.json(NAMES);
    names
        .as_object_mut()
        .unwrap()
        .remove("DELETE /api/Customers/{customerId}");
    tree.write(NAMES, serde_json::to_vec_pretty(&names).unwrap());
    let run = tree.xtask(&["check"]);
    run.expect_code(1);
    assert!(
        run.stderr()
            .contains("DELETE /api/Customers/{customerId} (would be `delete_customer`)"),
        "{}",
        run.stderr()
    );
}

#[test]
fn check_shows_a_unified_diff_of_a_stale_snapshot() {
    let tree = Tree::new();
    let client = String::from_utf8(tree.read(SNAPSHOT[1])).unwrap();
    tree.write(
        SNAPSHOT[1],
        client.replacen("pub fn delete_customer(", "pub fn remove_customer(", 1),
    );
    let run = tree.xtask(&["check"]);
    run.expect_code(1);
    let stderr = run.stderr();
    assert!(
        stderr.contains("revolv3-client/generated/client.rs is stale"),
        "{stderr}"
    );
    assert!(stderr.contains("-    pub fn remove_customer("), "{stderr}");
    assert!(stderr.contains("+    pub fn delete_customer("), "{stderr}");
}

#[test]
fn check_fails_with_an_error_when_the_spec_does_not_generate() {
    let tree = Tree::new();
    let bad = malformed("invalid-schema-type.json");
    tree.write(SPEC, &bad);
    let mut lock = tree.json(LOCK);
    lock["sha256"] = revolv3_codegen::sha256_hex(&bad).into();
    tree.write(LOCK, serde_json::to_vec_pretty(&lock).unwrap());
    let run = tree.xtask(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr()
            .contains("/components/schemas/Customer/properties/name/type"),
        "{}",
        run.stderr()
    );
}

#[test]
fn generate_is_deterministic_and_matches_the_snapshot() {
    let tree = Tree::new();
    let committed = tree.snapshot_of(&SNAPSHOT);
    tree.xtask(&["generate"]).expect_code(0);
    let first = tree.snapshot_of(&SNAPSHOT);
    tree.xtask(&["generate"]).expect_code(0);
    assert_eq!(first, tree.snapshot_of(&SNAPSHOT));
    assert_eq!(
        first, committed,
        "the committed snapshot is what generate writes"
    );
}

#[test]
fn refresh_from_a_server_updates_spec_lock_and_names() {
    let tree = Tree::new();
    let served = modified_spec();
    let server = MockServer::start();
    server.mock(|when, then| {
        when.method("GET").path("/swagger.json");
        then.status(200)
            .header("content-type", "application/json")
            .body(&served);
    });
    let url = server.url("/swagger.json");
    let run = tree.xtask(&["refresh", "--from", &url]);
    run.expect_code(0);
    assert_eq!(
        tree.read(SPEC),
        served,
        "upstream bytes are stored verbatim"
    );
    let lock = tree.json(LOCK);
    assert_eq!(lock["source"], url.as_str());
    assert_eq!(
        lock["sha256"],
        revolv3_codegen::sha256_hex(&served).as_str()
    );
    assert_eq!(lock["info_version"], "1.30.0");
    let names = tree.json(NAMES);
    assert_eq!(
        names["GET /api/Customers/{customerId}/notes"],
        "get_customer_notes"
    );
    assert_eq!(
        names["DELETE /api/Customers/{customerId}"],
        "delete_customer"
    );
    assert!(names.get("POST /api/Checkout").is_none());
    let stdout = run.stdout();
    assert!(
        stdout.contains("version 1.29.2 -> 1.30.0: 1 added, 1 removed, 0 changed"),
        "{stdout}"
    );
    assert!(
        stdout.contains("added    GET /api/Customers/{customerId}/notes"),
        "{stdout}"
    );
    assert!(stdout.contains("removed  POST /api/Checkout"), "{stdout}");
    assert!(
        stdout.contains("## API changes"),
        "the PR body carries the API diff: {stdout}"
    );
    let changelog = String::from_utf8(tree.read("openapi/CHANGELOG.md")).unwrap();
    assert!(
        changelog.starts_with("# Revolv3 spec changelog\n\n## 1.29.2 -> 1.30.0 ("),
        "{changelog}"
    );
    assert!(
        changelog.contains("api-path-removed-without-deprecation"),
        "{changelog}"
    );

    // The same upstream again: nothing to do, nothing touched.
    let before = tree.snapshot_of(&GUARDED);
    let run = tree.xtask(&["refresh", "--from", &url]);
    run.expect_code(0);
    assert!(run.stdout().contains("up to date"), "{}", run.stdout());
    assert_eq!(before, tree.snapshot_of(&GUARDED));
}

#[test]
fn refresh_refuses_unusable_input_and_leaves_every_file_untouched() {
    let server = MockServer::start();
    let serve = |path: &str, status: u16, body: Vec<u8>| {
        server.mock(|when, then| {
            when.method("GET").path(path);
            then.status(status).body(body);
        });
        server.url(path)
    };
    let mut big = modified_spec();
    big.resize(big.len() + 4096, b' ');
    let cases = [
        (serve("/500", 500, b"oops".to_vec()), vec![], "HTTP 500"),
        (
            serve("/html", 200, malformed("html-error-page.json")),
            vec![],
            "HTML",
        ),
        (
            serve("/truncated", 200, malformed("truncated.json")),
            vec![],
            "invalid JSON",
        ),
        (
            serve("/swagger2", 200, malformed("swagger-2.0.json")),
            vec![],
            "Swagger 2.0",
        ),
        (
            serve("/bad-type", 200, malformed("invalid-schema-type.json")),
            vec![],
            "/components/schemas/Customer/properties/name/type",
        ),
        (
            serve("/big", 200, big),
            vec!["--max-bytes", "10000"],
            "byte limit",
        ),
        (
            "http://127.0.0.1:9/refused".to_owned(),
            vec![],
            "127.0.0.1:9",
        ),
        (
            repo()
                .join("tests/fixtures/malformed/no-such-file.json")
                .display()
                .to_string(),
            vec![],
            "no-such-file.json",
        ),
    ];
    let slow = {
        server.mock(|when, then| {
            when.method("GET").path("/slow");
            then.status(200)
                .delay(std::time::Duration::from_secs(5))
                .body(modified_spec());
        });
        server.url("/slow")
    };
    let tree = Tree::new();
    let before = tree.snapshot_of(&GUARDED);
    for (source, extra, needle) in
        cases
            .into_iter()
            .chain([(slow, vec!["--timeout-secs", "1"], "timed out")])
    {
        let mut args = vec!["refresh", "--from", source.as_str()];
        args.extend(extra);
        let run = tree.xtask(&args);
        run.expect_code(2);
        assert!(
            run.stderr().contains(needle),
            "{source}: expected `{needle}` in {}",
            run.stderr()
        );
        assert!(run.stderr().contains("refresh refused"), "{}", run.stderr());
        assert_eq!(
            before,
            tree.snapshot_of(&GUARDED),
            "{source} changed a file"
        );
        assert!(!tree.path(CHANGELOG).exists(), "{source} wrote a changelog");
    }
}

#[test]
fn check_upstream_reports_drift_and_network_failure_differently() {
    let tree = Tree::new();
    let server = MockServer::start();
    let same = tree.read(SPEC);
    server.mock(|when, then| {
        when.path("/same");
        then.status(200).body(&same);
    });
    let changed = modified_spec();
    server.mock(|when, then| {
        when.path("/changed");
        then.status(200).body(&changed);
    });
    tree.xtask(&["check", "--upstream", &server.url("/same")])
        .expect_code(0);

    let before = tree.snapshot_of(&GUARDED);
    let run = tree.xtask(&["check", "--upstream", &server.url("/changed")]);
    run.expect_code(1);
    assert!(
        run.stderr().contains("1 added, 1 removed"),
        "{}",
        run.stderr()
    );
    assert_eq!(
        before,
        tree.snapshot_of(&GUARDED),
        "check never changes files"
    );

    let run = tree.xtask(&["check", "--upstream", "http://127.0.0.1:9/swagger.json"]);
    run.expect_code(2);
    assert!(
        run.stderr().contains("could not check upstream"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_openapi_3_1_or_3_2_upstream_is_stored_byte_for_byte_and_generates_a_3_0_snapshot() {
    for fixture in ["type-arrays.json", "additions-3.2.json"] {
        let tree = Tree::new();
        let upstream = repo().join("tests/fixtures/lowering").join(fixture);
        tree.xtask(&["refresh", "--from", &upstream.display().to_string()])
            .expect_code(0);
        let bytes = fs::read(&upstream).unwrap();
        assert_eq!(
            tree.read(SPEC),
            bytes,
            "{fixture}: upstream's bytes, unchanged"
        );
        assert_eq!(
            tree.json(LOCK)["sha256"],
            revolv3_codegen::sha256_hex(&bytes),
            "{fixture}"
        );
        let generated = tree.xtask(&["generate"]);
        generated.expect_code(0);
        let normalized = tree.json(SNAPSHOT[0]);
        assert_eq!(
            normalized["openapi"], "3.0.3",
            "{fixture}: the snapshot is OpenAPI 3.0"
        );
        tree.xtask(&["check"]).expect_code(0);
    }
}

#[test]
fn refresh_from_a_local_copy_records_the_provenance_it_is_given() {
    let tree = Tree::new();
    let copy = tree.path("upstream-copy.json");
    fs::write(&copy, modified_spec()).unwrap();
    tree.xtask(&[
        "refresh",
        "--from",
        &copy.display().to_string(),
        "--record-source",
        "https://docs.revolv3.com/api-reference/swagger.json",
        "--note",
        "Reconstruction v3.",
    ])
    .expect_code(0);
    let lock = tree.json(LOCK);
    assert_eq!(
        lock["source"],
        "https://docs.revolv3.com/api-reference/swagger.json"
    );
    assert_eq!(lock["note"], "Reconstruction v3.");
    assert_eq!(tree.read(SPEC), modified_spec(), "the bytes are the copy's");
}
