//! The approvals ledger of `cargo xtask diff` on disk: `openapi/api-diff-accepted.yaml` (or
//! `--accepted FILE`), read before a diff and written by `--accept`.

use std::path::{Path, PathBuf};
use std::process::Command;

use revolv3_apidiff::Ledger;

use crate::Failure;
use crate::workspace;

/// The ledger a diff uses unless `--accepted` names another.
pub const DEFAULT: &str = "openapi/api-diff-accepted.yaml";

/// The ledger file and what it holds: `--accepted FILE` (which must exist unless it is about
/// to be written), or the default file when there is one.
pub fn read(
    root: &Path,
    given: Option<&Path>,
    writing: bool,
) -> Result<(PathBuf, Ledger), Failure> {
    let path = given.map_or_else(|| root.join(DEFAULT), Path::to_path_buf);
    let exists = path
        .try_exists()
        .map_err(|e| Failure::io("read", &path, e))?;
    if !exists {
        if given.is_some() && !writing {
            return Err(Failure::Error(format!(
                "{}: no such ledger file",
                path.display()
            )));
        }
        return Ok((path, Ledger::default()));
    }
    let bytes = workspace::read_bounded(&path)?;
    let ledger =
        Ledger::parse(&bytes).map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
    Ok((path, ledger))
}

/// Writes `ledger` to `path` (atomically: a temporary file, then a rename).
pub fn write(path: &Path, ledger: &Ledger) -> Result<(), Failure> {
    workspace::write_file_atomically(path, ledger.to_yaml().as_bytes())
}

/// Who accepts: `--accepted-by`, else git's `user.name`, else `$USER`.
pub fn accepter(given: Option<&str>) -> String {
    if let Some(name) = given {
        return name.to_owned();
    }
    let from_git = Command::new("git")
        .args(["config", "user.name"])
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .filter(|name| !name.is_empty());
    from_git
        .or_else(|| std::env::var("USER").ok())
        .unwrap_or_else(|| "unknown".to_owned())
}
