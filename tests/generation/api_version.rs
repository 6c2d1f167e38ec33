//! progenitor appends `api-version: <info.version>` to every request; the pipeline removes that
//! header and nothing else. A spec that documents its own `api-version` header keeps it.

use revolv3_codegen::{Mock, NameTable};

/// The generated `send()` of the builder whose `OperationInfo` names `operation_id`.
fn send_of(client: &str, operation_id: &str) -> String {
    let file = syn::parse_file(client).expect("generated code parses");
    let marker = format!("operation_id : \"{operation_id}\"");
    let builder = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
            _ => None,
        })
        .flat_map(|(_, items)| items)
        .map(|item| quote::ToTokens::to_token_stream(item).to_string())
        .find(|text| text.contains(&marker));
    builder.unwrap_or_else(|| panic!("no builder sends {operation_id}"))
}

#[test]
fn a_documented_api_version_header_is_sent_and_the_injected_one_is_not() {
    let spec = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/api-version/documented-header.json"),
    )
    .unwrap();
    let output = revolv3_codegen::run(&spec, &NameTable::default(), Mock::Skip, None).unwrap();
    let client = &output.code.client;
    assert!(
        !client.contains("Client::api_version()"),
        "the document version is never sent"
    );
    let list = send_of(client, "list_things");
    assert!(
        list.contains("pub fn api_version"),
        "the documented parameter keeps its setter: {list}"
    );
    assert!(
        list.contains(
            "header_map . append (\"api-version\" , api_version . to_string () . try_into () ?)"
        ),
        "and its value is sent: {list}"
    );
    let make = send_of(client, "make_thing");
    assert!(
        !make.contains("header_map"),
        "an operation without header parameters builds no header map: {make}"
    );
}
