//! Generates the Revolv3 client into `OUT_DIR` when the `codegen` feature is on (the default).
//!
//! In this repository the input is `openapi/swagger.json` with the pinned names and, when
//! present, the corrections in `openapi/overlay.yaml`, run through `revolv3-codegen`, the same
//! pipeline `cargo xtask generate` runs, so the checked-in snapshot and this output cannot
//! disagree. A packaged crate has no `openapi/` folder; it generates from its own
//! `generated/swagger.normalized.json`, the pipeline's output for the same spec, and takes the
//! drift report's schemas from `generated/drift.json`. A spec
//! the pipeline refuses fails the build with the pipeline's message (file, operation, JSON
//! pointer), never a backtrace. Without `codegen`, `src/lib.rs` compiles the checked-in
//! snapshot and this script does nothing.

use std::process::ExitCode;

fn main() -> ExitCode {
    #[cfg(feature = "codegen")]
    if let Err(message) = codegen::run() {
        for line in message.lines() {
            println!("cargo::error={line}");
        }
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[cfg(feature = "codegen")]
mod codegen {
    use std::path::{Path, PathBuf};
    use std::{env, fs};

    use revolv3_codegen::{GeneratedCode, Mock, NameTable, Overlay};

    /// The httpmock helpers are only compiled with the `mock` feature.
    fn mock() -> Mock {
        if env::var_os("CARGO_FEATURE_MOCK").is_some() {
            Mock::Include
        } else {
            Mock::Skip
        }
    }

    pub fn run() -> Result<(), String> {
        let manifest_dir =
            PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
        let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
        let openapi = manifest_dir.parent().map(|p| p.join("openapi"));
        let (code, drift_table) = match openapi.filter(|dir| dir.join("swagger.json").is_file()) {
            Some(dir) => from_spec(&dir)?,
            None => from_snapshot(&manifest_dir.join("generated"))?,
        };
        write(&out_dir.join("client.rs"), &code.client)?;
        write(&out_dir.join("drift.json"), &drift_table)?;
        match &code.mock {
            Some(mock) => write(&out_dir.join("mock.rs"), mock),
            None => Ok(()),
        }
    }

    fn from_spec(openapi: &Path) -> Result<(GeneratedCode, String), String> {
        let spec_path = openapi.join("swagger.json");
        let names_path = openapi.join("operation-names.json");
        let overlay_path = openapi.join("overlay.yaml");
        // The folder too, so that creating or deleting the overlay reruns this script.
        println!("cargo::rerun-if-changed={}", openapi.display());
        println!("cargo::rerun-if-changed={}", spec_path.display());
        println!("cargo::rerun-if-changed={}", names_path.display());
        let spec = fs::read(&spec_path).map_err(|e| format!("{}: {e}", spec_path.display()))?;
        let pinned = match fs::read(&names_path) {
            Ok(bytes) => NameTable::from_json(&bytes)
                .map_err(|e| format!("{}: {e}", names_path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => NameTable::default(),
            Err(e) => return Err(format!("{}: {e}", names_path.display())),
        };
        let overlay = match fs::read(&overlay_path) {
            Ok(bytes) => Some(
                Overlay::parse(&bytes).map_err(|e| format!("{}: {e}", overlay_path.display()))?,
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("{}: {e}", overlay_path.display())),
        };
        let output =
            revolv3_codegen::run(&spec, &pinned, mock(), overlay.as_ref()).map_err(|e| {
                match &overlay {
                    Some(_) => format!(
                        "{} with {}: {e}",
                        spec_path.display(),
                        overlay_path.display()
                    ),
                    None => format!("{}: {e}", spec_path.display()),
                }
            })?;
        for (key, name) in &output.names.added {
            println!(
                "cargo::warning={key} has no entry in openapi/operation-names.json; it is named \
                 `{name}` for now. Run `cargo xtask generate` to pin it."
            );
        }
        for notice in &output.notices {
            println!("cargo::warning={notice}");
        }
        let overlay_shown = overlay_path.display().to_string();
        for line in output
            .overlay
            .iter()
            .flat_map(|applied| applied.redundant_lines(&overlay_shown))
        {
            println!("cargo::warning={line}");
        }
        Ok((output.code, output.drift_table))
    }

    fn from_snapshot(generated: &Path) -> Result<(GeneratedCode, String), String> {
        let normalized = generated.join("swagger.normalized.json");
        let drift = generated.join("drift.json");
        println!("cargo::rerun-if-changed={}", normalized.display());
        println!("cargo::rerun-if-changed={}", drift.display());
        let bytes = fs::read(&normalized).map_err(|e| format!("{}: {e}", normalized.display()))?;
        let code = revolv3_codegen::generate_from_normalized(&bytes, mock())
            .map_err(|e| format!("{}: {e}", normalized.display()))?;
        let drift_table =
            fs::read_to_string(&drift).map_err(|e| format!("{}: {e}", drift.display()))?;
        Ok((code, drift_table))
    }

    fn write(path: &Path, contents: &str) -> Result<(), String> {
        fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
    }
}
