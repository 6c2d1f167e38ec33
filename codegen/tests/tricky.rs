//! Specs with awkward but valid names generate Rust that parses, without panics; an overlay
//! cannot turn a valid spec into one the pipeline refuses.

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

/// An overlay cannot make a spec the pipeline refuses: its result is checked as a spec is,
/// and the error says the overlay did it.
#[test]
fn an_overlay_that_breaks_the_spec_is_refused_after_it_applies() {
    let spec = br#"{"openapi":"3.0.3","info":{"title":"t","version":"1"},"paths":{}}"#;
    let overlay = revolv3_codegen::Overlay::parse(
        br#"{"overlay":"1.0.0","info":{"title":"o","version":"1"},"actions":[{"target":"$.info.version","remove":true}]}"#,
    )
    .expect("a valid overlay");
    let e = run(spec, &NameTable::default(), Mock::Skip, Some(&overlay))
        .expect_err("a spec needs info.version");
    assert_eq!(e.pointer(), "/info/version", "{e}");
    assert!(e.message.starts_with("after applying the overlay: "), "{e}");
}

/// A spec written in YAML generates exactly what the same spec in JSON does: every command
/// (build, `check`, `refresh`, `try-spec`) reads specs through the one loader.
#[test]
fn a_yaml_spec_generates_what_its_json_form_does() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../openapi/swagger.json");
    let json = std::fs::read(path).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let yaml = revolv3_oas::yaml::to_string(&value);
    let names = NameTable::default();
    let from_json = run(&json, &names, Mock::Skip, None).expect("generates");
    let from_yaml = run(yaml.as_bytes(), &names, Mock::Skip, None).expect("generates");
    assert_eq!(from_yaml.code, from_json.code);
    assert_eq!(from_yaml.normalized_json, from_json.normalized_json);
}
