//! `pattern`, `default` and `const`.

use serde_json::Value;

use super::Body;
use crate::checks::Report;
use crate::model::Delta;
use crate::rules::Rule;

fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "none".to_owned(), Value::to_string)
}

/// Which of added / removed / changed a value delta is.
fn which<T>(from_absent: bool, to_absent: bool, added: T, removed: T, changed: T) -> T {
    if from_absent {
        added
    } else if to_absent {
        removed
    } else {
        changed
    }
}

/// Pattern, default and const rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    use Rule::*;
    let request = body.request;
    let default_rule = |d: &Delta<Option<&Value>>, property: bool| match (request, property) {
        (true, false) => which(
            d.from.is_none(),
            d.to.is_none(),
            RequestBodyDefaultValueAdded,
            RequestBodyDefaultValueRemoved,
            RequestBodyDefaultValueChanged,
        ),
        (true, true) => which(
            d.from.is_none(),
            d.to.is_none(),
            RequestPropertyDefaultValueAdded,
            RequestPropertyDefaultValueRemoved,
            RequestPropertyDefaultValueChanged,
        ),
        (false, false) => which(
            d.from.is_none(),
            d.to.is_none(),
            ResponseBodyDefaultValueAdded,
            ResponseBodyDefaultValueRemoved,
            ResponseBodyDefaultValueChanged,
        ),
        (false, true) => which(
            d.from.is_none(),
            d.to.is_none(),
            ResponsePropertyDefaultValueAdded,
            ResponsePropertyDefaultValueRemoved,
            ResponsePropertyDefaultValueChanged,
        ),
    };
    let const_rule = |d: &Delta<Option<&Value>>, property: bool| match (request, property) {
        (true, false) => which(
            d.from.is_none(),
            d.to.is_none(),
            RequestBodyConstAdded,
            RequestBodyConstRemoved,
            RequestBodyConstChanged,
        ),
        (true, true) => which(
            d.from.is_none(),
            d.to.is_none(),
            RequestPropertyConstAdded,
            RequestPropertyConstRemoved,
            RequestPropertyConstChanged,
        ),
        (false, false) => which(
            d.from.is_none(),
            d.to.is_none(),
            ResponseBodyConstAdded,
            ResponseBodyConstRemoved,
            ResponseBodyConstChanged,
        ),
        (false, true) => which(
            d.from.is_none(),
            d.to.is_none(),
            ResponsePropertyConstAdded,
            ResponsePropertyConstRemoved,
            ResponsePropertyConstChanged,
        ),
    };
    let root = body.root;
    if let Some(d) = &root.default {
        let message = format!(
            "the default of {} changed from {} to {}",
            body.subject(),
            show(d.from),
            show(d.to)
        );
        report.at_node(default_rule(d, false), body.op, root, message);
    }
    if let Some(d) = &root.const_value {
        let message = format!(
            "the const of {} changed from {} to {}",
            body.subject(),
            show(d.from),
            show(d.to)
        );
        report.at_node(const_rule(d, false), body.op, root, message);
    }
    body.properties(&mut |node| {
        let (name, place) = (node.full_name(), body.place());
        if let Some(d) = &node.diff.default {
            let message = format!(
                "the default of `{name}` {place} changed from {} to {}",
                show(d.from),
                show(d.to)
            );
            report.at_node(default_rule(d, true), body.op, node.diff, message);
        }
        if let Some(d) = &node.diff.const_value {
            let message = format!(
                "the const of `{name}` {place} changed from {} to {}",
                show(d.from),
                show(d.to)
            );
            report.at_node(const_rule(d, true), body.op, node.diff, message);
        }
        if let Some(p) = node.diff.pattern {
            let rule = match (request, p.from.is_empty(), p.to.is_empty()) {
                (true, _, true) => RequestPropertyPatternRemoved,
                (true, true, false) => RequestPropertyPatternAdded,
                (true, false, false) if p.to == ".*" => RequestPropertyPatternGeneralized,
                (true, false, false) => RequestPropertyPatternChanged,
                (false, _, true) => ResponsePropertyPatternRemoved,
                (false, true, false) => ResponsePropertyPatternAdded,
                (false, false, false) => ResponsePropertyPatternChanged,
            };
            let message = format!(
                "the pattern of `{name}` {place} changed from `{}` to `{}`",
                p.from, p.to
            );
            report.at_node(rule, body.op, node.diff, message);
        }
    });
}
