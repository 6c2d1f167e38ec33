//! The diff's reports for other CI systems, read by outside tools: the SARIF report passes
//! Microsoft's SARIF validator (sarif-multitool, pinned in `tests/sarif-multitool/`), and the
//! JUnit report is read back by a JUnit parser. Both on the bundled spec against a copy whose
//! `CustomerDTO` lost `lastName`. The validator needs Node.js: ignored with the reason without
//! it, failing when `CI` is set.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use revolv3_apidiff::format::{Format, render};
use revolv3_apidiff::{Level, Profile, diff, load_with_sources, locate};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The changes of the `lastName` pair, placed in their files.
fn changes() -> Vec<revolv3_apidiff::Change> {
    let bytes = std::fs::read(repo().join("openapi/swagger.json")).unwrap();
    let mut head: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    head["components"]["schemas"]["CustomerDTO"]["properties"]
        .as_object_mut()
        .unwrap()
        .remove("lastName");
    let head_bytes = serde_json::to_vec_pretty(&head).unwrap();
    let mut no_files = |path: &str| Err(format!("no external files here ({path})"));
    let base = load_with_sources("base.json", &bytes, &mut no_files).unwrap();
    let head = load_with_sources("openapi/swagger.json", &head_bytes, &mut no_files).unwrap();
    let mut changes = diff(&base.document, &head.document, Profile::RustClient);
    locate(&mut changes, &base, &head);
    assert!(!changes.is_empty());
    changes
}

#[test]
#[cfg_attr(
    missing_node,
    ignore = "needs Node.js for sarif-multitool, and `node` is not on PATH (with CI set, this fails instead)"
)]
fn the_sarif_report_passes_microsofts_validator() {
    let tool = revolv3_tests::npm_tool(
        "sarif-multitool",
        "node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
        "Validating the SARIF report (sarif-multitool installs with npm)",
    );
    // npm may leave the binary without its run bit when install scripts are not allowed.
    let mut permissions = std::fs::metadata(&tool).unwrap().permissions();
    if permissions.mode() & 0o100 == 0 {
        permissions.set_mode(permissions.mode() | 0o100);
        std::fs::set_permissions(&tool, permissions).unwrap();
    }
    let dir = tempfile::tempdir().unwrap();
    // The validator exits 0 even when it finds errors: its report says, one line each.
    let errors = |sarif: &str| -> Vec<String> {
        let report = dir.path().join("api-diff.sarif");
        std::fs::write(&report, sarif).unwrap();
        let out = Command::new(&tool)
            .arg("validate")
            .arg(&report)
            .output()
            .expect("sarif-multitool runs");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout.contains("1 files scanned"),
            "the validator read nothing: {stdout}"
        );
        stdout
            .lines()
            .filter(|l| l.contains(": error "))
            .map(str::to_owned)
            .collect()
    };
    let sarif = render(&changes(), &[], Format::Sarif, None);
    assert_eq!(errors(&sarif), Vec::<String>::new());
    // And the validator, run so, does see a broken report.
    let broken = sarif.replacen("\"message\"", "\"note\"", 1);
    assert!(
        !errors(&broken).is_empty(),
        "a result without a message passed"
    );
}

#[test]
fn the_junit_report_reads_back_as_one_case_per_operation() {
    let changes = changes();
    let xml = render(&changes, &[], Format::Junit, Some(Level::Error));
    let suites = junit_parser::from_reader(std::io::Cursor::new(xml.as_bytes())).unwrap();
    let suite = &suites.suites[0];
    let operations: std::collections::BTreeSet<String> = changes
        .iter()
        .map(|c| {
            c.operation
                .as_ref()
                .map_or("(document)".to_owned(), ToString::to_string)
        })
        .collect();
    assert_eq!(suite.cases.len(), operations.len());
    let failing: Vec<&junit_parser::TestCase> = suite
        .cases
        .iter()
        .filter(|case| matches!(case.status, junit_parser::TestStatus::Failure(_)))
        .collect();
    assert!(!failing.is_empty());
    let customer = failing
        .iter()
        .find(|case| case.original_name == "GET /api/Customers/{customerId}")
        .expect("the customer operation fails");
    let junit_parser::TestStatus::Failure(failure) = &customer.status else {
        unreachable!()
    };
    assert!(failure.text.contains("`lastName`"), "{}", failure.text);
    assert!(
        failure.text.contains("(openapi/swagger.json:"),
        "{}",
        failure.text
    );
}
