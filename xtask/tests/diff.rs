//! `cargo xtask diff` as CI runs it.

mod common;

use common::{Run, SPEC, repo, xtask_at};

fn fixture(name: &str) -> String {
    repo()
        .join("tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

/// `cargo xtask diff ARGS` in this repository (`git:HEAD` reads its history).
fn diff(args: &[&str]) -> Run {
    xtask_at(&repo(), &[&["diff"], args].concat())
}

#[test]
fn the_bundled_spec_against_itself_reports_nothing() {
    let spec = repo().join(SPEC).display().to_string();
    let out = diff(&[&spec, &spec, "--fail-on", "info"]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    assert_eq!(out.stdout(), "no changes\n");
    let out = diff(&["git:HEAD", &spec, "--format", "json"]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let json: serde_json::Value = serde_json::from_slice(out.stdout().as_bytes()).unwrap();
    assert_eq!(json["changes"], serde_json::json!([]));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let (base, head) = (
        fixture("apidiff/invoices-base.yaml"),
        fixture("apidiff/invoices-head.yaml"),
    );
    let out = diff(&[&base, &head]);
    assert_eq!(out.code(), 0, "no --fail-on: report only");
    assert!(
        out.stdout().contains("GET /api/Invoices/{invoiceId}\n"),
        "{}",
        out.stdout()
    );
    let out = diff(&[&base, &head, "--fail-on", "error"]);
    assert_eq!(out.code(), 1);
    let ignore = repo()
        .join("tests/fixtures/apidiff/accept-all-errors.ignore")
        .display()
        .to_string();
    let out = diff(&[&base, &head, "--fail-on", "error", "--ignore", &ignore]);
    assert_eq!(out.code(), 0, "{}", out.stdout());
}

#[test]
fn every_format_renders() {
    let (base, head) = (
        fixture("apidiff/invoices-base.yaml"),
        fixture("apidiff/invoices-head.yaml"),
    );
    let md = diff(&[&base, &head, "--format", "markdown"]).stdout();
    assert!(
        md.starts_with("## API changes") && md.contains("Semver hint: **major**"),
        "{md}"
    );
    let gha = diff(&[&base, &head, "--format", "githubactions"]).stdout();
    assert!(
        gha.lines().all(|l| l.starts_with("::error ")
            || l.starts_with("::warning ")
            || l.starts_with("::notice ")),
        "{gha}"
    );
    let json: serde_json::Value = serde_json::from_slice(
        diff(&[&base, &head, "--format", "json", "--profile", "oasdiff"])
            .stdout()
            .as_bytes(),
    )
    .unwrap();
    for change in json["changes"].as_array().unwrap() {
        for field in [
            "id",
            "level",
            "operation",
            "base_location",
            "head_location",
            "message",
        ] {
            assert!(change.get(field).is_some(), "{field} missing in {change}");
        }
    }
}

#[test]
fn bad_input_exits_2_naming_the_file() {
    let good = repo().join("openapi/swagger.json").display().to_string();
    for (bad, needle) in [
        (fixture("malformed/truncated.json"), "invalid JSON"),
        (fixture("malformed/swagger-2.0.json"), "Swagger 2.0"),
        (fixture("malformed/no-such-file.json"), "no-such-file.json"),
        (
            fixture("malformed/dangling-ref.json"),
            "at /paths/~1api~1Customers~1{customerId}/get/responses/200/content/application~1json/schema:",
        ),
        (
            fixture("malformed/external-ref.json"),
            "referenced file `common.json`",
        ),
        ("git:no-such-rev".to_owned(), "git:no-such-rev"),
    ] {
        let out = diff(&[&good, &bad]);
        assert_eq!(out.code(), 2, "{bad}");
        let stderr = out.stderr();
        assert!(
            stderr.contains(needle) && !stderr.contains("panicked"),
            "{bad}: {stderr}"
        );
    }
    let out = diff(&[&good, &good, "--format", "yaml"]);
    assert_eq!(out.code(), 2);
}

#[test]
fn list_rules_prints_the_registry_as_json() {
    let out = diff(&["--list-rules"]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let rows: serde_json::Value = serde_json::from_slice(out.stdout().as_bytes()).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(rows.len() > 500, "{}", rows.len());
    for row in rows {
        let keys: Vec<&String> = row.as_object().unwrap().keys().collect();
        assert_eq!(
            keys,
            [
                "at",
                "extension",
                "id",
                "oasdiff_level",
                "rust_client_level"
            ]
        );
    }
    let added = rows
        .iter()
        .find(|r| r["id"] == "response-success-status-added")
        .unwrap();
    assert_eq!(added["oasdiff_level"], "info");
    assert_eq!(added["rust_client_level"], "error");
}

#[test]
fn external_references_are_followed_relative_to_the_spec_file() {
    let dir = repo().join("apidiff/tests/fixtures/external");
    let (base, head) = (
        dir.join("base/openapi.yaml").display().to_string(),
        dir.join("head/openapi.yaml").display().to_string(),
    );
    let out = diff(&[&base, &head, "--format", "json"]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let json: serde_json::Value = serde_json::from_slice(out.stdout().as_bytes()).unwrap();
    assert_eq!(json["changes"][0]["id"], "response-property-type-changed");
}
