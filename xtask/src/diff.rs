//! `cargo xtask diff BASE HEAD`: what changed between two spec versions, and does it break.

use std::path::Path;

use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{IgnoreList, Level, Options, diff_with, load_document_with, rule_listing};

use crate::Failure;
use crate::fetch::Limits;

/// Options of one diff run.
pub struct DiffArgs<'a> {
    pub base: &'a str,
    pub head: &'a str,
    pub options: Options,
    pub format: Format,
    pub fail_on: Option<Level>,
    pub ignore: Option<&'a Path>,
    /// An Overlay applied to both documents before they are compared.
    pub overlay: Option<&'a Path>,
    pub limits: Limits,
}

/// Prints the rule registry as JSON: `[{id, oasdiff_level, rust_client_level, extension}]`.
pub fn list_rules() -> Result<(), Failure> {
    let json = serde_json::to_string_pretty(&rule_listing())
        .map_err(|e| Failure::Error(format!("could not print the rules: {e}")))?;
    println!("{json}");
    Ok(())
}

/// Prints the diff; fails with drift (exit 1) when a finding reaches `fail_on`.
pub fn run(root: &Path, args: &DiffArgs<'_>) -> Result<(), Failure> {
    // Parsing dominates a diff of large specs, and the two documents are independent.
    let (base, head) = std::thread::scope(|scope| {
        let head = scope.spawn(|| load(root, args.head, args.limits));
        let base = load(root, args.base, args.limits);
        (base, head.join())
    });
    let mut base = base?;
    let mut head = head.map_err(|_| Failure::Error(format!("{}: loading failed", args.head)))??;
    if let Some(overlay) = crate::workspace::read_overlay_arg(args.overlay)? {
        for (side, source, doc) in [
            ("BASE", args.base, &mut base),
            ("HEAD", args.head, &mut head),
        ] {
            overlay.apply(doc).map_err(|e| {
                Failure::Error(format!("{side} {source}: the overlay does not apply: {e}"))
            })?;
        }
    }
    let ignore = match args.ignore {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
            IgnoreList::parse(&text)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?
        }
        None => IgnoreList::default(),
    };
    let changes: Vec<_> = diff_with(&base, &head, &args.options)
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
fn load(root: &Path, source: &str, limits: Limits) -> Result<serde_json::Value, Failure> {
    let bytes = crate::source::read(root, source, limits)?;
    parse(root, source, &bytes, limits)
}

/// Parses `bytes`, read from `source`, following its external `$ref`s relative to it (see
/// [`crate::source::read_beside`]).
pub fn parse(
    root: &Path,
    source: &str,
    bytes: &[u8],
    limits: Limits,
) -> Result<serde_json::Value, Failure> {
    load_document_with(source, bytes, &mut |file: &str| {
        crate::source::read_beside(root, source, file, limits)
    })
    .map_err(|e| Failure::Error(e.to_string()))
}
