//! The request span, in OpenTelemetry's semantic conventions for HTTP client spans, so that
//! exported through `tracing-opentelemetry` it lines up with every other HTTP client in a
//! trace backend.
//!
//! One span per attempt (a retried request has one span per send, as the conventions ask),
//! named `revolv3.request` in `tracing` and `{method} {url.template}`
//! (`GET /api/Customers/{customerId}`) in OpenTelemetry, of kind client, with these fields:
//!
//! | field | value |
//! |---|---|
//! | `http.request.method` | `GET`, `POST`, ... |
//! | `server.address`, `server.port` | the host and port requests go to |
//! | `url.full` | the URL, with every query value replaced by `REDACTED` (queries carry customer data) and no user info |
//! | `url.template` | the operation's path template, as the spec writes it |
//! | `http.response.status_code` | the final response's status |
//! | `http.request.resend_count` | on a retry, which one (1 for the first); absent on the first attempt |
//! | `error.type` | the status code (`"404"`) for a status of 400 or more; `timeout`, `connect`, `request`, `body`, `decode`, `redirect` or `_OTHER` when no response came |
//! | `otel.status_code` | `error` when `error.type` is set |
//! | `revolv3.operation_id` | the operation's id in the spec (`get_customer`) |
//!
//! Retry warnings are events in the span of the attempt that failed, and drift events
//! (`revolv3::drift`) in the span of the attempt whose response they describe. The token and
//! header values are never recorded. Numbers are recorded as `i64`, which
//! `tracing-opentelemetry` exports as integers (other widths become strings).

use std::fmt;

use reqwest::{Method, Url};
use tracing::field::Empty;
use tracing::Span;

use crate::URL_TEMPLATES;

/// The operation's path template, from the table the generator writes.
fn url_template(operation_id: &str) -> Option<&'static str> {
    URL_TEMPLATES
        .binary_search_by(|(id, _)| (*id).cmp(operation_id))
        .ok()
        .map(|i| URL_TEMPLATES[i].1)
}

/// `{method} {template}`, or `{method}` when the template is unknown.
struct SpanName<'a> {
    method: &'a Method,
    template: Option<&'a str>,
}

impl fmt::Display for SpanName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.template {
            Some(template) => write!(f, "{} {template}", self.method),
            None => write!(f, "{}", self.method),
        }
    }
}

/// A URL without user info, its query values replaced by `REDACTED`.
struct RedactedUrl<'a>(&'a Url);

impl fmt::Display for RedactedUrl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.0;
        write!(
            f,
            "{}://{}",
            url.scheme(),
            url.host_str().unwrap_or_default()
        )?;
        if let Some(port) = url.port() {
            write!(f, ":{port}")?;
        }
        f.write_str(url.path())?;
        if let Some(query) = url.query() {
            for (i, pair) in query.split('&').enumerate() {
                f.write_str(if i == 0 { "?" } else { "&" })?;
                match pair.split_once('=') {
                    Some((key, _)) => write!(f, "{key}=REDACTED")?,
                    None => f.write_str(pair)?,
                }
            }
        }
        Ok(())
    }
}

/// The span of `attempt` (1 for the first send) of one operation call; the outcome is recorded
/// by [`record_outcome`]. Field values are computed only when a subscriber wants the span.
pub(crate) fn attempt_span(
    request: &reqwest::Request,
    operation_id: &'static str,
    attempt: u32,
) -> Span {
    let url = request.url();
    let template = url_template(operation_id);
    tracing::info_span!(
        "revolv3.request",
        otel.name = %SpanName { method: request.method(), template },
        otel.kind = "client",
        otel.status_code = Empty,
        http.request.method = request.method().as_str(),
        server.address = url.host_str().unwrap_or_default(),
        server.port = url.port_or_known_default().map(i64::from),
        url.full = %RedactedUrl(url),
        url.template = template,
        http.response.status_code = Empty,
        http.request.resend_count = (attempt > 1).then(|| i64::from(attempt - 1)),
        error.type = Empty,
        revolv3.operation_id = operation_id,
    )
}

/// Records how one attempt ended on its `span`.
pub(crate) fn record_outcome(span: &Span, result: &reqwest::Result<reqwest::Response>) {
    if span.is_disabled() {
        return;
    }
    let error_type = match result {
        Ok(response) => {
            let status = response.status();
            span.record("http.response.status_code", i64::from(status.as_u16()));
            (status.is_client_error() || status.is_server_error())
                .then(|| status.as_str().to_owned())
        }
        Err(e) => Some(transport_error_type(e).to_owned()),
    };
    if let Some(error_type) = error_type {
        span.record("error.type", error_type.as_str());
        span.record("otel.status_code", "error");
    }
}

/// A low-cardinality name for a request that got no response.
fn transport_error_type(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connect"
    } else if e.is_redirect() {
        "redirect"
    } else if e.is_body() {
        "body"
    } else if e.is_decode() {
        "decode"
    } else if e.is_request() {
        "request"
    } else {
        "_OTHER"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_full_keeps_no_query_value_and_no_user_info() {
        let url =
            Url::parse("https://user:secret@api.example:8443/api/Invoices?ref=cust-9&page=2&flag")
                .unwrap();
        assert_eq!(
            RedactedUrl(&url).to_string(),
            "https://api.example:8443/api/Invoices?ref=REDACTED&page=REDACTED&flag"
        );
    }

    #[test]
    fn every_operation_has_a_template_and_the_table_is_sorted() {
        assert!(URL_TEMPLATES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(
            url_template("get_customer"),
            Some("/api/Customers/{customerId}")
        );
        assert_eq!(url_template("no_such_operation"), None);
    }
}
