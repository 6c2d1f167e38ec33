//! Specs nobody here wrote: a `$ref` cannot read outside the folder of its spec, and a document
//! that would take the machine down (an alias bomb, deep nesting, a huge file) is refused on
//! every entry point, with exit 2, the file and where, before it does.

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Run, repo};

/// `GET /a` answers schema `A`, which is `a_schema` (YAML flow style).
fn spec_with(a_schema: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/A'}}\ncomponents:\n  schemas:\n    A: {a_schema}\n"
    )
}

/// A spec whose schema `A` is `{"$ref": reference}`.
fn spec_referring_to(reference: &str) -> String {
    spec_with(&format!("{{$ref: '{reference}'}}"))
}

/// The same spec with `A` a string.
fn plain_spec() -> String {
    spec_with("{type: string}")
}

/// A folder holding `spec/` (where the specs go) and `outside/secret.json`, a named pipe:
/// opening it for reading blocks until someone writes, so a run that opens it never ends.
struct Scratch {
    dir: tempfile::TempDir,
}

impl Scratch {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("spec")).unwrap();
        std::fs::create_dir_all(dir.path().join("outside")).unwrap();
        let pipe = dir.path().join("outside/secret.json");
        let made = Command::new("mkfifo").arg(&pipe).status().unwrap();
        assert!(made.success(), "mkfifo");
        Self { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn write(&self, relative: &str, text: &str) -> String {
        let path = self.path(relative);
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    }
}

/// Runs `xtask ARGS` in `root`, failing the test (and killing the run) after 60 seconds: a
/// run that blocks has opened the named pipe.
fn xtask_within_a_minute(root: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("--root")
        .arg(root)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("xtask {args:?} blocked: it opened the named pipe outside the spec's folder");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Run(child.wait_with_output().unwrap())
}

/// `diff BASE HEAD` where HEAD's schema refers to `reference`: refused with exit 2, naming
/// HEAD, the pointer of the `$ref` and `why`.
fn assert_reference_refused(scratch: &Scratch, reference: &str, why: &str) {
    let base = scratch.write("spec/base.yaml", &plain_spec());
    let head = scratch.write("spec/head.yaml", &spec_referring_to(reference));
    let out = xtask_within_a_minute(&repo(), &["diff", &base, &head]);
    assert_eq!(out.code(), 2, "{reference}: {}", out.stderr());
    let stderr = out.stderr();
    assert!(stderr.contains(&head), "{reference}: {stderr}");
    assert!(
        stderr.contains("/components/schemas/A/$ref"),
        "{reference}: {stderr}"
    );
    assert!(stderr.contains(why), "{reference}: {stderr}");
}

#[test]
fn a_reference_that_leaves_the_folder_of_the_spec_is_refused_unopened() {
    let scratch = Scratch::new();
    assert_reference_refused(&scratch, "../outside/secret.json#/x", "is outside");
    std::os::unix::fs::symlink("../outside/secret.json", scratch.path("spec/link.json")).unwrap();
    assert_reference_refused(&scratch, "link.json#/x", "symbolic link");
    let absolute = scratch.path("outside/secret.json").display().to_string();
    assert_reference_refused(&scratch, &format!("{absolute}#/x"), "absolute path");
    assert_reference_refused(
        &scratch,
        "https://example.invalid/secret.json#/x",
        "is a URL",
    );
}

#[test]
fn allow_external_refs_widens_the_root_on_purpose() {
    let scratch = Scratch::new();
    scratch.write("outside/common.yaml", "Thing: {type: integer}\n");
    let base = scratch.write("spec/base.yaml", &plain_spec());
    let head = scratch.write(
        "spec/head.yaml",
        &spec_referring_to("../outside/common.yaml#/Thing"),
    );
    let outside = scratch.path("outside").display().to_string();
    let out = xtask_within_a_minute(
        &repo(),
        &["diff", &base, &head, "--allow-external-refs", &outside],
    );
    assert_eq!(out.code(), 0, "{}", out.stderr());
    assert!(
        out.stdout().contains("response-body-type-changed"),
        "{}",
        out.stdout()
    );
}

#[test]
fn a_file_beside_the_spec_is_still_read_from_disk_and_from_git() {
    let scratch = Scratch::new();
    scratch.write("spec/common.yaml", "Thing: {type: integer}\n");
    let base = scratch.write("spec/base.yaml", &plain_spec());
    let head = scratch.write("spec/head.yaml", &spec_referring_to("common.yaml#/Thing"));
    let out = xtask_within_a_minute(&repo(), &["diff", &base, &head, "--format", "json"]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    assert!(
        out.stdout().contains("response-body-type-changed"),
        "{}",
        out.stdout()
    );

    // The same tree committed: `git:` sources read siblings from the tree at the revision, and
    // a reference out of the spec's folder is refused there too.
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .arg("-C")
            .arg(scratch.dir.path())
            .args(args)
            .status()
            .unwrap();
        assert!(status.success(), "git {args:?}");
    };
    std::fs::remove_file(scratch.path("outside/secret.json")).unwrap();
    scratch.write("outside/secret.json", "{\"x\": {\"type\": \"string\"}}\n");
    scratch.write(
        "spec/escape.yaml",
        &spec_referring_to("../outside/secret.json#/x"),
    );
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&[
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@t",
        "commit",
        "-qm",
        "specs",
    ]);
    let root = scratch.dir.path();
    let out = xtask_within_a_minute(root, &["diff", "git:HEAD:spec/head.yaml", &head]);
    assert_eq!(out.code(), 0, "{}", out.stderr());
    let out = xtask_within_a_minute(root, &["diff", "git:HEAD:spec/escape.yaml", &head]);
    assert_eq!(out.code(), 2, "{}", out.stderr());
    assert!(out.stderr().contains("is outside"), "{}", out.stderr());
    assert!(
        out.stderr().contains("/components/schemas/A/$ref"),
        "{}",
        out.stderr()
    );
}

/// Nine aliases of the level below, ten levels deep: about a kilobyte that expands to
/// billions of nodes.
fn alias_bomb() -> String {
    let mut text = String::from(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 [lol]\n",
    );
    for level in 1..=10 {
        let below = format!("*a{}", level - 1);
        let list = [below.as_str(); 9].join(", ");
        text.push_str(&format!("x-a{level}: &a{level} [{list}]\n"));
    }
    text
}

/// Documents no entry point may take: an alias bomb, nesting past the limit, and (with
/// `--max-bytes` where a command has it) a file past the byte limit.
fn hostile_documents() -> Vec<(&'static str, String)> {
    let deep = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\nx-deep: {}{}\n",
        "[".repeat(200),
        "]".repeat(200)
    );
    vec![("alias bomb", alias_bomb()), ("deep nesting", deep)]
}

#[test]
fn every_entry_point_refuses_an_alias_bomb_and_deep_nesting_quickly() {
    let scratch = Scratch::new();
    let plain = scratch.write("spec/plain.yaml", &plain_spec());
    for (what, text) in hostile_documents() {
        let hostile = scratch.write("spec/hostile.yaml", &text);
        let overlay = scratch.write(
            "spec/overlay.yaml",
            &text.replace("openapi: 3.0.3", "overlay: 1.0.0"),
        );
        let report = scratch.write("spec/report.json", &text);
        for args in [
            vec!["diff", plain.as_str(), hostile.as_str()],
            vec![
                "diff",
                plain.as_str(),
                plain.as_str(),
                "--overlay",
                overlay.as_str(),
            ],
            vec!["try-spec", hostile.as_str()],
            vec!["try-spec", plain.as_str(), "--overlay", overlay.as_str()],
            vec!["drift", "overlay", report.as_str()],
        ] {
            let started = Instant::now();
            let out = xtask_within_a_minute(&repo(), &args);
            assert_eq!(out.code(), 2, "{what}, {args:?}: {}", out.stderr());
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{what}, {args:?} took {:?}",
                started.elapsed()
            );
            let stderr = out.stderr();
            assert!(
                stderr.contains("alias bomb") || stderr.contains("nest deeper"),
                "{what}, {args:?}: {stderr}"
            );
            assert!(
                stderr.contains("spec/"),
                "{what}, {args:?} names no file: {stderr}"
            );
        }
    }
}

#[test]
fn a_file_past_the_byte_limit_is_refused_before_it_is_parsed() {
    let scratch = Scratch::new();
    let plain = scratch.write("spec/plain.yaml", &plain_spec());
    let big = scratch.write(
        "spec/big.yaml",
        &format!("{}x-pad: '{}'\n", plain_spec(), "a".repeat(4096)),
    );
    let out = xtask_within_a_minute(&repo(), &["diff", &plain, &big, "--max-bytes", "1024"]);
    assert_eq!(out.code(), 2, "{}", out.stderr());
    assert!(out.stderr().contains("byte limit"), "{}", out.stderr());
}

/// The loader's limits hold for the build and `check` too: the pipeline reads a spec
/// through the same loader, so an alias bomb in `openapi/swagger.json` is refused.
#[test]
fn check_refuses_an_alias_bomb_in_the_bundled_spec() {
    let tree = common::Tree::new();
    tree.write(common::SPEC, alias_bomb());
    let started = Instant::now();
    let out = tree.xtask(&["check"]);
    assert_eq!(out.code(), 2, "{}", out.stderr());
    assert!(out.stderr().contains("alias bomb"), "{}", out.stderr());
    assert!(started.elapsed() < Duration::from_secs(10));
}
