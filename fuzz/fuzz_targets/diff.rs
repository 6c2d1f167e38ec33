//! The diff of two documents (the input split at its first NUL byte): loading either refuses
//! or reads it, the diff never panics, a document against itself reports nothing, and every
//! location a finding names exists in its document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use revolv3_apidiff::{Profile, diff, load_document};

fuzz_target!(|bytes: &[u8]| {
    let split = bytes.iter().position(|b| *b == 0).unwrap_or(bytes.len());
    let (base, head) = (&bytes[..split], bytes.get(split + 1..).unwrap_or_default());
    let (Ok(base), Ok(head)) = (load_document("base", base), load_document("head", head)) else {
        return;
    };
    assert!(diff(&base, &base, Profile::RustClient).is_empty());
    for change in diff(&base, &head, Profile::Oasdiff) {
        if let Some(at) = &change.base_location {
            assert!(
                base.pointer(&at.pointer).is_some(),
                "{} base {}",
                change.rule.id(),
                at
            );
        }
        if let Some(at) = &change.head_location {
            assert!(
                head.pointer(&at.pointer).is_some(),
                "{} head {}",
                change.rule.id(),
                at
            );
        }
    }
});
