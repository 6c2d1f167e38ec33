//! One call per operation of the bundled spec, with the parameters and request fixtures the
//! suite uses everywhere: the httpmock tests check them on the wire, the Prism test has them
//! validated by Prism.

use revolv3_client::{Client, Error, types};
use serde_json::Value;

use crate::common::request;

/// Sends `operation` (`METHOD /path`) and returns the status and the decoded body re-encoded
/// as JSON (`null` when the operation has no body).
pub async fn call(
    client: &Client,
    operation: &str,
) -> Result<(u16, Value), Error<types::StatusMessageResponse>> {
    fn done<T: serde::Serialize>(r: revolv3_client::ResponseValue<T>) -> (u16, Value) {
        (
            r.status().as_u16(),
            serde_json::to_value(r.into_inner()).expect("serializes"),
        )
    }
    Ok(match operation {
        "POST /api/Authentication/token" => done(
            client
                .get_token()
                .body(request::<types::AuthenticationTokenRequest>("get_token"))
                .send()
                .await?,
        ),
        "POST /api/Checkout" => done(
            client
                .create_checkout_link()
                .body(request::<types::CreateCheckoutLinkRequestDto>(
                    "create_checkout_link",
                ))
                .send()
                .await?,
        ),
        "GET /api/Checkout/{checkoutUid}" => done(
            client
                .get_complete_checkout_information()
                .checkout_uid("0b6a4c2e-1f3d-4a5b-9c7d-8e9f0a1b2c3d")
                .send()
                .await?,
        ),
        "GET /api/Customers" => done(
            client
                .get_customers()
                .merchant_customer_ref_id("ref-9")
                .first_name("Ada")
                .last_name("Lovelace")
                .send()
                .await?,
        ),
        "POST /api/Customers" => done(
            client
                .create_customer()
                .body(request::<types::CreateCustomerRequestDto>(
                    "create_customer",
                ))
                .send()
                .await?,
        ),
        "DELETE /api/Customers/{customerId}" => {
            done(client.delete_customer().customer_id(42u64).send().await?)
        }
        "GET /api/Customers/{customerId}" => {
            done(client.get_customer().customer_id(42u64).send().await?)
        }
        "PATCH /api/Customers/{customerId}" => done(
            client
                .update_customer()
                .customer_id(42u64)
                .body(request::<types::UpdateCustomerRequestDto>(
                    "update_customer",
                ))
                .send()
                .await?,
        ),
        "GET /api/Customers/{customerId}/invoices" => done(
            client
                .search_invoices_for_customer()
                .customer_id(42u64)
                .merchant_customer_ref_id("ref-9")
                .merchant_invoice_ref_id("inv-3")
                .start_date("2026-01-01")
                .end_date("2026-02-01")
                .page(2)
                .page_size(50)
                .send()
                .await?,
        ),
        "GET /api/Customers/{customerId}/subscriptions" => done(
            client
                .get_subscriptions_by_customer()
                .customer_id(42u64)
                .send()
                .await?,
        ),
        "GET /api/Invoices" => done(
            client
                .get_invoices()
                .merchant_customer_ref_id("ref-9")
                .send()
                .await?,
        ),
        "POST /api/Invoices/payment" => done(
            client
                .one_time_payment_without_subscription()
                .body(request::<types::InvoicePaymentRequest>(
                    "one_time_payment_without_subscription",
                ))
                .send()
                .await?,
        ),
        "GET /api/Invoices/v{version}" => done(
            client
                .get_invoices_v1()
                .version("1")
                .merchant_customer_ref_id("ref-9")
                .billing_start_date("2026-01-01")
                .billing_end_date("2026-01-31")
                .last_update_start_date("2026-01-02")
                .last_update_end_date("2026-01-30")
                .last_attempt_only(true)
                .include_raw_processor_response(false)
                .page(1)
                .page_size(100)
                .order_by(2i64)
                .send()
                .await?,
        ),
        "GET /api/Invoices/{invoiceId}" => done(
            client
                .get_invoice()
                .invoice_id(77)
                .include_raw_processor_response(true)
                .send()
                .await?,
        ),
        "POST /api/Invoices/{invoiceId}/refund" => done(
            client
                .refund_invoice()
                .invoice_id(77u32)
                .body(request::<types::RefundRequest>("refund_invoice"))
                .send()
                .await?,
        ),
        "POST /api/PaymentMethod" => done(
            client
                .create_payment_method()
                .body(request::<types::CreatePaymentMethodRequestDto>(
                    "create_payment_method",
                ))
                .send()
                .await?,
        ),
        "POST /api/PaymentMethod/authorize" => done(
            client
                .authorize_payment_method()
                .body(request::<serde_json::Value>("authorize_payment_method"))
                .send()
                .await?,
        ),
        "POST /api/PaymentMethod/reverse-auth" => done(
            client
                .reverse_authorization()
                .body(request::<types::ReverseAuthorizationRequestDto>(
                    "reverse_authorization",
                ))
                .send()
                .await?,
        ),
        "DELETE /api/PaymentMethod/{paymentMethodId}" => done(
            client
                .delete_payment_method()
                .payment_method_id(5u64)
                .send()
                .await?,
        ),
        "GET /api/PaymentMethod/{paymentMethodId}" => done(
            client
                .get_payment_method()
                .payment_method_id(5u64)
                .send()
                .await?,
        ),
        "PATCH /api/PaymentMethod/{paymentMethodId}" => done(
            client
                .update_payment_method()
                .payment_method_id(5u64)
                .body(request::<types::UpdatePaymentMethodRequestDto>(
                    "update_payment_method",
                ))
                .send()
                .await?,
        ),
        "POST /api/Payments/authorization" => done(
            client
                .authorize_with_payment_method_details()
                .body(request::<types::AuthorizationRequest>(
                    "authorize_with_payment_method_details",
                ))
                .send()
                .await?,
        ),
        "POST /api/Payments/authorization/{paymentMethodId}" => done(
            client
                .authorize_with_payment_method_id()
                .payment_method_id(5)
                .body(request::<types::AuthorizationWithPaymentMethodIdRequest>(
                    "authorize_with_payment_method_id",
                ))
                .send()
                .await?,
        ),
        "POST /api/Payments/capture/{paymentMethodAuthorizationId}" => done(
            client
                .capture()
                .payment_method_authorization_id(31)
                .body(request::<types::CaptureRequest>("capture"))
                .send()
                .await?,
        ),
        "POST /api/Payments/sale" => done(
            client
                .sale_with_payment_method_details()
                .body(request::<types::SaleRequest>(
                    "sale_with_payment_method_details",
                ))
                .send()
                .await?,
        ),
        "POST /api/Payments/sale/{paymentMethodId}" => done(
            client
                .sale_with_payment_method_id()
                .payment_method_id(5)
                .body(request::<types::SaleWithPaymentMethodIdRequest>(
                    "sale_with_payment_method_id",
                ))
                .send()
                .await?,
        ),
        "POST /api/Payments/void/{invoiceId}" => done(client.void().invoice_id(77).send().await?),
        "GET /api/Subscriptions" => done(client.get_subscriptions().send().await?),
        "POST /api/Subscriptions" => done(
            client
                .create_subscription()
                .body(request::<types::CreateSubscriptionRequestDto>(
                    "create_subscription",
                ))
                .send()
                .await?,
        ),
        "POST /api/Subscriptions/pan-lookup" => done(
            client
                .get_subscriptions_by_pan()
                .body(request::<types::SubscriptionPanLookupRequest>(
                    "get_subscriptions_by_pan",
                ))
                .send()
                .await?,
        ),
        "GET /api/Subscriptions/{subscriptionId}" => done(
            client
                .get_subscription()
                .subscription_id(12u64)
                .send()
                .await?,
        ),
        "PATCH /api/Subscriptions/{subscriptionId}" => done(
            client
                .update_subscription()
                .subscription_id(12)
                .body(request::<types::UpdateSubscriptionRequest>(
                    "update_subscription",
                ))
                .send()
                .await?,
        ),
        "POST /api/Subscriptions/{subscriptionId}/billing-plans" => done(
            client
                .create_subscription_billing_plan()
                .subscription_id(12u64)
                .body(request::<types::CreateSubscriptionBillingPlanRequestDto>(
                    "create_subscription_billing_plan",
                ))
                .send()
                .await?,
        ),
        "DELETE /api/Subscriptions/{subscriptionId}/billing-plans/{subscriptionBillingPlanId}" => {
            done(
                client
                    .delete_subscription_billing_plan()
                    .subscription_id(12u64)
                    .subscription_billing_plan_id(3u32)
                    .send()
                    .await?,
            )
        }
        "POST /api/Subscriptions/{subscriptionId}/cancel" => done(
            client
                .cancel_subscription()
                .subscription_id(12u64)
                .send()
                .await?,
        ),
        "POST /api/Subscriptions/{subscriptionId}/payment" => done(
            client
                .create_one_time_payment()
                .subscription_id(12u64)
                .body(request::<types::OneTimePaymentRequest>(
                    "create_one_time_payment",
                ))
                .send()
                .await?,
        ),
        "PUT /api/Subscriptions/{subscriptionId}/payment-method" => done(
            client
                .replace_subscription_primary_payment_method()
                .subscription_id(12u64)
                .body(request::<types::ReplaceSubscriptionPaymentMethodRequest>(
                    "replace_subscription_primary_payment_method",
                ))
                .send()
                .await?,
        ),
        other => panic!("no call for {other}"),
    })
}
