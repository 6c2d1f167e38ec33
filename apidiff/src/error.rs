//! Input the diff cannot read, or cannot compare as asked.

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

/// One of the two documents of a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    /// The earlier version.
    Base,
    /// The later version.
    Head,
}

/// `base` or `head`.
impl fmt::Display for Document {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Document::Base => "base",
            Document::Head => "head",
        })
    }
}

/// A document whose `allOf`s `Options::flatten_all_of` cannot merge: no value satisfies the
/// members of one (their types, enums, formats or constant values have nothing in common), or
/// merging them all would take too long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlattenError {
    /// Which document.
    pub document: Document,
    /// JSON pointer to the schema whose `allOf` could not be merged.
    pub pointer: String,
    /// What conflicts.
    pub reason: String,
}

/// `the allOf at POINTER cannot be flattened: REASON`; who has the document's file names it.
impl fmt::Display for FlattenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the allOf at {} cannot be flattened: {}",
            Location::at(self.pointer.as_str()).shown_pointer(),
            self.reason
        )
    }
}

impl std::error::Error for FlattenError {}
