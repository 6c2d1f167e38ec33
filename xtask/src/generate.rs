//! `cargo xtask generate`.

use std::path::Path;

use revolv3_codegen::Mock;

use crate::Failure;
use crate::workspace::{self, LOCK, NAMES, SPEC};

/// Pins names for new operations, records the overlay's sha256 in the lock, then writes the
/// snapshot files. Every file is staged before any is replaced.
pub fn run(root: &Path) -> Result<(), Failure> {
    let spec = workspace::read(root, SPEC)?;
    let pinned = workspace::read_names(root)?;
    let mut lock = workspace::read_lock(root)?;
    let overlay = workspace::read_overlay(root)?;
    let output = revolv3_codegen::run(
        &spec,
        &pinned,
        Mock::Include,
        overlay.as_ref().map(|(o, _)| o),
    )
    .map_err(|e| Failure::Error(format!("{}: {e}", workspace::spec_shown(overlay.as_ref()))))?;
    workspace::print_outcome(&output);
    lock.overlay_sha256 = overlay.map(|(_, sha256)| sha256);
    let names = output.names.updated_table().to_json();
    let lock = lock.to_json();
    let mut files = vec![(NAMES, names.as_str()), (LOCK, lock.as_str())];
    files.extend(workspace::snapshot_files(&output));
    let bytes: Vec<(&str, &[u8])> = files.iter().map(|(f, c)| (*f, c.as_bytes())).collect();
    let written = workspace::write_changed(root, &bytes)?;
    for (file, _) in workspace::snapshot_files(&output) {
        let state = if written.contains(&file) {
            "written"
        } else {
            "unchanged"
        };
        println!("{file}: {state}");
    }
    Ok(())
}
