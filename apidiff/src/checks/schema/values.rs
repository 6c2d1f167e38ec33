//! `pattern`, `default` and `const`.

use serde_json::Value;

use super::Body;
use crate::checks::Report;
use crate::model::Delta;
use crate::rules::{Action, Attribute, Place};

fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "none".to_owned(), Value::to_string)
}

/// How a `default` or `const` changed: `Set`, `Unset` or `Changed`.
pub fn value_action(d: &Delta<Option<&Value>>) -> Action {
    Action::value(d.from.is_some(), d.to.is_some())
}

/// How a `pattern` changed (`""` when absent): `Set`, `Unset`, `Generalized` when it now
/// matches anything (`.*`), or `Changed`.
pub fn pattern_action(d: Delta<&str>) -> Action {
    match Action::value(!d.from.is_empty(), !d.to.is_empty()) {
        Action::Changed if d.to == ".*" => Action::Generalized,
        action => action,
    }
}

/// Pattern, default and const rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let root = body.root;
    if let Some(d) = &root.default {
        let message = format!(
            "the default of {} changed from {} to {}",
            body.subject(),
            show(d.from),
            show(d.to)
        );
        let columns = body.columns(Place::Body, Attribute::Default, value_action(d));
        report.at_node(columns, body.op, root, message);
    }
    if let Some(d) = &root.const_value {
        let message = format!(
            "the const of {} changed from {} to {}",
            body.subject(),
            show(d.from),
            show(d.to)
        );
        let columns = body.columns(Place::Body, Attribute::Const, value_action(d));
        report.at_node(columns, body.op, root, message);
    }
    body.properties(&mut |node| {
        let (name, place) = (node.full_name(), body.place());
        let property = |attribute, action| body.columns(Place::Property, attribute, action);
        if let Some(d) = &node.diff.default {
            let message = format!(
                "the default of `{name}` {place} changed from {} to {}",
                show(d.from),
                show(d.to)
            );
            let columns = property(Attribute::Default, value_action(d));
            report.at_node(columns, body.op, node.diff, message);
        }
        if let Some(d) = &node.diff.const_value {
            let message = format!(
                "the const of `{name}` {place} changed from {} to {}",
                show(d.from),
                show(d.to)
            );
            let columns = property(Attribute::Const, value_action(d));
            report.at_node(columns, body.op, node.diff, message);
        }
        if let Some(p) = node.diff.pattern {
            let message = format!(
                "the pattern of `{name}` {place} changed from `{}` to `{}`",
                p.from, p.to
            );
            let columns = property(Attribute::Pattern, pattern_action(p));
            report.at_node(columns, body.op, node.diff, message);
        }
    });
}
