//! Where something is: a JSON pointer into a document, and the file that document came from.
//! Findings of the diff, notices and errors of the pipeline all say where they are with it.

use std::fmt;

/// A place in a document: the JSON pointer (RFC 6901) and, when the reader knows them, the
/// file and the lines.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, as the user named it (the spec, an external file one of its `$ref`s reads,
    /// an overlay); `None` where only the document is known.
    pub file: Option<String>,
    /// JSON pointer into the file's document; `""` is the whole document.
    pub pointer: String,
    /// Where the value is in the file's text, once looked up.
    pub span: Option<Span>,
}

/// Where a value is in a text: its first and last line (from 1), and its first column (from 1).
/// (`u32`: locations travel in every error of the pipeline, which stay small.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// The line where it starts (its key's line, for a member of an object).
    pub line: u32,
    /// The column where it starts, from 1, in characters.
    pub column: u32,
    /// The line where it ends.
    pub end_line: u32,
}

impl Location {
    /// `pointer` in a document whose file is not known here.
    pub fn at(pointer: impl Into<String>) -> Self {
        Self {
            file: None,
            pointer: pointer.into(),
            span: None,
        }
    }

    /// `pointer` in `file`.
    pub fn in_file(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Self {
            file: Some(file.into()),
            pointer: pointer.into(),
            span: None,
        }
    }

    /// The pointer as messages show it: `(document root)` for the whole document.
    pub fn shown_pointer(&self) -> &str {
        if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        }
    }
}

/// `file at /pointer`, or `at /pointer` without a file (lines are shown by whoever has a use
/// for them).
impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.file {
            Some(file) => write!(f, "{file} at {}", self.shown_pointer()),
            None => write!(f, "at {}", self.shown_pointer()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_file_and_pointer() {
        assert_eq!(
            Location::in_file("spec.yaml", "/paths").to_string(),
            "spec.yaml at /paths"
        );
        assert_eq!(Location::at("").to_string(), "at (document root)");
    }
}
