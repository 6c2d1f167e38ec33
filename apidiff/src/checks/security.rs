//! Security requirements of operations and of the document.

use super::{Op, Report};
use revolv3_oas::OperationKey;

use crate::model::{Model, SecurityDiff};
use crate::rules::Rule;

/// `[added, removed, scope added, scope removed]` for an operation or the document.
fn report_diff(
    diff: &SecurityDiff<'_>,
    rules: [Rule; 4],
    operation: Option<&OperationKey>,
    at: (Option<&str>, Option<&str>),
    report: &mut Report<'_>,
) {
    let [added, removed, scope_added, scope_removed] = rules;
    let document = operation.is_none();
    for alternative in diff.added.iter().filter(|a| document || !a.is_anonymous()) {
        report.add(
            added,
            operation,
            None,
            at.1,
            format!("added the security requirement {alternative}"),
        );
    }
    for alternative in diff
        .deleted
        .iter()
        .filter(|a| document || !a.is_anonymous())
    {
        report.add(
            removed,
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
                    scope_added,
                    operation,
                    None,
                    at.1,
                    format!("added the scope `{scope}` to the security scheme `{scheme}`"),
                );
            }
            for scope in &scopes.deleted {
                report.add(
                    scope_removed,
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
        let rules = [
            Rule::ApiSecurityAdded,
            Rule::ApiSecurityRemoved,
            Rule::ApiSecurityScopeAdded,
            Rule::ApiSecurityScopeRemoved,
        ];
        report_diff(
            diff,
            rules,
            Some(&op.name),
            (Some(&op.diff.base.at), Some(&op.diff.head.at)),
            report,
        );
    }
}

/// The security rules of the document.
pub fn check_document(model: &Model<'_>, report: &mut Report<'_>) {
    if let Some(diff) = &model.security {
        let rules = [
            Rule::ApiGlobalSecurityAdded,
            Rule::ApiGlobalSecurityRemoved,
            Rule::ApiGlobalSecurityScopeAdded,
            Rule::ApiGlobalSecurityScopeRemoved,
        ];
        report_diff(
            diff,
            rules,
            None,
            (Some("/security"), Some("/security")),
            report,
        );
    }
}
