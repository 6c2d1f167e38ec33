//! `cargo xtask check`: the tree agrees with itself, offline.

use std::fmt::Write as _;
use std::path::Path;

use revolv3_codegen::{parse_spec, sha256_hex};
use similar::TextDiff;

use revolv3_codegen::Mock;

use crate::Failure;
use crate::fetch::{LimitArgs, fetch};
use crate::summary::OperationChanges;
use crate::workspace::{self, LOCK, NAMES, OVERLAY, SPEC};

/// Offline: verify the spec matches its lock, every operation has a pinned name, and the
/// snapshot matches fresh generation. Exit 0 clean, 1 drift, 2 error.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also compare the bundled spec with upstream (default: the official URL), changing
    /// nothing. A network failure is an error (exit 2), not drift.
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = crate::UPSTREAM_URL)]
    upstream: Option<String>,
    #[command(flatten)]
    limits: LimitArgs,
}

/// Checks, in order: spec and overlay bytes against the lock, names file coverage, snapshot
/// freshness (generated with the overlay), and, when asked, upstream. All drift found is
/// reported together.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (upstream, limits) = (args.upstream.as_deref(), args.limits.limits());
    let spec = workspace::read(root, SPEC)?;
    let lock = workspace::read_lock(root)?;
    let pinned = workspace::read_names(root)?;
    let mut drift = Vec::new();

    let actual = sha256_hex(&spec);
    if actual != lock.sha256 {
        drift.push(format!(
            "{SPEC} has sha256 {actual}, but {LOCK} records {}; the spec was changed without \
             `cargo xtask refresh`",
            lock.sha256
        ));
    }

    let overlay = workspace::read_overlay(root)?;
    let overlay_sha256 = overlay.as_ref().map(|(_, sha256)| sha256.as_str());
    if overlay_sha256 != lock.overlay_sha256.as_deref() {
        drift.push(match (overlay_sha256, &lock.overlay_sha256) {
            (Some(actual), Some(recorded)) => format!(
                "{OVERLAY} has sha256 {actual}, but {LOCK} records {recorded}; run `cargo xtask \
                 generate`"
            ),
            (Some(_), None) => {
                format!("{OVERLAY} is not recorded in {LOCK}; run `cargo xtask generate`")
            }
            _ => format!(
                "{LOCK} records an overlay, but there is no {OVERLAY}; run `cargo xtask generate`"
            ),
        });
    }

    let output = revolv3_codegen::run(
        &spec,
        &pinned,
        Mock::Include,
        overlay.as_ref().map(|(o, _)| o),
    )
    .map_err(|e| {
        Failure::Error(format!(
            "{} does not generate: {e}",
            workspace::spec_shown(overlay.as_ref())
        ))
    })?;
    if !output.names.added.is_empty() {
        let mut message = format!("operations without a pinned name in {NAMES}:");
        for (key, name) in &output.names.added {
            let _ = write!(message, "\n  {key} (would be `{name}`)");
        }
        message.push_str("\nrun `cargo xtask generate` to pin them");
        drift.push(message);
    }
    if !output.names.removed.is_empty() {
        let mut message = format!("{NAMES} names operations the spec no longer has:");
        for (key, name) in &output.names.removed {
            let _ = write!(message, "\n  {key} (`{name}`)");
        }
        drift.push(message);
    }

    for (file, expected) in workspace::snapshot_files(&output) {
        let current = std::fs::read(root.join(file))
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default();
        if current != expected {
            let diff = TextDiff::from_lines(current.as_str(), expected)
                .unified_diff()
                .context_radius(3)
                .header(
                    &format!("{file} (checked in)"),
                    &format!("{file} (generated)"),
                )
                .to_string();
            drift.push(format!(
                "{file} is stale; run `cargo xtask generate`\n{}",
                truncate(&diff, 200)
            ));
        }
    }

    if let Some(url) = upstream {
        let bytes = fetch(url, limits)
            .map_err(|e| Failure::Error(format!("could not check upstream: {e}")))?;
        if sha256_hex(&bytes) != lock.sha256 {
            let upstream_doc = parse_spec(&bytes)
                .map_err(|e| Failure::Error(format!("could not check upstream: {url}: {e}")))?;
            let bundled = parse_spec(&spec).unwrap_or_default();
            drift.push(format!(
                "upstream {url} differs from {SPEC}; run `cargo xtask refresh`\n{}",
                OperationChanges::between(&bundled, &upstream_doc)
            ));
        } else {
            println!("upstream {url} matches {SPEC}");
        }
    }

    // What generation changed in the spec, so a repair is never silent, drift or not.
    for notice in &output.notices {
        println!("{notice}");
    }
    workspace::print_redundant_actions(&output);
    if drift.is_empty() {
        println!(
            "ok: {SPEC} {} ({} operations){} matches {LOCK}, {NAMES} and the snapshot{}",
            lock.info_version,
            output.names.names.0.len(),
            match &overlay {
                Some((o, _)) => format!(" with {OVERLAY} ({} actions)", o.actions().len()),
                None => String::new(),
            },
            match output.notices.len() {
                0 => String::new(),
                n => format!("; generation left out, dropped or repaired {n} things (above)"),
            }
        );
        Ok(())
    } else {
        Err(Failure::Drift(drift.join("\n\n")))
    }
}

/// The first `max_lines` lines of a long diff, with a note of how many were left out.
fn truncate(text: &str, max_lines: usize) -> String {
    let total = text.lines().count();
    if total <= max_lines {
        return text.to_owned();
    }
    let mut out: String = text
        .lines()
        .take(max_lines)
        .flat_map(|l| [l, "\n"])
        .collect();
    let _ = write!(out, "… {} more diff lines", total - max_lines);
    out
}
