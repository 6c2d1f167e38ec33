//! Numeric, length and size bounds. What clients send may not be narrowed (a lower maximum, a
//! higher minimum, a new bound), what they receive may not be widened. The parameter rules
//! (`checks::parameters`) read the same [`moves`].

use std::fmt::Display;

use super::Body;
use crate::checks::Report;
use crate::model::{Bound, Delta, SchemaDiff};
use crate::rules::{Action, Attribute, Place, Qualifier};

fn optional<T: PartialOrd>(d: &Delta<Option<T>>) -> Action {
    match (&d.from, &d.to) {
        (Some(from), Some(to)) => Action::compare(from, to),
        (from, to) => Action::value(from.is_some(), to.is_some()),
    }
}

fn exclusive(d: &Delta<Option<Bound>>) -> Action {
    match (d.from, d.to) {
        (Some(from), Some(to)) => match (from.number(), to.number()) {
            (Some(from), Some(to)) => Action::compare(from, to),
            // 3.0's flags, or a flag against a number: neither higher nor lower.
            _ => Action::Changed,
        },
        (from, to) => Action::value(from.is_some(), to.is_some()),
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

/// A bound that moved.
pub struct Moved {
    /// The bound.
    pub attribute: Attribute,
    /// Its keyword, as messages spell it.
    pub keyword: &'static str,
    /// How it moved.
    pub action: Action,
    /// Its old value, for messages.
    pub from: String,
    /// Its new value, for messages.
    pub to: String,
}

/// The bounds of one node that moved.
pub fn moves(node: &SchemaDiff<'_>) -> Vec<Moved> {
    let mut out = Vec::new();
    let mut push = |attribute, keyword, action, from, to| {
        out.push(Moved {
            attribute,
            keyword,
            action,
            from,
            to,
        })
    };
    if let Some(d) = &node.maximum {
        push(
            Attribute::Maximum,
            "maximum",
            optional(d),
            show(&d.from),
            show(&d.to),
        );
    }
    if let Some(d) = &node.exclusive_maximum {
        push(
            Attribute::ExclusiveMaximum,
            "exclusiveMaximum",
            exclusive(d),
            show_bound(&d.from),
            show_bound(&d.to),
        );
    }
    if let Some(d) = &node.minimum {
        push(
            Attribute::Minimum,
            "minimum",
            optional(d),
            show(&d.from),
            show(&d.to),
        );
    }
    if let Some(d) = &node.exclusive_minimum {
        push(
            Attribute::ExclusiveMinimum,
            "exclusiveMinimum",
            exclusive(d),
            show_bound(&d.from),
            show_bound(&d.to),
        );
    }
    if let Some(d) = &node.max_length {
        push(
            Attribute::MaxLength,
            "maxLength",
            optional(d),
            show(&d.from),
            show(&d.to),
        );
    }
    // Counts that default to 0 (kin-openapi's reading): they only go up or down.
    if let Some(d) = &node.min_length {
        push(
            Attribute::MinLength,
            "minLength",
            Action::compare(d.from, d.to),
            d.from.to_string(),
            d.to.to_string(),
        );
    }
    if let Some(d) = &node.min_items {
        push(
            Attribute::MinItems,
            "minItems",
            Action::compare(d.from, d.to),
            d.from.to_string(),
            d.to.to_string(),
        );
    }
    out
}

/// Bounds of request and response bodies and their properties. Read-only properties are
/// never sent and write-only ones never received, so the registry tells them apart.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    for bound in moves(body.root) {
        report.at_node(
            body.columns(Place::Body, bound.attribute, bound.action),
            body.op,
            body.root,
            format!(
                "the {} of {} changed from {} to {}",
                bound.keyword,
                body.subject(),
                bound.from,
                bound.to
            ),
        );
    }
    body.properties(&mut |node| {
        let head = node.diff.head_schema();
        for bound in moves(node.diff) {
            let columns = body
                .columns(Place::Property, bound.attribute, bound.action)
                .with(Qualifier::ReadOnly, head.is_some_and(|s| s.read_only()))
                .with(Qualifier::WriteOnly, head.is_some_and(|s| s.write_only()));
            report.at_node(
                columns,
                body.op,
                node.diff,
                format!(
                    "the {} of {} changed from {} to {}",
                    bound.keyword,
                    body.node_subject(node),
                    bound.from,
                    bound.to
                ),
            );
        }
    });
}
