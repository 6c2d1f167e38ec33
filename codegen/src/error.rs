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
}

impl PipelineError {
    /// An error at `pointer` outside any operation.
    pub fn at(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            operation: None,
            message: message.into(),
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
        match &self.operation {
            Some(op) => write!(f, "{op} at {pointer}: {}", self.message),
            None => write!(f, "at {pointer}: {}", self.message),
        }
    }
}

impl std::error::Error for PipelineError {}

/// Result of a pipeline step.
pub type Result<T, E = PipelineError> = std::result::Result<T, E>;
