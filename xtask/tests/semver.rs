//! `cargo xtask semver` on input it cannot use: exit 2 with the file and the JSON pointer,
//! before any client is generated or cargo-semver-checks is run. (The verdicts themselves are
//! checked by `scripts/semver-agreement.sh` on `tests/fixtures/semver/`, which needs
//! cargo-semver-checks.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn a_malformed_base_exits_2_naming_the_file_and_pointer() {
    let malformed = repo().join("tests/fixtures/malformed/missing-info-version.json");
    let good = repo().join("openapi/swagger.json");
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--root")
        .arg(repo())
        .arg("semver")
        .arg(&malformed)
        .arg(&good)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("missing-info-version.json") && stderr.contains("/info/version"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "no verdict is printed");
}
