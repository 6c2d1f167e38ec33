//! Input the diff cannot read.

use std::fmt;

/// A document that could not be loaded: which file, where in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffError {
    /// The file, URL or `git:` source as the user gave it.
    pub source: String,
    /// JSON pointer into the document (`""` for the whole document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl DiffError {
    /// An error in `source` at `pointer`.
    pub fn new(source: &str, pointer: &str, message: impl Into<String>) -> Self {
        Self {
            source: source.to_owned(),
            pointer: pointer.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for DiffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        };
        write!(f, "{} at {}: {}", self.source, pointer, self.message)
    }
}

impl std::error::Error for DiffError {}
