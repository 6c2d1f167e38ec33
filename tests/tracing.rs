//! One span per request with what an operator needs, and never the token or query values.
//!
//! A test binary of its own: tracing caches whether each callsite is enabled, and a test that
//! installs its subscriber with `set_default` while tests on other threads hit the same
//! callsites for the first time can find them cached as disabled (the span then never appears).

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use revolv3_client::{Client, RetryPolicy};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

use revolv3_tests::{TOKEN, fixture};

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

#[tokio::test]
async fn a_request_span_records_operation_method_path_status_and_attempts() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(captured.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::CLOSE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

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
            when.method("GET").path("/api/Invoices");
            then.status(200)
                .json_body(fixture("responses/get_invoices.json"));
        })
        .await;
    let policy = RetryPolicy {
        max_retries: 2,
        base_delay: Duration::from_millis(1),
        max_delay: Duration::from_millis(5),
    };
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .retry_policy(policy)
        .build()
        .unwrap();
    client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap();
    client
        .get_invoices()
        .merchant_customer_ref_id("cust-ref-private")
        .send()
        .await
        .unwrap();

    let log = captured.text();
    assert!(log.contains("revolv3.request"), "{log}");
    assert!(log.contains("operation=\"get_customer\""), "{log}");
    assert!(log.contains("method=GET"), "{log}");
    assert!(log.contains("path=\"/api/Customers/42\""), "{log}");
    assert!(log.contains("status=200"), "{log}");
    assert!(log.contains("attempts=2"), "{log}");
    assert!(log.contains("duration_ms="), "{log}");
    assert!(log.contains("retrying an idempotent request"), "{log}");
    assert!(log.contains("path=\"/api/Invoices\""), "{log}");
    assert!(!log.contains(TOKEN), "the token leaked into the log: {log}");
    assert!(
        !log.contains("cust-ref-private"),
        "a query value leaked into the log: {log}"
    );
}
