//! `pattern`, `default` and `const`.

use serde_json::Value;

use super::Body;
use crate::checks::Report;
use crate::model::Delta;
use crate::rules::Rule;

fn show(value: Option<&Value>) -> String {
    value.map_or_else(|| "none".to_owned(), Value::to_string)
}

/// Of `[added, removed, changed]`, the rule for a value that changed as `d` did.
fn which(d: &Delta<Option<&Value>>, [added, removed, changed]: [Rule; 3]) -> Rule {
    if d.from.is_none() {
        added
    } else if d.to.is_none() {
        removed
    } else {
        changed
    }
}

/// `[added, removed, changed]` for `default` at a request or response body or property.
fn default_rules(request: bool, property: bool) -> [Rule; 3] {
    use Rule::*;
    match (request, property) {
        (true, false) => [
            RequestBodyDefaultValueAdded,
            RequestBodyDefaultValueRemoved,
            RequestBodyDefaultValueChanged,
        ],
        (true, true) => [
            RequestPropertyDefaultValueAdded,
            RequestPropertyDefaultValueRemoved,
            RequestPropertyDefaultValueChanged,
        ],
        (false, false) => [
            ResponseBodyDefaultValueAdded,
            ResponseBodyDefaultValueRemoved,
            ResponseBodyDefaultValueChanged,
        ],
        (false, true) => [
            ResponsePropertyDefaultValueAdded,
            ResponsePropertyDefaultValueRemoved,
            ResponsePropertyDefaultValueChanged,
        ],
    }
}

/// `[added, removed, changed]` for `const` at a request or response body or property.
fn const_rules(request: bool, property: bool) -> [Rule; 3] {
    use Rule::*;
    match (request, property) {
        (true, false) => [
            RequestBodyConstAdded,
            RequestBodyConstRemoved,
            RequestBodyConstChanged,
        ],
        (true, true) => [
            RequestPropertyConstAdded,
            RequestPropertyConstRemoved,
            RequestPropertyConstChanged,
        ],
        (false, false) => [
            ResponseBodyConstAdded,
            ResponseBodyConstRemoved,
            ResponseBodyConstChanged,
        ],
        (false, true) => [
            ResponsePropertyConstAdded,
            ResponsePropertyConstRemoved,
            ResponsePropertyConstChanged,
        ],
    }
}

/// Pattern, default and const rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    use Rule::*;
    let request = body.request;
    let default_rule =
        |d: &Delta<Option<&Value>>, property| which(d, default_rules(request, property));
    let const_rule = |d: &Delta<Option<&Value>>, property| which(d, const_rules(request, property));
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
