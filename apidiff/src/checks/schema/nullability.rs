//! A schema starting or stopping to accept `null`, in any of its three spellings: 3.0's
//! `nullable`, a `"null"` in 3.1's type list, or the `oneOf: [{type: null}, X]` wrapper.

use super::Body;
use crate::checks::Report;
use crate::model::SchemaDiff;
use crate::rules::{Action, Attribute, Place};

/// `Some(true)` when the schema started accepting null, `Some(false)` when it stopped.
pub fn change(node: &SchemaDiff<'_>) -> Option<bool> {
    let (base, head) = (node.base_schema()?, node.head_schema()?);
    if let Some(nullable) = node.nullable {
        return if nullable.from {
            Some(false)
        } else {
            nullable.to.then_some(true)
        };
    }
    if let Some(types) = &node.types {
        // A schema without a type accepts null already; gaining or losing the type keyword
        // altogether is not a nullability change.
        if !head.types().is_empty() && types.deleted.contains(&"null") {
            return Some(false);
        }
        if !base.types().is_empty() && types.added.contains(&"null") {
            return Some(true);
        }
    }
    node.nullable_wrapping
}

/// A nullability change in words: `accepts null now` or `no longer accepts null`.
pub fn words(nullable: bool) -> &'static str {
    if nullable {
        "accepts null now"
    } else {
        "no longer accepts null"
    }
}

/// Nullability of request and response bodies and their properties.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    if let Some(nullable) = change(body.root) {
        report.at_node(
            body.columns(Place::Body, Attribute::Nullable, Action::flag(nullable)),
            body.op,
            body.root,
            format!("{} {}", body.subject(), words(nullable)),
        );
    }
    body.properties(&mut |node| {
        if let Some(nullable) = change(node.diff) {
            report.at_node(
                body.columns(Place::Property, Attribute::Nullable, Action::flag(nullable)),
                body.op,
                node.diff,
                format!("{} {}", body.node_subject(node), words(nullable)),
            );
        }
    });
}
