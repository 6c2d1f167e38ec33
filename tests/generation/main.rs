//! What the pipeline generates from fixture specs under `tests/fixtures/`, read as Rust.

mod api_version;
mod deprecation;
mod lowering;
