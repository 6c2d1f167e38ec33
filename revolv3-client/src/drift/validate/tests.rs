use serde_json::{json, Value};

use super::*;

fn table() -> Value {
    json!({
        "operations": {
            "get_thing": { "at": "/paths/~1things/get", "responses": {
                "200": { "pointer": "/paths/~1things/get/responses/200/content/application~1json/schema",
                         "schema": { "$ref": "#/components/schemas/Thing" } },
                "204": null,
                "4XX": { "pointer": "/p/4XX", "schema": { "type": "object" } }
            } }
        },
        "components": { "schemas": {
            "Base": { "type": "object", "required": ["id"],
                      "properties": { "id": { "type": "integer" } } },
            "Thing": { "allOf": [{ "$ref": "#/components/schemas/Base" }], "type": "object",
                "properties": {
                    "name": { "type": "string", "nullable": true },
                    "status": { "$ref": "#/components/schemas/Status" },
                    "price": { "type": "number" },
                    "tags": { "type": "array", "items": { "type": "string" } },
                    "labels": { "type": "object", "additionalProperties": { "type": "string" } },
                    "meta": { "type": "object" },
                    "either": { "oneOf": [{ "type": "integer" }, { "$ref": "#/components/schemas/Base" }] },
                    "anything": {}
                } },
            "Status": { "type": "string", "enum": ["Paid", "Open"] }
        } }
    })
}

fn check(status: u16, body: &Value) -> Vec<(DriftKind, String, String, String)> {
    check_response(&table(), "get_thing", status, Body::Json(body))
        .into_iter()
        .map(|f| (f.kind, f.pointer, f.schema, f.detail))
        .collect()
}

#[test]
fn a_conforming_body_has_no_findings() {
    let body = json!({
        "id": 1, "name": null, "status": "Paid", "price": 2.5, "tags": ["a"],
        "labels": { "any": "x" }, "meta": { "free": [1, { "form": true }] },
        "either": { "id": 3 }, "anything": [null]
    });
    assert_eq!(check(200, &body), []);
    assert_eq!(check(204, &json!(null)), []);
    assert_eq!(check(404, &json!({ "message": "x" })), []);
}

#[test]
fn finds_each_kind_at_its_pointer_naming_types_never_values() {
    let body = json!({
        "id": "42", "status": "Refunded", "loyaltyTier": "gold", "tags": ["a", 7],
        "labels": { "bad": false }
    });
    // Fields are checked in the body's key order.
    assert_eq!(
        check(200, &body),
        [
            (
                DriftKind::TypeMismatch,
                "/id".into(),
                "/components/schemas/Base/properties/id".into(),
                "expected integer, found string".into()
            ),
            (
                DriftKind::TypeMismatch,
                "/labels/bad".into(),
                "/components/schemas/Thing/properties/labels/additionalProperties".into(),
                "expected string, found boolean".into()
            ),
            (
                DriftKind::UndocumentedField,
                "/loyaltyTier".into(),
                "/components/schemas/Thing".into(),
                "field `loyaltyTier` is not in the schema (found string)".into()
            ),
            (
                DriftKind::UnknownEnumValue,
                "/status".into(),
                "/components/schemas/Status".into(),
                "a string the enum does not list".into()
            ),
            (
                DriftKind::TypeMismatch,
                "/tags/1".into(),
                "/components/schemas/Thing/properties/tags/items".into(),
                "expected string, found integer".into()
            ),
        ]
    );
}

#[test]
fn integers_need_no_fraction_and_one_of_takes_the_closest_branch() {
    assert_eq!(
        check(200, &json!({ "id": 1.5 })),
        [(
            DriftKind::TypeMismatch,
            "/id".into(),
            "/components/schemas/Base/properties/id".into(),
            "expected integer, found a number with a fraction".into()
        )]
    );
    // The `Base` branch has one finding (an undocumented field), the integer branch one too:
    // the first is kept. Without `extra`, `Base` fits and nothing is found.
    let either = |value: Value| check(200, &json!({ "id": 1, "either": value }));
    assert_eq!(either(json!({ "id": 2 })), []);
    assert_eq!(
        either(json!({ "id": 2, "extra": true, "more": 1 })),
        [(
            DriftKind::TypeMismatch,
            "/either".into(),
            "/components/schemas/Thing/properties/either/oneOf/0".into(),
            "expected integer, found object".into()
        )]
    );
    assert_eq!(
        either(json!({})),
        [(
            DriftKind::TypeMismatch,
            "/either".into(),
            "/components/schemas/Thing/properties/either/oneOf/0".into(),
            "expected integer, found object".into()
        )]
    );
    assert_eq!(
        either(json!({ "id": "2" })),
        [(
            DriftKind::TypeMismatch,
            "/either".into(),
            "/components/schemas/Thing/properties/either/oneOf/0".into(),
            "expected integer, found object".into()
        )]
    );
    assert_eq!(
        check(200, &json!({ "name": "n" })),
        [(
            DriftKind::MissingRequiredField,
            "".into(),
            "/components/schemas/Thing".into(),
            "required field `id` is absent".into()
        )]
    );
}

#[test]
fn an_undocumented_status_names_the_operation_and_skips_the_body() {
    let found = check_response(&table(), "get_thing", 503, Body::Json(&json!({ "x": 1 })));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind, DriftKind::UndocumentedStatus);
    assert_eq!(found[0].schema, "/paths/~1things/get");
    assert_eq!(
        found[0].detail,
        "status 503 is not documented for this operation"
    );
    assert!(check_response(&table(), "no_such_operation", 503, Body::NotJson).is_empty());
    assert_eq!(
        check_response(&table(), "get_thing", 200, Body::Invalid)[0].kind,
        DriftKind::TypeMismatch
    );
}

#[test]
fn the_report_keeps_what_a_correction_needs() {
    let found = check_response(
        &table(),
        "get_thing",
        200,
        Body::Json(&json!({ "id": 1, "status": "Refunded", "extra": null })),
    );
    let enum_finding = found
        .iter()
        .find(|f| f.kind == DriftKind::UnknownEnumValue)
        .unwrap();
    assert_eq!(enum_finding.value, Some(json!("Refunded")));
    let field = found
        .iter()
        .find(|f| f.kind == DriftKind::UndocumentedField)
        .unwrap();
    assert_eq!(field.field.as_deref(), Some("extra"));
    assert_eq!(field.observed, BTreeSet::from([JsonType::Null]));
}

#[test]
fn a_finding_repeated_down_a_list_is_one_entry_counted_even_through_one_of() {
    let list_of = |items: Value| {
        json!({
            "operations": { "list": { "at": "/paths/~1l/get", "responses": {
                "200": { "pointer": "/s", "schema": { "type": "array", "items": items } }
            } } },
            "components": { "schemas": {
                "Base": { "type": "object", "required": ["id"],
                          "properties": { "id": { "type": "integer" } } }
            } }
        })
    };
    let base = json!({ "$ref": "#/components/schemas/Base" });
    let summary = |found: &[DriftFinding]| -> Vec<(DriftKind, String, String, u64)> {
        found
            .iter()
            .map(|f| (f.kind, f.pointer.clone(), f.schema.clone(), f.count))
            .collect()
    };
    // Each item is tried against each branch on its own; what the kept branches find is
    // still counted in place.
    let one_of = list_of(json!({ "oneOf": [base, { "type": "integer" }] }));
    let body = json!([true, "x", {}, {}, {}]);
    let found = check_response(&one_of, "list", 200, Body::Json(&body));
    assert_eq!(
        summary(&found),
        [
            (
                DriftKind::TypeMismatch,
                "/0".into(),
                "/components/schemas/Base".into(),
                2
            ),
            (
                DriftKind::MissingRequiredField,
                "/2".into(),
                "/components/schemas/Base".into(),
                3
            ),
        ]
    );
    assert_eq!(
        found[0].observed,
        BTreeSet::from([JsonType::Boolean, JsonType::String])
    );
    // A missing field has no value, so no type, however often it is missing.
    let plain = list_of(base);
    let found = check_response(&plain, "list", 200, Body::Json(&json!([{}, {}])));
    assert_eq!(
        summary(&found),
        [(
            DriftKind::MissingRequiredField,
            "/0".into(),
            "/components/schemas/Base".into(),
            2
        )]
    );
    assert_eq!(found[0].observed, BTreeSet::new());
}
