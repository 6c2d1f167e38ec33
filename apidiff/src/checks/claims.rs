//! Schema transitions that read as several raw changes but are one (see `model::shapes`): a
//! finding computed at a schema node where such a transition happened is dropped when the
//! transition explains its kind of change, unless it is one of the transition's own reports.
//! Decided per finding from the rule's [`Kind`] and the change's columns, so new rules of an
//! explained kind are covered without a list.

use crate::model::SchemaDiff;
use crate::rules::{Action, Attribute, Columns, Kind, Place, Rule};

/// Whether the change is one a nullability transition reports itself.
fn reports_nullability(columns: &Columns) -> bool {
    columns.attribute == Attribute::Nullable
}

/// Whether the change is one a `oneOf` wrapping reports itself: the body wrapped, or the
/// alternatives appearing below it.
fn reports_one_of_wrapping(columns: &Columns) -> bool {
    columns.attribute == Attribute::OneOf
        && (columns.action == Action::Wrapped
            || (columns.place == Place::Property && columns.action == Action::Added))
}

/// Whether the change is one a list-of-types transition reports itself.
fn reports_list_of_types(columns: &Columns) -> bool {
    columns.attribute == Attribute::ListOfTypes
}

/// Whether the only type change at `node` is `null` joining or leaving the type list.
pub fn only_null_changed(node: &SchemaDiff<'_>) -> bool {
    node.types
        .as_ref()
        .is_some_and(|t| t.added.iter().chain(&t.deleted).all(|name| *name == "null"))
        && node.format.is_none()
}

/// Whether a finding of `rule`, for the change `columns` at `node`, is one of the raw echoes of
/// a transition there.
pub fn claimed(rule: Rule, columns: &Columns, node: &SchemaDiff<'_>) -> bool {
    use Kind::*;
    let kind = rule.kind();
    let explains = |present: bool, kinds: &[Kind], reports: fn(&Columns) -> bool| {
        present && kinds.contains(&kind) && !reports(columns)
    };
    explains(
        node.nullable_wrapping.is_some(),
        &[
            Type,
            Values,
            Constraints,
            Structure,
            Existence,
            Requiredness,
        ],
        reports_nullability,
    ) || explains(
        node.one_of_wrapping.is_some(),
        &[Type, Structure],
        reports_one_of_wrapping,
    ) || explains(
        node.list_of_types.is_some(),
        &[Type, Structure],
        reports_list_of_types,
    ) || explains(only_null_changed(node), &[Type], reports_nullability)
}
