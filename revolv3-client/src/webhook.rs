//! Verifying and reading Revolv3 webhooks.
//!
//! Revolv3 signs each delivery with `x-revolv3-signature`: the base64 of
//! HMAC-SHA256(key, delivery URL + `$` + raw body). The URL is signed exactly as configured in
//! Revolv3 (`https://example.com` and `https://example.com/` differ), so pass it as configured,
//! not as your framework reconstructs it. Verify before parsing, against the raw body bytes.
//!
//! ```
//! use revolv3_client::webhook;
//!
//! let key = b"webhook-key";
//! let url = "https://example.com/webhooks/revolv3";
//! let body = br#"{"Body":"{\"EventType\":\"InvoiceCreated\",\"RecordId\":137}","Entropy":"e"}"#;
//! let signature = webhook::sign(key, url, body);
//!
//! let event = webhook::verify_and_parse(key, url, body, &signature).unwrap();
//! assert_eq!(event.event_type, webhook::EventType::InvoiceCreated);
//! assert_eq!(event.record_id, Some(137));
//! ```

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-revolv3-signature";

type HmacSha256 = Hmac<Sha256>;

fn mac(key: &[u8], url: &str, body: &[u8]) -> HmacSha256 {
    // HMAC takes keys of any length, so this cannot fail.
    let mut mac = <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(url.as_bytes());
    mac.update(b"$");
    mac.update(body);
    mac
}

/// The signature Revolv3 would send for `body` delivered to `url`; for tests and tools.
pub fn sign(key: &[u8], url: &str, body: &[u8]) -> String {
    STANDARD.encode(mac(key, url, body).finalize().into_bytes())
}

/// Checks `signature` (the `x-revolv3-signature` value) against `body` delivered to `url`, in
/// constant time.
pub fn verify(key: &[u8], url: &str, body: &[u8], signature: &str) -> Result<(), WebhookError> {
    let expected = STANDARD
        .decode(signature.trim())
        .map_err(|_| WebhookError::MalformedSignature)?;
    mac(key, url, body)
        .verify_slice(&expected)
        .map_err(|_| WebhookError::SignatureMismatch)
}

/// [`verify`], then [`parse_event`].
pub fn verify_and_parse(
    key: &[u8],
    url: &str,
    body: &[u8],
    signature: &str,
) -> Result<WebhookEvent, WebhookError> {
    verify(key, url, body, signature)?;
    parse_event(body)
}

crate::forward_compatible::string_enum! {
    /// The kinds of event Revolv3 sends; unseen ones decode as `Unknown`.
    EventType {
        SubscriptionCreated => "SubscriptionCreated",
        SubscriptionFailed => "SubscriptionFailed",
        InvoiceCreated => "InvoiceCreated",
        InvoiceStatusChanged => "InvoiceStatusChanged",
        AchInvoiceStatusChanged => "ACHInvoiceStatusChanged",
        WebhookTest => "WebhookTest",
    }
}

/// One webhook event. Fields Revolv3 adds later are ignored; an event type this version does not
/// know is [`EventType::Unknown`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct WebhookEvent {
    /// What happened.
    pub event_type: EventType,
    /// When it happened (UTC), as Revolv3 wrote it.
    #[serde(default)]
    pub event_date_time: Option<String>,
    /// The merchant it happened to.
    #[serde(default)]
    pub merchant_id: Option<i64>,
    /// The id of the invoice, subscription or other record that changed.
    #[serde(default)]
    pub record_id: Option<i64>,
    /// Random data Revolv3 adds to every payload.
    #[serde(default)]
    pub entropy: Option<String>,
}

/// The delivery as posted: the event is JSON inside the `Body` string.
#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Envelope {
    body: serde_json::Value,
    #[serde(default)]
    entropy: Option<String>,
}

/// Reads a delivery's raw body into its event. Call [`verify`] first.
pub fn parse_event(body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    let envelope: Envelope = serde_json::from_slice(body)
        .map_err(|e| WebhookError::InvalidPayload(format!("envelope: {e}")))?;
    let mut event: WebhookEvent = match envelope.body {
        serde_json::Value::String(inner) => serde_json::from_str(&inner),
        object => serde_json::from_value(object),
    }
    .map_err(|e| WebhookError::InvalidPayload(format!("Body: {e}")))?;
    if event.entropy.is_none() {
        event.entropy = envelope.entropy;
    }
    Ok(event)
}

/// Why a webhook was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The signature header is not base64.
    MalformedSignature,
    /// The signature does not match this key, URL and body.
    SignatureMismatch,
    /// The body is not a Revolv3 event envelope.
    InvalidPayload(String),
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MalformedSignature => f.write_str("the webhook signature is not base64"),
            WebhookError::SignatureMismatch => {
                f.write_str("the webhook signature does not match the key, URL and body")
            }
            WebhookError::InvalidPayload(why) => {
                write!(f, "the webhook body is not an event: {why}")
            }
        }
    }
}

impl std::error::Error for WebhookError {}
