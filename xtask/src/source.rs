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
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .arg("show")
        .arg(format!("{rev}:{path}"))
        .output()
        .map_err(|e| Failure::Error(format!("{source}: could not run git: {e}")))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(Failure::Error(format!(
            "{source}: {}",
            String::from_utf8_lossy(&output.stderr).trim()
        )))
    }
}
