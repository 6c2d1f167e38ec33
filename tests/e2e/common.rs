//! Shared set-up: a mock Revolv3, a client pointed at it, fixtures, and request expectations.

use httpmock::{Mock, MockServer};
use revolv3_client::Client;
use revolv3_oas::{OperationKey, PathTemplate};
pub use revolv3_tests::{TOKEN, fast_retries, fixture};

/// A request fixture decoded as the operation's body type.
pub fn request<T: serde::de::DeserializeOwned>(operation: &str) -> T {
    serde_json::from_value(fixture(&format!("requests/{operation}.json")))
        .unwrap_or_else(|e| panic!("requests/{operation}.json does not fit its type: {e}"))
}

/// A started mock server and a client pointed at it.
pub async fn setup() -> (MockServer, Client) {
    let server = MockServer::start_async().await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .build()
        .expect("client builds");
    (server, client)
}

/// What one operation call must look like on the wire, and how the mock answers.
#[derive(Default)]
pub struct Exchange<'a> {
    /// Values for the path template's variables.
    pub path: &'a [(&'a str, &'a str)],
    /// Query parameters that must be present.
    pub query: &'a [(&'a str, &'a str)],
    /// Fixture name under `requests/` that the JSON body must equal.
    pub body: Option<&'a str>,
    /// Status to answer with (200 unless set).
    pub status: Option<u16>,
    /// Fixture name under `responses/` to answer with; no body when `None`.
    pub response: Option<&'a str>,
}

/// Fills a `METHOD /path/{var}` template: the method and the concrete path.
pub fn route(key: &str, path: &[(&str, &str)]) -> (String, String) {
    let key = OperationKey::parse(key).expect("`METHOD /path`");
    let template = PathTemplate::parse(&key.path).expect("a path template");
    let concrete = template
        .fill(|name| path.iter().find(|(n, _)| *n == name).map(|(_, v)| *v))
        .unwrap_or_else(|missing| panic!("unfilled path variable `{missing}` in {}", key.path));
    (key.method, concrete)
}

/// Registers a mock that matches only the exact request `key` + `exchange` describe, carrying
/// the token and no `api-version` header.
pub async fn expect<'s>(server: &'s MockServer, key: &str, exchange: Exchange<'_>) -> Mock<'s> {
    let (method, path) = route(key, exchange.path);
    let query: Vec<(String, String)> = exchange
        .query
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let body = exchange
        .body
        .map(|name| fixture(&format!("requests/{name}.json")));
    let response = exchange
        .response
        .map(|name| fixture(&format!("responses/{name}.json")));
    let status = exchange.status.unwrap_or(200);
    server
        .mock_async(move |when, then| {
            let mut when = when
                .method(method.as_str())
                .path(path)
                .header("x-revolv3-token", TOKEN)
                .header_missing("api-version");
            for (k, v) in query {
                when = when.query_param(k, v);
            }
            if let Some(body) = body {
                when.header("content-type", "application/json")
                    .json_body(body);
            }
            let then = then.status(status);
            if let Some(response) = response {
                then.header("content-type", "application/json")
                    .json_body(response);
            }
        })
        .await
}

/// Asserts a decoded success body re-encodes to exactly the response fixture: every field
/// was understood and nothing was lost.
pub fn assert_round_trips<T: serde::Serialize>(decoded: &T, response: &str) {
    let encoded = serde_json::to_value(decoded).expect("typed values serialize");
    assert_eq!(
        encoded,
        fixture(&format!("responses/{response}.json")),
        "{response}"
    );
}
