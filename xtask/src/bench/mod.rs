//! `cargo xtask bench`: every benchmark in one go, each against a baseline measured in the same
//! run, printed as a table of medians, ratios, targets and verdicts. Not part of the test suite.
//!
//! - [`requests`]: generated client vs hand-written reqwest + serde, in time and instructions;
//! - [`codegen`]: the pipeline on the bundled spec and on synthetic specs 10x and 50x its size;
//! - [`diff`]: `xtask diff` vs Optic's `optic diff` on the same inputs;
//! - [`compile`]: a tiny consumer built with default features, with the fast path (no
//!   `codegen`), and with only reqwest + serde + tokio (the floor).
//!
//! Exit 0 when every target holds, 1 when one is missed, 2 when a measurement could not be
//! taken (a timed command failed, a tool is missing): a bench that could not measure never
//! passes.

mod codegen;
mod compile;
mod diff;
mod requests;

use std::fmt;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Instant;

use crate::Failure;
use crate::workspace::{cargo, target_dir};

/// What a row's ratio must be for the row to pass.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// The ratio must not exceed this.
    AtMost(f64),
    /// The ratio must reach at least this.
    AtLeast(f64),
    /// Shown for context; no verdict.
    Informational,
}

impl Target {
    /// Whether `ratio` meets the target; `None` for an informational row.
    pub fn met(self, ratio: f64) -> Option<bool> {
        match self {
            Target::AtMost(limit) => Some(ratio <= limit),
            Target::AtLeast(floor) => Some(ratio >= floor),
            Target::Informational => None,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::AtMost(limit) => write!(f, "<= {limit}x"),
            Target::AtLeast(floor) => write!(f, ">= {floor}x"),
            Target::Informational => f.write_str("(informational)"),
        }
    }
}

/// One row of the result table.
pub struct Row {
    measure: String,
    value: String,
    baseline: String,
    ratio: f64,
    target: Target,
}

/// The benchmark groups, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Group {
    /// Request overhead: time and instructions per request.
    Requests,
    /// Pipeline scaling.
    Codegen,
    /// The API diff against Optic, and against merely parsing its inputs.
    Diff,
    /// Cold consumer builds (minutes each).
    Compile,
}

/// Run the benchmarks against their baselines and print a table of medians, ratios,
/// targets and verdicts. Exit 0 when every target holds, 1 when one is missed, 2 when a
/// measurement could not be taken.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Run only these groups (repeatable; default all).
    #[arg(long, value_enum, value_name = "GROUP")]
    only: Vec<Group>,
    /// Skip the cold consumer builds, which take minutes.
    #[arg(long)]
    skip_compile: bool,
}

impl Args {
    /// Whether the run includes `group`.
    fn wants(&self, group: Group) -> bool {
        (self.only.is_empty() || self.only.contains(&group))
            && !(self.skip_compile && group == Group::Compile)
    }
}

/// (Used by `bench`.) Run the pipeline on FILE once; print seconds and generated lines.
#[derive(Debug, clap::Args)]
pub struct CodegenOnceArgs {
    file: std::path::PathBuf,
}

/// (Used by `bench`.) Read and parse each FILE as JSON: the floor of a diff.
#[derive(Debug, clap::Args)]
pub struct ParseOnceArgs {
    files: Vec<std::path::PathBuf>,
}

/// Runs one file through the pipeline, for `bench`'s timings.
pub fn codegen_once(args: &CodegenOnceArgs) -> Result<(), Failure> {
    codegen::codegen_once(&args.file)
}

/// Parses files as JSON, for `bench`'s floor.
pub fn parse_once(args: &ParseOnceArgs) -> Result<(), Failure> {
    diff::parse_once(&args.files)
}

pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let wants = |g: Group| args.wants(g);
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    let mut measure = |group: &str, result: Result<Vec<Row>, Failure>| match result {
        Ok(measured) => rows.extend(measured),
        Err(Failure::Error(reason) | Failure::Drift(reason)) => {
            failures.push(format!("{group}: {reason}"));
        }
    };
    // Optic is installed first, so a missing npm stops the run before minutes of work.
    let optic = if wants(Group::Diff) {
        Some(diff::install_optic(root)?)
    } else {
        None
    };
    cargo(root, &["build", "--release", "--quiet", "-p", "xtask"])?;
    if wants(Group::Requests) {
        measure("requests", requests::request_overhead(root));
        measure("instructions", requests::request_instructions(root));
    }
    if wants(Group::Codegen) {
        measure("codegen", codegen::codegen(root));
    }
    if let Some(optic) = optic {
        measure("diff", diff::diff(root, &optic));
    }
    if wants(Group::Compile) {
        measure("compile", compile::consumer_compile(root));
    }
    print!("{}", table(&rows));
    verdict(&rows, &failures)
}

/// The table: measure, value, baseline, ratio, target and verdict per row.
fn table(rows: &[Row]) -> String {
    let mut out = String::from(
        "\n| measure | value | baseline | ratio | target | verdict |\n|---|---|---|---|---|---|\n",
    );
    for r in rows {
        let verdict = match r.target.met(r.ratio) {
            Some(true) => "met",
            Some(false) => "MISSED",
            None => "",
        };
        out.push_str(&format!(
            "| {} | {} | {} | {:.2}x | {} | {verdict} |\n",
            r.measure, r.value, r.baseline, r.ratio, r.target
        ));
    }
    out
}

/// Exit 2 (error) when a measurement could not be taken, 1 (drift) when a target is missed.
fn verdict(rows: &[Row], failures: &[String]) -> Result<(), Failure> {
    if !failures.is_empty() {
        return Err(Failure::Error(format!(
            "could not measure:\n  {}",
            failures.join("\n  ")
        )));
    }
    let missed: Vec<String> = rows
        .iter()
        .filter(|r| r.target.met(r.ratio) == Some(false))
        .map(|r| format!("{}: {:.2}x, target {}", r.measure, r.ratio, r.target))
        .collect();
    if missed.is_empty() {
        Ok(())
    } else {
        Err(Failure::Drift(format!(
            "targets missed:\n  {}",
            missed.join("\n  ")
        )))
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

/// The median wall time of `runs` runs of `command`. A run that does not exit 0 is an error,
/// never a time: a command that fails at once would otherwise look fast.
fn wall(command: Command, runs: usize) -> Result<f64, Failure> {
    wall_accepting(command, runs, |output| output.status.success())
}

/// [`wall`] for a command whose successful runs `accept` recognizes from their output (a
/// checker that exits 1 when it finds what it was run to find, say).
fn wall_accepting(
    mut command: Command,
    runs: usize,
    accept: impl Fn(&Output) -> bool,
) -> Result<f64, Failure> {
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        let output = command
            .output()
            .map_err(|e| Failure::Error(format!("{}: {e}", shown(&command))))?;
        let elapsed = started.elapsed().as_secs_f64();
        if !accept(&output) {
            return Err(Failure::Error(format!(
                "{} failed ({}), so it was not timed: {}",
                shown(&command),
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            )));
        }
        times.push(elapsed);
    }
    Ok(median(times))
}

/// A command as a user would type it, for messages.
fn shown(command: &Command) -> String {
    std::iter::once(command.get_program())
        .chain(command.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(ratio: f64, target: Target) -> Row {
        Row {
            measure: "m".into(),
            value: "v".into(),
            baseline: "b".into(),
            ratio,
            target,
        }
    }

    #[test]
    fn a_missed_target_is_drift_and_a_failed_measurement_an_error() {
        let met = [
            row(1.02, Target::AtMost(1.05)),
            row(480.0, Target::AtLeast(20.0)),
        ];
        assert!(verdict(&met, &[]).is_ok());
        // A deliberately strict target: the same measurements, judged against 1.01x.
        let strict = [
            row(1.02, Target::AtMost(1.01)),
            row(1.7, Target::Informational),
        ];
        let Err(Failure::Drift(message)) = verdict(&strict, &[]) else {
            panic!("a missed target must fail the bench");
        };
        assert!(message.contains("m: 1.02x, target <= 1.01x"), "{message}");
        assert!(table(&strict).contains("| 1.02x | <= 1.01x | MISSED |"));
        let failed = ["diff: optic failed".to_owned()];
        assert!(
            matches!(verdict(&met, &failed), Err(Failure::Error(m)) if m.contains("optic failed"))
        );
    }

    #[test]
    fn a_command_that_fails_is_an_error_not_a_time() {
        let Err(Failure::Error(message)) = wall(Command::new("false"), 3) else {
            panic!("a failing command must not be timed");
        };
        assert!(
            message.contains("false failed (exit status: 1)"),
            "{message}"
        );
        assert!(wall(Command::new("true"), 1).is_ok_and(|t| t >= 0.0));
    }
}
