//! GitHub Actions workflow commands: `::error file=…,line=…,endLine=…,title=rule::message`,
//! each on the changed line of the head file (GitHub attaches annotations to the head commit's
//! files; for something removed, the nearest enclosing value the head still has).

use std::fmt::Write as _;

use super::{WITHOUT_FINDING, accepted_note, operation_shown};
use crate::{Change, Level, RustChange};

/// GitHub's workflow-command escaping for data and property values.
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn render(changes: &[Change], rust_without_finding: &[RustChange]) -> String {
    let mut out = String::new();
    for c in changes {
        let command = match (c.level, &c.accepted) {
            (_, Some(_)) | (Level::Info, _) => "notice",
            (Level::Error, None) => "error",
            (Level::Warning, None) => "warning",
        };
        let mut properties = Vec::new();
        if let Some(anchor) = &c.head_anchor
            && let (Some(file), Some(span)) = (&anchor.file, anchor.span)
        {
            properties.push(format!("file={}", escape_property(file)));
            properties.push(format!("line={}", span.line));
            properties.push(format!("endLine={}", span.end_line));
        }
        properties.push(format!("title={}", escape_property(c.rule.id())));
        let mut message = format!("{}: {}", operation_shown(c.operation.as_ref()), c.message);
        if let Some(note) = accepted_note(c) {
            message = format!("{message} ({note})");
        }
        for rust in &c.rust {
            message = format!("{message}\nRust: {rust}");
        }
        let _ = writeln!(
            out,
            "::{command} {}::{}",
            properties.join(","),
            escape_data(&message)
        );
    }
    for rust in rust_without_finding {
        let _ = writeln!(
            out,
            "::warning title={}::{}",
            escape_property("Rust change without a finding"),
            escape_data(&format!("{WITHOUT_FINDING}: {rust}"))
        );
    }
    out
}
