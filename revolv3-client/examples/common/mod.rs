//! Shared by the examples: a client for the real sandbox when `REVOLV3_TOKEN` is set, otherwise
//! for a local mock server that answers like Revolv3, so every example runs offline.

use httpmock::MockServer;
use revolv3_client::Client;

/// Where an example sends its requests.
pub enum Target {
    /// Revolv3 itself (`REVOLV3_TOKEN`, and `REVOLV3_BASE_URL` to override the sandbox URL).
    Real(Client),
    /// A local mock; the caller registers the answers it needs on `server`.
    Local(Client, MockServer),
}

pub async fn target() -> Target {
    match std::env::var("REVOLV3_TOKEN") {
        Ok(token) => {
            let mut builder = Client::builder(token);
            if let Ok(url) = std::env::var("REVOLV3_BASE_URL") {
                builder = builder.base_url(url);
            }
            Target::Real(
                builder
                    .build()
                    .expect("REVOLV3_TOKEN and REVOLV3_BASE_URL are usable"),
            )
        }
        Err(_) => {
            let server = MockServer::start_async().await;
            let client = Client::builder("local-example-token")
                .base_url(server.base_url())
                .build()
                .expect("a local client");
            println!(
                "REVOLV3_TOKEN is not set: using a local mock at {}",
                server.base_url()
            );
            Target::Local(client, server)
        }
    }
}
