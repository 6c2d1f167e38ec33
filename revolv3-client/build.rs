//! Generates the Revolv3 client into `OUT_DIR` when the `codegen` feature is on (the default).
//!
//! In this repository the input is `openapi/swagger.json` with the pinned names, run through
//! `revolv3-codegen`, the same pipeline `cargo xtask generate` runs, so the checked-in snapshot
//! and this output cannot disagree. A packaged crate has no `openapi/` folder; it generates from
//! its own `generated/swagger.normalized.json`, the pipeline's output for the same spec. A spec
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

    use revolv3_codegen::{GeneratedCode, Mock, NameTable};

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
        let code = match openapi.filter(|dir| dir.join("swagger.json").is_file()) {
            Some(dir) => from_spec(&dir)?,
            None => from_snapshot(&manifest_dir.join("generated/swagger.normalized.json"))?,
        };
        write(&out_dir.join("client.rs"), &code.client)?;
        match &code.mock {
            Some(mock) => write(&out_dir.join("mock.rs"), mock),
            None => Ok(()),
        }
    }

    fn from_spec(openapi: &Path) -> Result<GeneratedCode, String> {
        let spec_path = openapi.join("swagger.json");
        let names_path = openapi.join("operation-names.json");
        println!("cargo::rerun-if-changed={}", spec_path.display());
        println!("cargo::rerun-if-changed={}", names_path.display());
        let spec = fs::read(&spec_path).map_err(|e| format!("{}: {e}", spec_path.display()))?;
        let pinned = match fs::read(&names_path) {
            Ok(bytes) => NameTable::from_json(&bytes)
                .map_err(|e| format!("{}: {e}", names_path.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => NameTable::default(),
            Err(e) => return Err(format!("{}: {e}", names_path.display())),
        };
        let output = revolv3_codegen::run(&spec, &pinned, mock())
            .map_err(|e| format!("{}: {e}", spec_path.display()))?;
        for (key, name) in &output.names.added {
            println!(
                "cargo::warning={key} has no entry in openapi/operation-names.json; it is named \
                 `{name}` for now. Run `cargo xtask generate` to pin it."
            );
        }
        for notice in &output.notices {
            println!("cargo::warning={notice}");
        }
        Ok(output.code)
    }

    fn from_snapshot(path: &Path) -> Result<GeneratedCode, String> {
        println!("cargo::rerun-if-changed={}", path.display());
        let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        revolv3_codegen::generate_from_normalized(&bytes, mock())
            .map_err(|e| format!("{}: {e}", path.display()))
    }

    fn write(path: &Path, contents: &str) -> Result<(), String> {
        fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
    }
}
