//! Create a customer, charge a card, then refund the charge.
//!
//! ```sh
//! cargo run -p revolv3-client --example charge_and_refund          # local mock
//! REVOLV3_TOKEN=… cargo run -p revolv3-client --example charge_and_refund  # the sandbox
//! ```

mod common;

use revolv3_client::types::{
    CreateCustomerRequestDto, PaymentMethodRequest, RefundRequest, SaleRequest,
};
use serde_json::json;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = match common::target().await {
        common::Target::Real(client) => client,
        common::Target::Local(client, server) => {
            answer_like_revolv3(&server).await;
            // The mock lives as long as this example; leak it rather than thread it through.
            Box::leak(Box::new(server));
            client
        }
    };

    let customer: CreateCustomerRequestDto = serde_json::from_value(json!({
        "firstName": "Ada",
        "lastName": "Lovelace",
        "merchantCustomerRefId": "example-customer-1"
    }))?;
    let customer = client
        .create_customer()
        .body(customer)
        .send()
        .await?
        .into_inner();
    println!("created customer {:?}", customer.customer_id);

    let sale: SaleRequest = serde_json::from_value(json!({
        "customerId": customer.customer_id,
        "paymentMethod": sandbox_card()?,
        "invoice": { "merchantInvoiceRefId": "example-invoice-1", "amount": { "value": 12.5 } }
    }))?;
    let payment = client
        .sale_with_payment_method_details()
        .body(sale)
        .send()
        .await?
        .into_inner();
    println!(
        "charged: invoice {:?}, status {:?}",
        payment.invoice_id, payment.invoice_status
    );

    let invoice_id = payment
        .invoice_id
        .ok_or("the sale returned no invoice id")?;
    let refund: RefundRequest = serde_json::from_value(json!({ "amount": 12.5 }))?;
    let refund = client
        .refund_invoice()
        .invoice_id(invoice_id)
        .body(refund)
        .send()
        .await?
        .into_inner();
    let status = refund.invoice.and_then(|invoice| invoice.invoice_status);
    println!("refunded: invoice status now {status:?}");
    Ok(())
}

/// A sandbox test card.
fn sandbox_card() -> Result<PaymentMethodRequest, serde_json::Error> {
    serde_json::from_value(json!({
        "billingFirstName": "Ada",
        "billingLastName": "Lovelace",
        "creditCard": { "paymentAccountNumber": "4111111111111111", "expirationDate": "1230", "securityCode": "123" }
    }))
}

async fn answer_like_revolv3(server: &httpmock::MockServer) {
    server
        .mock_async(|when, then| {
            when.method("POST").path("/api/Customers");
            then.status(201).json_body(
                json!({ "customerId": 1001, "firstName": "Ada", "lastName": "Lovelace" }),
            );
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("POST").path("/api/Payments/sale");
            then.status(200).json_body(
                json!({ "invoiceId": 5001, "invoiceStatus": "Paid", "message": "Approved" }),
            );
        })
        .await;
    server.mock_async(|when, then| {
        when.method("POST").path("/api/Invoices/5001/refund");
        then.status(200).json_body(json!({ "invoice": { "invoiceId": 5001, "invoiceStatus": "Refund" }, "refunds": [] }));
    }).await;
}
