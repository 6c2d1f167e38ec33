//! Each scoping and severity option changes what a fixture pair of its own reports.
//!
//! Layout, under `fixtures/options/<option>/`, named after the `options.txt` key (and the
//! `xtask diff` flag) it shows:
//! - `base.yaml`, `head.yaml`: the pair;
//! - `options.txt`: the option (see `fixture_pairs`);
//! - `expected.txt`: what the pair reports with it, `expected-default.txt`: without it, which
//!   must differ.

mod fixture_pairs;

use std::collections::BTreeSet;
use std::path::PathBuf;

use fixture_pairs::{default_options, parse_expected, parse_options, reported, show};

/// The options each of which has a folder.
const OPTIONS: [&str; 10] = [
    "case-sensitive-headers",
    "match-path",
    "unmatch-path",
    "filter-extension",
    "exclude-extensions",
    "exclude-elements",
    "flatten-params",
    "flatten-allof",
    "include-path-params",
    "severity-levels",
];

fn options_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/options")
}

#[test]
fn each_option_changes_what_its_pair_reports() {
    let folders: BTreeSet<String> = std::fs::read_dir(options_dir())
        .expect("fixtures/options exists")
        .map(|entry| entry.expect("a readable folder").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    let wanted: BTreeSet<String> = OPTIONS.iter().map(|o| (*o).to_owned()).collect();
    assert_eq!(folders, wanted, "one folder per option");
    let mut failures = Vec::new();
    for option in OPTIONS {
        let dir = options_dir().join(option);
        let outcome = (|| {
            let options = parse_options(&dir)?;
            let with = (
                parse_expected(&dir.join("expected.txt"))?,
                reported(&dir, &options)?,
            );
            let without = (
                parse_expected(&dir.join("expected-default.txt"))?,
                reported(&dir, &default_options())?,
            );
            Ok::<_, String>((with, without))
        })();
        let ((expected, with), (expected_default, without)) = match outcome {
            Ok(runs) => runs,
            Err(e) => {
                failures.push(format!("{option}: {e}"));
                continue;
            }
        };
        for (file, expected, reported) in [
            ("expected.txt", &expected, &with),
            ("expected-default.txt", &expected_default, &without),
        ] {
            if expected != reported {
                failures.push(format!(
                    "{option}: the pair reports other findings than {file}\n  expected:\n{}\n  reported:\n{}",
                    show(expected),
                    show(reported)
                ));
            }
        }
        if with == without {
            failures.push(format!(
                "{option}: the option changes nothing here:\n{}",
                show(&with)
            ));
        }
    }
    let unmatched = revolv3_apidiff::unmatched_changes();
    assert!(
        unmatched.is_empty(),
        "changes no registry row covers:\n  {}",
        unmatched.join("\n  ")
    );
    assert!(
        failures.is_empty(),
        "{} problem(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A finding about a header whose spelling changed names it as the head spells it, at its
/// place in each document.
#[test]
fn a_header_spelled_otherwise_is_reported_as_the_head_spells_it() {
    let dir = options_dir().join("case-sensitive-headers");
    let load = |name: &str| {
        let path = dir.join(name);
        let bytes = std::fs::read(&path).expect("the fixture");
        revolv3_apidiff::load_document(&path.display().to_string(), &bytes).expect("a document")
    };
    let changes =
        revolv3_apidiff::diff_with(&load("base.yaml"), &load("head.yaml"), &default_options())
            .expect("nothing to flatten");
    let [change] = &changes[..] else {
        panic!("one change expected: {changes:?}");
    };
    assert_eq!(
        change.message,
        "the type of the `header` parameter `x-trace` changed from `string` to `integer`"
    );
    let pointer = |at: &Option<revolv3_oas::Location>| at.as_ref().map(|l| l.pointer.clone());
    assert_eq!(
        (
            pointer(&change.base_location),
            pointer(&change.head_location)
        ),
        (
            Some("/paths/~1orders/get/parameters/1/schema".to_owned()),
            Some("/paths/~1orders/get/parameters/1/schema".to_owned())
        )
    );
}
