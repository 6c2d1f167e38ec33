//! The scheduled refresh workflow is valid YAML and runs refresh, generate and the tests
//! before opening a pull request with the summary.

use yaml_rust2::{Yaml, YamlLoader};

#[test]
fn refresh_workflow_runs_the_whole_chain() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../.github/workflows/spec-refresh.yml"
    );
    let text = std::fs::read_to_string(path).expect("workflow file");
    let docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    let workflow = &docs[0];
    assert!(
        !workflow["on"]["schedule"][0]["cron"].is_badvalue(),
        "runs on a schedule"
    );

    let steps = workflow["jobs"]["refresh"]["steps"]
        .as_vec()
        .expect("steps");
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    let position = |needle: &str| {
        runs.iter()
            .position(|r| r.contains(needle))
            .unwrap_or_else(|| panic!("no step runs `{needle}`"))
    };
    assert!(position("cargo xtask refresh") < position("cargo xtask generate"));
    assert!(position("cargo xtask generate") < position("cargo xtask release --since HEAD"));
    assert!(position("cargo xtask release") < position("cargo test --workspace"));

    let pr = steps
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("peter-evans/create-pull-request"))
        })
        .expect("a step opens the pull request");
    assert_eq!(
        pr["with"]["body-path"],
        Yaml::String("refresh-summary.txt".into())
    );
    assert!(runs[position("cargo xtask refresh")].contains("refresh-summary.txt"));
}

/// GitHub runs a step without `shell:` as `bash -e {0}`, without pipefail, so in
/// `cargo xtask release | tee summary` a failing xtask leaves the step green. An explicit
/// `shell: bash` (on the step, the job's or the workflow's defaults) adds `-o pipefail`.
#[test]
fn every_piped_step_fails_when_its_command_fails() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../.github/workflows");
    let mut piped = 0;
    for entry in std::fs::read_dir(dir).expect("workflows folder") {
        let path = entry.expect("workflow entry").path();
        let text = std::fs::read_to_string(&path).expect("workflow file");
        let workflow = &YamlLoader::load_from_str(&text).expect("valid YAML")[0];
        let shell_of = |node: &Yaml| node["defaults"]["run"]["shell"].as_str().map(str::to_owned);
        for (name, job) in workflow["jobs"].as_hash().expect("jobs") {
            for step in job["steps"].as_vec().into_iter().flatten() {
                let Some(run) = step["run"].as_str() else {
                    continue;
                };
                if !run.lines().any(|line| line.contains(" | ")) || run.contains("set -o pipefail")
                {
                    continue;
                }
                piped += 1;
                let shell = step["shell"]
                    .as_str()
                    .map(str::to_owned)
                    .or_else(|| shell_of(job))
                    .or_else(|| shell_of(workflow));
                assert_eq!(
                    shell.as_deref(),
                    Some("bash"),
                    "{}: job {name:?} pipes `{run}` without pipefail (set `shell: bash`)",
                    path.display()
                );
            }
        }
    }
    assert!(
        piped > 0,
        "no workflow pipes a command: this test checks nothing"
    );
}

/// The `run` lines of the API-diff workflow's steps, in order.
fn api_diff_steps() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../.github/workflows/api-diff.yml"
    );
    let text = std::fs::read_to_string(path).expect("workflow file");
    let docs = YamlLoader::load_from_str(&text).expect("valid YAML");
    let workflow = &docs[0];
    let paths = workflow["on"]["pull_request"]["paths"]
        .as_vec()
        .expect("runs on pull requests that touch given paths");
    assert!(paths.contains(&Yaml::String("openapi/**".into())));
    workflow["jobs"]["api-diff"]["steps"]
        .as_vec()
        .expect("steps")
        .iter()
        .filter_map(|s| s["run"].as_str().map(str::to_owned))
        .collect()
}

/// A pull request in a scratch repository: the bundled spec committed as the base, `edit`
/// applied to the working copy as the head. Returns the repository and the base commit.
fn pull_request(edit: impl FnOnce(&mut serde_json::Value)) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .current_dir(dir.path())
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    let spec = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../openapi/swagger.json"
    ))
    .unwrap();
    std::fs::create_dir_all(dir.path().join("openapi")).unwrap();
    std::fs::write(dir.path().join("openapi/swagger.json"), &spec).unwrap();
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let base = git(&["rev-parse", "HEAD"]);
    let mut doc: serde_json::Value = serde_json::from_slice(&spec).unwrap();
    edit(&mut doc);
    std::fs::write(
        dir.path().join("openapi/swagger.json"),
        serde_json::to_vec_pretty(&doc).unwrap(),
    )
    .unwrap();
    (dir, base)
}

/// Runs each workflow step with bash as the runner would, `cargo xtask` being this build's
/// xtask binary. Returns each step's exit code and output, and the job summary.
fn run_workflow(repo: &std::path::Path, base: &str) -> (Vec<(i32, String)>, String) {
    let bin = repo.join(".fake-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let cargo = bin.join("cargo");
    std::fs::write(
        &cargo,
        format!(
            "#!/bin/sh\n[ \"$1\" = xtask ] || exit 97\nshift\nexec '{}' --root \"$PWD\" \"$@\"\n",
            env!("CARGO_BIN_EXE_xtask")
        ),
    )
    .unwrap();
    std::fs::set_permissions(&cargo, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let summary = repo.join(".summary.md");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let results = api_diff_steps()
        .iter()
        .map(|run| {
            let out = std::process::Command::new("bash")
                .args(["-e", "-c", run])
                .current_dir(repo)
                .env("PATH", &path)
                .env("BASE_SHA", base)
                .env("GITHUB_STEP_SUMMARY", &summary)
                .output()
                .unwrap();
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            (out.status.code().unwrap_or(-1), text)
        })
        .collect();
    (
        results,
        std::fs::read_to_string(summary).unwrap_or_default(),
    )
}

#[test]
fn the_api_diff_workflow_fails_a_pull_request_that_removes_a_field_and_passes_an_addition() {
    let (repo, base) = pull_request(|doc| {
        let schema = &mut doc["components"]["schemas"]["CustomerDTO"]["properties"];
        assert!(schema.as_object_mut().unwrap().remove("lastName").is_some());
    });
    let (steps, summary) = run_workflow(repo.path(), &base);
    assert_eq!(steps.len(), 2, "{steps:?}");
    assert_eq!(
        steps[0].0, 0,
        "the report step always passes: {}",
        steps[0].1
    );
    assert!(summary.starts_with("## API changes"), "{summary}");
    assert!(summary.contains("lastName"), "{summary}");
    let (code, annotate) = &steps[1];
    assert_eq!(*code, 1, "a breaking change fails the check: {annotate}");
    assert!(
        annotate
            .lines()
            .any(|l| l.starts_with("::error ") && l.contains("lastName")),
        "{annotate}"
    );

    let (repo, base) = pull_request(|doc| {
        doc["components"]["schemas"]["CustomerDTO"]["properties"]["loyaltyTier"] =
            serde_json::json!({ "type": "string", "nullable": true });
    });
    let (steps, summary) = run_workflow(repo.path(), &base);
    assert!(steps.iter().all(|(code, _)| *code == 0), "{steps:?}");
    assert!(summary.contains("loyaltyTier"), "{summary}");
}
