//! Where a spec comes from on the command line: `git:REV[:path]`, an http(s) URL, or a file.

use std::path::Path;
use std::process::Command;

use crate::Failure;
use crate::fetch::{Limits, fetch};

/// The bytes of `source`: `git:REV[:path]` (path defaults to `openapi/swagger.json`, read from
/// the repository at `root`), an http(s) URL, or a file path.
pub fn read(root: &Path, source: &str, limits: Limits) -> Result<Vec<u8>, Failure> {
    let Some(spec) = source.strip_prefix("git:") else {
        return fetch(source, limits).map_err(Failure::Error);
    };
    let (rev, path) = spec
        .split_once(':')
        .unwrap_or((spec, "openapi/swagger.json"));
    read_git(root, rev, path).map_err(|e| Failure::Error(format!("{source}: {e}")))
}

/// The bytes of `path` at revision `rev` of the repository at `root`.
pub fn read_git(root: &Path, rev: &str, path: &str) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("show")
        .arg(format!("{rev}:{path}"))
        .output()
        .map_err(|e| format!("could not run git: {e}"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}
