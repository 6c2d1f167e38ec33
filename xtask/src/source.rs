//! Where a spec comes from on the command line: `git:REV[:path]`, an http(s) URL, or a file.

use std::path::Path;
use std::process::Command;

use crate::Failure;
use crate::fetch::{Limits, fetch};

/// The bytes of `source`: `git:REV[:path]` (path defaults to `openapi/swagger.json`, read from
/// the repository at `root`), an http(s) URL, or a file path.
pub fn read(root: &Path, source: &str, limits: Limits) -> Result<Vec<u8>, Failure> {
    let Some((rev, path)) = git_source(source) else {
        return fetch(source, limits).map_err(Failure::Error);
    };
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

/// The bytes of `file`, a `/`-separated path relative to the document `source` names: how a
/// spec's external `$ref`s are read. Followed for files and git sources; the neighbours of a
/// URL are not fetched (a diff must not wander the network on a document's say-so).
pub fn read_beside(
    root: &Path,
    source: &str,
    file: &str,
    limits: Limits,
) -> Result<Vec<u8>, String> {
    if let Some((rev, path)) = git_source(source) {
        let folder = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        let beside = if folder.is_empty() {
            file.to_owned()
        } else {
            format!("{folder}/{file}")
        };
        read_git(root, rev, &beside).map_err(|e| format!("git:{rev}:{beside}: {e}"))
    } else if source.starts_with("http://") || source.starts_with("https://") {
        Err(format!(
            "`{file}`: external references are followed for files and git sources only"
        ))
    } else {
        let folder = Path::new(source).parent().unwrap_or(Path::new(""));
        fetch(&folder.join(file).display().to_string(), limits)
    }
}

/// `git:REV[:path]` split into the revision and the path (default `openapi/swagger.json`).
fn git_source(source: &str) -> Option<(&str, &str)> {
    let spec = source.strip_prefix("git:")?;
    Some(
        spec.split_once(':')
            .unwrap_or((spec, crate::workspace::SPEC)),
    )
}
