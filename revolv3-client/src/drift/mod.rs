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
        let body = if !carries_json(content_type) || body.is_empty() {
            Body::NotJson
        } else {
            match serde_json::from_slice::<Value>(body) {
                Ok(value) => {
                    return validate::check_response(&self.0, operation, status, Body::Json(&value))
                }
                Err(_) => Body::Invalid,
            }
        };
        validate::check_response(&self.0, operation, status, body)
    }
}

/// Whether a response with this `Content-Type` is checked as JSON.
fn carries_json(content_type: Option<&str>) -> bool {
    content_type.is_none_or(revolv3_oas::media::is_json)
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
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .map(|v| v.to_str().unwrap_or("?").to_owned());
        if !carries_json(content_type.as_deref()) {
            self.record(table.check(operation, status, content_type.as_deref(), &[]));
            return Ok(response);
        }
        let head = ResponseHead::of(&response);
        let (bytes, failure) = read_body(response).await;
        if let Some(error) = failure {
            // Hand the caller the same failure, after the same bytes, when it reads the body.
            let chunks = [Ok(bytes), Err(error)];
            return Ok(head.with_body(reqwest::Body::wrap_stream(stream::iter(chunks))));
        }
        self.record(table.check(operation, status, content_type.as_deref(), &bytes));
        Ok(head.with_body(reqwest::Body::from(bytes)))
    }

    /// Emits one event per distinct finding of one response and adds them all to the report.
    fn record(&self, findings: Vec<DriftFinding>) {
        if findings.is_empty() {
            return;
        }
        let mut emitted: Vec<(DriftKind, &str, Option<&str>)> = Vec::new();
        for finding in &findings {
            let key = (
                finding.kind,
                finding.schema.as_str(),
                finding.field.as_deref(),
            );
            if emitted.contains(&key) {
                continue;
            }
            emitted.push(key);
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
