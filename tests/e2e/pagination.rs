//! Paged list operations as one lazy stream.

use futures_util::StreamExt;
use httpmock::MockServer;
use revolv3_client::{Client, Error, RetryPolicy};
use serde_json::Value;

use crate::common::{TOKEN, fixture};

/// `count` invoices with ids starting at `first`.
fn invoices(first: i64, count: i64) -> Value {
    let template = fixture("responses/get_invoice.json");
    (first..first + count)
        .map(|id| {
            let mut invoice = template.clone();
            invoice["invoiceId"] = id.into();
            invoice
        })
        .collect()
}

async fn serve_page<'s>(
    server: &'s MockServer,
    path: &str,
    page: &str,
    size: &str,
    body: Value,
) -> httpmock::Mock<'s> {
    let (path, page, size) = (path.to_owned(), page.to_owned(), size.to_owned());
    server
        .mock_async(move |when, then| {
            when.method("GET")
                .path(path)
                .query_param("page", page)
                .query_param("pageSize", size);
            then.status(200).json_body(body);
        })
        .await
}

fn client(server: &MockServer) -> Client {
    Client::builder(TOKEN)
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap()
}

fn ids(items: &[revolv3_client::types::Invoice]) -> Vec<i64> {
    items.iter().filter_map(|i| i.invoice_id).collect()
}

#[tokio::test]
async fn walks_pages_until_a_short_one() {
    let server = MockServer::start_async().await;
    let path = "/api/Invoices/v1";
    let pages = [
        serve_page(&server, path, "1", "2", invoices(1, 2)).await,
        serve_page(&server, path, "2", "2", invoices(3, 2)).await,
        serve_page(&server, path, "3", "2", invoices(5, 1)).await,
    ];
    let all = client(&server)
        .get_invoices_v1()
        .version("1")
        .merchant_customer_ref_id("ref-9")
        .collect_all(2)
        .await
        .unwrap();
    assert_eq!(ids(&all), [1, 2, 3, 4, 5]);
    for page in &pages {
        assert_eq!(page.calls_async().await, 1);
    }
}

#[tokio::test]
async fn an_empty_page_ends_the_walk() {
    let server = MockServer::start_async().await;
    let path = "/api/Customers/42/invoices";
    serve_page(&server, path, "1", "2", invoices(1, 2)).await;
    let empty = serve_page(&server, path, "2", "2", Value::Array(vec![])).await;
    let all = client(&server)
        .search_invoices_for_customer()
        .customer_id(42u64)
        .collect_all(2)
        .await
        .unwrap();
    assert_eq!(ids(&all), [1, 2]);
    assert_eq!(empty.calls_async().await, 1);
}

#[tokio::test]
async fn pages_are_fetched_lazily() {
    let server = MockServer::start_async().await;
    let path = "/api/Invoices/v1";
    let first = serve_page(&server, path, "1", "2", invoices(1, 2)).await;
    let second = serve_page(&server, path, "2", "2", invoices(3, 2)).await;
    let client = client(&server);
    let taken: Vec<_> = client
        .get_invoices_v1()
        .version("1")
        .stream(2)
        .take(2)
        .collect()
        .await;
    assert_eq!(taken.len(), 2);
    assert_eq!(
        (first.calls_async().await, second.calls_async().await),
        (1, 0)
    );
}

#[tokio::test]
async fn a_server_that_repeats_a_page_stops_the_walk_with_an_error() {
    let server = MockServer::start_async().await;
    let same = invoices(1, 2);
    let ignoring_page = server
        .mock_async(move |when, then| {
            when.method("GET").path("/api/Invoices/v1");
            then.status(200).json_body(same);
        })
        .await;
    let client = client(&server);
    let results: Vec<_> = client
        .get_invoices_v1()
        .version("1")
        .stream(2)
        .collect()
        .await;
    assert_eq!(results.len(), 3, "two items, then the error");
    assert!(results[..2].iter().all(Result::is_ok));
    assert!(
        matches!(&results[2], Err(Error::Custom(m)) if m.contains("page 2 repeats")),
        "{:?}",
        results[2]
    );
    assert_eq!(ignoring_page.calls_async().await, 2);
}

#[tokio::test]
async fn page_size_is_clamped_to_the_api_maximum() {
    let server = MockServer::start_async().await;
    let page = serve_page(&server, "/api/Invoices/v1", "1", "100", invoices(1, 3)).await;
    let all = client(&server)
        .get_invoices_v1()
        .version("1")
        .collect_all(500)
        .await
        .unwrap();
    assert_eq!(all.len(), 3);
    assert_eq!(page.calls_async().await, 1);
}

#[tokio::test]
async fn an_error_page_ends_the_stream_with_that_error() {
    let server = MockServer::start_async().await;
    serve_page(&server, "/api/Invoices/v1", "1", "2", invoices(1, 2)).await;
    server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Invoices/v1")
                .query_param("page", "2");
            then.status(401)
                .json_body(fixture("responses/error_unauthorized.json"));
        })
        .await;
    let error = client(&server)
        .get_invoices_v1()
        .version("1")
        .collect_all(2)
        .await
        .unwrap_err();
    assert!(
        matches!(error, Error::ErrorResponse(ref r) if r.status().as_u16() == 401),
        "{error:?}"
    );
}
