//! `cargo xtask bench`: every benchmark in one go, each against a baseline measured in the same
//! run, printed as a table of medians and ratios. Not part of the test suite.
//!
//! - request overhead: criterion, generated client vs hand-written reqwest + serde;
//! - codegen: the pipeline on the bundled spec and on synthetic specs 10x and 50x its size;
//! - diff: `xtask diff` vs Optic's `optic diff` on the same inputs;
//! - consumer compile time: a tiny binary built with default features, with the fast path
//!   (no `codegen`), and with only reqwest + serde + tokio (the floor).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

use crate::Failure;

/// One row of the result table.
struct Row {
    measure: String,
    value: String,
    baseline: String,
    ratio: f64,
    target: &'static str,
}

/// Options of `cargo xtask bench`.
pub struct BenchArgs {
    /// Skip the cold consumer builds (minutes each).
    pub skip_compile: bool,
}

pub fn run(root: &Path, args: &BenchArgs) -> Result<(), Failure> {
    let mut rows = Vec::new();
    cargo(root, &["build", "--release", "--quiet", "-p", "xtask"])?;
    rows.extend(request_overhead(root)?);
    rows.extend(codegen(root)?);
    rows.extend(diff(root)?);
    if !args.skip_compile {
        rows.extend(consumer_compile(root)?);
    }
    println!("\n| measure | value | baseline | ratio | target |\n|---|---|---|---|---|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {:.2}x | {} |",
            r.measure, r.value, r.baseline, r.ratio, r.target
        );
    }
    Ok(())
}

fn cargo(root: &Path, args: &[&str]) -> Result<(), Failure> {
    let status = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
        .current_dir(root)
        .args(args)
        .status()
        .map_err(|e| Failure::Error(format!("cargo: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::Error(format!("cargo {} failed", args.join(" "))))
    }
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn show(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else if seconds >= 1e-3 {
        format!("{:.2} ms", seconds * 1e3)
    } else {
        format!("{:.1} µs", seconds * 1e6)
    }
}

fn request_overhead(root: &Path) -> Result<Vec<Row>, Failure> {
    cargo(
        root,
        &[
            "bench",
            "--quiet",
            "-p",
            "revolv3-client",
            "--bench",
            "request_overhead",
        ],
    )?;
    let estimate = |group: &str, bench: &str| -> Result<f64, Failure> {
        let path = root.join(format!(
            "target/criterion/{group}/{bench}/new/estimates.json"
        ));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
        let v: Value = serde_json::from_str(&text).map_err(|e| Failure::Error(e.to_string()))?;
        v.pointer("/median/point_estimate")
            .and_then(Value::as_f64)
            .map(|ns| ns / 1e9)
            .ok_or_else(|| Failure::Error(format!("{}: no median", path.display())))
    };
    ["get_customer", "list_100_invoices", "create_customer"]
        .iter()
        .map(|group| {
            let generated = estimate(group, "generated")?;
            let handwritten = estimate(group, "handwritten")?;
            Ok(Row {
                measure: format!("request: {group} (generated vs hand-written)"),
                value: show(generated),
                baseline: show(handwritten),
                ratio: generated / handwritten,
                target: "<= 1.05x",
            })
        })
        .collect()
}

/// A spec `copies` times the size of `doc`: every path and schema repeated under a suffix.
fn synthetic(doc: &Value, copies: usize) -> Value {
    let mut out = doc.clone();
    let paths = out["paths"]
        .as_object_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    let schemas = out["components"]["schemas"]
        .as_object_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    for i in 0..copies {
        let suffix = if i == 0 {
            String::new()
        } else {
            format!("S{i}")
        };
        let rename = |v: &Value| -> Value {
            let s = v.to_string().replace(
                "#/components/schemas/",
                &format!("#/components/schemas/{suffix}"),
            );
            serde_json::from_str(&s).unwrap_or(Value::Null)
        };
        for (path, item) in &paths {
            let mut item = rename(item);
            for op in item
                .as_object_mut()
                .into_iter()
                .flat_map(|m| m.values_mut())
            {
                if let Some(summary) = op.get("summary").and_then(Value::as_str) {
                    op["summary"] = json!(format!("{summary} {suffix}"));
                }
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    op["operationId"] = json!(format!("{id}{suffix}"));
                }
            }
            let key = if i == 0 {
                path.clone()
            } else {
                format!("/s{i}{path}")
            };
            out["paths"][key] = item;
        }
        for (name, schema) in &schemas {
            out["components"]["schemas"][format!("{suffix}{name}")] = rename(schema);
        }
    }
    out
}

fn codegen(root: &Path) -> Result<Vec<Row>, Failure> {
    let spec = crate::workspace::read(root, crate::workspace::SPEC)?;
    let doc: Value = serde_json::from_slice(&spec).map_err(|e| Failure::Error(e.to_string()))?;
    let scratch = root.join("target/bench");
    std::fs::create_dir_all(&scratch).map_err(|e| Failure::Error(e.to_string()))?;
    let mut rows = Vec::new();
    let mut base: Option<(f64, usize)> = None;
    for copies in [1usize, 10, 50] {
        let file = scratch.join(format!("synthetic-{copies}x.json"));
        std::fs::write(
            &file,
            serde_json::to_vec(&synthetic(&doc, copies)).unwrap_or_default(),
        )
        .map_err(|e| Failure::Error(e.to_string()))?;
        let runs = if copies == 50 { 3 } else { 5 };
        let mut times = Vec::new();
        let mut lines = 0;
        for _ in 0..runs {
            let out = Command::new(root.join("target/release/xtask"))
                .args(["bench-codegen"])
                .arg(&file)
                .output()
                .map_err(|e| Failure::Error(e.to_string()))?;
            let text = String::from_utf8_lossy(&out.stdout);
            let mut parts = text.split_whitespace();
            let seconds: f64 = parts
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            lines = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            times.push(seconds);
        }
        let t = median(times);
        let (t1, _) = *base.get_or_insert((t, lines));
        rows.push(Row {
            measure: format!("codegen: normalize + generate, {copies}x spec ({lines} lines)"),
            value: show(t),
            baseline: format!("{} x {copies}", show(t1)),
            ratio: t / (t1 * copies as f64),
            target: "~1x (linear)",
        });
    }
    Ok(rows)
}

/// `xtask bench-codegen FILE`: the pipeline once, printing seconds and generated lines.
pub fn codegen_once(file: &Path) -> Result<(), Failure> {
    let bytes =
        std::fs::read(file).map_err(|e| Failure::Error(format!("{}: {e}", file.display())))?;
    let started = Instant::now();
    let output = revolv3_codegen::run(
        &bytes,
        &revolv3_codegen::NameTable::default(),
        revolv3_codegen::Mock::Include,
    )
    .map_err(|e| Failure::Error(e.to_string()))?;
    let elapsed = started.elapsed();
    println!(
        "{} {}",
        elapsed.as_secs_f64(),
        output.code.client.lines().count()
    );
    Ok(())
}

fn wall(mut command: Command, runs: usize) -> Result<f64, Failure> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let status = command
            .status()
            .map_err(|e| Failure::Error(e.to_string()))?;
        let elapsed = started.elapsed().as_secs_f64();
        if status.code().is_none() {
            return Err(Failure::Error("a benchmarked command was killed".into()));
        }
        times.push(elapsed);
    }
    Ok(median(times))
}

/// The bundled spec with many edits: removed operations, changed types, new enum values,
/// new required properties.
fn edited(doc: &Value) -> Value {
    let mut out = doc.clone();
    let paths: Vec<String> = out["paths"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for path in paths.iter().step_by(6) {
        if let Some(p) = out["paths"].as_object_mut() {
            p.remove(path);
        }
    }
    if let Some(schemas) = out["components"]["schemas"].as_object_mut() {
        for (i, schema) in schemas.values_mut().enumerate() {
            if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
                props.insert(format!("added{i}"), json!({ "type": "string" }));
                if let Some((_, first)) = props.iter_mut().next() {
                    first["type"] = json!("boolean");
                }
            }
            if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
                values.push(json!("AddedValue"));
            }
            if i % 3 == 0 {
                schema["required"] = json!([format!("added{i}")]);
            }
        }
    }
    out
}

fn diff(root: &Path) -> Result<Vec<Row>, Failure> {
    let optic_dir = root.join("bench/optic");
    let optic = optic_dir.join("node_modules/.bin/optic");
    if !optic.exists() {
        cargo_npm_ci(&optic_dir)?;
    }
    let scratch = root.join("target/bench");
    let spec_path = root.join(crate::workspace::SPEC);
    let doc: Value = serde_json::from_slice(&crate::workspace::read(root, crate::workspace::SPEC)?)
        .map_err(|e| Failure::Error(e.to_string()))?;
    let edited_path = scratch.join("swagger-edited.json");
    std::fs::write(
        &edited_path,
        serde_json::to_vec_pretty(&edited(&doc)).unwrap_or_default(),
    )
    .map_err(|e| Failure::Error(e.to_string()))?;
    let conformance = root.join("../shared/conformance/oasdiff/data");
    let mut pairs = vec![(
        "bundled spec vs 20%-edited copy",
        spec_path.clone(),
        edited_path,
    )];
    if conformance.is_dir() {
        pairs.push((
            "largest conformance pair (openapi-test1 vs -test3)",
            conformance.join("openapi-test1.yaml"),
            conformance.join("openapi-test3.yaml"),
        ));
    }
    let mut rows = Vec::new();
    for (label, base, head) in pairs {
        let mut ours = Command::new(root.join("target/release/xtask"));
        ours.arg("--root")
            .arg(root)
            .args(["diff", "--format", "json"])
            .arg(&base)
            .arg(&head);
        ours.stdout(std::process::Stdio::null());
        let mut theirs = Command::new(&optic);
        theirs
            .arg("diff")
            .arg(&base)
            .arg(&head)
            .args(["--check", "--severity", "error"]);
        // With CI set, Optic writes ci-run-details.json into its working folder.
        theirs
            .current_dir(&scratch)
            .env("OPTIC_TELEMETRY_LEVEL", "none")
            .env("CI", "true");
        theirs
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let t_ours = wall(ours, 7)?;
        let t_theirs = wall(theirs, 3)?;
        rows.push(Row {
            measure: format!("diff: {label} (xtask diff vs optic diff)"),
            value: show(t_ours),
            baseline: show(t_theirs),
            ratio: t_theirs / t_ours,
            target: ">= 20x faster",
        });
    }
    Ok(rows)
}

fn cargo_npm_ci(dir: &Path) -> Result<(), Failure> {
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .status()
        .map_err(|e| Failure::Error(format!("npm: {e}")))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| Failure::Error("npm ci for Optic failed".into()))
}

const CONSUMER_MAIN: &str = r#"#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = revolv3_client::Client::builder("token").base_url("http://127.0.0.1:9").build().unwrap();
    let _ = client.get_customer().customer_id(1u64).send().await;
}
"#;

const FLOOR_MAIN: &str = r#"#[derive(serde::Deserialize, Debug)]
#[allow(dead_code)]
struct Customer { #[serde(rename = "customerId")] customer_id: Option<i64> }

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = reqwest::Client::new();
    if let Ok(r) = client.get("http://127.0.0.1:9/api/Customers/1").header("x-revolv3-token", "token").send().await {
        let _ = r.json::<Customer>().await;
    }
}
"#;

fn consumer_compile(root: &Path) -> Result<Vec<Row>, Failure> {
    let client = root
        .join("revolv3-client")
        .display()
        .to_string()
        .replace('\\', "/");
    let variants = [
        ("default features", format!("revolv3-client = {{ path = \"{client}\" }}"), CONSUMER_MAIN),
        ("fast path (no codegen)", format!("revolv3-client = {{ path = \"{client}\", default-features = false }}"), CONSUMER_MAIN),
        (
            "floor (reqwest + serde + tokio)",
            "reqwest = { version = \"0.13\", default-features = false, features = [\"json\", \"rustls\", \"http2\"] }\nserde = { version = \"1\", features = [\"derive\"] }".to_owned(),
            FLOOR_MAIN,
        ),
    ];
    let mut times = Vec::new();
    let mut noop = Vec::new();
    for (i, (label, dependency, main)) in variants.iter().enumerate() {
        let dir = root.join(format!("target/bench-consumer/c{i}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).map_err(|e| Failure::Error(e.to_string()))?;
        let manifest = format!(
            "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{dependency}\ntokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest)
            .map_err(|e| Failure::Error(e.to_string()))?;
        std::fs::write(dir.join("src/main.rs"), main).map_err(|e| Failure::Error(e.to_string()))?;
        let build = || {
            let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
            c.current_dir(&dir).args(["build", "--quiet"]);
            c
        };
        eprintln!("cold build of the consumer with {label}...");
        times.push(wall(build(), 1)?);
        noop.push(wall(build(), 3)?);
    }
    let floor = times[2];
    let mut rows: Vec<Row> = ["default features", "fast path (no codegen)"]
        .iter()
        .enumerate()
        .map(|(i, label)| Row {
            measure: format!("consumer cold build: {label} vs floor"),
            value: show(times[i]),
            baseline: show(floor),
            ratio: times[i] / floor,
            target: if i == 1 { "<= 1.3x" } else { "(informational)" },
        })
        .collect();
    rows.push(Row {
        measure: "consumer no-op rebuild: default features vs floor".into(),
        value: show(noop[0]),
        baseline: show(noop[2]),
        ratio: noop[0] / noop[2],
        target: "(informational)",
    });
    Ok(rows)
}
