//! An OpenAPI 3.1 or 3.2 spec generates the same client as its 3.0 form: the bundled spec,
//! converted by a standard converter (openapi-format), goes through the pipeline's lowering and
//! comes out as the same Rust, byte for byte. Needs Node.js for openapi-format: ignored with
//! the reason without it, failing when `CI` is set.

use std::path::Path;

use revolv3_codegen::{Mock, NameTable, PipelineOutput};

fn repo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
}

fn generate(spec: &Path) -> PipelineOutput {
    let names =
        NameTable::from_json(&std::fs::read(repo().join("openapi/operation-names.json")).unwrap())
            .unwrap();
    revolv3_codegen::run(&std::fs::read(spec).unwrap(), &names, Mock::Include, None)
        .unwrap_or_else(|e| panic!("{}: {e}", spec.display()))
}

fn same_client_from(version: &str) {
    let dir = tempfile::tempdir().unwrap();
    let bundled = repo().join("openapi/swagger.json");
    let converted = revolv3_tests::convert_with_openapi_format(&bundled, version, dir.path());
    let text = std::fs::read_to_string(&converted).unwrap();
    assert!(
        text.contains(&format!("\"openapi\": \"{version}.")),
        "openapi-format wrote {version}"
    );
    let (original, lowered) = (generate(&bundled), generate(&converted));
    assert_eq!(
        lowered.notices, original.notices,
        "lowering the converted spec loses nothing"
    );
    assert!(
        lowered.code.client == original.code.client,
        "the client generated from OpenAPI {version} differs from the 3.0 one"
    );
    assert!(
        lowered.code.mock == original.code.mock,
        "the mock helpers differ"
    );
    // The drift checker ships this table: a response must be judged alike whichever version
    // the spec was written in.
    assert!(
        lowered.drift_table == original.drift_table,
        "the drift table differs"
    );
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "needs Node.js for openapi-format, and `node` is not on PATH (with CI set, this fails instead)"
)]
fn the_bundled_spec_as_3_1_generates_the_same_client() {
    same_client_from("3.1");
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "needs Node.js for openapi-format, and `node` is not on PATH (with CI set, this fails instead)"
)]
fn the_bundled_spec_as_3_2_generates_the_same_client() {
    same_client_from("3.2");
}

/// Each `tests/fixtures/lowering/X.json` (OpenAPI 3.1 or 3.2, one construct) generates the same
/// client as `X.as-3.0.json`, the same API written in 3.0, with exactly the notices in
/// `X.notices.txt`.
#[test]
fn each_lowering_fixture_generates_the_client_of_its_3_0_twin() {
    let dir = repo().join("tests/fixtures/lowering");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".as-3.0.json")
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 10, "{inputs:?}");
    let mut failures = Vec::new();
    for input in inputs {
        let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
        let run = |path: &Path| {
            revolv3_codegen::run(
                &std::fs::read(path).unwrap(),
                &NameTable::default(),
                Mock::Skip,
                None,
            )
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let (lowered, twin) = (run(&input), run(&dir.join(format!("{stem}.as-3.0.json"))));
        if lowered.code.client != twin.code.client {
            failures.push(format!(
                "{stem}: the generated client differs from its 3.0 twin's"
            ));
        }
        if lowered.drift_table != twin.drift_table {
            failures.push(format!(
                "{stem}: the drift table differs from its 3.0 twin's"
            ));
        }
        let expected = std::fs::read_to_string(dir.join(format!("{stem}.notices.txt"))).unwrap();
        let notices: String = lowered.notices.iter().map(|n| format!("{n}\n")).collect();
        if notices != expected {
            failures.push(format!("{stem}: notices\n{notices}expected\n{expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
