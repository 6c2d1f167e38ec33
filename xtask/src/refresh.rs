//! `cargo xtask refresh`: take a new upstream spec, or refuse it and touch nothing.

use std::path::Path;

use revolv3_apidiff::format::{Format, render};
use revolv3_codegen::{SpecLock, parse_spec, sha256_hex};

use revolv3_codegen::Mock;

use crate::Failure;
use crate::fetch::fetch;
use crate::summary::OperationChanges;
use crate::workspace::{self, CHANGELOG, LOCK, NAMES, OVERLAY, SPEC};

/// Replace the bundled spec with upstream's bytes, update the lock and pin names for new
/// operations. Anything unusable is refused and leaves every file untouched.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to take the spec from: a URL or a local path.
    #[arg(long, value_name = "URL|PATH", default_value = crate::UPSTREAM_URL)]
    from: String,
    /// The source to record in the lock instead of --from (where a local copy came from).
    #[arg(long, value_name = "URL")]
    record_source: Option<String>,
    /// A note on the spec's provenance for the lock (a reconstruction, say).
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    #[command(flatten)]
    limits: crate::fetch::LimitArgs,
}

/// Fetches the spec, checks it generates (with the overlay, whose every action must still
/// select something), then stores it with its lock and names, and names the overlay actions
/// the new spec has made redundant.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (source, limits) = (args.from.as_str(), args.limits.limits());
    let old_spec = workspace::read(root, SPEC)?;
    let old_lock = workspace::read_lock(root)?;
    let pinned = workspace::read_names(root)?;
    let overlay = workspace::read_overlay(root)?;

    let bytes =
        fetch(source, limits).map_err(|e| Failure::Error(format!("refresh refused: {e}")))?;
    let new_doc = parse_spec(&bytes)
        .map_err(|e| Failure::Error(format!("refresh refused: {source}: {e}")))?;
    let sha256 = sha256_hex(&bytes);
    if sha256 == old_lock.sha256 && bytes == old_spec {
        println!(
            "up to date: {SPEC} is {} (sha256 {sha256})",
            old_lock.info_version
        );
        return Ok(());
    }
    // Refuse a spec the client cannot be generated from before touching any file.
    let output = revolv3_codegen::run(
        &bytes,
        &pinned,
        Mock::Skip,
        overlay.as_ref().map(|(o, _)| o),
    )
    .map_err(|e| match &overlay {
        Some(_) => Failure::Error(format!(
            "refresh refused: {source} with {OVERLAY} does not generate: {e}"
        )),
        None => Failure::Error(format!("refresh refused: {source} does not generate: {e}")),
    })?;

    let lock = SpecLock {
        source: args.record_source.as_deref().unwrap_or(source).to_owned(),
        sha256,
        info_version: revolv3_codegen::info_version(&new_doc).to_owned(),
        retrieved_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        note: args.note.clone(),
        overlay_sha256: old_lock.overlay_sha256.clone(),
    };
    let names = output.names.updated_table().to_json();
    let old_doc = parse_spec(&old_spec).unwrap_or_default();
    let api_diff = render(
        &crate::semver::rust_client_diff(&old_doc, &new_doc)?,
        &[],
        Format::Markdown,
        None,
    );
    let changelog = workspace::changelog_with_entry(
        root,
        CHANGELOG,
        CHANGELOG_TITLE,
        &changelog_entry(&old_lock.info_version, &lock, &api_diff),
    )?;
    workspace::write_all_atomically(
        root,
        &[
            (SPEC, &bytes),
            (LOCK, lock.to_json().as_bytes()),
            (NAMES, names.as_bytes()),
            (CHANGELOG, changelog.as_bytes()),
        ],
    )?;

    print!(
        "refreshed {SPEC} from {source}\n{}",
        OperationChanges::between(&old_doc, &new_doc)
    );
    workspace::print_outcome(&output);
    println!("next: cargo xtask generate, then review the snapshot diff\n\n{api_diff}");
    Ok(())
}

/// The entry of `openapi/CHANGELOG.md` for this refresh: the versions, when, and the API diff
/// as markdown (rust-client levels).
fn changelog_entry(old_version: &str, lock: &SpecLock, api_diff: &str) -> String {
    let diff = api_diff
        .replacen("## API changes", "#### API changes", 1)
        .replace("\n### ", "\n##### ");
    format!(
        "## {old_version} -> {} ({})\n\nFrom {}, sha256 {}.\n\n{diff}",
        lock.info_version, lock.retrieved_at, lock.source, lock.sha256
    )
}

const CHANGELOG_TITLE: &str = "# Revolv3 spec changelog\n";
