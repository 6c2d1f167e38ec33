//! The hand-written client layer: builder, headers, secrecy, forward compatibility.

use revolv3_client::{BuildError, Client, Environment, USER_AGENT};

use crate::common::{TOKEN, assert_round_trips, fixture, setup};

#[tokio::test]
async fn every_request_carries_the_token_and_user_agent_but_no_api_version() {
    let (server, client) = setup().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/api/Customers/42")
                .header("x-revolv3-token", TOKEN)
                .header("user-agent", USER_AGENT)
                .header("accept", "application/json")
                .header_missing("api-version");
            then.status(200)
                .json_body(fixture("responses/get_customer.json"));
        })
        .await;
    client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .expect("matched");
    mock.assert_async().await;
}

#[tokio::test]
async fn the_token_never_shows_in_debug_output_or_errors() {
    let secret = "sk_live_do-not-print-me";
    let builder = Client::builder(secret).base_url("http://127.0.0.1:9");
    assert!(!format!("{builder:?}").contains(secret));
    let client = builder.build().expect("builds");
    let debug = format!("{client:?} {:#?}", client);
    assert!(!debug.contains(secret), "{debug}");
    assert!(debug.contains("redacted"), "{debug}");

    // A request that fails to connect: its error must not carry the token either.
    let error = client
        .get_customer()
        .customer_id(1u64)
        .send()
        .await
        .unwrap_err();
    assert!(!format!("{error:?} {error}").contains(secret));

    let error = Client::builder("bad\ntoken").build().unwrap_err();
    assert!(matches!(error, BuildError::InvalidToken));
    assert!(!error.to_string().contains("bad"));
}

#[test]
fn sandbox_is_the_default_and_production_must_be_chosen() {
    assert_eq!(Environment::default(), Environment::Sandbox);
    let sandbox = Client::builder("t").build().unwrap();
    assert_eq!(
        revolv3_client::ClientInfo::baseurl(&sandbox),
        "https://api-sandbox.revolv3.com"
    );
    let production = Client::builder("t")
        .environment(Environment::Production)
        .build()
        .unwrap();
    assert_eq!(
        revolv3_client::ClientInfo::baseurl(&production),
        "https://api.revolv3.com"
    );
    let custom = Client::builder("t")
        .environment(Environment::Production)
        .base_url("http://localhost:8080/")
        .build()
        .unwrap();
    assert_eq!(
        revolv3_client::ClientInfo::baseurl(&custom),
        "http://localhost:8080"
    );
}

#[test]
fn bad_builder_input_is_a_clear_error() {
    assert!(matches!(
        Client::builder("  ").build(),
        Err(BuildError::InvalidToken)
    ));
    let error = Client::builder("t")
        .base_url("not a url")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("not a url"), "{error}");
    let error = Client::builder("t")
        .base_url("ftp://example.com")
        .build()
        .unwrap_err();
    assert!(error.to_string().contains("ftp"), "{error}");
}

#[tokio::test]
async fn unknown_response_fields_are_ignored() {
    let (server, client) = setup().await;
    server
        .mock_async(|when, then| {
            when.path("/api/Customers/42");
            then.status(200)
                .json_body(fixture("responses/get_customer_with_unknown_fields.json"));
        })
        .await;
    let customer = client
        .get_customer()
        .customer_id(42u64)
        .send()
        .await
        .expect("decodes")
        .into_inner();
    assert_eq!(customer.customer_id, Some(42));
    assert_eq!(customer.first_name.as_deref(), Some("Ada"));
    let address = &customer.billing_addresses.as_ref().expect("addresses")[0];
    assert_eq!(address.city.as_deref(), Some("London"));
}

#[tokio::test]
async fn no_content_from_get_subscriptions_is_an_empty_list() {
    let (server, client) = setup().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Subscriptions");
            then.status(204);
        })
        .await;
    let response = client
        .get_subscriptions()
        .send()
        .await
        .expect("204 is a success");
    assert_eq!(response.status().as_u16(), 204);
    assert!(response.into_inner().is_empty());
    mock.assert_async().await;
}

#[tokio::test]
async fn a_200_from_get_subscriptions_still_decodes_its_list() {
    let (server, client) = setup().await;
    server
        .mock_async(|when, then| {
            when.method("GET").path("/api/Subscriptions");
            then.status(200)
                .json_body(fixture("responses/get_subscriptions.json"));
        })
        .await;
    let response = client.get_subscriptions().send().await.expect("200");
    assert_round_trips(&*response, "get_subscriptions");
}

#[tokio::test]
async fn generated_mock_helpers_drive_the_client() {
    use revolv3_client::mock::MockServerExt;

    let (server, client) = setup().await;
    let customer: revolv3_client::types::CustomerDto =
        serde_json::from_value(fixture("responses/get_customer.json")).unwrap();
    let mock = server.get_customer(|when, then| {
        when.customer_id(&revolv3_client::Bounded::try_from(42u32).unwrap());
        then.ok(&customer);
    });
    let got = client
        .get_customer()
        .customer_id(42u32)
        .send()
        .await
        .expect("mocked");
    assert_eq!(got.into_inner(), customer);
    mock.assert();

    let mock = server.delete_customer(|when, then| {
        when.customer_id(&revolv3_client::Bounded::try_from(9u32).unwrap());
        // Generated types are `#[non_exhaustive]`: built with their builder, not a literal.
        let gone: revolv3_client::types::StatusMessageResponse =
            revolv3_client::types::StatusMessageResponse::builder()
                .message(Some("gone".to_owned()))
                .try_into()
                .unwrap();
        then.not_found(&gone);
    });
    let error = client
        .delete_customer()
        .customer_id(9u32)
        .send()
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(404));
    mock.assert();
}
