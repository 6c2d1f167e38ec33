use revolv3_oas::{Location, OperationKey, Span};

use super::*;
use crate::{Acceptance, Date, Fingerprint};

fn change(level: Level) -> Change {
    let mut change = Change {
        rule: crate::Rule::RequestParameterRemoved,
        level,
        operation: OperationKey::parse("GET /pets"),
        base_location: Some(Location::at("/paths/~1pets/get/parameters/0")),
        head_location: None,
        head_anchor: None,
        fingerprint: Fingerprint::default(),
        accepted: None,
        rust: Vec::new(),
        message: "deleted the `query` request parameter `a|b`\nx".into(),
    };
    change.fingerprint = Fingerprint::of(&change);
    change
}

/// `change` as `locate` leaves it: in files, with lines.
fn located(mut change: Change) -> Change {
    let span = |line| {
        Some(Span {
            line,
            column: 7,
            end_line: line + 2,
        })
    };
    if let Some(base) = &mut change.base_location {
        base.file = Some("specs/base.yaml".into());
        base.span = span(12);
    }
    change.head_anchor = Some(Location {
        file: Some("specs/head.yaml".into()),
        pointer: "/paths/~1pets/get".into(),
        span: span(9),
    });
    change
}

#[test]
fn every_format_names_the_rule_and_operation() {
    let changes = [change(Level::Error), change(Level::Info)];
    let text = render(&changes, &[], Format::Text, None);
    assert!(
        text.starts_with("GET /pets\n  error   request-parameter-removed"),
        "{text}"
    );
    assert!(
        text.contains("2 changes: 1 error, 0 warning, 1 info (semver: major)"),
        "{text}"
    );
    let md = render(&changes, &[], Format::Markdown, None);
    assert!(
        md.contains("| error | 1 |") && md.contains("`a\\|b` x"),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&changes, &[], Format::Json, None)).unwrap();
    assert_eq!(
        json["changes"][0]["base_location"],
        "/paths/~1pets/get/parameters/0"
    );
    assert_eq!(json["changes"][0]["level"], "error");
    assert_eq!(json["changes"][0]["base_source"], serde_json::Value::Null);
    let gha = render(&changes, &[], Format::GithubActions, None);
    assert!(
        gha.starts_with("::error title=request-parameter-removed::GET /pets: deleted"),
        "{gha}"
    );
    assert!(gha.contains("%0Ax") && gha.contains("::notice "), "{gha}");
    assert_eq!(render(&[], &[], Format::Text, None), "no changes\n");
}

#[test]
fn located_changes_name_file_and_line_in_every_format() {
    let changes = [located(change(Level::Error))];
    let gha = render(&changes, &[], Format::GithubActions, None);
    assert!(
        gha.starts_with(
            "::error file=specs/head.yaml,line=9,endLine=11,title=request-parameter-removed::"
        ),
        "{gha}"
    );
    let text = render(&changes, &[], Format::Text, None);
    assert!(
        text.contains("base: specs/base.yaml:12 /paths/~1pets/get/parameters/0"),
        "{text}"
    );
    let md = render(&changes, &[], Format::Markdown, None);
    assert!(md.contains("`specs/head.yaml:9`"), "{md}");
    let json: serde_json::Value =
        serde_json::from_str(&render(&changes, &[], Format::Json, None)).unwrap();
    assert_eq!(
        json["changes"][0]["base_source"],
        serde_json::json!({ "file": "specs/base.yaml", "line": 12, "column": 7 })
    );
    assert_eq!(
        json["changes"][0]["fingerprint"].as_str().map(str::len),
        Some(16)
    );
}

#[test]
fn an_accepted_change_is_shown_as_accepted_and_counts_for_no_verdict() {
    let mut accepted = located(change(Level::Error));
    accepted.accepted = Some(Acceptance {
        fingerprint: accepted.fingerprint.clone(),
        rule: None,
        operation: None,
        reason: "clients moved to v2".into(),
        accepted_by: "Ada".into(),
        date: Date::parse("2026-12-05").unwrap(),
        expires: None,
    });
    let changes = [accepted];
    assert_eq!(crate::semver_hint(&changes), "patch");
    let text = render(&changes, &[], Format::Text, None);
    assert!(
        text.contains("  accepted request-parameter-removed"),
        "{text}"
    );
    assert!(
        text.contains("accepted: clients moved to v2 (by Ada on 2026-12-05)"),
        "{text}"
    );
    assert!(
        text.contains("0 error, 0 warning, 0 info, 1 accepted"),
        "{text}"
    );
    let gha = render(&changes, &[], Format::GithubActions, None);
    assert!(gha.starts_with("::notice file=specs/head.yaml"), "{gha}");
    let junit = render(&changes, &[], Format::Junit, None);
    assert!(!junit.contains("<failure"), "{junit}");
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&changes, &[], Format::Sarif, None)).unwrap();
    assert_eq!(
        sarif["runs"][0]["results"][0]["suppressions"][0]["justification"],
        "clients moved to v2"
    );
}

#[test]
fn junit_fails_an_operation_at_the_threshold_and_sarif_places_results() {
    let changes = [located(change(Level::Warning))];
    let junit = render(&changes, &[], Format::Junit, Some(Level::Warning));
    assert!(junit.contains("<testcase name=\"GET /pets\""), "{junit}");
    assert!(junit.contains("<failure"), "{junit}");
    assert!(junit.contains("specs/head.yaml:9"), "{junit}");
    assert!(!render(&changes, &[], Format::Junit, None).contains("<failure"));
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&changes, &[], Format::Sarif, None)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "request-parameter-removed");
    assert_eq!(result["level"], "warning");
    let physical = &result["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "specs/head.yaml");
    assert_eq!(physical["region"]["startLine"], 9);
    assert_eq!(
        result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"],
        12
    );
    assert_eq!(
        sarif["runs"][0]["tool"]["driver"]["rules"][0]["id"],
        "request-parameter-removed"
    );
}

#[test]
fn rust_changes_are_shown_with_their_finding_and_on_their_own_when_none_explains_them() {
    let mut with_rust = change(Level::Error);
    let removed = crate::RustChange {
        item: "builder::GetPets::a".into(),
        change: crate::RustChangeKind::Removed,
        before: Some("String".into()),
        after: None,
    };
    with_rust.rust.push(removed.clone());
    let lonely = crate::RustChange {
        item: "types::Pet::age".into(),
        change: crate::RustChangeKind::TypeChanged,
        before: Some("Option<i32>".into()),
        after: Some("i64".into()),
    };
    let changes = [with_rust];
    let without = std::slice::from_ref(&lonely);

    let text = render(&changes, without, Format::Text, None);
    assert!(
        text.contains("\n          Rust: removed builder::GetPets::a: String\n"),
        "{text}"
    );
    assert!(
        text.contains("a rule is missing, or its level is wrong):\n  types::Pet::age: Option<i32> is now i64\n"),
        "{text}"
    );
    let md = render(&changes, without, Format::Markdown, None);
    assert!(
        md.contains("<br>Rust: `removed builder::GetPets::a: String`"),
        "{md}"
    );
    assert!(
        md.contains("- `types::Pet::age: Option<i32> is now i64`"),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&render(&changes, without, Format::Json, None)).unwrap();
    assert_eq!(
        json["changes"][0]["rust"],
        serde_json::json!([{"item": "builder::GetPets::a", "change": "removed", "before": "String", "after": null}])
    );
    assert_eq!(json["rust_without_finding"][0]["after"], "i64");
    let gha = render(&changes, without, Format::GithubActions, None);
    assert!(
        gha.contains("%0ARust: removed builder::GetPets::a: String"),
        "{gha}"
    );
    assert!(
        gha.contains("::warning title=Rust change without a finding::"),
        "{gha}"
    );

    // Without Rust changes, nothing about Rust is written.
    let plain = [change(Level::Error)];
    for format in [
        Format::Text,
        Format::Markdown,
        Format::Json,
        Format::GithubActions,
    ] {
        let out = render(&plain, &[], format, None);
        assert!(!out.contains("Rust") && !out.contains("rust"), "{out}");
    }
}
