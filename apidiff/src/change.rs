//! What the diff reports.

use std::fmt;

use serde::Serialize;

use revolv3_oas::{Location, OperationKey};

use crate::Rule;

/// How much a change matters to clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Worth knowing; breaks nobody.
    Info,
    /// May break some clients.
    Warning,
    /// Breaks clients.
    Error,
}

impl Level {
    /// Parses `error`, `warning` or `info` (also oasdiff's `ERR`, `WARN`, `INFO`).
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "info" => Some(Level::Info),
            "warning" | "warn" => Some(Level::Warning),
            "error" | "err" => Some(Level::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        })
    }
}

/// One finding. `format::render` writes it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The rule (its stable id is oasdiff's, or one of our extensions).
    pub rule: Rule,
    /// Level under the chosen profile.
    pub level: Level,
    /// The operation, when the change is inside one.
    pub operation: Option<OperationKey>,
    /// Where the thing is in the base document, when it exists there.
    pub base_location: Option<Location>,
    /// Where the thing is in the head document, when it exists there.
    pub head_location: Option<Location>,
    /// What changed, in words.
    pub message: String,
}
