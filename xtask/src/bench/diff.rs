//! Diff speed: `xtask diff` against Optic's `optic diff` (pinned in `bench/optic/`) on the
//! same inputs.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::{Row, show, target_dir, wall};
use crate::Failure;

/// The bundled spec with many edits: removed operations, changed types, new enum values,
/// new required properties.
fn edited(doc: &Value) -> Value {
    let mut out = doc.clone();
    let paths: Vec<String> = out["paths"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for path in paths.iter().step_by(6) {
        if let Some(p) = out["paths"].as_object_mut() {
            p.remove(path);
        }
    }
    if let Some(schemas) = out["components"]["schemas"].as_object_mut() {
        for (i, schema) in schemas.values_mut().enumerate() {
            if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
                props.insert(format!("added{i}"), json!({ "type": "string" }));
                if let Some((_, first)) = props.iter_mut().next() {
                    first["type"] = json!("boolean");
                }
            }
            if let Some(values) = schema.get_mut("enum").and_then(Value::as_array_mut) {
                values.push(json!("AddedValue"));
            }
            if i % 3 == 0 {
                schema["required"] = json!([format!("added{i}")]);
            }
        }
    }
    out
}

/// Optic's executable, installed from `bench/optic/package-lock.json` if it is not there yet.
/// `cargo xtask bench` calls this first, so a missing npm stops it before minutes of work.
pub(super) fn install_optic(root: &Path) -> Result<PathBuf, Failure> {
    let optic_dir = root.join("bench/optic");
    let optic = optic_dir.join("node_modules/.bin/optic");
    if !optic.exists() {
        npm_ci(&optic_dir)?;
    }
    Ok(optic)
}

pub(super) fn diff(root: &Path, optic: &Path) -> Result<Vec<Row>, Failure> {
    let scratch = target_dir(root).join("bench");
    let spec_path = root.join(crate::workspace::SPEC);
    let doc: Value = serde_json::from_slice(&crate::workspace::read(root, crate::workspace::SPEC)?)
        .map_err(|e| Failure::Error(e.to_string()))?;
    let edited_path = scratch.join("swagger-edited.json");
    std::fs::write(
        &edited_path,
        serde_json::to_vec_pretty(&edited(&doc)).unwrap_or_default(),
    )
    .map_err(|e| Failure::Error(e.to_string()))?;
    let conformance = root.join("../shared/conformance/oasdiff/data");
    let mut pairs = vec![(
        "bundled spec vs 20%-edited copy",
        spec_path.clone(),
        edited_path,
    )];
    if conformance.is_dir() {
        pairs.push((
            "largest conformance pair (openapi-test1 vs -test3)",
            conformance.join("openapi-test1.yaml"),
            conformance.join("openapi-test3.yaml"),
        ));
    }
    let mut rows = Vec::new();
    for (label, base, head) in pairs {
        let mut ours = Command::new(target_dir(root).join("release/xtask"));
        ours.arg("--root")
            .arg(root)
            .args(["diff", "--format", "json"])
            .arg(&base)
            .arg(&head);
        ours.stdout(std::process::Stdio::null());
        let mut theirs = Command::new(optic);
        theirs
            .arg("diff")
            .arg(&base)
            .arg(&head)
            .args(["--check", "--severity", "error"]);
        // With CI set, Optic writes ci-run-details.json into its working folder.
        theirs
            .current_dir(&scratch)
            .env("OPTIC_TELEMETRY_LEVEL", "none")
            .env("CI", "true");
        theirs
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        let t_ours = wall(ours, 7)?;
        let t_theirs = wall(theirs, 3)?;
        rows.push(Row {
            measure: format!("diff: {label} (xtask diff vs optic diff)"),
            value: show(t_ours),
            baseline: show(t_theirs),
            ratio: t_theirs / t_ours,
            target: ">= 20x faster",
        });
    }
    Ok(rows)
}

fn npm_ci(dir: &Path) -> Result<(), Failure> {
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .status()
        .map_err(|e| {
            Failure::Error(format!(
                "cargo xtask bench compares against Optic, installed with npm from {}: npm: {e}",
                dir.display()
            ))
        })?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| Failure::Error("npm ci for Optic failed".into()))
}
