//! The whole pipeline, generation included: a located error, or Rust that parses; never a
//! panic (progenitor's own panics are caught and located by the pipeline).
#![no_main]

use libfuzzer_sys::fuzz_target;
use revolv3_codegen::{Mock, NameTable};

fuzz_target!(|bytes: &[u8]| {
    match revolv3_codegen::run(bytes, &NameTable::default(), Mock::Skip, None) {
        Ok(output) => {
            assert!(output.code.client.starts_with("// @generated"));
            assert!(!output.normalized_json.is_empty());
        }
        Err(e) => assert!(!e.message.is_empty(), "a refusal says why"),
    }
});
