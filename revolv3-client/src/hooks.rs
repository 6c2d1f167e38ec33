//! The generated client's request hooks: authentication, retries, tracing, the drift report
//! (when asked for) and documented empty bodies.

use std::time::Instant;

use progenitor_client::{ClientHooks, OperationInfo};
use reqwest::header::HeaderName;
use tracing::Instrument;

use crate::retry::{replay_copy, retry_reason, RetryReason};
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
        request
            .headers_mut()
            .insert(TOKEN_HEADER, self.inner.token.clone());
        Ok(())
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        // Only the path is recorded: query strings may carry customer data.
        let span = tracing::info_span!(
            "revolv3.request",
            operation = info.operation_id,
            method = %request.method(),
            path = request.url().path(),
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let operation = info.operation_id;
        let response = async {
            let response = self.send_with_retries(request).await?;
            match &self.inner.drift {
                None => Ok(response),
                Some(recorder) => recorder.observe(response, operation).await,
            }
        }
        .instrument(span)
        .await?;
        empty_body::fill_documented_empty_body(response, operation).await
    }
}

impl Client {
    /// Sends `request`, repeating it as the retry policy allows, and records the outcome on the
    /// current span.
    async fn send_with_retries(
        &self,
        request: reqwest::Request,
    ) -> reqwest::Result<reqwest::Response> {
        let policy = &self.inner.retry;
        let retries = policy.retries_for(request.method());
        let started = Instant::now();
        let mut request = request;
        let mut attempt: u32 = 1;
        let result = loop {
            // A copy is only possible for a buffered body; a streamed one is sent once.
            let spare = (attempt <= retries)
                .then(|| replay_copy(&request))
                .flatten();
            let result = self.client.execute(request).await;
            let (Some(spare), Some(reason)) = (spare, retry_reason(&result)) else {
                break result;
            };
            let retry_after = match reason {
                RetryReason::Status(_, retry_after) => retry_after,
                RetryReason::Connection => None,
            };
            let wait = policy.delay(attempt, retry_after);
            tracing::warn!(
                attempt,
                reason = ?reason,
                wait_ms = wait.as_millis() as u64,
                "retrying an idempotent request"
            );
            tokio::time::sleep(wait).await;
            request = spare;
            attempt += 1;
        };
        let span = tracing::Span::current();
        span.record("attempts", attempt);
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        match &result {
            Ok(response) => {
                span.record("status", response.status().as_u16());
            }
            Err(e) => tracing::warn!(error = %e, "request failed"),
        }
        result
    }
}
