//! What the pipeline changed in the user's document: every operation left out, everything
//! dropped and every repair, each with its JSON pointer, so none of it happens silently.
//!
//! build.rs prints each notice as a build warning, `cargo xtask try-spec` and `generate` print
//! them, and `cargo xtask check` lists them in its summary.

use std::fmt;

use revolv3_oas::{Location, OperationKey};

/// What kind of change a [`Notice`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoticeKind {
    /// An operation left out of the client.
    LeftOut,
    /// A parameter, property or other construct removed from something that stays.
    Dropped,
    /// A broken or ambiguous construct rewritten into the one it evidently means.
    Repaired,
}

impl NoticeKind {
    /// The word a notice starts with.
    pub fn label(self) -> &'static str {
        match self {
            NoticeKind::LeftOut => "left out",
            NoticeKind::Dropped => "dropped",
            NoticeKind::Repaired => "repaired",
        }
    }
}

/// One change the pipeline made to the user's document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What kind of change.
    pub kind: NoticeKind,
    /// Where, in the document as the pass saw it (the caller may name the file).
    pub location: Location,
    /// The operation concerned, when there is one.
    pub operation: Option<OperationKey>,
    /// What was changed, and why, in words.
    pub message: String,
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind.label(), self.location)?;
        if let Some(operation) = &self.operation {
            write!(f, " ({operation})")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// The notices of one pipeline run, in the order the passes made them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Notices(Vec<Notice>);

impl Notices {
    /// Records a change.
    pub(crate) fn push(
        &mut self,
        kind: NoticeKind,
        pointer: impl Into<String>,
        operation: Option<&OperationKey>,
        message: impl Into<String>,
    ) {
        self.0.push(Notice {
            kind,
            location: Location::at(pointer),
            operation: operation.cloned(),
            message: message.into(),
        });
    }

    /// The notices recorded so far.
    #[cfg(test)]
    pub(crate) fn as_slice(&self) -> &[Notice] {
        &self.0
    }

    /// The JSON pointers of the notices, in order.
    #[cfg(test)]
    pub(crate) fn pointers(&self) -> Vec<&str> {
        self.0.iter().map(|n| n.location.pointer.as_str()).collect()
    }

    /// The notices, in order.
    pub(crate) fn into_vec(self) -> Vec<Notice> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_reads_kind_pointer_operation_and_message() {
        let mut notices = Notices::default();
        notices.push(
            NoticeKind::Repaired,
            "/paths/~1a~1{Id}/get/parameters/0",
            OperationKey::parse("GET /a/{Id}").as_ref(),
            "renamed `id` to `Id`",
        );
        notices.push(NoticeKind::Dropped, "/servers/0", None, "gone");
        let shown: Vec<String> = notices.as_slice().iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "repaired at /paths/~1a~1{Id}/get/parameters/0 (GET /a/{Id}): renamed `id` to `Id`",
                "dropped at /servers/0: gone"
            ]
        );
    }
}
