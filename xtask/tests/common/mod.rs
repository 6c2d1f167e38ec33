//! The scratch tree the xtask tests run the real binary on, shared by the test binaries.

#![allow(dead_code)] // each test binary uses its own part of it

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub const SPEC: &str = "openapi/swagger.json";
pub const LOCK: &str = "openapi/swagger.lock.json";
pub const NAMES: &str = "openapi/operation-names.json";
pub const GUARDED: [&str; 3] = [SPEC, LOCK, NAMES];
pub const CHANGELOG: &str = "openapi/CHANGELOG.md";
pub const SNAPSHOT: [&str; 4] = [
    "revolv3-client/generated/swagger.normalized.json",
    "revolv3-client/generated/client.rs",
    "revolv3-client/generated/mock.rs",
    "revolv3-client/generated/drift.json",
];

pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A scratch copy of the files xtask works on.
pub struct Tree {
    pub dir: tempfile::TempDir,
}

impl Tree {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in GUARDED.iter().chain(SNAPSHOT.iter()) {
            let to = dir.path().join(file);
            fs::create_dir_all(to.parent().unwrap()).unwrap();
            fs::copy(repo().join(file), to).unwrap();
        }
        Self { dir }
    }

    pub fn path(&self, file: &str) -> PathBuf {
        self.dir.path().join(file)
    }

    pub fn read(&self, file: &str) -> Vec<u8> {
        fs::read(self.path(file)).unwrap()
    }

    pub fn write(&self, file: &str, bytes: impl AsRef<[u8]>) {
        fs::write(self.path(file), bytes).unwrap();
    }

    pub fn json(&self, file: &str) -> Value {
        serde_json::from_slice(&self.read(file)).unwrap()
    }

    pub fn snapshot_of(&self, files: &[&str]) -> Vec<Vec<u8>> {
        files.iter().map(|f| self.read(f)).collect()
    }

    pub fn xtask(&self, args: &[&str]) -> Run {
        self.xtask_with_env(args, &[])
    }

    /// Runs xtask with `env` set (a value of `None` removes the variable).
    pub fn xtask_with_env(&self, args: &[&str], env: &[(&str, Option<&str>)]) -> Run {
        xtask_at_with_env(self.dir.path(), args, env)
    }
}

/// Runs xtask on the repository at `root` (the real one, for tests that need its git history).
pub fn xtask_at(root: &Path, args: &[&str]) -> Run {
    xtask_at_with_env(root, args, &[])
}

fn xtask_at_with_env(root: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
    command.arg("--root").arg(root).args(args);
    for (name, value) in env {
        match value {
            Some(value) => command.env(name, value),
            None => command.env_remove(name),
        };
    }
    Run(command.output().expect("xtask runs"))
}

pub struct Run(pub Output);

impl Run {
    pub fn code(&self) -> i32 {
        self.0.status.code().expect("exited")
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    pub fn expect_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            code,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        assert!(!self.stderr().contains("panicked"), "{}", self.stderr());
        self
    }
}
