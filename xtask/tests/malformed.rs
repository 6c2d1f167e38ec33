//! Every malformed spec under `tests/fixtures/malformed/` is refused by `check`, `refresh --from`
//! and `diff` with exit code 2 and a message that names the file and a JSON pointer, without a
//! panic and without touching the bundled files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const GUARDED: [&str; 3] = [
    "openapi/swagger.json",
    "openapi/swagger.lock.json",
    "openapi/operation-names.json",
];

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixtures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures/malformed"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--root")
        .arg(root)
        .args(args)
        .output()
        .unwrap()
}

fn assert_refused(output: &Output, file_name: &str, what: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{what}: {stderr}");
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    assert!(
        stderr.contains(file_name),
        "{what}: the message must name {file_name}: {stderr}"
    );
    assert!(
        stderr.contains(" at /") || stderr.contains(" at (document root)"),
        "{what}: no pointer: {stderr}"
    );
}

fn scratch_tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for file in GUARDED {
        fs::create_dir_all(dir.path().join(file).parent().unwrap()).unwrap();
        fs::copy(repo().join(file), dir.path().join(file)).unwrap();
    }
    dir
}

#[test]
fn there_are_at_least_25_fixtures() {
    assert!(fixtures().len() >= 25, "{}", fixtures().len());
}

#[test]
fn check_refuses_each_malformed_spec() {
    for fixture in fixtures() {
        let tree = scratch_tree();
        let bytes = fs::read(&fixture).unwrap();
        fs::write(tree.path().join(GUARDED[0]), &bytes).unwrap();
        let lock_path = tree.path().join(GUARDED[1]);
        let mut lock: serde_json::Value =
            serde_json::from_slice(&fs::read(&lock_path).unwrap()).unwrap();
        lock["sha256"] = revolv3_codegen::sha256_hex(&bytes).into();
        fs::write(&lock_path, serde_json::to_vec_pretty(&lock).unwrap()).unwrap();
        let out = xtask(tree.path(), &["check"]);
        assert_refused(
            &out,
            "openapi/swagger.json",
            &format!("check {}", fixture.display()),
        );
    }
}

#[test]
fn refresh_refuses_each_malformed_spec_and_keeps_the_bundled_files() {
    let tree = scratch_tree();
    let before: Vec<Vec<u8>> = GUARDED
        .iter()
        .map(|f| fs::read(tree.path().join(f)).unwrap())
        .collect();
    for fixture in fixtures() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let out = xtask(
            tree.path(),
            &["refresh", "--from", &fixture.display().to_string()],
        );
        assert_refused(&out, &name, &format!("refresh {name}"));
        let after: Vec<Vec<u8>> = GUARDED
            .iter()
            .map(|f| fs::read(tree.path().join(f)).unwrap())
            .collect();
        assert!(
            before == after,
            "refresh --from {name} changed a bundled file"
        );
    }
}

#[test]
fn diff_refuses_each_malformed_spec() {
    let good = repo().join("openapi/swagger.json").display().to_string();
    for fixture in fixtures() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let out = xtask(&repo(), &["diff", &fixture.display().to_string(), &good]);
        assert_refused(&out, &name, &format!("diff {name}"));
    }
}
