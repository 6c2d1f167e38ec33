//! What the generated `Client` carries besides its `reqwest::Client` and base URL.

use std::fmt;
use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderValue};

use crate::drift::DriftRecorder;
use crate::RetryPolicy;

/// Per-client state read by the request hooks: the credential, kept out of every `Debug`, the
/// headers every request of this client carries, the retry policy, and the drift report when
/// one was asked for.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) token: HeaderValue,
    /// Added to every request that does not set the header itself; never the token header.
    /// Shared, so a client made by [`Client::with_header`](crate::Client::with_header) costs
    /// one map, not a copy per request.
    pub(crate) headers: Arc<HeaderMap>,
    pub(crate) retry: RetryPolicy,
    /// `None` unless drift reporting is on; clones of a client share one report.
    pub(crate) drift: Option<Arc<DriftRecorder>>,
}

impl ClientState {
    /// State for `token`, which must already be a valid, sensitive header value, and `headers`,
    /// which must not hold the token header.
    pub(crate) fn new(
        token: HeaderValue,
        headers: HeaderMap,
        retry: RetryPolicy,
        report_drift: bool,
    ) -> Self {
        Self {
            token,
            headers: Arc::new(headers),
            retry,
            drift: report_drift.then(Arc::default),
        }
    }
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values may identify a tenant or carry a credential: names only.
        f.debug_struct("ClientState")
            .field("token", &"<redacted>")
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("retry", &self.retry)
            .field("report_drift", &self.drift.is_some())
            .finish()
    }
}
