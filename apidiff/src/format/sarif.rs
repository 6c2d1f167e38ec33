//! SARIF 2.1.0, the format GitHub code scanning (and other CI systems) reads: one run of our
//! tool, its rules (each id used, with the registry's description), and one result per
//! change, on the head file's changed line (the base location as a related one), with its
//! fingerprint; an accepted change carries an external suppression with its reason.

use std::collections::{BTreeMap, BTreeSet};

use revolv3_oas::Location;
use serde_sarif::sarif::{
    ArtifactLocation, Location as SarifLocation, Message, MultiformatMessageString,
    PhysicalLocation, Region, ReportingDescriptor, Result as SarifResult, ResultLevel, Run,
    SCHEMA_URL, Sarif, Suppression, Tool, ToolComponent, Version,
};

use super::operation_shown;
use crate::{Change, Level};

/// The key of our fingerprints in `partialFingerprints`.
const FINGERPRINT_KEY: &str = "revolv3ApiDiff/v1";

fn sarif_location(location: &Location) -> Option<SarifLocation> {
    let file = location.file.as_deref()?;
    let region = location.span.map(|span| {
        Region::builder()
            .start_line(i64::from(span.line))
            .start_column(i64::from(span.column))
            .end_line(i64::from(span.end_line))
            .build()
    });
    let physical = match region {
        Some(region) => PhysicalLocation::builder()
            .artifact_location(ArtifactLocation::builder().uri(file).build())
            .region(region)
            .build(),
        None => PhysicalLocation::builder()
            .artifact_location(ArtifactLocation::builder().uri(file).build())
            .build(),
    };
    Some(SarifLocation::builder().physical_location(physical).build())
}

fn level(level: Level) -> ResultLevel {
    match level {
        Level::Error => ResultLevel::Error,
        Level::Warning => ResultLevel::Warning,
        Level::Info => ResultLevel::Note,
    }
}

pub(super) fn render(changes: &[Change]) -> String {
    let used: BTreeSet<crate::Rule> = changes.iter().map(|c| c.rule).collect();
    let index: BTreeMap<crate::Rule, usize> =
        used.iter().enumerate().map(|(i, r)| (*r, i)).collect();
    let rules: Vec<ReportingDescriptor> = used
        .iter()
        .map(|rule| {
            ReportingDescriptor::builder()
                .id(rule.id())
                .short_description(
                    MultiformatMessageString::builder()
                        .text(rule.def().description)
                        .build(),
                )
                .build()
        })
        .collect();
    let results: Vec<SarifResult> = changes
        .iter()
        .map(|c| {
            let message = Message::builder()
                .text(format!(
                    "{}: {}",
                    operation_shown(c.operation.as_ref()),
                    c.message
                ))
                .build();
            let locations: Vec<SarifLocation> =
                c.head_anchor.iter().filter_map(sarif_location).collect();
            let related: Vec<SarifLocation> =
                c.base_location.iter().filter_map(sarif_location).collect();
            let suppressions: Vec<Suppression> = c
                .accepted
                .iter()
                .map(|entry| {
                    Suppression::builder()
                        .kind("external")
                        .justification(entry.reason.clone())
                        .build()
                })
                .collect();
            SarifResult::builder()
                .rule_id(c.rule.id())
                .rule_index(index[&c.rule] as i64)
                .level(level(c.level))
                .message(message)
                .locations(locations)
                .related_locations(related)
                .partial_fingerprints(BTreeMap::from([(
                    FINGERPRINT_KEY.to_owned(),
                    c.fingerprint.to_string(),
                )]))
                .suppressions(suppressions)
                .build()
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("revolv3-apidiff")
        .information_uri("https://github.com/revolv3-rs/revolv3-rs")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let sarif = Sarif::builder()
        .schema(SCHEMA_URL)
        .version(serde_json::to_value(Version::V2_1_0).unwrap_or_default())
        .runs(vec![
            Run::builder()
                .tool(Tool::from(driver))
                .results(results)
                .build(),
        ])
        .build();
    let mut out = serde_json::to_string_pretty(&sarif).unwrap_or_default();
    out.push('\n');
    out
}
