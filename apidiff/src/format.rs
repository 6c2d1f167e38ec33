//! Rendering a change set: text, markdown, JSON, GitHub Actions annotations.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use revolv3_oas::OperationKey;

use crate::{Change, Level};

/// Output formats of `xtask diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Grouped by operation, for a terminal.
    Text,
    /// Summary table and details, for a pull-request comment.
    Markdown,
    /// `{"changes": [...]}` for tools.
    Json,
    /// `::error`/`::warning`/`::notice` workflow commands.
    #[value(name = "githubactions")]
    GithubActions,
}

/// Renders `changes` in `format`.
pub fn render(changes: &[Change], format: Format) -> String {
    match format {
        Format::Text => text(changes),
        Format::Markdown => markdown(changes),
        Format::Json => json(changes),
        Format::GithubActions => github_actions(changes),
    }
}

fn counts(changes: &[Change]) -> [(Level, usize); 3] {
    [Level::Error, Level::Warning, Level::Info]
        .map(|l| (l, changes.iter().filter(|c| c.level == l).count()))
}

fn summary(changes: &[Change]) -> String {
    let [(_, e), (_, w), (_, i)] = counts(changes);
    format!(
        "{} changes: {e} error, {w} warning, {i} info (semver: {})",
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

fn text(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no changes\n".to_owned();
    }
    let mut out = String::new();
    for (operation, group) in by_operation(changes) {
        let _ = writeln!(out, "{}", operation_shown(operation));
        for c in group {
            let _ = writeln!(
                out,
                "  {:<7} {}: {}",
                c.level.to_string(),
                c.rule.id(),
                c.message
            );
            if let Some(at) = &c.base_location {
                let _ = writeln!(out, "          base: {}", at.pointer);
            }
            if let Some(at) = &c.head_location {
                let _ = writeln!(out, "          head: {}", at.pointer);
            }
        }
    }
    let _ = writeln!(out, "{}", summary(changes));
    out
}

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn markdown(changes: &[Change]) -> String {
    let mut out = String::from("## API changes\n\n| level | count |\n|---|---|\n");
    for (level, count) in counts(changes) {
        let _ = writeln!(out, "| {level} | {count} |");
    }
    let _ = writeln!(out, "\nSemver hint: **{}**\n", crate::semver_hint(changes));
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    for (operation, group) in by_operation(changes) {
        let _ = writeln!(
            out,
            "### `{}`\n\n| level | rule | change |\n|---|---|---|",
            operation_shown(operation)
        );
        for c in group {
            let _ = writeln!(
                out,
                "| {} | `{}` | {} |",
                c.level,
                c.rule.id(),
                escape_cell(&c.message)
            );
        }
        out.push('\n');
    }
    out
}

/// The JSON report, serialized straight from the changes (building a `Value` first would copy
/// every string). Keys come in sorted order, as the report has always written them.
#[derive(serde::Serialize)]
struct JsonReport<'c> {
    changes: Vec<JsonChange<'c>>,
    semver: &'static str,
}

#[derive(serde::Serialize)]
struct JsonChange<'c> {
    base_location: Option<&'c str>,
    head_location: Option<&'c str>,
    id: &'static str,
    level: Level,
    message: &'c str,
    operation: Option<String>,
}

fn json(changes: &[Change]) -> String {
    let report = JsonReport {
        changes: changes
            .iter()
            .map(|c| JsonChange {
                base_location: c.base_location.as_ref().map(|l| l.pointer.as_str()),
                head_location: c.head_location.as_ref().map(|l| l.pointer.as_str()),
                id: c.rule.id(),
                level: c.level,
                message: &c.message,
                operation: c.operation.as_ref().map(ToString::to_string),
            })
            .collect(),
        semver: crate::semver_hint(changes),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}

/// GitHub's workflow-command escaping for data and property values.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

fn github_actions(changes: &[Change]) -> String {
    let mut out = String::new();
    for c in changes {
        let command = match c.level {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Info => "notice",
        };
        let operation = operation_shown(c.operation.as_ref());
        let _ = writeln!(
            out,
            "::{command} title={}::{}",
            escape_property(c.rule.id()),
            escape_data(&format!("{operation}: {}", c.message))
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(level: Level) -> Change {
        Change {
            rule: crate::Rule::RequestParameterRemoved,
            level,
            operation: OperationKey::parse("GET /pets"),
            base_location: Some(revolv3_oas::Location::at("/paths/~1pets/get/parameters/0")),
            head_location: None,
            message: "deleted the `query` request parameter `a|b`\nx".into(),
        }
    }

    #[test]
    fn every_format_names_the_rule_and_operation() {
        let changes = [change(Level::Error), change(Level::Info)];
        let text = render(&changes, Format::Text);
        assert!(
            text.starts_with("GET /pets\n  error   request-parameter-removed"),
            "{text}"
        );
        assert!(
            text.contains("2 changes: 1 error, 0 warning, 1 info (semver: major)"),
            "{text}"
        );
        let md = render(&changes, Format::Markdown);
        assert!(
            md.contains("| error | 1 |") && md.contains("`a\\|b` x"),
            "{md}"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render(&changes, Format::Json)).unwrap();
        assert_eq!(
            json["changes"][0]["base_location"],
            "/paths/~1pets/get/parameters/0"
        );
        assert_eq!(json["changes"][0]["level"], "error");
        let gha = render(&changes, Format::GithubActions);
        assert!(
            gha.starts_with("::error title=request-parameter-removed::GET /pets: deleted"),
            "{gha}"
        );
        assert!(gha.contains("%0Ax") && gha.contains("::notice "), "{gha}");
        assert_eq!(render(&[], Format::Text), "no changes\n");
    }
}
