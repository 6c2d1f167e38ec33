//! `cargo xtask drift observe`: call every read-only operation of the API with drift reporting
//! and save the report.
//!
//! Only GETs are sent, each once: list operations (no path parameters) first, then every
//! operation whose path parameters can be filled from values the lists returned under the same
//! names (`customerId`, `invoiceId`, …). Responses are checked against the spec as it stands,
//! overlay included, with the client's own drift checker.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use revolv3_client::drift::{DriftReport, DriftTable};
use revolv3_client::{Environment, TOKEN_HEADER, USER_AGENT};
use revolv3_codegen::Mock;
use serde_json::Value;

use crate::Failure;
use crate::workspace::{self, SPEC};

/// Where the report goes unless `--out` says otherwise.
pub const DEFAULT_OUT: &str = "target/drift-report.json";

/// The environment variable holding the API token.
const TOKEN_VARIABLE: &str = "REVOLV3_TOKEN";

/// Call every read-only operation (the GETs; ids from the list operations' results) with
/// the token in REVOLV3_TOKEN, check each response against the spec, and write the report.
/// Without REVOLV3_TOKEN, exit 2.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The API root; the sandbox unless given.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Where to write the report.
    #[arg(long, value_name = "FILE", default_value = DEFAULT_OUT)]
    out: std::path::PathBuf,
}

/// Calls the read-only operations against the base URL (the sandbox unless given) and writes
/// the report.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (base_url, out) = (args.base_url.as_deref(), args.out.as_path());
    let token = std::env::var(TOKEN_VARIABLE)
        .ok()
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| {
            Failure::Error(format!(
                "{TOKEN_VARIABLE} is not set: drift observe calls the API with your token (the \
                 sandbox unless --base-url is given)"
            ))
        })?;
    let base_url = base_url
        .unwrap_or(Environment::Sandbox.base_url())
        .trim_end_matches('/');
    let base = reqwest::Url::parse(base_url)
        .map_err(|e| Failure::Error(format!("--base-url {base_url}: {e}")))?;
    let table = current_table(root)?;
    let operations: Vec<(String, String)> = table
        .operations()
        .into_iter()
        .filter_map(|(id, at)| get_path(at).map(|path| (id.to_owned(), path)))
        .collect();
    let (lists, details): (Vec<_>, Vec<_>) = operations.into_iter().partition(|(_, path)| {
        revolv3_oas::PathTemplate::parse(path).is_ok_and(|t| t.variables().next().is_none())
    });

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Error(format!("could not start the async runtime: {e}")))?;
    let http = reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| Failure::Error(format!("could not set up the HTTP client: {e}")))?;
    let mut observer = Observer {
        http,
        token,
        table,
        report: DriftReport::default(),
        values: BTreeMap::new(),
    };
    runtime.block_on(async {
        for (id, path) in &lists {
            observer.call(&base, id, path, path).await?;
        }
        for (id, path) in &details {
            match observer.fill(path) {
                Ok(concrete) => observer.call(&base, id, path, &concrete).await?,
                Err(why) => println!("skipped {id} (GET {path}): {why}"),
            }
        }
        Ok::<(), Failure>(())
    })?;
    let mut json = serde_json::to_string_pretty(&observer.report)
        .map_err(|e| Failure::Error(format!("could not serialize the report: {e}")))?;
    json.push('\n');
    let shown = out.display().to_string();
    workspace::write_file_atomically(out, json.as_bytes())?;
    println!(
        "{} finding(s) written to {shown}; turn them into corrections with `cargo xtask drift \
         overlay {shown}`",
        observer.report.findings.len()
    );
    Ok(())
}

/// The drift table of the spec with its overlay, as `generate` would write it now.
fn current_table(root: &Path) -> Result<DriftTable, Failure> {
    let spec = workspace::read(root, SPEC)?;
    let pinned = workspace::read_names(root)?;
    let overlay = workspace::read_overlay(root)?;
    let output = revolv3_codegen::run(&spec, &pinned, Mock::Skip, overlay.as_ref().map(|(o, _)| o))
        .map_err(|e| Failure::Error(format!("{}: {e}", workspace::spec_shown(overlay.as_ref()))))?;
    DriftTable::parse(&output.drift_table)
        .map_err(|e| Failure::Error(format!("the generated drift table does not parse: {e}")))
}

/// The path template of a GET operation, from its pointer `/paths/{escaped path}/get`.
fn get_path(at: &str) -> Option<String> {
    let rest = at.strip_prefix("/paths/")?;
    let (path, method) = rest.rsplit_once('/')?;
    (method == "get").then(|| revolv3_oas::pointer::unescape(path))
}

struct Observer {
    http: reqwest::Client,
    token: String,
    table: DriftTable,
    report: DriftReport,
    /// Scalar values the responses so far carried, by field name: the first of each.
    values: BTreeMap<String, String>,
}

impl Observer {
    /// Sends one GET and records what differs. Only the template is printed: concrete paths
    /// carry customer ids.
    async fn call(
        &mut self,
        base: &reqwest::Url,
        id: &str,
        template: &str,
        path: &str,
    ) -> Result<(), Failure> {
        let mut url = base.clone();
        {
            let Ok(mut segments) = url.path_segments_mut() else {
                return Err(Failure::Error(format!("{base} cannot be a base URL")));
            };
            segments.pop_if_empty();
            segments.extend(path.trim_start_matches('/').split('/'));
        }
        let response = self
            .http
            .get(url)
            .header(TOKEN_HEADER, &self.token)
            .send()
            .await
            .map_err(|e| Failure::Error(format!("GET {template}: {}", e.without_url())))?;
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let body = response
            .bytes()
            .await
            .map_err(|e| Failure::Error(format!("GET {template}: {}", e.without_url())))?;
        let findings = self.table.check(id, status, content_type.as_deref(), &body);
        println!(
            "{id} (GET {template}): {status}, {} finding(s)",
            findings.len()
        );
        for finding in findings {
            self.report.add(finding);
        }
        if let Ok(value) = serde_json::from_slice::<Value>(&body) {
            collect_values(&value, &mut self.values);
        }
        Ok(())
    }

    /// `template` with each `{name}` replaced by a value seen under that name, or the first
    /// name no value was seen for. Values are percent-encoded by the URL when sent.
    fn fill(&self, template: &str) -> Result<String, String> {
        let template = revolv3_oas::PathTemplate::parse(template)
            .map_err(|e| format!("not a path template: {e}"))?;
        template
            .fill(|name| self.values.get(name))
            .map_err(|missing| format!("no `{missing}` among the list operations' results"))
    }
}

/// Records every string or integer field of `value` (at any depth) under its name, keeping the
/// first seen; a `/` would change the path, so such values are left out.
fn collect_values(value: &Value, into: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (name, field) in map {
                let text = match field {
                    Value::String(s) if !s.is_empty() && !s.contains('/') => Some(s.clone()),
                    Value::Number(n) if n.is_i64() || n.is_u64() => Some(n.to_string()),
                    _ => None,
                };
                if let Some(text) = text {
                    into.entry(name.clone()).or_insert(text);
                }
                collect_values(field, into);
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect_values(item, into)),
        _ => {}
    }
}
