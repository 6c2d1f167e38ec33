//! Every registry rule fires in a fixture pair of its own, at its oasdiff level and at its
//! rust-client level, so a rule that stops firing, or fires at another level, fails here in any
//! clone (oasdiff's checker suite lives outside the repository).
//!
//! Layout, under `fixtures/rules/`:
//! - `<name>/base.{yaml,json}` and `<name>/head.{yaml,json}`: the pair, written by hand from
//!   oasdiff's description of the rule, not from our registry.
//! - `<name>/expected.txt`: every finding of the pair (see `fixture_pairs` for the form).
//!   The pair must report exactly these, under both profiles.
//! - `<name>/options.txt` (optional): the options of the run (see `fixture_pairs`).
//! - `cannot-fire.txt`: `rule-id: why` for registry rows no input can make fire; the test
//!   fails if one of them fires anywhere.
//!
//! `APIDIFF_RULE_FIXTURES=name,name` runs only those folders (and skips the coverage count),
//! for writing a fixture.

mod fixture_pairs;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fixture_pairs::{content_lines, parse_expected, parse_options, reported, show};
use revolv3_apidiff::{RULES, Rule};

fn rules_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

fn cannot_fire() -> BTreeMap<String, String> {
    let path = rules_dir().join("cannot-fire.txt");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    content_lines(&text)
        .map(|(n, line)| {
            let (id, why) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("{}:{n}: expected `rule-id: why`", path.display()));
            assert!(
                why.trim().len() > 20,
                "{}:{n}: say why {id} cannot fire",
                path.display()
            );
            (id.trim().to_owned(), why.trim().to_owned())
        })
        .collect()
}

fn fixture_dirs() -> Vec<PathBuf> {
    let only: Option<BTreeSet<String>> = std::env::var("APIDIFF_RULE_FIXTURES")
        .ok()
        .map(|v| v.split(',').map(|s| s.trim().to_owned()).collect());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(rules_dir())
        .expect("fixtures/rules exists")
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|p| p.is_dir())
        .filter(|p| {
            only.as_ref().is_none_or(|only| {
                only.contains(
                    p.file_name()
                        .unwrap_or_default()
                        .to_str()
                        .unwrap_or_default(),
                )
            })
        })
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn every_rule_fires_in_a_fixture_at_both_levels() {
    let known: BTreeMap<&str, Rule> = RULES.iter().map(|d| (d.id, d.rule)).collect();
    let cannot = cannot_fire();
    for id in cannot.keys() {
        assert!(
            known.contains_key(id.as_str()),
            "cannot-fire.txt names `{id}`, which is not a registry rule"
        );
    }
    let mut failures = Vec::new();
    let mut proven = BTreeSet::new();
    let dirs = fixture_dirs();
    for dir in &dirs {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        let outcome = (|| {
            let expected = parse_expected(&dir.join("expected.txt"))?;
            let options = parse_options(dir)?;
            let reported = reported(dir, &options)?;
            Ok::<_, String>((expected, reported))
        })();
        let (expected, reported) = match outcome {
            Ok(pair) => pair,
            Err(e) => {
                failures.push(format!("{name}: {e}"));
                continue;
            }
        };
        for line in &expected {
            if !known.contains_key(line.id.as_str()) {
                failures.push(format!("{name}: `{}` is not a registry rule", line.id));
            }
        }
        if expected != reported {
            failures.push(format!(
                "{name}: the pair reports other findings than expected.txt\n  expected:\n{}\n  reported:\n{}",
                show(&expected),
                show(&reported)
            ));
            continue;
        }
        for line in reported {
            if let Some(why) = cannot.get(&line.id) {
                failures.push(format!(
                    "{name}: `{}` fired, but cannot-fire.txt says it cannot: {why}",
                    line.id
                ));
            }
            if let Some(rule) = known.get(line.id.as_str()) {
                // The run's levels are the registry's (both profiles were compared above), so
                // a rule is proven once it fires anywhere.
                proven.insert(*rule);
            }
        }
    }
    let unmatched = revolv3_apidiff::unmatched_changes();
    assert!(
        unmatched.is_empty(),
        "changes no registry row covers (add a rule or a silent row):\n  {}",
        unmatched.join("\n  ")
    );
    assert!(
        failures.is_empty(),
        "{} fixture problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
    if std::env::var_os("APIDIFF_RULE_FIXTURES").is_some() {
        println!("{} fixture(s) agree", dirs.len());
        return;
    }
    let unproven: Vec<&str> = RULES
        .iter()
        .filter(|d| !proven.contains(&d.rule) && !cannot.contains_key(d.id))
        .map(|d| d.id)
        .collect();
    println!(
        "rules proven: {}/{} ({} cannot fire), in {} fixture pairs",
        proven.len(),
        RULES.len(),
        cannot.len(),
        dirs.len()
    );
    assert!(
        unproven.is_empty(),
        "{} rule(s) have no fixture pair where they fire:\n  {}",
        unproven.len(),
        unproven.join("\n  ")
    );
}
