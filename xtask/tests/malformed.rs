//! Every malformed spec under `tests/fixtures/malformed/` is refused by `check`, `refresh --from`,
//! `try-spec` and `diff` with exit code 2 and a message that names the file and a JSON pointer,
//! without a panic and without touching the bundled files. Specs under
//! `tests/fixtures/ungeneratable/` are valid enough to diff, and refused by the rest the same way.

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

/// Makes `fixture` the bundled spec of `tree`, with a lock that matches it, so that `check`
/// gets past the lock and runs the pipeline.
fn bundle(tree: &tempfile::TempDir, fixture: &Path) {
    let bytes = fs::read(fixture).unwrap();
    fs::write(tree.path().join(GUARDED[0]), &bytes).unwrap();
    let lock_path = tree.path().join(GUARDED[1]);
    let mut lock: serde_json::Value =
        serde_json::from_slice(&fs::read(&lock_path).unwrap()).unwrap();
    lock["sha256"] = revolv3_codegen::sha256_hex(&bytes).into();
    fs::write(&lock_path, serde_json::to_vec_pretty(&lock).unwrap()).unwrap();
}

#[test]
fn there_are_at_least_25_fixtures() {
    assert!(fixtures().len() >= 25, "{}", fixtures().len());
}

#[test]
fn check_refuses_each_malformed_or_ungeneratable_spec() {
    for fixture in malformed_and_ungeneratable() {
        let tree = scratch_tree();
        bundle(&tree, &fixture);
        let out = xtask(tree.path(), &["check"]);
        assert_refused(
            &out,
            "openapi/swagger.json",
            &format!("check {}", fixture.display()),
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

/// Specs the diff can read but the client cannot be generated from, under
/// `tests/fixtures/ungeneratable/`.
fn ungeneratable() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures/ungeneratable"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn refresh_and_try_spec_refuse_each_malformed_or_ungeneratable_spec_and_keep_the_bundled_files() {
    assert!(!ungeneratable().is_empty());
    for fixture in malformed_and_ungeneratable() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let tree = scratch_tree();
        let before: Vec<Vec<u8>> = GUARDED
            .iter()
            .map(|f| fs::read(tree.path().join(f)).unwrap())
            .collect();
        let path = fixture.display().to_string();
        let out = xtask(tree.path(), &["refresh", "--from", &path]);
        assert_refused(&out, &name, &format!("refresh {name}"));
        let out = xtask(tree.path(), &["try-spec", &path]);
        assert_refused(&out, &name, &format!("try-spec {name}"));
        let after: Vec<Vec<u8>> = GUARDED
            .iter()
            .map(|f| fs::read(tree.path().join(f)).unwrap())
            .collect();
        assert!(before == after, "{name} changed a bundled file");
    }
}

fn malformed_and_ungeneratable() -> Vec<PathBuf> {
    let mut all = fixtures();
    all.extend(ungeneratable());
    all
}

#[test]
fn a_template_variable_without_its_parameter_names_the_operation_and_pointer() {
    let tree = scratch_tree();
    let fixture = repo().join("tests/fixtures/ungeneratable/undeclared-path-variable.json");
    bundle(&tree, &fixture);
    let out = xtask(tree.path(), &["check"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("GET /a/{id} at /paths/~1a~1{id}/get: the path template variable `{id}` has no declared path parameter (declared: none)"),
        "{stderr}"
    );
}

#[test]
fn a_spec_that_needs_repairs_is_taken_and_every_repair_is_printed_with_its_pointer() {
    let tree = scratch_tree();
    let fixture = repo().join("tests/fixtures/repairs/path-parameters.json");
    let out = xtask(
        tree.path(),
        &["refresh", "--from", &fixture.display().to_string()],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("repaired at /paths/~1customers~1{Id}/get/parameters/0 (GET /customers/{Id}): renamed path parameter `id` to `Id`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("dropped at /paths/~1/get/parameters/0 (GET /): path parameter `path` is not in the path template"),
        "{stdout}"
    );
}
