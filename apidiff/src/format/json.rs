//! For tools: every change with its pointers, its places in the files, its fingerprint and
//! its acceptance, serialized straight from the changes (a `Value` first would copy every
//! string). Keys come in sorted order, as the report has always written them.

use revolv3_oas::Location;

use crate::{Acceptance, Change, Fingerprint, Level, RustChange};

#[derive(serde::Serialize)]
struct Report<'c> {
    changes: Vec<JsonChange<'c>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    rust_without_finding: &'c [RustChange],
    semver: &'static str,
}

#[derive(serde::Serialize)]
struct JsonChange<'c> {
    accepted: Option<&'c Acceptance>,
    base_location: Option<&'c str>,
    base_source: Option<Source<'c>>,
    fingerprint: &'c Fingerprint,
    head_location: Option<&'c str>,
    head_source: Option<Source<'c>>,
    id: &'static str,
    level: Level,
    message: &'c str,
    operation: Option<String>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    rust: &'c [RustChange],
}

/// `{file, line, column}` of a location whose file and lines are known.
#[derive(serde::Serialize)]
struct Source<'c> {
    file: &'c str,
    line: u32,
    column: u32,
}

fn source(location: Option<&Location>) -> Option<Source<'_>> {
    let location = location?;
    let span = location.span?;
    Some(Source {
        file: location.file.as_deref()?,
        line: span.line,
        column: span.column,
    })
}

pub(super) fn render(changes: &[Change], rust_without_finding: &[RustChange]) -> String {
    let report = Report {
        changes: changes
            .iter()
            .map(|c| JsonChange {
                accepted: c.accepted.as_ref(),
                base_location: c.base_location.as_ref().map(|l| l.pointer.as_str()),
                base_source: source(c.base_location.as_ref()),
                fingerprint: &c.fingerprint,
                head_location: c.head_location.as_ref().map(|l| l.pointer.as_str()),
                head_source: source(c.head_location.as_ref()),
                id: c.rule.id(),
                level: c.level,
                message: &c.message,
                operation: c.operation.as_ref().map(ToString::to_string),
                rust: &c.rust,
            })
            .collect(),
        rust_without_finding,
        semver: crate::semver_hint(changes),
    };
    let mut out = serde_json::to_string_pretty(&report).unwrap_or_default();
    out.push('\n');
    out
}
