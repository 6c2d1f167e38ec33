//! The generated client's request hooks: authentication, the caller's headers, retries, the
//! request span, the drift report (when asked for) and documented empty bodies.

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::HeaderName;
use tracing::Instrument;

use crate::retry::{replay_copy, retry_reason, RetryReason};
use crate::span::{attempt_span, record_outcome};
use crate::{empty_body, Client, ClientState, Error};

/// The header Revolv3 reads the static API token from.
pub const TOKEN_HEADER: HeaderName = HeaderName::from_static("x-revolv3-token");

impl ClientHooks<ClientState> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), Error<E>> {
        // progenitor's `api-version` header is removed from the generated code itself
        // (revolv3-codegen's `api_version` module).
        let headers = request.headers_mut();
        headers.insert(TOKEN_HEADER, self.inner.token.clone());
        // The caller's headers, where the operation sets none of the same name (a documented
        // header parameter wins); they never hold the token header.
        for (name, value) in self.inner.headers.iter() {
            if !headers.contains_key(name) {
                headers.insert(name, value.clone());
            }
        }
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        let operation = info.operation_id;
        let (result, last_attempt) = self.send_with_retries(request, operation).await;
        let response = match &self.inner.drift {
            None => result?,
            // Drift events belong to the attempt whose response they describe.
            Some(recorder) => {
                recorder
                    .observe(result?, operation)
                    .instrument(last_attempt)
                    .await?
            }
        };
        empty_body::fill_documented_empty_body(response, operation).await
    }
}

impl Client {
    /// Sends `request`, repeating it as the retry policy allows, each attempt in a span of its
    /// own (see `span`); returns the last attempt's result and span.
    async fn send_with_retries(
        &self,
        request: reqwest::Request,
        operation: &'static str,
    ) -> (reqwest::Result<reqwest::Response>, tracing::Span) {
        let policy = &self.inner.retry;
        let retries = policy.retries_for(request.method());
        let mut request = request;
        let mut attempt: u32 = 1;
        loop {
            // A copy is only possible for a buffered body; a streamed one is sent once.
            let spare = (attempt <= retries)
                .then(|| replay_copy(&request))
                .flatten();
            let span = attempt_span(&request, operation, attempt);
            let result = self.client.execute(request).instrument(span.clone()).await;
            record_outcome(&span, &result);
            let (Some(spare), Some(reason)) = (spare, retry_reason(&result)) else {
                if let Err(e) = &result {
                    span.in_scope(|| tracing::warn!(error = %e, "request failed"));
                }
                return (result, span);
            };
            let retry_after = match reason {
                RetryReason::Status(_, retry_after) => retry_after,
                RetryReason::Connection => None,
            };
            let wait = policy.delay(attempt, retry_after);
            span.in_scope(|| {
                tracing::warn!(
                    attempt,
                    reason = ?reason,
                    wait_ms = wait.as_millis() as u64,
                    "retrying an idempotent request"
                );
            });
            tokio::time::sleep(wait).await;
            request = spare;
            attempt += 1;
        }
    }
}
