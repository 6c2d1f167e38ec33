//! Overlays, parsed and applied: an overlay document is read or refused with a pointer, and
//! applied to a small spec it changes it or says which action failed; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

const SPEC: &str = r##"{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
  "paths": {"/a": {"get": {"tags": ["x"], "responses": {"200": {"description": "ok",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}},
  "components": {"schemas": {"A": {"type": "object", "properties": {"s": {"type": "string",
    "enum": ["a", "b"]}}}}}}"##;

fuzz_target!(|bytes: &[u8]| {
    let overlay = match revolv3_codegen::Overlay::parse(bytes) {
        Ok(overlay) => overlay,
        Err(e) => {
            assert!(!e.message.is_empty(), "a refusal says why");
            return;
        }
    };
    let mut doc: serde_json::Value = serde_json::from_str(SPEC).expect("a spec");
    if let Err(e) = overlay.apply(&mut doc) {
        assert!(!e.message.is_empty(), "a failed action says why");
    }
});
