//! Lowering an OpenAPI 3.1 or 3.2 document to the OpenAPI 3.0 document progenitor reads.
//!
//! progenitor 0.15 and typify read OpenAPI 3.0 only, and ASP.NET writes 3.1 by default from
//! .NET 10 (3.2 from .NET 11). [`LOWER`] runs before anything else on such a document: one
//! named transformation per construct, each faithful, except that what 3.0 cannot say is
//! refused with its pointer, or dropped with a notice where dropping it cannot change what the
//! client sends or accepts. Faithful rewrites are not reported; they lose nothing.

mod consts;
mod content_encoding;
mod document;
mod exclusive_bounds;
mod null_branches;
mod ref_siblings;
mod schema_examples;
mod type_arrays;
mod unrepresentable;
mod v3_2;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use consts::lower_const;
use content_encoding::lower_content_encoding;
use document::{drop_document_fields, drop_webhooks, inline_path_items};
use exclusive_bounds::lower_exclusive_bounds;
use null_branches::lower_null_branches;
use ref_siblings::lower_ref_siblings;
use schema_examples::lower_schema_examples;
use type_arrays::lower_type_arrays;
use unrepresentable::{Side, lower_unrepresentable};
use v3_2::{
    drop_item_schemas, drop_tag_hierarchy, leave_out_unsendable_methods, lower_example_values,
};

use crate::error::Result;
use crate::operations::{OperationKey, operations};
use crate::pass::{Context, Pass, passes};
use crate::pointer;
use revolv3_oas::schema_walk::for_each_schema_mut;

/// The `openapi` version a lowered document declares.
pub const LOWERED_VERSION: &str = "3.0.3";

/// Turns a 3.1 or 3.2 document into a 3.0 document (a 3.0 one is left as it is, as every
/// pass here applies from 3.1 or later), recording what it leaves out or drops.
pub(crate) const LOWER: &[Pass] = passes![
    V3_2: leave_out_unsendable_methods,
    V3_2: drop_item_schemas,
    V3_2: drop_tag_hierarchy,
    V3_2: lower_example_values,
    V3_1: drop_document_fields,
    V3_1: drop_webhooks,
    V3_1: inline_path_items,
    V3_1: lower_schemas,
    V3_1: declare_3_0,
];

/// The faithful rewrites of one schema, in the order they apply.
const SCHEMA_REWRITES: [fn(&mut Map<String, Value>); 7] = [
    lower_ref_siblings,
    lower_null_branches,
    lower_type_arrays,
    lower_const,
    lower_exclusive_bounds,
    lower_schema_examples,
    lower_content_encoding,
];

/// Rewrites every schema (see [`SCHEMA_REWRITES`]), then refuses or drops what 3.0 cannot say
/// (`lower_unrepresentable`), by which way the schema's data travels.
fn lower_schemas(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let sides = Sides::of(doc);
    let notices = &mut cx.notices;
    for_each_schema_mut(doc, &mut |schema, at| {
        for rewrite in SCHEMA_REWRITES {
            rewrite(schema);
        }
        let (side, operation) = sides.locate(at);
        lower_unrepresentable(schema, at, side, operation.as_ref(), notices)
    })
}

/// Says the document is 3.0 now.
fn declare_3_0(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    doc["openapi"] = Value::String(LOWERED_VERSION.into());
    Ok(())
}

/// Which component schemas data the client sends reaches, and through which operation first.
struct Sides {
    sent: BTreeMap<String, OperationKey>,
}

impl Sides {
    fn of(doc: &Value) -> Self {
        let mut sent = BTreeMap::new();
        for (key, op) in operations(doc) {
            let item = doc
                .pointer(&pointer::join("", ["paths", &key.path]))
                .unwrap_or(&Value::Null);
            let mut pending: Vec<&Value> = [
                item.get("parameters"),
                op.get("parameters"),
                op.get("requestBody"),
            ]
            .into_iter()
            .flatten()
            .collect();
            let mut followed: BTreeSet<String> = BTreeSet::new();
            while let Some(value) = pending.pop() {
                for target in revolv3_oas::refs::local_references(value) {
                    if !followed.insert(target.clone()) {
                        continue;
                    }
                    if let Some(name) = schema_name(&target) {
                        sent.entry(name).or_insert_with(|| key.clone());
                    }
                    if let Some(next) = doc.pointer(&target) {
                        pending.push(next);
                    }
                }
            }
        }
        Self { sent }
    }

    /// Which side the schema at `at` is on, and the operation to name in a message.
    fn locate(&self, at: &str) -> (Side, Option<OperationKey>) {
        let tokens: Vec<String> = at.split('/').skip(1).map(pointer::unescape).collect();
        match tokens
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["components", "schemas", name, ..] => match self.sent.get(*name) {
                Some(key) => (Side::Request, Some(key.clone())),
                None => (Side::Response, None),
            },
            ["components", "parameters" | "requestBodies", ..] => (Side::Request, None),
            ["paths", _, "parameters", ..] => (Side::Request, None),
            ["paths", path, method, place, ..] => {
                let side = match *place {
                    "parameters" | "requestBody" => Side::Request,
                    _ => Side::Response,
                };
                (side, Some(OperationKey::new(method, path)))
            }
            _ => (Side::Response, None),
        }
    }
}

/// `NAME` of a pointer under `/components/schemas/NAME`.
fn schema_name(target: &str) -> Option<String> {
    target
        .strip_prefix("/components/schemas/")
        .map(|rest| pointer::unescape(rest.split('/').next().unwrap_or_default()))
}

/// `pass` applied to `schema`, for the passes' tests.
#[cfg(test)]
pub(crate) fn applied(pass: fn(&mut serde_json::Map<String, Value>), schema: Value) -> Value {
    let Value::Object(mut map) = schema else {
        panic!("a schema is an object: {schema}");
    };
    pass(&mut map);
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schemas_are_placed_on_the_side_their_data_travels() {
        let doc = json!({
            "paths": { "/a": { "post": {
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/In" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Out" } } } } }
            }}},
            "components": { "schemas": {
                "In": { "properties": { "nested": { "$ref": "#/components/schemas/Nested" } } },
                "Nested": {}, "Out": {}
            }}
        });
        let sides = Sides::of(&doc);
        assert_eq!(
            sides.locate("/components/schemas/Nested/properties/x").0,
            Side::Request
        );
        assert_eq!(
            sides
                .locate("/components/schemas/Nested")
                .1
                .map(|k| k.to_string())
                .as_deref(),
            Some("POST /a")
        );
        assert_eq!(sides.locate("/components/schemas/Out").0, Side::Response);
        let (side, operation) =
            sides.locate("/paths/~1a/post/requestBody/content/application~1json/schema");
        assert_eq!(
            (side, operation.map(|k| k.to_string()).as_deref()),
            (Side::Request, Some("POST /a"))
        );
        assert_eq!(
            sides
                .locate("/paths/~1a/post/responses/200/content/application~1json/schema")
                .0,
            Side::Response
        );
    }

    #[test]
    fn a_3_1_document_becomes_3_0() {
        let mut doc = json!({
            "openapi": "3.1.0", "info": { "title": "t", "version": "1" },
            "paths": { "/a": { "get": { "responses": { "200": { "content": { "application/json": {
                "schema": { "type": ["object", "null"], "properties": {
                    "n": { "type": ["integer", "null"], "exclusiveMinimum": 0, "examples": [3] },
                    "kind": { "const": "card" },
                    "raw": { "type": "string", "contentEncoding": "base64" },
                    "next": { "oneOf": [{ "$ref": "#/components/schemas/A" }, { "type": "null" }] }
                }}
            }}}}}}},
            "components": { "schemas": { "A": { "type": "object" } } }
        });
        let mut cx = Context::new(revolv3_oas::Version::V3_1);
        crate::pass::run_stage(LOWER, &mut doc, &mut cx).unwrap();
        let notices = cx.notices;
        assert_eq!(doc["openapi"], LOWERED_VERSION);
        let schema =
            &doc["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(
            schema,
            &json!({ "type": "object", "nullable": true, "properties": {
                "n": { "type": "integer", "nullable": true, "minimum": 0, "exclusiveMinimum": true, "example": 3 },
                "kind": { "enum": ["card"] },
                "raw": { "type": "string", "format": "byte" },
                "next": { "allOf": [{ "$ref": "#/components/schemas/A" }], "nullable": true }
            }})
        );
        assert!(
            notices.as_slice().is_empty(),
            "faithful rewrites are not reported"
        );
    }
}
