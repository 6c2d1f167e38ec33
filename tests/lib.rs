//! End-to-end tests for the workspace; the tests themselves live in `e2e/`, `fuzz/` and
//! `tracing.rs`, and read their fixtures from `fixtures/`. This library holds what more than
//! one test binary needs.

use std::path::PathBuf;

use serde_json::Value;

/// The token every test client sends.
pub const TOKEN: &str = "test-token-5f0c";

/// Two retries with millisecond waits: the retry behaviour of a real client, fast enough for
/// a test.
pub fn fast_retries() -> revolv3_client::RetryPolicy {
    revolv3_client::RetryPolicy {
        max_retries: 2,
        base_delay: std::time::Duration::from_millis(1),
        max_delay: std::time::Duration::from_millis(5),
    }
}

/// A fixture under `tests/fixtures/`, parsed as JSON.
pub fn fixture(relative: &str) -> Value {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}

/// Request bodies as a payment integration sends them, checked against our request types.
pub mod request_bodies {
    use revolv3_client::types;
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use serde_json::Value;

    /// Whether `body`, a request body whose file name says which endpoint it is for
    /// (`..._sale...`, `..._authorization...`, `..._capture...`, `..._refund...`,
    /// `..._reverse...`), decodes into our request type and encodes back to the same JSON.
    /// Nulls aside: an absent optional field and `null` mean the same to Revolv3's ASP.NET
    /// binder.
    pub fn fits(name: &str, body: &Value) -> Result<(), String> {
        let mut encoded = if name.contains("refund") {
            round_trip::<types::RefundRequest>(body)
        } else if name.contains("reverse") {
            round_trip::<types::ReverseAuthorizationRequestDto>(body)
        } else if name.contains("authorization") {
            round_trip::<types::AuthorizationRequest>(body)
        } else if name.contains("capture") {
            round_trip::<types::CaptureRequest>(body)
        } else if name.contains("sale") {
            round_trip::<types::SaleRequest>(body)
        } else {
            return Err(format!("no request type known for {name}"));
        }?;
        // `includeRawProcessorResponse` has a documented default of `false`, which typify's
        // field always sends; Revolv3 reads an absent field as the same `false`.
        if encoded.get("includeRawProcessorResponse") == Some(&Value::Bool(false))
            && body.get("includeRawProcessorResponse").is_none()
            && let Some(object) = encoded.as_object_mut()
        {
            object.remove("includeRawProcessorResponse");
        }
        if encoded == without_nulls(body.clone()) {
            Ok(())
        } else {
            Err(format!(
                "lost or changed fields: sent {body}, our type encodes {encoded}"
            ))
        }
    }

    fn round_trip<T: DeserializeOwned + Serialize>(body: &Value) -> Result<Value, String> {
        let typed: T = serde_json::from_value(body.clone()).map_err(|e| e.to_string())?;
        serde_json::to_value(typed).map_err(|e| e.to_string())
    }

    fn without_nulls(value: Value) -> Value {
        match value {
            Value::Object(map) => Value::Object(
                map.into_iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k, without_nulls(v)))
                    .collect(),
            ),
            Value::Array(items) => Value::Array(items.into_iter().map(without_nulls).collect()),
            other => other,
        }
    }
}

/// Fails the calling test, naming Node.js, when `node` cannot be run. Tests that need Node.js
/// are also marked `#[cfg_attr(missing_node, ignore = "...")]`: `build.rs` sets `missing_node`
/// when Node.js is absent and `CI` is not set, so outside CI the skip shows in the summary,
/// and in CI the test runs and fails here.
pub fn require_node(purpose: &str) {
    let runs = std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        runs,
        "{purpose} needs Node.js, and `node` is not on PATH: install Node.js (CI installs it \
         before the tests)"
    );
}

/// The Node.js tool pinned in `tests/FOLDER/package-lock.json`: the path of `installed` in that
/// folder, after `npm ci` there when it is missing. Fails naming `purpose` without Node.js
/// (see [`require_node`]).
pub fn npm_tool(folder: &str, installed: &str, purpose: &str) -> PathBuf {
    require_node(purpose);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(folder);
    let path = dir.join(installed);
    // Tests of one binary run on several threads: one of them installs, the others wait.
    static INSTALL: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _guard = INSTALL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !path.exists() {
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(&dir)
            .status()
            .expect("npm runs");
        assert!(status.success(), "npm ci in tests/{folder} failed");
    }
    path
}

/// `spec` converted by openapi-format (pinned in `tests/openapi-format/`) to OpenAPI
/// `version` ("3.1" or "3.2"), written into `dir`; returns the new file's path. Needs Node.js
/// (see [`require_node`]).
pub fn convert_with_openapi_format(
    spec: &std::path::Path,
    version: &str,
    dir: &std::path::Path,
) -> PathBuf {
    let binary = npm_tool(
        "openapi-format",
        "node_modules/.bin/openapi-format",
        "Converting specs with openapi-format (a Node.js program)",
    );
    let name = spec
        .file_stem()
        .map_or_else(|| "spec".to_owned(), |s| s.to_string_lossy().into_owned());
    let out = dir.join(format!("{name}-{version}.json"));
    let run = std::process::Command::new(&binary)
        .arg(spec)
        .args(["--convertTo", version, "--no-sort", "-o"])
        .arg(&out)
        .output()
        .expect("openapi-format runs");
    assert!(
        run.status.success() && out.is_file(),
        "openapi-format {}: {}",
        spec.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    out
}
