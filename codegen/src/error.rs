//! The one error type of the spec pipeline: what went wrong, and where.

use std::fmt;

/// A spec the pipeline cannot turn into a client.
///
/// It always names a JSON pointer into the document being processed and, when the problem is
/// inside an operation, that operation (`METHOD /path`), so a user can find the construct at
/// fault without reading generator internals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// JSON pointer (RFC 6901) to the offending value; `""` is the whole document.
    pub pointer: String,
    /// The operation the value belongs to, as `METHOD /path`, when there is one.
    pub operation: Option<String>,
    /// What is wrong, in words.
    pub message: String,
    /// The index of the overlay action that failed, when applying an overlay did.
    pub overlay_action: Option<usize>,
}

impl PipelineError {
    /// An error at `pointer` outside any operation.
    pub fn at(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            operation: None,
            message: message.into(),
            overlay_action: None,
        }
    }

    /// An error at `pointer` inside `operation`.
    pub fn in_operation(
        operation: impl fmt::Display,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            pointer: pointer.into(),
            operation: Some(operation.to_string()),
            message: message.into(),
            overlay_action: None,
        }
    }

    /// An error of overlay action `index` (counted from 0, as in `actions[index]`), at
    /// `pointer` in the document it was applied to (`""` when no place is at fault).
    pub fn in_overlay_action(
        index: usize,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            pointer: pointer.into(),
            operation: None,
            message: message.into(),
            overlay_action: Some(index),
        }
    }
}

impl From<serde_json::Error> for PipelineError {
    /// A document that is not JSON, located by line and column.
    fn from(e: serde_json::Error) -> Self {
        Self::at(
            "",
            format!(
                "invalid JSON at line {} column {}: {e}",
                e.line(),
                e.column()
            ),
        )
    }
}

impl fmt::Display for PipelineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        };
        if let Some(index) = self.overlay_action {
            return match self.pointer.as_str() {
                "" => write!(f, "overlay action {index}: {}", self.message),
                at => write!(f, "overlay action {index} at {at}: {}", self.message),
            };
        }
        match &self.operation {
            Some(op) => write!(f, "{op} at {pointer}: {}", self.message),
            None => write!(f, "at {pointer}: {}", self.message),
        }
    }
}

impl std::error::Error for PipelineError {}

/// Result of a pipeline step.
pub type Result<T, E = PipelineError> = std::result::Result<T, E>;
