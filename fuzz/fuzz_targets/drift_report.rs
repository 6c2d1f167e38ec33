//! The drift report reader (`cargo xtask drift overlay REPORT`): any bytes are a report or a
//! refusal, and a report reads back the same from the JSON it writes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use revolv3_client::drift::DriftReport;

fuzz_target!(|bytes: &[u8]| {
    let Ok(doc) = revolv3_oas::document::parse(bytes) else {
        return;
    };
    let Ok(report) = serde_json::from_value::<DriftReport>(doc) else {
        return;
    };
    let json = serde_json::to_value(&report).expect("a report serializes");
    let again: DriftReport = serde_json::from_value(json).expect("and reads back");
    assert_eq!(again, report);
});
