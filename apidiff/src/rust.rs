//! What a finding does to the Rust API of a client generated from the spec, as the Rust user
//! reads it: `types::CustomerDto::last_name` removed, `customer_id` now `i64`. The diff engine
//! does not generate code: `cargo xtask` does, lists the items of both clients, and attaches
//! each Rust change to the findings that cause it ([`crate::Change::rust`]).

use std::fmt;

use serde::Serialize;

/// How an item of the Rust API changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RustChangeKind {
    /// New in HEAD's client.
    Added,
    /// Gone from HEAD's client.
    Removed,
    /// Still there, with another type: a field's, the argument a setter takes, what `send`
    /// returns.
    TypeChanged,
    /// Marked `#[deprecated]` in HEAD's client.
    Deprecated,
}

/// One item of the Rust API that changed: its path (`types::CustomerDto::last_name`,
/// `Client::get_invoices`, `builder::GetInvoices::page`), and its type before and after, as
/// Rust writes them (`None` where the item does not exist).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct RustChange {
    pub item: String,
    pub change: RustChangeKind,
    pub before: Option<String>,
    pub after: Option<String>,
}

impl RustChange {
    /// Whether code that compiled against the old client may not compile against the new one.
    /// (An added item breaks nobody: generated structs are built through builders and enums
    /// keep a catch-all; a deprecation is a warning.)
    pub fn breaking(&self) -> bool {
        matches!(
            self.change,
            RustChangeKind::Removed | RustChangeKind::TypeChanged
        )
    }
}

/// `removed types::CustomerDto::last_name: Option<String>`,
/// `types::CustomerDto::customer_id: Option<i64> is now i64`.
impl fmt::Display for RustChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let typed = |ty: &Option<String>| match ty.as_deref() {
            Some(ty) if !ty.is_empty() => format!(": {ty}"),
            _ => String::new(),
        };
        match self.change {
            RustChangeKind::Added => write!(f, "added {}{}", self.item, typed(&self.after)),
            RustChangeKind::Removed => write!(f, "removed {}{}", self.item, typed(&self.before)),
            RustChangeKind::TypeChanged => write!(
                f,
                "{}: {} is now {}",
                self.item,
                self.before.as_deref().unwrap_or_default(),
                self.after.as_deref().unwrap_or_default()
            ),
            RustChangeKind::Deprecated => write!(f, "deprecated {}", self.item),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(kind: RustChangeKind, before: Option<&str>, after: Option<&str>) -> RustChange {
        RustChange {
            item: "types::CustomerDto::customer_id".into(),
            change: kind,
            before: before.map(Into::into),
            after: after.map(Into::into),
        }
    }

    #[test]
    fn reads_as_a_rust_user_would_say_it() {
        let changed = change(
            RustChangeKind::TypeChanged,
            Some("Option<i64>"),
            Some("i64"),
        );
        assert_eq!(
            changed.to_string(),
            "types::CustomerDto::customer_id: Option<i64> is now i64"
        );
        assert!(changed.breaking());
        let removed = change(RustChangeKind::Removed, Some("Option<i64>"), None);
        assert_eq!(
            removed.to_string(),
            "removed types::CustomerDto::customer_id: Option<i64>"
        );
        assert!(removed.breaking());
        assert!(!change(RustChangeKind::Added, None, Some("i64")).breaking());
        assert!(!change(RustChangeKind::Deprecated, Some("i64"), Some("i64")).breaking());
    }

    #[test]
    fn serializes_as_item_change_before_after() {
        let json = serde_json::to_value(change(
            RustChangeKind::TypeChanged,
            Some("i32"),
            Some("i64"),
        ))
        .unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "item": "types::CustomerDto::customer_id",
                "change": "type-changed",
                "before": "i32",
                "after": "i64"
            })
        );
    }
}
