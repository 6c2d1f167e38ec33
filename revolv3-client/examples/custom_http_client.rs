//! Bring your own HTTP client: requests go through a corporate proxy that wants credentials,
//! and every request carries a tenant header. The `reqwest::Client` is yours (proxy, TLS, pool,
//! timeouts); the Revolv3 client adds its token, retries, drift report and spans on top.
//!
//! ```sh
//! cargo run -p revolv3-client --example custom_http_client
//! ```
//!
//! Offline, a local mock server plays the proxy and answers for Revolv3. In production the
//! proxy would be `https://proxy.corp.example:3128` and the base URL Revolv3's (HTTPS through
//! the proxy is tunnelled with CONNECT, which reqwest does for you).

use httpmock::MockServer;
use revolv3_client::reqwest;
use revolv3_client::{Client, USER_AGENT};

/// Where the client believes Revolv3 is; only the proxy is ever dialled.
const API: &str = "http://api.revolv3.test";

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let proxy = MockServer::start_async().await;
    let answered = proxy
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header("host", "api.revolv3.test")
                // reqwest sends the proxy's credentials; the token and tenant ride along.
                .header_exists("proxy-authorization")
                .header_exists("x-revolv3-token")
                .header("x-tenant", "acme-eu");
            then.status(200)
                .json_body(serde_json::json!({ "customerId": 42, "firstName": "Ada" }));
        })
        .await;

    let http = reqwest::Client::builder()
        .proxy(reqwest::Proxy::all(proxy.base_url())?.basic_auth("billing-svc", "proxy-secret"))
        .user_agent(format!("acme-billing/3.1 {USER_AGENT}"))
        .pool_max_idle_per_host(16)
        .build()?;
    let client = Client::builder("local-example-token")
        .base_url(API)
        .http_client(http)
        .default_header("x-tenant", "acme-eu")
        .build()?;

    let customer = client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await?
        .into_inner();
    println!(
        "customer {:?} ({:?}) fetched through the proxy",
        customer.customer_id, customer.first_name
    );
    println!("proxy saw {} request(s)", answered.calls_async().await);
    Ok(())
}
