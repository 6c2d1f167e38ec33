//! Codegen scaling: the pipeline on the bundled spec and on synthetic specs 10x and 50x its
//! size, each run as its own process.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use serde_json::{Value, json};

use super::{Row, Target, median, show, target_dir};
use crate::Failure;

/// A spec `copies` times the size of `doc`: every path and schema repeated under a suffix.
pub(super) fn synthetic(doc: &Value, copies: usize) -> Value {
    let mut out = doc.clone();
    let paths = out["paths"]
        .as_object_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    let schemas = out["components"]["schemas"]
        .as_object_mut()
        .map(std::mem::take)
        .unwrap_or_default();
    for i in 0..copies {
        let suffix = if i == 0 {
            String::new()
        } else {
            format!("S{i}")
        };
        let rename = |v: &Value| -> Value {
            let s = v.to_string().replace(
                "#/components/schemas/",
                &format!("#/components/schemas/{suffix}"),
            );
            serde_json::from_str(&s).unwrap_or(Value::Null)
        };
        for (path, item) in &paths {
            let mut item = rename(item);
            for op in item
                .as_object_mut()
                .into_iter()
                .flat_map(|m| m.values_mut())
            {
                if let Some(summary) = op.get("summary").and_then(Value::as_str) {
                    op["summary"] = json!(format!("{summary} {suffix}"));
                }
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    op["operationId"] = json!(format!("{id}{suffix}"));
                }
            }
            let key = if i == 0 {
                path.clone()
            } else {
                format!("/s{i}{path}")
            };
            out["paths"][key] = item;
        }
        for (name, schema) in &schemas {
            out["components"]["schemas"][format!("{suffix}{name}")] = rename(schema);
        }
    }
    out
}

pub(super) fn codegen(root: &Path) -> Result<Vec<Row>, Failure> {
    let spec = crate::workspace::read(root, crate::workspace::SPEC)?;
    let doc: Value = serde_json::from_slice(&spec).map_err(|e| Failure::Error(e.to_string()))?;
    let scratch = target_dir(root).join("bench");
    std::fs::create_dir_all(&scratch).map_err(|e| Failure::io("create", &scratch, e))?;
    let mut rows = Vec::new();
    let mut base: Option<(f64, usize)> = None;
    for copies in [1usize, 10, 50] {
        let file = scratch.join(format!("synthetic-{copies}x.json"));
        std::fs::write(
            &file,
            serde_json::to_vec(&synthetic(&doc, copies)).unwrap_or_default(),
        )
        .map_err(|e| Failure::io("write", &file, e))?;
        let runs = if copies == 50 { 3 } else { 5 };
        let mut times = Vec::new();
        let mut lines = 0;
        for _ in 0..runs {
            let out = Command::new(target_dir(root).join("release/xtask"))
                .args(["bench-codegen"])
                .arg(&file)
                .output()
                .map_err(|e| Failure::Error(e.to_string()))?;
            let text = String::from_utf8_lossy(&out.stdout);
            let Some((seconds, generated)) = parse_timing(&text).filter(|_| out.status.success())
            else {
                return Err(Failure::Error(format!(
                    "xtask bench-codegen {}: {} ({})",
                    file.display(),
                    out.status,
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            };
            lines = generated;
            times.push(seconds);
        }
        let t = median(times);
        let (t1, _) = *base.get_or_insert((t, lines));
        rows.push(Row {
            measure: format!("codegen: normalize + generate, {copies}x spec ({lines} lines)"),
            value: show(t),
            baseline: format!("{} x {copies}", show(t1)),
            ratio: t / (t1 * copies as f64),
            // Linear, with room for allocator and page-zeroing noise on larger inputs.
            target: Target::AtMost(1.5),
        });
    }
    Ok(rows)
}

/// `bench-codegen`'s output: seconds, then generated lines.
fn parse_timing(stdout: &str) -> Option<(f64, usize)> {
    let mut parts = stdout.split_whitespace();
    let seconds: f64 = parts.next()?.parse().ok().filter(|s: &f64| s.is_finite())?;
    let lines: usize = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((seconds, lines))
}

/// `xtask bench-codegen FILE`: the pipeline once, printing seconds and generated lines.
pub fn codegen_once(file: &Path) -> Result<(), Failure> {
    let bytes = std::fs::read(file).map_err(|e| Failure::io("read", file, e))?;
    let started = Instant::now();
    let output = revolv3_codegen::run(
        &bytes,
        &revolv3_codegen::NameTable::default(),
        revolv3_codegen::Mock::Include,
        None,
    )
    .map_err(|e| Failure::Error(e.to_string()))?;
    let elapsed = started.elapsed();
    println!(
        "{} {}",
        elapsed.as_secs_f64(),
        output.code.client.lines().count()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_complete_timing_line_is_a_time() {
        assert_eq!(parse_timing("0.2013 19494\n"), Some((0.2013, 19494)));
        for bad in [
            "",
            "NaN 10",
            "0.2",
            "0.2 x",
            "error: spec.json: at /paths",
            "0.1 2 3",
        ] {
            assert_eq!(parse_timing(bad), None, "{bad}");
        }
    }
}
