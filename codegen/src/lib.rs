//! The Revolv3 spec pipeline, shared by `revolv3-client`'s build script and `cargo xtask`.
//!
//! ```text
//! swagger.json ──parse_spec──▶ JSON ──overlay (optional)──▶ ──lower (3.1/3.2 → 3.0)──▶
//!     ──resolve_names──▶ names ──drift_table──▶ response schemas for the drift report
//!     ──normalize──▶ normalized JSON ──generate──▶ Rust
//! ```
//!
//! [`run`] strings the steps together, so build.rs and xtask cannot disagree about the output.

mod api_version;
mod bounded;
mod client_paths;
mod deprecations;
mod drift_table;
mod enums;
mod error;
mod generate;
mod json_schema;
mod lock;
mod lower;
mod media;
mod names;
mod non_exhaustive;
mod normalize;
mod notice;
mod operations;
pub mod overlay;
mod pagination;
mod pass;
mod references;
mod spec;

use revolv3_oas::pointer;

use drift_table::drift_table;
use generate::generate;
use names::resolve_names;

pub use error::{PipelineError, Result};
pub use generate::{GeneratedCode, Mock};
pub use lock::{SpecLock, sha256_hex};
pub use names::{NameResolution, NameTable};
pub use notice::{Notice, NoticeKind};
pub use operations::{OperationKey, operations};
pub use overlay::{Applied, Overlay};
pub use pass::PassTiming;
pub use spec::{info_version, parse_spec};

use serde_json::Value;

/// Everything the pipeline produces from one spec.
#[derive(Debug, Clone)]
pub struct PipelineOutput {
    /// The spec after the normalization passes, pretty-printed with a trailing newline.
    pub normalized_json: String,
    /// The normalized document itself.
    pub normalized: Value,
    /// How operation names relate to the pinned names file.
    pub names: NameResolution,
    /// The generated Rust.
    pub code: GeneratedCode,
    /// Everything the pipeline left out, dropped or repaired in the spec, each with its pointer.
    pub notices: Vec<Notice>,
    /// The response schemas `revolv3-client`'s drift report validates against, by operation
    /// and status, as the JSON text of `generated/drift.json`.
    pub drift_table: String,
    /// What applying the overlay found (the actions upstream made redundant), when one was given.
    pub overlay: Option<Applied>,
    /// How long each lowering and normalization pass took, in the order they ran.
    pub timings: Vec<PassTiming>,
}

/// Runs the whole pipeline: parse, apply the overlay, resolve names against the pinned table,
/// take the drift table, normalize, generate. The overlay is written against upstream's
/// document, so it applies before anything else changes it; the result is checked again as a
/// spec, so an overlay cannot smuggle in what `parse_spec` refuses.
pub fn run(
    spec_bytes: &[u8],
    pinned: &NameTable,
    mock: Mock,
    overlay: Option<&Overlay>,
) -> Result<PipelineOutput> {
    let mut doc = parse_spec(spec_bytes)?;
    let overlay = match overlay {
        Some(overlay) => {
            let applied = overlay.apply(&mut doc)?;
            spec::check_document(&doc).map_err(|mut e| {
                e.message = format!("after applying the overlay: {}", e.message);
                e
            })?;
            Some(applied)
        }
        None => None,
    };
    let mut cx = pass::Context::new(spec::version_of(&doc)?);
    pass::run_stage(lower::LOWER, &mut doc, &mut cx)?;
    let names = resolve_names(&doc, pinned)?;
    let drift_table = drift_table(&doc, &names.names);
    cx.names = Some(&names.names);
    pass::run_stage(normalize::NORMALIZE, &mut doc, &mut cx)?;
    let notices = cx.notices.into_vec();
    let timings = cx.timings;
    let code = generate(&doc, mock)?;
    let mut normalized_json =
        serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
    normalized_json.push('\n');
    Ok(PipelineOutput {
        normalized_json,
        normalized: doc,
        names,
        code,
        notices,
        drift_table,
        overlay,
        timings,
    })
}

/// Each stage on its own, for the fuzz targets in `fuzz/` (feature `fuzzing`); not API.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    use serde_json::Value;

    use crate::{NameTable, Result, lower, names, normalize, parse_spec, pass};

    /// `bytes` parsed and lowered to OpenAPI 3.0.
    pub fn lower(bytes: &[u8]) -> Result<Value> {
        let mut doc = parse_spec(bytes)?;
        let mut cx = pass::Context::new(crate::spec::version_of(&doc)?);
        pass::run_stage(lower::LOWER, &mut doc, &mut cx)?;
        Ok(doc)
    }

    /// `bytes` parsed, lowered, named and normalized: what progenitor is given.
    pub fn normalize(bytes: &[u8]) -> Result<Value> {
        let mut doc = lower(bytes)?;
        let names = names::resolve_names(&doc, &NameTable::default())?;
        let mut cx = pass::Context::new(revolv3_oas::Version::V3_0);
        cx.names = Some(&names.names);
        pass::run_stage(normalize::NORMALIZE, &mut doc, &mut cx)?;
        Ok(doc)
    }
}

/// Generates from an already normalized document (the `swagger.normalized.json` snapshot), as a
/// packaged `revolv3-client` does: it carries that snapshot but not the upstream spec.
pub fn generate_from_normalized(bytes: &[u8], mock: Mock) -> Result<GeneratedCode> {
    let doc: Value = serde_json::from_slice(bytes)?;
    generate(&doc, mock)
}
