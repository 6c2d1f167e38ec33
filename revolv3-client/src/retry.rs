//! Retries that cannot double-charge.
//!
//! Only requests whose method is idempotent (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) are
//! retried, and only when the failure says the request can be repeated: a connection error,
//! 429, 502, 503 or 504. POST and PATCH are never retried, since Revolv3 documents no
//! idempotency key and a replayed sale or refund would move money twice. Every attempt sends a
//! clone of the same request, so the bytes are identical.

use std::time::Duration;

use reqwest::header::RETRY_AFTER;
use reqwest::{Method, StatusCode};

/// How the client retries idempotent requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (so `2` means at most three requests).
    pub max_retries: u32,
    /// First backoff ceiling; it doubles on each retry.
    pub base_delay: Duration,
    /// Upper bound of any wait, including a server's `Retry-After`.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    /// Two retries, backoff from 250 ms, waits capped at 20 s.
    fn default() -> Self {
        Self {
            max_retries: 2,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(20),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Retries allowed for a request with this method: none unless it is idempotent.
    pub(crate) fn retries_for(&self, method: &Method) -> u32 {
        if is_idempotent(method) {
            self.max_retries
        } else {
            0
        }
    }

    /// How long to wait before retry number `retry` (1-based): the server's `Retry-After` when
    /// it sent one, otherwise "full jitter", a random wait up to the exponential ceiling.
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait.min(self.max_delay);
        }
        let ceiling = self
            .base_delay
            .saturating_mul(2u32.saturating_pow(retry.saturating_sub(1)))
            .min(self.max_delay);
        let nanos = u64::try_from(ceiling.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }
}

fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
        Method::TRACE,
    ]
    .contains(method)
}

/// A copy of `request` to send if the first attempt fails, or `None` when its body is a
/// stream and cannot be sent twice.
///
/// The copy is made before every idempotent request, retried or not. For a request with a
/// body, `Request::try_clone` is right: it shares the body's bytes. For one without (every GET
/// and DELETE), `try_clone` also allocates an extension map to store an unset timeout, so
/// the copy is built here from what a request holds: method, URL, headers, version and the
/// timeout, the only per-request setting reqwest 0.13.5 keeps in its extensions (checked
/// against its `config.rs`; recheck when upgrading reqwest).
pub(crate) fn replay_copy(request: &reqwest::Request) -> Option<reqwest::Request> {
    if request.body().is_some() {
        return request.try_clone();
    }
    let mut copy = reqwest::Request::new(request.method().clone(), request.url().clone());
    *copy.headers_mut() = request.headers().clone();
    *copy.version_mut() = request.version();
    if let Some(timeout) = request.timeout() {
        *copy.timeout_mut() = Some(*timeout);
    }
    Some(copy)
}

/// Why an attempt may be repeated, if it may.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RetryReason {
    /// The connection failed before a response arrived.
    Connection,
    /// The server answered with a status that invites a retry.
    Status(StatusCode, Option<Duration>),
}

/// Classifies an attempt's outcome.
pub(crate) fn retry_reason(result: &reqwest::Result<reqwest::Response>) -> Option<RetryReason> {
    match result {
        Err(e) if e.is_connect() => Some(RetryReason::Connection),
        Err(_) => None,
        Ok(response) => {
            let status = response.status();
            matches!(status.as_u16(), 429 | 502 | 503 | 504)
                .then(|| RetryReason::Status(status, retry_after(response)))
        }
    }
}

/// `Retry-After` as seconds or as an HTTP date.
fn retry_after(response: &reqwest::Response) -> Option<Duration> {
    let value = response.headers().get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = when.signed_duration_since(chrono::Utc::now());
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_idempotent_methods_get_retries() {
        let policy = RetryPolicy::default();
        for method in [Method::GET, Method::HEAD, Method::PUT, Method::DELETE] {
            assert_eq!(policy.retries_for(&method), 2, "{method}");
        }
        for method in [Method::POST, Method::PATCH] {
            assert_eq!(policy.retries_for(&method), 0, "{method}");
        }
        assert_eq!(RetryPolicy::none().retries_for(&Method::GET), 0);
    }

    fn request(body: Option<reqwest::Body>) -> reqwest::Request {
        let mut request = reqwest::Request::new(
            Method::PUT,
            "https://api.example/api/Customers/7?x=1"
                .parse()
                .expect("url"),
        );
        request
            .headers_mut()
            .insert("x-revolv3-token", "secret".parse().expect("header"));
        *request.version_mut() = reqwest::Version::HTTP_2;
        *request.timeout_mut() = Some(Duration::from_secs(3));
        *request.body_mut() = body;
        request
    }

    fn assert_same_request(copy: &reqwest::Request, original: &reqwest::Request) {
        assert_eq!(copy.method(), original.method());
        assert_eq!(copy.url(), original.url());
        assert_eq!(copy.headers(), original.headers());
        assert_eq!(copy.version(), original.version());
        assert_eq!(copy.timeout(), original.timeout());
        assert_eq!(
            copy.body().map(reqwest::Body::as_bytes),
            original.body().map(reqwest::Body::as_bytes)
        );
    }

    #[test]
    fn a_replay_copy_sends_the_same_request() {
        let with_body = request(Some(reqwest::Body::from(r#"{"a":1}"#)));
        let copy = replay_copy(&with_body).expect("a buffered body can be copied");
        assert_same_request(&copy, &with_body);
        let bodiless = request(None);
        let copy = replay_copy(&bodiless).expect("no body to copy");
        assert_same_request(&copy, &bodiless);
    }

    #[test]
    fn a_streamed_body_has_no_replay_copy() {
        let stream = futures_util::stream::iter([Ok::<_, std::io::Error>("chunk")]);
        let original = request(Some(reqwest::Body::wrap_stream(stream)));
        assert!(replay_copy(&original).is_none());
    }

    #[test]
    fn backoff_is_jittered_under_an_exponential_ceiling_and_capped() {
        let policy = RetryPolicy {
            max_retries: 5,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(300),
        };
        for _ in 0..200 {
            assert!(policy.delay(1, None) <= Duration::from_millis(100));
            assert!(policy.delay(2, None) <= Duration::from_millis(200));
            assert!(policy.delay(6, None) <= Duration::from_millis(300));
        }
        let spread: std::collections::BTreeSet<_> =
            (0..50).map(|_| policy.delay(3, None)).collect();
        assert!(spread.len() > 1, "full jitter varies the wait");
        assert_eq!(
            policy.delay(1, Some(Duration::from_secs(2))),
            Duration::from_millis(300)
        );
        assert_eq!(
            policy.delay(1, Some(Duration::from_millis(50))),
            Duration::from_millis(50)
        );
    }
}
