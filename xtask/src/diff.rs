//! `cargo xtask diff BASE HEAD`: what changed between two spec versions, and does it break.

use std::path::Path;

use std::path::PathBuf;

use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{
    IgnoreList, Level, Options, Profile, Stability, diff_with, load_document_with, rule_listing,
};

use crate::Failure;
use crate::source::{ReadArgs, Reading};

/// What changed between two spec versions and whether it breaks clients. BASE and HEAD are
/// files, URLs, or `git:REV[:path]` (default path `openapi/swagger.json`).
/// Exit 0, or 1 when a change reaches --fail-on, or 2 on unreadable input.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(required_unless_present = "list_rules")]
    base: Option<String>,
    #[arg(required_unless_present = "list_rules")]
    head: Option<String>,
    /// Print every rule the diff can report, as JSON
    /// (`[{id, oasdiff_level, rust_client_level, extension, at}]`, `at` the changes it
    /// reports: directions, places, qualifiers, attributes, actions), and exit.
    #[arg(long, conflicts_with_all = ["base", "head"])]
    list_rules: bool,
    /// Levels for callers of revolv3-client, or oasdiff's own levels.
    #[arg(long, value_enum, default_value_t = Profile::RustClient)]
    profile: Profile,
    /// How to print the changes.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit 1 when a change at this level or above remains.
    #[arg(long, value_enum)]
    fail_on: Option<Level>,
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
    /// Leave out operations less stable than this `x-stability-level`.
    #[arg(long, value_enum, default_value_t = Stability::Beta)]
    stability_level: Stability,
    #[command(flatten)]
    reading: ReadArgs,
}

impl Args {
    /// The diff engine's options these flags give.
    fn options(&self) -> Options {
        Options {
            profile: self.profile,
            deprecation_days_beta: self.deprecation_days_beta,
            deprecation_days_stable: self.deprecation_days_stable,
            stability_level: self.stability_level,
            ..Options::default()
        }
    }
}

/// Prints the rule registry as JSON: `[{id, oasdiff_level, rust_client_level, extension, at}]`.
fn list_rules() -> Result<(), Failure> {
    let json = serde_json::to_string_pretty(&rule_listing())
        .map_err(|e| Failure::Error(format!("could not print the rules: {e}")))?;
    println!("{json}");
    Ok(())
}

/// Prints the diff (or, with `--list-rules`, the rules); fails with drift (exit 1) when a
/// finding reaches `--fail-on`.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (Some(base_source), Some(head_source)) = (args.base.as_deref(), args.head.as_deref())
    else {
        return list_rules();
    };
    let reading = args.reading.reading();
    // Parsing dominates a diff of large specs, and the two documents are independent.
    let (base, head) = std::thread::scope(|scope| {
        let head = scope.spawn(|| load(root, head_source, &reading));
        let base = load(root, base_source, &reading);
        (base, head.join())
    });
    let mut base = base?;
    let mut head = head.map_err(|_| Failure::Error(format!("{head_source}: loading failed")))??;
    if let Some(overlay) = crate::workspace::read_overlay_arg(args.overlay.as_deref())? {
        for (side, source, doc) in [
            ("BASE", base_source, &mut base),
            ("HEAD", head_source, &mut head),
        ] {
            overlay.apply(doc).map_err(|e| {
                Failure::Error(format!("{side} {source}: the overlay does not apply: {e}"))
            })?;
        }
    }
    let ignore = match &args.ignore {
        Some(path) => {
            let bytes = crate::workspace::read_bounded(path)?;
            let text = String::from_utf8(bytes)
                .map_err(|e| Failure::Error(format!("{}: not UTF-8 text: {e}", path.display())))?;
            IgnoreList::parse(&text)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?
        }
        None => IgnoreList::default(),
    };
    let changes: Vec<_> = diff_with(&base, &head, &args.options())
        .into_iter()
        .filter(|c| !ignore.ignores(c))
        .collect();
    print!("{}", render(&changes, args.format));
    // The process ends with this command: freeing both documents node by node would cost a
    // tenth of the run and hand nothing back.
    std::mem::forget((base, head));
    match args.fail_on {
        Some(threshold) if changes.iter().any(|c| c.level >= threshold) => Err(Failure::Drift(
            format!("changes at level {threshold} or above (see above)"),
        )),
        _ => Ok(()),
    }
}

/// Reads and parses a source (see [`crate::source::read`]); see [`parse`].
fn load(root: &Path, source: &str, reading: &Reading) -> Result<serde_json::Value, Failure> {
    let bytes = crate::source::read(root, source, reading.limits)?;
    parse(root, source, &bytes, reading)
}

/// Parses `bytes`, read from `source`, following its external `$ref`s relative to it (see
/// [`crate::source::read_beside`]).
pub fn parse(
    root: &Path,
    source: &str,
    bytes: &[u8],
    reading: &Reading,
) -> Result<serde_json::Value, Failure> {
    load_document_with(source, bytes, &mut |file: &str| {
        crate::source::read_beside(root, source, file, reading)
    })
    .map_err(|e| Failure::Error(e.to_string()))
}
