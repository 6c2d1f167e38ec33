//! `cargo xtask`: maintainer commands over the spec pipeline in `revolv3-codegen`.
//!
//! Exit codes: 0 clean, 1 drift (check found a difference), 2 error (bad input, I/O, network).

mod check;
mod generate;
mod workspace;

use std::path::PathBuf;
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

#[derive(Subcommand)]
enum Command {
    /// Pin names for new operations and write the checked-in snapshot (normalized spec,
    /// generated client and mock helpers), exactly as the build script generates them.
    Generate,
    /// Offline: verify the spec matches its lock, every operation has a pinned name, and the
    /// snapshot matches fresh generation. Exit 0 clean, 1 drift, 2 error.
    Check,
}

/// How a command ended, beyond plain success.
pub enum Failure {
    /// The tree disagrees with itself; the message says where.
    Drift(String),
    /// The command could not do its job.
    Error(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let root = cli.root.unwrap_or_else(workspace::default_root);
    let outcome = match cli.command {
        Command::Generate => generate::run(&root),
        Command::Check => check::run(&root),
    };
    match outcome {
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
