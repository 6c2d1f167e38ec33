//! Where a spec comes from on the command line: `git:REV[:path]`, an http(s) URL, or a file.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

use crate::Failure;
use crate::fetch::{LimitArgs, Limits, fetch};

/// How specs are read: the limits, and the folders a spec's external `$ref`s may reach
/// besides the spec's own.
#[derive(Debug, Clone, clap::Args)]
pub struct ReadArgs {
    #[command(flatten)]
    limits: LimitArgs,
    /// Let external `$ref`s also read files under DIR (repeatable). Without it a `$ref` may
    /// only name files in the folder of the spec that holds it, or below; a spec from a pull
    /// request cannot read outside the repository that way.
    #[arg(long, value_name = "DIR")]
    allow_external_refs: Vec<PathBuf>,
}

impl ReadArgs {
    /// What these flags allow.
    pub fn reading(&self) -> Reading {
        Reading {
            limits: self.limits.limits(),
            allowed: self.allow_external_refs.clone(),
        }
    }
}

/// Limits on reading a spec, and the folders its external `$ref`s may reach besides its own.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// Size and time limits of each read.
    pub limits: Limits,
    /// Folders beside the spec's own that external `$ref`s may read from.
    pub allowed: Vec<PathBuf>,
}

/// The bytes of `source`: `git:REV[:path]` (path defaults to `openapi/swagger.json`, read from
/// the repository at `root`), an http(s) URL, or a file path.
pub fn read(root: &Path, source: &str, limits: Limits) -> Result<Vec<u8>, Failure> {
    // A spec named on the command line is the user's choice; only what it names is confined.
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
///
/// `file` must stay inside the folder of the spec (or a folder `reading` allows), after `..`
/// and symbolic links are resolved; that is decided before the file is opened, and only a
/// regular file is read.
pub fn read_beside(
    root: &Path,
    source: &str,
    file: &str,
    reading: &Reading,
) -> Result<Vec<u8>, String> {
    if let Some((rev, path)) = git_source(source) {
        let beside = confined_in_tree(root, path, file, &reading.allowed)?;
        read_git(root, rev, &beside).map_err(|e| format!("git:{rev}:{beside}: {e}"))
    } else if source.starts_with("http://") || source.starts_with("https://") {
        Err(format!(
            "`{file}`: external references are followed for files and git sources only"
        ))
    } else {
        let path = confined_on_disk(Path::new(source), file, &reading.allowed)?;
        fetch(&path.display().to_string(), reading.limits)
    }
}

/// `path` with `.` and `..` resolved by reading it alone, without the file system.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The absolute, lexically resolved form of `path` (relative to the working directory).
fn absolute(path: &Path) -> Result<PathBuf, String> {
    std::path::absolute(path)
        .map(|p| lexical(&p))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The path of `file` beside the spec file `spec`, once it is known to stay inside the spec's
/// folder or an `allowed` one: first as written (`..` resolved), then with symbolic links
/// resolved (which reads links, never the file), then as a regular file.
fn confined_on_disk(spec: &Path, file: &str, allowed: &[PathBuf]) -> Result<PathBuf, String> {
    let folder = absolute(spec.parent().unwrap_or(Path::new("")))?;
    let roots: Vec<PathBuf> = std::iter::once(Ok(folder.clone()))
        .chain(allowed.iter().map(|dir| absolute(dir)))
        .collect::<Result<_, _>>()?;
    let candidate = lexical(&folder.join(file));
    if !roots.iter().any(|root| candidate.starts_with(root)) {
        return Err(format!(
            "`{file}` is outside {}, the folder of the spec; --allow-external-refs DIR allows \
             another folder",
            folder.display()
        ));
    }
    let real = std::fs::canonicalize(&candidate).map_err(|e| format!("`{file}`: {e}"))?;
    let inside = roots
        .iter()
        .filter_map(|root| std::fs::canonicalize(root).ok())
        .any(|root| real.starts_with(root));
    if !inside {
        return Err(format!(
            "`{file}` is a symbolic link to {}, outside {}, the folder of the spec",
            real.display(),
            folder.display()
        ));
    }
    if !std::fs::metadata(&real).is_ok_and(|m| m.is_file()) {
        return Err(format!("`{file}` is not a regular file"));
    }
    Ok(real)
}

/// The repository path of `file` beside the spec at repository path `spec`, once it is known
/// to stay inside the spec's folder in the tree or an `allowed` folder of the repository at
/// `root`. (A tree's symbolic links are read as the text of their target, never followed.)
fn confined_in_tree(
    root: &Path,
    spec: &str,
    file: &str,
    allowed: &[PathBuf],
) -> Result<String, String> {
    let folder = lexical(Path::new(spec).parent().unwrap_or(Path::new("")));
    let candidate = lexical(&folder.join(file));
    let repository = absolute(root)?;
    let allowed_in_tree = allowed.iter().filter_map(|dir| {
        absolute(dir)
            .ok()?
            .strip_prefix(&repository)
            .ok()
            .map(Path::to_owned)
    });
    let mut roots = std::iter::once(folder.clone()).chain(allowed_in_tree);
    let escapes = candidate.starts_with("..");
    if escapes || !roots.any(|root| candidate.starts_with(root)) {
        return Err(format!(
            "`{file}` is outside `{}`, the folder of the spec in the tree; --allow-external-refs \
             DIR allows another folder of the repository",
            folder.display()
        ));
    }
    candidate
        .to_str()
        .map(|path| path.replace('\\', "/"))
        .ok_or_else(|| format!("`{file}` is not a UTF-8 path"))
}

/// The file `source` is shown as in findings: a `git:REV[:path]` source as its path in the
/// tree (where annotations of the head commit find it), anything else as given.
pub fn file_name(source: &str) -> String {
    git_source(source).map_or_else(|| source.to_owned(), |(_, path)| path.to_owned())
}

/// `git:REV[:path]` split into the revision and the path (default `openapi/swagger.json`).
fn git_source(source: &str) -> Option<(&str, &str)> {
    let spec = source.strip_prefix("git:")?;
    Some(
        spec.split_once(':')
            .unwrap_or((spec, crate::workspace::SPEC)),
    )
}
