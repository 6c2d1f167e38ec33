//! What the generated `Client` carries besides its `reqwest::Client` and base URL.

use std::fmt;
use std::sync::Arc;

use reqwest::header::HeaderValue;

use crate::drift::DriftRecorder;
use crate::RetryPolicy;

/// Per-client state read by the request hooks: the credential, kept out of every `Debug`, the
/// retry policy, and the drift report when one was asked for.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) token: HeaderValue,
    pub(crate) retry: RetryPolicy,
    /// `None` unless drift reporting is on; clones of a client share one report.
    pub(crate) drift: Option<Arc<DriftRecorder>>,
}

impl ClientState {
    /// State for `token`, which must already be a valid, sensitive header value.
    pub(crate) fn new(token: HeaderValue, retry: RetryPolicy, report_drift: bool) -> Self {
        Self {
            token,
            retry,
            drift: report_drift.then(Arc::default),
        }
    }
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("token", &"<redacted>")
            .field("retry", &self.retry)
            .field("report_drift", &self.drift.is_some())
            .finish()
    }
}
