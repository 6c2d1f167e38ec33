//! List every invoice with the stream helper: pages are fetched lazily, 50 at a time.
//!
//! ```sh
//! cargo run -p revolv3-client --example list_invoices          # local mock
//! REVOLV3_TOKEN=… cargo run -p revolv3-client --example list_invoices  # the sandbox
//! ```

mod common;

use futures_util::TryStreamExt;
use serde_json::{json, Value};

const PAGE_SIZE: u32 = 50;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = match common::target().await {
        common::Target::Real(client) => client,
        common::Target::Local(client, server) => {
            // 120 invoices: two full pages and a short one.
            for (page, first, count) in [(1, 1, 50), (2, 51, 50), (3, 101, 20)] {
                server
                    .mock_async(move |when, then| {
                        when.method("GET")
                            .path("/api/Invoices/v1")
                            .query_param("page", page.to_string())
                            .query_param("pageSize", PAGE_SIZE.to_string());
                        then.status(200).json_body(invoices(first, count));
                    })
                    .await;
            }
            Box::leak(Box::new(server));
            client
        }
    };

    let mut invoices = std::pin::pin!(client.get_invoices_v1().version("1").stream(PAGE_SIZE));
    let mut total = 0.0;
    let mut count = 0;
    while let Some(invoice) = invoices.try_next().await? {
        count += 1;
        total += invoice.total.unwrap_or_default();
    }
    println!("{count} invoices, {total:.2} in total");
    Ok(())
}

fn invoices(first: i64, count: i64) -> Value {
    (first..first + count)
        .map(|id| json!({ "invoiceId": id, "invoiceStatus": "Paid", "total": 10.0 }))
        .collect()
}
