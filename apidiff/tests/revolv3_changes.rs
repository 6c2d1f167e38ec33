//! Real kinds of Revolv3 version change, under both profiles; each `rust-client` deviation
//! from oasdiff is pinned here.

use std::path::PathBuf;

use revolv3_apidiff::{Change, Level, Profile, diff, load_document};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/apidiff")
        .join(name);
    load_document(name, &std::fs::read(&path).unwrap()).unwrap()
}

fn changes(profile: Profile) -> Vec<Change> {
    diff(
        &fixture("invoices-base.yaml"),
        &fixture("invoices-head.yaml"),
        profile,
    )
}

fn find<'c>(changes: &'c [Change], id: &str, operation: &str) -> &'c Change {
    changes
        .iter()
        .find(|c| {
            c.rule.id() == id
                && c.operation
                    .as_ref()
                    .is_some_and(|k| k.to_string() == operation)
        })
        .unwrap_or_else(|| panic!("no {id} on {operation} in {changes:#?}"))
}

fn level(profile: Profile, id: &str, operation: &str) -> Level {
    find(&changes(profile), id, operation).level
}

fn absent(profile: Profile, id: &str) -> bool {
    changes(profile).iter().all(|c| c.rule.id() != id)
}

#[test]
fn an_integer_enum_becoming_a_string_enum_breaks_the_response() {
    let all = changes(Profile::Oasdiff);
    let change = find(
        &all,
        "response-property-type-changed",
        "GET /api/Invoices/{invoiceId}",
    );
    assert_eq!(change.level, Level::Error);
    assert_eq!(
        change.base_location.as_ref().map(|l| l.pointer.as_str()),
        Some("/components/schemas/InvoiceStatus")
    );
    assert!(
        change.message.contains("`integer` to `string`"),
        "{}",
        change.message
    );
}

#[test]
fn a_new_response_enum_value_is_harmless_to_our_client() {
    let op = "POST /api/Payments/sale";
    assert_eq!(
        level(Profile::Oasdiff, "response-property-enum-value-added", op),
        Level::Warning
    );
    assert_eq!(
        level(
            Profile::RustClient,
            "response-property-enum-value-added",
            op
        ),
        Level::Info
    );
}

#[test]
fn a_new_value_of_a_response_body_enum_is_reported_to_our_client_as_harmless() {
    // oasdiff has no rule for it; ours is an extension, so the oasdiff profile leaves it out.
    assert!(absent(Profile::Oasdiff, "response-body-enum-value-added"));
    assert_eq!(
        level(
            Profile::RustClient,
            "response-body-enum-value-added",
            "GET /api/Channels"
        ),
        Level::Info
    );
}

#[test]
fn a_removed_request_field_breaks_callers_that_set_it() {
    let op = "POST /api/Payments/sale";
    assert_eq!(
        level(Profile::Oasdiff, "request-property-removed", op),
        Level::Warning
    );
    assert_eq!(
        level(Profile::RustClient, "request-property-removed", op),
        Level::Error
    );
}

#[test]
fn a_new_optional_request_field_is_additive_because_generated_structs_are_non_exhaustive() {
    let op = "POST /api/Payments/sale";
    for profile in [Profile::Oasdiff, Profile::RustClient] {
        assert_eq!(
            level(profile, "new-optional-request-property", op),
            Level::Info
        );
    }
}

#[test]
fn a_removed_optional_response_field_breaks_callers_that_read_it() {
    let op = "GET /api/Invoices/{invoiceId}";
    assert_eq!(
        level(Profile::Oasdiff, "response-optional-property-removed", op),
        Level::Warning
    );
    assert_eq!(
        level(
            Profile::RustClient,
            "response-optional-property-removed",
            op
        ),
        Level::Error
    );
}

#[test]
fn a_new_success_status_is_an_error_response_for_our_client() {
    let op = "POST /api/Payments/sale";
    assert_eq!(
        level(Profile::Oasdiff, "response-success-status-added", op),
        Level::Info
    );
    assert_eq!(
        level(Profile::RustClient, "response-success-status-added", op),
        Level::Error
    );
}

#[test]
fn a_renamed_path_parameter_is_matched_and_breaks_the_setter() {
    let all = changes(Profile::RustClient);
    // A changed operation is named by its base path, as oasdiff names it.
    let op = "GET /api/Customers/{id}";
    assert!(
        !all.iter()
            .any(|c| c.rule.id().starts_with("api-path-removed")),
        "renames are not removals"
    );
    assert_eq!(
        find(&all, "request-path-parameter-renamed", op).level,
        Level::Error
    );
    assert!(absent(Profile::Oasdiff, "request-path-parameter-renamed"));
}

#[test]
fn a_recursive_schema_terminates_and_reports_the_deep_change() {
    let all = changes(Profile::Oasdiff);
    let change = find(
        &all,
        "response-property-max-length-increased",
        "GET /api/Categories/{categoryId}",
    );
    assert_eq!(change.level, Level::Error);
    assert!(change.message.contains("`name`"), "{}", change.message);
}

#[test]
fn every_deviation_has_its_reason_in_the_registry() {
    let deviations: Vec<&str> = revolv3_apidiff::RULES
        .iter()
        .filter(|def| def.rust_client.is_some())
        .map(|def| def.id)
        .collect();
    assert_eq!(
        deviations,
        [
            "request-parameter-max-length-set",
            "request-parameter-pattern-removed",
            "request-parameter-removed",
            "request-body-max-length-set",
            "request-property-max-length-set",
            "request-property-pattern-removed",
            "request-property-became-optional",
            "request-body-type-generalized",
            "request-property-type-generalized",
            "request-property-removed",
            "response-optional-property-removed",
            "response-property-pattern-added",
            "response-property-pattern-removed",
            "response-property-became-required",
            "response-property-enum-value-added",
            "response-success-status-added",
            "api-schema-removed",
            "response-property-enum-value-removed",
            "response-mediatype-enum-value-removed",
        ]
    );
}

#[test]
fn a_spec_against_itself_reports_nothing() {
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/swagger.json");
    let doc = load_document("swagger.json", &std::fs::read(bundled).unwrap()).unwrap();
    assert!(diff(&doc, &doc, Profile::RustClient).is_empty());
}
