//! `discriminator` added, removed, renamed, and its mapping changed.

use super::Body;
use crate::checks::Report;
use crate::model::SchemaDiff;
use crate::rules::{Action, Attribute, Place};

fn node(
    body: &Body<'_, '_>,
    report: &mut Report<'_>,
    diff: &SchemaDiff<'_>,
    subject: &str,
    place: Place,
) {
    let Some(d) = &diff.discriminator else { return };
    let mut say = |attribute: Attribute, action: Action, message: String| {
        report.at_node(
            body.columns(place, attribute, action),
            body.op,
            diff,
            message,
        )
    };
    if d.added {
        return say(
            Attribute::Discriminator,
            Action::Added,
            format!("added a discriminator to {subject}"),
        );
    }
    if d.deleted {
        return say(
            Attribute::Discriminator,
            Action::Removed,
            format!("removed the discriminator of {subject}"),
        );
    }
    if let Some(name) = d.property_name {
        say(
            Attribute::DiscriminatorPropertyName,
            Action::Changed,
            format!(
                "the discriminator property of {subject} changed from `{}` to `{}`",
                name.from, name.to
            ),
        );
    }
    if !d.mapping_added.is_empty() {
        say(
            Attribute::DiscriminatorMapping,
            Action::Added,
            format!(
                "added discriminator mapping keys {} to {subject}",
                d.mapping_added.join(", ")
            ),
        );
    }
    if !d.mapping_deleted.is_empty() {
        say(
            Attribute::DiscriminatorMapping,
            Action::Removed,
            format!(
                "removed discriminator mapping keys {} from {subject}",
                d.mapping_deleted.join(", ")
            ),
        );
    }
    for (key, from, to) in &d.mapping_changed {
        say(
            Attribute::DiscriminatorMapping,
            Action::Changed,
            format!(
                "the discriminator mapping `{key}` of {subject} changed from `{from}` to `{to}`"
            ),
        );
    }
}

/// Discriminator rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(body, report, body.root, body.subject(), Place::Body);
    body.properties(&mut |n| {
        if n.diff.discriminator.is_none() {
            return;
        }
        node(body, report, n.diff, &body.node_subject(n), Place::Property)
    });
}
