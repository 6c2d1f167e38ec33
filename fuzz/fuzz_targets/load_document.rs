//! Spec loading, JSON and YAML: any bytes give a document or a located refusal, never a panic,
//! and within the loader's limits; a document loaded once reads back the same from its JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match revolv3_oas::document::parse(bytes) {
        Ok(doc) => {
            let json = serde_json::to_vec(&doc).expect("a document serializes");
            let again = revolv3_oas::document::parse(&json).expect("its JSON reads back");
            assert_eq!(again, doc, "a document means the same as JSON");
        }
        Err(e) => assert!(!e.message.is_empty(), "a refusal says why"),
    }
});
