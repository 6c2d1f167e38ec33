//! `cargo xtask diff --rust` on every pair of `tests/fixtures/semver/`: the Rust changes each
//! spec change makes to the generated client, each with the findings behind it, as
//! `rust.txt` beside the pair records them (`BLESS=1` rewrites them after a reviewed change).

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{repo, xtask_at};
use serde_json::Value;

/// The Rust changes of a diff's JSON report, one line each, with the findings behind them
/// (`<- rule (operation)`), or `<- no finding`.
fn rust_changes(report: &Value) -> String {
    let mut behind: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for change in report["changes"].as_array().into_iter().flatten() {
        let finding = format!(
            "{} ({})",
            change["id"].as_str().unwrap_or_default(),
            change["operation"].as_str().unwrap_or("document")
        );
        for rust in change["rust"].as_array().into_iter().flatten() {
            let findings = behind.entry(shown(rust)).or_default();
            if !findings.contains(&finding) {
                findings.push(finding.clone());
            }
        }
    }
    for rust in report["rust_without_finding"]
        .as_array()
        .into_iter()
        .flatten()
    {
        behind.entry(shown(rust)).or_default();
    }
    if behind.is_empty() {
        return "Rust API unchanged\n".to_owned();
    }
    let mut out = String::new();
    for (rust, findings) in behind {
        out.push_str(&rust);
        out.push('\n');
        if findings.is_empty() {
            out.push_str("  <- no finding\n");
        }
        for finding in findings {
            out.push_str(&format!("  <- {finding}\n"));
        }
    }
    out
}

/// `item: change before -> after`, as the JSON has it.
fn shown(rust: &Value) -> String {
    let text = |key: &str| rust[key].as_str().map(str::to_owned);
    format!(
        "{}: {} {} -> {}",
        text("item").unwrap_or_default(),
        text("change").unwrap_or_default(),
        text("before").unwrap_or_else(|| "-".into()),
        text("after").unwrap_or_else(|| "-".into()),
    )
}

fn rust_report(pair: &Path) -> Value {
    let (base, head) = (pair.join("base.json"), pair.join("head.json"));
    let out = xtask_at(
        &repo(),
        &[
            "diff",
            &base.display().to_string(),
            &head.display().to_string(),
            "--rust",
            "--format",
            "json",
        ],
    );
    out.expect_code(0);
    serde_json::from_str(&out.stdout()).unwrap()
}

#[test]
fn every_semver_pair_lists_its_rust_changes_with_the_findings_behind_them() {
    let suite = repo().join("tests/fixtures/semver");
    let bless = std::env::var_os("BLESS").is_some();
    let mut pairs: Vec<_> = std::fs::read_dir(&suite)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("base.json").is_file())
        .collect();
    pairs.sort();
    assert!(pairs.len() >= 30, "the suite is missing");
    let mut wrong = Vec::new();
    for pair in &pairs {
        let actual = rust_changes(&rust_report(pair));
        let expected_path = pair.join("rust.txt");
        if bless {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if actual != expected {
            wrong.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                pair.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The field type changes cargo-semver-checks 0.51 cannot see are listed, each with its type
/// before and after.
#[test]
fn field_type_changes_show_their_rust_types_before_and_after() {
    let suite = repo().join("tests/fixtures/semver");
    for (pair, item, before, after) in [
        (
            "request-property-became-required",
            "types::CreateCustomerRequest::channel",
            "Option<Channel>",
            "Channel",
        ),
        (
            "response-property-format-widened",
            "types::CustomerDto::loyalty_points",
            "i32",
            "i64",
        ),
        (
            "request-property-max-length-added",
            "types::CreateCustomerRequest::email",
            "Option<String>",
            "Option<CreateCustomerRequestEmail>",
        ),
        (
            "query-parameter-type-changed",
            "builder::GetInvoices::merchant_customer_ref_id",
            "String",
            "i64",
        ),
    ] {
        let report = rust_report(&suite.join(pair));
        let found = report["changes"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["rust"].as_array().cloned().unwrap_or_default())
            .find(|r| r["item"] == item);
        let found = found.unwrap_or_else(|| panic!("{pair}: {item} is not listed"));
        assert_eq!(found["change"], "type-changed", "{pair}");
        assert_eq!(found["before"], before, "{pair}");
        assert_eq!(found["after"], after, "{pair}");
    }
}

/// Without `--rust`, the report says nothing of Rust (and generates nothing).
#[test]
fn without_rust_the_report_is_as_before() {
    let pair = repo().join("tests/fixtures/semver/response-property-removed");
    let out = xtask_at(
        &repo(),
        &[
            "diff",
            &pair.join("base.json").display().to_string(),
            &pair.join("head.json").display().to_string(),
            "--format",
            "json",
        ],
    );
    let stdout = out.stdout();
    assert!(!stdout.contains("\"rust"), "{stdout}");
    assert!(stdout.contains("response-optional-property-removed"));
}
