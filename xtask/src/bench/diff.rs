//! Diff speed: `xtask diff` against Optic's `optic diff` (pinned in `bench/optic/`) on the
//! same inputs, and against the floor: a process that only parses both documents.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use super::{Row, Target, show, target_dir, wall, wall_accepting};
use crate::Failure;

/// `doc` with edits: every `path_step`-th path removed, and every `schema_step`-th schema given
/// a changed property type, a new property, a new enum value and (one in three of those) a new
/// required property.
fn edited(doc: &Value, path_step: usize, schema_step: usize) -> Value {
    let mut out = doc.clone();
    let paths: Vec<String> = out["paths"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for path in paths.iter().step_by(path_step) {
        if let Some(p) = out["paths"].as_object_mut() {
            p.remove(path);
        }
    }
    if let Some(schemas) = out["components"]["schemas"].as_object_mut() {
        for (i, schema) in schemas.values_mut().enumerate().step_by(schema_step) {
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
    std::fs::create_dir_all(&scratch).map_err(|e| Failure::io("create", &scratch, e))?;
    let spec_path = root.join(crate::workspace::SPEC);
    let doc: Value = serde_json::from_slice(&crate::workspace::read(root, crate::workspace::SPEC)?)
        .map_err(|e| Failure::Error(e.to_string()))?;
    let edited_path = scratch.join("swagger-edited.json");
    std::fs::write(
        &edited_path,
        serde_json::to_vec_pretty(&edited(&doc, 6, 1)).unwrap_or_default(),
    )
    .map_err(|e| Failure::io("write", &edited_path, e))?;
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
        let t_ours = wall(ours, 7)?;
        let t_theirs = wall_accepting(theirs, 3, optic_finished)?;
        rows.push(Row {
            measure: format!("diff: {label} (xtask diff vs optic diff)"),
            value: show(t_ours),
            baseline: show(t_theirs),
            ratio: t_theirs / t_ours,
            target: Target::AtLeast(20.0),
        });
    }
    for layout in [Layout::Pretty, Layout::Minified] {
        rows.push(against_parsing(root, &doc, &scratch, layout)?);
    }
    Ok(rows)
}

/// Optic exits 0 when nothing breaks, and 1 both when it finds a breaking change (as it must on
/// these pairs) and when it fails; only its report tells the two apart.
fn optic_finished(output: &std::process::Output) -> bool {
    match output.status.code() {
        Some(0) => true,
        Some(1) => String::from_utf8_lossy(&output.stdout).contains("This is a breaking change"),
        _ => false,
    }
}

/// How many copies of the bundled spec make a document of about 1 MB.
const LARGE_COPIES: usize = 4;

/// How the large specs are written. Upstream serves its spec indented, but many generators
/// (Swashbuckle among them) serve it on one line, where every finding's column is counted
/// along the same line.
#[derive(Clone, Copy)]
enum Layout {
    Pretty,
    Minified,
}

impl Layout {
    /// How the row's measure names the layout.
    fn label(self) -> &'static str {
        match self {
            Layout::Pretty => "",
            Layout::Minified => "minified ",
        }
    }

    /// The scratch file of one side (`base`, `head`).
    fn file(self, side: &str) -> String {
        match self {
            Layout::Pretty => format!("large-{side}.json"),
            Layout::Minified => format!("large-{side}.min.json"),
        }
    }

    fn write(self, value: &Value) -> Vec<u8> {
        match self {
            Layout::Pretty => serde_json::to_vec_pretty(value),
            Layout::Minified => serde_json::to_vec(value),
        }
        .unwrap_or_default()
    }
}

/// The whole `xtask diff` of two ~1 MB specs against a process that only reads and parses the
/// same two files with serde_json: nothing can diff faster than it can parse.
fn against_parsing(
    root: &Path,
    doc: &Value,
    scratch: &Path,
    layout: Layout,
) -> Result<Row, Failure> {
    // A version pair as upstream ships them: a few operations gone, one schema in ten changed.
    let base = super::codegen::synthetic(doc, LARGE_COPIES);
    let head = edited(&base, 20, 10);
    let (base_path, head_path) = (
        scratch.join(layout.file("base")),
        scratch.join(layout.file("head")),
    );
    for (path, value) in [(&base_path, &base), (&head_path, &head)] {
        std::fs::write(path, layout.write(value))
            .map_err(|e| Failure::Error(format!("{}: {e}", path.display())))?;
    }
    let megabytes = std::fs::metadata(&base_path).map_or(0.0, |m| m.len() as f64 / 1e6);
    let xtask = target_dir(root).join("release/xtask");
    let mut diff = Command::new(&xtask);
    diff.arg("--root")
        .arg(root)
        .args(["diff", "--format", "json"])
        .arg(&base_path)
        .arg(&head_path)
        .stdout(std::process::Stdio::null());
    let mut parse = Command::new(&xtask);
    parse.arg("bench-parse").arg(&base_path).arg(&head_path);
    let (t_diff, t_parse) = (wall(diff, 15)?, wall(parse, 15)?);
    Ok(Row {
        measure: format!(
            "diff: two {megabytes:.1} MB {}specs (xtask diff vs parsing both with serde_json)",
            layout.label()
        ),
        value: show(t_diff),
        baseline: show(t_parse),
        ratio: t_diff / t_parse,
        target: Target::AtMost(2.0),
    })
}

/// `xtask bench-parse FILE...`: reads and parses each file as JSON, the floor of a diff.
pub fn parse_once(files: &[std::path::PathBuf]) -> Result<(), Failure> {
    for file in files {
        let bytes = std::fs::read(file).map_err(|e| Failure::io("read", file, e))?;
        serde_json::from_slice::<Value>(&bytes)
            .map_err(|e| Failure::Error(format!("{}: {e}", file.display())))?;
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt;
    use std::process::Output;

    fn output(code: i32, stdout: &str) -> Output {
        Output {
            status: std::process::ExitStatus::from_raw(code << 8),
            stdout: stdout.as_bytes().to_vec(),
            stderr: Vec::new(),
        }
    }

    #[test]
    fn optic_finding_breaking_changes_is_a_run_and_optic_failing_is_not() {
        assert!(optic_finished(&output(
            0,
            "Operations: No operations changed"
        )));
        assert!(optic_finished(&output(
            1,
            "x [prevent removing response property] ... This is a breaking change."
        )));
        assert!(!optic_finished(&output(
            1,
            "Error: could not read openapi.json"
        )));
        assert!(!optic_finished(&output(2, "")));
    }
}
