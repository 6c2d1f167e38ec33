//! Request bodies in the style a payment integration sends them (explicit `null`s for fields it
//! does not use, 3-D Secure data, a zero-amount recurring set-up), written for these tests under
//! `tests/fixtures/integration-bodies/`, fit our request types without losing a field.
//! `scripts/real-requests.sh` checks a real integration's bodies the same way.

use revolv3_tests::request_bodies::fits;

#[test]
fn integration_style_bodies_fit_our_request_types() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/integration-bodies");
    let mut checked = 0;
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let body = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        checked += 1;
        if let Err(e) = fits(&name, &body) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert_eq!(checked, 6, "every fixture was read");
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn a_field_our_types_do_not_have_is_reported() {
    let body = serde_json::json!({ "amount": 7.5, "refundReason": "duplicate" });
    let e = fits("invoices_refund.json", &body).unwrap_err();
    assert!(e.contains("refundReason"), "{e}");
}
