//! Operations added, removed, deprecated, reactivated, and their sunset dates.

use super::lifecycle::{self, Deprecation, Removal, SunsetChange};
use super::stability::Scope;
use revolv3_oas::OperationKey;

use super::{Report, operation_name};
use crate::model::{Doc, Located, Model};
use crate::options::Stability;
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// A change of an operation (or, for removals, of a whole path).
fn operation(place: Place, attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Neither, place, attribute, action)
}

/// The endpoint rules.
pub fn check(model: &Model<'_>, scope: &Scope, report: &mut Report<'_>) {
    added(model, report);
    removed(model, scope, report);
    for path in model.paths_modified.iter().chain(&model.webhooks_modified) {
        for op in path
            .modified
            .iter()
            .filter(|op| scope.keeps(&path.path, op.method))
        {
            let name = operation_name(op.method, &path.path);
            deprecation(
                &name,
                &op.base,
                &op.head,
                op.deprecated.map(|d| d.to),
                report,
            );
            sunset(&name, &op.base, &op.head, op.extensions.as_ref(), report);
        }
    }
}

fn added(model: &Model<'_>, report: &mut Report<'_>) {
    for (path, item) in &model.paths_added {
        for method in revolv3_oas::METHODS {
            if let Some(op) = model.operation(item, Doc::Head, method) {
                report.add(
                    operation(Place::Operation, Attribute::Existence, Action::Added),
                    Some(&operation_name(method, path)),
                    None,
                    Some(&op.at),
                    "endpoint added".into(),
                );
            }
        }
    }
    for path in model.paths_modified.iter().chain(&model.webhooks_modified) {
        for method in &path.added {
            let at = model
                .operation(&path.head, Doc::Head, method)
                .map(|op| op.at);
            report.add(
                operation(Place::Operation, Attribute::Existence, Action::Added),
                Some(&operation_name(method, &path.path)),
                None,
                at.as_deref(),
                "endpoint added".into(),
            );
        }
    }
}

fn removed(model: &Model<'_>, scope: &Scope, report: &mut Report<'_>) {
    for (path, item) in model
        .paths_deleted
        .iter()
        .filter(|(p, _)| scope.keeps_removed_path(p))
    {
        for method in revolv3_oas::METHODS {
            let Some(op) = model.operation(item, Doc::Base, method) else {
                continue;
            };
            if matches!(
                lifecycle::stability(op.object.get("x-stability-level")),
                Err(_) | Ok(Some(Stability::Alpha | Stability::Draft))
            ) {
                continue;
            }
            removal(report, &operation_name(method, path), &op, true);
        }
    }
    for path in model.paths_modified.iter().chain(&model.webhooks_modified) {
        for method in path
            .deleted
            .iter()
            .filter(|m| scope.keeps_removed(&path.path, m))
        {
            if let Some(op) = model.operation(&path.base, Doc::Base, method) {
                removal(report, &operation_name(method, &path.path), &op, false);
            }
        }
    }
}

fn removal(report: &mut Report<'_>, name: &OperationKey, op: &Located<'_>, whole_path: bool) {
    let removal = lifecycle::removal(
        report.options(),
        op.flag("deprecated"),
        op.object.get("x-sunset"),
    );
    let (place, what) = if whole_path {
        (Place::Path, "path")
    } else {
        (Place::Operation, "endpoint")
    };
    let message = match &removal {
        Removal::WithoutDeprecation => format!("{what} removed without deprecation"),
        Removal::WithDeprecation => format!("deprecated {what} removed"),
        Removal::SunsetUnreadable(e) => format!("removed endpoint: {e}"),
        Removal::BeforeSunset(date) => format!("{what} removed before its sunset date {date}"),
        Removal::AfterSunset => format!("{what} removed after its sunset date"),
    };
    report.add(
        operation(place, Attribute::Existence, removal.action()),
        Some(name),
        Some(&op.at),
        None,
        message,
    );
}

fn deprecation(
    name: &OperationKey,
    base: &Located<'_>,
    head: &Located<'_>,
    deprecated: Option<bool>,
    report: &mut Report<'_>,
) {
    let Some(now_deprecated) = deprecated else {
        return;
    };
    let locations = (Some(base.at.as_str()), Some(head.at.as_str()));
    if !now_deprecated {
        report.add(
            operation(
                Place::Operation,
                Attribute::Deprecation,
                Action::Reactivated,
            ),
            Some(name),
            locations.0,
            locations.1,
            "endpoint reactivated".into(),
        );
        return;
    }
    let Ok(stability) = lifecycle::stability(head.object.get("x-stability-level")) else {
        return;
    };
    let deprecation = lifecycle::judge(report.options(), stability, head.object.get("x-sunset"));
    let message = match &deprecation {
        Deprecation::Plain => "endpoint deprecated".to_owned(),
        Deprecation::SunsetMissing => {
            "endpoint deprecated without the sunset date the policy requires".to_owned()
        }
        Deprecation::SunsetUnreadable(e) => format!("endpoint deprecated: {e}"),
        Deprecation::SunsetTooSoon(date, days) => format!(
            "endpoint deprecated with sunset {date}, less than the {days} days the policy requires"
        ),
        Deprecation::WithSunset(date) => format!("endpoint deprecated with sunset {date}"),
    };
    report.add(
        operation(
            Place::Operation,
            Attribute::Deprecation,
            deprecation.action(),
        ),
        Some(name),
        locations.0,
        locations.1,
        message,
    );
}

fn sunset(
    name: &OperationKey,
    base: &Located<'_>,
    head: &Located<'_>,
    extensions: Option<&crate::model::KeysDiff<'_>>,
    report: &mut Report<'_>,
) {
    let Some(extensions) = extensions else { return };
    if !head.flag("deprecated") {
        return;
    }
    let Some(change) = lifecycle::sunset_change(
        report.options(),
        extensions,
        base.object.get("x-sunset"),
        head.object.get("x-sunset"),
        head.object.get("x-stability-level"),
    ) else {
        return;
    };
    let message = match &change {
        SunsetChange::Deleted => "the sunset date of a deprecated endpoint was removed".to_owned(),
        SunsetChange::Unreadable(e) => e.clone(),
        SunsetChange::TooSoon(old, new, days) => format!(
            "the sunset date moved from {old} to {new}, less than the {days} days the policy requires"
        ),
    };
    report.add(
        operation(Place::Operation, Attribute::Sunset, change.action()),
        Some(name),
        Some(&base.at),
        Some(&head.at),
        message,
    );
}
