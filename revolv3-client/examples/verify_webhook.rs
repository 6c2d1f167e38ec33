//! Verify Revolv3 webhooks inside an HTTP handler.
//!
//! The handler is a closure that a local HTTP server (httpmock's `respond_with`) calls for each
//! `POST /webhooks/revolv3`; in your service it is the body of your framework's route. It checks
//! `x-revolv3-signature` against the raw body and the URL configured in Revolv3 before trusting
//! anything in the payload, and answers 401 to a forged delivery.
//!
//! ```sh
//! cargo run -p revolv3-client --example verify_webhook
//! ```

use httpmock::{HttpMockRequest, HttpMockResponse, MockServer};
use revolv3_client::webhook::{self, SIGNATURE_HEADER};

/// The URL exactly as configured in Revolv3; it is part of what is signed.
const CONFIGURED_URL: &str = "https://example.com/webhooks/revolv3";

fn webhook_key() -> Vec<u8> {
    std::env::var("REVOLV3_WEBHOOK_KEY")
        .unwrap_or_else(|_| "example-webhook-key".into())
        .into_bytes()
}

/// The handler: verify, then act on the event.
fn handle(request: &HttpMockRequest) -> HttpMockResponse {
    let signature = request
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    match webhook::verify_and_parse(
        &webhook_key(),
        CONFIGURED_URL,
        request.body_ref(),
        &signature,
    ) {
        Ok(event) => {
            println!(
                "accepted {} for record {:?}",
                event.event_type, event.record_id
            );
            HttpMockResponse::builder().status(204).build()
        }
        Err(error) => {
            println!("rejected a delivery: {error}");
            HttpMockResponse::builder().status(401).build()
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method("POST").path("/webhooks/revolv3");
            then.respond_with(handle);
        })
        .await;

    let body = serde_json::json!({
        "Body": serde_json::json!({
            "EventDateTime": "2026-11-28T21:02:01Z",
            "EventType": "InvoiceStatusChanged",
            "MerchantId": 2,
            "RecordId": 137
        }).to_string(),
        "Entropy": "7f64ba26-74db-4cab-8e9c-76a98ba43351"
    })
    .to_string();
    let genuine = webhook::sign(&webhook_key(), CONFIGURED_URL, body.as_bytes());

    let http = revolv3_client::reqwest::Client::new();
    let url = server.url("/webhooks/revolv3");
    for (label, signature) in [
        ("genuine", genuine.as_str()),
        ("forged", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
    ] {
        let status = http
            .post(&url)
            .header(SIGNATURE_HEADER, signature)
            .body(body.clone())
            .send()
            .await?
            .status();
        println!("{label} delivery answered {status}");
    }
    Ok(())
}
