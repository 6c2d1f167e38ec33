//! For a terminal: grouped by operation, each change with where it is in both files.

use std::fmt::Write as _;

use revolv3_oas::Location;

use super::{WITHOUT_FINDING, accepted_note, by_operation, file_line, operation_shown, summary};
use crate::{Change, RustChange};

/// `base: openapi/swagger.json:1203 /components/...`, or the pointer alone when the lines are
/// not known.
fn place(side: &str, location: &Location) -> String {
    match file_line(location) {
        Some(at) => format!("          {side}: {at} {}", location.pointer),
        None => format!("          {side}: {}", location.pointer),
    }
}

pub(super) fn render(changes: &[Change], rust_without_finding: &[RustChange]) -> String {
    let mut out = String::new();
    for (operation, group) in by_operation(changes) {
        let _ = writeln!(out, "{}", operation_shown(operation));
        for c in group {
            let level = if c.accepted.is_some() {
                "accepted".to_owned()
            } else {
                c.level.to_string()
            };
            let _ = writeln!(out, "  {level:<7} {}: {}", c.rule.id(), c.message);
            for (side, location) in [("base", &c.base_location), ("head", &c.head_location)] {
                if let Some(location) = location {
                    let _ = writeln!(out, "{}", place(side, location));
                }
            }
            if let Some(note) = accepted_note(c) {
                let _ = writeln!(out, "          {note}");
            }
            for rust in &c.rust {
                let _ = writeln!(out, "          Rust: {rust}");
            }
        }
    }
    if !rust_without_finding.is_empty() {
        let _ = writeln!(out, "{WITHOUT_FINDING}:");
        for rust in rust_without_finding {
            let _ = writeln!(out, "  {rust}");
        }
    }
    if changes.is_empty() {
        out.push_str("no changes\n");
    } else {
        let _ = writeln!(out, "{}", summary(changes));
    }
    out
}
