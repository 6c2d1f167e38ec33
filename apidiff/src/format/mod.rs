//! Rendering a change set: text, markdown, JSON, GitHub Actions annotations, JUnit and SARIF.
//! Accepted changes (see [`crate::Ledger`]) are shown as accepted and count for no verdict.

mod github;
mod json;
mod junit;
mod markdown;
mod sarif;
mod text;

use std::collections::BTreeMap;

use revolv3_oas::{Location, OperationKey};

use crate::{Change, Level, RustChange};

/// Output formats of `xtask diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped by operation, for a terminal.
    Text,
    /// Summary table and details, for a pull-request comment.
    Markdown,
    /// `{"changes": [...]}` for tools.
    Json,
    /// `::error`/`::warning`/`::notice` workflow commands, on the changed line of the head file.
    #[value(name = "githubactions")]
    GithubActions,
    /// A JUnit report: one test case per operation, failing on findings at or above
    /// `--fail-on` (error by default).
    Junit,
    /// SARIF 2.1.0, which GitHub code scanning and other CI systems read.
    Sarif,
}

/// Renders `changes` in `format`, with the Rust changes no finding explains (see
/// [`RustChange`]; text, markdown, JSON and annotations show them). `fail_on` is the level a
/// JUnit test case fails at (error when `None`).
pub fn render(
    changes: &[Change],
    rust_without_finding: &[RustChange],
    format: Format,
    fail_on: Option<Level>,
) -> String {
    match format {
        Format::Text => text::render(changes, rust_without_finding),
        Format::Markdown => markdown::render(changes, rust_without_finding),
        Format::Json => json::render(changes, rust_without_finding),
        Format::GithubActions => github::render(changes, rust_without_finding),
        Format::Junit => junit::render(changes, fail_on.unwrap_or(Level::Error)),
        Format::Sarif => sarif::render(changes),
    }
}

/// How many open (not accepted) changes there are at each level, and how many are accepted.
fn counts(changes: &[Change]) -> ([(Level, usize); 3], usize) {
    let open = |l: Level| {
        changes
            .iter()
            .filter(|c| c.accepted.is_none() && c.level == l)
            .count()
    };
    let accepted = changes.iter().filter(|c| c.accepted.is_some()).count();
    (
        [Level::Error, Level::Warning, Level::Info].map(|l| (l, open(l))),
        accepted,
    )
}

fn summary(changes: &[Change]) -> String {
    let ([(_, e), (_, w), (_, i)], accepted) = counts(changes);
    let accepted = if accepted > 0 {
        format!(", {accepted} accepted")
    } else {
        String::new()
    };
    format!(
        "{} changes: {e} error, {w} warning, {i} info{accepted} (semver: {})",
        changes.len(),
        crate::semver_hint(changes)
    )
}

/// The changes grouped by operation, document-level changes (`None`) first.
fn by_operation(changes: &[Change]) -> BTreeMap<Option<&OperationKey>, Vec<&Change>> {
    let mut groups: BTreeMap<Option<&OperationKey>, Vec<&Change>> = BTreeMap::new();
    for change in changes {
        groups
            .entry(change.operation.as_ref())
            .or_default()
            .push(change);
    }
    groups
}

/// How a change's operation is shown: `METHOD /path`, or `(document)`.
fn operation_shown(operation: Option<&OperationKey>) -> String {
    operation.map_or_else(|| "(document)".to_owned(), ToString::to_string)
}

/// `file:line` of a location whose file and lines are known.
fn file_line(location: &Location) -> Option<String> {
    Some(format!(
        "{}:{}",
        location.file.as_ref()?,
        location.span?.line
    ))
}

/// What a list of Rust changes no finding explains is titled.
const WITHOUT_FINDING: &str =
    "Rust changes no finding explains (a rule is missing, or its level is wrong)";

/// What an accepted change says about its acceptance.
fn accepted_note(change: &Change) -> Option<String> {
    let entry = change.accepted.as_ref()?;
    Some(format!(
        "accepted: {} (by {} on {}{})",
        entry.reason,
        entry.accepted_by,
        entry.date,
        entry
            .expires
            .map(|d| format!(", until {d}"))
            .unwrap_or_default()
    ))
}

#[cfg(test)]
mod tests;
