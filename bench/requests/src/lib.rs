//! The request-overhead benchmarks' shared parts: a canned loopback server, the three measured
//! exchanges, and both ways of making them (the generated client, and hand-written `reqwest` +
//! `serde`). `benches/request_overhead.rs` times them with criterion; the `request_driver`
//! binary interleaves them for a time ratio and repeats them for instruction counts.

use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, HeaderValue};
use revolv3_client::{Client, TOKEN_HEADER, types};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const TOKEN: &str = "bench-token";
const CUSTOMER_ID: u64 = 42;

/// The three measured exchanges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// A small GET: one customer.
    GetCustomer,
    /// A large response: 100 invoices.
    ListInvoices,
    /// A POST with a nested body.
    CreateCustomer,
}

impl Case {
    pub const ALL: [Case; 3] = [Case::GetCustomer, Case::ListInvoices, Case::CreateCustomer];

    /// The name criterion groups, `request_driver` and `cargo xtask bench` use.
    pub fn name(self) -> &'static str {
        match self {
            Case::GetCustomer => "get_customer",
            Case::ListInvoices => "list_100_invoices",
            Case::CreateCustomer => "create_customer",
        }
    }

    pub fn named(name: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.name() == name)
    }

    /// The status line and body the canned server answers with.
    pub fn response(self) -> (&'static str, Vec<u8>) {
        match self {
            Case::GetCustomer => ("200 OK", fixture("responses/get_customer.json")),
            Case::ListInvoices => ("200 OK", invoices(100)),
            Case::CreateCustomer => ("201 Created", fixture("responses/create_customer.json")),
        }
    }
}

/// Both clients for one server, set up the same way.
pub struct Exchange {
    base_url: String,
    generated: Client,
    handwritten: reqwest::Client,
    /// The hand-written side's token, parsed once as a careful caller would.
    token: HeaderValue,
    create_body: types::CreateCustomerRequestDto,
}

impl Exchange {
    /// The generated client with the builder's defaults (including its retry policy), and a
    /// `reqwest::Client` with the same settings. Fails on a base URL the builder refuses.
    pub fn new(base_url: &str) -> Result<Self, String> {
        let handwritten = reqwest::Client::builder()
            .user_agent(revolv3_client::USER_AGENT)
            .connect_timeout(revolv3_client::DEFAULT_CONNECT_TIMEOUT)
            .timeout(revolv3_client::DEFAULT_TIMEOUT)
            .build()
            .map_err(|e| e.to_string())?;
        let generated = Client::builder(TOKEN)
            .base_url(base_url)
            .build()
            .map_err(|e| format!("{base_url}: {e}"))?;
        Ok(Self {
            base_url: base_url.to_owned(),
            generated,
            handwritten,
            token: HeaderValue::from_static(TOKEN),
            create_body: serde_json::from_slice(&fixture("requests/create_customer.json"))
                .expect("create_customer fixture"),
        })
    }

    /// One exchange through the generated client.
    pub async fn generated(&self, case: Case) {
        let client = &self.generated;
        match case {
            Case::GetCustomer => {
                client
                    .get_customer()
                    .customer_id(CUSTOMER_ID)
                    .send()
                    .await
                    .expect("get_customer");
            }
            Case::ListInvoices => {
                client.get_invoices().send().await.expect("get_invoices");
            }
            Case::CreateCustomer => {
                client
                    .create_customer()
                    .body(self.create_body.clone())
                    .send()
                    .await
                    .expect("create_customer");
            }
        }
    }

    /// The same exchange written by hand: what a careful user would write without the SDK.
    pub async fn handwritten(&self, case: Case) {
        let (base, http) = (&self.base_url, &self.handwritten);
        let request = match case {
            Case::GetCustomer => http.get(format!("{base}/api/Customers/{CUSTOMER_ID}")),
            Case::ListInvoices => http.get(format!("{base}/api/Invoices")),
            // Both sides start from an owned body, as a caller building one per request does.
            Case::CreateCustomer => http
                .post(format!("{base}/api/Customers"))
                .json(&self.create_body.clone()),
        };
        let response = request
            .header(TOKEN_HEADER, self.token.clone())
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .send()
            .await
            .expect("hand-written request");
        let bytes = response.bytes().await.expect("hand-written body");
        match case {
            Case::GetCustomer | Case::CreateCustomer => {
                serde_json::from_slice::<types::CustomerDto>(&bytes).expect("customer");
            }
            Case::ListInvoices => {
                serde_json::from_slice::<Vec<types::InvoiceSummary>>(&bytes).expect("invoices");
            }
        }
    }
}

/// Pairs of exchanges in one round of [`interleaved_ratios`].
const PAIRS_PER_ROUND: usize = 20;

/// Time ratios, generated over hand-written, one per round, sorted.
///
/// Criterion times one variant for seconds and then the other, so anything that drifts on a
/// shared machine lands on one side only. Here every round alternates the two, request by
/// request and in both orders, and compares the totals, so drift cancels within the round.
pub fn interleaved_ratios(case: Case, rounds: usize) -> Vec<f64> {
    let exchange = Exchange::new(&spawn_server(case)).expect("loopback client");
    let mut ratios: Vec<f64> = client_runtime().block_on(async {
        let mut ratios = Vec::with_capacity(rounds);
        for round in 0..rounds {
            let (mut generated, mut handwritten) = (Duration::ZERO, Duration::ZERO);
            for pair in 0..PAIRS_PER_ROUND {
                let generated_first = (round + pair) % 2 == 0;
                for run_generated in [generated_first, !generated_first] {
                    let started = Instant::now();
                    if run_generated {
                        exchange.generated(case).await;
                        generated += started.elapsed();
                    } else {
                        exchange.handwritten(case).await;
                        handwritten += started.elapsed();
                    }
                }
            }
            ratios.push(generated.as_secs_f64() / handwritten.as_secs_f64());
        }
        ratios
    });
    ratios.sort_by(f64::total_cmp);
    ratios
}

/// Starts a canned server for `case` on its own thread and runtime, so it does not share a
/// scheduler with the client being measured, and returns its base URL.
pub fn spawn_server(case: Case) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("server runtime");
        runtime.block_on(async move {
            let (status, body) = case.response();
            let url = serve_canned(status, body).await;
            sender.send(url).expect("bench main thread");
            std::future::pending::<()>().await;
        });
    });
    receiver.recv().expect("server thread")
}

/// A keep-alive HTTP/1.1 server that answers every request with the same bytes.
async fn serve_canned(status: &'static str, body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let mut response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(answer_each_request(stream, response.clone()));
        }
    });
    url
}

async fn answer_each_request(mut stream: tokio::net::TcpStream, response: Vec<u8>) {
    let mut buffer = Vec::with_capacity(8192);
    let mut chunk = [0u8; 8192];
    loop {
        // One request: headers, then Content-Length bytes of body.
        let head_end = loop {
            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                break end + 4;
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0);
        while buffer.len() < head_end + length {
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        }
        buffer.drain(..head_end + length);
        if stream.write_all(&response).await.is_err() {
            return;
        }
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn invoices(count: usize) -> Vec<u8> {
    let invoice: serde_json::Value =
        serde_json::from_slice(&fixture("responses/get_invoice.json")).expect("invoice fixture");
    serde_json::to_vec(&vec![invoice; count]).expect("invoice list")
}

/// A runtime like a typical service's request path: the benchmark drives the future on this
/// thread, and reqwest's connection task runs on the same thread.
pub fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime")
}
