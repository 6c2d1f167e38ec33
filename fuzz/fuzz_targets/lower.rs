//! The 3.1/3.2 lowering: a spec either lowers to a 3.0 document the pipeline's own checks
//! accept, or is refused with a located error; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match revolv3_codegen::fuzzing::lower(bytes) {
        Ok(doc) => {
            assert_eq!(
                doc["openapi"].as_str().map(|v| v.starts_with("3.0")),
                Some(true)
            );
            // A lowered document is a spec the pipeline reads again.
            let json = serde_json::to_vec(&doc).expect("serializes");
            if let Err(e) = revolv3_codegen::parse_spec(&json) {
                panic!("the lowered document is refused: {e}");
            }
        }
        Err(e) => assert!(!e.message.is_empty(), "a refusal says why"),
    }
});
