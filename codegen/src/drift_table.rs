//! The table `revolv3-client`'s drift report validates responses against: per operation id,
//! its JSON pointer and, per documented status, the schema of its JSON body and that schema's
//! JSON pointer, plus the component schemas those reach, under the same pointers as in the
//! document.
//!
//! It is taken after the overlay and lowering but before normalization, so its pointers are
//! upstream's own: a finding's schema pointer is a place an Overlay action can target. Only the
//! keywords the validator reads are kept, which keeps the table small enough to embed.
//!
//! ```json
//! {"operations":{
//! "get_customer":{"at":"/paths/…/get","responses":{"200":{"pointer":"/paths/…/schema","schema":{"$ref":"#/components/schemas/Customer"}},"204":null}},
//! …},"components":{"schemas":{
//! "Customer":{"type":"object","properties":{…}},
//! …}}}
//! ```
//!
//! A status documented without a JSON body maps to `null`. One entry per line, so a change to
//! the spec shows as a readable diff of the checked-in snapshot.

use std::convert::Infallible;

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

use crate::media::preferred_json;
use crate::names::NameTable;
use crate::operations::operations;
use crate::pointer;
use revolv3_oas::schema_walk::for_each_schema_mut;

/// The schema keywords the client's validator reads; everything else is left out.
const VALIDATED: [&str; 11] = [
    "$ref",
    "type",
    "nullable",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "enum",
    "allOf",
    "oneOf",
    "anyOf",
];

/// Builds the table for `doc` (lowered to 3.0, not yet normalized), keyed by the operation
/// names in `names`, as JSON text with one operation or component schema per line.
pub fn drift_table(doc: &Value, names: &NameTable) -> String {
    let mut table = json!({ "operations": {}, "components": { "schemas": {} } });
    let mut reached = BTreeSet::new();
    let mut entries = Map::new();
    for (key, op) in operations(doc) {
        let Some(name) = names.0.get(&key) else {
            continue;
        };
        let mut statuses = Map::new();
        for (status, response) in op
            .get("responses")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let at = pointer::join(&key.pointer(), ["responses", status]);
            let resolved = revolv3_oas::resolve(doc, response, &at);
            statuses.insert(status.clone(), json_body(doc, &resolved, &mut reached));
        }
        entries.insert(
            name.clone(),
            json!({ "at": key.pointer(), "responses": statuses }),
        );
    }
    table["operations"] = Value::Object(entries);
    let mut pending: Vec<String> = reached.iter().cloned().collect();
    while let Some(target) = pending.pop() {
        let Some(schema) = doc.pointer(&target) else {
            continue;
        };
        for found in revolv3_oas::refs::local_references(schema) {
            if reached.insert(found.clone()) {
                pending.push(found);
            }
        }
        insert_at(&mut table, &target, schema.clone());
    }
    keep_validated_keywords(&mut table);
    to_lines(&table)
}

/// `{pointer, schema}` of a response's JSON body, or `null` when it has none; records the
/// local references the schema makes.
fn json_body(
    doc: &Value,
    response: &revolv3_oas::Resolved<'_>,
    reached: &mut BTreeSet<String>,
) -> Value {
    let Some(content) = response.value.get("content").and_then(Value::as_object) else {
        return Value::Null;
    };
    let Some(media) = preferred_json(content.keys()) else {
        return Value::Null;
    };
    let at = pointer::join(&response.pointer, ["content", media, "schema"]);
    let Some(schema) = content[media].get("schema") else {
        // A JSON body without a schema is any JSON value.
        return json!({ "pointer": at, "schema": {} });
    };
    reached.extend(
        revolv3_oas::refs::local_references(schema)
            .into_iter()
            .filter(|t| doc.pointer(t).is_some()),
    );
    json!({ "pointer": at, "schema": schema })
}

/// Puts `value` at `pointer` in `table`, creating the objects on the way.
fn insert_at(table: &mut Value, pointer: &str, value: Value) {
    let tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(revolv3_oas::pointer::unescape)
        .collect();
    let Some((last, parents)) = tokens.split_last() else {
        return;
    };
    let mut node = table;
    for token in parents {
        let Value::Object(map) = node else {
            return;
        };
        node = map.entry(token.clone()).or_insert_with(|| json!({}));
    }
    if let Value::Object(map) = node {
        map.insert(last.clone(), value);
    }
}

fn keep_validated_keywords(table: &mut Value) {
    // Visiting cannot fail: the visitor returns no errors.
    let Ok(()) = for_each_schema_mut::<Infallible>(table, &mut |schema, _| {
        schema.retain(|k, _| VALIDATED.contains(&k.as_str()));
        // `nullable` alone admits what an empty schema admits (any value, null too); dropped,
        // an untyped property reads alike whether the spec said `nullable: true` (3.0) or
        // nothing (its 3.1 form).
        if schema.len() == 1 && schema.contains_key("nullable") {
            schema.clear();
        }
        Ok(())
    });
}

/// The table as JSON with each operation and each component schema on a line of its own.
fn to_lines(table: &Value) -> String {
    let section = |entries: Option<&Map<String, Value>>| {
        entries
            .into_iter()
            .flatten()
            .map(|(k, v)| format!("{}:{v}", Value::String(k.clone())))
            .collect::<Vec<_>>()
            .join(",\n")
    };
    format!(
        "{{\"operations\":{{\n{}\n}},\"components\":{{\"schemas\":{{\n{}\n}}}}}}\n",
        section(table["operations"].as_object()),
        section(
            table
                .pointer("/components/schemas")
                .and_then(Value::as_object)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operations::OperationKey;

    #[test]
    fn keeps_response_schemas_their_pointers_and_what_they_reach() {
        let doc = json!({
            "paths": { "/c/{id}": { "get": { "responses": {
                "200": { "description": "ok", "content": {
                    "text/plain": { "schema": { "type": "string" } },
                    "application/json": { "schema": { "$ref": "#/components/schemas/Customer" } }
                } },
                "204": { "description": "none" },
                "404": { "$ref": "#/components/responses/NotFound" }
            } } } },
            "components": {
                "responses": { "NotFound": { "content": { "application/json": { "schema": { "type": "object" } } } } },
                "schemas": {
                    "Customer": { "type": "object", "description": "d", "example": {},
                        "properties": { "description": { "$ref": "#/components/schemas/Note" },
                                        "extra": { "nullable": true, "description": "any" },
                                        "maybe": { "nullable": true, "allOf": [{ "$ref": "#/components/schemas/Note" }] } } },
                    "Note": { "type": "string", "title": "t" },
                    "Unused": { "type": "string" }
                }
            }
        });
        let mut names = NameTable::default();
        names
            .0
            .insert(OperationKey::new("get", "/c/{id}"), "get_c".into());
        let text = drift_table(&doc, &names);
        assert_eq!(text.lines().count(), 6, "{text}");
        let table: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(table["operations"]["get_c"]["at"], "/paths/~1c~1{id}/get");
        assert_eq!(
            table["operations"]["get_c"]["responses"],
            json!({
                "200": { "pointer": "/paths/~1c~1{id}/get/responses/200/content/application~1json/schema",
                         "schema": { "$ref": "#/components/schemas/Customer" } },
                "204": null,
                "404": { "pointer": "/components/responses/NotFound/content/application~1json/schema",
                         "schema": { "type": "object" } }
            })
        );
        assert_eq!(
            table["components"]["schemas"],
            json!({
                "Customer": { "type": "object",
                    "properties": { "description": { "$ref": "#/components/schemas/Note" },
                                    "extra": {},
                                    "maybe": { "nullable": true, "allOf": [{ "$ref": "#/components/schemas/Note" }] } } },
                "Note": { "type": "string" }
            })
        );
    }
}
