//! `cargo xtask semver` on input it cannot use: exit 2 with the file and the JSON pointer,
//! before any client is generated or cargo-semver-checks is run. (The verdicts themselves are
//! checked by `scripts/semver-agreement.sh` on `tests/fixtures/semver/`, which needs
//! cargo-semver-checks.)

mod common;

use common::{SPEC, repo, xtask_at};

#[test]
fn a_malformed_base_exits_2_naming_the_file_and_pointer() {
    let malformed = repo().join("tests/fixtures/malformed/missing-info-version.json");
    let good = repo().join(SPEC);
    let out = xtask_at(
        &repo(),
        &[
            "semver",
            &malformed.display().to_string(),
            &good.display().to_string(),
        ],
    );
    out.expect_code(2);
    let stderr = out.stderr();
    assert!(
        stderr.contains("missing-info-version.json") && stderr.contains("/info/version"),
        "{stderr}"
    );
    assert!(out.stdout().is_empty(), "no verdict is printed");
}
