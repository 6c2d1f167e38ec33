//! Request bodies: added, removed, required, their media types, and a media type's schema
//! appearing or disappearing.

use super::{Op, Report};
use crate::rules::Rule;

/// The request body rules of one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    let Some(body) = &op.diff.request_body else {
        return;
    };
    let (base_at, head_at) = (
        body.base.as_ref().map(|b| b.at.as_str()),
        body.head.as_ref().map(|b| b.at.as_str()),
    );
    if body.added {
        let required = body.head.as_ref().is_some_and(|b| b.flag("required"));
        let (rule, what) = if required {
            (Rule::RequestBodyAddedRequired, "required")
        } else {
            (Rule::RequestBodyAddedOptional, "optional")
        };
        report.add(
            rule,
            Some(&op.name),
            None,
            head_at,
            format!("added a request body ({what})"),
        );
    }
    if body.deleted {
        report.add(
            Rule::RequestBodyRemoved,
            Some(&op.name),
            base_at,
            None,
            "removed the request body".into(),
        );
    }
    if let Some(required) = body.required {
        let (rule, what) = if required.to {
            (Rule::RequestBodyBecameRequired, "required")
        } else {
            (Rule::RequestBodyBecameOptional, "optional")
        };
        report.add(
            rule,
            Some(&op.name),
            base_at,
            head_at,
            format!("the request body became {what}"),
        );
    }
    let Some(content) = &body.content else { return };
    for media in &content.added {
        report.add(
            Rule::RequestBodyMediaTypeAdded,
            Some(&op.name),
            None,
            head_at,
            format!("added the request media type `{media}`"),
        );
    }
    for media in &content.deleted {
        report.add(
            Rule::RequestBodyMediaTypeRemoved,
            Some(&op.name),
            base_at,
            None,
            format!("removed the request media type `{media}`"),
        );
    }
    for media in &content.modified {
        let Some(schema) = &media.schema else {
            continue;
        };
        let (base, head) = (Some(media.base_at.as_str()), Some(media.head_at.as_str()));
        if schema.added {
            let message = format!("the request media type `{}` got a schema", media.head_name);
            report.add(
                Rule::RequestBodyMediaTypeSchemaAdded,
                Some(&op.name),
                base,
                head,
                message,
            );
        } else if schema.deleted {
            let message = format!(
                "the request media type `{}` lost its schema",
                media.head_name
            );
            report.add(
                Rule::RequestBodyMediaTypeSchemaRemoved,
                Some(&op.name),
                base,
                head,
                message,
            );
        }
    }
}
