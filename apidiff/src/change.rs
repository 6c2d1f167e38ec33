//! What the diff reports.

use std::fmt;

use serde::Serialize;

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

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The rule, serialized as its stable id (oasdiff's, or one of our extensions).
    #[serde(rename = "id")]
    pub rule: Rule,
    /// Level under the chosen profile.
    pub level: Level,
    /// `METHOD /path` when the change is inside an operation.
    pub operation: Option<String>,
    /// JSON pointer into the base document, when the thing exists there.
    pub base_location: Option<String>,
    /// JSON pointer into the head document, when the thing exists there.
    pub head_location: Option<String>,
    /// What changed, in words.
    pub message: String,
}
