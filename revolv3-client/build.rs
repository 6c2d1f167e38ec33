//! Generates the Revolv3 client from `openapi/swagger.json` into `OUT_DIR`.
//!
//! The work is done by `revolv3-codegen`, the same pipeline `cargo xtask generate` runs, so the
//! checked-in snapshot and this output cannot disagree. A spec the pipeline refuses fails the
//! build with the pipeline's message (file, operation, JSON pointer), never a backtrace.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::{env, fs};

use revolv3_codegen::NameTable;

fn main() -> ExitCode {
    match build() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            for line in message.lines() {
                println!("cargo::error={line}");
            }
            ExitCode::FAILURE
        }
    }
}

fn build() -> Result<(), String> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let openapi = manifest_dir
        .parent()
        .ok_or("the crate has no parent folder")?
        .join("openapi");
    let spec_path = openapi.join("swagger.json");
    let names_path = openapi.join("operation-names.json");
    println!("cargo::rerun-if-changed={}", spec_path.display());
    println!("cargo::rerun-if-changed={}", names_path.display());

    let spec = read(&spec_path)?;
    let pinned = match fs::read(&names_path) {
        Ok(bytes) => {
            NameTable::from_json(&bytes).map_err(|e| format!("{}: {e}", names_path.display()))?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => NameTable::default(),
        Err(e) => return Err(format!("{}: {e}", names_path.display())),
    };
    let output = revolv3_codegen::run(&spec, &pinned)
        .map_err(|e| format!("{}: {e}", spec_path.display()))?;
    for (key, name) in &output.names.added {
        println!(
            "cargo::warning={key} has no entry in openapi/operation-names.json; it is named \
             `{name}` for now. Run `cargo xtask generate` to pin it."
        );
    }
    for (operation, reason) in &output.skipped {
        println!("cargo::warning={operation} is left out of the client: {reason}");
    }
    write(&out_dir.join("client.rs"), &output.code.client)?;
    write(&out_dir.join("mock.rs"), &output.code.mock)
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn write(path: &Path, contents: &str) -> Result<(), String> {
    fs::write(path, contents).map_err(|e| format!("{}: {e}", path.display()))
}
