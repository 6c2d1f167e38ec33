//! `cargo xtask semver BASE HEAD`: the API diff's verdict for callers of revolv3-client, proven
//! against cargo-semver-checks on the two clients the pipeline generates.
//!
//! Both specs go through the same pipeline as the real client (pinned names included) into two
//! crates under `target/semver/` that borrow revolv3-client's support code, as `try-spec`'s
//! do; cargo-semver-checks then compares them, HEAD as the current release, BASE as the
//! baseline. cargo-semver-checks reports what breaks, never what is added, so the two agree
//! when both say breaking, or both say not breaking. The Rust changes between the two clients
//! (`crate::rust_api`) say what each finding does to callers, explain a difference the tool
//! cannot see (`blind_spots`), and expose a break no finding rates as one.

use std::fmt;
use std::path::Path;

use revolv3_apidiff::{Change, Level, Options, Profile, RustChange, diff_with, semver_hint};

use crate::rust_api::Clients;

use crate::Failure;

mod blind_spots;

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

/// Prints both verdicts, the Rust changes with the findings behind them, and `semver: agree`,
/// `semver: explained` (the verdicts differ only where cargo-semver-checks cannot see, each
/// finding named with the reason) or `semver: disagree` (or, with `--tool-version`, the
/// version it needs). Fails with drift (exit 1) on a disagreement nothing explains, and on a
/// breaking Rust change no error-level finding is behind.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (Some(base), Some(head)) = (args.base.as_deref(), args.head.as_deref()) else {
        println!("{TOOL_VERSION}");
        return Ok(());
    };
    let reading = args.reading.reading();
    let limits = reading.limits;
    let base_bytes = crate::source::read(root, base, limits)?;
    let head_bytes = crate::source::read(root, head, limits)?;
    let assessment = assess(root, (base, &base_bytes), (head, &head_bytes), &reading)?;
    let scratch = crate::workspace::target_dir(root).join("semver");
    let (base_code, head_code) = assessment.clients.code();
    let mut crates = Vec::new();
    for (label, code) in [("baseline", base_code), ("current", head_code)] {
        crates.push(crate::try_spec::write_crate(
            root,
            &scratch.join(label),
            ("revolv3-client-semver", "1.0.0"),
            code,
        )?);
    }
    let report = cargo_semver_checks(&crates[1], &crates[0], &scratch.join("target"))?;
    let tool = report.verdict();
    let verdict = assessment.verdict;
    println!("diff: {verdict}");
    if report.lints.is_empty() {
        println!("cargo-semver-checks: {tool}");
    } else {
        println!("cargo-semver-checks: {tool} ({})", report.lints.join(", "));
    }
    print!("{}", rust_changes_shown(&assessment));
    let judgement = judge(
        &assessment.changes,
        &assessment.rust_without_finding,
        verdict,
        tool,
    );
    print!("{judgement}");
    if judgement.holds() {
        Ok(())
    } else {
        Err(Failure::Drift(format!(
            "the rust-client diff says {verdict}, cargo-semver-checks says {tool}, and the \
             Rust API says otherwise (see above)"
        )))
    }
}

/// What `semver` concludes from the two verdicts and the Rust changes.
pub struct Judgement {
    /// The verdicts agree, or differ only where cargo-semver-checks cannot see: each
    /// breaking finding it did not see, with the reason.
    explained: Vec<(String, String)>,
    /// The verdicts differ, and nothing explains it: the findings (or lints) at issue.
    unexplained: Vec<String>,
    /// Breaking Rust changes no error-level finding is behind: a rule is missing, or a
    /// level is wrong.
    unfounded: Vec<RustChange>,
    agree: bool,
}

impl Judgement {
    fn holds(&self) -> bool {
        self.unexplained.is_empty() && self.unfounded.is_empty()
    }
}

impl fmt::Display for Judgement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for rust in &self.unfounded {
            writeln!(
                f,
                "rule missing or level wrong: {rust} breaks callers, and no error-level finding \
                 is behind it"
            )?;
        }
        if !self.unexplained.is_empty() {
            writeln!(f, "semver: disagree")?;
            for what in &self.unexplained {
                writeln!(f, "  {what}")?;
            }
        } else if self.agree {
            writeln!(f, "semver: agree")?;
        } else {
            writeln!(
                f,
                "semver: explained: every break the diff found and cargo-semver-checks did not \
                 is one it cannot see"
            )?;
            for (finding, why) in &self.explained {
                writeln!(f, "  {finding}: {why}")?;
            }
        }
        Ok(())
    }
}

/// Judges the diff's verdict (of `changes`) against cargo-semver-checks' (`tool`), with the
/// Rust changes attached to the findings and those without one.
fn judge(
    changes: &[Change],
    rust_without_finding: &[RustChange],
    verdict: Verdict,
    tool: Verdict,
) -> Judgement {
    let breaks = |c: &&Change| c.accepted.is_none() && c.level == Level::Error;
    let unfounded: Vec<RustChange> = rust_changes(changes, rust_without_finding)
        .into_iter()
        .filter(|rust| rust.breaking())
        .filter(|rust| !changes.iter().filter(breaks).any(|c| c.rust.contains(rust)))
        .collect();
    let agree = agree(verdict, tool);
    let mut explained = Vec::new();
    let mut unexplained = Vec::new();
    if !agree && verdict == Verdict::Major {
        // Breaks the diff found that cargo-semver-checks did not: each must be one it cannot
        // see. (Identical findings, one per media type, are judged once.)
        let mut seen = std::collections::BTreeSet::new();
        for finding in changes.iter().filter(breaks) {
            let shown = finding_shown(finding);
            if !seen.insert(shown.clone()) {
                continue;
            }
            match blind_spots::why_unseen(finding) {
                Some(why) => explained.push((shown, why)),
                None => unexplained.push(format!(
                    "{shown}: breaks callers, yet cargo-semver-checks sees no break, and it is \
                     nothing cargo-semver-checks cannot see"
                )),
            }
        }
    } else if !agree {
        unexplained.push(format!(
            "cargo-semver-checks sees a break the diff does not rate breaking (the diff says \
             {verdict})"
        ));
    }
    Judgement {
        explained,
        unexplained,
        unfounded,
        agree,
    }
}

/// `rule (METHOD /path): message`.
fn finding_shown(finding: &Change) -> String {
    match &finding.operation {
        Some(op) => format!("{} ({op}): {}", finding.rule.id(), finding.message),
        None => format!("{}: {}", finding.rule.id(), finding.message),
    }
}

/// Every Rust change, each once: those behind findings, then those no finding explains.
pub fn rust_changes(changes: &[Change], rust_without_finding: &[RustChange]) -> Vec<RustChange> {
    let mut all: Vec<RustChange> = changes
        .iter()
        .flat_map(|c| c.rust.iter().cloned())
        .collect();
    all.sort();
    all.dedup();
    all.extend(rust_without_finding.iter().cloned());
    all
}

/// The Rust changes, each with the findings behind it (each once).
fn rust_changes_shown(assessment: &Assessment) -> String {
    let mut out = String::new();
    let all = rust_changes(&assessment.changes, &assessment.rust_without_finding);
    if all.is_empty() {
        return "Rust API: unchanged\n".to_owned();
    }
    out.push_str("Rust API:\n");
    for rust in &all {
        out.push_str(&format!("  {rust}\n"));
        let mut behind: Vec<String> = assessment
            .changes
            .iter()
            .filter(|c| c.rust.contains(rust))
            .map(|c| format!("{} {}", c.level, finding_shown(c)))
            .collect();
        behind.dedup();
        if behind.is_empty() {
            out.push_str("    (no finding behind it: a rule is missing, or its level is wrong)\n");
        }
        for finding in behind {
            out.push_str(&format!("    from {finding}\n"));
        }
    }
    out
}

/// The findings for callers of revolv3-client, as `semver`, `release` and `refresh` judge
/// them: the rust-client levels, with each operation's path-item parameters counted as its own
/// (`--flatten-params`), as the generated client has them, so a parameter moved between the
/// two changes nothing. (The API-diff workflow passes that flag for the same reason.)
pub fn rust_client_diff(
    base: &serde_json::Value,
    head: &serde_json::Value,
) -> Result<Vec<Change>, Failure> {
    let options = Options {
        profile: Profile::RustClient,
        flatten_params: true,
        ..Options::default()
    };
    diff_with(base, head, &options).map_err(|e| Failure::Error(e.to_string()))
}

/// The rust-client diff of two specs and what it does to the Rust API: both clients
/// generated, each Rust change attached to the findings behind it.
pub struct Assessment {
    pub changes: Vec<Change>,
    pub verdict: Verdict,
    /// Rust changes no finding explains.
    pub rust_without_finding: Vec<RustChange>,
    pub clients: Clients,
}

/// Diffs `base` and `head` (each a `(source, bytes)` pair) with the `rust-client` profile,
/// generates both clients, and attaches the Rust changes. External `$ref`s are followed as
/// `xtask diff` follows them.
pub fn assess(
    root: &Path,
    base: (&str, &[u8]),
    head: (&str, &[u8]),
    reading: &crate::source::Reading,
) -> Result<Assessment, Failure> {
    let parse = |(source, bytes): (&str, &[u8])| crate::diff::parse(root, source, bytes, reading);
    let (base_source, head_source) = (base.0, head.0);
    let (base, head) = (parse(base)?, parse(head)?);
    let mut changes = rust_client_diff(&base.document, &head.document)?;
    revolv3_apidiff::locate(&mut changes, &base, &head);
    let clients = Clients::generate(
        root,
        (base_source, &base.document),
        (head_source, &head.document),
    )?;
    let rust_without_finding = clients.attach(&base.document, &head.document, &mut changes);
    let verdict = match semver_hint(&changes) {
        "major" => Verdict::Major,
        "minor" => Verdict::Minor,
        _ => Verdict::None,
    };
    Ok(Assessment {
        changes,
        verdict,
        rust_without_finding,
        clients,
    })
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

    fn finding(id: &str, level: Level, rust: Vec<RustChange>) -> Change {
        Change {
            rule: revolv3_apidiff::Rule::from_id(id).unwrap(),
            level,
            operation: revolv3_oas::OperationKey::parse("POST /pets"),
            base_location: None,
            head_location: None,
            head_anchor: None,
            message: format!("{id} happened"),
            fingerprint: revolv3_apidiff::Fingerprint::default(),
            accepted: None,
            rust,
        }
    }

    fn rust(
        item: &str,
        kind: revolv3_apidiff::RustChangeKind,
        before: &str,
        after: &str,
    ) -> RustChange {
        let text = |t: &str| (!t.is_empty()).then(|| t.to_owned());
        RustChange {
            item: item.into(),
            change: kind,
            before: text(before),
            after: text(after),
        }
    }

    #[test]
    fn a_break_the_tool_cannot_see_is_explained_with_its_reason() {
        use revolv3_apidiff::RustChangeKind::TypeChanged;
        let retyped = rust("types::Pet::age", TypeChanged, "Option<i64>", "i64");
        let changes = [
            finding(
                "request-property-became-required",
                Level::Error,
                vec![retyped],
            ),
            finding("new-required-request-parameter", Level::Error, Vec::new()),
        ];
        let judgement = judge(&changes, &[], Verdict::Major, Verdict::None);
        assert!(judgement.holds(), "{judgement}");
        let shown = judgement.to_string();
        assert!(shown.starts_with("semver: explained"), "{shown}");
        assert!(
            shown.contains("types::Pet::age: Option<i64> is now i64"),
            "{shown}"
        );
        assert!(
            shown.contains("send() (or the body's try_into()) fails"),
            "{shown}"
        );
    }

    #[test]
    fn a_break_nothing_explains_is_a_disagreement() {
        // A removed field is a break cargo-semver-checks sees: when it says none, something
        // is wrong.
        let removed = rust(
            "types::Pet::name",
            revolv3_apidiff::RustChangeKind::Removed,
            "String",
            "",
        );
        let changes = [finding(
            "response-optional-property-removed",
            Level::Error,
            vec![removed],
        )];
        let judgement = judge(&changes, &[], Verdict::Major, Verdict::None);
        assert!(!judgement.holds());
        assert!(
            judgement.to_string().starts_with("semver: disagree"),
            "{judgement}"
        );
        // And a break the tool sees that the diff rates lower.
        let judgement = judge(&[], &[], Verdict::Minor, Verdict::Major);
        assert!(!judgement.holds(), "{judgement}");
    }

    #[test]
    fn a_breaking_rust_change_without_an_error_finding_is_a_rule_missing_or_a_level_wrong() {
        use revolv3_apidiff::RustChangeKind::{Added, TypeChanged};
        let retyped = rust("types::Pet::age", TypeChanged, "i32", "i64");
        // Behind an info-level finding only: the level is wrong.
        let changes = [finding(
            "response-property-type-changed",
            Level::Info,
            vec![retyped.clone()],
        )];
        let judgement = judge(&changes, &[], Verdict::Minor, Verdict::None);
        assert!(!judgement.holds());
        assert!(
            judgement
                .to_string()
                .contains("rule missing or level wrong: types::Pet::age: i32 is now i64"),
            "{judgement}"
        );
        // Behind no finding at all: a rule is missing.
        let judgement = judge(
            &[],
            std::slice::from_ref(&retyped),
            Verdict::None,
            Verdict::None,
        );
        assert!(!judgement.holds(), "{judgement}");
        // An added item breaks nobody.
        let added = rust("types::Pet::tag", Added, "", "Option<String>");
        let judgement = judge(&[], &[added], Verdict::None, Verdict::None);
        assert!(judgement.holds(), "{judgement}");
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
