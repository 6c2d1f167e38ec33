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
    assert!(position("cargo xtask generate") < position("cargo test --workspace"));

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
