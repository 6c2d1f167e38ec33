//! Every malformed spec under `tests/fixtures/malformed/` is refused by `check`, `refresh --from`,
//! `try-spec` and `diff` with exit code 2 and a message that names the file and a JSON pointer,
//! without a panic and without touching the bundled files. Specs under
//! `tests/fixtures/ungeneratable/` are valid enough to diff, and refused by the rest the same way.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{GUARDED, LOCK, Run, SPEC, Tree, repo};

/// The files of `tests/fixtures/FOLDER`, sorted.
fn fixtures_in(folder: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(repo().join("tests/fixtures").join(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Specs no command may take, under `tests/fixtures/malformed/`.
fn fixtures() -> Vec<PathBuf> {
    fixtures_in("malformed")
}

fn assert_refused(run: &Run, file_name: &str, what: &str) {
    let stderr = run.stderr();
    assert_eq!(run.code(), 2, "{what}: {stderr}");
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

/// Makes `fixture` the bundled spec of `tree`, with a lock that matches it, so that `check`
/// gets past the lock and runs the pipeline.
fn bundle(tree: &Tree, fixture: &Path) {
    let bytes = fs::read(fixture).unwrap();
    tree.write(SPEC, &bytes);
    let mut lock = tree.json(LOCK);
    lock["sha256"] = revolv3_codegen::sha256_hex(&bytes).into();
    tree.write(LOCK, serde_json::to_vec_pretty(&lock).unwrap());
}

#[test]
fn there_are_at_least_25_fixtures() {
    assert!(fixtures().len() >= 25, "{}", fixtures().len());
}

#[test]
fn check_refuses_each_malformed_or_ungeneratable_spec() {
    for fixture in malformed_and_ungeneratable() {
        let tree = Tree::new();
        bundle(&tree, &fixture);
        let out = tree.xtask(&["check"]);
        assert_refused(&out, SPEC, &format!("check {}", fixture.display()));
    }
}

#[test]
fn diff_refuses_each_malformed_spec() {
    let tree = Tree::new();
    let good = tree.path(SPEC).display().to_string();
    for fixture in fixtures() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let out = tree.xtask(&["diff", &fixture.display().to_string(), &good]);
        assert_refused(&out, &name, &format!("diff {name}"));
    }
}

/// Specs the diff can read but the client cannot be generated from, under
/// `tests/fixtures/ungeneratable/`.
fn ungeneratable() -> Vec<PathBuf> {
    fixtures_in("ungeneratable")
}

#[test]
fn refresh_and_try_spec_refuse_each_malformed_or_ungeneratable_spec_and_keep_the_bundled_files() {
    assert!(!ungeneratable().is_empty());
    for fixture in malformed_and_ungeneratable() {
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        let tree = Tree::new();
        let before = tree.snapshot_of(&GUARDED);
        let path = fixture.display().to_string();
        let out = tree.xtask(&["refresh", "--from", &path]);
        assert_refused(&out, &name, &format!("refresh {name}"));
        let out = tree.xtask(&["try-spec", &path]);
        assert_refused(&out, &name, &format!("try-spec {name}"));
        assert!(
            tree.snapshot_of(&GUARDED) == before,
            "{name} changed a bundled file"
        );
    }
}

fn malformed_and_ungeneratable() -> Vec<PathBuf> {
    let mut all = fixtures();
    all.extend(ungeneratable());
    all
}

#[test]
fn a_template_variable_without_its_parameter_names_the_operation_and_pointer() {
    let tree = Tree::new();
    let fixture = repo().join("tests/fixtures/ungeneratable/undeclared-path-variable.json");
    bundle(&tree, &fixture);
    let out = tree.xtask(&["check"]);
    let stderr = out.stderr();
    out.expect_code(2);
    assert!(
        stderr.contains("GET /a/{id} at /paths/~1a~1{id}/get: the path template variable `{id}` has no declared path parameter (declared: none)"),
        "{stderr}"
    );
}

#[test]
fn a_spec_that_needs_repairs_is_taken_and_every_repair_is_printed_with_its_pointer() {
    let tree = Tree::new();
    let fixture = repo().join("tests/fixtures/repairs/path-parameters.json");
    let out = tree.xtask(&["refresh", "--from", &fixture.display().to_string()]);
    out.expect_code(0);
    let stdout = out.stdout();
    assert!(
        stdout.contains("repaired at /paths/~1customers~1{Id}/get/parameters/0 (GET /customers/{Id}): renamed path parameter `id` to `Id`"),
        "{stdout}"
    );
    assert!(
        stdout.contains("dropped at /paths/~1/get/parameters/0 (GET /): path parameter `path` is not in the path template"),
        "{stdout}"
    );
}
