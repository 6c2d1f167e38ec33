//! What the generated `Client` carries besides its `reqwest::Client` and base URL.

use std::fmt;

use reqwest::header::HeaderValue;

use crate::RetryPolicy;

/// Per-client state read by the request hooks: the credential, kept out of every `Debug`, and
/// the retry policy.
#[derive(Clone)]
pub struct ClientState {
    pub(crate) token: HeaderValue,
    pub(crate) retry: RetryPolicy,
}

impl ClientState {
    /// State for `token`, which must already be a valid, sensitive header value.
    pub(crate) fn new(token: HeaderValue, retry: RetryPolicy) -> Self {
        Self { token, retry }
    }
}

impl fmt::Debug for ClientState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientState")
            .field("token", &"<redacted>")
            .field("retry", &self.retry)
            .finish()
    }
}
