//! Responses: statuses added and removed, media types added, removed and renamed, a media
//! type's schema appearing or disappearing, and response headers.

use super::schema::{nullability, types};
use super::{Op, Report};
use crate::model::{HeaderDiff, ResponseDiff};
use crate::rules::Rule;

/// Whether `status` is a single 2XX code (ranges and `default` are neither success nor not).
fn success(status: &str) -> Option<bool> {
    let code: u16 = status.parse().ok()?;
    Some((200..=299).contains(&code))
}

/// The response rules of one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    let Some(responses) = &op.diff.responses else {
        return;
    };
    let (base_at, head_at) = (op.diff.base.at.as_str(), op.diff.head.at.as_str());
    for status in &responses.deleted {
        let Some(ok) = success(status) else { continue };
        let rule = if ok {
            Rule::ResponseSuccessStatusRemoved
        } else {
            Rule::ResponseNonSuccessStatusRemoved
        };
        report.add(
            rule,
            Some(&op.name),
            Some(base_at),
            None,
            format!("removed the {status} response"),
        );
    }
    for status in &responses.added {
        let Some(ok) = success(status) else { continue };
        let rule = if ok {
            Rule::ResponseSuccessStatusAdded
        } else {
            Rule::ResponseNonSuccessStatusAdded
        };
        report.add(
            rule,
            Some(&op.name),
            None,
            Some(head_at),
            format!("added the {status} response"),
        );
    }
    for response in &responses.modified {
        media_types(op, response, report);
        for (name, header) in response.headers.iter().flat_map(|h| &h.added) {
            let message = format!(
                "added the header `{name}` to the {} response",
                response.status
            );
            report.add(
                Rule::ResponseHeaderAdded,
                Some(&op.name),
                None,
                Some(&header.at),
                message,
            );
        }
        for (name, header) in response.headers.iter().flat_map(|h| &h.deleted) {
            let (rule, what) = if header.flag("required") {
                (Rule::RequiredResponseHeaderRemoved, "required")
            } else {
                (Rule::OptionalResponseHeaderRemoved, "optional")
            };
            let message = format!(
                "removed the {what} header `{name}` of the {} response",
                response.status
            );
            report.add(rule, Some(&op.name), Some(&header.at), None, message);
        }
        for header in response.headers.iter().flat_map(|h| &h.modified) {
            changed_header(op, response.status, header, report);
        }
    }
}

fn media_types(op: &Op<'_, '_>, response: &ResponseDiff<'_>, report: &mut Report<'_>) {
    let Some(content) = &response.content else {
        return;
    };
    let status = response.status;
    for media in &content.deleted {
        let message = format!("removed the media type `{media}` of the {status} response");
        report.add(
            Rule::ResponseMediaTypeRemoved,
            Some(&op.name),
            Some(&response.base.at),
            None,
            message,
        );
    }
    for media in &content.added {
        let message = format!("added the media type `{media}` to the {status} response");
        report.add(
            Rule::ResponseMediaTypeAdded,
            Some(&op.name),
            None,
            Some(&response.head.at),
            message,
        );
    }
    for media in &content.modified {
        let at = (Some(media.base_at.as_str()), Some(media.head_at.as_str()));
        if let Some(name) = media.name_change {
            let change = format!("`{}` to `{}`", media.base_name, media.head_name);
            if name.parameters_changed {
                report.add(
                    Rule::ResponseMediaTypeNameChanged,
                    Some(&op.name),
                    at.0,
                    at.1,
                    format!("the {status} response's media type changed from {change}"),
                );
                continue;
            }
            let (rule, how) = if name.refined {
                (Rule::ResponseMediaTypeNameSpecialized, "specialized")
            } else {
                (Rule::ResponseMediaTypeNameGeneralized, "generalized")
            };
            report.add(
                rule,
                Some(&op.name),
                at.0,
                at.1,
                format!("the {status} response's media type was {how} from {change}"),
            );
        }
        if let Some(schema) = &media.schema {
            if schema.added {
                let message = format!(
                    "the media type `{}` of the {status} response got a schema",
                    media.head_name
                );
                report.add(
                    Rule::ResponseBodyMediaTypeSchemaAdded,
                    Some(&op.name),
                    at.0,
                    at.1,
                    message,
                );
            } else if schema.deleted {
                let message = format!(
                    "the media type `{}` of the {status} response lost its schema",
                    media.head_name
                );
                report.add(
                    Rule::ResponseBodyMediaTypeSchemaRemoved,
                    Some(&op.name),
                    at.0,
                    at.1,
                    message,
                );
            }
        }
    }
}

fn changed_header(op: &Op<'_, '_>, status: &str, header: &HeaderDiff<'_>, report: &mut Report<'_>) {
    use Rule::*;
    let who = format!("the header `{}` of the {status} response", header.name);
    let at = (Some(header.base.at.as_str()), Some(header.head.at.as_str()));
    if header.required.is_some_and(|r| r.from) {
        report.add(
            ResponseHeaderBecameOptional,
            Some(&op.name),
            at.0,
            at.1,
            format!("{who} became optional"),
        );
    }
    let Some(schema) = header.schema.as_deref() else {
        return;
    };
    if let Some(nullable) = nullability::change(schema) {
        let (rule, now) = if nullable {
            (ResponseHeaderBecameNullable, "may be null now")
        } else {
            (ResponseHeaderBecameNotNullable, "is never null now")
        };
        report.add(rule, Some(&op.name), at.0, at.1, format!("{who} {now}"));
    }
    if schema.both_sides() && (schema.types.is_some() || schema.format.is_some()) {
        let rule = match types::response_verdict(schema, false) {
            types::Verdict::Changed => ResponseHeaderTypeChanged,
            types::Verdict::Generalized => ResponseHeaderTypeGeneralized,
            types::Verdict::Specialized => ResponseHeaderTypeSpecialized,
            types::Verdict::Compatible => ResponseHeaderTypeCompatible,
        };
        report.at_node(
            rule,
            &op.name,
            schema,
            format!("the type of {who} changed from {}", types::describe(schema)),
        );
    }
}
