//! Breaking-change diff of two OpenAPI 3.0 documents.
//!
//! Operations are matched by method and path, ignoring path-parameter names; parameters,
//! request bodies, responses and the schemas they reach (through `$ref`s, cycles included) are
//! compared in the direction data flows. Narrowing what a client may send, or widening what a
//! server may return, breaks clients. Each finding has a stable rule id (oasdiff's wherever the
//! meaning matches), a level from the chosen [`Profile`], the operation, JSON pointers into both
//! documents and a message.

mod change;
mod engine;
mod error;
pub mod format;
mod ignore;
mod load;
mod rules;

use revolv3_oas::pointer;

pub use change::{Change, Level};
pub use error::DiffError;
pub use ignore::IgnoreList;
pub use load::load_document;
pub use rules::{Profile, RUST_CLIENT_DEVIATIONS, oasdiff_level};

use serde_json::Value;

/// Every change from `base` to `head`, with levels from `profile`, in a stable order
/// (operation, then rule id, then location).
pub fn diff(base: &Value, head: &Value, profile: Profile) -> Vec<Change> {
    let mut changes: Vec<Change> = engine::Engine::new(base, head)
        .run()
        .into_iter()
        .map(|f| Change {
            level: profile.level(&f.id),
            id: f.id,
            operation: f.operation,
            base_location: f.base_location,
            head_location: f.head_location,
            message: f.message,
        })
        .collect();
    changes.sort_by(|a, b| {
        (&a.operation, &a.id, &a.base_location, &a.head_location).cmp(&(
            &b.operation,
            &b.id,
            &b.base_location,
            &b.head_location,
        ))
    });
    changes
}

/// The semver bump a change set calls for: major for an error, minor for anything else,
/// patch when nothing changed.
pub fn semver_hint(changes: &[Change]) -> &'static str {
    if changes.iter().any(|c| c.level == Level::Error) {
        "major"
    } else if changes.is_empty() {
        "patch"
    } else {
        "minor"
    }
}
