//! Specs with awkward but valid names generate Rust that parses, without panics.

use std::path::PathBuf;

use revolv3_codegen::{Mock, NameTable, run};

#[test]
fn awkward_names_generate_valid_rust() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/tricky/awkward-names.json");
    let output = run(
        &std::fs::read(path).unwrap(),
        &NameTable::default(),
        Mock::Include,
        None,
    )
    .expect("generates");
    let names: Vec<&String> = output.names.names.0.values().collect();
    assert_eq!(names, ["type_", "op_3d_secure_check", "crer_client"]);
    syn::parse_file(&output.code.client).expect("the client is valid Rust");
    syn::parse_file(output.code.mock.as_deref().expect("asked for"))
        .expect("the mock helpers are valid Rust");
    assert!(
        output.code.client.contains("UnknownValue"),
        "a spec value named Unknown is renamed"
    );
}
