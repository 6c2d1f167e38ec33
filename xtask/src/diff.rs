//! `cargo xtask diff BASE HEAD`: what changed between two spec versions, and does it break.

use std::path::Path;
use std::process::Command;

use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{IgnoreList, Level, Options, diff_with, load_document_with, rule_listing};

use crate::Failure;
use crate::fetch::{Limits, fetch};

/// Options of one diff run.
pub struct DiffArgs<'a> {
    pub base: &'a str,
    pub head: &'a str,
    pub options: Options,
    pub format: Format,
    pub fail_on: Option<Level>,
    pub ignore: Option<&'a Path>,
    pub limits: Limits,
}

/// Prints the rule registry as JSON: `[{id, oasdiff_level, rust_client_level, extension}]`.
pub fn list_rules() -> Result<(), Failure> {
    let json = serde_json::to_string_pretty(&rule_listing())
        .map_err(|e| Failure::Error(format!("could not print the rules: {e}")))?;
    println!("{json}");
    Ok(())
}

/// Prints the diff; fails with drift (exit 1) when a finding reaches `fail_on`.
pub fn run(root: &Path, args: &DiffArgs<'_>) -> Result<(), Failure> {
    // Parsing dominates a diff of large specs, and the two documents are independent.
    let (base, head) = std::thread::scope(|scope| {
        let head = scope.spawn(|| load(root, args.head, args.limits));
        let base = load(root, args.base, args.limits);
        (base, head.join())
    });
    let base = base?;
    let head = head.map_err(|_| Failure::Error(format!("{}: loading failed", args.head)))??;
    let ignore = match args.ignore {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
            IgnoreList::parse(&text)
                .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?
        }
        None => IgnoreList::default(),
    };
    let changes: Vec<_> = diff_with(&base, &head, &args.options)
        .into_iter()
        .filter(|c| !ignore.ignores(c))
        .collect();
    print!("{}", render(&changes, args.format));
    match args.fail_on {
        Some(threshold) if changes.iter().any(|c| c.level >= threshold) => Err(Failure::Drift(
            format!("changes at level {threshold} or above (see above)"),
        )),
        _ => Ok(()),
    }
}

/// `dir/file` with `/`-separated `file`, in a form `git show` and the file system accept.
fn beside(dir: &str, file: &str) -> String {
    if dir.is_empty() {
        file.to_owned()
    } else {
        format!("{dir}/{file}")
    }
}

/// The folder part of a `/`-separated path.
fn folder(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// Reads a source: `git:REV[:path]`, an http(s) URL, or a file path. External `$ref`s are
/// followed relative to the document for files and git sources.
fn load(root: &Path, source: &str, limits: Limits) -> Result<serde_json::Value, Failure> {
    let loaded = if let Some(spec) = source.strip_prefix("git:") {
        let (rev, path) = spec
            .split_once(':')
            .unwrap_or((spec, "openapi/swagger.json"));
        let show = |path: &str| -> Result<Vec<u8>, String> {
            let output = Command::new("git")
                .arg("-C")
                .arg(root)
                .arg("show")
                .arg(format!("{rev}:{path}"))
                .output()
                .map_err(|e| format!("could not run git: {e}"))?;
            if !output.status.success() {
                return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
            }
            Ok(output.stdout)
        };
        let bytes = show(path).map_err(|e| Failure::Error(format!("{source}: {e}")))?;
        load_document_with(source, &bytes, &mut |file: &str| {
            show(&beside(folder(path), file))
        })
    } else if source.starts_with("http://") || source.starts_with("https://") {
        let bytes = fetch(source, limits).map_err(Failure::Error)?;
        load_document_with(source, &bytes, &mut |file: &str| {
            Err(format!(
                "`{file}`: external references are followed for files and git sources only"
            ))
        })
    } else {
        let bytes = fetch(source, limits).map_err(Failure::Error)?;
        let dir = Path::new(source).parent().unwrap_or(Path::new(""));
        load_document_with(source, &bytes, &mut |file: &str| {
            fetch(&dir.join(file).display().to_string(), limits)
        })
    };
    loaded.map_err(|e| Failure::Error(e.to_string()))
}
