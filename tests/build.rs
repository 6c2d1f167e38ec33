//! Tells the test binaries which prerequisites this machine lacks, so that a test needing one
//! is marked ignored with its reason, which the test summary shows, instead of passing without
//! checking anything. With `CI` set nothing is marked: the test runs and fails, naming what is
//! missing, because a gate that cannot check must not pass.

use std::process::{Command, Stdio};

fn main() {
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CI");
    println!("cargo::rustc-check-cfg=cfg(missing_node)");
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty());
    let node = Command::new("node")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ci && !node {
        println!("cargo::rustc-cfg=missing_node");
    }
}
