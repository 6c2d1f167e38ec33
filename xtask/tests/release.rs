//! `cargo xtask release` in a scratch repository: the version it sets, the libraries it bumps,
//! the lock file and the CHANGELOG entry.

use std::fs;
use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

fn write(dir: &Path, file: &str, text: &str) {
    let path = dir.join(file);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A released workspace (one commit): client, codegen and oas at 0.1.0, and the bundled spec.
fn released() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "Cargo.toml",
        "[workspace]\nmembers = [\"oas\", \"codegen\", \"revolv3-client\"]\n\n[workspace.dependencies]\nrevolv3-oas = { path = \"oas\", version = \"0.1.0\" }\nrevolv3-codegen = { path = \"codegen\", version = \"0.1.0\" }\nrevolv3-client = { path = \"revolv3-client\", version = \"0.1.0\" }\n",
    );
    for (folder, name) in [
        ("revolv3-client", "revolv3-client"),
        ("codegen", "revolv3-codegen"),
        ("oas", "revolv3-oas"),
    ] {
        write(
            d,
            &format!("{folder}/Cargo.toml"),
            &format!(
                "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = {{ version = \"1.0.0\" }}\n"
            ),
        );
        write(d, &format!("{folder}/src/lib.rs"), "//! A crate.\n");
    }
    write(
        d,
        "Cargo.lock",
        "version = 4\n\n[[package]]\nname = \"revolv3-client\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"revolv3-codegen\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"revolv3-oas\"\nversion = \"0.1.0\"\n\n[[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n",
    );
    let spec = fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/swagger.json"
    ))
    .unwrap();
    fs::create_dir_all(d.join("openapi")).unwrap();
    fs::write(d.join("openapi/swagger.json"), spec).unwrap();
    git(d, &["init", "-q"]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "release 0.1.0"]);
    dir
}

fn run_release(dir: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--root")
        .arg(dir)
        .args(["release", "--since", "HEAD", "--date", "2026-11-29"])
        .args(extra)
        .output()
        .unwrap()
}

fn release(dir: &Path, extra: &[&str]) -> String {
    let out = run_release(dir, extra);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap()
}

#[test]
fn an_added_operation_is_a_patch_release_and_changed_libraries_move_on() {
    let dir = released();
    let d = dir.path();
    let mut spec: serde_json::Value =
        serde_json::from_str(&read(d, "openapi/swagger.json")).unwrap();
    spec["paths"]["/api/Ping"] = serde_json::json!({ "get": { "summary": "Ping", "responses": { "200": { "description": "OK" } } } });
    fs::write(
        d.join("openapi/swagger.json"),
        serde_json::to_vec(&spec).unwrap(),
    )
    .unwrap();
    write(d, "codegen/src/lib.rs", "//! A crate, changed.\n");

    let stdout = release(d, &[]);
    assert!(
        stdout.contains("revolv3-client 0.1.0 -> 0.1.1 (API diff since HEAD: minor)"),
        "{stdout}"
    );
    assert!(read(d, "revolv3-client/Cargo.toml").contains("\nversion = \"0.1.1\"\n"));
    assert!(
        read(d, "codegen/Cargo.toml").contains("\nversion = \"0.2.0\"\n"),
        "codegen changed"
    );
    assert!(
        read(d, "oas/Cargo.toml").contains("\nversion = \"0.1.0\"\n"),
        "oas did not"
    );
    let workspace = read(d, "Cargo.toml");
    assert!(
        workspace.contains("revolv3-client = { path = \"revolv3-client\", version = \"0.1.1\" }"),
        "{workspace}"
    );
    assert!(
        workspace.contains("revolv3-codegen = { path = \"codegen\", version = \"0.2.0\" }"),
        "{workspace}"
    );
    let lock = read(d, "Cargo.lock");
    assert!(
        lock.contains("name = \"revolv3-client\"\nversion = \"0.1.1\""),
        "{lock}"
    );
    assert!(
        lock.contains("name = \"revolv3-codegen\"\nversion = \"0.2.0\""),
        "{lock}"
    );
    assert!(
        lock.contains("name = \"serde\"\nversion = \"1.0.0\""),
        "{lock}"
    );
    let changelog = read(d, "CHANGELOG.md");
    assert!(changelog.starts_with("# Changelog\n"), "{changelog}");
    assert!(changelog.contains("\n## [0.1.1] - 2026-11-29\n\nThe API diff of the Revolv3 spec for callers of revolv3-client: **minor**."), "{changelog}");
    assert!(changelog.contains("#### `GET /api/Ping`"), "{changelog}");
    assert!(
        changelog.contains("- Built with revolv3-codegen 0.1.0 -> 0.2.0."),
        "{changelog}"
    );
}

#[test]
fn a_declared_breaking_change_bumps_the_minor_version_and_entries_stack() {
    let dir = released();
    let d = dir.path();
    write(d, "revolv3-client/src/lib.rs", "//! A crate, reshaped.\n");
    release(
        d,
        &[
            "--breaking",
            "Generated structs are #[non_exhaustive].",
            "--added",
            "Drift reports.",
        ],
    );
    assert!(read(d, "revolv3-client/Cargo.toml").contains("\nversion = \"0.2.0\"\n"));
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "release 0.2.0"]);
    write(d, "oas/src/lib.rs", "//! A crate, fixed.\n");
    release(d, &[]);
    assert!(read(d, "revolv3-client/Cargo.toml").contains("\nversion = \"0.2.1\"\n"));
    let changelog = read(d, "CHANGELOG.md");
    let (newer, older) = (
        changelog.find("## [0.2.1]").unwrap(),
        changelog.find("## [0.2.0]").unwrap(),
    );
    assert!(newer < older, "newest entry first: {changelog}");
    assert!(
        changelog.contains("- **Breaking:** Generated structs are #[non_exhaustive]."),
        "{changelog}"
    );
    assert!(
        changelog.contains("### Added\n\n- Drift reports.\n"),
        "{changelog}"
    );
    assert_eq!(changelog.matches("# Changelog").count(), 1, "{changelog}");
}

#[test]
fn with_nothing_changed_there_is_no_release_and_no_file_is_written() {
    let dir = released();
    let d = dir.path();
    let files = ["Cargo.toml", "Cargo.lock", "revolv3-client/Cargo.toml"];
    let before: Vec<Vec<u8>> = files.iter().map(|f| fs::read(d.join(f)).unwrap()).collect();
    let out = run_release(d, &[]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nothing to release"), "{stderr}");
    for (file, bytes) in files.iter().zip(&before) {
        assert_eq!(&fs::read(d.join(file)).unwrap(), bytes, "{file} changed");
    }
    assert!(!d.join("CHANGELOG.md").exists());
    // A file outside what is published (a test, the README) is no reason either.
    write(d, "README.md", "# Notes\n");
    assert_eq!(run_release(d, &[]).status.code(), Some(1));
}

#[test]
fn a_description_only_change_is_a_patch_release_that_says_so() {
    let dir = released();
    let d = dir.path();
    let mut spec: serde_json::Value =
        serde_json::from_str(&read(d, "openapi/swagger.json")).unwrap();
    spec["info"]["description"] = serde_json::json!("Payments, described better.");
    fs::write(
        d.join("openapi/swagger.json"),
        serde_json::to_vec(&spec).unwrap(),
    )
    .unwrap();
    let stdout = release(d, &[]);
    assert!(
        stdout.contains("revolv3-client 0.1.0 -> 0.1.1 (API diff since HEAD: none)"),
        "{stdout}"
    );
    let changelog = read(d, "CHANGELOG.md");
    assert!(
        changelog.contains("None: the spec changed, but not its API"),
        "{changelog}"
    );
    assert!(!changelog.contains("### Migration"), "{changelog}");
}

#[test]
fn a_removed_response_field_is_a_breaking_release() {
    let dir = released();
    let d = dir.path();
    let mut spec: serde_json::Value =
        serde_json::from_str(&read(d, "openapi/swagger.json")).unwrap();
    spec["components"]["schemas"]["CustomerDTO"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("lastName")
        .expect("the bundled spec's CustomerDTO has lastName");
    fs::write(
        d.join("openapi/swagger.json"),
        serde_json::to_vec(&spec).unwrap(),
    )
    .unwrap();

    let stdout = release(d, &[]);
    assert!(
        stdout.contains("revolv3-client 0.1.0 -> 0.2.0 (API diff since HEAD: major)"),
        "{stdout}"
    );
    let changelog = read(d, "CHANGELOG.md");
    assert!(
        changelog.contains("for callers of revolv3-client: **major**."),
        "{changelog}"
    );
    assert!(changelog.contains("lastName"), "{changelog}");
    // What Rust code that read the field has to do about it.
    let migration = changelog
        .split("### Migration\n")
        .nth(1)
        .unwrap_or_else(|| panic!("no Migration section: {changelog}"));
    assert!(
        migration.contains("| `types::CustomerDto::last_name` | `Option<String>` | removed |"),
        "{changelog}"
    );
    assert!(
        changelog.find("### Migration") < changelog.find("### API changes"),
        "{changelog}"
    );
    // Findings name the spec as the repository does, never by this machine's folders.
    assert!(changelog.contains("`openapi/swagger.json:"), "{changelog}");
    assert!(!changelog.contains(&d.display().to_string()), "{changelog}");
}

#[test]
fn a_changelog_that_cannot_be_read_stops_the_release_and_leaves_every_file_as_it_was() {
    let dir = released();
    let d = dir.path();
    write(d, "revolv3-client/src/lib.rs", "//! A crate, changed.\n");
    // Latin-1 bytes: an existing history must never be replaced by an empty one.
    fs::write(
        d.join("CHANGELOG.md"),
        b"# Changelog\n\n## [0.1.0] - caf\xe9\n",
    )
    .unwrap();
    let files = [
        "CHANGELOG.md",
        "Cargo.toml",
        "Cargo.lock",
        "revolv3-client/Cargo.toml",
        "openapi/swagger.json",
    ];
    let before: Vec<Vec<u8>> = files.iter().map(|f| fs::read(d.join(f)).unwrap()).collect();

    let out = run_release(d, &[]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("CHANGELOG.md"), "{stderr}");
    for (file, bytes) in files.iter().zip(&before) {
        assert_eq!(&fs::read(d.join(file)).unwrap(), bytes, "{file} changed");
    }
}
