//! Consumer compile time: a tiny binary built with default features, with the fast path (no
//! `codegen`), and with only reqwest + serde + tokio (the floor).

use std::path::Path;
use std::process::Command;

use super::{Row, show, target_dir, wall};
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
    let mut times = Vec::new();
    let mut noop = Vec::new();
    for (i, (label, dependency, main)) in variants.iter().enumerate() {
        let dir = target_dir(root).join(format!("bench-consumer/c{i}"));
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
