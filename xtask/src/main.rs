//! `cargo xtask`: maintainer commands over the spec pipeline in `revolv3-codegen`.
//!
//! Exit codes: 0 clean, 1 drift (check found a difference), 2 error (bad input, I/O, network).

mod accepted;
mod bench;
mod check;
mod diff;
mod drift;
mod fetch;
mod generate;
mod refresh;
mod release;
mod rust_api;
mod semver;
mod source;
mod summary;
mod try_spec;
mod workspace;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Maintainer commands for revolv3-rs.
#[derive(Parser)]
#[command(name = "cargo xtask", version, about)]
struct Cli {
    /// Workspace root (the folder holding `openapi/`); defaults to this repository.
    #[arg(long, global = true, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

/// Each command's arguments and `run` live in its module.
#[derive(Subcommand)]
enum Command {
    /// Pin names for new operations and write the checked-in snapshot (normalized spec,
    /// generated client and mock helpers), exactly as the build script generates them.
    Generate,
    Check(check::Args),
    // Boxed: its many flags would make every command as large.
    Diff(Box<diff::Args>),
    Semver(semver::Args),
    Release(release::Args),
    TrySpec(try_spec::Args),
    Bench(bench::Args),
    #[command(hide = true)]
    BenchCodegen(bench::CodegenOnceArgs),
    #[command(hide = true)]
    BenchParse(bench::ParseOnceArgs),
    Drift(drift::Args),
    Refresh(refresh::Args),
}

/// Where Revolv3 publishes its spec.
pub const UPSTREAM_URL: &str = "https://docs.revolv3.com/api-reference/swagger.json";

fn run(root: &Path, command: &Command) -> Result<(), Failure> {
    match command {
        Command::Generate => generate::run(root),
        Command::Check(args) => check::run(root, args),
        Command::Diff(args) => diff::run(root, args),
        Command::Semver(args) => semver::run(root, args),
        Command::Release(args) => release::run(root, args),
        Command::TrySpec(args) => try_spec::run(root, args),
        Command::Bench(args) => bench::run(root, args),
        Command::BenchCodegen(args) => bench::codegen_once(args),
        Command::BenchParse(args) => bench::parse_once(args),
        Command::Drift(args) => drift::run(root, args),
        Command::Refresh(args) => refresh::run(root, args),
    }
}

/// How a command ended, beyond plain success; `main` turns it into the exit code.
#[derive(Debug)]
pub enum Failure {
    /// The tree disagrees with itself; the message says where.
    Drift(String),
    /// The command could not do its job.
    Error(String),
}

impl Failure {
    /// An I/O error: what was being done, to which path, and what went wrong.
    pub fn io(doing: &str, path: &Path, e: std::io::Error) -> Self {
        Failure::Error(format!("could not {doing} {}: {e}", path.display()))
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(workspace::default_root);
    match run(&root, &cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Drift(message)) => {
            eprintln!("drift: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Error(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
