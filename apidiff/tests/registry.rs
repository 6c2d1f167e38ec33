//! The registry against oasdiff's own list of rules (a copy of its ids and default levels in
//! `fixtures/oasdiff-rules.txt`): every entry is oasdiff's, at oasdiff's level, or an
//! extension that says why; every oasdiff rule left out is named, with the reason, in
//! ARCHITECTURE.md.

use std::collections::BTreeMap;
use std::path::PathBuf;

use revolv3_apidiff::{Level, Profile, RULES, rule_listing};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn oasdiff_rules() -> BTreeMap<String, Level> {
    let text =
        std::fs::read_to_string(manifest().join("tests/fixtures/oasdiff-rules.txt")).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (id, level) = line.split_once(' ').unwrap();
            (id.to_owned(), Level::parse(level).unwrap())
        })
        .collect()
}

/// The ids in backticks in ARCHITECTURE.md's section on rules left out (its last section).
fn documented_as_left_out() -> Vec<String> {
    let text = std::fs::read_to_string(manifest().join("../ARCHITECTURE.md")).unwrap();
    let section = text
        .split("### oasdiff rules left out")
        .nth(1)
        .expect("ARCHITECTURE.md has a section on the oasdiff rules left out");
    section
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|id| id.contains('-') && !id.contains(' '))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_rule_is_oasdiffs_at_its_level_or_a_documented_extension() {
    let oasdiff = oasdiff_rules();
    assert_eq!(oasdiff.len(), 509);
    for def in RULES {
        match (oasdiff.get(def.id), def.extension) {
            (Some(level), None) => assert_eq!(*level, def.level, "{} has oasdiff's level", def.id),
            (None, Some(reason)) => assert!(!reason.is_empty()),
            (Some(_), Some(_)) => panic!("{} is oasdiff's, not an extension", def.id),
            (None, None) => panic!("{} is neither oasdiff's nor an extension", def.id),
        }
        assert_eq!(
            Profile::Oasdiff.level(def.rule).is_some(),
            def.extension.is_none()
        );
    }
}

#[test]
fn the_oasdiff_rules_left_out_are_exactly_those_documented() {
    let mut missing: Vec<String> = oasdiff_rules()
        .into_keys()
        .filter(|id| RULES.iter().all(|def| def.id != id))
        .collect();
    let mut documented = documented_as_left_out();
    missing.sort();
    documented.sort();
    assert_eq!(missing, documented);
}

#[test]
fn the_listing_has_one_row_per_rule_with_both_levels() {
    let listing = serde_json::to_value(rule_listing()).unwrap();
    let rows = listing.as_array().unwrap();
    assert_eq!(rows.len(), RULES.len());
    let removed = rows
        .iter()
        .find(|r| r["id"] == "request-property-removed")
        .unwrap();
    assert_eq!(
        removed,
        &serde_json::json!({
            "id": "request-property-removed",
            "oasdiff_level": "warning",
            "rust_client_level": "error",
            "extension": false,
            "at": [{
                "directions": ["request"],
                "places": ["property"],
                "qualifiers": [],
                "attributes": ["existence"],
                "actions": ["removed"]
            }]
        })
    );
    let read_only = rows
        .iter()
        .find(|r| r["id"] == "request-read-only-property-max-decreased")
        .unwrap();
    assert_eq!(
        read_only["at"][0]["qualifiers"],
        serde_json::json!(["read-only"])
    );
    let renamed = rows
        .iter()
        .find(|r| r["id"] == "request-path-parameter-renamed")
        .unwrap();
    assert_eq!(renamed["oasdiff_level"], serde_json::Value::Null);
    assert_eq!(renamed["extension"], true);
}
