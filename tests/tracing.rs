//! One span per attempt, in OpenTelemetry's HTTP client conventions, and never the token or
//! query values.
//!
//! A test binary of its own: tracing caches whether each callsite is enabled, and a test that
//! installs its subscriber with `set_default` while tests on other threads hit the same
//! callsites for the first time can find them cached as disabled (the span then never appears).

use std::io::Write;
use std::sync::{Arc, Mutex};

use opentelemetry::Value as OtelValue;
use opentelemetry::trace::{SpanKind, Status, TracerProvider as _};
use opentelemetry_sdk::trace::{InMemorySpanExporter, SdkTracerProvider, SpanData};
use revolv3_client::Client;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::layer::SubscriberExt;

use revolv3_tests::{TOKEN, fast_retries, fixture};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// A mock Revolv3: customer 42 answers 503 once, then 200; customer 7 is not found; the
/// invoice list answers 200.
async fn mock_revolv3() -> httpmock::MockServer {
    let server = httpmock::MockServer::start_async().await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(503).up_to_n_times(1);
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/42");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/7");
            then.status(404)
                .json_body(serde_json::json!({ "message": "no such customer" }));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Invoices");
            then.status(200)
                .json_body(fixture("responses/get_invoices.json"));
        })
        .await;
    server
}

fn client(server: &httpmock::MockServer) -> Client {
    Client::builder(TOKEN)
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .unwrap()
}

/// A retried GET, a 404 and a list with a query value the span must not show.
async fn three_calls(client: &Client) {
    client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap();
    client
        .get_customer()
        .customer_id(7u64)
        .send()
        .await
        .unwrap_err();
    client
        .get_invoices()
        .merchant_customer_ref_id("cust-ref-private")
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn the_fmt_log_shows_each_attempt_and_never_the_token_or_query_values() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let server = mock_revolv3().await;
    three_calls(&client(&server)).await;

    let log = captured.text();
    assert!(log.contains("revolv3.request"), "{log}");
    assert!(
        log.contains("revolv3.operation_id=\"get_customer\""),
        "{log}"
    );
    assert!(log.contains("http.request.method=\"GET\""), "{log}");
    assert!(
        log.contains("url.template=\"/api/Customers/{customerId}\""),
        "{log}"
    );
    assert!(log.contains("http.response.status_code=503"), "{log}");
    assert!(log.contains("http.request.resend_count=1"), "{log}");
    assert!(log.contains("retrying an idempotent request"), "{log}");
    assert!(
        log.contains("/api/Invoices?merchantCustomerRefId=REDACTED"),
        "{log}"
    );
    assert!(!log.contains(TOKEN), "the token leaked into the log: {log}");
    assert!(
        !log.contains("cust-ref-private"),
        "a query value leaked into the log: {log}"
    );
}

/// The attributes of an exported span, as `name=value` strings, sorted.
fn attributes(span: &SpanData) -> Vec<String> {
    let mut out: Vec<String> = span
        .attributes
        .iter()
        .map(|kv| match &kv.value {
            OtelValue::I64(n) => format!("{}={n}", kv.key),
            OtelValue::String(s) => format!("{}={:?}", kv.key, s.as_str()),
            other => format!("{}=<{other:?}>", kv.key),
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn exported_spans_follow_opentelemetrys_http_client_conventions() {
    let exporter = InMemorySpanExporter::default();
    let provider = SdkTracerProvider::builder()
        .with_simple_exporter(exporter.clone())
        .build();
    let layer = tracing_opentelemetry::layer()
        .with_tracer(provider.tracer("revolv3-tests"))
        .with_location(false)
        .with_threads(false)
        .with_target(false)
        .with_tracked_inactivity(false);
    let guard = tracing::subscriber::set_default(tracing_subscriber::registry().with(layer));
    let server = mock_revolv3().await;
    three_calls(&client(&server)).await;
    drop(guard);

    let port = server.port();
    let url = |path: &str| format!("url.full=\"http://127.0.0.1:{port}{path}\"");
    let common = |operation: &str, template: &str| {
        vec![
            "http.request.method=\"GET\"".to_owned(),
            format!("revolv3.operation_id={operation:?}"),
            "server.address=\"127.0.0.1\"".to_owned(),
            format!("server.port={port}"),
            format!("url.template={template:?}"),
        ]
    };
    let expect = |mut lines: Vec<String>| {
        lines.sort();
        lines
    };
    let spans = exporter.get_finished_spans().unwrap();
    let seen: Vec<(String, SpanKind, Status, Vec<String>)> = spans
        .iter()
        .map(|s| {
            (
                s.name.to_string(),
                s.span_kind.clone(),
                s.status.clone(),
                attributes(s),
            )
        })
        .collect();
    let customer = "/api/Customers/{customerId}";
    let wanted = vec![
        // The retried GET: the 503 attempt, then the resend that succeeds.
        (
            format!("GET {customer}"),
            SpanKind::Client,
            Status::error(""),
            expect(
                [
                    common("get_customer", customer),
                    vec![
                        url("/api/Customers/42"),
                        "http.response.status_code=503".to_owned(),
                        "error.type=\"503\"".to_owned(),
                    ],
                ]
                .concat(),
            ),
        ),
        (
            format!("GET {customer}"),
            SpanKind::Client,
            Status::Unset,
            expect(
                [
                    common("get_customer", customer),
                    vec![
                        url("/api/Customers/42"),
                        "http.response.status_code=200".to_owned(),
                        "http.request.resend_count=1".to_owned(),
                    ],
                ]
                .concat(),
            ),
        ),
        // The 404.
        (
            format!("GET {customer}"),
            SpanKind::Client,
            Status::error(""),
            expect(
                [
                    common("get_customer", customer),
                    vec![
                        url("/api/Customers/7"),
                        "http.response.status_code=404".to_owned(),
                        "error.type=\"404\"".to_owned(),
                    ],
                ]
                .concat(),
            ),
        ),
        // A success, its query value redacted.
        (
            "GET /api/Invoices".to_owned(),
            SpanKind::Client,
            Status::Unset,
            expect(
                [
                    common("get_invoices", "/api/Invoices"),
                    vec![
                        url("/api/Invoices?merchantCustomerRefId=REDACTED"),
                        "http.response.status_code=200".to_owned(),
                    ],
                ]
                .concat(),
            ),
        ),
    ];
    assert_eq!(seen, wanted);
}
