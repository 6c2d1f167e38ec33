//! Webhook signatures and events.

use revolv3_client::webhook::{self, EventType, WebhookError};
use serde_json::Value;

use crate::common::fixture;

struct Vector {
    key: String,
    url: String,
    body: String,
    signature: String,
}

fn vector() -> Vector {
    let v: Value = fixture("webhooks/vector.json");
    let field = |name: &str| v[name].as_str().expect(name).to_owned();
    Vector {
        key: field("key"),
        url: field("url"),
        body: field("body"),
        signature: field("signature"),
    }
}

#[test]
fn the_published_vector_verifies_and_parses() {
    let v = vector();
    assert_eq!(
        webhook::sign(v.key.as_bytes(), &v.url, v.body.as_bytes()),
        v.signature
    );
    let event =
        webhook::verify_and_parse(v.key.as_bytes(), &v.url, v.body.as_bytes(), &v.signature)
            .unwrap();
    assert_eq!(event.event_type, EventType::WebhookTest);
    assert_eq!(
        event.entropy.as_deref(),
        Some("00000000-0000-0000-0000-000000000000")
    );
}

#[test]
fn any_tampering_is_rejected_with_a_typed_error() {
    let v = vector();
    let (key, url, body, sig) = (
        v.key.as_bytes(),
        v.url.as_str(),
        v.body.as_bytes(),
        v.signature.as_str(),
    );
    let mismatch = Err(WebhookError::SignatureMismatch);
    let tampered_body = v.body.replace("WebhookTest", "InvoiceCreated");
    assert_eq!(
        webhook::verify(key, url, tampered_body.as_bytes(), sig),
        mismatch
    );
    assert_eq!(
        webhook::verify(key, "https://example.com/webhooks/revolv3/", body, sig),
        mismatch,
        "URL is signed exactly"
    );
    assert_eq!(webhook::verify(b"another-key", url, body, sig), mismatch);
    let mut flipped = v.signature.clone().into_bytes();
    flipped[0] = if flipped[0] == b'A' { b'B' } else { b'A' };
    assert_eq!(
        webhook::verify(key, url, body, std::str::from_utf8(&flipped).unwrap()),
        mismatch
    );
    assert_eq!(
        webhook::verify(key, url, body, &v.signature[..20]),
        mismatch,
        "a truncated signature"
    );
    assert_eq!(
        webhook::verify(key, url, body, "not base64!!"),
        Err(WebhookError::MalformedSignature)
    );
    assert_eq!(
        webhook::verify(key, url, body, ""),
        mismatch,
        "an empty signature never matches"
    );
}

#[test]
fn events_tolerate_unknown_fields_and_event_types() {
    let inner = r#"{"EventDateTime":"2023-08-22T21:02:01.9510921Z","EventType":"ChargebackOpened","MerchantId":2,"RecordId":137,"Entropy":"x","Severity":"high"}"#;
    let body =
        serde_json::json!({ "Body": inner, "Entropy": "y", "DeliveryAttempt": 3 }).to_string();
    let event = webhook::parse_event(body.as_bytes()).unwrap();
    assert_eq!(
        event.event_type,
        EventType::Unknown("ChargebackOpened".into())
    );
    assert_eq!(event.record_id, Some(137));
    assert_eq!(event.merchant_id, Some(2));

    let known =
        serde_json::json!({ "Body": r#"{"EventType":"ACHInvoiceStatusChanged","RecordId":1}"# })
            .to_string();
    assert_eq!(
        webhook::parse_event(known.as_bytes()).unwrap().event_type,
        EventType::AchInvoiceStatusChanged
    );
}

#[test]
fn bodies_that_are_not_events_are_errors() {
    for body in [
        &b"not json"[..],
        br#"{"Entropy":"x"}"#,
        br#"{"Body":"{not json"}"#,
        br#"{"Body":"{\"RecordId\":1}"}"#,
    ] {
        assert!(
            matches!(
                webhook::parse_event(body),
                Err(WebhookError::InvalidPayload(_))
            ),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
}
