//! Visiting every schema of an OpenAPI document, wherever it sits: which keys lead to schemas,
//! and which keywords of a schema hold subschemas, decided once for a read-only and a mutable
//! visitor alike.

use serde_json::{Map, Value};

use crate::Keys;
use crate::pointer;

/// Schema keywords whose value is one subschema (`items` may also be a list, in 2019-09's
/// tuple form).
pub const ONE_SUBSCHEMA: [&str; 13] = [
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "additionalItems",
    "contentSchema",
    "itemSchema",
];
/// Schema keywords whose value maps names to subschemas.
pub const SUBSCHEMA_MAPS: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];
/// Schema keywords whose value is a list of subschemas.
pub const SUBSCHEMA_LISTS: [&str; 5] = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];

/// What a key of an object holds, for a walk looking for schemas.
enum Leads {
    /// One schema (`schema`, a subschema keyword).
    Schema,
    /// A map of names to schemas (`components/schemas`, `properties`, ...).
    SchemaMap,
    /// A list of schemas (`allOf`, ...).
    SchemaList,
    /// No schema itself, but maybe some further down; its keys read as given.
    Other(Keys),
    /// Data, which no walk enters.
    Nothing,
}

/// Where the value under `key` leads, in a non-schema object at `at` whose keys read as `keys`.
fn outside_leads(keys: Keys, at: &str, key: &str) -> Leads {
    match (keys, key, keys.child(key)) {
        (_, _, None) => Leads::Nothing,
        (Keys::Keywords, "schema" | "itemSchema", _) => Leads::Schema,
        (Keys::Keywords, "schemas", _) if at == "/components" => Leads::SchemaMap,
        (_, _, Some(child)) => Leads::Other(child),
    }
}

/// Where the value under `key` of a schema leads.
fn schema_leads(key: &str, value: &Value) -> Leads {
    if ONE_SUBSCHEMA.contains(&key) && value.is_object() {
        Leads::Schema
    } else if SUBSCHEMA_MAPS.contains(&key) {
        Leads::SchemaMap
    } else if SUBSCHEMA_LISTS.contains(&key) {
        Leads::SchemaList
    } else {
        Leads::Nothing
    }
}

/// What [`for_each_schema`] calls on each schema: the schema and its JSON pointer.
pub type Visitor<'a, E> = dyn FnMut(&Map<String, Value>, &str) -> Result<(), E> + 'a;
/// What [`for_each_schema_mut`] calls on each schema: the schema and its JSON pointer.
pub type VisitorMut<'a, E> = dyn FnMut(&mut Map<String, Value>, &str) -> Result<(), E> + 'a;

/// Calls `f` on every schema object in `doc`, a parent before its subschemas, with its JSON
/// pointer. Schemas are the values of `components/schemas`, of every `schema` and `itemSchema`
/// (parameters, headers, media types), and the subschemas JSON Schema keywords hold; examples,
/// defaults and extensions are data and never entered.
pub fn for_each_schema<E>(doc: &Value, f: &mut Visitor<'_, E>) -> Result<(), E> {
    outside(doc, "", Keys::Keywords, f)
}

fn outside<E>(value: &Value, at: &str, keys: Keys, f: &mut Visitor<'_, E>) -> Result<(), E> {
    match value {
        Value::Object(map) => map.iter().try_for_each(|(key, child)| {
            let child_at = pointer::push(at, key);
            match outside_leads(keys, at, key) {
                Leads::Schema => schema(child, &child_at, f),
                Leads::SchemaMap => entries(child, &child_at, f),
                Leads::SchemaList | Leads::Nothing => Ok(()),
                Leads::Other(keys) => outside(child, &child_at, keys, f),
            }
        }),
        Value::Array(items) => items.iter().enumerate().try_for_each(|(i, v)| {
            outside(v, &pointer::push(at, &i.to_string()), Keys::Keywords, f)
        }),
        _ => Ok(()),
    }
}

fn schema<E>(value: &Value, at: &str, f: &mut Visitor<'_, E>) -> Result<(), E> {
    let Value::Object(map) = value else {
        return Ok(());
    };
    f(map, at)?;
    map.iter().try_for_each(|(key, child)| {
        let child_at = pointer::push(at, key);
        match schema_leads(key, child) {
            Leads::Schema => schema(child, &child_at, f),
            Leads::SchemaMap => entries(child, &child_at, f),
            Leads::SchemaList => child
                .as_array()
                .into_iter()
                .flatten()
                .enumerate()
                .try_for_each(|(i, s)| schema(s, &pointer::push(&child_at, &i.to_string()), f)),
            Leads::Other(_) | Leads::Nothing => Ok(()),
        }
    })
}

fn entries<E>(value: &Value, at: &str, f: &mut Visitor<'_, E>) -> Result<(), E> {
    value
        .as_object()
        .into_iter()
        .flatten()
        .try_for_each(|(name, s)| schema(s, &pointer::push(at, name), f))
}

/// [`for_each_schema`] that lets `f` rewrite each schema; the walk continues into the
/// rewritten schema.
pub fn for_each_schema_mut<E>(doc: &mut Value, f: &mut VisitorMut<'_, E>) -> Result<(), E> {
    outside_mut(doc, "", Keys::Keywords, f)
}

fn outside_mut<E>(
    value: &mut Value,
    at: &str,
    keys: Keys,
    f: &mut VisitorMut<'_, E>,
) -> Result<(), E> {
    match value {
        Value::Object(map) => map.iter_mut().try_for_each(|(key, child)| {
            let child_at = pointer::push(at, key);
            match outside_leads(keys, at, key) {
                Leads::Schema => schema_mut(child, &child_at, f),
                Leads::SchemaMap => entries_mut(child, &child_at, f),
                Leads::SchemaList | Leads::Nothing => Ok(()),
                Leads::Other(keys) => outside_mut(child, &child_at, keys, f),
            }
        }),
        Value::Array(items) => items.iter_mut().enumerate().try_for_each(|(i, v)| {
            outside_mut(v, &pointer::push(at, &i.to_string()), Keys::Keywords, f)
        }),
        _ => Ok(()),
    }
}

fn schema_mut<E>(value: &mut Value, at: &str, f: &mut VisitorMut<'_, E>) -> Result<(), E> {
    let Value::Object(map) = value else {
        return Ok(());
    };
    f(map, at)?;
    map.iter_mut().try_for_each(|(key, child)| {
        let child_at = pointer::push(at, key);
        match schema_leads(key, child) {
            Leads::Schema => schema_mut(child, &child_at, f),
            Leads::SchemaMap => entries_mut(child, &child_at, f),
            Leads::SchemaList => child
                .as_array_mut()
                .into_iter()
                .flatten()
                .enumerate()
                .try_for_each(|(i, s)| schema_mut(s, &pointer::push(&child_at, &i.to_string()), f)),
            Leads::Other(_) | Leads::Nothing => Ok(()),
        }
    })
}

fn entries_mut<E>(value: &mut Value, at: &str, f: &mut VisitorMut<'_, E>) -> Result<(), E> {
    value
        .as_object_mut()
        .into_iter()
        .flatten()
        .try_for_each(|(name, s)| schema_mut(s, &pointer::push(at, name), f))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn document() -> Value {
        json!({
            "paths": { "/a": { "get": {
                "parameters": [{ "name": "q", "in": "query", "schema": { "type": "string" } }],
                "responses": { "200": { "content": { "application/json": {
                    "schema": { "items": { "$ref": "#/components/schemas/A" } },
                    "examples": { "one": { "value": { "schema": { "type": "x" } } } }
                }}, "headers": { "x-rate-limit": { "schema": { "type": "integer" } } } },
                "default": { "content": { "application/json": { "schema": { "type": "object" } } } } }
            }}},
            "components": { "schemas": { "A": {
                "properties": { "p": { "oneOf": [{ "type": "integer" }] } },
                "default": { "type": "not-a-schema" },
                "x-ext": { "type": "not-a-schema" }
            }}}
        })
    }

    const EVERY_SCHEMA: [&str; 8] = [
        "/components/schemas/A",
        "/components/schemas/A/properties/p",
        "/components/schemas/A/properties/p/oneOf/0",
        "/paths/~1a/get/parameters/0/schema",
        "/paths/~1a/get/responses/200/content/application~1json/schema",
        "/paths/~1a/get/responses/200/content/application~1json/schema/items",
        "/paths/~1a/get/responses/200/headers/x-rate-limit/schema",
        "/paths/~1a/get/responses/default/content/application~1json/schema",
    ];

    #[test]
    fn both_visitors_see_every_schema_and_no_data() {
        let mut seen = Vec::new();
        for_each_schema::<()>(&document(), &mut |_, at| {
            seen.push(at.to_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, EVERY_SCHEMA);

        let mut doc = document();
        let mut seen_mut = Vec::new();
        for_each_schema_mut::<()>(&mut doc, &mut |schema, at| {
            seen_mut.push(at.to_owned());
            schema.insert("x-seen".into(), true.into());
            Ok(())
        })
        .unwrap();
        assert_eq!(seen_mut, EVERY_SCHEMA);
        assert_eq!(doc["components"]["schemas"]["A"]["x-seen"], true);
    }

    #[test]
    fn a_visitor_error_stops_the_walk() {
        let mut count = 0;
        let outcome = for_each_schema(&document(), &mut |_, at| {
            count += 1;
            if at.ends_with("/p") {
                Err(at.to_owned())
            } else {
                Ok(())
            }
        });
        assert_eq!(
            outcome,
            Err("/components/schemas/A/properties/p".to_owned())
        );
        assert_eq!(count, 2);
    }
}
