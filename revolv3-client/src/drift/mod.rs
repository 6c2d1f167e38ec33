//! Drift seen on the wire: responses compared with what the spec documents.
//!
//! Off by default, and then free: the request path has one branch on an empty `Option` and
//! buffers nothing. Turned on with [`ClientBuilder::report_drift`](crate::ClientBuilder::report_drift),
//! every response is checked against the schema the spec documents for its operation and
//! status (the drift table the pipeline generates with the client, parsed on first use), and
//! the caller still receives exactly what the server sent.
//!
//! Each finding is one `tracing` event at WARN, target `revolv3::drift`, with the fields
//! `operation`, `status`, `pointer` (JSON pointer into the body), `kind` and `detail`; `detail`
//! names JSON types and field names, never values. The same finding (kind, schema place, field)
//! is reported once per response, at its first pointer, so a list of a hundred items that all
//! carry one new field gives one event. Findings also accumulate in a [`DriftReport`] the
//! caller takes with [`Client::take_drift_report`].

mod report;
mod validate;

use std::sync::{Mutex, OnceLock};

use bytes::Bytes;
use futures_util::stream;
use serde_json::Value;

pub use report::{DriftFinding, DriftKind, DriftReport, JsonType};
use validate::Body;

use crate::response_head::ResponseHead;
use crate::Client;

/// The response schemas generated with this client (`generated/drift.json`).
#[cfg(feature = "codegen")]
const DRIFT_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/drift.json"));
#[cfg(not(feature = "codegen"))]
const DRIFT_TABLE: &str = include_str!("../../generated/drift.json");

/// The table generated with this client, parsed the first time a client with drift reporting
/// sees a response.
fn bundled() -> Option<&'static DriftTable> {
    static TABLE: OnceLock<Option<DriftTable>> = OnceLock::new();
    TABLE
        .get_or_init(|| DriftTable::parse(DRIFT_TABLE).ok())
        .as_ref()
}

/// The response schemas of a spec, as `revolv3-codegen` writes them beside the client
/// (`generated/drift.json`): what responses are checked against.
///
/// A client with [`report_drift`](crate::ClientBuilder::report_drift) uses the table it was
/// generated with; this type also checks recorded responses against any other table, such as
/// one generated from a corrected spec.
#[derive(Debug, Clone)]
pub struct DriftTable(Value);

impl DriftTable {
    /// Parses a table.
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json).map(Self)
    }

    /// The operations the table documents: operation id and the JSON pointer of the operation
    /// in the spec (`/paths/~1api~1Customers/get`), in the table's order.
    pub fn operations(&self) -> Vec<(&str, &str)> {
        self.0
            .get("operations")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(id, entry)| {
                let at = entry.get("at").and_then(Value::as_str).unwrap_or_default();
                (id.as_str(), at)
            })
            .collect()
    }

    /// What differs between one response and the spec, as a client with drift reporting on
    /// finds it: each distinct finding once, at its first pointer, with the number of times
    /// the response has it. `content_type` is the response's `Content-Type`;
    /// without one the body is taken as JSON, as the generated code decodes it.
    pub fn check(
        &self,
        operation: &str,
        status: u16,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Vec<DriftFinding> {
        let json = content_type.is_none_or(revolv3_oas::media::is_json);
        self.check_json(operation, status, if json { body } else { &[] })
    }

    /// [`check`](Self::check) for a body of a JSON media type, or none (empty).
    fn check_json(&self, operation: &str, status: u16, body: &[u8]) -> Vec<DriftFinding> {
        if body.is_empty() {
            return validate::check_response(&self.0, operation, status, Body::NotJson);
        }
        match serde_json::from_slice::<Value>(body) {
            Ok(value) => validate::check_response(&self.0, operation, status, Body::Json(&value)),
            Err(_) => validate::check_response(&self.0, operation, status, Body::Invalid),
        }
    }
}

/// Whether a response with this `Content-Type` header has a body checked as JSON: it does
/// without one, as [`DriftTable::check`] says; a value that is not visible ASCII names no JSON
/// media type.
fn header_carries_json(content_type: Option<&reqwest::header::HeaderValue>) -> bool {
    content_type.is_none_or(|value| value.to_str().is_ok_and(revolv3_oas::media::is_json))
}

/// The report of one client (shared by its clones).
#[derive(Debug, Default)]
pub(crate) struct DriftRecorder {
    report: Mutex<DriftReport>,
}

impl DriftRecorder {
    /// Checks `response` to operation `operation`, emits and records what differs, and returns
    /// a response the caller cannot tell from the original.
    pub(crate) async fn observe(
        &self,
        response: reqwest::Response,
        operation: &str,
    ) -> reqwest::Result<reqwest::Response> {
        let Some(table) = bundled() else {
            return Ok(response);
        };
        let status = response.status().as_u16();
        if !header_carries_json(response.headers().get(reqwest::header::CONTENT_TYPE)) {
            // Only the status is checked; the body is handed on unread.
            self.record(table.check_json(operation, status, &[]));
            return Ok(response);
        }
        let head = ResponseHead::of(&response);
        let (bytes, failure) = read_body(response).await;
        if let Some(error) = failure {
            // Hand the caller the same failure, after the same bytes, when it reads the body.
            let chunks = [Ok(bytes), Err(error)];
            return Ok(head.with_body(reqwest::Body::wrap_stream(stream::iter(chunks))));
        }
        self.record(table.check_json(operation, status, &bytes));
        Ok(head.with_body(reqwest::Body::from(bytes)))
    }

    /// Emits the events of one response's findings and adds them all to the report.
    fn record(&self, findings: Vec<DriftFinding>) {
        if findings.is_empty() {
            return;
        }
        for finding in with_events(&findings) {
            tracing::warn!(
                target: "revolv3::drift",
                operation = finding.operation.as_str(),
                status = finding.status,
                pointer = finding.pointer.as_str(),
                kind = finding.kind.as_str(),
                detail = finding.detail.as_str(),
                "the response differs from the spec"
            );
        }
        let mut report = self
            .report
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for finding in findings {
            report.add(finding);
        }
    }

    fn take(&self) -> DriftReport {
        std::mem::take(
            &mut *self
                .report
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()),
        )
    }
}

/// The findings of one response that get an event: the first of each kind, schema and field.
/// Events carry no values, so enum values the spec does not list, found at one place, are one
/// event (and a finding each in the report).
fn with_events(findings: &[DriftFinding]) -> Vec<&DriftFinding> {
    let mut emitted: Vec<&DriftFinding> = Vec::new();
    for finding in findings {
        let same = |e: &&DriftFinding| {
            (e.kind, &e.schema, &e.field) == (finding.kind, &finding.schema, &finding.field)
        };
        if !emitted.iter().any(same) {
            emitted.push(finding);
        }
    }
    emitted
}

/// Reads the whole body: its bytes, and the error that cut it short, if one did.
async fn read_body(mut response: reqwest::Response) -> (Bytes, Option<reqwest::Error>) {
    let mut chunks: Vec<Bytes> = Vec::new();
    let failure = loop {
        match response.chunk().await {
            Ok(Some(chunk)) => chunks.push(chunk),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    let bytes = match chunks.len() {
        1 => chunks.pop().unwrap_or_default(),
        _ => Bytes::from(chunks.concat()),
    };
    (bytes, failure)
}

impl Client {
    /// Takes the findings accumulated since the last call, leaving an empty report; `None`
    /// when the client was built without [`report_drift`](crate::ClientBuilder::report_drift).
    ///
    /// The report serializes as JSON (`serde_json::to_string(&report)`); `cargo xtask drift
    /// overlay` turns a saved one into spec corrections. Unlike the tracing events it holds
    /// the enum values the spec does not list, which those corrections need: store it as you
    /// would store response bodies.
    pub fn take_drift_report(&self) -> Option<DriftReport> {
        self.inner.drift.as_ref().map(|recorder| recorder.take())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An extension standing for what reqwest records about the connection.
    #[derive(Clone, Debug, PartialEq)]
    struct Connection(u16);

    /// A response as reqwest hands it over, its body arriving in `chunks`.
    fn received(chunks: Vec<Result<&'static str, &'static str>>) -> reqwest::Response {
        let url = reqwest::Url::parse("http://revolv3.test/api/Customers/9?page=2").unwrap();
        let chunks = chunks.into_iter().map(|chunk| {
            chunk
                .map(|text| Bytes::from_static(text.as_bytes()))
                .map_err(std::io::Error::other)
        });
        let response = reqwest::ResponseBuilderExt::url(http::Response::builder(), url)
            .status(200)
            .version(reqwest::Version::HTTP_2)
            .header("content-type", "application/json; charset=utf-8")
            .header("set-cookie", "a=1")
            .header("set-cookie", "b=2")
            .extension(Connection(443))
            .body(reqwest::Body::wrap_stream(stream::iter(chunks)))
            .unwrap();
        reqwest::Response::from(response)
    }

    #[tokio::test(flavor = "current_thread")]
    async fn the_response_handed_on_is_the_one_received() {
        let chunks = || vec![Ok("{\"customerId\": 9,"), Ok("  \"extra\" : [1, 2] }")];
        let recorder = DriftRecorder::default();
        let handed_on = recorder
            .observe(received(chunks()), "get_customer")
            .await
            .unwrap();
        let original = received(chunks());
        assert_eq!(handed_on.status(), original.status());
        assert_eq!(handed_on.version(), original.version());
        assert_eq!(handed_on.headers(), original.headers());
        assert_eq!(handed_on.url(), original.url());
        assert_eq!(
            handed_on.extensions().get::<Connection>(),
            Some(&Connection(443))
        );
        assert_eq!(
            handed_on.bytes().await.unwrap(),
            original.bytes().await.unwrap()
        );
        let report = recorder.take();
        assert_eq!(report.findings.len(), 1, "{report:?}");
        assert_eq!(report.findings[0].field.as_deref(), Some("extra"));
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_body_cut_short_reaches_the_caller_as_it_did_and_is_not_checked() {
        let recorder = DriftRecorder::default();
        let cut = || vec![Ok("{\"customerId\""), Err("connection reset")];
        let mut handed_on = recorder
            .observe(received(cut()), "get_customer")
            .await
            .unwrap();
        assert_eq!(
            handed_on.chunk().await.unwrap(),
            Some(Bytes::from_static(b"{\"customerId\""))
        );
        let error = handed_on.chunk().await.unwrap_err();
        let mut original = received(cut());
        original.chunk().await.unwrap();
        let original_error = original.chunk().await.unwrap_err();
        assert!(error.is_decode() && original_error.is_decode(), "{error:?}");
        assert_eq!(error.to_string(), original_error.to_string());
        let mut cause: Option<&dyn std::error::Error> = Some(&error);
        let mut causes = Vec::new();
        while let Some(e) = cause {
            causes.push(e.to_string());
            cause = e.source();
        }
        assert!(causes.iter().any(|c| c == "connection reset"), "{causes:?}");
        assert!(recorder.take().is_empty());
    }

    #[test]
    fn one_event_per_kind_schema_and_field_never_per_value() {
        let finding = |kind, field: Option<&str>, value: Option<Value>| DriftFinding {
            operation: "get_invoices".into(),
            status: 200,
            kind,
            pointer: String::new(),
            detail: String::new(),
            schema: "/components/schemas/InvoiceStatus".into(),
            field: field.map(str::to_owned),
            value,
            observed: Default::default(),
            count: 1,
        };
        let findings = [
            finding(DriftKind::UnknownEnumValue, None, Some("Disputed".into())),
            finding(DriftKind::UnknownEnumValue, None, Some("Frozen".into())),
            finding(DriftKind::UndocumentedField, Some("a"), None),
            finding(DriftKind::UndocumentedField, Some("b"), None),
        ];
        let emitted: Vec<_> = with_events(&findings).into_iter().cloned().collect();
        assert_eq!(
            emitted,
            [
                findings[0].clone(),
                findings[2].clone(),
                findings[3].clone()
            ]
        );
    }
}
