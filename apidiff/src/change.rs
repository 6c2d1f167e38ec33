//! What the diff reports.

use std::fmt;

use serde::Serialize;

use revolv3_oas::{Location, OperationKey};

use crate::ledger::{Acceptance, Fingerprint};
use crate::{Rule, RustChange};

/// How much a change matters to clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Level {
    /// Worth knowing; breaks nobody.
    Info,
    /// May break some clients.
    #[value(alias = "warn")]
    Warning,
    /// Breaks clients.
    #[value(alias = "err")]
    Error,
}

/// As its name: `error`, `warning`, `info`.
impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Level {
    /// Parses `error`, `warning` or `info` in any case (also oasdiff's `ERR`, `WARN`, `INFO`).
    pub fn parse(text: &str) -> Option<Self> {
        <Self as clap::ValueEnum>::from_str(text, true).ok()
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::value_name(self, f)
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
    /// Where the change is shown in the head file (an annotation of the head commit): its
    /// head location, or for something removed, the nearest enclosing value the head still
    /// has. Set by [`crate::locate`].
    pub head_anchor: Option<Location>,
    /// What changed, in words.
    pub message: String,
    /// Identifies the finding across runs (see [`Fingerprint`]).
    pub fingerprint: Fingerprint,
    /// The ledger entry that accepts it, if one does: it then counts for no verdict.
    pub accepted: Option<Acceptance>,
    /// What it does to the Rust API of the generated client, when that was asked for (see
    /// [`RustChange`]); empty otherwise.
    pub rust: Vec<RustChange>,
}
