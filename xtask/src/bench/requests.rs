//! Request overhead: the generated client against hand-written `reqwest` + `serde` making the
//! same exchange (`bench/requests/`), measured three ways:
//!
//! - criterion medians, for absolute times;
//! - the interleaved time ratio from `request_driver interleave`, the wall-time verdict, since
//!   criterion's back-to-back runs drift apart by more than the 5% being judged here;
//! - client instructions per request under valgrind's cachegrind, which repeat to within a few
//!   instructions (a measurement error when valgrind is not installed).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use serde_json::Value;

use super::{Row, Target, cargo, median, show, target_dir};
use crate::Failure;

/// The names of `Case::ALL` in `bench/requests/src/lib.rs`, which is the source of truth.
const CASES: [&str; 3] = ["get_customer", "list_100_invoices", "create_customer"];
const TARGET: Target = Target::AtMost(1.05);
/// Rounds of 20 interleaved pairs for the time ratio.
const ROUNDS: &str = "200";
/// Two request counts: the difference of their instruction totals, divided by the difference
/// of the counts, is the steady-state cost of one request, without start-up and connection set-up.
const COUNTS: (u64, u64) = (50, 350);
/// Counts of one case vary by about 1% between runs when the response is large (it reaches
/// the client in a different number of reads), so each variant's count is a median of runs.
const INSTRUCTION_RUNS: usize = 5;

pub(super) fn request_overhead(root: &Path) -> Result<Vec<Row>, Failure> {
    cargo(
        root,
        &[
            "build",
            "--release",
            "--quiet",
            "-p",
            "revolv3-bench-requests",
        ],
    )?;
    cargo(
        root,
        &[
            "bench",
            "--quiet",
            "-p",
            "revolv3-bench-requests",
            "--bench",
            "request_overhead",
        ],
    )?;
    let driver = target_dir(root).join("release/request_driver");
    let mut rows = Vec::new();
    for case in CASES {
        rows.push(criterion_row(root, case)?);
        rows.push(interleaved_row(&driver, case)?);
    }
    Ok(rows)
}

/// Client instructions per request, each case; needs valgrind, and the driver that
/// [`request_overhead`] builds.
pub(super) fn request_instructions(root: &Path) -> Result<Vec<Row>, Failure> {
    if !valgrind_available() {
        return Err(Failure::Error(
            "valgrind is not installed, so instructions per request could not be counted \
             (install valgrind, e.g. `apt-get install valgrind`)"
                .into(),
        ));
    }
    let driver = target_dir(root).join("release/request_driver");
    CASES
        .iter()
        .map(|case| instructions_row(&driver, case))
        .collect()
}

fn criterion_row(root: &Path, case: &str) -> Result<Row, Failure> {
    let median = |variant: &str| -> Result<f64, Failure> {
        let path = target_dir(root).join(format!("criterion/{case}/{variant}/new/estimates.json"));
        let text = std::fs::read_to_string(&path).map_err(|e| Failure::io("read", &path, e))?;
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
        v.pointer("/median/point_estimate")
            .and_then(Value::as_f64)
            .map(|ns| ns / 1e9)
            .ok_or_else(|| Failure::Error(format!("{}: no median", path.display())))
    };
    let (generated, handwritten) = (median("generated")?, median("handwritten")?);
    Ok(Row {
        measure: format!("request {case}: criterion medians, generated vs hand-written"),
        value: show(generated),
        baseline: show(handwritten),
        ratio: generated / handwritten,
        target: Target::Informational,
    })
}

fn interleaved_row(driver: &Path, case: &str) -> Result<Row, Failure> {
    let output = Command::new(driver)
        .args(["interleave", case, ROUNDS])
        .output()
        .map_err(|e| Failure::Error(format!("{}: {e}", driver.display())))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let quartiles = parse_quartiles(&text).filter(|_| output.status.success());
    let Some([lower, median, upper]) = quartiles else {
        return Err(Failure::Error(format!(
            "request_driver interleave {case}: unexpected output {text:?} ({})",
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    };
    Ok(Row {
        measure: format!(
            "request {case}: interleaved wall time, median of {ROUNDS} per-round ratios"
        ),
        value: format!("quartiles {lower:.2}–{upper:.2}"),
        baseline: "hand-written, same rounds".into(),
        ratio: median,
        target: TARGET,
    })
}

fn valgrind_available() -> bool {
    Command::new("valgrind")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn instructions_row(driver: &Path, case: &str) -> Result<Row, Failure> {
    let server = CannedServer::start(driver, case)?;
    let per_request = |variant: &str| -> Result<f64, Failure> {
        let few = client_instructions(driver, case, variant, COUNTS.0, &server.url)?;
        let many = client_instructions(driver, case, variant, COUNTS.1, &server.url)?;
        let extra = many.checked_sub(few).filter(|&n| n > 0).ok_or_else(|| {
            Failure::Error(format!(
                "{case} {variant}: {} requests counted {many} instructions, {} counted {few}",
                COUNTS.1, COUNTS.0
            ))
        })?;
        Ok(extra as f64 / (COUNTS.1 - COUNTS.0) as f64)
    };
    let (mut generated, mut handwritten) = (Vec::new(), Vec::new());
    for _ in 0..INSTRUCTION_RUNS {
        generated.push(per_request("generated")?);
        handwritten.push(per_request("handwritten")?);
    }
    let (generated, handwritten) = (median(generated), median(handwritten));
    Ok(Row {
        measure: format!("request {case}: client instructions per request (cachegrind)"),
        value: format!("{:.1}k", generated / 1e3),
        baseline: format!("{:.1}k", handwritten / 1e3),
        ratio: generated / handwritten,
        target: TARGET,
    })
}

/// Instructions the client process executes for `count` requests, as cachegrind counts them.
fn client_instructions(
    driver: &Path,
    case: &str,
    variant: &str,
    count: u64,
    url: &str,
) -> Result<u64, Failure> {
    let output = Command::new("valgrind")
        .args([
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
        ])
        .arg(driver)
        .args(["run", case, variant, &count.to_string(), url])
        .output()
        .map_err(|e| Failure::Error(format!("valgrind: {e}")))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    parse_instruction_count(&stderr)
        .filter(|_| output.status.success())
        .ok_or_else(|| {
            Failure::Error(format!(
                "valgrind request_driver run {case} {variant}: no instruction count\n{stderr}"
            ))
        })
}

/// `request_driver interleave` prints the lower quartile, median and upper quartile.
fn parse_quartiles(stdout: &str) -> Option<[f64; 3]> {
    let values: Vec<f64> = stdout
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    values.try_into().ok()
}

/// The total from cachegrind's summary line: `==PID== I   refs:      1,234,567` up to
/// valgrind 3.20, `==PID== I refs:        1,234,567` since 3.21.
fn parse_instruction_count(stderr: &str) -> Option<u64> {
    stderr.lines().find_map(|line| {
        let summary = line
            .strip_prefix("==")
            .and_then(|rest| rest.split_once("=="))
            .map_or(line, |(_pid, rest)| rest)
            .trim_start();
        let (key, count) = summary.split_once(':')?;
        let key: Vec<&str> = key.split_whitespace().collect();
        (key == ["I", "refs"])
            .then(|| count.trim().replace(',', "").parse().ok())
            .flatten()
    })
}

/// `request_driver serve` in its own process, stopped when dropped.
struct CannedServer {
    child: std::process::Child,
    url: String,
}

impl CannedServer {
    fn start(driver: &Path, case: &str) -> Result<Self, Failure> {
        let spawn_error = |e: std::io::Error| Failure::Error(format!("{}: {e}", driver.display()));
        let mut child = Command::new(driver)
            .args(["serve", case])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(spawn_error)?;
        let mut url = String::new();
        if let Some(stdout) = child.stdout.take() {
            BufReader::new(stdout)
                .read_line(&mut url)
                .map_err(spawn_error)?;
        }
        let url = url.trim().to_owned();
        if !url.starts_with("http://") {
            let _ = child.kill();
            return Err(Failure::Error(format!(
                "request_driver serve {case}: no URL on its first line"
            )));
        }
        Ok(Self { child, url })
    }
}

impl Drop for CannedServer {
    fn drop(&mut self) {
        // Closing stdin is the server's signal to stop.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_driver_quartiles() {
        assert_eq!(
            parse_quartiles("0.9894 1.0200 1.0560\n"),
            Some([0.9894, 1.02, 1.056])
        );
        assert_eq!(parse_quartiles("1.0 1.0"), None);
        assert_eq!(parse_quartiles("panicked at bench"), None);
    }

    #[test]
    fn reads_cachegrinds_instruction_total() {
        let stderr = "==22082== Cachegrind, a cache and branch-prediction profiler\n\
                      ==22082== \n\
                      ==22082== I   refs:      54,568,501\n";
        assert_eq!(parse_instruction_count(stderr), Some(54_568_501));
        let since_3_21 = "==7== I refs:        1,350,054,650\n==7== \n";
        assert_eq!(parse_instruction_count(since_3_21), Some(1_350_054_650));
        assert_eq!(parse_instruction_count("==1== error: no such file"), None);
    }
}
