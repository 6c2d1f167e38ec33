//! `cargo xtask drift overlay REPORT.json [--write]`: the Overlay actions that would make the
//! spec describe what a drift report observed.
//!
//! An undocumented field becomes a property of the schema it was found in, typed from the JSON
//! types observed (`nullable` when `null` was among them); an enum value the spec does not list
//! is appended to that enum; an undocumented status becomes a response saying it was observed.
//! A type mismatch or a missing required field is not guessed at: it is printed for a human.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use revolv3_client::drift::{DriftFinding, DriftKind, DriftReport, JsonType};
use revolv3_codegen::overlay::target_for_pointer;
use revolv3_codegen::{Overlay, parse_spec};
use serde_json::{Value, json};

use crate::Failure;
use crate::workspace::{self, OVERLAY, SPEC};

/// Print the Overlay actions that would make the spec describe what REPORT observed
/// (undocumented fields and statuses, unlisted enum values); type mismatches and missing
/// required fields are printed for a human, not guessed. With --write, add the new actions
/// to openapi/overlay.yaml.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A saved drift report (`Client::take_drift_report`, or `drift observe`).
    report: std::path::PathBuf,
    /// Add the actions to openapi/overlay.yaml (created if absent; equal actions are not
    /// added twice).
    #[arg(long)]
    write: bool,
}

/// Prints the actions the report calls for and, with `--write`, adds the new ones to the
/// overlay.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (report, write) = (args.report.as_path(), args.write);
    let shown = report.display();
    let bytes = workspace::read_bounded(report)?;
    let document = revolv3_oas::document::parse(&bytes)
        .map_err(|e| Failure::Error(format!("{shown}: {e}")))?;
    let report: DriftReport = serde_path_to_error::deserialize(document).map_err(|e| {
        Failure::Error(format!(
            "{shown} at {}: not a drift report: {}",
            e.path(),
            e.inner()
        ))
    })?;
    let spec = workspace::read(root, SPEC)?;
    let upstream = parse_spec(&spec).map_err(|e| Failure::Error(format!("{SPEC}: {e}")))?;
    let mut doc = upstream.clone();
    let existing = workspace::read_overlay_document(root)?;
    // Findings point into the spec as the client saw it: with the overlay applied.
    if let Some(existing) = &existing {
        parse_overlay(existing)?
            .apply(&mut doc)
            .map_err(|e| Failure::Error(format!("{SPEC} with {OVERLAY}: {e}")))?;
    }
    let proposal = propose(&report, &doc);
    for line in &proposal.for_humans {
        println!("# {line}");
    }
    if proposal.actions.is_empty() {
        println!("# no action to propose");
        return Ok(());
    }
    print!(
        "{}",
        overlay_yaml(&overlay_document("1.0.0", proposal.actions.clone()))
    );
    if write {
        write_into_overlay(root, upstream, existing, proposal.actions)?;
    }
    Ok(())
}

/// An undocumented field as every finding of it saw it: the JSON types of its values, and
/// where it was seen.
type SeenField<'a> = (BTreeSet<JsonType>, Vec<&'a DriftFinding>);

/// What a report calls for: actions, and what only a human can decide.
struct Proposal {
    actions: Vec<Value>,
    for_humans: Vec<String>,
}

fn propose(report: &DriftReport, doc: &Value) -> Proposal {
    let mut proposal = Proposal {
        actions: Vec::new(),
        for_humans: Vec::new(),
    };
    // The same field or value seen by several operations is one correction.
    let mut fields: BTreeMap<(&str, &str), SeenField<'_>> = BTreeMap::new();
    for finding in &report.findings {
        let target = target_for_pointer(doc, &finding.schema);
        let action = match (finding.kind, &target, &finding.field, &finding.value) {
            (DriftKind::UndocumentedField, Some(_), Some(field), _) => {
                let entry = fields
                    .entry((finding.schema.as_str(), field.as_str()))
                    .or_default();
                entry.0.extend(finding.observed.iter().copied());
                entry.1.push(finding);
                continue;
            }
            (DriftKind::UnknownEnumValue, Some(target), _, Some(value)) => json!({
                "target": target,
                "description": format!(
                    "A value seen in {} {} responses that the enum does not list.",
                    finding.operation, finding.status
                ),
                "update": { "enum": [value] },
            }),
            (DriftKind::UndocumentedStatus, Some(target), _, _) => json!({
                "target": target,
                "description": format!("{} answered {}, which the spec does not document.", finding.operation, finding.status),
                "update": { "responses": { finding.status.to_string(): {
                    "description": "Observed on the wire by the drift report; not documented upstream."
                } } },
            }),
            (
                DriftKind::UndocumentedField
                | DriftKind::UnknownEnumValue
                | DriftKind::UndocumentedStatus,
                None,
                ..,
            ) => {
                proposal.for_humans.push(format!(
                    "{} in {} {} at {}: the spec has nothing at {} any more; regenerate the report",
                    finding.kind,
                    finding.operation,
                    finding.status,
                    finding.pointer,
                    finding.schema
                ));
                continue;
            }
            _ => {
                proposal.for_humans.push(format!(
                    "{} in {} {} at {} (schema {}): {}; not guessed, check and correct by hand",
                    finding.kind,
                    finding.operation,
                    finding.status,
                    finding.pointer,
                    finding.schema,
                    finding.detail
                ));
                continue;
            }
        };
        push_once(&mut proposal.actions, action);
    }
    for ((schema, field), (observed, findings)) in fields {
        let Some(target) = target_for_pointer(doc, schema) else {
            continue;
        };
        let (property, note) = property_schema(&observed);
        if let Some(note) = note {
            proposal
                .for_humans
                .push(format!("`{field}` at {schema}: {note}"));
        }
        let seen_in = findings
            .iter()
            .map(|f| format!("{} {}", f.operation, f.status))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect::<Vec<_>>()
            .join(", ");
        let types = type_names(&observed);
        push_once(
            &mut proposal.actions,
            json!({
                "target": target,
                "description": format!("`{field}` is sent ({types}) in {seen_in} responses but not documented."),
                "update": { "properties": { field: property } },
            }),
        );
    }
    proposal
}

/// The schema of a property from the JSON types its values had, and a note when those do not
/// agree on one type.
fn property_schema(observed: &BTreeSet<JsonType>) -> (Value, Option<String>) {
    let nullable = observed.contains(&JsonType::Null);
    let types: Vec<JsonType> = observed
        .iter()
        .copied()
        .filter(|t| *t != JsonType::Null)
        .collect();
    let mut schema = match types.as_slice() {
        [] => json!({}),
        [JsonType::Integer] => json!({ "type": "integer" }),
        [JsonType::Integer, JsonType::Number] | [JsonType::Number] => json!({ "type": "number" }),
        [JsonType::Array] => json!({ "type": "array", "items": {} }),
        [one] => json!({ "type": one.as_str() }),
        _ => {
            let listed = type_names(&types);
            return (
                if nullable {
                    json!({ "nullable": true })
                } else {
                    json!({})
                },
                Some(format!(
                    "values of several types were seen ({listed}); left untyped"
                )),
            );
        }
    };
    if nullable {
        schema["nullable"] = Value::Bool(true);
    }
    let note = types
        .is_empty()
        .then(|| "only null was seen; left untyped".to_owned());
    (schema, note)
}

/// `integer, string`.
fn type_names<'a>(types: impl IntoIterator<Item = &'a JsonType>) -> String {
    types
        .into_iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether two actions make the same change (descriptions aside).
fn same_change(a: &Value, b: &Value) -> bool {
    ["target", "update", "remove", "copy"]
        .iter()
        .all(|k| a.get(k) == b.get(k))
}

fn push_once(actions: &mut Vec<Value>, action: Value) {
    if !actions.iter().any(|a| same_change(a, &action)) {
        actions.push(action);
    }
}

fn overlay_document(version: &str, actions: Vec<Value>) -> Value {
    json!({
        "overlay": version,
        "info": {
            "title": "Corrections to Revolv3's spec",
            "version": "1",
        },
        "actions": actions,
    })
}

/// An Overlay document as YAML with its fields in the spec's order (`overlay`, `info`,
/// `extends`, `actions`, then extensions), which JSON values do not keep.
fn overlay_yaml(document: &Value) -> String {
    const ORDER: [&str; 4] = ["overlay", "info", "extends", "actions"];
    let Some(fields) = document.as_object() else {
        return revolv3_oas::yaml::to_string(document);
    };
    let rest = fields.keys().filter(|k| !ORDER.contains(&k.as_str()));
    ORDER
        .iter()
        .map(|k| (*k).to_owned())
        .chain(rest.cloned())
        .filter_map(|key| {
            let value = fields.get(&key)?;
            Some(revolv3_oas::yaml::to_string(&json!({ key: value })))
        })
        .collect()
}

fn parse_overlay(document: &Value) -> Result<Overlay, Failure> {
    Overlay::from_value(document).map_err(|e| Failure::Error(format!("{OVERLAY}: {e}")))
}

/// Adds the actions the overlay lacks, checks the result still applies to `upstream` (the parsed
/// spec), and writes it; anything wrong leaves the file as it was.
fn write_into_overlay(
    root: &Path,
    mut upstream: Value,
    existing: Option<Value>,
    actions: Vec<Value>,
) -> Result<(), Failure> {
    let mut document = existing.unwrap_or_else(|| overlay_document("1.0.0", Vec::new()));
    let Some(list) = document.get_mut("actions").and_then(Value::as_array_mut) else {
        return Err(Failure::Error(format!(
            "{OVERLAY}: `actions` is not a list"
        )));
    };
    let before = list.len();
    for action in actions {
        push_once(list, action);
    }
    let added = list.len() - before;
    if added == 0 {
        println!("{OVERLAY}: unchanged, it already has every action");
        return Ok(());
    }
    parse_overlay(&document)?
        .apply(&mut upstream)
        .map_err(|e| {
            Failure::Error(format!(
                "{OVERLAY} with the new actions does not apply to {SPEC}: {e}"
            ))
        })?;
    let text = overlay_yaml(&document);
    workspace::write_atomically(root, OVERLAY, text.as_bytes())?;
    println!(
        "{OVERLAY}: {added} action(s) added; next: cargo xtask generate, then review the \
         snapshot diff"
    );
    Ok(())
}
