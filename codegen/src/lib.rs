//! The Revolv3 spec pipeline, shared by `revolv3-client`'s build script and `cargo xtask`.
//!
//! ```text
//! swagger.json ──parse_spec──▶ JSON ──resolve_names──▶ names ──normalize──▶ normalized JSON
//!                                                                         └──generate──▶ Rust
//! ```
//!
//! [`run`] strings the steps together, so build.rs and xtask cannot disagree about the output.

mod api_version;
mod bounded;
mod enums;
mod error;
mod generate;
mod json_schema;
mod lock;
mod media;
pub mod names;
pub mod normalize;
mod operations;
mod pagination;
mod references;

use revolv3_oas::pointer;
mod spec;

pub use bounded::{BOUNDED_TYPE, BoundedInteger, find_bounded_integers};
pub use enums::{EnumSchema, EnumValues, find_enums};
pub use error::{PipelineError, Result};
pub use generate::{CLIENT_STATE_TYPE, GeneratedCode, Mock, generate};
pub use lock::{SpecLock, sha256_hex};
pub use names::{NameResolution, NameTable, resolve_names};
pub use operations::{OperationKey, operations};
pub use pagination::find_paged_operations;
pub use spec::{info_version, parse_spec};

use serde_json::Value;

/// Everything the pipeline produces from one spec.
#[derive(Debug, Clone)]
pub struct PipelineOutput {
    /// The spec after [`normalize::normalize`], pretty-printed with a trailing newline.
    pub normalized_json: String,
    /// The normalized document itself.
    pub normalized: Value,
    /// How operation names relate to the pinned names file.
    pub names: NameResolution,
    /// The generated Rust.
    pub code: GeneratedCode,
    /// Operations left out of the client (`METHOD /path`, reason); see
    /// [`normalize::skip_unsupported_operations`].
    pub skipped_operations: Vec<(String, String)>,
    /// Optional parameters left out of operations that stay (`METHOD /path`, reason).
    pub dropped_parameters: Vec<(String, String)>,
}

/// Runs the whole pipeline: parse, resolve names against the pinned table, normalize, generate.
pub fn run(spec_bytes: &[u8], pinned: &NameTable, mock: Mock) -> Result<PipelineOutput> {
    let mut doc = parse_spec(spec_bytes)?;
    let names = resolve_names(&doc, pinned)?;
    normalize::normalize(&mut doc, &names.names)?;
    let code = generate(&doc, mock)?;
    let mut normalized_json =
        serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
    normalized_json.push('\n');
    let skipped_operations = records(&doc, normalize::SKIPPED_EXTENSION);
    let dropped_parameters = records(&doc, normalize::DROPPED_PARAMETERS_EXTENSION);
    Ok(PipelineOutput {
        normalized_json,
        normalized: doc,
        names,
        code,
        skipped_operations,
        dropped_parameters,
    })
}

/// The `(operation, reason)` records a normalization pass left under `extension`.
fn records(doc: &Value, extension: &str) -> Vec<(String, String)> {
    doc.get(extension)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|record| {
            let field = |k: &str| {
                record
                    .get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            (field("operation"), field("reason"))
        })
        .collect()
}

/// Generates from an already normalized document (the `swagger.normalized.json` snapshot), as a
/// packaged `revolv3-client` does: it carries that snapshot but not the upstream spec.
pub fn generate_from_normalized(bytes: &[u8], mock: Mock) -> Result<GeneratedCode> {
    let doc: Value = serde_json::from_slice(bytes)?;
    generate(&doc, mock)
}
