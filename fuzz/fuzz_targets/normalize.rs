//! Normalization: a spec either normalizes (and every operation it keeps has an operation id
//! progenitor can use) or is refused with a located error; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match revolv3_codegen::fuzzing::normalize(bytes) {
        Ok(doc) => {
            for (key, operation) in revolv3_codegen::operations(&doc) {
                assert!(
                    operation
                        .get("operationId")
                        .and_then(|id| id.as_str())
                        .is_some(),
                    "{key} has no operationId after normalization"
                );
            }
        }
        Err(e) => assert!(!e.message.is_empty(), "a refusal says why"),
    }
});
