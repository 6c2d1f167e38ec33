//! Fixture pairs as `tests/rules.rs` and `tests/options.rs` read them: a folder with
//! `base.{yaml,json}`, `head.{yaml,json}`, an optional `options.txt` and the expected
//! findings, one `rule-id oasdiff-level rust-client-level` line each (`-` as the oasdiff level
//! of one of our extensions, which the oasdiff profile leaves out); `#` starts a comment.
//!
//! `options.txt`, one `key value` per line:
//! - `today YYYY-MM-DD` (default 2025-06-01), `deprecation-days-beta N`,
//!   `deprecation-days-stable N`, `stability-level LEVEL`, `versioning-policy on|off` (default
//!   off, so a pair need not bump `info.version`);
//! - the scoping and severity options, named and written as `xtask diff`'s flags:
//!   `case-sensitive-headers on|off`, `match-path REGEX`, `unmatch-path REGEX`,
//!   `filter-extension REGEX`, `exclude-extensions NAME,...`, `exclude-elements
//!   ELEMENT,...`, `flatten-params on|off`, `flatten-allof on|off`, `include-path-params
//!   on|off`, `severity-levels FILE` (relative to the folder). A regular expression cannot
//!   hold `#`, which starts a comment.

use std::path::{Path, PathBuf};

use regex::Regex;
use revolv3_apidiff::{
    Date, Element, HeaderNames, Level, Options, PathMatching, Profile, Rule, SeverityLevels,
    Stability, diff_with, load_document_with,
};
use serde_json::Value;

/// One expected or reported finding: the rule, its oasdiff level (`None` for an extension)
/// and its rust-client level.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Line {
    pub id: String,
    pub oasdiff: Option<Level>,
    pub rust_client: Level,
}

impl std::fmt::Display for Line {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let oasdiff = self.oasdiff.map_or("-".to_owned(), |l| l.to_string());
        write!(f, "{} {oasdiff} {}", self.id, self.rust_client)
    }
}

/// `lines` as a failure message shows them, one indented line each.
pub fn show(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The lines of `text` with their numbers, comments and blank lines left out.
pub fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.split('#').next().unwrap_or_default().trim()))
        .filter(|(_, line)| !line.is_empty())
}

/// The findings an `expected*.txt` lists, sorted.
pub fn parse_expected(path: &Path) -> Result<Vec<Line>, String> {
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

/// The options every pair runs with unless its `options.txt` says otherwise.
pub fn default_options() -> Options {
    Options {
        today: Date::parse("2025-06-01").expect("a date"),
        versioning_policy: false,
        ..Options::default()
    }
}

/// The options of the pair in `dir`: [`default_options`] with its `options.txt` applied.
pub fn parse_options(dir: &Path) -> Result<Options, String> {
    let mut options = default_options();
    let path = dir.join("options.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(options);
    };
    for (n, line) in content_lines(&text) {
        let bad = || format!("{}:{n}: cannot read `{line}`", path.display());
        let (key, value) = line.split_once(' ').ok_or_else(bad)?;
        let value = value.trim();
        let on = || match value {
            "on" => Ok(true),
            "off" => Ok(false),
            _ => Err(bad()),
        };
        let regex = || Regex::new(value).map_err(|e| format!("{}: {e}", bad()));
        let names = || value.split(',').map(str::trim);
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
            "versioning-policy" => options.versioning_policy = on()?,
            "case-sensitive-headers" => {
                options.header_names = if on()? {
                    HeaderNames::CaseSensitive
                } else {
                    HeaderNames::CaseInsensitive
                }
            }
            "match-path" => options.scope.only_paths = Some(regex()?),
            "unmatch-path" => options.scope.except_paths = Some(regex()?),
            "filter-extension" => options.scope.except_with_extension = Some(regex()?),
            "exclude-extensions" => options.excluded_extensions = names().map(Into::into).collect(),
            "exclude-elements" => {
                options.excluded_elements = names()
                    .map(|name| <Element as clap::ValueEnum>::from_str(name, false))
                    .collect::<Result<_, _>>()
                    .map_err(|_| bad())?
            }
            "flatten-params" => options.flatten_params = on()?,
            "flatten-allof" => options.flatten_all_of = on()?,
            "include-path-params" => {
                options.path_matching = if on()? {
                    PathMatching::Exact
                } else {
                    PathMatching::IgnoringVariableNames
                }
            }
            "severity-levels" => {
                let file = dir.join(value);
                let text = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{}: {e}", file.display()))?;
                options.severity_levels =
                    SeverityLevels::parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
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

/// What the pair in `dir` reports under `options`, in `expected.txt`'s form: each rust-client
/// finding, with the level the oasdiff profile gave the same rule (the oasdiff run is checked
/// on its own).
pub fn reported(dir: &Path, options: &Options) -> Result<Vec<Line>, String> {
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
        .map_err(|e| format!("{}: {} {e}", dir.display(), e.document))
    };
    let mut oasdiff: Vec<(Rule, Level)> = run(Profile::Oasdiff)?
        .iter()
        .map(|c| (c.rule, c.level))
        .collect();
    let mut lines = Vec::new();
    for change in run(Profile::RustClient)? {
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
