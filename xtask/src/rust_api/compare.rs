//! The Rust changes between two clients' public items.

use std::collections::BTreeMap;

use revolv3_apidiff::{RustChange, RustChangeKind};

use super::items::{Origin, PublicItem};

/// A Rust change, and where in the spec the changed item comes from (HEAD's item, or BASE's
/// for one removed).
pub struct Found {
    pub change: RustChange,
    pub origin: Origin,
    /// Whether the item is gone, so its origin is in BASE.
    pub in_base_only: bool,
}

/// Items added, removed, retyped, or newly deprecated, from `base` to `head`, in path order.
pub fn compare(
    base: &BTreeMap<String, PublicItem>,
    head: &BTreeMap<String, PublicItem>,
) -> Vec<Found> {
    let mut found = Vec::new();
    for (path, old) in base {
        match head.get(path) {
            None => found.push(Found {
                change: change(path, RustChangeKind::Removed, Some(old), None),
                origin: old.origin.clone(),
                in_base_only: true,
            }),
            Some(new) if new.ty != old.ty => found.push(Found {
                change: change(path, RustChangeKind::TypeChanged, Some(old), Some(new)),
                origin: new.origin.clone(),
                in_base_only: false,
            }),
            Some(new) if new.deprecated && !old.deprecated => found.push(Found {
                change: change(path, RustChangeKind::Deprecated, Some(old), Some(new)),
                origin: new.origin.clone(),
                in_base_only: false,
            }),
            Some(_) => {}
        }
    }
    for (path, new) in head {
        if !base.contains_key(path) {
            found.push(Found {
                change: change(path, RustChangeKind::Added, None, Some(new)),
                origin: new.origin.clone(),
                in_base_only: false,
            });
        }
    }
    found.sort_by(|a, b| a.change.cmp(&b.change));
    found
}

fn change(
    path: &str,
    kind: RustChangeKind,
    before: Option<&PublicItem>,
    after: Option<&PublicItem>,
) -> RustChange {
    RustChange {
        item: path.to_owned(),
        change: kind,
        before: before.map(|i| i.ty.clone()),
        after: after.map(|i| i.ty.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(path: &str, ty: &str, deprecated: bool) -> (String, PublicItem) {
        (
            path.to_owned(),
            PublicItem {
                path: path.to_owned(),
                ty: ty.to_owned(),
                deprecated,
                origin: Origin::Type("T".into()),
            },
        )
    }

    #[test]
    fn lists_what_was_added_removed_retyped_and_deprecated() {
        let base = BTreeMap::from([
            item("types::T::a", "Option<i64>", false),
            item("types::T::b", "String", false),
            item("types::T::c", "String", false),
            item("types::T::same", "String", false),
        ]);
        let head = BTreeMap::from([
            item("types::T::a", "i64", false),
            item("types::T::c", "String", true),
            item("types::T::d", "bool", false),
            item("types::T::same", "String", false),
        ]);
        let shown: Vec<String> = compare(&base, &head)
            .iter()
            .map(|f| f.change.to_string())
            .collect();
        assert_eq!(
            shown,
            [
                "types::T::a: Option<i64> is now i64",
                "removed types::T::b: String",
                "deprecated types::T::c",
                "added types::T::d: bool",
            ]
        );
    }
}
