//! Every registry rule fires in a fixture pair of its own, at its oasdiff level and at its
//! rust-client level, so a rule that stops firing, or fires at another level, fails here in any
//! clone (oasdiff's checker suite lives outside the repository).
//!
//! Layout, under `fixtures/rules/`:
//! - `<name>/base.{yaml,json}` and `<name>/head.{yaml,json}`: the pair, written by hand from
//!   oasdiff's description of the rule, not from our registry.
//! - `<name>/expected.txt`: every finding of the pair, one `rule-id oasdiff-level
//!   rust-client-level` line each (`-` as the oasdiff level of one of our extensions, which
//!   the oasdiff profile leaves out); `#` starts a comment. The pair must report exactly
//!   these, under both profiles.
//! - `<name>/options.txt` (optional): `today YYYY-MM-DD` (default 2025-06-01),
//!   `deprecation-days-beta N`, `deprecation-days-stable N`, `stability-level LEVEL`,
//!   `versioning-policy on|off` (default off, so a pair need not bump `info.version`).
//! - `cannot-fire.txt`: `rule-id: why` for registry rows no input can make fire; the test
//!   fails if one of them fires anywhere.
//!
//! `APIDIFF_RULE_FIXTURES=name,name` runs only those folders (and skips the coverage count),
//! for writing a fixture.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use revolv3_apidiff::{
    Date, Level, Options, Profile, RULES, Rule, Stability, diff_with, load_document_with,
};
use serde_json::Value;

fn rules_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules")
}

/// One expected or reported finding: the rule, its oasdiff level (`None` for an extension)
/// and its rust-client level.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Line {
    id: String,
    oasdiff: Option<Level>,
    rust_client: Level,
}

impl std::fmt::Display for Line {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let oasdiff = self.oasdiff.map_or("-".to_owned(), |l| l.to_string());
        write!(f, "{} {oasdiff} {}", self.id, self.rust_client)
    }
}

fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.split('#').next().unwrap_or_default().trim()))
        .filter(|(_, line)| !line.is_empty())
}

fn parse_expected(path: &Path) -> Result<Vec<Line>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = Vec::new();
    for (n, line) in content_lines(&text) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let bad = || {
            format!(
                "{}:{n}: expected `rule-id oasdiff-level rust-client-level`",
                path.display()
            )
        };
        let [id, oasdiff, rust_client] = words[..] else {
            return Err(bad());
        };
        let oasdiff = match oasdiff {
            "-" => None,
            level => Some(Level::parse(level).ok_or_else(bad)?),
        };
        lines.push(Line {
            id: id.to_owned(),
            oasdiff,
            rust_client: Level::parse(rust_client).ok_or_else(bad)?,
        });
    }
    lines.sort();
    Ok(lines)
}

fn parse_options(dir: &Path) -> Result<Options, String> {
    let mut options = Options {
        today: Date::parse("2025-06-01").expect("a date"),
        versioning_policy: false,
        ..Options::default()
    };
    let path = dir.join("options.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(options);
    };
    for (n, line) in content_lines(&text) {
        let bad = || format!("{}:{n}: cannot read `{line}`", path.display());
        let (key, value) = line.split_once(' ').ok_or_else(bad)?;
        let value = value.trim();
        match key {
            "today" => options.today = Date::parse(value).ok_or_else(bad)?,
            "deprecation-days-beta" => {
                options.deprecation_days_beta = value.parse().map_err(|_| bad())?;
            }
            "deprecation-days-stable" => {
                options.deprecation_days_stable = value.parse().map_err(|_| bad())?;
            }
            "stability-level" => {
                options.stability_level = Stability::parse(value).ok_or_else(bad)?
            }
            "versioning-policy" => {
                options.versioning_policy = match value {
                    "on" => true,
                    "off" => false,
                    _ => return Err(bad()),
                }
            }
            _ => return Err(bad()),
        }
    }
    Ok(options)
}

/// `dir/side.yaml`, `.yml` or `.json`, whichever exists.
fn side(dir: &Path, name: &str) -> Result<PathBuf, String> {
    ["yaml", "yml", "json"]
        .iter()
        .map(|ext| dir.join(format!("{name}.{ext}")))
        .find(|p| p.exists())
        .ok_or_else(|| format!("{}: no {name}.yaml or {name}.json", dir.display()))
}

fn load(path: &Path) -> Result<Value, String> {
    let dir = path.parent().expect("a folder").to_owned();
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut read = |file: &str| std::fs::read(dir.join(file)).map_err(|e| e.to_string());
    load_document_with(&path.display().to_string(), &bytes, &mut read)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// What the pair in `dir` reports, in `expected.txt`'s form: each rust-client finding, with
/// the level the oasdiff profile gave the same rule (the oasdiff run is checked on its own).
fn reported(dir: &Path, options: &Options) -> Result<Vec<Line>, String> {
    let base = load(&side(dir, "base")?)?;
    let head = load(&side(dir, "head")?)?;
    let run = |profile| {
        diff_with(
            &base,
            &head,
            &Options {
                profile,
                ..options.clone()
            },
        )
    };
    let mut oasdiff: Vec<(Rule, Level)> = run(Profile::Oasdiff)
        .iter()
        .map(|c| (c.rule, c.level))
        .collect();
    let mut lines = Vec::new();
    for change in run(Profile::RustClient) {
        let level = oasdiff
            .iter()
            .position(|(rule, _)| *rule == change.rule)
            .map(|i| oasdiff.swap_remove(i).1);
        lines.push(Line {
            id: change.rule.id().to_owned(),
            oasdiff: level,
            rust_client: change.level,
        });
    }
    // A finding only the oasdiff profile reports would be a profile bug: show it as such.
    for (rule, level) in oasdiff {
        lines.push(Line {
            id: format!("{}(oasdiff-only)", rule.id()),
            oasdiff: Some(level),
            rust_client: level,
        });
    }
    lines.sort();
    Ok(lines)
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
            let show = |lines: &[Line]| {
                lines
                    .iter()
                    .map(|l| format!("    {l}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
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
