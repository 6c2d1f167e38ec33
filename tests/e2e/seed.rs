//! `DELETE /api/Customers/{customerId}`, the seed operation, exactly as specified.

use revolv3_client::Error;

use crate::common::{Exchange, expect, setup};

const KEY: &str = "DELETE /api/Customers/{customerId}";

#[tokio::test]
async fn ok_on_200() {
    let (server, client) = setup().await;
    let mock = expect(
        &server,
        KEY,
        Exchange {
            path: &[("customerId", "42")],
            ..Default::default()
        },
    )
    .await;
    let response = client
        .delete_customer()
        .customer_id(42u64)
        .send()
        .await
        .expect("200 is Ok");
    assert_eq!(response.status().as_u16(), 200);
    mock.assert_async().await;
}

#[tokio::test]
async fn not_found_is_a_typed_error_response_even_with_extra_fields() {
    let (server, client) = setup().await;
    let mock = expect(
        &server,
        KEY,
        Exchange {
            path: &[("customerId", "42")],
            status: Some(404),
            response: Some("error_not_found"),
            ..Default::default()
        },
    )
    .await;
    let error = client
        .delete_customer()
        .customer_id(42u64)
        .send()
        .await
        .unwrap_err();
    let Error::ErrorResponse(body) = error else {
        panic!("expected a typed error response, got {error:?}");
    };
    assert_eq!(body.status().as_u16(), 404);
    assert_eq!(
        body.message.as_deref(),
        Some("Unable to find an entity with the provided data.")
    );
    assert_eq!(
        body.errors.as_deref(),
        Some(&["customerId 42 is not active".to_owned()][..])
    );
    let failure = &body
        .fluent_validator_errors
        .as_ref()
        .expect("validator errors")[0];
    assert_eq!(failure.property_name.as_deref(), Some("customerId"));
    assert_eq!(failure.error_code.as_deref(), Some("NotFound"));
    assert_eq!(
        failure
            .severity
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("Error")
    );
    mock.assert_async().await;
}

#[tokio::test]
async fn unauthorized_is_a_typed_error_response() {
    let (server, client) = setup().await;
    let mock = expect(
        &server,
        KEY,
        Exchange {
            path: &[("customerId", "7")],
            status: Some(401),
            response: Some("error_unauthorized"),
            ..Default::default()
        },
    )
    .await;
    match client.delete_customer().customer_id(7u64).send().await {
        Err(Error::ErrorResponse(body)) => {
            assert_eq!(body.status().as_u16(), 401);
            assert_eq!(
                body.message.as_deref(),
                Some("Attempted to perform an unauthorized operation.")
            );
            assert!(body.errors.is_none());
        }
        other => panic!("expected a typed 401, got {other:?}"),
    }
    mock.assert_async().await;
}

#[tokio::test]
async fn customer_id_outside_1_to_1000000000_fails_before_any_request() {
    let (server, client) = setup().await;
    let any_request = server
        .mock_async(|when, then| {
            when.any_request();
            then.status(200);
        })
        .await;
    for bad in [0u64, 1_000_000_001, u64::MAX] {
        let error = client
            .delete_customer()
            .customer_id(bad)
            .send()
            .await
            .unwrap_err();
        assert!(
            matches!(error, Error::InvalidRequest(ref m) if m.contains("customer_id")),
            "{bad}: {error:?}"
        );
    }
    let error = client
        .delete_customer()
        .customer_id(-1i64)
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::InvalidRequest(_)), "{error:?}");
    let error = client.delete_customer().send().await.unwrap_err();
    assert!(
        matches!(error, Error::InvalidRequest(ref m) if m.contains("not initialized")),
        "{error:?}"
    );
    assert_eq!(
        any_request.calls_async().await,
        0,
        "no request may leave for an invalid id"
    );

    for edge in [1u64, 1_000_000_000] {
        let ok = client.delete_customer().customer_id(edge).send().await;
        assert!(ok.is_ok(), "{edge} is in range: {ok:?}");
    }
    assert_eq!(any_request.calls_async().await, 2);
}

#[test]
fn rustdoc_carries_the_spec_description() {
    // The checked-in snapshot is byte-identical to what the build compiles (`cargo xtask check`).
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../revolv3-client/generated/client.rs"
    );
    let client = std::fs::read_to_string(path).expect("snapshot");
    let method = client.find("pub fn delete_customer(").expect("method");
    let doc = &client[client[..method]
        .rfind("/**Delete Customer")
        .expect("doc comment")..method];
    assert!(doc.contains("soft-delete"), "{doc}");
    assert!(
        doc.contains("Personal data is not physically erased"),
        "{doc}"
    );
}
