//! Members added to or removed from `allOf`, `anyOf` and `oneOf`. An `allOf` member that only
//! annotates (accepts everything) is reported apart, as it constrains nothing.

use super::Body;
use crate::checks::Report;
use crate::model::{SchemaDiff, Sub, subschema_names};
use crate::rules::{Action, Attribute, Place};

fn split<'a>(subs: &[Sub<'a>], annotation: bool) -> Vec<Sub<'a>> {
    subs.iter()
        .filter(|s| s.annotation_only == annotation)
        .copied()
        .collect()
}

fn node(
    body: &Body<'_, '_>,
    report: &mut Report<'_>,
    diff: &SchemaDiff<'_>,
    subject: &str,
    place: Place,
) {
    for (attribute, keyword, list) in [
        (Attribute::AllOf, "allOf", &diff.all_of),
        (Attribute::AnyOf, "anyOf", &diff.any_of),
        (Attribute::OneOf, "oneOf", &diff.one_of),
    ] {
        let Some(list) = list else { continue };
        for (action, subs, verb) in [
            (Action::Added, split(&list.added, false), "added"),
            (
                Action::AddedAnnotationOnly,
                split(&list.added, true),
                "added annotation-only",
            ),
            (Action::Removed, split(&list.deleted, false), "removed"),
            (
                Action::RemovedAnnotationOnly,
                split(&list.deleted, true),
                "removed annotation-only",
            ),
        ] {
            if subs.is_empty() {
                continue;
            }
            let message = format!(
                "{verb} {} in the {keyword} of {subject}",
                subschema_names(&subs)
            );
            report.at_node(
                body.columns(place, attribute, action),
                body.op,
                diff,
                message,
            );
        }
    }
}

/// Composition rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(body, report, body.root, body.subject(), Place::Body);
    body.properties(&mut |n| {
        if n.diff.all_of.is_none() && n.diff.any_of.is_none() && n.diff.one_of.is_none() {
            return;
        }
        node(body, report, n.diff, &body.node_subject(n), Place::Property)
    });
}
