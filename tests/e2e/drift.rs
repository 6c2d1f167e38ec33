//! The drift report: each kind of difference between a response and the spec is found at the
//! right place, reported once per response, never with a value, and without changing what the
//! caller receives; with the report off, nothing at all.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use httpmock::MockServer;
use revolv3_client::Client;
use revolv3_client::drift::{DriftKind, DriftReport};
use serde_json::{Value, json};
use tracing::field::{Field, Visit};
use tracing_subscriber::layer::{Context, SubscriberExt};

use crate::common::{TOKEN, fixture};

/// The fields of one captured `revolv3::drift` event.
type Event = BTreeMap<String, String>;

/// Records the fields of every event with target `revolv3::drift`.
#[derive(Clone, Default)]
struct DriftEvents(Arc<Mutex<Vec<Event>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for DriftEvents {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != "revolv3::drift" {
            return;
        }
        struct Fields(Event);
        impl Visit for Fields {
            fn record_str(&mut self, field: &Field, value: &str) {
                self.0.insert(field.name().to_owned(), value.to_owned());
            }
            fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
                self.0.insert(field.name().to_owned(), format!("{value:?}"));
            }
        }
        let mut fields = Fields(BTreeMap::from([(
            "level".to_owned(),
            event.metadata().level().to_string(),
        )]));
        event.record(&mut fields);
        self.0.lock().unwrap().push(fields.0);
    }
}

impl DriftEvents {
    /// Installs the recorder for the current thread until the guard drops.
    fn install(&self) -> tracing::subscriber::DefaultGuard {
        tracing::subscriber::set_default(tracing_subscriber::registry().with(self.clone()))
    }

    /// `(kind, operation, status, pointer, detail)` of each event, in order.
    fn summary(&self) -> Vec<[String; 5]> {
        self.0
            .lock()
            .unwrap()
            .iter()
            .map(|e| {
                assert_eq!(e["level"], "WARN");
                ["kind", "operation", "status", "pointer", "detail"].map(|k| e[k].clone())
            })
            .collect()
    }
}

fn client(server: &MockServer, report_drift: bool) -> Client {
    Client::builder(TOKEN)
        .base_url(server.base_url())
        .report_drift(report_drift)
        .build()
        .expect("client builds")
}

async fn answer(server: &MockServer, path: &str, status: u16, body: &Value) {
    server
        .mock_async(|when, then| {
            when.method("GET").path(path);
            then.status(status).json_body(body.clone());
        })
        .await;
}

fn row(kind: &str, operation: &str, status: &str, pointer: &str, detail: &str) -> [String; 5] {
    [kind, operation, status, pointer, detail].map(str::to_owned)
}

#[tokio::test(flavor = "current_thread")]
async fn each_kind_of_drift_is_one_event_at_its_pointer() {
    let events = DriftEvents::default();
    let _guard = events.install();
    let server = MockServer::start_async().await;
    let drifted = fixture("drift/get_invoice.four_kinds.json");
    answer(&server, "/api/Invoices/7", 200, &drifted).await;
    answer(
        &server,
        "/api/Customers/42",
        418,
        &json!({ "message": "teapot" }),
    )
    .await;
    let client = client(&server, true);

    // The string where an integer belongs fails to decode, exactly as without the report.
    let invoice = client.get_invoice().invoice_id(7u64).send().await;
    assert!(
        matches!(
            invoice,
            Err(revolv3_client::Error::InvalidResponsePayload(..))
        ),
        "{invoice:?}"
    );
    let customer = client.get_customer().customer_id(42u64).send().await;
    assert!(customer.is_err());

    assert_eq!(
        events.summary(),
        [
            row(
                "type-mismatch",
                "get_invoice",
                "200",
                "/invoiceId",
                "expected integer, found string"
            ),
            row(
                "unknown-enum-value",
                "get_invoice",
                "200",
                "/invoiceStatusEnum",
                "a string the enum does not list"
            ),
            row(
                "undocumented-field",
                "get_invoice",
                "200",
                "/loyaltyTier",
                "field `loyaltyTier` is not in the schema (found string)"
            ),
            row(
                "undocumented-status",
                "get_customer",
                "418",
                "",
                "status 418 is not documented for this operation"
            ),
        ]
    );
    // No value of the response reaches an event.
    let all = format!("{:?}", events.0.lock().unwrap());
    for value in ["\"42\"", "Disputed", "gold", "teapot"] {
        assert!(!all.contains(value), "{value} leaked into {all}");
    }

    let report = client.take_drift_report().expect("drift reporting is on");
    let kinds: Vec<DriftKind> = report.findings.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            DriftKind::TypeMismatch,
            DriftKind::UnknownEnumValue,
            DriftKind::UndocumentedField,
            DriftKind::UndocumentedStatus
        ]
    );
    let enum_finding = &report.findings[1];
    assert_eq!(enum_finding.schema, "/components/schemas/InvoiceStatus");
    assert_eq!(enum_finding.value, Some(json!("Disputed")));
    assert_eq!(report.findings[2].schema, "/components/schemas/Invoice");
    assert_eq!(
        report.findings[3].schema,
        "/paths/~1api~1Customers~1{customerId}/get"
    );
    // The report round-trips through JSON, and taking it empties it.
    let saved = serde_json::to_string(&report).unwrap();
    assert_eq!(serde_json::from_str::<DriftReport>(&saved).unwrap(), report);
    assert_eq!(client.take_drift_report(), Some(DriftReport::default()));
}

#[tokio::test(flavor = "current_thread")]
async fn a_finding_repeated_down_a_list_is_one_event_and_one_counted_entry() {
    let events = DriftEvents::default();
    let _guard = events.install();
    let server = MockServer::start_async().await;
    let mut invoice = fixture("responses/get_invoices.json")[0].clone();
    invoice["loyaltyTier"] = json!("gold");
    let page: Vec<Value> = (0..100)
        .map(|i| {
            let mut item = invoice.clone();
            if i == 3 {
                item["loyaltyTier"] = Value::Null;
            }
            item
        })
        .collect();
    answer(&server, "/api/Invoices", 200, &Value::Array(page)).await;
    let client = client(&server, true);
    let invoices = client.get_invoices().send().await.expect("decodes");
    assert_eq!(invoices.len(), 100);
    assert_eq!(
        events.summary(),
        [row(
            "undocumented-field",
            "get_invoices",
            "200",
            "/0/loyaltyTier",
            "field `loyaltyTier` is not in the schema (found string)"
        )]
    );
    let report = client.take_drift_report().unwrap();
    assert_eq!(report.findings.len(), 1);
    let finding = &report.findings[0];
    assert_eq!(finding.count, 100);
    let observed: Vec<&str> = finding.observed.iter().map(|t| t.as_str()).collect();
    assert_eq!(observed, ["null", "string"]);
}

#[tokio::test(flavor = "current_thread")]
async fn the_caller_receives_the_same_on_and_off_and_off_reports_nothing() {
    let events = DriftEvents::default();
    let _guard = events.install();
    let server = MockServer::start_async().await;
    let body = fixture("drift/get_invoice.decodable.json");
    answer(&server, "/api/Invoices/7", 200, &body).await;
    let (on, off) = (client(&server, true), client(&server, false));

    let without = off
        .get_invoice()
        .invoice_id(7u64)
        .send()
        .await
        .expect("decodes");
    assert!(events.summary().is_empty(), "no events with the report off");
    assert_eq!(off.take_drift_report(), None);

    let with = on
        .get_invoice()
        .invoice_id(7u64)
        .send()
        .await
        .expect("decodes");
    assert_eq!(with.status(), without.status());
    assert_eq!(with.headers(), without.headers());
    assert_eq!(*with, *without);
    assert_eq!(
        events.summary().len(),
        2,
        "the new field and the new enum value"
    );

    // A body in the server's own spacing, with a charset, decodes as without the report (the
    // unit tests in revolv3-client's `drift` module pin that it is handed on byte for byte).
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Customers/9");
            then.status(200)
                .header("content-type", "application/json; charset=utf-8")
                .body("{\"customerId\": 9,  \"extra\" : [1, 2] }");
        })
        .await;
    let customer = on
        .get_customer()
        .customer_id(9u64)
        .send()
        .await
        .expect("decodes");
    assert_eq!(customer.customer_id, Some(9));
}

#[tokio::test(flavor = "current_thread")]
async fn every_response_fixture_conforms_to_the_spec() {
    // Each fixture the e2e tests answer with, checked against its operation's 200 schema.
    let events = DriftEvents::default();
    let _guard = events.install();
    let server = MockServer::start_async().await;
    let client = client(&server, true);
    answer(
        &server,
        "/api/Invoices/7",
        200,
        &fixture("responses/get_invoice.json"),
    )
    .await;
    answer(
        &server,
        "/api/Invoices",
        200,
        &fixture("responses/get_invoices.json"),
    )
    .await;
    answer(
        &server,
        "/api/Customers/42",
        200,
        &fixture("responses/get_customer.json"),
    )
    .await;
    client
        .get_invoice()
        .invoice_id(7u64)
        .send()
        .await
        .expect("decodes");
    client.get_invoices().send().await.expect("decodes");
    client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .expect("decodes");
    assert_eq!(events.summary(), Vec::<[String; 5]>::new());
    assert_eq!(client.take_drift_report(), Some(DriftReport::default()));
}
