//! Every operation in `openapi/swagger.json`, end to end: method, path, query, headers and body
//! on the wire, and a decoded success response.
//!
//! Each test is declared with its `METHOD /path` key, which both builds the path the mock
//! expects and feeds [`EXERCISED`], the list the coverage test compares with the spec.

use crate::calls::call;
use crate::common::{Exchange, expect, fixture, setup};

macro_rules! operation_tests {
    ($($key:literal => async fn $name:ident() $body:block)*) => {
        $(
            #[tokio::test]
            async fn $name() {
                #[allow(dead_code)]
                const KEY: &str = $key;
                $body
            }
        )*
        /// The operations exercised above, as `METHOD /path`.
        pub const EXERCISED: &[&str] = &[$($key),*];
    };
}

operation_tests! {
    "POST /api/Authentication/token" => async fn get_token() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("get_token"), response: Some("get_token"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_token.json"), "get_token");
        mock.assert_async().await;
    }

    "POST /api/Checkout" => async fn create_checkout_link() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("create_checkout_link"), response: Some("create_checkout_link"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/create_checkout_link.json"), "create_checkout_link");
        mock.assert_async().await;
    }

    "GET /api/Checkout/{checkoutUid}" => async fn get_complete_checkout_information() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("checkoutUid", "0b6a4c2e-1f3d-4a5b-9c7d-8e9f0a1b2c3d")], response: Some("get_complete_checkout_information"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_complete_checkout_information.json"), "get_complete_checkout_information");
        mock.assert_async().await;
    }

    "GET /api/Customers" => async fn get_customers() {
        let (server, client) = setup().await;
        let query = [("merchantCustomerRefId", "ref-9"), ("firstName", "Ada"), ("lastName", "Lovelace")];
        let mock = expect(&server, KEY, Exchange { query: &query, response: Some("get_customers"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_customers.json"), "get_customers");
        mock.assert_async().await;
    }

    "POST /api/Customers" => async fn create_customer() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("create_customer"), status: Some(201), response: Some("create_customer"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert_eq!(status, 201);
        assert_eq!(out, fixture("responses/create_customer.json"), "create_customer");
        mock.assert_async().await;
    }

    "DELETE /api/Customers/{customerId}" => async fn delete_customer() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("customerId", "42")], ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert_eq!(status, 200);
        assert_eq!(out, serde_json::Value::Null, "no body is documented");
        mock.assert_async().await;
    }

    "GET /api/Customers/{customerId}" => async fn get_customer() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("customerId", "42")], response: Some("get_customer"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_customer.json"), "get_customer");
        mock.assert_async().await;
    }

    "PATCH /api/Customers/{customerId}" => async fn update_customer() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("customerId", "42")], body: Some("update_customer"), response: Some("update_customer"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/update_customer.json"), "update_customer");
        mock.assert_async().await;
    }

    "GET /api/Customers/{customerId}/invoices" => async fn search_invoices_for_customer() {
        let (server, client) = setup().await;
        let query = [("merchantCustomerRefId", "ref-9"), ("merchantInvoiceRefId", "inv-3"), ("startDate", "2026-01-01"), ("endDate", "2026-02-01"), ("page", "2"), ("pageSize", "50")];
        let mock = expect(&server, KEY, Exchange { path: &[("customerId", "42")], query: &query, response: Some("search_invoices_for_customer"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/search_invoices_for_customer.json"), "search_invoices_for_customer");
        mock.assert_async().await;
    }

    "GET /api/Customers/{customerId}/subscriptions" => async fn get_subscriptions_by_customer() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("customerId", "42")], response: Some("get_subscriptions_by_customer"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_subscriptions_by_customer.json"), "get_subscriptions_by_customer");
        mock.assert_async().await;
    }

    "GET /api/Invoices" => async fn get_invoices() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { query: &[("merchantCustomerRefId", "ref-9")], response: Some("get_invoices"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_invoices.json"), "get_invoices");
        mock.assert_async().await;
    }

    "POST /api/Invoices/payment" => async fn one_time_payment_without_subscription() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("one_time_payment_without_subscription"), response: Some("one_time_payment_without_subscription"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/one_time_payment_without_subscription.json"), "one_time_payment_without_subscription");
        mock.assert_async().await;
    }

    "GET /api/Invoices/v{version}" => async fn get_invoices_v1() {
        let (server, client) = setup().await;
        let query = [("merchantCustomerRefId", "ref-9"), ("billingStartDate", "2026-01-01"), ("billingEndDate", "2026-01-31"),
            ("lastUpdateStartDate", "2026-01-02"), ("lastUpdateEndDate", "2026-01-30"), ("lastAttemptOnly", "true"),
            ("includeRawProcessorResponse", "false"), ("page", "1"), ("pageSize", "100"), ("orderBy", "2")];
        let mock = expect(&server, KEY, Exchange { path: &[("version", "1")], query: &query, response: Some("get_invoices_v1"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_invoices_v1.json"), "get_invoices_v1");
        mock.assert_async().await;
    }

    "GET /api/Invoices/{invoiceId}" => async fn get_invoice() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("invoiceId", "77")], query: &[("includeRawProcessorResponse", "true")], response: Some("get_invoice"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_invoice.json"), "get_invoice");
        mock.assert_async().await;
    }

    "POST /api/Invoices/{invoiceId}/refund" => async fn refund_invoice() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("invoiceId", "77")], body: Some("refund_invoice"), response: Some("refund_invoice"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/refund_invoice.json"), "refund_invoice");
        mock.assert_async().await;
    }

    "POST /api/PaymentMethod" => async fn create_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("create_payment_method"), response: Some("create_payment_method"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/create_payment_method.json"), "create_payment_method");
        mock.assert_async().await;
    }

    "POST /api/PaymentMethod/authorize" => async fn authorize_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("authorize_payment_method"), response: Some("authorize_payment_method"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/authorize_payment_method.json"), "authorize_payment_method");
        mock.assert_async().await;
    }

    "POST /api/PaymentMethod/reverse-auth" => async fn reverse_authorization() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("reverse_authorization"), response: Some("reverse_authorization"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/reverse_authorization.json"), "reverse_authorization");
        mock.assert_async().await;
    }

    "DELETE /api/PaymentMethod/{paymentMethodId}" => async fn delete_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodId", "5")], ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert_eq!(status, 200);
        assert_eq!(out, serde_json::Value::Null, "no body is documented");
        mock.assert_async().await;
    }

    "GET /api/PaymentMethod/{paymentMethodId}" => async fn get_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodId", "5")], response: Some("get_payment_method"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_payment_method.json"), "get_payment_method");
        mock.assert_async().await;
    }

    "PATCH /api/PaymentMethod/{paymentMethodId}" => async fn update_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodId", "5")], body: Some("update_payment_method"), response: Some("update_payment_method"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/update_payment_method.json"), "update_payment_method");
        mock.assert_async().await;
    }

    "POST /api/Payments/authorization" => async fn authorize_with_payment_method_details() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("authorize_with_payment_method_details"), response: Some("authorize_with_payment_method_details"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/authorize_with_payment_method_details.json"), "authorize_with_payment_method_details");
        mock.assert_async().await;
    }

    "POST /api/Payments/authorization/{paymentMethodId}" => async fn authorize_with_payment_method_id() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodId", "5")], body: Some("authorize_with_payment_method_id"), response: Some("authorize_with_payment_method_id"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/authorize_with_payment_method_id.json"), "authorize_with_payment_method_id");
        mock.assert_async().await;
    }

    "POST /api/Payments/capture/{paymentMethodAuthorizationId}" => async fn capture() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodAuthorizationId", "31")], body: Some("capture"), response: Some("capture"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/capture.json"), "capture");
        mock.assert_async().await;
    }

    "POST /api/Payments/sale" => async fn sale_with_payment_method_details() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("sale_with_payment_method_details"), response: Some("sale_with_payment_method_details"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/sale_with_payment_method_details.json"), "sale_with_payment_method_details");
        mock.assert_async().await;
    }

    "POST /api/Payments/sale/{paymentMethodId}" => async fn sale_with_payment_method_id() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("paymentMethodId", "5")], body: Some("sale_with_payment_method_id"), response: Some("sale_with_payment_method_id"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/sale_with_payment_method_id.json"), "sale_with_payment_method_id");
        mock.assert_async().await;
    }

    "POST /api/Payments/void/{invoiceId}" => async fn void() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("invoiceId", "77")], response: Some("void"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/void.json"), "void");
        mock.assert_async().await;
    }

    "GET /api/Subscriptions" => async fn get_subscriptions() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { response: Some("get_subscriptions"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_subscriptions.json"), "get_subscriptions");
        mock.assert_async().await;
    }

    "POST /api/Subscriptions" => async fn create_subscription() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("create_subscription"), response: Some("create_subscription"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/create_subscription.json"), "create_subscription");
        mock.assert_async().await;
    }

    "POST /api/Subscriptions/pan-lookup" => async fn get_subscriptions_by_pan() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { body: Some("get_subscriptions_by_pan"), response: Some("get_subscriptions_by_pan"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_subscriptions_by_pan.json"), "get_subscriptions_by_pan");
        mock.assert_async().await;
    }

    "GET /api/Subscriptions/{subscriptionId}" => async fn get_subscription() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], response: Some("get_subscription"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/get_subscription.json"), "get_subscription");
        mock.assert_async().await;
    }

    "PATCH /api/Subscriptions/{subscriptionId}" => async fn update_subscription() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], body: Some("update_subscription"), response: Some("update_subscription"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/update_subscription.json"), "update_subscription");
        mock.assert_async().await;
    }

    "POST /api/Subscriptions/{subscriptionId}/billing-plans" => async fn create_subscription_billing_plan() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], body: Some("create_subscription_billing_plan"), status: Some(201), response: Some("create_subscription_billing_plan"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert_eq!(status, 201);
        assert_eq!(out, fixture("responses/create_subscription_billing_plan.json"), "create_subscription_billing_plan");
        mock.assert_async().await;
    }

    "DELETE /api/Subscriptions/{subscriptionId}/billing-plans/{subscriptionBillingPlanId}" => async fn delete_subscription_billing_plan() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12"), ("subscriptionBillingPlanId", "3")], response: Some("delete_subscription_billing_plan"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/delete_subscription_billing_plan.json"), "delete_subscription_billing_plan");
        mock.assert_async().await;
    }

    "POST /api/Subscriptions/{subscriptionId}/cancel" => async fn cancel_subscription() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], response: Some("cancel_subscription"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/cancel_subscription.json"), "cancel_subscription");
        mock.assert_async().await;
    }

    "POST /api/Subscriptions/{subscriptionId}/payment" => async fn create_one_time_payment() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], body: Some("create_one_time_payment"), response: Some("create_one_time_payment"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert!((200..300).contains(&status));
        assert_eq!(out, fixture("responses/create_one_time_payment.json"), "create_one_time_payment");
        mock.assert_async().await;
    }

    "PUT /api/Subscriptions/{subscriptionId}/payment-method" => async fn replace_subscription_primary_payment_method() {
        let (server, client) = setup().await;
        let mock = expect(&server, KEY, Exchange { path: &[("subscriptionId", "12")], body: Some("replace_subscription_primary_payment_method"), ..Default::default() }).await;
        let (status, out) = call(&client, KEY).await.unwrap();
        assert_eq!(status, 200);
        assert_eq!(out, serde_json::Value::Null, "no body is documented");
        mock.assert_async().await;
    }
}
