//! Where the files xtask reads and writes live, relative to the workspace root.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use revolv3_codegen::{NameTable, Overlay, PipelineOutput, SpecLock, sha256_hex};

use crate::Failure;

/// The bundled spec, byte for byte as upstream serves it.
pub const SPEC: &str = "openapi/swagger.json";
/// Provenance of the bundled spec.
pub const LOCK: &str = "openapi/swagger.lock.json";
/// One entry per refreshed spec version, with its API diff.
pub const CHANGELOG: &str = "openapi/CHANGELOG.md";
/// Pinned Rust method names.
pub const NAMES: &str = "openapi/operation-names.json";
/// Our corrections to the bundled spec, as an OpenAPI Overlay; optional.
pub const OVERLAY: &str = "openapi/overlay.yaml";
/// Snapshot files: what the pipeline makes of the spec, checked in for review.
pub const SNAPSHOT_NORMALIZED: &str = "revolv3-client/generated/swagger.normalized.json";
pub const SNAPSHOT_CLIENT: &str = "revolv3-client/generated/client.rs";
pub const SNAPSHOT_MOCK: &str = "revolv3-client/generated/mock.rs";
pub const SNAPSHOT_DRIFT: &str = "revolv3-client/generated/drift.json";

/// This repository's root, as built.
pub fn default_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Where cargo puts build output for this workspace: `CARGO_TARGET_DIR` (relative to the
/// workspace root) or `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir))
}

/// A command for the cargo that runs xtask (`$CARGO`), or the `cargo` on `PATH`.
pub fn cargo_command() -> std::process::Command {
    std::process::Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs cargo with `args` in `root`, failing unless it succeeds.
pub fn cargo(root: &Path, args: &[&str]) -> Result<(), Failure> {
    let status = cargo_command()
        .current_dir(root)
        .args(args)
        .status()
        .map_err(|e| Failure::Error(format!("cargo: {e}")))?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::Error(format!("cargo {} failed", args.join(" "))))
    }
}

/// Reads the file at `path`, refusing one past the default byte limit: the files xtask reads
/// (specs, overlays, reports) may come from anyone.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, Failure> {
    crate::fetch::read_file(path, crate::fetch::Limits::default()).map_err(Failure::Error)
}

/// Reads `relative` under `root`, within the default byte limit.
pub fn read(root: &Path, relative: &str) -> Result<Vec<u8>, Failure> {
    read_bounded(&root.join(relative))
}

/// Reads `relative` under `root`; `None` when there is no such file.
pub fn read_optional(root: &Path, relative: &str) -> Result<Option<Vec<u8>>, Failure> {
    let path = root.join(relative);
    match fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => read_bounded(&path).map(Some),
    }
}

/// The changelog `relative` with `entry` on top, under its `title` (written anew when the file
/// is missing). A changelog that exists but cannot be read is an error, never an empty history.
pub fn changelog_with_entry(
    root: &Path,
    relative: &str,
    title: &str,
    entry: &str,
) -> Result<String, Failure> {
    let existing = match read_optional(root, relative)? {
        Some(bytes) => {
            String::from_utf8(bytes).map_err(|e| Failure::Error(format!("{relative}: {e}")))?
        }
        None => String::new(),
    };
    let body = existing
        .strip_prefix(title)
        .unwrap_or(&existing)
        .trim_start();
    let separator = if body.is_empty() { "" } else { "\n" };
    Ok(format!("{title}\n{entry}{separator}{body}"))
}

/// Reads the names file; a missing file is an empty table.
pub fn read_names(root: &Path) -> Result<NameTable, Failure> {
    let Some(bytes) = read_optional(root, NAMES)? else {
        return Ok(NameTable::default());
    };
    NameTable::from_json(&bytes).map_err(|e| Failure::Error(format!("{NAMES}: {e}")))
}

/// Reads and parses the lock file.
pub fn read_lock(root: &Path) -> Result<SpecLock, Failure> {
    SpecLock::from_json(&read(root, LOCK)?).map_err(|e| Failure::Error(format!("{LOCK}: {e}")))
}

/// The overlay file, read and parsed, with its sha256; `None` when there is none.
pub fn read_overlay(root: &Path) -> Result<Option<(Overlay, String)>, Failure> {
    read_optional(root, OVERLAY)?
        .map(|bytes| read_overlay_bytes(OVERLAY, &bytes))
        .transpose()
}

/// The overlay file as a JSON value (YAML or JSON text, read as `Overlay::parse` reads it),
/// unchecked; `None` when there is none.
pub fn read_overlay_document(root: &Path) -> Result<Option<serde_json::Value>, Failure> {
    read_optional(root, OVERLAY)?
        .map(|bytes| {
            Overlay::parse_document(&bytes).map_err(|e| Failure::Error(format!("{OVERLAY}: {e}")))
        })
        .transpose()
}

/// Parses overlay bytes read from `shown`, with their sha256.
pub fn read_overlay_bytes(shown: &str, bytes: &[u8]) -> Result<(Overlay, String), Failure> {
    let overlay = Overlay::parse(bytes).map_err(|e| Failure::Error(format!("{shown}: {e}")))?;
    Ok((overlay, sha256_hex(bytes)))
}

/// Reads an `--overlay FILE` argument.
pub fn read_overlay_arg(file: Option<&Path>) -> Result<Option<Overlay>, Failure> {
    let Some(file) = file else {
        return Ok(None);
    };
    let shown = file.display().to_string();
    let bytes = read_bounded(file)?;
    read_overlay_bytes(&shown, &bytes).map(|(overlay, _)| Some(overlay))
}

/// The name of what a pipeline error is about: the spec, or the spec with the overlay.
pub fn spec_shown(overlay: Option<&(Overlay, String)>) -> String {
    match overlay {
        Some(_) => format!("{SPEC} with {OVERLAY}"),
        None => SPEC.to_owned(),
    }
}

/// Prints a line per overlay action that changed nothing.
/// Prints what a pipeline run did to the names file and the spec: names pinned for new
/// operations, names of removed ones dropped, every notice, and the overlay actions upstream
/// made redundant.
pub fn print_outcome(output: &PipelineOutput) {
    for (key, name) in &output.names.added {
        println!("new operation {key}: pinned as `{name}`");
    }
    for (key, name) in &output.names.removed {
        println!("removed operation {key}: `{name}` dropped from {NAMES}");
    }
    for notice in &output.notices {
        println!("{notice}");
    }
    print_redundant_actions(output);
}

/// Prints the overlay actions upstream made redundant.
pub fn print_redundant_actions(output: &PipelineOutput) {
    for line in output
        .overlay
        .iter()
        .flat_map(|a| a.redundant_lines(OVERLAY))
    {
        println!("{line}");
    }
}

/// The snapshot files and their expected contents for one pipeline run.
pub fn snapshot_files(output: &PipelineOutput) -> [(&'static str, &str); 4] {
    [
        (SNAPSHOT_NORMALIZED, output.normalized_json.as_str()),
        (SNAPSHOT_CLIENT, output.code.client.as_str()),
        (
            SNAPSHOT_MOCK,
            output.code.mock.as_deref().unwrap_or_default(),
        ),
        (SNAPSHOT_DRIFT, output.drift_table.as_str()),
    ]
}

/// Writes `contents` to `relative` atomically; see [`write_all_atomically`]. Returns whether
/// the file changed.
pub fn write_atomically(root: &Path, relative: &str, contents: &[u8]) -> Result<bool, Failure> {
    Ok(!write_changed(root, &[(relative, contents)])?.is_empty())
}

/// Writes those of `files` whose contents differ from what is on disk, all together (see
/// [`write_all_atomically`]); returns the ones written.
pub fn write_changed<'a>(root: &Path, files: &[(&'a str, &[u8])]) -> Result<Vec<&'a str>, Failure> {
    let changed: Vec<(&str, &[u8])> = files
        .iter()
        .filter(|(relative, contents)| {
            fs::read(root.join(relative)).map_or(true, |old| old != *contents)
        })
        .copied()
        .collect();
    write_all_atomically(root, &changed)?;
    Ok(changed.into_iter().map(|(relative, _)| relative).collect())
}

/// Writes `contents` to `path` (anywhere, not only under the workspace root) atomically.
pub fn write_file_atomically(path: &Path, contents: &[u8]) -> Result<(), Failure> {
    let shown = path.display().to_string();
    write_all_atomically(Path::new(""), &[(shown.as_str(), contents)])
}

/// Writes several files so that a failure or crash never leaves half a file: every file is
/// first written in full to a temporary file beside it, and only then are they renamed into
/// place. If any temporary file cannot be written, no target is touched.
pub fn write_all_atomically(root: &Path, files: &[(&str, &[u8])]) -> Result<(), Failure> {
    let mut staged = Vec::new();
    let mut outcome = Ok(());
    for (relative, contents) in files {
        let path = root.join(relative);
        let tmp = path.with_file_name(format!(
            ".{}.tmp-{}",
            path.file_name().and_then(|n| n.to_str()).unwrap_or("file"),
            std::process::id()
        ));
        let written = path
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::File::create(&tmp))
            .and_then(|mut f| f.write_all(contents).and_then(|()| f.sync_all()));
        if let Err(e) = written {
            outcome = Err(Failure::io("write", &path, e));
            staged.push((tmp, path));
            break;
        }
        staged.push((tmp, path));
    }
    if outcome.is_ok() {
        for (tmp, path) in &staged {
            if let Err(e) = fs::rename(tmp, path) {
                outcome = Err(Failure::io("replace", path, e));
                break;
            }
        }
    }
    for (tmp, _) in &staged {
        let _ = fs::remove_file(tmp);
    }
    outcome
}
