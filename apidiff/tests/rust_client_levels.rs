//! Each `rust-client` level that differs from oasdiff's, on the spec pair of
//! `tests/fixtures/semver/` that shows it: the rule fires there at that level. The same pairs
//! are what `scripts/semver-agreement.sh` checks against cargo-semver-checks on the generated
//! clients, so each level here is one the compiled Rust API bears out (or a documented blind
//! spot of that tool, listed in `tests/fixtures/semver/blind-spots.txt`).

use std::path::PathBuf;

use revolv3_apidiff::{Level, Profile, diff, load_document};

fn pair(name: &str) -> (serde_json::Value, serde_json::Value) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/semver")
        .join(name);
    let load = |file: &str| {
        let path = dir.join(file);
        load_document(file, &std::fs::read(&path).unwrap()).unwrap()
    };
    (load("base.json"), load("head.json"))
}

/// The levels `id` is reported at on the pair, under each profile.
fn levels(name: &str, id: &str) -> (Vec<Level>, Vec<Level>) {
    let (base, head) = pair(name);
    let of = |profile| {
        diff(&base, &head, profile)
            .into_iter()
            .filter(|c| c.rule.id() == id)
            .map(|c| c.level)
            .collect::<Vec<_>>()
    };
    (of(Profile::Oasdiff), of(Profile::RustClient))
}

#[test]
fn each_deviation_fires_on_its_pair_at_the_rust_client_level() {
    use Level::{Error, Info, Warning};
    for (pair, id, oasdiff, rust_client) in [
        (
            "query-parameter-removed",
            "request-parameter-removed",
            Warning,
            Error,
        ),
        (
            "paging-parameters-removed",
            "request-parameter-removed",
            Warning,
            Error,
        ),
        (
            "request-property-became-optional",
            "request-property-became-optional",
            Info,
            Error,
        ),
        (
            "request-property-max-length-added",
            "request-property-max-length-set",
            Warning,
            Error,
        ),
        (
            "request-property-removed",
            "request-property-removed",
            Warning,
            Error,
        ),
        (
            "request-property-added-optional",
            "new-optional-request-property",
            Info,
            Info,
        ),
        (
            "response-property-became-required",
            "response-property-became-required",
            Info,
            Error,
        ),
        (
            "response-property-removed",
            "response-optional-property-removed",
            Warning,
            Error,
        ),
        (
            "response-enum-value-added",
            "response-property-enum-value-added",
            Warning,
            Info,
        ),
        (
            "response-enum-value-removed",
            "response-property-enum-value-removed",
            Info,
            Error,
        ),
        ("schema-renamed", "api-schema-removed", Info, Error),
        (
            "success-status-added",
            "response-success-status-added",
            Info,
            Error,
        ),
    ] {
        let (under_oasdiff, under_rust_client) = levels(pair, id);
        assert!(!under_oasdiff.is_empty(), "{pair}: no {id}");
        // Both profiles report the same findings, at their own levels (else `all` below
        // would pass on an empty list).
        assert_eq!(
            under_rust_client.len(),
            under_oasdiff.len(),
            "{pair}: {id} is not reported alike under both profiles"
        );
        assert!(
            under_oasdiff.iter().all(|l| *l == oasdiff),
            "{pair}: {id} under oasdiff: {under_oasdiff:?}"
        );
        assert!(
            under_rust_client.iter().all(|l| *l == rust_client),
            "{pair}: {id} under rust-client: {under_rust_client:?}"
        );
    }
}
