//! Network faults from a small loopback server that misbehaves on purpose. Each must surface as
//! a typed `revolv3_client::Error` within the configured timeout; nothing panics or hangs, and a
//! POST is never sent twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use revolv3_client::{Client, Error, types};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::common::{TOKEN, fast_retries, request};

/// How the server misbehaves.
#[derive(Clone, Copy)]
enum Fault {
    /// Promises a body, sends half of it, then resets the connection.
    ResetMidBody,
    /// Sends nothing until long after the client's timeout.
    SlowHeaders,
    /// A 200 whose JSON stops half-way.
    TruncatedJson,
    /// A 200 whose body is not JSON at all.
    InvalidJson,
    /// An HTML error page with status 500.
    Html500,
    /// 429 with `Retry-After: 0`.
    TooManyRequests,
    /// A 200 with an 8 MiB body that does not fit the response type.
    HugeBody,
}

struct FaultServer {
    base_url: String,
    requests: Arc<AtomicUsize>,
}

impl FaultServer {
    async fn start(fault: Fault) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = requests.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let counter = counter.clone();
                tokio::spawn(async move { serve(stream, fault, &counter).await });
            }
        });
        Self { base_url, requests }
    }

    fn client(&self, timeout: Duration) -> Client {
        Client::builder(TOKEN)
            .base_url(&self.base_url)
            .timeout(timeout)
            .retry_policy(fast_retries())
            .build()
            .unwrap()
    }

    fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }
}

/// Reads one request (headers and `Content-Length` body), then misbehaves.
async fn serve(mut stream: TcpStream, fault: Fault, counter: &AtomicUsize) {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let header_end = loop {
        let Ok(n) = stream.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            return;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..header_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buffer.len() < header_end + length {
        let Ok(n) = stream.read(&mut chunk).await else {
            return;
        };
        if n == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    counter.fetch_add(1, Ordering::SeqCst);
    let respond = |status: &str, content_type: &str, body: &[u8]| {
        let mut out = format!(
            "HTTP/1.1 {status}\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        out.extend_from_slice(body);
        out
    };
    let reply = match fault {
        Fault::ResetMidBody => {
            let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{\"customerId\": 4";
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.flush().await;
            let _ = stream.set_zero_linger();
            return;
        }
        Fault::SlowHeaders => {
            tokio::time::sleep(Duration::from_secs(5)).await;
            respond("200 OK", "application/json", b"{}")
        }
        Fault::TruncatedJson => respond("200 OK", "application/json", b"{\"customerId\": 42, \"firstName\": \"Ad"),
        Fault::InvalidJson => respond("200 OK", "application/json", b"customer 42 is fine"),
        Fault::Html500 => respond("500 Internal Server Error", "text/html", b"<html><body>oops</body></html>"),
        Fault::TooManyRequests => {
            b"HTTP/1.1 429 Too Many Requests\r\nretry-after: 0\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec()
        }
        Fault::HugeBody => {
            let mut body = b"[".to_vec();
            body.extend(std::iter::repeat_n(b'1', 8 * 1024 * 1024));
            body.push(b']');
            respond("200 OK", "application/json", &body)
        }
    };
    let _ = stream.write_all(&reply).await;
    let _ = stream.shutdown().await;
}

const TIMEOUT: Duration = Duration::from_secs(1);

/// Runs a GET of one customer against `fault`, checking the time it took.
async fn get_customer(fault: Fault) -> (Error<types::StatusMessageResponse>, FaultServer) {
    let server = FaultServer::start(fault).await;
    let client = server.client(TIMEOUT);
    let started = Instant::now();
    let error = client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap_err();
    // Up to three attempts for a retryable fault, each bounded by the timeout.
    assert!(
        started.elapsed() < TIMEOUT * 3 + Duration::from_secs(1),
        "took {:?}",
        started.elapsed()
    );
    (error, server)
}

#[tokio::test]
async fn a_reset_mid_body_is_a_body_error() {
    let (error, _) = get_customer(Fault::ResetMidBody).await;
    assert!(
        matches!(
            error,
            Error::ResponseBodyError(_) | Error::CommunicationError(_)
        ),
        "{error:?}"
    );
}

#[tokio::test]
async fn headers_slower_than_the_timeout_time_out() {
    let (error, _) = get_customer(Fault::SlowHeaders).await;
    assert!(
        matches!(error, Error::CommunicationError(ref e) if e.is_timeout()),
        "{error:?}"
    );
}

#[tokio::test]
async fn truncated_json_is_an_invalid_payload() {
    let (error, server) = get_customer(Fault::TruncatedJson).await;
    assert!(
        matches!(error, Error::InvalidResponsePayload(..)),
        "{error:?}"
    );
    assert_eq!(server.requests(), 1, "a decoding failure is not retried");
}

#[tokio::test]
async fn invalid_json_with_200_is_an_invalid_payload() {
    let (error, _) = get_customer(Fault::InvalidJson).await;
    assert!(
        matches!(error, Error::InvalidResponsePayload(..)),
        "{error:?}"
    );
}

#[tokio::test]
async fn an_html_500_is_an_unexpected_response() {
    let (error, server) = get_customer(Fault::Html500).await;
    match error {
        Error::UnexpectedResponse(response) => {
            assert_eq!(response.status().as_u16(), 500);
            assert!(response.text().await.unwrap().contains("oops"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(server.requests(), 1, "500 is not retried");
}

#[tokio::test]
async fn a_huge_body_that_does_not_fit_is_an_invalid_payload() {
    let (error, _) = get_customer(Fault::HugeBody).await;
    assert!(
        matches!(error, Error::InvalidResponsePayload(..)),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_post_meets_each_fault_with_exactly_one_request() {
    for fault in [
        Fault::ResetMidBody,
        Fault::SlowHeaders,
        Fault::TruncatedJson,
        Fault::Html500,
        Fault::TooManyRequests,
    ] {
        let server = FaultServer::start(fault).await;
        let body: types::SaleRequest = request("sale_with_payment_method_details");
        let started = Instant::now();
        let result = server
            .client(TIMEOUT)
            .sale_with_payment_method_details()
            .body(body)
            .send()
            .await;
        assert!(result.is_err());
        assert!(
            started.elapsed() < TIMEOUT + Duration::from_secs(1),
            "took {:?}",
            started.elapsed()
        );
        assert_eq!(server.requests(), 1, "a POST was sent more than once");
    }
}

#[tokio::test]
async fn a_get_retries_a_429_then_gives_up() {
    let server = FaultServer::start(Fault::TooManyRequests).await;
    let error = server
        .client(TIMEOUT)
        .get_customer()
        .customer_id(1u64)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    assert_eq!(server.requests(), 3);
}
