//! `cargo xtask diff BASE HEAD`: what changed between two spec versions, and does it break.

use std::path::Path;

use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{IgnoreList, Level, Profile, diff, load_document};

use crate::Failure;
use crate::fetch::Limits;

/// Options of one diff run.
pub struct DiffArgs<'a> {
    pub base: &'a str,
    pub head: &'a str,
    pub profile: Profile,
    pub format: Format,
    pub fail_on: Option<Level>,
    pub ignore: Option<&'a Path>,
    /// An Overlay applied to both documents before they are compared.
    pub overlay: Option<&'a Path>,
    pub limits: Limits,
}

/// Prints the diff; fails with drift (exit 1) when a finding reaches `fail_on`.
pub fn run(root: &Path, args: &DiffArgs<'_>) -> Result<(), Failure> {
    let mut base = load(root, args.base, args.limits)?;
    let mut head = load(root, args.head, args.limits)?;
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
    let changes: Vec<_> = diff(&base, &head, args.profile)
        .into_iter()
        .filter(|c| !ignore.ignores(c))
        .collect();
    print!("{}", render(&changes, args.format));
    match args.fail_on {
        Some(threshold) if changes.iter().any(|c| c.level >= threshold) => Err(Failure::Drift(
            format!("changes at level {threshold} or above (see above)"),
        )),
        _ => Ok(()),
    }
}

/// Reads and parses a source (see [`crate::source::read`]).
fn load(root: &Path, source: &str, limits: Limits) -> Result<serde_json::Value, Failure> {
    let bytes = crate::source::read(root, source, limits)?;
    load_document(source, &bytes).map_err(|e| Failure::Error(e.to_string()))
}
