//! An operation's `operationId` and tags.

use super::{Op, Report};
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// A change of the operation's `attribute`.
fn operation(attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Neither, Place::Operation, attribute, action)
}

/// The metadata rules of one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    let at = (
        Some(op.diff.base.at.as_str()),
        Some(op.diff.head.at.as_str()),
    );
    if let Some(id) = op.diff.operation_id {
        if id.from.is_empty() {
            report.add(
                operation(Attribute::OperationId, Action::Added),
                Some(&op.name),
                None,
                at.1,
                format!("added the operationId `{}`", id.to),
            );
        } else {
            let (action, message) = if id.to.is_empty() {
                (
                    Action::Removed,
                    format!("removed the operationId `{}`", id.from),
                )
            } else {
                (
                    Action::Changed,
                    format!("changed the operationId from `{}` to `{}`", id.from, id.to),
                )
            };
            report.add(
                operation(Attribute::OperationId, action),
                Some(&op.name),
                at.0,
                None,
                message,
            );
        }
    }
    if let Some(tags) = &op.diff.tags {
        for tag in &tags.deleted {
            report.add(
                operation(Attribute::Tag, Action::Removed),
                Some(&op.name),
                at.0,
                None,
                format!("removed the tag `{tag}`"),
            );
        }
        for tag in &tags.added {
            report.add(
                operation(Attribute::Tag, Action::Added),
                Some(&op.name),
                None,
                at.1,
                format!("added the tag `{tag}`"),
            );
        }
    }
}
