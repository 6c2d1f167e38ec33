//! The JSON Schema 2020-12 keywords of OpenAPI 3.1: `contains` (and its counts), `if`/`then`/
//! `else`, `prefixItems`, `dependentRequired`, `dependentSchemas`, `patternProperties`,
//! `propertyNames`, `unevaluatedItems`/`unevaluatedProperties`, and the `content*` keywords.

use super::Body;
use crate::checks::Report;
use crate::model::{Child, Delta, SchemaDiff, subschema_names};
use crate::rules::{Action, Attribute, Place};

/// Something that happened to a keyword of one node.
struct Event {
    attribute: Attribute,
    action: Action,
    /// The keyword as messages name it: `` `contains` ``, `` a `dependentRequired` entry ``.
    what: &'static str,
    /// Values or names for the message, or `""`.
    detail: String,
}

impl Event {
    fn new(attribute: Attribute, action: Action, what: &'static str, detail: String) -> Self {
        Event {
            attribute,
            action,
            what,
            detail,
        }
    }

    /// The event in words, for messages: `` `contains` added ``.
    fn words(&self) -> String {
        let verb = match self.action {
            Action::Added => "added",
            Action::Removed => "removed",
            Action::Increased => "increased",
            Action::Decreased => "decreased",
            _ => "changed",
        };
        format!("{} {verb}", self.what)
    }
}

/// A sub-schema that appeared or disappeared.
fn presence(child: &Child<'_>, attribute: Attribute, what: &'static str) -> Option<Event> {
    let child = child.as_ref()?;
    let action = if child.added {
        Action::Added
    } else if child.deleted {
        Action::Removed
    } else {
        return None;
    };
    Some(Event::new(attribute, action, what, String::new()))
}

/// A count that moved while set on both sides.
fn count(
    d: &Option<Delta<Option<u64>>>,
    attribute: Attribute,
    what: &'static str,
) -> Option<Event> {
    let d = (*d)?;
    let (from, to) = (d.from?, d.to?);
    Some(Event::new(
        attribute,
        Action::compare(from, to),
        what,
        format!("from {from} to {to}"),
    ))
}

/// Everything that happened to the 2020-12 keywords of one node.
fn events(diff: &SchemaDiff<'_>) -> Vec<Event> {
    let mut out = Vec::new();
    for (child, attribute, what) in [
        (&diff.contains, Attribute::Contains, "`contains`"),
        (&diff.if_schema, Attribute::If, "`if`"),
        (&diff.then_schema, Attribute::Then, "`then`"),
        (&diff.else_schema, Attribute::Else, "`else`"),
        (
            &diff.property_names,
            Attribute::PropertyNames,
            "`propertyNames`",
        ),
        (
            &diff.unevaluated_items,
            Attribute::UnevaluatedItems,
            "`unevaluatedItems`",
        ),
        (
            &diff.unevaluated_properties,
            Attribute::UnevaluatedProperties,
            "`unevaluatedProperties`",
        ),
        (
            &diff.content_schema,
            Attribute::ContentSchema,
            "`contentSchema`",
        ),
    ] {
        out.extend(presence(child, attribute, what));
    }
    out.extend(count(
        &diff.min_contains,
        Attribute::MinContains,
        "`minContains`",
    ));
    out.extend(count(
        &diff.max_contains,
        Attribute::MaxContains,
        "`maxContains`",
    ));
    if let Some(p) = &diff.prefix_items {
        for (action, subs) in [(Action::Added, &p.added), (Action::Removed, &p.deleted)] {
            if !subs.is_empty() {
                out.push(Event::new(
                    Attribute::PrefixItems,
                    action,
                    "`prefixItems`",
                    subschema_names(subs),
                ));
            }
        }
    }
    if let Some(d) = &diff.dependent_required {
        let entry = |action, detail| {
            Event::new(
                Attribute::DependentRequired,
                action,
                "a `dependentRequired` entry",
                detail,
            )
        };
        out.extend(d.added.iter().map(|(key, names)| {
            entry(
                Action::Added,
                format!("`{key}` requires {}", names.join(", ")),
            )
        }));
        out.extend(d.deleted.iter().map(|(key, names)| {
            entry(
                Action::Removed,
                format!("`{key}` required {}", names.join(", ")),
            )
        }));
        out.extend(d.modified.iter().map(|(key, change)| {
            entry(
                Action::Changed,
                format!("`{key}`: {}", super::types::list_change(change)),
            )
        }));
    }
    for (map, attribute, what) in [
        (
            &diff.dependent_schemas,
            Attribute::DependentSchema,
            "a `dependentSchemas` entry",
        ),
        (
            &diff.pattern_properties,
            Attribute::PatternProperty,
            "a `patternProperties` entry",
        ),
    ] {
        if let Some(m) = map {
            for (action, names) in [(Action::Added, &m.added), (Action::Removed, &m.deleted)] {
                out.extend(
                    names
                        .iter()
                        .map(|name| Event::new(attribute, action, what, format!("`{name}`"))),
                );
            }
        }
    }
    for (change, attribute, what) in [
        (
            diff.content_media_type,
            Attribute::ContentMediaType,
            "`contentMediaType`",
        ),
        (
            diff.content_encoding,
            Attribute::ContentEncoding,
            "`contentEncoding`",
        ),
    ] {
        if let Some(d) = change {
            out.push(Event::new(
                attribute,
                Action::Changed,
                what,
                format!("from `{}` to `{}`", d.from, d.to),
            ));
        }
    }
    out
}

fn node(
    body: &Body<'_, '_>,
    report: &mut Report<'_>,
    diff: &SchemaDiff<'_>,
    subject: &dyn Fn() -> String,
    place: Place,
) {
    let events = events(diff);
    if events.is_empty() {
        return;
    }
    let subject = subject();
    for event in events {
        let message = format!("{subject}: {} {}", event.words(), event.detail)
            .trim_end()
            .to_owned();
        report.at_node(
            body.columns(place, event.attribute, event.action),
            body.op,
            diff,
            message,
        );
    }
}

/// 2020-12 keyword rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(
        body,
        report,
        body.root,
        &|| body.subject().to_owned(),
        Place::Body,
    );
    body.properties(&mut |n| {
        let subject = || body.node_subject(n);
        node(body, report, n.diff, &subject, Place::Property)
    });
}
