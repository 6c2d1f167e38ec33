//! `discriminator` added, removed, renamed, and its mapping changed.

use super::Body;
use crate::checks::Report;
use crate::model::SchemaDiff;
use crate::rules::Rule;

/// `[added, removed, property name changed, mapping added, mapping deleted, mapping changed]`.
fn rules(request: bool, property: bool) -> [Rule; 6] {
    use Rule::*;
    match (request, property) {
        (true, false) => [
            RequestBodyDiscriminatorAdded,
            RequestBodyDiscriminatorRemoved,
            RequestBodyDiscriminatorPropertyNameChanged,
            RequestBodyDiscriminatorMappingAdded,
            RequestBodyDiscriminatorMappingDeleted,
            RequestBodyDiscriminatorMappingChanged,
        ],
        (true, true) => [
            RequestPropertyDiscriminatorAdded,
            RequestPropertyDiscriminatorRemoved,
            RequestPropertyDiscriminatorPropertyNameChanged,
            RequestPropertyDiscriminatorMappingAdded,
            RequestPropertyDiscriminatorMappingDeleted,
            RequestPropertyDiscriminatorMappingChanged,
        ],
        (false, false) => [
            ResponseBodyDiscriminatorAdded,
            ResponseBodyDiscriminatorRemoved,
            ResponseBodyDiscriminatorPropertyNameChanged,
            ResponseBodyDiscriminatorMappingAdded,
            ResponseBodyDiscriminatorMappingDeleted,
            ResponseBodyDiscriminatorMappingChanged,
        ],
        (false, true) => [
            ResponsePropertyDiscriminatorAdded,
            ResponsePropertyDiscriminatorRemoved,
            ResponsePropertyDiscriminatorPropertyNameChanged,
            ResponsePropertyDiscriminatorMappingAdded,
            ResponsePropertyDiscriminatorMappingDeleted,
            ResponsePropertyDiscriminatorMappingChanged,
        ],
    }
}

fn node(
    body: &Body<'_, '_>,
    report: &mut Report<'_>,
    diff: &SchemaDiff<'_>,
    subject: &str,
    property: bool,
) {
    let Some(d) = &diff.discriminator else { return };
    let [
        added,
        removed,
        renamed,
        mapping_added,
        mapping_deleted,
        mapping_changed,
    ] = rules(body.request, property);
    let mut say = |rule: Rule, message: String| report.at_node(rule, body.op, diff, message);
    if d.added {
        return say(added, format!("added a discriminator to {subject}"));
    }
    if d.deleted {
        return say(removed, format!("removed the discriminator of {subject}"));
    }
    if let Some(name) = d.property_name {
        say(
            renamed,
            format!(
                "the discriminator property of {subject} changed from `{}` to `{}`",
                name.from, name.to
            ),
        );
    }
    if !d.mapping_added.is_empty() {
        say(
            mapping_added,
            format!(
                "added discriminator mapping keys {} to {subject}",
                d.mapping_added.join(", ")
            ),
        );
    }
    if !d.mapping_deleted.is_empty() {
        say(
            mapping_deleted,
            format!(
                "removed discriminator mapping keys {} from {subject}",
                d.mapping_deleted.join(", ")
            ),
        );
    }
    for (key, from, to) in &d.mapping_changed {
        say(
            mapping_changed,
            format!(
                "the discriminator mapping `{key}` of {subject} changed from `{from}` to `{to}`"
            ),
        );
    }
}

/// Discriminator rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(body, report, body.root, body.subject(), false);
    body.properties(&mut |n| {
        if n.diff.discriminator.is_none() {
            return;
        }
        node(body, report, n.diff, &body.node_subject(n), true)
    });
}
