//! Schema transitions that read as several keyword changes but are one change, recognized so
//! the rules can report them once (see `checks::claims`):
//!
//! - list of types: `type: string` became `oneOf: [{type: string}, {type: integer}]`, or back;
//! - oneOf wrapping: an object became a `oneOf` of alternatives holding its properties;
//! - nullable wrapping: `X` became `oneOf: [{type: null}, X]` (3.1's way to make a `$ref`
//!   nullable), or back.

use serde_json::Value;

use super::schema::{Hidden, Schema};
use super::schema_diff::{Differ, Doc, Side, Site};
use super::values::StringsDiff;

/// The type names a schema allows when it is a single type or a `oneOf`/`anyOf` of single
/// types, and whether it is such a list.
fn type_pattern<'a>(doc: &'a Value, schema: Schema<'a>) -> Option<(Vec<&'a str>, bool)> {
    if schema.not().is_some()
        || !schema.all_of().is_empty()
        || schema.properties().is_some_and(|p| !p.is_empty())
    {
        return None;
    }
    if let Some(first) = schema.types().first() {
        return Some((vec![*first], false));
    }
    let list = |members: &'a [Value]| -> Option<Vec<&'a str>> {
        if members.is_empty() {
            return None;
        }
        members
            .iter()
            .map(|m| {
                let s = Schema::new(revolv3_oas::resolve_value(doc, m));
                let types = s.types();
                let simple = types.len() == 1
                    && s.properties().is_none_or(|p| p.is_empty())
                    && s.one_of().is_empty()
                    && s.any_of().is_empty()
                    && s.all_of().is_empty();
                simple.then(|| types[0])
            })
            .collect()
    };
    list(schema.one_of())
        .or_else(|| list(schema.any_of()))
        .map(|types| (types, true))
}

/// Types added to and removed from a list of types (see the module documentation).
pub fn list_of_types<'a>(
    differ: &Differ<'a>,
    base: Schema<'a>,
    head: Schema<'a>,
) -> Option<StringsDiff<'a>> {
    let (b, b_list) = type_pattern(differ.base_doc(), base)?;
    let (h, h_list) = type_pattern(differ.head_doc(), head)?;
    let same = b.len() == h.len() && h.iter().all(|t| b.contains(t));
    if same || !(b_list || h_list) {
        return None;
    }
    StringsDiff::of(&b, &h)
}

/// The base properties that moved into the alternatives of a `oneOf` the head wraps them in.
pub fn one_of_wrapping<'a>(
    differ: &Differ<'a>,
    base: Schema<'a>,
    head: Schema<'a>,
) -> Option<Vec<&'a str>> {
    let properties = base.properties().filter(|p| !p.is_empty())?;
    if !base.one_of().is_empty()
        || head.one_of().is_empty()
        || head.properties().is_some_and(|p| !p.is_empty())
        || !head.types().is_empty()
    {
        return None;
    }
    let alternatives: Vec<Schema<'a>> = head
        .one_of()
        .iter()
        .map(|m| Schema::new(revolv3_oas::resolve_value(differ.head_doc(), m)))
        .collect();
    let moved: Vec<&str> = properties
        .keys()
        .map(String::as_str)
        .filter(|name| alternatives.iter().any(|alt| alt.property(name).is_some()))
        .collect();
    (!moved.is_empty()).then_some(moved)
}

/// `Some(true)` when the head wraps the base as `oneOf: [{type: null}, base]`, `Some(false)`
/// when the base was that wrapper around the head.
pub fn nullable_wrapping<'a>(
    differ: &Differ<'a>,
    base: &Side<'a>,
    head: &Side<'a>,
) -> Option<bool> {
    if wraps(differ, (base, Doc::Base), (head, Doc::Head)) {
        Some(true)
    } else if wraps(differ, (head, Doc::Head), (base, Doc::Base)) {
        Some(false)
    } else {
        None
    }
}

fn accepts_null(schema: Schema<'_>) -> bool {
    schema.nullable() || schema.types().contains(&"null")
}

/// Whether `wrapped` is exactly `plain` made nullable by a two-branch `oneOf`.
fn wraps<'a>(
    differ: &Differ<'a>,
    (plain, plain_doc): (&Side<'a>, Doc),
    (wrapped, wrapped_doc): (&Side<'a>, Doc),
) -> bool {
    let p = plain.schema;
    let w = wrapped.schema;
    // The plain schema must be free of compositions and reject null: wrapping a schema that
    // already accepts null changes what oneOf accepts (null would match both branches).
    if !p.one_of().is_empty()
        || !p.any_of().is_empty()
        || !p.all_of().is_empty()
        || p.not().is_some()
        || accepts_null(p)
    {
        return false;
    }
    if w.one_of().len() != 2 || p.hidden() != Hidden::NONE || w.hidden() != Hidden::NONE {
        return false;
    }
    let wrapper = Site::hiding(wrapped.value, wrapped.at.clone(), Hidden::ONE_OF);
    if !differ.accepts_anything(wrapper, wrapped_doc) {
        return false;
    }
    let doc = differ.doc(wrapped_doc);
    let mut payload = None;
    let mut nulls = 0;
    for (i, branch) in w.one_of().iter().enumerate() {
        let resolved = revolv3_oas::resolve_value(doc, branch);
        let s = Schema::new(resolved);
        let bare_null = s.types() == ["null"]
            && differ.accepts_anything(
                Site::hiding(resolved, String::new(), Hidden::TYPE),
                wrapped_doc,
            );
        if bare_null {
            nulls += 1;
        } else {
            payload = Some(Site::new(branch, format!("{}/oneOf/{i}", wrapped.at)));
        }
    }
    let Some(payload) = payload.filter(|_| nulls == 1) else {
        return false;
    };
    differ.equivalent(
        Site::new(plain.value, plain.at.clone()),
        plain_doc,
        payload,
        wrapped_doc,
    )
}
