//! The one error type of the spec pipeline: what went wrong, and where.

use std::fmt;

use revolv3_oas::{Location, OperationKey};

/// A spec the pipeline cannot turn into a client.
///
/// It always names a JSON pointer into the document being processed and, when the problem is
/// inside an operation, that operation (`METHOD /path`), so a user can find the construct at
/// fault without reading generator internals. The pipeline reads bytes, so the file is named
/// by the caller ([`PipelineError::in_file`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PipelineError {
    /// The offending value: the pointer (`""` is the whole document) and, once a caller has
    /// said, the file.
    pub location: Location,
    /// The operation the value belongs to, when there is one (boxed: errors travel in every
    /// `Result` of the pipeline, so they stay small).
    pub operation: Option<Box<OperationKey>>,
    /// What is wrong, in words.
    pub message: String,
    /// The index of the overlay action that failed, when applying an overlay did.
    pub overlay_action: Option<usize>,
}

impl PipelineError {
    /// An error at `pointer` outside any operation.
    pub fn at(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            location: Location::at(pointer),
            operation: None,
            message: message.into(),
            overlay_action: None,
        }
    }

    /// An error at `pointer` inside `operation`.
    pub fn in_operation(
        operation: &OperationKey,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            location: Location::at(pointer),
            operation: Some(Box::new(operation.clone())),
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
            location: Location::at(pointer),
            operation: None,
            message: message.into(),
            overlay_action: Some(index),
        }
    }

    /// The same error, saying which file the document came from.
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.location.file = Some(file.into());
        self
    }

    /// The JSON pointer to the offending value.
    pub fn pointer(&self) -> &str {
        &self.location.pointer
    }
}

impl From<revolv3_oas::document::DocumentError> for PipelineError {
    /// Bytes that are no document, located by pointer where the error is inside a value.
    fn from(e: revolv3_oas::document::DocumentError) -> Self {
        Self::at(e.pointer, e.message)
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
        if let Some(file) = &self.location.file {
            write!(f, "{file}: ")?;
        }
        let pointer = self.location.shown_pointer();
        if let Some(index) = self.overlay_action {
            return match self.location.pointer.as_str() {
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
