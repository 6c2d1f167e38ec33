//! Security requirements of operations and of the document.

use super::{Op, Report};
use revolv3_oas::OperationKey;

use crate::model::{Model, SecurityDiff};
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// Requirements and scopes added and removed, at an operation or the document (`place`).
fn report_diff(
    diff: &SecurityDiff<'_>,
    place: Place,
    operation: Option<&OperationKey>,
    at: (Option<&str>, Option<&str>),
    report: &mut Report<'_>,
) {
    let change = |attribute, action| Columns::new(Direction::Neither, place, attribute, action);
    let requirement = |anonymous: bool| {
        if anonymous {
            Attribute::AnonymousSecurity
        } else {
            Attribute::Security
        }
    };
    for alternative in &diff.added {
        report.add(
            change(requirement(alternative.is_anonymous()), Action::Added),
            operation,
            None,
            at.1,
            format!("added the security requirement {alternative}"),
        );
    }
    for alternative in &diff.deleted {
        report.add(
            change(requirement(alternative.is_anonymous()), Action::Removed),
            operation,
            at.0,
            None,
            format!("removed the security requirement {alternative}"),
        );
    }
    for changed in &diff.modified {
        for (scheme, scopes) in &changed.scopes {
            for scope in &scopes.added {
                report.add(
                    change(Attribute::SecurityScope, Action::Added),
                    operation,
                    None,
                    at.1,
                    format!("added the scope `{scope}` to the security scheme `{scheme}`"),
                );
            }
            for scope in &scopes.deleted {
                report.add(
                    change(Attribute::SecurityScope, Action::Removed),
                    operation,
                    at.0,
                    None,
                    format!("removed the scope `{scope}` from the security scheme `{scheme}`"),
                );
            }
        }
    }
}

/// The security rules of one operation.
pub fn check_operation(op: &Op<'_, '_>, report: &mut Report<'_>) {
    if let Some(diff) = &op.diff.security {
        report_diff(
            diff,
            Place::Operation,
            Some(&op.name),
            (Some(&op.diff.base.at), Some(&op.diff.head.at)),
            report,
        );
    }
}

/// The security rules of the document.
pub fn check_document(model: &Model<'_>, report: &mut Report<'_>) {
    if let Some(diff) = &model.security {
        report_diff(
            diff,
            Place::Document,
            None,
            (Some("/security"), Some("/security")),
            report,
        );
    }
}
