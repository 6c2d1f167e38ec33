//! Property tests: structure-aware random OpenAPI documents go through the whole pipeline
//! (parse, name, normalize, generate) and through the diff engine. The pipeline gives a client
//! that parses, or an error raised before the generator could panic; the diff points only at
//! things that exist. Nothing may panic or hang.
//!
//! The default run is bounded (a few seconds). A longer run:
//! `PROPTEST_CASES=20000 cargo test --release -p revolv3-tests --test fuzz`.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

const SCHEMA_NAMES: [&str; 4] = ["Customer", "Invoice", "customer", "Node"];

fn leaf_type() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({ "type": "string" })),
        Just(json!({ "type": "string", "format": "date-time" })),
        Just(json!({ "type": "integer", "format": "int64", "minimum": 1, "maximum": 1000000000 })),
        Just(json!({ "type": "integer", "enum": [1, 2, 3] })),
        Just(json!({ "type": "string", "enum": ["Paid", "Void", "Unknown", "3ds"] })),
        Just(json!({ "type": "number", "nullable": true })),
        Just(json!({ "type": "boolean" })),
        Just(json!({})),
        Just(json!({ "type": "date" })),
        Just(json!({ "type": "integer", "exclusiveMinimum": true })),
        (0..SCHEMA_NAMES.len())
            .prop_map(|i| json!({ "$ref": format!("#/components/schemas/{}", SCHEMA_NAMES[i]) })),
        Just(json!({ "$ref": "#/components/schemas/Missing" })),
    ]
}

fn schema() -> impl Strategy<Value = Value> {
    leaf_type().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            inner
                .clone()
                .prop_map(|items| json!({ "type": "array", "items": items })),
            (
                prop::collection::btree_map("[a-zA-Z_][a-zA-Z0-9_]{0,6}", inner.clone(), 0..4),
                any::<bool>()
            )
                .prop_map(|(props, closed)| {
                    let required: Vec<&String> = props.keys().take(1).collect();
                    let mut s =
                        json!({ "type": "object", "properties": props, "required": required });
                    if closed {
                        s["additionalProperties"] = json!(false);
                    }
                    s
                }),
            prop::collection::vec(inner.clone(), 1..3).prop_map(|v| json!({ "oneOf": v })),
            prop::collection::vec(inner, 1..3).prop_map(|v| json!({ "allOf": v })),
        ]
    })
}

fn media() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "application/json",
        "text/plain",
        "text/json",
        "application/json-patch+json",
        "multipart/form-data",
        "application/x-www-form-urlencoded",
        "application/xml",
    ])
    .prop_map(str::to_owned)
}

fn content() -> impl Strategy<Value = Value> {
    prop::collection::btree_map(media(), schema(), 0..3).prop_map(|m| {
        Value::Object(
            m.into_iter()
                .map(|(k, s)| (k, json!({ "schema": s })))
                .collect::<Map<_, _>>(),
        )
    })
}

fn parameter() -> impl Strategy<Value = Value> {
    (
        prop_oneof![
            "[a-zA-Z][a-zA-Z0-9]{0,5}",
            Just("page".to_owned()),
            Just("pageSize".to_owned())
        ],
        prop::sample::select(vec!["query", "header", "path", "cookie"]),
        any::<bool>(),
        leaf_type(),
        prop::option::of(prop::sample::select(vec![
            "form",
            "deepObject",
            "simple",
            "matrix",
        ])),
    )
        .prop_map(|(name, location, required, schema, style)| {
            let mut p =
                json!({ "name": name, "in": location, "required": required, "schema": schema });
            if let Some(style) = style {
                p["style"] = json!(style);
            }
            p
        })
}

fn operation() -> impl Strategy<Value = Value> {
    (
        prop::option::of("[A-Za-z ]{1,12}"),
        prop::collection::vec(parameter(), 0..3),
        prop::option::of(content()),
        prop::collection::btree_map(
            prop::sample::select(vec![
                "200", "201", "204", "400", "404", "default", "2XX", "5XX",
            ]),
            prop::option::of(content()),
            0..4,
        ),
    )
        .prop_map(|(summary, params, body, responses)| {
            let mut op = json!({ "parameters": params, "responses": {} });
            if let Some(summary) = summary {
                op["summary"] = json!(summary);
            }
            if let Some(body) = body {
                op["requestBody"] = json!({ "content": body });
            }
            for (status, content) in responses {
                let mut r = json!({ "description": "r" });
                if let Some(c) = content {
                    r["content"] = c;
                }
                op["responses"][status] = r;
            }
            op
        })
}

fn document() -> impl Strategy<Value = Value> {
    (
        prop::collection::btree_map(
            prop::sample::select(vec![
                "/a",
                "/a/{id}",
                "/b/{x}/c",
                "/",
                "/customers/{customerId}",
            ]),
            prop::collection::btree_map(
                prop::sample::select(vec!["get", "post", "put", "delete", "patch"]),
                operation(),
                1..3,
            ),
            1..4,
        ),
        prop::collection::vec(schema(), SCHEMA_NAMES.len()),
    )
        .prop_map(|(paths, schemas)| {
            let schemas: Map<String, Value> = SCHEMA_NAMES
                .iter()
                .map(|n| (*n).to_owned())
                .zip(schemas)
                .collect();
            json!({
                "openapi": "3.0.4",
                "info": { "title": "Fuzz", "version": "1.0.0" },
                "paths": paths,
                "components": { "schemas": schemas }
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_pipeline_never_panics(doc in document()) {
        let bytes = serde_json::to_vec(&doc).unwrap();
        match revolv3_codegen::run(&bytes, &revolv3_codegen::NameTable::default(), revolv3_codegen::Mock::Include, None) {
            Ok(output) => prop_assert!(syn::parse_file(&output.code.client).is_ok()),
            // A panic inside progenitor is caught and reported as "the generator failed"; every
            // construct that causes one must be refused earlier, by name and pointer.
            Err(e) => prop_assert!(!e.message.starts_with("the generator failed"), "{e}"),
        }
    }

    #[test]
    fn the_diff_never_panics(base in document(), head in document()) {
        let load = |d: &Value| revolv3_apidiff::load_document("fuzz.json", &serde_json::to_vec(d).unwrap());
        if let (Ok(base), Ok(head)) = (load(&base), load(&head)) {
            let changes = revolv3_apidiff::diff(&base, &head, revolv3_apidiff::Profile::Oasdiff);
            prop_assert!(revolv3_apidiff::diff(&base, &base, revolv3_apidiff::Profile::RustClient).is_empty());
            let unmatched = revolv3_apidiff::unmatched_changes();
            prop_assert!(unmatched.is_empty(), "no registry row covers {:?}", unmatched);
            // Every location points at something in its document.
            for change in &changes {
                if let Some(at) = &change.base_location {
                    prop_assert!(base.pointer(&at.pointer).is_some(), "{} base {at}", change.rule.id());
                }
                if let Some(at) = &change.head_location {
                    prop_assert!(head.pointer(&at.pointer).is_some(), "{} head {at}", change.rule.id());
                }
            }
        }
    }
}
