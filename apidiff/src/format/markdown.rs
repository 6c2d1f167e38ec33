//! For a pull-request comment or a job summary: counts, then a table per operation.

use std::fmt::Write as _;

use super::{WITHOUT_FINDING, accepted_note, by_operation, counts, file_line, operation_shown};
use crate::{Change, RustChange};

fn escape_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

pub(super) fn render(changes: &[Change], rust_without_finding: &[RustChange]) -> String {
    let mut out = String::from("## API changes\n\n| level | count |\n|---|---|\n");
    let (levels, accepted) = counts(changes);
    for (level, count) in levels {
        let _ = writeln!(out, "| {level} | {count} |");
    }
    if accepted > 0 {
        let _ = writeln!(out, "| accepted | {accepted} |");
    }
    let _ = writeln!(out, "\nSemver hint: **{}**\n", crate::semver_hint(changes));
    if !rust_without_finding.is_empty() {
        let _ = writeln!(out, "**{WITHOUT_FINDING}:**\n");
        for rust in rust_without_finding {
            let _ = writeln!(out, "- `{rust}`");
        }
        out.push('\n');
    }
    if changes.is_empty() {
        out.push_str("No changes.\n");
        return out;
    }
    for (operation, group) in by_operation(changes) {
        let _ = writeln!(
            out,
            "### `{}`\n\n| level | rule | change | where |\n|---|---|---|---|",
            operation_shown(operation)
        );
        for c in group {
            let level = match &c.accepted {
                Some(_) => format!("accepted ({})", c.level),
                None => c.level.to_string(),
            };
            let mut message = match accepted_note(c) {
                Some(note) => format!("{} ({note})", c.message),
                None => c.message.clone(),
            };
            for rust in &c.rust {
                let _ = write!(message, "<br>Rust: `{rust}`");
            }
            let place = [&c.head_anchor, &c.base_location]
                .into_iter()
                .flatten()
                .find_map(file_line)
                .map(|at| format!("`{at}`"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "| {level} | `{}` | {} | {place} |",
                c.rule.id(),
                escape_cell(&message)
            );
        }
        out.push('\n');
    }
    out
}
