//! `cargo xtask drift`: learn from the wire where the spec is wrong (`observe`), and turn what
//! was learnt into Overlay actions (`overlay`).

pub mod observe;
pub mod overlay;

use std::path::Path;

use crate::Failure;

/// Where the spec is wrong, learnt from the wire: `observe` calls the API with drift
/// reporting, `overlay` turns a report into Overlay actions.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, clap::Subcommand)]
enum Command {
    Overlay(overlay::Args),
    Observe(observe::Args),
}

pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    match &args.command {
        Command::Overlay(args) => overlay::run(root, args),
        Command::Observe(args) => observe::run(root, args),
    }
}
