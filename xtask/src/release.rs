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

use revolv3_apidiff::RustChange;
use revolv3_apidiff::format::{Format, render};
use semver::Version;
use toml_edit::{DocumentMut, Item, value};

use crate::semver::Verdict;

use crate::Failure;
use crate::workspace::{self, OVERLAY, SPEC};

/// The crate's changelog.
pub const CHANGELOG: &str = "CHANGELOG.md";
const CLIENT_MANIFEST: &str = "revolv3-client/Cargo.toml";
const WORKSPACE_MANIFEST: &str = "Cargo.toml";
const LOCK_FILE: &str = "Cargo.lock";
/// What a release publishes a change of: the spec, our corrections to it, and the code of the
/// published crates.
const RELEASED: [&str; 5] = [SPEC, OVERLAY, "revolv3-client", "codegen", "oas"];
/// Libraries published with the client, `(package, folder)`, in the order they publish.
const LIBRARIES: [(&str, &str); 2] = [("revolv3-oas", "oas"), ("revolv3-codegen", "codegen")];

const CHANGELOG_HEADER: &str = "# Changelog\n\nAll notable changes to `revolv3-client` are documented here.\n\
The format follows [Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow\n\
Cargo's semver rules (before 1.0, a breaking change bumps the minor version).\n";

/// The version after `version`, for a release with (or without) a breaking change, by
/// Cargo's rules: before 1.0 the minor number is the breaking one.
fn next_version(version: &Version, breaking: bool) -> Version {
    match (version.major, breaking) {
        (0, true) => Version::new(0, version.minor + 1, 0),
        (0, false) => Version::new(0, version.minor, version.patch + 1),
        (major, true) => Version::new(major + 1, 0, 0),
        (major, false) => Version::new(major, version.minor + 1, 0),
    }
}

/// Set the next version of revolv3-client from what changed since the release at REV (the
/// API diff of the spec; `--breaking` for what it cannot see), bump the libraries it builds
/// with when their code changed, and add a CHANGELOG.md entry.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The git revision of the last release.
    #[arg(long, value_name = "REV")]
    since: String,
    /// A breaking change the spec diff cannot see, for the changelog (repeatable).
    #[arg(long, value_name = "REASON")]
    breaking: Vec<String>,
    /// An addition beside the spec's, for the changelog (repeatable).
    #[arg(long, value_name = "TEXT")]
    added: Vec<String>,
    /// Release date, YYYY-MM-DD (default: today, UTC).
    #[arg(long)]
    date: Option<String>,
}

pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let mut changed = Vec::new();
    for path in RELEASED {
        if changed_since(root, &args.since, path)? {
            changed.push(path);
        }
    }
    if changed.is_empty() {
        return Err(Failure::Drift(format!(
            "nothing to release: neither {SPEC}, {OVERLAY} nor the code of revolv3-client, \
             revolv3-codegen or revolv3-oas changed since {}; no file was written",
            args.since
        )));
    }
    let base_source = format!("git:{}:{SPEC}", args.since);
    let base_bytes = crate::source::read_git(root, &args.since, SPEC)
        .map_err(|e| Failure::Error(format!("{base_source}: {e}")))?;
    let head_bytes = workspace::read(root, SPEC)?;
    let head_source = root.join(SPEC).display().to_string();
    let assessment = crate::semver::assess(
        root,
        (&base_source, &base_bytes),
        (&head_source, &head_bytes),
        &crate::source::Reading::default(),
    )?;
    let verdict = assessment.verdict;
    let migration: Vec<RustChange> =
        crate::semver::rust_changes(&assessment.changes, &assessment.rust_without_finding)
            .into_iter()
            .filter(RustChange::breaking)
            .collect();
    let breaking = verdict == Verdict::Major || !args.breaking.is_empty();

    let mut manifests: Vec<(String, String)> = Vec::new();
    let mut client_manifest = toml(&text(root, CLIENT_MANIFEST)?, CLIENT_MANIFEST)?;
    let current = package_version(&client_manifest, CLIENT_MANIFEST)?;
    let next = next_version(&current, breaking);
    set_package_version(&mut client_manifest, &next);
    manifests.push((CLIENT_MANIFEST.into(), client_manifest.to_string()));
    // Workspace members (tests, benches, xtask) name the client by version too.
    let mut workspace_manifest = toml(&text(root, WORKSPACE_MANIFEST)?, WORKSPACE_MANIFEST)?;
    set_dependency_version(&mut workspace_manifest, "revolv3-client", &current, &next)?;
    let mut bumped_libraries = Vec::new();
    let mut new_library_versions = Vec::new();
    for (package, folder) in LIBRARIES {
        // A library new since then has not been released, so keeps its version.
        let released_then =
            crate::source::read_git(root, &args.since, &format!("{folder}/Cargo.toml")).is_ok();
        if !released_then || !changed.contains(&folder) {
            continue;
        }
        let path = format!("{folder}/Cargo.toml");
        let mut manifest = toml(&text(root, &path)?, &path)?;
        let old = package_version(&manifest, &path)?;
        // Its API is the client's build script's business, not a promise to others: any
        // change is released as a breaking one.
        let new = next_version(&old, true);
        set_package_version(&mut manifest, &new);
        manifests.push((path, manifest.to_string()));
        set_dependency_version(&mut workspace_manifest, package, &old, &new)?;
        bumped_libraries.push(format!("{package} {old} -> {new}"));
        new_library_versions.push((package, new));
    }
    manifests.push((WORKSPACE_MANIFEST.into(), workspace_manifest.to_string()));

    let date = args
        .date
        .clone()
        .unwrap_or_else(|| chrono::Utc::now().format("%Y-%m-%d").to_string());
    let entry = changelog_entry(
        &next,
        &date,
        verdict,
        Notes {
            breaking: &args.breaking,
            added: &args.added,
            libraries: &bumped_libraries,
            spec_changed: changed.contains(&SPEC),
            migration: &migration,
        },
        &render(
            &assessment.changes,
            &assessment.rust_without_finding,
            Format::Markdown,
            None,
        ),
    );
    let changelog = workspace::changelog_with_entry(root, CHANGELOG, CHANGELOG_HEADER, &entry)?;

    // The lock file records workspace members' versions too.
    // A workspace without a lock file has nothing to update; an unreadable one is an error.
    if let Some(bytes) = workspace::read_optional(root, LOCK_FILE)? {
        let text =
            String::from_utf8(bytes).map_err(|e| Failure::Error(format!("{LOCK_FILE}: {e}")))?;
        let mut lock = toml(&text, LOCK_FILE)?;
        set_lock_version(&mut lock, "revolv3-client", &next)?;
        for (package, version) in &new_library_versions {
            set_lock_version(&mut lock, package, version)?;
        }
        manifests.push((LOCK_FILE.into(), lock.to_string()));
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

/// Whether the file or folder `path` differs from revision `since`: a change to a tracked
/// file, or a new file git does not track yet.
fn changed_since(root: &Path, since: &str, path: &str) -> Result<bool, Failure> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .map_err(|e| Failure::Error(format!("could not run git: {e}")))
    };
    let diff = git(&["diff", "--quiet", since, "--", path])?;
    match diff.status.code() {
        Some(0) => {}
        Some(1) => return Ok(true),
        _ => {
            return Err(Failure::Error(format!(
                "git diff {since} -- {path} failed: {}",
                String::from_utf8_lossy(&diff.stderr).trim()
            )));
        }
    }
    let untracked = git(&["ls-files", "--others", "--exclude-standard", "--", path])?;
    Ok(!untracked.stdout.is_empty())
}

/// `text`, read from `path`, as a TOML document whose formatting edits keep.
fn toml(text: &str, path: &str) -> Result<DocumentMut, Failure> {
    text.parse()
        .map_err(|e| Failure::Error(format!("{path} is not TOML: {e}")))
}

/// The semver version in `item` (a `version = "x.y.z"` value), read from `path`.
fn version_of(item: Option<&Item>, path: &str, what: &str) -> Result<Version, Failure> {
    let text = item
        .and_then(Item::as_str)
        .ok_or_else(|| Failure::Error(format!("{path}: no {what} version")))?;
    Version::parse(text)
        .map_err(|e| Failure::Error(format!("{path}: the {what} version `{text}`: {e}")))
}

/// The `version` of the `[package]` section of a manifest.
fn package_version(manifest: &DocumentMut, path: &str) -> Result<Version, Failure> {
    version_of(
        manifest.get("package").and_then(|p| p.get("version")),
        path,
        "[package]",
    )
}

/// Sets the `version` of the `[package]` section.
fn set_package_version(manifest: &mut DocumentMut, version: &Version) {
    manifest["package"]["version"] = value(version.to_string());
}

/// Moves the workspace's version requirement of `package` from `old` (which it must be) to
/// `new`.
fn set_dependency_version(
    manifest: &mut DocumentMut,
    package: &str,
    old: &Version,
    new: &Version,
) -> Result<(), Failure> {
    let dependency = &mut manifest["workspace"]["dependencies"][package];
    let current = version_of(dependency.get("version"), WORKSPACE_MANIFEST, package)?;
    if current != *old {
        return Err(Failure::Error(format!(
            "{WORKSPACE_MANIFEST}: {package} is required at {current}, but the crate is at {old}"
        )));
    }
    dependency["version"] = value(new.to_string());
    Ok(())
}

/// Sets the version `Cargo.lock` records for workspace package `package`.
fn set_lock_version(
    lock: &mut DocumentMut,
    package: &str,
    version: &Version,
) -> Result<(), Failure> {
    let entries = lock
        .get_mut("package")
        .and_then(Item::as_array_of_tables_mut)
        .ok_or_else(|| Failure::Error(format!("{LOCK_FILE}: no [[package]] entries")))?;
    let mut matching = entries
        .iter_mut()
        .filter(|entry| entry.get("name").and_then(Item::as_str) == Some(package));
    match (matching.next(), matching.next()) {
        (Some(entry), None) => {
            entry["version"] = value(version.to_string());
            Ok(())
        }
        _ => Err(Failure::Error(format!(
            "{LOCK_FILE}: expected one package `{package}`"
        ))),
    }
}

/// What an entry says besides the API diff.
struct Notes<'a> {
    breaking: &'a [String],
    added: &'a [String],
    libraries: &'a [String],
    /// Whether the spec's bytes changed (even where its API did not).
    spec_changed: bool,
    /// The items of the Rust API that change incompatibly.
    migration: &'a [RustChange],
}

fn changelog_entry(
    version: &Version,
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
    if !notes.migration.is_empty() {
        out.push_str(
            "### Migration\n\nItems of the Rust API that change incompatibly, as code that \
             uses them reads them:\n\n| item | before | after |\n|---|---|---|\n",
        );
        for rust in notes.migration {
            let shown = |ty: &Option<String>| match ty.as_deref() {
                Some("") => "present".to_owned(),
                Some(ty) => format!("`{}`", ty.replace('|', "\\|")),
                None => "removed".to_owned(),
            };
            let _ = writeln!(
                out,
                "| `{}` | {} | {} |",
                rust.item,
                shown(&rust.before),
                shown(&rust.after)
            );
        }
        out.push('\n');
    }
    if verdict == Verdict::None {
        out.push_str(if notes.spec_changed {
            "### API changes\n\nNone: the spec changed, but not its API for callers of \
             revolv3-client (descriptions, examples or other documentation).\n"
        } else {
            "### API changes\n\nNone.\n"
        });
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
        assert_eq!(next_version(&v("0.1.0"), true), v("0.2.0"));
        assert_eq!(next_version(&v("0.1.3"), false), v("0.1.4"));
        assert_eq!(next_version(&v("1.4.2"), true), v("2.0.0"));
        assert_eq!(next_version(&v("1.4.2"), false), v("1.5.0"));
    }

    #[test]
    fn only_the_versions_change_and_formatting_stays() {
        let text = "[package]\nname = \"x\" # ours\nversion = \"0.1.0\"\n\n[dependencies]\ny = { version = \"0.1.0\" }\n";
        let mut manifest = toml(text, "m").unwrap();
        assert_eq!(
            package_version(&manifest, "m").unwrap(),
            Version::new(0, 1, 0)
        );
        set_package_version(&mut manifest, &Version::new(0, 2, 0));
        assert_eq!(
            manifest.to_string(),
            text.replace("version = \"0.1.0\"\n\n", "version = \"0.2.0\"\n\n")
        );
        let no_package = toml("[dependencies]\nversion = \"1.0.0\"\n", "m").unwrap();
        assert!(package_version(&no_package, "m").is_err());

        let text = "[[package]]\nname = \"a\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"b\"\nversion = \"0.1.0\"\n";
        let mut lock = toml(text, "l").unwrap();
        set_lock_version(&mut lock, "b", &Version::new(0, 1, 1)).unwrap();
        assert_eq!(
            lock.to_string(),
            text.replace("\"b\"\nversion = \"0.1.0\"", "\"b\"\nversion = \"0.1.1\"")
        );
        assert!(set_lock_version(&mut lock, "c", &Version::new(1, 0, 0)).is_err());
    }
}
