//! Responses: statuses added and removed, media types added, removed and renamed, a media
//! type's schema appearing or disappearing, and response headers.

use super::schema::{nullability, types};
use super::{Op, Report};
use crate::model::{HeaderDiff, ResponseDiff};
use crate::rules::{Action, Attribute, Columns, Direction, Place, Qualifier};

/// A change of something in a response.
fn response(place: Place, attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Response, place, attribute, action)
}

/// Where `status` is: a single 2XX code, another single code, or a range or `default`.
fn status_place(status: &str) -> Place {
    match status.parse::<u16>() {
        Ok(code) if (200..=299).contains(&code) => Place::SuccessStatus,
        Ok(_) => Place::NonSuccessStatus,
        Err(_) => Place::StatusRange,
    }
}

/// The response rules of one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    let Some(responses) = &op.diff.responses else {
        return;
    };
    let (base_at, head_at) = (op.diff.base.at.as_str(), op.diff.head.at.as_str());
    for status in &responses.deleted {
        report.add(
            response(status_place(status), Attribute::Existence, Action::Removed),
            Some(&op.name),
            Some(base_at),
            None,
            format!("removed the {status} response"),
        );
    }
    for status in &responses.added {
        report.add(
            response(status_place(status), Attribute::Existence, Action::Added),
            Some(&op.name),
            None,
            Some(head_at),
            format!("added the {status} response"),
        );
    }
    for response_diff in &responses.modified {
        media_types(op, response_diff, report);
        let status = response_diff.status;
        for (name, header) in response_diff.headers.iter().flat_map(|h| &h.added) {
            report.add(
                response(Place::Header, Attribute::Existence, Action::Added),
                Some(&op.name),
                None,
                Some(&header.at),
                format!("added the header `{name}` to the {status} response"),
            );
        }
        for (name, header) in response_diff.headers.iter().flat_map(|h| &h.deleted) {
            let required = header.flag("required");
            let what = if required { "required" } else { "optional" };
            report.add(
                response(Place::Header, Attribute::Existence, Action::Removed)
                    .with(Qualifier::Required, required),
                Some(&op.name),
                Some(&header.at),
                None,
                format!("removed the {what} header `{name}` of the {status} response"),
            );
        }
        for header in response_diff.headers.iter().flat_map(|h| &h.modified) {
            changed_header(op, status, header, report);
        }
    }
}

fn media_types(op: &Op<'_, '_>, response_diff: &ResponseDiff<'_>, report: &mut Report<'_>) {
    let Some(content) = &response_diff.content else {
        return;
    };
    let status = response_diff.status;
    for media in &content.deleted {
        report.add(
            response(Place::MediaType, Attribute::Existence, Action::Removed),
            Some(&op.name),
            Some(&response_diff.base.at),
            None,
            format!("removed the media type `{media}` of the {status} response"),
        );
    }
    for media in &content.added {
        report.add(
            response(Place::MediaType, Attribute::Existence, Action::Added),
            Some(&op.name),
            None,
            Some(&response_diff.head.at),
            format!("added the media type `{media}` to the {status} response"),
        );
    }
    for media in &content.modified {
        let at = (Some(media.base_at.as_str()), Some(media.head_at.as_str()));
        if let Some(name) = media.name_change {
            let change = format!("`{}` to `{}`", media.base_name, media.head_name);
            let (action, message) = if name.parameters_changed {
                (
                    Action::Changed,
                    format!("the {status} response's media type changed from {change}"),
                )
            } else {
                let (action, how) = if name.refined {
                    (Action::Specialized, "specialized")
                } else {
                    (Action::Generalized, "generalized")
                };
                (
                    action,
                    format!("the {status} response's media type was {how} from {change}"),
                )
            };
            report.add(
                response(Place::MediaType, Attribute::Name, action),
                Some(&op.name),
                at.0,
                at.1,
                message,
            );
            if name.parameters_changed {
                continue;
            }
        }
        if let Some(schema) = &media.schema {
            let Some((action, what)) = super::schema_presence(schema) else {
                continue;
            };
            report.add(
                response(Place::MediaType, Attribute::Schema, action),
                Some(&op.name),
                at.0,
                at.1,
                format!(
                    "the media type `{}` of the {status} response {what}",
                    media.head_name
                ),
            );
        }
    }
}

fn changed_header(op: &Op<'_, '_>, status: &str, header: &HeaderDiff<'_>, report: &mut Report<'_>) {
    let who = format!("the header `{}` of the {status} response", header.name);
    let at = (Some(header.base.at.as_str()), Some(header.head.at.as_str()));
    if let Some(required) = header.required {
        let now = if required.to {
            "became required"
        } else {
            "became optional"
        };
        report.add(
            response(
                Place::Header,
                Attribute::Required,
                Action::flag(required.to),
            ),
            Some(&op.name),
            at.0,
            at.1,
            format!("{who} {now}"),
        );
    }
    let Some(schema) = header.schema.as_deref() else {
        return;
    };
    if let Some(nullable) = nullability::change(schema) {
        let now = if nullable {
            "may be null now"
        } else {
            "is never null now"
        };
        report.add(
            response(Place::Header, Attribute::Nullable, Action::flag(nullable)),
            Some(&op.name),
            at.0,
            at.1,
            format!("{who} {now}"),
        );
    }
    if schema.both_sides() && (schema.types.is_some() || schema.format.is_some()) {
        report.at_node(
            response(
                Place::Header,
                Attribute::Type,
                types::response_verdict(schema, false),
            ),
            &op.name,
            schema,
            format!("the type of {who} changed from {}", types::describe(schema)),
        );
    }
}
