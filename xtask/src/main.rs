//! `cargo xtask`: maintainer commands over the spec pipeline in `revolv3-codegen`.
//!
//! Exit codes: 0 clean, 1 drift (check found a difference), 2 error (bad input, I/O, network).

mod bench;
mod check;
mod diff;
mod drift;
mod fetch;
mod generate;
mod refresh;
mod release;
mod semver;
mod source;
mod summary;
mod try_spec;
mod workspace;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

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
    Check {
        /// Also compare the bundled spec with upstream (default: the official URL), changing
        /// nothing. A network failure is an error (exit 2), not drift.
        #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = UPSTREAM_URL)]
        upstream: Option<String>,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// What changed between two spec versions and whether it breaks clients. BASE and HEAD are
    /// files, URLs, or `git:REV[:path]` (default path `openapi/swagger.json`).
    /// Exit 0, or 1 when a change reaches --fail-on, or 2 on unreadable input.
    Diff {
        #[arg(required_unless_present = "list_rules")]
        base: Option<String>,
        #[arg(required_unless_present = "list_rules")]
        head: Option<String>,
        /// Print every rule the diff can report, as JSON
        /// (`[{id, oasdiff_level, rust_client_level, extension}]`), and exit.
        #[arg(long, conflicts_with_all = ["base", "head"])]
        list_rules: bool,
        /// `rust-client` (levels for callers of revolv3-client) or `oasdiff` (oasdiff's levels).
        #[arg(long, default_value = "rust-client", value_parser = parse_profile)]
        profile: revolv3_apidiff::Profile,
        /// `text`, `markdown`, `json` or `githubactions`.
        #[arg(long, default_value = "text", value_parser = parse_format)]
        format: revolv3_apidiff::format::Format,
        /// Exit 1 when a change at this level or above remains: error, warning or info.
        #[arg(long, value_parser = parse_level)]
        fail_on: Option<revolv3_apidiff::Level>,
        /// File of accepted changes, one `rule-id [METHOD /path]` per line.
        #[arg(long, value_name = "FILE")]
        ignore: Option<PathBuf>,
        /// An OpenAPI Overlay applied to both documents first; an action that selects nothing
        /// in either is an error naming that side.
        #[arg(long, value_name = "FILE")]
        overlay: Option<PathBuf>,
        /// Days a deprecated `beta` operation must have before its sunset date.
        #[arg(long, default_value_t = 0, value_name = "DAYS")]
        deprecation_days_beta: u32,
        /// Days a deprecated `stable` operation must have before its sunset date.
        #[arg(long, default_value_t = 0, value_name = "DAYS")]
        deprecation_days_stable: u32,
        /// Leave out operations less stable than this `x-stability-level`: draft, alpha,
        /// beta or stable.
        #[arg(long, default_value = "beta", value_parser = parse_stability)]
        stability_level: revolv3_apidiff::Stability,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Generate the client for BASE and HEAD (as for `diff`) and check the rust-client diff's
    /// verdict (major, minor, none) against cargo-semver-checks on the two generated crates.
    /// Exit 0 when they agree, 1 when they disagree, 2 on bad input or a tool failure.
    Semver {
        #[arg(required_unless_present = "tool_version")]
        base: Option<String>,
        #[arg(required_unless_present = "tool_version")]
        head: Option<String>,
        /// Print the cargo-semver-checks version this command needs, and exit.
        #[arg(long)]
        tool_version: bool,
        #[command(flatten)]
        limits: LimitArgs,
    },
    /// Set the next version of revolv3-client from what changed since the release at REV (the
    /// API diff of the spec; `--breaking` for what it cannot see), bump the libraries it builds
    /// with when their code changed, and add a CHANGELOG.md entry.
    Release {
        /// The git revision of the last release.
        #[arg(long, value_name = "REV")]
        since: String,
        /// A breaking change the spec diff cannot see, for the changelog (repeatable).
        #[arg(long, value_name = "REASON")]
        breaking: Vec<String>,
        /// An addition beside the spec's, for the changelog (repeatable).
        #[arg(long, value_name = "TEXT")]
        added: Vec<String>,
        /// Release date, YYYY-MM-DD (default: today, UTC).
        #[arg(long)]
        date: Option<String>,
    },
    /// Run the pipeline on any spec and compile the generated client in a throw-away crate.
    /// Prints `ok: N operations, M types` (exit 0) or the construct and JSON pointer at fault (exit 2).
    TrySpec {
        /// The spec to try.
        file: PathBuf,
        /// An OpenAPI Overlay applied to the spec first.
        #[arg(long, value_name = "FILE")]
        overlay: Option<PathBuf>,
    },
    /// Run the benchmarks against their baselines and print a table of medians, ratios,
    /// targets and verdicts. Exit 0 when every target holds, 1 when one is missed, 2 when a
    /// measurement could not be taken.
    Bench {
        /// Run only these groups (repeatable; default all).
        #[arg(long, value_enum, value_name = "GROUP")]
        only: Vec<bench::Group>,
        /// Skip the cold consumer builds, which take minutes.
        #[arg(long)]
        skip_compile: bool,
    },
    /// (Used by `bench`.) Run the pipeline on FILE once; print seconds and generated lines.
    #[command(hide = true)]
    BenchCodegen { file: PathBuf },
    /// (Used by `bench`.) Read and parse each FILE as JSON: the floor of a diff.
    #[command(hide = true)]
    BenchParse { files: Vec<PathBuf> },
    /// Where the spec is wrong, learnt from the wire: `observe` calls the API with drift
    /// reporting, `overlay` turns a report into Overlay actions.
    Drift {
        #[command(subcommand)]
        command: DriftCommand,
    },
    /// Replace the bundled spec with upstream's bytes, update the lock and pin names for new
    /// operations. Anything unusable is refused and leaves every file untouched.
    Refresh {
        /// Where to take the spec from: a URL or a local path.
        #[arg(long, value_name = "URL|PATH", default_value = UPSTREAM_URL)]
        from: String,
        /// The source to record in the lock instead of --from (where a local copy came from).
        #[arg(long, value_name = "URL")]
        record_source: Option<String>,
        /// A note on the spec's provenance for the lock (a reconstruction, say).
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[command(flatten)]
        limits: LimitArgs,
    },
}

#[derive(Subcommand)]
enum DriftCommand {
    /// Print the Overlay actions that would make the spec describe what REPORT observed
    /// (undocumented fields and statuses, unlisted enum values); type mismatches and missing
    /// required fields are printed for a human, not guessed. With --write, add the new actions
    /// to openapi/overlay.yaml.
    Overlay {
        /// A saved drift report (`Client::take_drift_report`, or `drift observe`).
        report: PathBuf,
        /// Add the actions to openapi/overlay.yaml (created if absent; equal actions are not
        /// added twice).
        #[arg(long)]
        write: bool,
    },
    /// Call every read-only operation (the GETs; ids from the list operations' results) with
    /// the token in REVOLV3_TOKEN, check each response against the spec, and write the report.
    /// Without REVOLV3_TOKEN, exit 2.
    Observe {
        /// The API root; the sandbox unless given.
        #[arg(long, value_name = "URL")]
        base_url: Option<String>,
        /// Where to write the report.
        #[arg(long, value_name = "FILE", default_value = drift::observe::DEFAULT_OUT)]
        out: PathBuf,
    },
}

/// Where Revolv3 publishes its spec.
pub const UPSTREAM_URL: &str = "https://docs.revolv3.com/api-reference/swagger.json";

#[derive(clap::Args)]
struct LimitArgs {
    /// Refuse a spec larger than this many bytes.
    #[arg(long, default_value_t = fetch::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    /// Give up on a download after this many seconds.
    #[arg(long, default_value_t = fetch::DEFAULT_TIMEOUT_SECS)]
    timeout_secs: u64,
}

impl LimitArgs {
    fn limits(&self) -> fetch::Limits {
        fetch::Limits {
            max_bytes: self.max_bytes,
            timeout: Duration::from_secs(self.timeout_secs),
        }
    }
}

fn parse_profile(text: &str) -> Result<revolv3_apidiff::Profile, String> {
    revolv3_apidiff::Profile::parse(text)
        .ok_or_else(|| format!("`{text}` is not rust-client or oasdiff"))
}

fn parse_format(text: &str) -> Result<revolv3_apidiff::format::Format, String> {
    revolv3_apidiff::format::Format::parse(text)
        .ok_or_else(|| format!("`{text}` is not text, markdown, json or githubactions"))
}

fn parse_stability(text: &str) -> Result<revolv3_apidiff::Stability, String> {
    revolv3_apidiff::Stability::parse(text)
        .ok_or_else(|| format!("`{text}` is not draft, alpha, beta or stable"))
}

fn parse_level(text: &str) -> Result<revolv3_apidiff::Level, String> {
    revolv3_apidiff::Level::parse(text)
        .ok_or_else(|| format!("`{text}` is not error, warning or info"))
}

/// How a command ended, beyond plain success.
#[derive(Debug)]
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
        Command::Check { upstream, limits } => {
            check::run(&root, upstream.as_deref(), limits.limits())
        }
        Command::TrySpec { file, overlay } => try_spec::run(&root, &file, overlay.as_deref()),
        Command::Release {
            since,
            breaking,
            added,
            date,
        } => release::run(
            &root,
            &release::ReleaseArgs {
                since: &since,
                breaking: &breaking,
                added: &added,
                date: date.as_deref(),
            },
        ),
        Command::Semver {
            base,
            head,
            tool_version,
            limits,
        } => match (base, head) {
            _ if tool_version => {
                println!("{}", semver::TOOL_VERSION);
                Ok(())
            }
            (Some(base), Some(head)) => semver::run(&root, &base, &head, limits.limits()),
            _ => Err(Failure::Error("semver needs BASE and HEAD".into())),
        },
        Command::Bench { only, skip_compile } => {
            let mut groups = if only.is_empty() {
                <bench::Group as clap::ValueEnum>::value_variants().to_vec()
            } else {
                only
            };
            if skip_compile {
                groups.retain(|g| *g != bench::Group::Compile);
            }
            bench::run(&root, &bench::BenchArgs { groups })
        }
        Command::BenchCodegen { file } => bench::codegen_once(&file),
        Command::BenchParse { files } => bench::parse_once(&files),
        Command::Refresh {
            from,
            record_source,
            note,
            limits,
        } => refresh::run(
            &root,
            &from,
            &refresh::Provenance {
                source: record_source.as_deref(),
                note: note.as_deref(),
            },
            limits.limits(),
        ),
        Command::Drift {
            command: DriftCommand::Overlay { report, write },
        } => drift::overlay::run(&root, &report, write),
        Command::Drift {
            command: DriftCommand::Observe { base_url, out },
        } => drift::observe::run(&root, base_url.as_deref(), &out),
        Command::Diff {
            list_rules: true, ..
        } => diff::list_rules(),
        Command::Diff {
            base,
            head,
            profile,
            format,
            fail_on,
            ignore,
            deprecation_days_beta,
            deprecation_days_stable,
            stability_level,
            overlay,
            limits,
            ..
        } => diff::run(
            &root,
            &diff::DiffArgs {
                base: base.as_deref().unwrap_or_default(),
                head: head.as_deref().unwrap_or_default(),
                options: revolv3_apidiff::Options {
                    profile,
                    deprecation_days_beta,
                    deprecation_days_stable,
                    stability_level,
                    ..revolv3_apidiff::Options::default()
                },
                format,
                fail_on,
                ignore: ignore.as_deref(),
                overlay: overlay.as_deref(),
                limits: limits.limits(),
            },
        ),
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
