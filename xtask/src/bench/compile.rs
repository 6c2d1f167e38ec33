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
    let io = |e| Failure::io("write the consumer crate in", dir, e);
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src")).map_err(io)?;
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n[dependencies]\n{dependency}\ntokio = {{ version = \"1\", features = [\"rt\", \"macros\"] }}\n"
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).map_err(io)?;
    std::fs::write(dir.join("src/main.rs"), main).map_err(io)
}

/// One consumer crate the bench builds.
struct Variant {
    label: &'static str,
    /// Its `[dependencies]` lines besides tokio.
    dependency: String,
    main: &'static str,
    /// The cold-build target against the floor; `None` for the floor itself.
    cold_target: Option<Target>,
    /// Whether to report its no-op rebuild against the floor's (informational).
    noop_row: bool,
}

pub(super) fn consumer_compile(root: &Path) -> Result<Vec<Row>, Failure> {
    let client = root
        .join("revolv3-client")
        .display()
        .to_string()
        .replace('\\', "/");
    let floor = Variant {
        label: "floor (reqwest + serde + tokio)",
        dependency: "reqwest = { version = \"0.13\", default-features = false, features = [\"json\", \"rustls\", \"http2\"] }\nserde = { version = \"1\", features = [\"derive\"] }".to_owned(),
        main: FLOOR_MAIN,
        cold_target: None,
        noop_row: false,
    };
    let default_features = Variant {
        label: "default features",
        dependency: format!("revolv3-client = {{ path = \"{client}\" }}"),
        main: CONSUMER_MAIN,
        cold_target: Some(Target::Informational),
        noop_row: true,
    };
    let fast_path = Variant {
        label: "fast path (no codegen)",
        dependency: format!("revolv3-client = {{ path = \"{client}\", default-features = false }}"),
        main: CONSUMER_MAIN,
        cold_target: Some(Target::AtMost(1.3)),
        noop_row: false,
    };
    // Every ratio is against the floor, the one variant without a target.
    let variants = [&floor, &default_features, &fast_path];
    let mut cold: Vec<f64> = vec![f64::INFINITY; variants.len()];
    let mut noop = vec![0.0; variants.len()];
    for round in 0..COLD_ROUNDS {
        // Rotate the order each round, so drift on a shared machine favours no variant.
        for i in (0..variants.len()).map(|k| (k + round) % variants.len()) {
            let variant = variants[i];
            let dir = target_dir(root).join(format!("bench-consumer/c{i}"));
            write_consumer(&dir, &variant.dependency, variant.main)?;
            let build = || {
                let mut c = crate::workspace::cargo_command();
                // The consumer's own `target/`, emptied above: a cold build every time.
                c.current_dir(&dir)
                    .env_remove("CARGO_TARGET_DIR")
                    .args(["build", "--quiet"]);
                c
            };
            eprintln!(
                "cold build {}/{COLD_ROUNDS} of the consumer with {}...",
                round + 1,
                variant.label
            );
            // Noise on a shared machine only ever adds time to a build: keep the fastest.
            cold[i] = cold[i].min(wall(build(), 1)?);
            if round == 0 {
                noop[i] = wall(build(), 3)?;
            }
        }
    }
    let floor_at = variants
        .iter()
        .position(|v| v.cold_target.is_none())
        .ok_or_else(|| Failure::Error("the consumer bench has no floor variant".into()))?;
    let (floor_cold, floor_noop) = (cold[floor_at], noop[floor_at]);
    let mut rows: Vec<Row> = variants
        .iter()
        .zip(&cold)
        .filter_map(|(variant, &time)| {
            Some(Row {
                measure: format!(
                    "consumer cold build (fastest of {COLD_ROUNDS}): {} vs floor",
                    variant.label
                ),
                value: show(time),
                baseline: show(floor_cold),
                ratio: time / floor_cold,
                target: variant.cold_target?,
            })
        })
        .collect();
    rows.extend(
        variants
            .iter()
            .zip(&noop)
            .filter(|(v, _)| v.noop_row)
            .map(|(variant, &time)| Row {
                measure: format!("consumer no-op rebuild: {} vs floor", variant.label),
                value: show(time),
                baseline: show(floor_noop),
                ratio: time / floor_noop,
                target: Target::Informational,
            }),
    );
    Ok(rows)
}
