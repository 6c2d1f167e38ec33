//! Where something is: a JSON pointer into a document, and the file that document came from.
//! Findings of the diff, notices and errors of the pipeline all say where they are with it.

use std::fmt;

/// A place in a document: the JSON pointer (RFC 6901) and, when the reader knows it, the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// The file, as the user named it (the spec, an external file one of its `$ref`s reads,
    /// an overlay); `None` where only the document is known.
    pub file: Option<String>,
    /// JSON pointer into the file's document; `""` is the whole document.
    pub pointer: String,
}

impl Location {
    /// `pointer` in a document whose file is not known here.
    pub fn at(pointer: impl Into<String>) -> Self {
        Self {
            file: None,
            pointer: pointer.into(),
        }
    }

    /// `pointer` in `file`.
    pub fn in_file(file: impl Into<String>, pointer: impl Into<String>) -> Self {
        Self {
            file: Some(file.into()),
            pointer: pointer.into(),
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

/// `file at /pointer`, or `at /pointer` without a file.
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
