//! Consumer compile time: a tiny binary built with default features, with the fast path (no
//! `codegen`), and with only reqwest + serde + tokio (the floor).

use std::path::Path;

use super::{Row, Target, show, target_dir, wall};
use crate::Failure;

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

/// Cold builds of each variant, interleaved.
const COLD_ROUNDS: usize = 2;

/// A fresh consumer crate in `dir` (anything there before, build output included, is removed).
fn write_consumer(dir: &Path, dependency: &str, main: &str) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::Error(format!("{}: {e}", dir.display()));
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src")).map_err(io)?;
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{dependency}\ntokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
    std::fs::write(dir.join("src/main.rs"), main).map_err(io)
}

pub(super) fn consumer_compile(root: &Path) -> Result<Vec<Row>, Failure> {
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
    let mut cold: Vec<Vec<f64>> = vec![Vec::new(); variants.len()];
    let mut noop = vec![0.0; variants.len()];
    for round in 0..COLD_ROUNDS {
        // Rotate the order each round, so drift on a shared machine favours no variant.
        for i in (0..variants.len()).map(|k| (k + round) % variants.len()) {
            let (label, dependency, main) = &variants[i];
            let dir = target_dir(root).join(format!("bench-consumer/c{i}"));
            write_consumer(&dir, dependency, main)?;
            let build = || {
                let mut c = crate::workspace::cargo_command();
                // The consumer's own `target/`, emptied above: a cold build every time.
                c.current_dir(&dir)
                    .env_remove("CARGO_TARGET_DIR")
                    .args(["build", "--quiet"]);
                c
            };
            eprintln!(
                "cold build {}/{COLD_ROUNDS} of the consumer with {label}...",
                round + 1
            );
            cold[i].push(wall(build(), 1)?);
            if round == 0 {
                noop[i] = wall(build(), 3)?;
            }
        }
    }
    // Noise on a shared machine only ever adds time to a build: take each variant's fastest.
    let times: Vec<f64> = cold
        .into_iter()
        .map(|runs| runs.into_iter().fold(f64::INFINITY, f64::min))
        .collect();
    let floor = times[2];
    let mut rows: Vec<Row> = ["default features", "fast path (no codegen)"]
        .iter()
        .enumerate()
        .map(|(i, label)| Row {
            measure: format!("consumer cold build (fastest of {COLD_ROUNDS}): {label} vs floor"),
            value: show(times[i]),
            baseline: show(floor),
            ratio: times[i] / floor,
            target: if i == 1 {
                Target::AtMost(1.3)
            } else {
                Target::Informational
            },
        })
        .collect();
    rows.push(Row {
        measure: "consumer no-op rebuild: default features vs floor".into(),
        value: show(noop[0]),
        baseline: show(noop[2]),
        ratio: noop[0] / noop[2],
        target: Target::Informational,
    });
    Ok(rows)
}
