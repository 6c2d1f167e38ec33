//! The suite exercises every operation of the bundled spec, and nothing that is not in it.

use std::collections::BTreeSet;
use std::path::PathBuf;

use crate::operations::EXERCISED;

#[test]
fn every_operation_in_the_bundled_spec_is_exercised() {
    let spec_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/swagger.json");
    let spec: serde_json::Value =
        serde_json::from_slice(&std::fs::read(spec_path).expect("bundled spec")).expect("JSON");
    let in_spec: BTreeSet<String> = revolv3_codegen::operations(&spec)
        .into_iter()
        .map(|(key, _)| key.to_string())
        .collect();
    let exercised: BTreeSet<String> = EXERCISED.iter().map(|k| (*k).to_owned()).collect();
    assert_eq!(
        EXERCISED.len(),
        exercised.len(),
        "an operation is listed twice"
    );
    let missing: Vec<_> = in_spec.difference(&exercised).collect();
    let unknown: Vec<_> = exercised.difference(&in_spec).collect();
    assert!(
        missing.is_empty(),
        "operations without an end-to-end test: {missing:#?}"
    );
    assert!(
        unknown.is_empty(),
        "tests for operations not in the spec: {unknown:#?}"
    );
}
