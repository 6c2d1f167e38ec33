//! Every enum of the spec decodes a value the server adds later, and re-encodes it unchanged.

use std::collections::BTreeSet;

use revolv3_client::types;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::common::{Exchange, expect, fixture, setup};

/// Decodes every known value and the fixture's unseen one; each must round-trip, and only the
/// unseen one may be `Unknown`.
fn check_enum<T>(name: &str, is_unknown: impl Fn(&T) -> bool)
where
    T: DeserializeOwned + Serialize + std::fmt::Display,
{
    let cases = fixture(&format!("enums/{name}.json"));
    for known in cases["known"].as_array().expect("known values") {
        let value: T =
            serde_json::from_value(known.clone()).unwrap_or_else(|e| panic!("{name} {known}: {e}"));
        assert!(!is_unknown(&value), "{name}: {known} is a known value");
        assert_eq!(&serde_json::to_value(&value).unwrap(), known);
    }
    let unseen = &cases["unseen"];
    let value: T =
        serde_json::from_value(unseen.clone()).unwrap_or_else(|e| panic!("{name} {unseen}: {e}"));
    assert!(
        is_unknown(&value),
        "{name}: {unseen} must decode as Unknown"
    );
    assert_eq!(
        &serde_json::to_value(&value).unwrap(),
        unseen,
        "{name} re-encodes unchanged"
    );
    let shown = value.to_string();
    assert_eq!(
        shown,
        unseen
            .as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| unseen.to_string())
    );
}

macro_rules! enum_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            #[allow(non_snake_case)]
            fn $name() {
                check_enum::<types::$name>(stringify!($name), |v| v.is_unknown());
            }
        )*
        const TESTED: &[&str] = &[$(stringify!($name)),*];
    };
}

enum_tests!(
    BillingPlanValueType,
    GetInvoicesV1OrderBy,
    InvoiceStatus,
    OrderProcessingChannel,
    Severity
);

#[test]
fn every_enum_in_the_spec_has_a_fixture_and_a_test() {
    let normalized = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../revolv3-client/generated/swagger.normalized.json"
    );
    let doc: Value = serde_json::from_slice(&std::fs::read(normalized).unwrap()).unwrap();
    let in_spec: BTreeSet<&str> = doc["components"]["schemas"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, s)| s.get("enum").is_some())
        .map(|(n, _)| n.as_str())
        .collect();
    assert_eq!(in_spec, TESTED.iter().copied().collect());
}

#[tokio::test]
async fn a_response_with_an_unseen_status_and_field_decodes_and_round_trips() {
    let (server, client) = setup().await;
    let key = "GET /api/Invoices/{invoiceId}";
    expect(
        &server,
        key,
        Exchange {
            path: &[("invoiceId", "77")],
            response: Some("get_invoice_with_unseen_values"),
            ..Default::default()
        },
    )
    .await;
    let invoice = client
        .get_invoice()
        .invoice_id(77)
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(
        invoice.invoice_status_enum,
        Some(types::InvoiceStatus::Unknown("PartiallyDisputed".into()))
    );
    let mut expected = fixture("responses/get_invoice_with_unseen_values.json");
    expected
        .as_object_mut()
        .unwrap()
        .remove("disputeWindowDays");
    assert_eq!(
        serde_json::to_value(&invoice).unwrap(),
        expected,
        "every known field survives"
    );
}
