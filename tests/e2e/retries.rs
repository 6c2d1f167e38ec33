//! Retries: idempotent requests recover from transient failures; POST and PATCH are sent once.

use std::time::{Duration, Instant};

use httpmock::MockServer;
use revolv3_client::{Client, Error, RetryPolicy, types};

use crate::common::{TOKEN, fast_retries, fixture, request};

fn client(server: &MockServer, policy: RetryPolicy) -> Client {
    Client::builder(TOKEN)
        .base_url(server.base_url())
        .retry_policy(policy)
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_get_recovers_after_two_503s() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(503).up_to_n_times(2);
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    let customer = client(&server, fast_retries())
        .get_customer()
        .customer_id(42u64)
        .send()
        .await;
    assert!(customer.is_ok(), "{customer:?}");
    assert_eq!(failing.calls_async().await, 2);
    assert_eq!(healthy.calls_async().await, 1);
}

#[tokio::test]
async fn a_get_gives_up_after_max_retries() {
    let server = MockServer::start_async().await;
    let failing = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(502);
        })
        .await;
    let error = client(&server, fast_retries())
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(
        failing.calls_async().await,
        3,
        "one attempt and two retries"
    );

    let error = client(&server, RetryPolicy::none())
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(
        failing.calls_async().await,
        4,
        "retries off: exactly one more request"
    );
}

/// Sends one sale to a server that answers every request with `status`, and returns the
/// status the caller's `UnexpectedResponse` carries and how many requests reached the server.
async fn sale_answered_with(status: u16) -> (u16, usize) {
    let server = MockServer::start_async().await;
    let sale = server
        .mock_async(|when, then| {
            when.method("POST").path("/api/Payments/sale");
            then.status(status);
        })
        .await;
    let body: types::SaleRequest = request("sale_with_payment_method_details");
    let error = client(&server, fast_retries())
        .sale_with_payment_method_details()
        .body(body)
        .send()
        .await
        .unwrap_err();
    let Error::UnexpectedResponse(response) = error else {
        panic!("expected an unexpected response, got {error:?}");
    };
    (response.status().as_u16(), sale.calls_async().await)
}

#[tokio::test]
async fn a_post_is_sent_exactly_once_even_on_503() {
    let (status, calls) = sale_answered_with(503).await;
    assert_eq!(status, 503);
    assert_eq!(calls, 1, "a charge must never be replayed");
}

#[tokio::test]
async fn a_patch_is_sent_exactly_once_even_on_429() {
    let server = MockServer::start_async().await;
    let update = server
        .mock_async(|when, then| {
            when.method("PATCH").path("/api/Customers/42");
            then.status(429).header("retry-after", "0");
        })
        .await;
    let body: types::UpdateCustomerRequestDto = request("update_customer");
    let result = client(&server, fast_retries())
        .update_customer()
        .customer_id(42u64)
        .body(body)
        .send()
        .await;
    assert!(result.is_err());
    assert_eq!(update.calls_async().await, 1);
}

#[tokio::test]
async fn every_attempt_of_a_put_sends_the_same_body() {
    let server = MockServer::start_async().await;
    let expected = fixture("requests/replace_subscription_primary_payment_method.json");
    let failing = server
        .mock_async(|when, then| {
            when.method("PUT")
                .path("/api/Subscriptions/12/payment-method")
                .json_body(expected.clone());
            then.status(504).up_to_n_times(1);
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("PUT")
                .path("/api/Subscriptions/12/payment-method")
                .json_body(expected.clone());
            then.status(200);
        })
        .await;
    let body: types::ReplaceSubscriptionPaymentMethodRequest =
        request("replace_subscription_primary_payment_method");
    client(&server, fast_retries())
        .replace_subscription_primary_payment_method()
        .subscription_id(12u64)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(
        (failing.calls_async().await, healthy.calls_async().await),
        (1, 1)
    );
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Invoices");
            then.status(429).header("retry-after", "1").up_to_n_times(1);
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Invoices");
            then.status(200)
                .json_body(fixture("responses/get_invoices.json"));
        })
        .await;
    let policy = RetryPolicy {
        max_delay: Duration::from_secs(5),
        ..fast_retries()
    };
    let started = Instant::now();
    client(&server, policy).get_invoices().send().await.unwrap();
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "waited {:?}",
        started.elapsed()
    );
    assert_eq!(healthy.calls_async().await, 1);
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_capped_by_the_policy() {
    let server = MockServer::start_async().await;
    let in_an_hour = (chrono::Utc::now() + chrono::Duration::hours(1))
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    server
        .mock_async(move |when, then| {
            when.method("GET").path("/api/Invoices");
            then.status(503)
                .header("retry-after", in_an_hour.as_str())
                .up_to_n_times(1);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Invoices");
            then.status(200)
                .json_body(fixture("responses/get_invoices.json"));
        })
        .await;
    let started = Instant::now();
    client(&server, fast_retries())
        .get_invoices()
        .send()
        .await
        .unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "an hour's Retry-After is capped"
    );
}

#[tokio::test]
async fn an_undocumented_success_status_is_an_unexpected_response() {
    // Why `response-success-status-added` is an error under the rust-client diff profile.
    let (status, calls) = sale_answered_with(202).await;
    assert_eq!(status, 202);
    assert_eq!(calls, 1);
}
