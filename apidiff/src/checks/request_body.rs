//! Request bodies: added, removed, required, their media types, and a media type's schema
//! appearing or disappearing.

use super::{Op, Report};
use crate::rules::{Action, Attribute, Columns, Direction, Place, Qualifier};

/// A change of the request body, or of one of its media types.
fn request(place: Place, attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Request, place, attribute, action)
}

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
        let what = if required { "required" } else { "optional" };
        report.add(
            request(Place::Body, Attribute::Existence, Action::Added)
                .with(Qualifier::Required, required),
            Some(&op.name),
            None,
            head_at,
            format!("added a request body ({what})"),
        );
    }
    if body.deleted {
        report.add(
            request(Place::Body, Attribute::Existence, Action::Removed),
            Some(&op.name),
            base_at,
            None,
            "removed the request body".into(),
        );
    }
    if let Some(required) = body.required {
        let what = if required.to { "required" } else { "optional" };
        report.add(
            request(Place::Body, Attribute::Required, Action::flag(required.to)),
            Some(&op.name),
            base_at,
            head_at,
            format!("the request body became {what}"),
        );
    }
    let Some(content) = &body.content else { return };
    for media in &content.added {
        report.add(
            request(Place::MediaType, Attribute::Existence, Action::Added),
            Some(&op.name),
            None,
            head_at,
            format!("added the request media type `{media}`"),
        );
    }
    for media in &content.deleted {
        report.add(
            request(Place::MediaType, Attribute::Existence, Action::Removed),
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
        let Some((action, what)) = super::schema_presence(schema) else {
            continue;
        };
        report.add(
            request(Place::MediaType, Attribute::Schema, action),
            Some(&op.name),
            Some(media.base_at.as_str()),
            Some(media.head_at.as_str()),
            format!("the request media type `{}` {what}", media.head_name),
        );
    }
}
