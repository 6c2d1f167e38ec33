//! JUnit XML, which most CI systems show as a test report: one test suite, one test case per
//! operation (and one for the document), failing when it has an open finding at or above the
//! threshold; each such finding is listed in the failure's text, with where it is.

use std::fmt::Write as _;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{by_operation, file_line, operation_shown};
use crate::{Change, Level};

pub(super) fn render(changes: &[Change], fail_at: Level) -> String {
    let mut suite = TestSuite::new("api-diff");
    for (operation, group) in by_operation(changes) {
        let failing: Vec<&&Change> = group
            .iter()
            .filter(|c| c.accepted.is_none() && c.level >= fail_at)
            .collect();
        let status = if failing.is_empty() {
            TestCaseStatus::success()
        } else {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            let mut text = String::new();
            for c in &failing {
                let place = [&c.head_anchor, &c.base_location]
                    .into_iter()
                    .flatten()
                    .find_map(file_line)
                    .map(|at| format!(" ({at})"))
                    .unwrap_or_default();
                let _ = writeln!(text, "{} {}: {}{place}", c.level, c.rule.id(), c.message);
            }
            status
                .set_type(failing[0].rule.id())
                .set_message(format!("{} change(s) at {fail_at} or above", failing.len()))
                .set_description(text);
            status
        };
        let mut case = TestCase::new(operation_shown(operation), status);
        case.set_classname("api-diff");
        suite.add_test_case(case);
    }
    let mut report = Report::new("revolv3 api-diff");
    report.add_test_suite(suite);
    // Writing XML into a String cannot fail for text we built.
    report.to_string().unwrap_or_default()
}
