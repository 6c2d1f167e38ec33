//! Members added to or removed from `allOf`, `anyOf` and `oneOf`. An `allOf` member that only
//! annotates (accepts everything) is reported apart, as it constrains nothing.

use super::Body;
use crate::checks::Report;
use crate::model::{SchemaDiff, Sub, subschema_names};
use crate::rules::Rule;

/// The rules for members added and removed, for one of the keywords, at the body (`false`)
/// or a property (`true`): `[added, removed, annotation added, annotation removed]`.
fn rules(request: bool, keyword: &str, property: bool) -> [Option<Rule>; 4] {
    use Rule::*;
    match (request, keyword, property) {
        (true, "allOf", false) => [
            Some(RequestBodyAllOfAdded),
            Some(RequestBodyAllOfRemoved),
            Some(RequestBodyAllOfAddedAnnotationOnly),
            Some(RequestBodyAllOfRemovedAnnotationOnly),
        ],
        (true, "allOf", true) => [
            Some(RequestPropertyAllOfAdded),
            Some(RequestPropertyAllOfRemoved),
            Some(RequestPropertyAllOfAddedAnnotationOnly),
            Some(RequestPropertyAllOfRemovedAnnotationOnly),
        ],
        (false, "allOf", false) => [
            Some(ResponseBodyAllOfAdded),
            Some(ResponseBodyAllOfRemoved),
            Some(ResponseBodyAllOfAddedAnnotationOnly),
            Some(ResponseBodyAllOfRemovedAnnotationOnly),
        ],
        (false, "allOf", true) => [
            Some(ResponsePropertyAllOfAdded),
            Some(ResponsePropertyAllOfRemoved),
            Some(ResponsePropertyAllOfAddedAnnotationOnly),
            Some(ResponsePropertyAllOfRemovedAnnotationOnly),
        ],
        (true, "anyOf", false) => [
            Some(RequestBodyAnyOfAdded),
            Some(RequestBodyAnyOfRemoved),
            None,
            None,
        ],
        (true, "anyOf", true) => [
            Some(RequestPropertyAnyOfAdded),
            Some(RequestPropertyAnyOfRemoved),
            None,
            None,
        ],
        (false, "anyOf", false) => [
            Some(ResponseBodyAnyOfAdded),
            Some(ResponseBodyAnyOfRemoved),
            None,
            None,
        ],
        (false, "anyOf", true) => [
            Some(ResponsePropertyAnyOfAdded),
            Some(ResponsePropertyAnyOfRemoved),
            None,
            None,
        ],
        (true, _, false) => [
            Some(RequestBodyOneOfAdded),
            Some(RequestBodyOneOfRemoved),
            None,
            None,
        ],
        (true, _, true) => [
            Some(RequestPropertyOneOfAdded),
            Some(RequestPropertyOneOfRemoved),
            None,
            None,
        ],
        (false, _, false) => [
            Some(ResponseBodyOneOfAdded),
            Some(ResponseBodyOneOfRemoved),
            None,
            None,
        ],
        (false, _, true) => [
            Some(ResponsePropertyOneOfAdded),
            Some(ResponsePropertyOneOfRemoved),
            None,
            None,
        ],
    }
}

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
    property: bool,
) {
    for (keyword, list) in [
        ("allOf", &diff.all_of),
        ("anyOf", &diff.any_of),
        ("oneOf", &diff.one_of),
    ] {
        let Some(list) = list else { continue };
        let [added, removed, annotation_added, annotation_removed] =
            rules(body.request, keyword, property);
        for (rule, subs, verb) in [
            (added, split(&list.added, false), "added"),
            (
                annotation_added,
                split(&list.added, true),
                "added annotation-only",
            ),
            (removed, split(&list.deleted, false), "removed"),
            (
                annotation_removed,
                split(&list.deleted, true),
                "removed annotation-only",
            ),
        ] {
            if let Some(rule) = rule
                && !subs.is_empty()
            {
                let message = format!(
                    "{verb} {} in the {keyword} of {subject}",
                    subschema_names(&subs)
                );
                report.at_node(rule, body.op, diff, message);
            }
        }
    }
}

/// Composition rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(body, report, body.root, body.subject(), false);
    body.properties(&mut |n| {
        if n.diff.all_of.is_none() && n.diff.any_of.is_none() && n.diff.one_of.is_none() {
            return;
        }
        node(body, report, n.diff, &body.node_subject(n), true)
    });
}
