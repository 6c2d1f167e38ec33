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

/// `apidiff/tests/fixtures/options/<option>/`'s pair.
fn option_pair(option: &str) -> (String, String) {
    let dir = repo().join("apidiff/tests/fixtures/options").join(option);
    let path = |file: &str| dir.join(file).display().to_string();
    (path("base.yaml"), path("head.yaml"))
}

/// `rule-id level` of each change `--format json` printed.
fn ids_and_levels(out: &Run) -> Vec<String> {
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let json: serde_json::Value = serde_json::from_slice(out.stdout().as_bytes()).unwrap();
    json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["id"].as_str().unwrap(),
                c["level"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn scoping_and_severity_flags_reach_the_engine() {
    let (base, head) = option_pair("severity-levels");
    let levels = repo()
        .join("apidiff/tests/fixtures/options/severity-levels/levels.txt")
        .display()
        .to_string();
    let out = diff(&[&base, &head, "--format", "json"]);
    assert_eq!(
        ids_and_levels(&out),
        ["request-parameter-removed error", "endpoint-added info"]
    );
    let out = diff(&[
        &base,
        &head,
        "--format",
        "json",
        "--severity-levels",
        &levels,
    ]);
    assert_eq!(ids_and_levels(&out), ["endpoint-added warning"]);

    let (base, head) = option_pair("match-path");
    let out = diff(&[
        &base,
        &head,
        "--format",
        "json",
        "--unmatch-path",
        "^/admin/",
    ]);
    assert_eq!(ids_and_levels(&out), ["request-parameter-removed error"]);

    let (base, head) = option_pair("case-sensitive-headers");
    let out = diff(&[&base, &head, "--format", "json"]);
    assert_eq!(
        ids_and_levels(&out),
        ["request-parameter-type-changed error"]
    );
    let out = diff(&[&base, &head, "--format", "json", "--case-sensitive-headers"]);
    assert_eq!(ids_and_levels(&out).len(), 6);

    let (base, head) = option_pair("exclude-elements");
    let out = diff(&[
        &base,
        &head,
        "--format",
        "json",
        "--exclude-elements",
        "description,examples,title,summary,endpoints",
        "--exclude-extensions",
        "x-extensible-enum",
    ]);
    assert_eq!(ids_and_levels(&out), ["endpoint-added info"]);
}

#[test]
fn bad_option_values_exit_2_naming_them() {
    let (base, head) = option_pair("match-path");
    for flag in ["--match-path", "--unmatch-path", "--filter-extension"] {
        let out = diff(&[&base, &head, flag, "x-(["]);
        assert_eq!(out.code(), 2, "{flag}");
        let stderr = out.stderr();
        assert!(
            stderr.contains(flag)
                && stderr.contains("x-([")
                && stderr.contains("regular expression"),
            "{stderr}"
        );
    }
    let out = diff(&[&base, &head, "--exclude-elements", "comments"]);
    assert_eq!(out.code(), 2);
    assert!(out.stderr().contains("comments"), "{}", out.stderr());

    let dir = tempfile::tempdir().unwrap();
    let levels = dir.path().join("levels.txt");
    std::fs::write(&levels, "endpoint-added info\nno-such-rule warn\n").unwrap();
    let levels = levels.display().to_string();
    let out = diff(&[&base, &head, "--severity-levels", &levels]);
    assert_eq!(out.code(), 2);
    assert!(
        out.stderr().contains(&format!(
            "{levels}: line 2: `no-such-rule` is not a rule id"
        )),
        "{}",
        out.stderr()
    );

    let conflicting = dir.path().join("conflicting.yaml");
    std::fs::write(
        &conflicting,
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Id:\n      allOf: [{type: string}, {type: integer}]\n",
    )
    .unwrap();
    let conflicting = conflicting.display().to_string();
    let out = diff(&[&base, &conflicting, "--flatten-allof"]);
    assert_eq!(out.code(), 2);
    assert!(
        out.stderr().contains(&format!(
            "HEAD {conflicting}: the allOf at /components/schemas/Id cannot be flattened: type:"
        )),
        "{}",
        out.stderr()
    );
    let out = diff(&[&base, &conflicting]);
    assert_eq!(out.code(), 0, "without --flatten-allof: {}", out.stderr());
}
