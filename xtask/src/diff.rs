//! `cargo xtask diff BASE HEAD`: what changed between two spec versions, and does it break.

use std::path::Path;

use std::path::PathBuf;

use regex::Regex;
use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{
    Date, Document, Element, HeaderNames, IgnoreList, Level, Loaded, Options, PathMatching,
    PathScope, Profile, SeverityLevels, Stability, diff_with, load_with_sources, locate,
    rule_listing,
};

use crate::Failure;
use crate::source::{ReadArgs, Reading};

/// What changed between two spec versions and whether it breaks clients. BASE and HEAD are
/// files, URLs, or `git:REV[:path]` (default path `openapi/swagger.json`).
/// Exit 0, or 1 when a change reaches --fail-on, or 2 on unreadable input or options.
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
    /// Exit 1 when a change at this level or above remains (accepted changes do not count).
    #[arg(long, value_enum)]
    fail_on: Option<Level>,
    /// The approvals ledger: findings accepted by fingerprint, with a reason, who accepted
    /// them, when, and until when (default `openapi/api-diff-accepted.yaml`, when it exists).
    /// An entry that matches no finding, or has expired, fails the run (exit 1).
    #[arg(long, value_name = "FILE")]
    accepted: Option<PathBuf>,
    /// Add every open finding at or above --fail-on (error when not given) to the ledger, with
    /// --reason, and exit.
    #[arg(long, requires = "reason")]
    accept: bool,
    /// Why the findings --accept records are accepted.
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,
    /// Who accepts (default: git's user.name, else $USER).
    #[arg(long, value_name = "NAME")]
    accepted_by: Option<String>,
    /// Deprecated: a file of `rule-id [METHOD /path]` lines, which accept a rule everywhere in
    /// an operation. Use the ledger (--accepted, --accept) instead.
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
    /// Compare header names (header parameters, response headers) character for character.
    /// By default they compare as HTTP compares them, ignoring case, as oasdiff's default
    /// `--case-insensitive-headers` does; a finding about a header spelled otherwise in HEAD
    /// shows HEAD's spelling (oasdiff shows it in lower case).
    #[arg(long)]
    case_sensitive_headers: bool,
    /// Compare only the paths whose key matches this regular expression: the key as written
    /// under `paths`, template variables included; matched anywhere in it unless anchored with
    /// ^ and $. Webhooks, components and the document's own changes are still compared, as in
    /// oasdiff.
    #[arg(long, value_name = "REGEX", value_parser = regular_expression)]
    match_path: Option<Regex>,
    /// Leave out the paths whose key matches this regular expression (see --match-path).
    #[arg(long, value_name = "REGEX", value_parser = regular_expression)]
    unmatch_path: Option<Regex>,
    /// Leave out the path items and operations with an extension whose name matches this
    /// regular expression, whatever its value (`^x-internal$`), on each side. Unlike oasdiff,
    /// also the operations of paths added or removed whole, and webhooks.
    #[arg(long, value_name = "REGEX", value_parser = regular_expression)]
    filter_extension: Option<Regex>,
    /// Extensions, by exact name, left out wherever two versions' extensions are compared:
    /// changes found that way are not reported (`x-sunset`: sunset dates changed or removed;
    /// `x-extensible-enum`: values removed). Rules that read one side's value still read it
    /// (a deprecation's sunset date, an operation's stability level), as in oasdiff.
    #[arg(long, value_name = "NAME,...", value_delimiter = ',')]
    exclude_extensions: Vec<String>,
    /// Elements to leave out, oasdiff's names. `extensions`: every extension, as
    /// --exclude-extensions naming them all. The others change nothing here and are accepted
    /// so that oasdiff's command lines run: no rule reads a description, example, title or
    /// summary, and `endpoints` hides a listing of oasdiff's `diff` report that ours does not
    /// have (added and removed endpoints are still reported, as oasdiff's `breaking` does).
    #[arg(long, value_enum, value_name = "ELEMENT,...", value_delimiter = ',')]
    exclude_elements: Vec<Element>,
    /// Compare each operation with its path item's parameters as its own (after its own, and
    /// unless it has one of the same location and name): a parameter moved between a path
    /// item and its operations changes nothing. Unlike oasdiff, webhooks too, and header
    /// names compare as headers do.
    #[arg(long)]
    flatten_params: bool,
    /// Merge every allOf into the one schema it stands for before comparing (oasdiff's merge
    /// rules, listed in apidiff/src/flatten.rs). Members that conflict (no common type, enum value or
    /// format) are an error naming the schema, exit 2.
    #[arg(long, alias = "flatten")]
    flatten_allof: bool,
    /// Pair paths only when their keys are identical: `/pets/{id}` and `/pets/{petId}` are
    /// then a path removed and one added, rather than a path parameter renamed.
    #[arg(long)]
    include_path_params: bool,
    /// File of per-rule levels replacing the profile's, under either profile: one
    /// `rule-id level` per line, level `error`, `warning`, `info` or `none` (not reported);
    /// `#` starts a comment. Every file oasdiff reads works.
    #[arg(long, value_name = "FILE")]
    severity_levels: Option<PathBuf>,
    /// Also say what each change does to the Rust API of revolv3-client, generating the
    /// client from both documents: under each finding, the items it adds, removes, retypes or
    /// deprecates (`types::CustomerDto::last_name`, `Client::get_invoices`), and apart, any
    /// Rust change no finding explains.
    #[arg(long)]
    rust: bool,
    #[command(flatten)]
    reading: ReadArgs,
}

/// A regular expression flag's value.
fn regular_expression(text: &str) -> Result<Regex, String> {
    Regex::new(text).map_err(|e| format!("not a regular expression: {e}"))
}

impl Args {
    /// The diff engine's options these flags give; the severity levels are read from their
    /// file.
    fn options(&self) -> Result<Options, Failure> {
        let severity_levels = match &self.severity_levels {
            Some(path) => SeverityLevels::parse(&read_text(path)?)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?,
            None => SeverityLevels::default(),
        };
        Ok(Options {
            profile: self.profile,
            deprecation_days_beta: self.deprecation_days_beta,
            deprecation_days_stable: self.deprecation_days_stable,
            stability_level: self.stability_level,
            header_names: if self.case_sensitive_headers {
                HeaderNames::CaseSensitive
            } else {
                HeaderNames::CaseInsensitive
            },
            path_matching: if self.include_path_params {
                PathMatching::Exact
            } else {
                PathMatching::IgnoringVariableNames
            },
            scope: PathScope {
                only_paths: self.match_path.clone(),
                except_paths: self.unmatch_path.clone(),
                except_with_extension: self.filter_extension.clone(),
            },
            excluded_elements: self.exclude_elements.iter().copied().collect(),
            excluded_extensions: self.exclude_extensions.iter().cloned().collect(),
            flatten_params: self.flatten_params,
            flatten_all_of: self.flatten_allof,
            severity_levels,
            ..Options::default()
        })
    }
}

/// The UTF-8 text of the file at `path`.
fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = crate::workspace::read_bounded(path)?;
    String::from_utf8(bytes)
        .map_err(|e| Failure::Error(format!("{}: not UTF-8 text: {e}", path.display())))
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
    // Bad options are found before the documents are read.
    let options = args.options()?;
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
            ("BASE", base_source, &mut base.document),
            ("HEAD", head_source, &mut head.document),
        ] {
            overlay.apply(doc).map_err(|e| {
                Failure::Error(format!("{side} {source}: the overlay does not apply: {e}"))
            })?;
        }
    }
    let ignore = legacy_ignore_list(args.ignore.as_deref())?;
    let mut changes: Vec<_> = diff_with(&base.document, &head.document, &options)
        .map_err(|e| {
            let (side, source) = match e.document {
                Document::Base => ("BASE", base_source),
                Document::Head => ("HEAD", head_source),
            };
            Failure::Error(format!("{side} {source}: {e}"))
        })?
        .into_iter()
        .filter(|c| !ignore.ignores(c))
        .collect();
    let (ledger_path, mut ledger) =
        crate::accepted::read(root, args.accepted.as_deref(), args.accept)?;
    let stale: Vec<String> = ledger
        .apply(&mut changes, options.today)
        .iter()
        .map(ToString::to_string)
        .collect();
    locate(&mut changes, &base, &head);
    let rust_without_finding = if args.rust {
        crate::rust_api::Clients::generate(
            root,
            (base_source, &base.document),
            (head_source, &head.document),
        )?
        .attach(&base.document, &head.document, &mut changes)
    } else {
        Vec::new()
    };
    // The process ends with this command: freeing both documents node by node would cost a
    // tenth of the run and hand nothing back.
    std::mem::forget((base, head));
    let threshold = args.fail_on.unwrap_or(Level::Error);
    let open_at_threshold = changes
        .iter()
        .filter(|c| c.accepted.is_none() && c.level >= threshold)
        .cloned()
        .collect::<Vec<_>>();
    if args.accept {
        let before = ledger.accepted.len();
        let reason = args.reason.as_deref().unwrap_or_default();
        let by = crate::accepted::accepter(args.accepted_by.as_deref());
        ledger.accept(&open_at_threshold, reason, &by, Date::today());
        crate::accepted::write(&ledger_path, &ledger)?;
        println!(
            "{} finding(s) at {threshold} or above accepted in {}",
            ledger.accepted.len() - before,
            ledger_path.display()
        );
        return Ok(());
    }
    print!(
        "{}",
        render(&changes, &rust_without_finding, args.format, args.fail_on)
    );
    if !stale.is_empty() {
        return Err(Failure::Drift(format!(
            "{} has stale entries:\n  {}",
            ledger_path.display(),
            stale.join("\n  ")
        )));
    }
    match args.fail_on {
        Some(threshold) if !open_at_threshold.is_empty() => Err(Failure::Drift(format!(
            "changes at level {threshold} or above (see above)"
        ))),
        _ => Ok(()),
    }
}

/// The deprecated `--ignore` file, read as before, with a word on its replacement.
fn legacy_ignore_list(path: Option<&Path>) -> Result<IgnoreList, Failure> {
    let Some(path) = path else {
        return Ok(IgnoreList::default());
    };
    eprintln!(
        "note: --ignore is deprecated: an entry accepts a rule anywhere in an operation, forever. \
         Record the findings to accept with `cargo xtask diff BASE HEAD --accept --reason TEXT` \
         instead (openapi/api-diff-accepted.yaml: by fingerprint, with who, when and until when)"
    );
    IgnoreList::parse(&read_text(path)?)
        .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))
}

/// Reads and parses a source (see [`crate::source::read`]); see [`parse`].
fn load(root: &Path, source: &str, reading: &Reading) -> Result<Loaded, Failure> {
    let bytes = crate::source::read(root, source, reading.limits)?;
    parse(root, source, &bytes, reading)
}

/// Parses `bytes`, read from `source`, following its external `$ref`s relative to it (see
/// [`crate::source::read_beside`]), and keeps the texts to place findings on their lines,
/// shown under the file's name (a `git:` source's path in the tree).
pub fn parse(
    root: &Path,
    source: &str,
    bytes: &[u8],
    reading: &Reading,
) -> Result<Loaded, Failure> {
    let mut loaded = load_with_sources(source, bytes, &mut |file: &str| {
        crate::source::read_beside(root, source, file, reading)
    })
    .map_err(|e| Failure::Error(e.to_string()))?;
    loaded.sources = loaded.sources.shown_as(&shown_name(root, source));
    Ok(loaded)
}

/// How findings name the file `source` reads: a `git:` source by its path in the tree, a file
/// in the workspace relative to it (what `release` writes into the changelog must not name
/// this machine's folders), any other file as given.
fn shown_name(root: &Path, source: &str) -> String {
    let name = crate::source::file_name(source);
    match Path::new(&name).strip_prefix(root) {
        Ok(relative) => relative.display().to_string(),
        Err(_) => name,
    }
}
