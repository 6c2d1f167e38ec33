//! `cargo xtask bench`: every benchmark in one go, each against a baseline measured in the same
//! run, printed as a table of medians and ratios. Not part of the test suite.
//!
//! - [`requests`]: generated client vs hand-written reqwest + serde, in time and instructions;
//! - [`codegen`]: the pipeline on the bundled spec and on synthetic specs 10x and 50x its size;
//! - [`diff`]: `xtask diff` vs Optic's `optic diff` on the same inputs;
//! - [`compile`]: a tiny consumer built with default features, with the fast path (no
//!   `codegen`), and with only reqwest + serde + tokio (the floor).

mod codegen;
mod compile;
mod diff;
mod requests;

use std::path::Path;
use std::process::Command;
use std::time::Instant;

pub use codegen::codegen_once;

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
    let optic = diff::install_optic(root)?;
    cargo(root, &["build", "--release", "--quiet", "-p", "xtask"])?;
    rows.extend(requests::request_overhead(root)?);
    rows.extend(codegen::codegen(root)?);
    rows.extend(diff::diff(root, &optic)?);
    if !args.skip_compile {
        rows.extend(compile::consumer_compile(root)?);
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

/// Where cargo puts build output for this workspace: `CARGO_TARGET_DIR` (relative to the
/// workspace root, where the bench runs cargo) or `target/`.
fn target_dir(root: &Path) -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir))
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
