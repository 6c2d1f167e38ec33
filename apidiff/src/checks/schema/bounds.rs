//! Numeric, length and size bounds. What clients send may not be narrowed (a lower maximum, a
//! higher minimum, a new bound), what they receive may not be widened. The parameter rules
//! (`checks::parameters`) read the same moves through [`parameter_rule`].

use std::fmt::Display;

use super::Body;
use crate::checks::Report;
use crate::model::{Bound, Delta, SchemaDiff};
use crate::rules::Rule;

/// How a bound moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// It was absent and is set now.
    Set,
    /// It was set and is absent now.
    Unset,
    /// Both set, higher now.
    Up,
    /// Both set, lower now.
    Down,
    /// Both set, neither comparably higher nor lower (3.0 exclusive flags).
    Other,
}

fn optional<T: PartialOrd>(d: &Delta<Option<T>>) -> Move {
    match (&d.from, &d.to) {
        (None, _) => Move::Set,
        (_, None) => Move::Unset,
        (Some(a), Some(b)) if b > a => Move::Up,
        (Some(a), Some(b)) if b < a => Move::Down,
        _ => Move::Other,
    }
}

fn count(d: &Delta<u64>) -> Move {
    if d.to > d.from { Move::Up } else { Move::Down }
}

fn exclusive(d: &Delta<Option<Bound>>) -> Move {
    match (d.from, d.to) {
        (None, _) => Move::Set,
        (_, None) => Move::Unset,
        (Some(a), Some(b)) => match (a.number(), b.number()) {
            (Some(a), Some(b)) if b > a => Move::Up,
            (Some(a), Some(b)) if b < a => Move::Down,
            _ => Move::Other,
        },
    }
}

fn show<T: Display>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map_or_else(|| "none".to_owned(), ToString::to_string)
}

fn show_bound(value: &Option<Bound>) -> String {
    match value {
        Some(Bound::Number(n)) => n.to_string(),
        Some(Bound::Flag(b)) => b.to_string(),
        None => "none".to_owned(),
    }
}

/// The bounds of one node, each with its keyword, how it moved and its old and new values.
pub fn moves(node: &SchemaDiff<'_>) -> Vec<(&'static str, Move, String, String)> {
    let mut out = Vec::new();
    if let Some(d) = &node.maximum {
        out.push(("maximum", optional(d), show(&d.from), show(&d.to)));
    }
    if let Some(d) = &node.exclusive_maximum {
        out.push((
            "exclusiveMaximum",
            exclusive(d),
            show_bound(&d.from),
            show_bound(&d.to),
        ));
    }
    if let Some(d) = &node.minimum {
        out.push(("minimum", optional(d), show(&d.from), show(&d.to)));
    }
    if let Some(d) = &node.exclusive_minimum {
        out.push((
            "exclusiveMinimum",
            exclusive(d),
            show_bound(&d.from),
            show_bound(&d.to),
        ));
    }
    if let Some(d) = &node.max_length {
        out.push(("maxLength", optional(d), show(&d.from), show(&d.to)));
    }
    if let Some(d) = &node.min_length {
        out.push(("minLength", count(d), d.from.to_string(), d.to.to_string()));
    }
    if let Some(d) = &node.min_items {
        out.push(("minItems", count(d), d.from.to_string(), d.to.to_string()));
    }
    out
}

/// The rule for `keyword` moving `how` in a request body (`property` false) or a request
/// property; `read_only` when the head property is read-only.
fn request_rule(keyword: &str, how: Move, property: bool, read_only: bool) -> Option<Rule> {
    use Move::*;
    use Rule::*;
    Some(match (keyword, how, property) {
        ("maximum", Down, false) => RequestBodyMaxDecreased,
        ("maximum", Up | Other, false) => RequestBodyMaxIncreased,
        ("maximum", Down, true) if read_only => RequestReadOnlyPropertyMaxDecreased,
        ("maximum", Down, true) => RequestPropertyMaxDecreased,
        ("maximum", Up | Other, true) => RequestPropertyMaxIncreased,
        ("maximum", Set, false) => RequestBodyMaxSet,
        ("maximum", Set, true) if !read_only => RequestPropertyMaxSet,
        ("exclusiveMaximum", Down, false) => RequestBodyExclusiveMaxDecreased,
        ("exclusiveMaximum", Up | Other, false) => RequestBodyExclusiveMaxIncreased,
        ("exclusiveMaximum", Down, true) if read_only => {
            RequestReadOnlyPropertyExclusiveMaxDecreased
        }
        ("exclusiveMaximum", Down, true) => RequestPropertyExclusiveMaxDecreased,
        ("exclusiveMaximum", Up | Other, true) => RequestPropertyExclusiveMaxIncreased,
        ("exclusiveMaximum", Set, false) => RequestBodyExclusiveMaxSet,
        ("exclusiveMaximum", Set, true) if !read_only => RequestPropertyExclusiveMaxSet,
        ("minimum", Up, false) => RequestBodyMinIncreased,
        ("minimum", Down | Other, false) => RequestBodyMinDecreased,
        ("minimum", Up, true) if read_only => RequestReadOnlyPropertyMinIncreased,
        ("minimum", Up, true) => RequestPropertyMinIncreased,
        ("minimum", Down | Other, true) => RequestPropertyMinDecreased,
        ("minimum", Set, false) => RequestBodyMinSet,
        ("minimum", Set, true) if !read_only => RequestPropertyMinSet,
        ("exclusiveMinimum", Up, false) => RequestBodyExclusiveMinIncreased,
        ("exclusiveMinimum", Down | Other, false) => RequestBodyExclusiveMinDecreased,
        ("exclusiveMinimum", Up, true) if read_only => RequestReadOnlyPropertyExclusiveMinIncreased,
        ("exclusiveMinimum", Up, true) => RequestPropertyExclusiveMinIncreased,
        ("exclusiveMinimum", Down | Other, true) => RequestPropertyExclusiveMinDecreased,
        ("exclusiveMinimum", Set, false) => RequestBodyExclusiveMinSet,
        ("exclusiveMinimum", Set, true) if !read_only => RequestPropertyExclusiveMinSet,
        ("maxLength", Down, false) => RequestBodyMaxLengthDecreased,
        ("maxLength", Up, false) => RequestBodyMaxLengthIncreased,
        ("maxLength", Down, true) if read_only => RequestReadOnlyPropertyMaxLengthDecreased,
        ("maxLength", Down, true) => RequestPropertyMaxLengthDecreased,
        ("maxLength", Up, true) => RequestPropertyMaxLengthIncreased,
        ("maxLength", Set, false) => RequestBodyMaxLengthSet,
        ("maxLength", Set, true) if !read_only => RequestPropertyMaxLengthSet,
        ("minLength", Up, false) => RequestBodyMinLengthIncreased,
        ("minLength", Down, false) => RequestBodyMinLengthDecreased,
        ("minLength", Up, true) => RequestPropertyMinLengthIncreased,
        ("minLength", Down, true) => RequestPropertyMinLengthDecreased,
        ("minItems", Up, false) => RequestBodyMinItemsIncreased,
        ("minItems", Up, true) if !read_only => RequestPropertyMinItemsIncreased,
        _ => return None,
    })
}

/// The rule for `keyword` moving `how` in the schema of a request parameter (a bound removed
/// is not reported).
pub fn parameter_rule(keyword: &str, how: Move) -> Option<Rule> {
    use Move::*;
    use Rule::*;
    Some(match (keyword, how) {
        ("maximum", Set) => RequestParameterMaxSet,
        ("maximum", Down) => RequestParameterMaxDecreased,
        ("maximum", Up | Other) => RequestParameterMaxIncreased,
        ("exclusiveMaximum", Set) => RequestParameterExclusiveMaxSet,
        ("exclusiveMaximum", Down) => RequestParameterExclusiveMaxDecreased,
        ("exclusiveMaximum", Up | Other) => RequestParameterExclusiveMaxIncreased,
        ("minimum", Set) => RequestParameterMinSet,
        ("minimum", Down) => RequestParameterMinDecreased,
        ("minimum", Up | Other) => RequestParameterMinIncreased,
        ("exclusiveMinimum", Set) => RequestParameterExclusiveMinSet,
        ("exclusiveMinimum", Up) => RequestParameterExclusiveMinIncreased,
        ("exclusiveMinimum", Down | Other) => RequestParameterExclusiveMinDecreased,
        ("maxLength", Set) => RequestParameterMaxLengthSet,
        ("maxLength", Down) => RequestParameterMaxLengthDecreased,
        ("maxLength", Up | Other) => RequestParameterMaxLengthIncreased,
        ("minLength", Up) => RequestParameterMinLengthIncreased,
        ("minLength", Down) => RequestParameterMinLengthDecreased,
        ("minItems", Up) => RequestParameterMinItemsIncreased,
        ("minItems", Down) => RequestParameterMinItemsDecreased,
        _ => return None,
    })
}

/// The rule for `keyword` moving `how` in a response body or property; `write_only` when the
/// head property is write-only (never sent back, so never reported).
fn response_rule(keyword: &str, how: Move, property: bool, write_only: bool) -> Option<Rule> {
    use Move::*;
    use Rule::*;
    if property && write_only {
        return None;
    }
    Some(match (keyword, how, property) {
        ("maximum", Up, false) => ResponseBodyMaxIncreased,
        ("maximum", Up, true) => ResponsePropertyMaxIncreased,
        ("exclusiveMaximum", Up, false) => ResponseBodyExclusiveMaxIncreased,
        ("exclusiveMaximum", Up, true) => ResponsePropertyExclusiveMaxIncreased,
        ("minimum", Down, false) => ResponseBodyMinDecreased,
        ("minimum", Down, true) => ResponsePropertyMinDecreased,
        ("exclusiveMinimum", Down, false) => ResponseBodyExclusiveMinDecreased,
        ("exclusiveMinimum", Down, true) => ResponsePropertyExclusiveMinDecreased,
        ("maxLength", Up, false) => ResponseBodyMaxLengthIncreased,
        ("maxLength", Up, true) => ResponsePropertyMaxLengthIncreased,
        ("maxLength", Unset, false) => ResponseBodyMaxLengthUnset,
        ("maxLength", Unset, true) => ResponsePropertyMaxLengthUnset,
        ("minLength", Down, false) => ResponseBodyMinLengthDecreased,
        ("minLength", Down, true) => ResponsePropertyMinLengthDecreased,
        ("minItems", Down, false) => ResponseBodyMinItemsDecreased,
        ("minItems", Down, true) => ResponsePropertyMinItemsDecreased,
        _ => return None,
    })
}

/// Bound rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let rule = |keyword: &str, how: Move, property: bool, node: &SchemaDiff<'_>| {
        let head = node.head_schema();
        if body.request {
            request_rule(keyword, how, property, head.is_some_and(|s| s.read_only()))
        } else {
            response_rule(keyword, how, property, head.is_some_and(|s| s.write_only()))
        }
    };
    for (keyword, how, from, to) in moves(body.root) {
        if let Some(rule) = rule(keyword, how, false, body.root) {
            report.at_node(
                rule,
                body.op,
                body.root,
                format!(
                    "the {keyword} of {} changed from {from} to {to}",
                    body.subject()
                ),
            );
        }
    }
    body.properties(&mut |node| {
        for (keyword, how, from, to) in moves(node.diff) {
            if let Some(rule) = rule(keyword, how, true, node.diff) {
                report.at_node(
                    rule,
                    body.op,
                    node.diff,
                    format!(
                        "the {keyword} of {} changed from {from} to {to}",
                        body.node_subject(node)
                    ),
                );
            }
        }
    });
}
