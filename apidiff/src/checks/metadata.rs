//! An operation's `operationId` and tags.

use super::{Op, Report};
use crate::rules::Rule;

/// The metadata rules of one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    let at = (
        Some(op.diff.base.at.as_str()),
        Some(op.diff.head.at.as_str()),
    );
    if let Some(id) = op.diff.operation_id {
        if id.from.is_empty() {
            report.add(
                Rule::ApiOperationIdAdded,
                Some(&op.name),
                None,
                at.1,
                format!("added the operationId `{}`", id.to),
            );
        } else {
            let message = if id.to.is_empty() {
                format!("removed the operationId `{}`", id.from)
            } else {
                format!("changed the operationId from `{}` to `{}`", id.from, id.to)
            };
            report.add(
                Rule::ApiOperationIdRemoved,
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
                Rule::ApiTagRemoved,
                Some(&op.name),
                at.0,
                None,
                format!("removed the tag `{tag}`"),
            );
        }
        for tag in &tags.added {
            report.add(
                Rule::ApiTagAdded,
                Some(&op.name),
                None,
                at.1,
                format!("added the tag `{tag}`"),
            );
        }
    }
}
