//! Input the diff cannot read.

use std::fmt;

use revolv3_oas::Location;

/// A document that could not be loaded: which file, where in it, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffError {
    /// The file (URL or `git:` source, as the user gave it) and the JSON pointer into its
    /// document (`""` for the whole document).
    pub location: Location,
    /// What is wrong.
    pub message: String,
}

impl DiffError {
    /// An error in `source` at `pointer`.
    pub fn new(source: &str, pointer: &str, message: impl Into<String>) -> Self {
        Self {
            location: Location::in_file(source, pointer),
            message: message.into(),
        }
    }
}

impl fmt::Display for DiffError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for DiffError {}
