//! The examples run offline, with no token, and do what they say.

use std::path::PathBuf;
use std::process::Command;

/// `cargo test` builds the package's examples next to its test binaries.
fn example(name: &str) -> PathBuf {
    let deps = std::env::current_exe().expect("test binary path");
    let dir = deps
        .parent()
        .and_then(|d| d.parent())
        .expect("target profile folder");
    dir.join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

fn run(name: &str) -> String {
    let path = example(name);
    let output = Command::new(&path)
        .env_remove("REVOLV3_TOKEN")
        .env_remove("REVOLV3_BASE_URL")
        .env_remove("REVOLV3_WEBHOOK_KEY")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{name} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn charge_and_refund_runs_against_the_local_mock() {
    let out = run("charge_and_refund");
    assert!(out.contains("created customer Some(1001)"), "{out}");
    assert!(out.contains("charged: invoice Some(5001)"), "{out}");
    assert!(
        out.contains("refunded: invoice status now Some(\"Refund\")"),
        "{out}"
    );
}

#[test]
fn list_invoices_streams_every_page() {
    let out = run("list_invoices");
    assert!(out.contains("120 invoices, 1200.00 in total"), "{out}");
}

#[test]
fn verify_webhook_accepts_the_genuine_delivery_and_rejects_the_forgery() {
    let out = run("verify_webhook");
    assert!(out.contains("genuine delivery answered 204"), "{out}");
    assert!(out.contains("forged delivery answered 401"), "{out}");
}

#[test]
fn custom_http_client_goes_through_the_proxy_with_the_default_header() {
    let out = run("custom_http_client");
    assert!(
        out.contains("customer Some(42) (Some(\"Ada\")) fetched through the proxy"),
        "{out}"
    );
    assert!(out.contains("proxy saw 1 request(s)"), "{out}");
}
