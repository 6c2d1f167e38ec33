//! Production wiring: the caller's own `reqwest::Client`, headers on every request of a client,
//! and headers on the requests of one derived client. Whatever the wiring, the token is sent,
//! only idempotent requests are retried, and drift is still reported.

use httpmock::MockServer;
use revolv3_client::reqwest::header::{HeaderMap, HeaderValue};
use revolv3_client::{BuildError, Client, HeaderError, TOKEN_HEADER, types};
use serde_json::json;

use crate::common::{TOKEN, fast_retries, fixture, request};

/// The caller's HTTP client: a header of its own on every request, its own User-Agent.
fn callers_http_client() -> revolv3_client::reqwest::Client {
    let mut headers = HeaderMap::new();
    headers.insert("x-caller-pool", HeaderValue::from_static("payments-eu"));
    revolv3_client::reqwest::Client::builder()
        .default_headers(headers)
        .user_agent("acme-billing/3.1")
        .build()
        .unwrap()
}

fn through_callers_client(server: &MockServer) -> Client {
    Client::builder(TOKEN)
        .base_url(server.base_url())
        .http_client(callers_http_client())
        .default_header("x-tenant", "acme")
        .retry_policy(fast_retries())
        .build()
        .unwrap()
}

#[tokio::test]
async fn the_callers_client_carries_its_headers_and_ours() {
    let server = MockServer::start_async().await;
    let customer = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header("x-caller-pool", "payments-eu")
                .header("user-agent", "acme-billing/3.1")
                .header(TOKEN_HEADER.as_str(), TOKEN)
                .header("x-tenant", "acme");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let result = through_callers_client(&server)
        .get_customer()
        .customer_id(42u64)
        .send()
        .await;
    assert!(result.is_ok(), "{result:?}");
    customer.assert_calls_async(1).await;
}

#[tokio::test]
async fn through_the_callers_client_a_get_is_retried_on_503_and_a_post_is_not() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(503).up_to_n_times(1);
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let sale = server
        .mock_async(|when, then| {
            when.method("POST").path("/api/Payments/sale");
            then.status(503);
        })
        .await;
    let client = through_callers_client(&server);

    let customer = client.get_customer().customer_id(42u64).send().await;
    assert!(customer.is_ok(), "{customer:?}");
    assert_eq!(failing.calls_async().await, 1);
    assert_eq!(healthy.calls_async().await, 1);

    let body: types::SaleRequest = request("sale_with_payment_method_details");
    let charge = client
        .sale_with_payment_method_details()
        .body(body)
        .send()
        .await;
    assert!(charge.is_err());
    assert_eq!(
        sale.calls_async().await,
        1,
        "a charge must never be replayed"
    );
}

#[tokio::test]
async fn drift_is_reported_through_the_callers_client() {
    let server = MockServer::start_async().await;
    let mut customer = fixture("responses/get_customer.json");
    customer["loyaltyTier"] = json!("gold");
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(200).json_body(customer.clone());
        })
        .await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .http_client(callers_http_client())
        .report_drift(true)
        .build()
        .unwrap();
    let result = client.get_customer().customer_id(42u64).send().await;
    assert!(result.is_ok(), "{result:?}");
    let report = client.take_drift_report().expect("drift reporting is on");
    let findings: Vec<(&str, &str)> = report
        .findings
        .iter()
        .map(|f| (f.operation.as_str(), f.pointer.as_str()))
        .collect();
    assert_eq!(findings, [("get_customer", "/loyaltyTier")]);
}

#[tokio::test]
async fn a_header_added_for_one_request_reaches_that_request_only() {
    let server = MockServer::start_async().await;
    let tagged = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header("x-correlation-id", "order-7731")
                .header(TOKEN_HEADER.as_str(), TOKEN);
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let untagged = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header_missing("x-correlation-id");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .unwrap();

    let once = client
        .with_header("x-correlation-id", "order-7731")
        .unwrap();
    assert!(once.get_customer().customer_id(42u64).send().await.is_ok());
    assert!(
        client
            .get_customer()
            .customer_id(42u64)
            .send()
            .await
            .is_ok()
    );

    tagged.assert_calls_async(1).await;
    untagged.assert_calls_async(1).await;
}

#[tokio::test]
async fn a_derived_clients_header_replaces_a_default_of_the_same_name() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header("x-tenant", "globex");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .default_header("x-tenant", "acme")
        .build()
        .unwrap()
        .with_header("X-Tenant", "globex")
        .unwrap();
    assert!(
        client
            .get_customer()
            .customer_id(42u64)
            .send()
            .await
            .is_ok()
    );
    mock.assert_calls_async(1).await;
}

#[test]
fn the_token_header_cannot_be_overridden() {
    let built = Client::builder(TOKEN)
        .default_header("X-Revolv3-Token", "someone-else")
        .build();
    assert!(
        matches!(
            built,
            Err(BuildError::Header(HeaderError::Reserved { ref name })) if name == TOKEN_HEADER
        ),
        "{built:?}"
    );
    let client = Client::builder(TOKEN).build().unwrap();
    assert!(matches!(
        client.with_header("x-revolv3-token", "someone-else"),
        Err(HeaderError::Reserved { .. })
    ));
    assert!(matches!(
        client.with_header("bad header", "x"),
        Err(HeaderError::InvalidName { .. })
    ));
    assert!(matches!(
        client.with_header("x-ok", "line\nbreak"),
        Err(HeaderError::InvalidValue { .. })
    ));
}

#[test]
fn header_values_never_appear_in_debug_output() {
    let builder = Client::builder(TOKEN)
        .default_header("x-tenant", "acme-tenant-value")
        .sensitive_default_header("proxy-authorization", "Basic c2VjcmV0");
    let client = builder.clone().build().unwrap();
    let derived = client
        .with_sensitive_header("x-session", "session-secret")
        .unwrap();
    for text in [
        format!("{builder:?}"),
        format!("{client:?}"),
        format!("{derived:?}"),
    ] {
        for secret in [TOKEN, "acme-tenant-value", "c2VjcmV0", "session-secret"] {
            assert!(!text.contains(secret), "{secret} leaked: {text}");
        }
        assert!(text.contains("x-tenant"), "{text}");
    }
}
