//! Inputs the fuzz targets (`fuzz/`) found, kept as tests.

use revolv3_apidiff::{Profile, diff, load_document};

/// A response schema that requires `id` without listing it under `properties` (a typo'd key):
/// when `id` stops being required, the base location was `…/properties/id`, which does not
/// exist in the base. It is the schema now.
#[test]
fn a_required_name_with_no_property_entry_is_located_at_its_schema() {
    let spec = |schema: &str| {
        format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {schema}\n"
        )
    };
    let base = load_document(
        "base.yaml",
        spec("{type: object, required: [id], prpoerties: {id: {type: string}}}").as_bytes(),
    )
    .unwrap();
    let head = load_document(
        "head.yaml",
        spec("{type: object, properties: {id: {type: string}}}").as_bytes(),
    )
    .unwrap();
    let changes = diff(&base, &head, Profile::Oasdiff);
    assert!(!changes.is_empty());
    for change in &changes {
        for (doc, at) in [
            (&base, &change.base_location),
            (&head, &change.head_location),
        ] {
            if let Some(at) = at {
                assert!(
                    doc.pointer(&at.pointer).is_some(),
                    "{}: {} is not in its document",
                    change.rule.id(),
                    at.pointer
                );
            }
        }
    }
}
