//! Request overhead: the generated client against a hand-written `reqwest` + `serde` call doing
//! the same HTTP exchange with the same `reqwest::Client`, against a loopback server that answers
//! canned bytes. Run through `cargo xtask bench`, which prints the ratios.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use revolv3_client::{types, Client, RetryPolicy};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const TOKEN: &str = "bench-token";

/// A keep-alive HTTP/1.1 server that answers every request with `body`, on its own thread and
/// runtime so it does not share a scheduler with the clients being measured.
fn canned_server(status: &'static str, body: Vec<u8>) -> String {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let url = serve_canned(status, body).await;
            sender.send(url).unwrap();
            std::future::pending::<()>().await;
        });
    });
    receiver.recv().unwrap()
}

async fn serve_canned(status: &'static str, body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let mut response = format!(
        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(&body);
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else {
                return;
            };
            let response = response.clone();
            tokio::spawn(async move {
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
            });
        }
    });
    url
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn invoices(count: usize) -> Vec<u8> {
    let invoice: serde_json::Value =
        serde_json::from_slice(&fixture("responses/get_invoice.json")).unwrap();
    serde_json::to_vec(&vec![invoice; count]).unwrap()
}

/// The same `reqwest::Client` settings the generated client gets from its builder.
fn http() -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(revolv3_client::USER_AGENT)
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

fn bench(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let customer_url = canned_server("200 OK", fixture("responses/get_customer.json"));
    let invoices_url = canned_server("200 OK", invoices(100));
    let created_url = canned_server("201 Created", fixture("responses/create_customer.json"));
    let generated = |url: &str| {
        Client::builder(TOKEN)
            .base_url(url)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap()
    };
    let create_body: types::CreateCustomerRequestDto =
        serde_json::from_slice(&fixture("requests/create_customer.json")).unwrap();

    let mut group = c.benchmark_group("get_customer");
    let (client, raw) = (generated(&customer_url), http());
    group.bench_function("generated", |b| {
        b.to_async(&runtime).iter(|| async {
            client
                .get_customer()
                .customer_id(42u64)
                .send()
                .await
                .unwrap()
        })
    });
    group.bench_function("handwritten", |b| {
        b.to_async(&runtime).iter(|| async {
            let response = raw
                .get(format!("{customer_url}/api/Customers/42"))
                .header("x-revolv3-token", TOKEN)
                .header("accept", "application/json")
                .send()
                .await
                .unwrap();
            let bytes = response.bytes().await.unwrap();
            serde_json::from_slice::<types::CustomerDto>(&bytes).unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("list_100_invoices");
    let (client, raw) = (generated(&invoices_url), http());
    group.bench_function("generated", |b| {
        b.to_async(&runtime)
            .iter(|| async { client.get_invoices().send().await.unwrap() })
    });
    group.bench_function("handwritten", |b| {
        b.to_async(&runtime).iter(|| async {
            let response = raw
                .get(format!("{invoices_url}/api/Invoices"))
                .header("x-revolv3-token", TOKEN)
                .header("accept", "application/json")
                .send()
                .await
                .unwrap();
            let bytes = response.bytes().await.unwrap();
            serde_json::from_slice::<Vec<types::InvoiceSummary>>(&bytes).unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("create_customer");
    let (client, raw) = (generated(&created_url), http());
    group.bench_function("generated", |b| {
        b.to_async(&runtime).iter(|| async {
            client
                .create_customer()
                .body(create_body.clone())
                .send()
                .await
                .unwrap()
        })
    });
    group.bench_function("handwritten", |b| {
        b.to_async(&runtime).iter(|| async {
            let response = raw
                .post(format!("{created_url}/api/Customers"))
                .header("x-revolv3-token", TOKEN)
                .header("accept", "application/json")
                .json(&create_body)
                .send()
                .await
                .unwrap();
            let bytes = response.bytes().await.unwrap();
            serde_json::from_slice::<types::CustomerDto>(&bytes).unwrap()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(80).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
