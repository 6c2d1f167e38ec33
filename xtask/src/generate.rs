//! `cargo xtask generate`.

use std::path::Path;

use revolv3_codegen::Mock;

use crate::Failure;
use crate::workspace::{self, NAMES, SPEC};

/// Pins names for new operations, then writes the snapshot files.
pub fn run(root: &Path) -> Result<(), Failure> {
    let spec = workspace::read(root, SPEC)?;
    let pinned = workspace::read_names(root)?;
    let output = revolv3_codegen::run(&spec, &pinned, Mock::Include)
        .map_err(|e| Failure::Error(format!("{SPEC}: {e}")))?;
    for (key, name) in &output.names.added {
        println!("new operation {key}: pinned as `{name}`");
    }
    for (key, name) in &output.names.removed {
        println!("removed operation {key}: `{name}` dropped from {NAMES}");
    }
    for notice in &output.notices {
        println!("{notice}");
    }
    let names = output.names.updated_table().to_json();
    workspace::write_atomically(root, NAMES, names.as_bytes())?;
    for (file, contents) in workspace::snapshot_files(&output) {
        let changed = workspace::write_atomically(root, file, contents.as_bytes())?;
        println!("{file}: {}", if changed { "written" } else { "unchanged" });
    }
    Ok(())
}
