//! `cargo xtask try-spec FILE`: does the pipeline handle this spec, and does the result compile?
//!
//! The generated client is written into a throw-away crate under `target/try-spec/` (in `CARGO_TARGET_DIR` when set) that borrows
//! the client's support code, and `cargo check`ed with one shared target directory, so a run
//! over a whole corpus compiles the dependencies once.

use std::path::{Path, PathBuf};

use revolv3_codegen::NameTable;

use crate::Failure;

const MANIFEST_TEMPLATE: &str = include_str!("../try-spec/Cargo.toml.in");
const LIB: &str = include_str!("../try-spec/lib.rs");

/// Run the pipeline on any spec (JSON or YAML) and compile the generated client in a
/// throw-away crate. Prints `ok: N operations, M types` (exit 0) or the construct and JSON
/// pointer at fault (exit 2).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The spec to try.
    file: PathBuf,
    /// An OpenAPI Overlay applied to the spec first.
    #[arg(long, value_name = "FILE")]
    overlay: Option<PathBuf>,
    /// Also print how long each lowering and normalization pass took.
    #[arg(long)]
    timings: bool,
}

/// Generates and compiles the spec (with the overlay applied first, if given), printing
/// `ok: N operations, M types`.
pub fn run(root: &Path, args: &Args) -> Result<(), Failure> {
    let (file, overlay) = (args.file.as_path(), args.overlay.as_deref());
    let shown = file.display();
    let bytes = crate::workspace::read_bounded(file)?;
    let parsed = crate::workspace::read_overlay_arg(overlay)?;
    let output = revolv3_codegen::run(
        &bytes,
        &NameTable::default(),
        revolv3_codegen::Mock::Skip,
        parsed.as_ref(),
    )
    .map_err(|e| match overlay {
        Some(o) => Failure::Error(format!("{shown} with {}: {e}", o.display())),
        None => Failure::Error(format!("{shown}: {e}")),
    })?;
    let scratch = crate::workspace::target_dir(root).join("try-spec");
    let crate_dir = write_crate(
        root,
        &scratch.join("crate"),
        ("try-spec", "0.0.0"),
        &output.code.client,
    )?;
    let check = crate::workspace::cargo_command()
        .args([
            "check",
            "--quiet",
            "--message-format",
            "short",
            "--manifest-path",
        ])
        .arg(crate_dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", scratch.join("target"))
        .output()
        .map_err(|e| Failure::Error(format!("could not run cargo: {e}")))?;
    if !check.status.success() {
        let stderr = String::from_utf8_lossy(&check.stderr);
        let first: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("error"))
            .take(5)
            .collect();
        return Err(Failure::Error(format!(
            "{shown}: the generated client does not compile:\n{}",
            first.join("\n")
        )));
    }
    let operations = revolv3_codegen::operations(&output.normalized).len();
    let types = count_types(&output.code.client);
    println!("ok: {operations} operations, {types} types");
    for notice in &output.notices {
        println!("{notice}");
    }
    if args.timings {
        for timing in &output.timings {
            println!(
                "{:>10.3} ms  {}",
                timing.duration.as_secs_f64() * 1e3,
                timing.pass
            );
        }
    }
    Ok(())
}

/// Writes a crate `(name, version)` around the generated `client` into `dir`, borrowing
/// revolv3-client's support code (`xtask/try-spec/`); returns `dir`.
pub fn write_crate(
    root: &Path,
    dir: &Path,
    (name, version): (&str, &str),
    client: &str,
) -> Result<PathBuf, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure::io("create", dir, e))?;
    let client_dir = root.join("revolv3-client");
    let manifest = MANIFEST_TEMPLATE
        .replace("@NAME@", name)
        .replace("@VERSION@", version)
        .replace(
            "@CLIENT@",
            &client_dir.display().to_string().replace('\\', "/"),
        );
    for (file, contents) in [
        ("Cargo.toml", manifest.as_str()),
        ("lib.rs", LIB),
        ("client.rs", client),
    ] {
        crate::workspace::write_atomically(dir, file, contents.as_bytes())?;
    }
    Ok(dir.to_path_buf())
}

/// Structs and enums in the generated `types` module.
fn count_types(client: &str) -> usize {
    let Ok(file) = syn::parse_file(client) else {
        return 0;
    };
    file.items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref(),
            _ => None,
        })
        .map_or(0, |(_, items)| {
            items
                .iter()
                .filter(|i| {
                    matches!(
                        i,
                        syn::Item::Struct(_) | syn::Item::Enum(_) | syn::Item::Macro(_)
                    )
                })
                .count()
        })
}
