//! The JSON Schema 2020-12 keywords of OpenAPI 3.1: `contains` (and its counts), `if`/`then`/
//! `else`, `prefixItems`, `dependentRequired`, `dependentSchemas`, `patternProperties`,
//! `propertyNames`, `unevaluatedItems`/`unevaluatedProperties`, and the `content*` keywords.

use super::Body;
use crate::checks::Report;
use crate::model::{Child, Delta, SchemaDiff, subschema_names};
use crate::rules::Rule;

/// What happened to a keyword.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    ContainsAdded,
    ContainsRemoved,
    MinContainsIncreased,
    MinContainsDecreased,
    MaxContainsIncreased,
    MaxContainsDecreased,
    IfAdded,
    IfRemoved,
    ThenAdded,
    ThenRemoved,
    ElseAdded,
    ElseRemoved,
    PrefixItemsAdded,
    PrefixItemsRemoved,
    DependentRequiredAdded,
    DependentRequiredRemoved,
    DependentRequiredChanged,
    DependentSchemaAdded,
    DependentSchemaRemoved,
    PatternPropertyAdded,
    PatternPropertyRemoved,
    PropertyNamesAdded,
    PropertyNamesRemoved,
    UnevaluatedItemsAdded,
    UnevaluatedItemsRemoved,
    UnevaluatedPropertiesAdded,
    UnevaluatedPropertiesRemoved,
    ContentSchemaAdded,
    ContentSchemaRemoved,
    ContentMediaTypeChanged,
    ContentEncodingChanged,
}

impl Event {
    /// The event in words, for messages.
    fn words(self) -> &'static str {
        match self {
            Event::ContainsAdded => "`contains` added",
            Event::ContainsRemoved => "`contains` removed",
            Event::MinContainsIncreased => "`minContains` increased",
            Event::MinContainsDecreased => "`minContains` decreased",
            Event::MaxContainsIncreased => "`maxContains` increased",
            Event::MaxContainsDecreased => "`maxContains` decreased",
            Event::IfAdded => "`if` added",
            Event::IfRemoved => "`if` removed",
            Event::ThenAdded => "`then` added",
            Event::ThenRemoved => "`then` removed",
            Event::ElseAdded => "`else` added",
            Event::ElseRemoved => "`else` removed",
            Event::PrefixItemsAdded => "`prefixItems` added",
            Event::PrefixItemsRemoved => "`prefixItems` removed",
            Event::DependentRequiredAdded => "a `dependentRequired` entry added",
            Event::DependentRequiredRemoved => "a `dependentRequired` entry removed",
            Event::DependentRequiredChanged => "a `dependentRequired` entry changed",
            Event::DependentSchemaAdded => "a `dependentSchemas` entry added",
            Event::DependentSchemaRemoved => "a `dependentSchemas` entry removed",
            Event::PatternPropertyAdded => "a `patternProperties` entry added",
            Event::PatternPropertyRemoved => "a `patternProperties` entry removed",
            Event::PropertyNamesAdded => "`propertyNames` added",
            Event::PropertyNamesRemoved => "`propertyNames` removed",
            Event::UnevaluatedItemsAdded => "`unevaluatedItems` added",
            Event::UnevaluatedItemsRemoved => "`unevaluatedItems` removed",
            Event::UnevaluatedPropertiesAdded => "`unevaluatedProperties` added",
            Event::UnevaluatedPropertiesRemoved => "`unevaluatedProperties` removed",
            Event::ContentSchemaAdded => "`contentSchema` added",
            Event::ContentSchemaRemoved => "`contentSchema` removed",
            Event::ContentMediaTypeChanged => "`contentMediaType` changed",
            Event::ContentEncodingChanged => "`contentEncoding` changed",
        }
    }
}

/// The rule for `event` in a request or response, at the body or a property.
fn rule(request: bool, property: bool, event: Event) -> Rule {
    macro_rules! place {
        ($request_body:ident, $request_property:ident, $response_body:ident, $response_property:ident) => {
            match (request, property) {
                (true, false) => Rule::$request_body,
                (true, true) => Rule::$request_property,
                (false, false) => Rule::$response_body,
                (false, true) => Rule::$response_property,
            }
        };
    }
    match event {
        Event::ContainsAdded => place!(
            RequestBodyContainsAdded,
            RequestPropertyContainsAdded,
            ResponseBodyContainsAdded,
            ResponsePropertyContainsAdded
        ),
        Event::ContainsRemoved => place!(
            RequestBodyContainsRemoved,
            RequestPropertyContainsRemoved,
            ResponseBodyContainsRemoved,
            ResponsePropertyContainsRemoved
        ),
        Event::MinContainsIncreased => place!(
            RequestBodyMinContainsIncreased,
            RequestPropertyMinContainsIncreased,
            ResponseBodyMinContainsIncreased,
            ResponsePropertyMinContainsIncreased
        ),
        Event::MinContainsDecreased => place!(
            RequestBodyMinContainsDecreased,
            RequestPropertyMinContainsDecreased,
            ResponseBodyMinContainsDecreased,
            ResponsePropertyMinContainsDecreased
        ),
        Event::MaxContainsIncreased => place!(
            RequestBodyMaxContainsIncreased,
            RequestPropertyMaxContainsIncreased,
            ResponseBodyMaxContainsIncreased,
            ResponsePropertyMaxContainsIncreased
        ),
        Event::MaxContainsDecreased => place!(
            RequestBodyMaxContainsDecreased,
            RequestPropertyMaxContainsDecreased,
            ResponseBodyMaxContainsDecreased,
            ResponsePropertyMaxContainsDecreased
        ),
        Event::IfAdded => place!(
            RequestBodyIfAdded,
            RequestPropertyIfAdded,
            ResponseBodyIfAdded,
            ResponsePropertyIfAdded
        ),
        Event::IfRemoved => place!(
            RequestBodyIfRemoved,
            RequestPropertyIfRemoved,
            ResponseBodyIfRemoved,
            ResponsePropertyIfRemoved
        ),
        Event::ThenAdded => place!(
            RequestBodyThenAdded,
            RequestPropertyThenAdded,
            ResponseBodyThenAdded,
            ResponsePropertyThenAdded
        ),
        Event::ThenRemoved => place!(
            RequestBodyThenRemoved,
            RequestPropertyThenRemoved,
            ResponseBodyThenRemoved,
            ResponsePropertyThenRemoved
        ),
        Event::ElseAdded => place!(
            RequestBodyElseAdded,
            RequestPropertyElseAdded,
            ResponseBodyElseAdded,
            ResponsePropertyElseAdded
        ),
        Event::ElseRemoved => place!(
            RequestBodyElseRemoved,
            RequestPropertyElseRemoved,
            ResponseBodyElseRemoved,
            ResponsePropertyElseRemoved
        ),
        Event::PrefixItemsAdded => place!(
            RequestBodyPrefixItemsAdded,
            RequestPropertyPrefixItemsAdded,
            ResponseBodyPrefixItemsAdded,
            ResponsePropertyPrefixItemsAdded
        ),
        Event::PrefixItemsRemoved => place!(
            RequestBodyPrefixItemsRemoved,
            RequestPropertyPrefixItemsRemoved,
            ResponseBodyPrefixItemsRemoved,
            ResponsePropertyPrefixItemsRemoved
        ),
        Event::DependentRequiredAdded => place!(
            RequestBodyDependentRequiredAdded,
            RequestPropertyDependentRequiredAdded,
            ResponseBodyDependentRequiredAdded,
            ResponsePropertyDependentRequiredAdded
        ),
        Event::DependentRequiredRemoved => place!(
            RequestBodyDependentRequiredRemoved,
            RequestPropertyDependentRequiredRemoved,
            ResponseBodyDependentRequiredRemoved,
            ResponsePropertyDependentRequiredRemoved
        ),
        Event::DependentRequiredChanged => place!(
            RequestBodyDependentRequiredChanged,
            RequestPropertyDependentRequiredChanged,
            ResponseBodyDependentRequiredChanged,
            ResponsePropertyDependentRequiredChanged
        ),
        Event::DependentSchemaAdded => place!(
            RequestBodyDependentSchemaAdded,
            RequestPropertyDependentSchemaAdded,
            ResponseBodyDependentSchemaAdded,
            ResponsePropertyDependentSchemaAdded
        ),
        Event::DependentSchemaRemoved => place!(
            RequestBodyDependentSchemaRemoved,
            RequestPropertyDependentSchemaRemoved,
            ResponseBodyDependentSchemaRemoved,
            ResponsePropertyDependentSchemaRemoved
        ),
        Event::PatternPropertyAdded => place!(
            RequestBodyPatternPropertyAdded,
            RequestPropertyPatternPropertyAdded,
            ResponseBodyPatternPropertyAdded,
            ResponsePropertyPatternPropertyAdded
        ),
        Event::PatternPropertyRemoved => place!(
            RequestBodyPatternPropertyRemoved,
            RequestPropertyPatternPropertyRemoved,
            ResponseBodyPatternPropertyRemoved,
            ResponsePropertyPatternPropertyRemoved
        ),
        Event::PropertyNamesAdded => place!(
            RequestBodyPropertyNamesAdded,
            RequestPropertyPropertyNamesAdded,
            ResponseBodyPropertyNamesAdded,
            ResponsePropertyPropertyNamesAdded
        ),
        Event::PropertyNamesRemoved => place!(
            RequestBodyPropertyNamesRemoved,
            RequestPropertyPropertyNamesRemoved,
            ResponseBodyPropertyNamesRemoved,
            ResponsePropertyPropertyNamesRemoved
        ),
        Event::UnevaluatedItemsAdded => place!(
            RequestBodyUnevaluatedItemsAdded,
            RequestPropertyUnevaluatedItemsAdded,
            ResponseBodyUnevaluatedItemsAdded,
            ResponsePropertyUnevaluatedItemsAdded
        ),
        Event::UnevaluatedItemsRemoved => place!(
            RequestBodyUnevaluatedItemsRemoved,
            RequestPropertyUnevaluatedItemsRemoved,
            ResponseBodyUnevaluatedItemsRemoved,
            ResponsePropertyUnevaluatedItemsRemoved
        ),
        Event::UnevaluatedPropertiesAdded => place!(
            RequestBodyUnevaluatedPropertiesAdded,
            RequestPropertyUnevaluatedPropertiesAdded,
            ResponseBodyUnevaluatedPropertiesAdded,
            ResponsePropertyUnevaluatedPropertiesAdded
        ),
        Event::UnevaluatedPropertiesRemoved => place!(
            RequestBodyUnevaluatedPropertiesRemoved,
            RequestPropertyUnevaluatedPropertiesRemoved,
            ResponseBodyUnevaluatedPropertiesRemoved,
            ResponsePropertyUnevaluatedPropertiesRemoved
        ),
        Event::ContentSchemaAdded => place!(
            RequestBodyContentSchemaAdded,
            RequestPropertyContentSchemaAdded,
            ResponseBodyContentSchemaAdded,
            ResponsePropertyContentSchemaAdded
        ),
        Event::ContentSchemaRemoved => place!(
            RequestBodyContentSchemaRemoved,
            RequestPropertyContentSchemaRemoved,
            ResponseBodyContentSchemaRemoved,
            ResponsePropertyContentSchemaRemoved
        ),
        Event::ContentMediaTypeChanged => place!(
            RequestBodyContentMediaTypeChanged,
            RequestPropertyContentMediaTypeChanged,
            ResponseBodyContentMediaTypeChanged,
            ResponsePropertyContentMediaTypeChanged
        ),
        Event::ContentEncodingChanged => place!(
            RequestBodyContentEncodingChanged,
            RequestPropertyContentEncodingChanged,
            ResponseBodyContentEncodingChanged,
            ResponsePropertyContentEncodingChanged
        ),
    }
}

/// `added`/`removed` for a sub-schema that appeared or disappeared.
fn presence(child: &Child<'_>, added: Event, removed: Event) -> Option<Event> {
    let child = child.as_ref()?;
    if child.added {
        Some(added)
    } else if child.deleted {
        Some(removed)
    } else {
        None
    }
}

/// A count that moved while set on both sides.
fn count(d: &Option<Delta<Option<u64>>>, up: Event, down: Event) -> Option<(Event, String)> {
    let d = (*d)?;
    let (from, to) = (d.from?, d.to?);
    Some((
        if to > from { up } else { down },
        format!("from {from} to {to}"),
    ))
}

/// Everything that happened to the 2020-12 keywords of one node, with a detail for messages.
fn events(diff: &SchemaDiff<'_>) -> Vec<(Event, String)> {
    use Event::*;
    let mut out: Vec<(Event, String)> = Vec::new();
    for (child, added, removed) in [
        (&diff.contains, ContainsAdded, ContainsRemoved),
        (&diff.if_schema, IfAdded, IfRemoved),
        (&diff.then_schema, ThenAdded, ThenRemoved),
        (&diff.else_schema, ElseAdded, ElseRemoved),
        (
            &diff.property_names,
            PropertyNamesAdded,
            PropertyNamesRemoved,
        ),
        (
            &diff.unevaluated_items,
            UnevaluatedItemsAdded,
            UnevaluatedItemsRemoved,
        ),
        (
            &diff.unevaluated_properties,
            UnevaluatedPropertiesAdded,
            UnevaluatedPropertiesRemoved,
        ),
        (
            &diff.content_schema,
            ContentSchemaAdded,
            ContentSchemaRemoved,
        ),
    ] {
        out.extend(presence(child, added, removed).map(|e| (e, String::new())));
    }
    out.extend(count(
        &diff.min_contains,
        MinContainsIncreased,
        MinContainsDecreased,
    ));
    out.extend(count(
        &diff.max_contains,
        MaxContainsIncreased,
        MaxContainsDecreased,
    ));
    if let Some(p) = &diff.prefix_items {
        if !p.added.is_empty() {
            out.push((PrefixItemsAdded, subschema_names(&p.added)));
        }
        if !p.deleted.is_empty() {
            out.push((PrefixItemsRemoved, subschema_names(&p.deleted)));
        }
    }
    if let Some(d) = &diff.dependent_required {
        out.extend(d.added.iter().map(|(key, names)| {
            (
                DependentRequiredAdded,
                format!("`{key}` requires {}", names.join(", ")),
            )
        }));
        out.extend(d.deleted.iter().map(|(key, names)| {
            (
                DependentRequiredRemoved,
                format!("`{key}` required {}", names.join(", ")),
            )
        }));
        out.extend(d.modified.iter().map(|(key, change)| {
            (
                DependentRequiredChanged,
                format!("`{key}`: {}", super::types::list_change(change)),
            )
        }));
    }
    for (map, added, removed) in [
        (
            &diff.dependent_schemas,
            DependentSchemaAdded,
            DependentSchemaRemoved,
        ),
        (
            &diff.pattern_properties,
            PatternPropertyAdded,
            PatternPropertyRemoved,
        ),
    ] {
        if let Some(m) = map {
            out.extend(m.added.iter().map(|name| (added, format!("`{name}`"))));
            out.extend(m.deleted.iter().map(|name| (removed, format!("`{name}`"))));
        }
    }
    if let Some(d) = diff.content_media_type {
        out.push((
            ContentMediaTypeChanged,
            format!("from `{}` to `{}`", d.from, d.to),
        ));
    }
    if let Some(d) = diff.content_encoding {
        out.push((
            ContentEncodingChanged,
            format!("from `{}` to `{}`", d.from, d.to),
        ));
    }
    out
}

fn node(
    body: &Body<'_, '_>,
    report: &mut Report<'_>,
    diff: &SchemaDiff<'_>,
    subject: &dyn Fn() -> String,
    property: bool,
) {
    let events = events(diff);
    if events.is_empty() {
        return;
    }
    let subject = subject();
    for (event, detail) in events {
        let message = format!("{subject}: {} {detail}", event.words())
            .trim_end()
            .to_owned();
        report.at_node(rule(body.request, property, event), body.op, diff, message);
    }
}

/// 2020-12 keyword rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    node(
        body,
        report,
        body.root,
        &|| body.subject().to_owned(),
        false,
    );
    body.properties(&mut |n| {
        let subject = || body.node_subject(n);
        node(body, report, n.diff, &subject, true)
    });
}
