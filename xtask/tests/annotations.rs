//! `cargo xtask diff` in someone else's CI: findings on the changed line of the head file (and
//! the base file's line in JSON), for JSON and YAML specs and for a change in an external
//! file; and the approvals ledger, which takes accepted findings out of the verdict and fails
//! on entries that match nothing or have expired.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Run, SPEC, repo};
use serde_json::Value;

/// Runs xtask in `dir` (so relative paths are as a user in a checkout writes them).
fn xtask_in(dir: &Path, args: &[&str]) -> Run {
    Run(Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(dir)
        .arg("--root")
        .arg(dir)
        .args(args)
        .output()
        .expect("xtask runs"))
}

/// The line (from 1) of the first line containing `needle` after the first containing `after`.
fn line_of(text: &str, after: &str, needle: &str) -> usize {
    let start = text.find(after).unwrap_or_else(|| panic!("no `{after}`"));
    let at = start
        + text[start..]
            .find(needle)
            .unwrap_or_else(|| panic!("no `{needle}`"));
    text[..at].matches('\n').count() + 1
}

/// The bundled spec (base) and a copy whose `CustomerDTO` lost `lastName` (head), written as
/// `base.EXT` and `openapi/swagger.EXT` in a scratch folder, JSON or YAML.
fn last_name_pair(dir: &Path, yaml: bool) -> (String, String, String) {
    let spec: Value = serde_json::from_slice(&std::fs::read(repo().join(SPEC)).unwrap()).unwrap();
    let mut head = spec.clone();
    head["components"]["schemas"]["CustomerDTO"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("lastName")
        .expect("CustomerDTO has lastName");
    let write = |value: &Value| {
        if yaml {
            revolv3_oas::yaml::to_string(value)
        } else {
            serde_json::to_string_pretty(value).unwrap()
        }
    };
    let ext = if yaml { "yaml" } else { "json" };
    std::fs::create_dir_all(dir.join("openapi")).unwrap();
    let (base_text, head_text) = (write(&spec), write(&head));
    std::fs::write(dir.join(format!("base.{ext}")), &base_text).unwrap();
    std::fs::write(dir.join(format!("openapi/swagger.{ext}")), &head_text).unwrap();
    (ext.to_owned(), base_text, head_text)
}

#[test]
fn a_removed_property_is_annotated_on_its_schemas_properties_in_the_head_file() {
    for yaml in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let (ext, base_text, head_text) = last_name_pair(dir.path(), yaml);
        let (base, head) = (format!("base.{ext}"), format!("openapi/swagger.{ext}"));
        let (customer, properties, last_name) = if yaml {
            ("\n    CustomerDTO:", "properties:", "lastName:")
        } else {
            ("\"CustomerDTO\": {", "\"properties\"", "\"lastName\"")
        };
        let properties_line = line_of(&head_text, customer, properties);
        let last_name_line = line_of(&base_text, customer, last_name);

        let out = xtask_in(
            dir.path(),
            &["diff", &base, &head, "--format", "githubactions"],
        );
        assert_eq!(out.code(), 0, "{}", out.stderr());
        let annotation = out
            .stdout()
            .lines()
            .find(|l| l.contains("removed the property `lastName`"))
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("{}", out.stdout()));
        assert!(
            annotation.contains(&format!("file={head},line={properties_line},")),
            "{ext}: {annotation} (properties of CustomerDTO at line {properties_line})"
        );

        let out = xtask_in(dir.path(), &["diff", &base, &head, "--format", "json"]);
        let json: Value = serde_json::from_str(&out.stdout()).unwrap();
        let removed = json["changes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| {
                c["message"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("`lastName`")
            })
            .expect("the removal");
        assert_eq!(removed["base_source"]["file"], base.as_str());
        assert_eq!(
            removed["base_source"]["line"], last_name_line,
            "{ext}: lastName at line {last_name_line} of the base"
        );
        assert_eq!(removed["head_source"], Value::Null);

        let out = xtask_in(dir.path(), &["diff", &base, &head]);
        assert!(
            out.stdout()
                .contains(&format!("base: {base}:{last_name_line} ")),
            "{}",
            out.stdout()
        );
    }
}

#[test]
fn a_change_in_an_external_file_names_that_file_and_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: 'common.yaml#/Thing'}\n";
    for side in ["base", "head"] {
        std::fs::create_dir_all(d.join(side)).unwrap();
        std::fs::write(d.join(side).join("spec.yaml"), spec).unwrap();
    }
    std::fs::write(
        d.join("base/common.yaml"),
        "# shared\nThing:\n  type: object\n  properties:\n    id: {type: integer}\n",
    )
    .unwrap();
    std::fs::write(
        d.join("head/common.yaml"),
        "# shared\nThing:\n  type: object\n  properties:\n    id: {type: string}\n",
    )
    .unwrap();
    let out = xtask_in(
        d,
        &[
            "diff",
            "base/spec.yaml",
            "head/spec.yaml",
            "--format",
            "githubactions",
        ],
    );
    assert_eq!(out.code(), 0, "{}", out.stderr());
    assert!(
        out.stdout().contains("file=head/common.yaml,line=5,"),
        "{}",
        out.stdout()
    );
    let out = xtask_in(
        d,
        &[
            "diff",
            "base/spec.yaml",
            "head/spec.yaml",
            "--format",
            "json",
        ],
    );
    let json: Value = serde_json::from_str(&out.stdout()).unwrap();
    let change = &json["changes"][0];
    assert_eq!(change["head_location"], "/Thing/properties/id");
    assert_eq!(change["head_source"]["file"], "head/common.yaml");
    assert_eq!(change["base_source"]["file"], "base/common.yaml");
}

#[test]
fn the_ledger_accepts_findings_by_fingerprint_and_fails_when_it_goes_stale() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (ext, ..) = last_name_pair(d, false);
    let (base, head) = (format!("base.{ext}"), format!("openapi/swagger.{ext}"));
    let out = xtask_in(d, &["diff", &base, &head, "--fail-on", "error"]);
    assert_eq!(out.code(), 1, "lastName's removal breaks callers");

    let out = xtask_in(
        d,
        &[
            "diff",
            &base,
            &head,
            "--accept",
            "--reason",
            "moved to /profile",
            "--accepted-by",
            "Ada",
        ],
    );
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let ledger = std::fs::read_to_string(d.join("openapi/api-diff-accepted.yaml")).unwrap();
    assert!(ledger.contains("reason: moved to /profile"), "{ledger}");
    assert!(ledger.contains("accepted_by: Ada"), "{ledger}");

    let out = xtask_in(d, &["diff", &base, &head, "--fail-on", "error"]);
    assert_eq!(out.code(), 0, "accepted: {}{}", out.stdout(), out.stderr());
    assert!(
        out.stdout().contains("  accepted response-"),
        "{}",
        out.stdout()
    );
    assert!(
        out.stdout()
            .contains("accepted: moved to /profile (by Ada on ")
    );

    // An entry that matches nothing (the change is gone) is an error naming it.
    let out = xtask_in(d, &["diff", &base, &base, "--fail-on", "error"]);
    assert_eq!(out.code(), 1, "{}", out.stderr());
    assert!(
        out.stderr().contains("(moved to /profile, by Ada on "),
        "{}",
        out.stderr()
    );
    assert!(
        out.stderr().contains("matches no finding"),
        "{}",
        out.stderr()
    );

    // So is one past its day.
    let expired = ledger.replace("    reason:", "    expires: 2000-01-01\n    reason:");
    std::fs::write(d.join("openapi/api-diff-accepted.yaml"), expired).unwrap();
    let out = xtask_in(d, &["diff", &base, &head, "--fail-on", "error"]);
    assert_eq!(out.code(), 1, "{}", out.stderr());
    assert!(
        out.stderr().contains("expired on 2000-01-01"),
        "{}",
        out.stderr()
    );
}
