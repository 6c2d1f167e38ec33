//! The stability policy (`x-stability-level`): invalid levels and level changes of
//! operations and body properties are reported, then operations less stable than the
//! threshold (`beta` by default) are left out of every other rule.

use std::collections::HashSet;

use super::lifecycle::{self, included, level};
use super::schema::walk;
use revolv3_oas::OperationKey;

use super::{Report, operation_name};
use crate::model::{Doc, Located, Model, OpDiff, PathDiff, SchemaDiff};
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// A change of the stability of something at `place`, travelling `direction`.
fn stability_change(direction: Direction, place: Place, action: Action) -> Columns {
    Columns::new(direction, place, Attribute::Stability, action)
}

/// What the policy leaves in scope.
#[derive(Debug, Default)]
pub struct Scope {
    dropped: HashSet<(String, &'static str)>,
    dropped_removed: HashSet<(String, &'static str)>,
    dropped_removed_paths: HashSet<String>,
}

impl Scope {
    /// Whether the operation changed at `method path` is in scope.
    pub fn keeps(&self, path: &str, method: &'static str) -> bool {
        !self.dropped.contains(&(path.to_owned(), method))
    }

    /// Whether the removal of `method path` (from a path that stays) counts.
    pub fn keeps_removed(&self, path: &str, method: &'static str) -> bool {
        !self.dropped_removed.contains(&(path.to_owned(), method))
    }

    /// Whether the removal of the whole path `path` counts.
    pub fn keeps_removed_path(&self, path: &str) -> bool {
        !self.dropped_removed_paths.contains(path)
    }
}

fn stability_of(op: &Located<'_>) -> Result<Option<crate::options::Stability>, String> {
    lifecycle::stability(op.object.get("x-stability-level"))
}

/// Reports the unreadable `x-stability-level` of an operation, at its base or head location.
fn invalid(
    report: &mut Report<'_>,
    operation: &OperationKey,
    (base, head): (Option<&str>, Option<&str>),
    reason: &str,
) {
    report.add(
        stability_change(Direction::Neither, Place::Operation, Action::Unreadable),
        Some(operation),
        base,
        head,
        format!("invalid x-stability-level: {reason}"),
    );
}

/// Reports invalid and changed stability levels and decides what stays in scope.
pub fn policy(model: &Model<'_>, report: &mut Report<'_>) -> Scope {
    let options = report.options();
    let mut scope = Scope::default();
    for path in &model.paths_modified {
        for op in &path.modified {
            let name = operation_name(op.method, &path.path);
            let base = stability_of(&op.base);
            let head = stability_of(&op.head);
            if let Err(e) = &base {
                invalid(report, &name, (Some(&op.base.at), None), e);
            }
            if let Err(e) = &head {
                invalid(report, &name, (None, Some(&op.head.at)), e);
            }
            if let (Ok(b), Ok(h)) = (base, head.clone())
                && level(b) != level(h)
                && included(options, b)
            {
                report.add(
                    stability_change(
                        Direction::Neither,
                        Place::Operation,
                        Action::compare(level(b), level(h)),
                    ),
                    Some(&name),
                    Some(&op.base.at),
                    Some(&op.head.at),
                    format!("stability changed from {} to {}", level(b), level(h)),
                );
            }
            if let Ok(h) = head
                && !included(options, h)
            {
                scope.dropped.insert((path.path.clone(), op.method));
            }
        }
        for method in &path.deleted {
            let Some(op) = model.operation(&path.base, Doc::Base, method) else {
                continue;
            };
            match stability_of(&op) {
                Err(e) => invalid(
                    report,
                    &operation_name(method, &path.path),
                    (Some(&op.at), None),
                    &e,
                ),
                Ok(s) if !included(options, s) => {
                    scope.dropped_removed.insert((path.path.clone(), method));
                }
                Ok(_) => {}
            }
        }
    }
    for (path, item) in &model.paths_deleted {
        let mut keep = false;
        for method in revolv3_oas::METHODS {
            let Some(op) = model.operation(item, Doc::Base, method) else {
                continue;
            };
            match stability_of(&op) {
                Err(e) => invalid(
                    report,
                    &operation_name(method, path),
                    (Some(&op.at), None),
                    &e,
                ),
                Ok(s) => keep |= included(options, s),
            }
        }
        if !keep {
            scope.dropped_removed_paths.insert((*path).to_owned());
        }
    }
    for path in &model.paths_modified {
        for op in path
            .modified
            .iter()
            .filter(|op| scope.keeps(&path.path, op.method))
        {
            properties(path, op, report);
        }
    }
    scope
}

/// Stability changes of request and response body properties.
fn properties(path: &PathDiff<'_>, op: &OpDiff<'_>, report: &mut Report<'_>) {
    let name = operation_name(op.method, &path.path);
    let requests = op
        .request_body
        .iter()
        .flat_map(|b| &b.content)
        .flat_map(|c| &c.modified)
        .map(|media| (media, Direction::Request));
    let responses = op
        .responses
        .iter()
        .flat_map(|r| &r.modified)
        .flat_map(|r| &r.content)
        .flat_map(|c| &c.modified)
        .map(|media| (media, Direction::Response));
    for (media, direction) in requests.chain(responses) {
        if let Some(root) = &media.schema {
            walk::modified(root, &mut |node| {
                property(node.diff, node.full_name(), direction, &name, report);
            });
        }
    }
}

fn property(
    node: &SchemaDiff<'_>,
    property: &str,
    direction: Direction,
    operation: &OperationKey,
    report: &mut Report<'_>,
) {
    if node.extensions.is_none() {
        return;
    }
    let read = |schema: Option<crate::model::Schema<'_>>| {
        lifecycle::stability(schema.and_then(|s| s.extension("x-stability-level")))
    };
    let base = match read(node.base_schema()) {
        Ok(s) => s,
        Err(e) => {
            report.add(
                stability_change(direction, Place::Property, Action::Unreadable),
                Some(operation),
                node.base_at(),
                None,
                format!("invalid x-stability-level of `{property}`: {e}"),
            );
            return;
        }
    };
    let head = match read(node.head_schema()) {
        Ok(s) => s,
        Err(e) => {
            report.add(
                stability_change(direction, Place::Property, Action::Unreadable),
                Some(operation),
                None,
                node.head_at(),
                format!("invalid x-stability-level of `{property}`: {e}"),
            );
            return;
        }
    };
    let (b, h) = (level(base), level(head));
    if b == h || !included(report.options(), base) {
        return;
    }
    report.add(
        stability_change(direction, Place::Property, Action::compare(b, h)),
        Some(operation),
        node.base_at(),
        node.head_at(),
        format!(
            "the stability of `{property}` changed from {} to {}",
            level(base),
            level(head)
        ),
    );
}
