//! `cargo xtask release --since REV`: the next version of `revolv3-client`, from what changed
//! since the release at `REV`.
//!
//! The spec at `REV` is diffed against `openapi/swagger.json` with the `rust-client` profile:
//! a breaking change (or a `--breaking REASON` the maintainer declares, for a change the spec
//! diff cannot see, such as a new shape of generated code) bumps `0.y` (or `x` from 1.0),
//! anything else `0.y.z` (or `y`), as Cargo's rules for pre-1.0 versions say. The library
//! crates the client builds with (`revolv3-codegen`, `revolv3-oas`) are bumped when their code
//! changed since `REV`. `CHANGELOG.md` gets a new entry on top, Keep a Changelog style, with
//! the API diff. Every file is written together, or none.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use revolv3_apidiff::format::{Format, render};

use crate::semver::Verdict;

use crate::Failure;
use crate::workspace::{self, SPEC};

/// The crate's changelog.
pub const CHANGELOG: &str = "CHANGELOG.md";
const CLIENT_MANIFEST: &str = "revolv3-client/Cargo.toml";
const WORKSPACE_MANIFEST: &str = "Cargo.toml";
const LOCK_FILE: &str = "Cargo.lock";
/// Libraries published with the client, `(package, folder)`, in the order they publish.
const LIBRARIES: [(&str, &str); 2] = [("revolv3-oas", "oas"), ("revolv3-codegen", "codegen")];

const CHANGELOG_HEADER: &str = "# Changelog\n\nAll notable changes to `revolv3-client` are documented here.\n\
The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow\n\
Cargo's semver rules (before 1.0, a breaking change bumps the minor version).\n";

/// A semver version `major.minor.patch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(u64, u64, u64);

impl Version {
    /// Parses `x.y.z`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('.').map(|p| p.parse::<u64>().ok());
        let v = Version(parts.next()??, parts.next()??, parts.next()??);
        parts.next().is_none().then_some(v)
    }

    /// The next version after a release with (or without) a breaking change, by Cargo's rules:
    /// before 1.0 the minor number is the breaking one.
    pub fn next(self, breaking: bool) -> Self {
        match (self, breaking) {
            (Version(0, y, _), true) => Version(0, y + 1, 0),
            (Version(0, y, z), false) => Version(0, y, z + 1),
            (Version(x, _, _), true) => Version(x + 1, 0, 0),
            (Version(x, y, _), false) => Version(x, y + 1, 0),
        }
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Options of one release.
pub struct ReleaseArgs<'a> {
    /// The git revision of the last release.
    pub since: &'a str,
    /// Breaking changes the spec diff cannot see, one line each for the changelog.
    pub breaking: &'a [String],
    /// Additions beside the spec's (a new client feature), one line each for the changelog.
    pub added: &'a [String],
    /// The release date (`YYYY-MM-DD`); today when absent.
    pub date: Option<&'a str>,
}

pub fn run(root: &Path, args: &ReleaseArgs<'_>) -> Result<(), Failure> {
    let base_source = format!("git:{}:{SPEC}", args.since);
    let base_bytes = crate::source::read_git(root, args.since, SPEC)
        .map_err(|e| Failure::Error(format!("{base_source}: {e}")))?;
    let head_bytes = workspace::read(root, SPEC)?;
    let head_source = root.join(SPEC).display().to_string();
    let (changes, verdict) = crate::semver::api_changes(
        root,
        (&base_source, &base_bytes),
        (&head_source, &head_bytes),
        crate::fetch::Limits::default(),
    )?;
    let breaking = verdict == Verdict::Major || !args.breaking.is_empty();

    let mut manifests: Vec<(String, String)> = Vec::new();
    let client_manifest = text(root, CLIENT_MANIFEST)?;
    let current = package_version(&client_manifest, CLIENT_MANIFEST)?;
    let next = current.next(breaking);
    manifests.push((
        CLIENT_MANIFEST.into(),
        with_package_version(&client_manifest, next),
    ));
    // Workspace members (tests, benches, xtask) name the client by version too.
    let mut workspace_manifest = with_dependency_version(
        &text(root, WORKSPACE_MANIFEST)?,
        "revolv3-client",
        "revolv3-client",
        current,
        next,
    )?;
    let mut bumped_libraries = Vec::new();
    let mut new_library_versions = Vec::new();
    for (package, folder) in LIBRARIES {
        if !changed_since(root, args.since, folder)? {
            continue;
        }
        let path = format!("{folder}/Cargo.toml");
        let manifest = text(root, &path)?;
        let old = package_version(&manifest, &path)?;
        // Its API is the client's build script's business, not a promise to others: any
        // change is released as a breaking one.
        let new = old.next(true);
        manifests.push((path, with_package_version(&manifest, new)));
        workspace_manifest =
            with_dependency_version(&workspace_manifest, package, folder, old, new)?;
        bumped_libraries.push(format!("{package} {old} -> {new}"));
        new_library_versions.push((package, new));
    }
    manifests.push((WORKSPACE_MANIFEST.into(), workspace_manifest));

    let date = args
        .date
        .map(str::to_owned)
        .unwrap_or_else(|| chrono::Utc::now().format("%Y-%m-%d").to_string());
    let entry = changelog_entry(
        next,
        &date,
        verdict,
        Notes {
            breaking: args.breaking,
            added: args.added,
            libraries: &bumped_libraries,
        },
        &render(&changes, Format::Markdown),
    );
    let changelog = workspace::changelog_with_entry(root, CHANGELOG, CHANGELOG_HEADER, &entry)?;

    // The lock file records workspace members' versions too.
    // A workspace without a lock file has nothing to update; an unreadable one is an error.
    if let Some(bytes) = workspace::read_optional(root, LOCK_FILE)? {
        let mut lock =
            String::from_utf8(bytes).map_err(|e| Failure::Error(format!("{LOCK_FILE}: {e}")))?;
        lock = with_lock_version(&lock, "revolv3-client", next)?;
        for (package, version) in &new_library_versions {
            lock = with_lock_version(&lock, package, *version)?;
        }
        manifests.push((LOCK_FILE.into(), lock));
    }
    let mut files: Vec<(&str, &[u8])> = manifests
        .iter()
        .map(|(path, text)| (path.as_str(), text.as_bytes()))
        .collect();
    files.push((CHANGELOG, changelog.as_bytes()));
    workspace::write_all_atomically(root, &files)?;

    println!(
        "revolv3-client {current} -> {next} (API diff since {}: {verdict}{})",
        args.since,
        if args.breaking.is_empty() {
            String::new()
        } else {
            format!("; declared breaking: {}", args.breaking.join("; "))
        }
    );
    for line in &bumped_libraries {
        println!("{line} (changed since {})", args.since);
    }
    println!("{CHANGELOG}: entry for {next} added");
    Ok(())
}

fn text(root: &Path, relative: &str) -> Result<String, Failure> {
    String::from_utf8(workspace::read(root, relative)?)
        .map_err(|e| Failure::Error(format!("{relative}: {e}")))
}

/// Whether anything under `folder` differs from revision `since`, where it already existed
/// (a library that is new since then has not been released, so keeps its version).
fn changed_since(root: &Path, since: &str, folder: &str) -> Result<bool, Failure> {
    if crate::source::read_git(root, since, &format!("{folder}/Cargo.toml")).is_err() {
        return Ok(false);
    }
    let status = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["diff", "--quiet", since, "--", folder])
        .status()
        .map_err(|e| Failure::Error(format!("could not run git: {e}")))?;
    match status.code() {
        Some(0) => Ok(false),
        Some(1) => Ok(true),
        _ => Err(Failure::Error(format!(
            "git diff {since} -- {folder} failed ({status})"
        ))),
    }
}

/// The `version` of the `[package]` section of a manifest.
fn package_version(manifest: &str, path: &str) -> Result<Version, Failure> {
    package_version_line(manifest)
        .and_then(|(_, line)| {
            line.strip_prefix("version = \"")?
                .strip_suffix('"')
                .and_then(Version::parse)
        })
        .ok_or_else(|| Failure::Error(format!("{path}: no `version = \"x.y.z\"` in [package]")))
}

/// The index and text of the `version = ...` line of the `[package]` section.
fn package_version_line(manifest: &str) -> Option<(usize, &str)> {
    let mut in_package = false;
    for (i, line) in manifest.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_package = trimmed == "[package]";
        } else if in_package && trimmed.starts_with("version = \"") {
            return Some((i, trimmed));
        }
    }
    None
}

fn with_package_version(manifest: &str, version: Version) -> String {
    let Some((index, _)) = package_version_line(manifest) else {
        return manifest.to_owned();
    };
    let mut out = String::with_capacity(manifest.len());
    for (i, line) in manifest.lines().enumerate() {
        if i == index {
            let _ = writeln!(out, "version = \"{version}\"");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The workspace's dependency line for a library, with its version requirement moved on.
fn with_dependency_version(
    manifest: &str,
    package: &str,
    folder: &str,
    old: Version,
    new: Version,
) -> Result<String, Failure> {
    let line = |v: Version| format!("{package} = {{ path = \"{folder}\", version = \"{v}\" }}");
    let (from, to) = (line(old), line(new));
    if manifest.matches(&from).count() == 1 {
        Ok(manifest.replacen(&from, &to, 1))
    } else {
        Err(Failure::Error(format!(
            "{WORKSPACE_MANIFEST}: expected exactly one line `{from}`"
        )))
    }
}

/// `Cargo.lock` with the version of workspace package `package` set to `version`.
fn with_lock_version(lock: &str, package: &str, version: Version) -> Result<String, Failure> {
    let name_line = format!("name = \"{package}\"");
    let mut out = String::with_capacity(lock.len());
    let mut after_name = false;
    let mut replaced = 0;
    for line in lock.lines() {
        if after_name && line.starts_with("version = \"") {
            let _ = writeln!(out, "version = \"{version}\"");
            replaced += 1;
            after_name = false;
            continue;
        }
        after_name = line == name_line;
        out.push_str(line);
        out.push('\n');
    }
    if replaced == 1 {
        Ok(out)
    } else {
        Err(Failure::Error(format!(
            "{LOCK_FILE}: expected one package `{package}`"
        )))
    }
}

/// What an entry says besides the API diff.
struct Notes<'a> {
    breaking: &'a [String],
    added: &'a [String],
    libraries: &'a [String],
}

fn changelog_entry(
    version: Version,
    date: &str,
    verdict: Verdict,
    notes: Notes<'_>,
    api_diff: &str,
) -> String {
    let mut out = format!("## [{version}] - {date}\n\n");
    let _ = writeln!(
        out,
        "The API diff of the Revolv3 spec for callers of revolv3-client: **{verdict}**.\n"
    );
    if !notes.added.is_empty() {
        out.push_str("### Added\n\n");
        for line in notes.added {
            let _ = writeln!(out, "- {line}");
        }
        out.push('\n');
    }
    if !notes.breaking.is_empty() || !notes.libraries.is_empty() {
        out.push_str("### Changed\n\n");
        for reason in notes.breaking {
            let _ = writeln!(out, "- **Breaking:** {reason}");
        }
        for library in notes.libraries {
            let _ = writeln!(out, "- Built with {library}.");
        }
        out.push('\n');
    }
    if verdict == Verdict::None {
        out.push_str("### API changes\n\nNone.\n");
        return out;
    }
    // The diff's own headings, one level down, under this entry.
    let diff = api_diff
        .replacen("## API changes", "### API changes", 1)
        .replace("\n### `", "\n#### `");
    out.push_str(diff.trim_end());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_move_by_cargos_pre_1_0_rules() {
        let v = |s| Version::parse(s).unwrap();
        assert_eq!(v("0.1.0").next(true), v("0.2.0"));
        assert_eq!(v("0.1.3").next(false), v("0.1.4"));
        assert_eq!(v("1.4.2").next(true), v("2.0.0"));
        assert_eq!(v("1.4.2").next(false), v("1.5.0"));
        assert_eq!(Version::parse("1.2"), None);
        assert_eq!(Version::parse("1.2.3.4"), None);
    }

    #[test]
    fn only_the_package_version_line_changes() {
        let manifest = "[package]\nname = \"x\"\nversion = \"0.1.0\"\n\n[dependencies]\ny = { version = \"0.1.0\" }\n";
        assert_eq!(package_version(manifest, "m").unwrap(), Version(0, 1, 0));
        assert_eq!(
            with_package_version(manifest, Version(0, 2, 0)),
            "[package]\nname = \"x\"\nversion = \"0.2.0\"\n\n[dependencies]\ny = { version = \"0.1.0\" }\n"
        );
        assert!(package_version("[dependencies]\nversion = \"1.0.0\"\n", "m").is_err());
    }
}
