//! The round trip from the wire to the spec: a fake Revolv3 answers with drift, `drift observe`
//! reports it, `drift overlay --write` turns the report into overlay actions, `generate` makes
//! a client with the undocumented field as a typed field, and the same responses checked
//! against the regenerated drift table are found to conform.

use std::collections::BTreeMap;

use httpmock::MockServer;
use revolv3_client::drift::{DriftKind, DriftReport, DriftTable};
use serde_json::{Value, json};

mod common;

use common::*;

const OVERLAY: &str = "openapi/overlay.yaml";

fn fixture(name: &str) -> Value {
    serde_json::from_slice(&std::fs::read(repo().join("tests/fixtures").join(name)).unwrap())
        .unwrap()
}

/// One answer of the fake server: status and JSON body.
type Answer = (u16, Value);

/// What the fake Revolv3 answers per GET operation: the e2e response fixtures, except for
/// the drift under test.
fn answers(table: &DriftTable) -> BTreeMap<String, (String, Answer)> {
    let mut drifted_invoice = fixture("drift/get_invoice.decodable.json");
    drifted_invoice["loyaltyTier"] = json!("gold");
    let mut answers = BTreeMap::new();
    for (id, at) in table.operations() {
        let Some(path) = at
            .strip_prefix("/paths/")
            .and_then(|rest| rest.strip_suffix("/get"))
        else {
            continue;
        };
        let path = revolv3_oas::pointer::unescape(path);
        let file = repo().join(format!("tests/fixtures/responses/{id}.json"));
        let answer = match id {
            "get_invoice" => (200, drifted_invoice.clone()),
            "get_invoices" => {
                let mut summary = fixture("responses/get_invoices.json")[0].clone();
                summary["loyaltyTier"] = json!("gold");
                let mut without = summary.clone();
                without["loyaltyTier"] = Value::Null;
                (200, json!([summary, without]))
            }
            "get_customer" => (418, json!({ "message": "I'm a teapot" })),
            _ if file.is_file() => (200, fixture(&format!("responses/{id}.json"))),
            _ => (404, json!({ "message": "not found" })),
        };
        answers.insert(id.to_owned(), (path, answer));
    }
    answers
}

/// The path template as an anchored regular expression.
fn path_pattern(template: &str) -> String {
    let template = revolv3_oas::PathTemplate::parse(template).expect("a path template");
    let mut pattern = String::from("^");
    for segment in template.segments() {
        match segment {
            revolv3_oas::Segment::Literal(text) => pattern.push_str(&regex_escape(text)),
            revolv3_oas::Segment::Variable(_) => pattern.push_str("[^/]+"),
        }
    }
    pattern.push('$');
    pattern
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = ".+*?()|[]{}^$\\".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// Checks every answer against `table`, as the client would: one entry per distinct finding.
fn findings(
    table: &DriftTable,
    answers: &BTreeMap<String, (String, Answer)>,
) -> Vec<(DriftKind, String)> {
    let mut found = Vec::new();
    for (id, (_, (status, body))) in answers {
        let bytes = serde_json::to_vec(body).unwrap();
        for f in table.check(id, *status, Some("application/json"), &bytes) {
            found.push((f.kind, format!("{id} {} {}", f.pointer, f.schema)));
        }
    }
    found
}

/// The type of field `field` of struct `name` in the generated `types` module.
fn field_type(client: &str, name: &str, field: &str) -> Option<String> {
    let file = syn::parse_file(client).unwrap();
    let types = file.items.iter().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
        _ => None,
    })?;
    types.1.iter().find_map(|item| match item {
        syn::Item::Struct(s) if s.ident == name => s.fields.iter().find_map(|f| {
            (f.ident.as_ref()? == field).then(|| {
                let ty = &f.ty;
                quote::quote!(#ty).to_string().replace(' ', "")
            })
        }),
        _ => None,
    })
}

#[test]
fn drift_observed_on_the_wire_becomes_a_typed_field_and_then_conforms() {
    let tree = Tree::new();
    let table = DriftTable::parse(&String::from_utf8(tree.read(SNAPSHOT[3])).unwrap()).unwrap();
    let answers = answers(&table);
    let server = MockServer::start();
    for (path, (status, body)) in answers.values() {
        server.mock(|when, then| {
            when.method("GET").path_matches(path_pattern(path).as_str());
            then.status(*status)
                .header("content-type", "application/json; charset=utf-8")
                .json_body(body.clone());
        });
    }
    let before = findings(&table, &answers);
    assert_eq!(
        before.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
        [
            DriftKind::UndocumentedStatus,
            DriftKind::UnknownEnumValue,
            DriftKind::UndocumentedField,
            // Both list items lack it: one finding, counted twice.
            DriftKind::UndocumentedField,
        ],
        "{before:#?}"
    );

    // Observe: every GET, with the token, against the fake server.
    let report_path = tree.path("report.json");
    let report_arg = report_path.to_str().unwrap();
    let base_url = server.base_url();
    let args = [
        "drift",
        "observe",
        "--base-url",
        &base_url,
        "--out",
        report_arg,
    ];
    let without_token = tree.xtask_with_env(&args, &[("REVOLV3_TOKEN", None)]);
    without_token.expect_code(2);
    assert!(
        without_token.stderr().contains("REVOLV3_TOKEN"),
        "names the missing variable: {}",
        without_token.stderr()
    );
    assert!(
        !tree.path("report.json").exists(),
        "nothing written without a token"
    );
    let run = tree.xtask_with_env(&args, &[("REVOLV3_TOKEN", Some("sk_test"))]);
    run.expect_code(0);
    let report: DriftReport = serde_json::from_slice(&tree.read("report.json")).unwrap();
    let mut kinds: Vec<DriftKind> = report.findings.iter().map(|f| f.kind).collect();
    kinds.sort();
    assert_eq!(
        kinds,
        [
            DriftKind::UndocumentedField,
            DriftKind::UndocumentedField,
            DriftKind::UnknownEnumValue,
            DriftKind::UndocumentedStatus,
        ],
        "{}",
        run.stdout()
    );

    // Report to overlay, written; the same report again adds nothing.
    let run = tree.xtask(&["drift", "overlay", report_arg, "--write"]);
    run.expect_code(0);
    assert!(
        run.stdout().contains("4 action(s) added"),
        "{}",
        run.stdout()
    );
    let overlay = tree.read(OVERLAY);
    let run = tree.xtask(&["drift", "overlay", report_arg, "--write"]);
    run.expect_code(0);
    assert!(run.stdout().contains("unchanged"), "{}", run.stdout());
    assert_eq!(
        tree.read(OVERLAY),
        overlay,
        "applying the report twice changes nothing"
    );

    tree.xtask(&["generate"]).expect_code(0);
    tree.xtask(&["check"]).expect_code(0);
    let client = String::from_utf8(tree.read(SNAPSHOT[1])).unwrap();
    assert_eq!(
        field_type(&client, "Invoice", "loyalty_tier").as_deref(),
        Some("::std::option::Option<::std::string::String>"),
    );
    assert_eq!(
        field_type(&client, "InvoiceSummary", "loyalty_tier").as_deref(),
        Some("::std::option::Option<::std::string::String>"),
    );
    assert!(client.contains("Disputed"), "the enum lists the new value");

    // The same responses against the regenerated table: nothing left to report.
    let regenerated =
        DriftTable::parse(&String::from_utf8(tree.read(SNAPSHOT[3])).unwrap()).unwrap();
    assert_eq!(findings(&regenerated, &answers), []);
}
