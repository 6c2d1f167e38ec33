//! `cargo xtask semver BASE HEAD`: the API diff's verdict for callers of revolv3-client, proven
//! against cargo-semver-checks on the two clients the pipeline generates.
//!
//! Both specs go through the same pipeline as the real client (pinned names included) into two
//! crates under `target/semver/` that borrow revolv3-client's support code, as `try-spec`'s
//! do; cargo-semver-checks then compares them, HEAD as the current release, BASE as the
//! baseline. cargo-semver-checks reports what breaks, never what is added, so the two agree
//! when both say breaking, or both say not breaking.

use std::fmt;
use std::path::Path;

use revolv3_apidiff::{Change, Profile, diff, semver_hint};
use revolv3_codegen::Mock;

use crate::Failure;

/// The cargo-semver-checks release this command is written against; `.ci/run` installs it.
pub const TOOL_VERSION: &str = "0.51.0";

/// The size of a release a change calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Breaking: callers may stop compiling or working.
    Major,
    /// Additive.
    Minor,
    /// No change to the API.
    None,
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Major => "major",
            Verdict::Minor => "minor",
            Verdict::None => "none",
        })
    }
}

/// What cargo-semver-checks found: breaking lints, or none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolReport {
    /// The lints that fired, by name, in the order reported.
    pub lints: Vec<String>,
}

impl ToolReport {
    fn verdict(&self) -> Verdict {
        if self.lints.is_empty() {
            Verdict::None
        } else {
            Verdict::Major
        }
    }
}

/// Whether the diff's verdict and cargo-semver-checks' agree.
pub fn agree(diff: Verdict, tool: Verdict) -> bool {
    (diff == Verdict::Major) == (tool == Verdict::Major)
}

/// Generate the client for BASE and HEAD (as for `diff`) and check the rust-client diff's
/// verdict (major, minor, none) against cargo-semver-checks on the two generated crates.
/// Exit 0 when they agree, 1 when they disagree, 2 on bad input or a tool failure.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required_unless_present = "tool_version")]
    base: Option<String>,
    #[arg(required_unless_present = "tool_version")]
    head: Option<String>,
    /// Print the cargo-semver-checks version this command needs, and exit.
    #[arg(long, conflicts_with_all = ["base", "head"])]
    tool_version: bool,
    #[command(flatten)]
    reading: crate::source::ReadArgs,
}

/// Prints `diff: V`, `cargo-semver-checks: V (lints)` and `semver: agree|disagree` (or, with
/// `--tool-version`, the version it needs); fails with drift (exit 1) on disagreement.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (Some(base), Some(head)) = (args.base.as_deref(), args.head.as_deref()) else {
        println!("{TOOL_VERSION}");
        return Ok(());
    };
    let reading = args.reading.reading();
    let limits = reading.limits;
    let base_bytes = crate::source::read(root, base, limits)?;
    let head_bytes = crate::source::read(root, head, limits)?;
    let (_, verdict) = api_changes(root, (base, &base_bytes), (head, &head_bytes), &reading)?;
    let pinned = crate::workspace::read_names(root)?;
    let scratch = crate::workspace::target_dir(root).join("semver");
    let mut crates = Vec::new();
    for (label, source, bytes) in [
        ("baseline", base, &base_bytes),
        ("current", head, &head_bytes),
    ] {
        let output = revolv3_codegen::run(bytes, &pinned, Mock::Skip, None)
            .map_err(|e| Failure::Error(format!("{source}: {e}")))?;
        crates.push(crate::try_spec::write_crate(
            root,
            &scratch.join(label),
            ("revolv3-client-semver", "1.0.0"),
            &output.code.client,
        )?);
    }
    let report = cargo_semver_checks(&crates[1], &crates[0], &scratch.join("target"))?;
    let tool = report.verdict();
    println!("diff: {verdict}");
    if report.lints.is_empty() {
        println!("cargo-semver-checks: {tool}");
    } else {
        println!("cargo-semver-checks: {tool} ({})", report.lints.join(", "));
    }
    if agree(verdict, tool) {
        println!("semver: agree");
        Ok(())
    } else {
        println!("semver: disagree");
        Err(Failure::Drift(format!(
            "the rust-client diff says {verdict}, cargo-semver-checks says {tool}"
        )))
    }
}

/// The `rust-client` profile's changes from `base` to `head`, each a `(source, bytes)` pair, and
/// the release they call for. External `$ref`s are followed as `xtask diff` follows them.
pub fn api_changes(
    root: &Path,
    base: (&str, &[u8]),
    head: (&str, &[u8]),
    reading: &crate::source::Reading,
) -> Result<(Vec<Change>, Verdict), Failure> {
    let parse = |(source, bytes): (&str, &[u8])| crate::diff::parse(root, source, bytes, reading);
    let (base, head) = (parse(base)?, parse(head)?);
    let mut changes = diff(&base.document, &head.document, Profile::RustClient);
    revolv3_apidiff::locate(&mut changes, &base, &head);
    let verdict = match semver_hint(&changes) {
        "major" => Verdict::Major,
        "minor" => Verdict::Minor,
        _ => Verdict::None,
    };
    Ok((changes, verdict))
}

/// Runs cargo-semver-checks on `current` against `baseline` (crate folders), as a minor
/// release: both carry the same version, and without `--release-type` it would assume a
/// major release and check nothing.
fn cargo_semver_checks(
    current: &Path,
    baseline: &Path,
    target: &Path,
) -> Result<ToolReport, Failure> {
    let output = crate::workspace::cargo_command()
        .args(["semver-checks", "check-release", "--manifest-path"])
        .arg(current.join("Cargo.toml"))
        .arg("--baseline-root")
        .arg(baseline)
        .args(["--release-type", "minor", "--color", "never"])
        .env("CARGO_TARGET_DIR", target)
        .output()
        .map_err(|e| Failure::Error(format!("could not run cargo: {e}")))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if text.contains("no such command: `semver-checks`") || text.contains("no such subcommand") {
        return Err(Failure::Error(format!(
            "cargo-semver-checks is not installed: cargo install --locked cargo-semver-checks@{TOOL_VERSION}"
        )));
    }
    let lints = fired_lints(&text);
    if output.status.success() || !lints.is_empty() {
        Ok(ToolReport { lints })
    } else {
        // The end of its output says why (a build error, usually).
        let lines: Vec<&str> = text.lines().collect();
        let tail = &lines[lines.len().saturating_sub(15)..];
        Err(Failure::Error(format!(
            "cargo-semver-checks failed without a verdict ({}):\n{}",
            output.status,
            tail.join("\n")
        )))
    }
}

/// The lint names in cargo-semver-checks' report: its `--- failure LINT: description ---`
/// headings.
fn fired_lints(text: &str) -> Vec<String> {
    let mut lints: Vec<String> = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.trim().strip_prefix("--- failure ") else {
            continue;
        };
        let name = rest.split(':').next().unwrap_or_default().trim().to_owned();
        if !name.is_empty() && !lints.contains(&name) {
            lints.push(name);
        }
    }
    lints
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaking_against_breaking_agrees_and_additive_against_nothing_agrees() {
        assert!(agree(Verdict::Major, Verdict::Major));
        assert!(agree(Verdict::Minor, Verdict::None));
        assert!(agree(Verdict::None, Verdict::None));
        assert!(!agree(Verdict::Major, Verdict::None));
        assert!(!agree(Verdict::Minor, Verdict::Major));
    }

    #[test]
    fn reads_the_lints_that_fired() {
        let report = "     Parsing revolv3-client-semver v1.0.0 (current)\n\
            --- failure struct_pub_field_missing: pub struct's pub field removed or renamed ---\n\
            \nDescription:\n...\n\
            --- failure inherent_method_missing: pub method removed or renamed ---\n\
            --- failure struct_pub_field_missing: pub struct's pub field removed or renamed ---\n";
        assert_eq!(
            fired_lints(report),
            ["struct_pub_field_missing", "inherent_method_missing"]
        );
        assert!(fired_lints("     Summary no semver update required\n").is_empty());
    }
}
