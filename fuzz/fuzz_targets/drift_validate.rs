//! The drift validator on response bodies: any body, for any operation and status of the
//! bundled spec, gives findings (each at a pointer into the body, or to where a field is
//! missing), never a panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use revolv3_client::drift::DriftTable;

const TABLE: &str = include_str!("../../revolv3-client/generated/drift.json");

fn table() -> &'static DriftTable {
    static TABLE_PARSED: OnceLock<DriftTable> = OnceLock::new();
    TABLE_PARSED.get_or_init(|| DriftTable::parse(TABLE).expect("the bundled drift table"))
}

fuzz_target!(|bytes: &[u8]| {
    // The first two bytes pick the operation and the status; the rest is the body.
    let [pick, status, body @ ..] = bytes else {
        return;
    };
    let operations = table().operations();
    let (operation, _) = operations[usize::from(*pick) % operations.len()];
    let status = [200, 201, 204, 400, 404, 500][usize::from(*status) % 6];
    let findings = table().check(operation, status, None, body);
    for finding in findings {
        assert!(finding.count >= 1);
        assert!(finding.pointer.is_empty() || finding.pointer.starts_with('/'));
    }
});
