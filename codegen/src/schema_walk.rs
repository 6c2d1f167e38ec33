//! Visiting every schema of an OpenAPI document, wherever it sits.

use serde_json::{Map, Value};

use revolv3_oas::Keys;

use crate::error::Result;
use crate::pointer;

/// What [`for_each_schema_mut`] calls on each schema: the schema and its JSON pointer.
pub type SchemaVisitor<'a> = dyn FnMut(&mut Map<String, Value>, &str) -> Result<()> + 'a;

/// Keywords whose value is one subschema.
const ONE: [&str; 13] = [
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
/// Keywords whose value maps names to subschemas.
const MAP: [&str; 5] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
];
/// Keywords whose value is a list of subschemas.
const LIST: [&str; 5] = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];

/// Calls `f` on every schema object in `doc`, a parent before its subschemas, with its JSON
/// pointer. Schemas are the values of `components/schemas`, of every `schema` and `itemSchema`
/// (parameters, headers, media types), and the subschemas JSON Schema keywords hold. `f` may
/// rewrite the schema it is given; the walk continues into the rewritten schema.
pub fn for_each_schema_mut(doc: &mut Value, f: &mut SchemaVisitor<'_>) -> Result<()> {
    outside(doc, "", Keys::Keywords, f)
}

/// A value that is not a schema, whose keys read as `keys`: look for the keys that hold schemas.
fn outside(value: &mut Value, at: &str, keys: Keys, f: &mut SchemaVisitor<'_>) -> Result<()> {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let Some(child_keys) = keys.child(key) else {
                    continue;
                };
                let child_at = pointer::push(at, key);
                match (keys, key.as_str()) {
                    (Keys::Keywords, "schema" | "itemSchema") => schema(child, &child_at, f)?,
                    (Keys::Keywords, "schemas") if at == "/components" => {
                        for (name, s) in child.as_object_mut().into_iter().flatten() {
                            schema(s, &pointer::push(&child_at, name), f)?;
                        }
                    }
                    _ => outside(child, &child_at, child_keys, f)?,
                }
            }
            Ok(())
        }
        Value::Array(items) => items.iter_mut().enumerate().try_for_each(|(i, v)| {
            outside(v, &pointer::push(at, &i.to_string()), Keys::Keywords, f)
        }),
        _ => Ok(()),
    }
}

/// A schema: visit it, then its subschemas.
fn schema(value: &mut Value, at: &str, f: &mut SchemaVisitor<'_>) -> Result<()> {
    let Value::Object(map) = value else {
        return Ok(());
    };
    f(map, at)?;
    for (key, child) in map.iter_mut() {
        let child_at = pointer::push(at, key);
        if ONE.contains(&key.as_str()) && child.is_object() {
            schema(child, &child_at, f)?;
        } else if MAP.contains(&key.as_str()) {
            for (name, s) in child.as_object_mut().into_iter().flatten() {
                schema(s, &pointer::push(&child_at, name), f)?;
            }
        } else if LIST.contains(&key.as_str()) {
            for (i, s) in child.as_array_mut().into_iter().flatten().enumerate() {
                schema(s, &pointer::push(&child_at, &i.to_string()), f)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn visits_every_schema_and_no_data() {
        let mut doc = json!({
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
        });
        let mut seen = Vec::new();
        for_each_schema_mut(&mut doc, &mut |_, at| {
            seen.push(at.to_owned());
            Ok(())
        })
        .unwrap();
        assert_eq!(
            seen,
            [
                "/components/schemas/A",
                "/components/schemas/A/properties/p",
                "/components/schemas/A/properties/p/oneOf/0",
                "/paths/~1a/get/parameters/0/schema",
                "/paths/~1a/get/responses/200/content/application~1json/schema",
                "/paths/~1a/get/responses/200/content/application~1json/schema/items",
                "/paths/~1a/get/responses/200/headers/x-rate-limit/schema",
                "/paths/~1a/get/responses/default/content/application~1json/schema",
            ]
        );
    }
}
