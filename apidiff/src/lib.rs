//! Breaking-change diff of two OpenAPI documents (3.0, 3.1 or 3.2), with oasdiff's rules.
//!
//! Loading (`load`) reads JSON or YAML, bundles external `$ref`s and checks the structure the
//! diff relies on. The model (`model`) is the structural diff: operations matched by method
//! and path (path variables matched by position), parameters, bodies, responses and the
//! schemas they reach, compared keyword by keyword with `$ref` cycles cut. The checks
//! (`checks`) read the model and describe each change by the registry's columns (direction,
//! place, attribute, action); the one rule registry (`rules`) says which rule that is, and a
//! [`Profile`] gives each its level. Narrowing what a client may send, or widening what a
//! server may return, breaks clients.
//!
//! The engine reports registry entries, so an id outside the registry cannot be reported:
//!
//! ```
//! let rule = revolv3_apidiff::Rule::RequestPropertyRemoved;
//! assert_eq!(rule.id(), "request-property-removed");
//! ```
//!
//! ```compile_fail
//! // oasdiff has no rule for a maximum length set on a response property, nor do we.
//! let rule = revolv3_apidiff::Rule::ResponsePropertyMaxLengthSet;
//! ```

mod change;
mod checks;
mod date;
mod error;
mod flatten;
pub mod format;
mod ignore;
mod ledger;
mod load;
mod model;
mod options;
mod rules;
mod rust;
mod severity;
mod sources;

use revolv3_oas::pointer;

pub use change::{Change, Level};
pub use date::Date;
pub use error::{DiffError, Document, FlattenError};
pub use ignore::IgnoreList;
pub use ledger::{Acceptance, Fingerprint, Ledger, Stale};
pub use load::{Loaded, ReadFile, load_document, load_document_with, load_with_sources};
pub use options::{Element, HeaderNames, Options, PathMatching, PathScope, Stability};
pub use rules::{
    Action, Attribute, Direction, Kind, Pattern, Place, Profile, Qualifier, Qualifiers, RULES,
    Rule, RuleDef, RuleListing, listing as rule_listing, unmatched_changes,
};
pub use rust::{RustChange, RustChangeKind};
pub use severity::{Severity, SeverityLevels};
pub use sources::{Sources, locate};

use revolv3_oas::Location;
use serde_json::Value;

/// Every change from `base` to `head` with oasdiff's default options, levels from `profile`.
pub fn diff(base: &Value, head: &Value, profile: Profile) -> Vec<Change> {
    let options = Options {
        profile,
        ..Options::default()
    };
    on_engine_thread(|| changes(base, head, &options))
}

/// Stack for the engine's thread: the schema comparison recurses up to
/// [`model::MAX_NESTING`] levels, which needs more than a default thread has (reserved, not
/// committed: only what a comparison reaches is ever touched).
const ENGINE_STACK: usize = 512 << 20;

/// Every change from `base` to `head` under `options`, in a stable order (operation, then
/// rule id, then location). Rules the options do not report are left out. Fails only when
/// `options.flatten_all_of` meets an `allOf` whose members conflict.
pub fn diff_with(
    base: &Value,
    head: &Value,
    options: &Options,
) -> Result<Vec<Change>, FlattenError> {
    on_engine_thread(|| {
        if !options.flatten_all_of {
            return Ok(changes(base, head, options));
        }
        let base = flatten::all_of(base, Document::Base)?;
        let head = flatten::all_of(head, Document::Head)?;
        Ok(changes(&base, &head, options))
    })
}

/// Runs `engine` on a thread with [`ENGINE_STACK`] (on the current one if none can be had).
fn on_engine_thread<T: Send>(engine: impl Fn() -> T + Sync) -> T {
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("apidiff".into())
            .stack_size(ENGINE_STACK)
            .spawn_scoped(scope, &engine);
        match spawned {
            Ok(thread) => thread
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had: the current one does for all but pathological nesting.
            Err(_) => engine(),
        }
    })
}

fn changes(base: &Value, head: &Value, options: &Options) -> Vec<Change> {
    // Nothing changed, whatever the documents hold (and however deep they nest).
    if base == head {
        return Vec::new();
    }
    let model = model::Model::new(base, head, options);
    let mut changes: Vec<Change> = checks::run(&model, options)
        .into_iter()
        .filter_map(|f| {
            let mut change = Change {
                level: options.level(f.rule)?,
                rule: f.rule,
                operation: f.operation,
                base_location: f.base_location.map(Location::at),
                head_location: f.head_location.map(Location::at),
                head_anchor: None,
                message: f.message,
                fingerprint: Fingerprint::default(),
                accepted: None,
                rust: Vec::new(),
            };
            change.fingerprint = Fingerprint::of(&change);
            Some(change)
        })
        .collect();
    changes.sort_by(|a, b| {
        (
            &a.operation,
            a.rule.id(),
            &a.base_location,
            &a.head_location,
            &a.message,
        )
            .cmp(&(
                &b.operation,
                b.rule.id(),
                &b.base_location,
                &b.head_location,
                &b.message,
            ))
    });
    changes
}

/// Writes the name clap's `ValueEnum` gives `value`: the one spelling of each option's values.
fn value_name<T: clap::ValueEnum>(value: &T, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    f.write_str(value.to_possible_value().ok_or(std::fmt::Error)?.get_name())
}

/// The semver bump a change set calls for: major for an error, minor for anything else,
/// patch when nothing changed. Accepted changes count for nothing.
pub fn semver_hint(changes: &[Change]) -> &'static str {
    let open: Vec<&Change> = changes.iter().filter(|c| c.accepted.is_none()).collect();
    if open.iter().any(|c| c.level == Level::Error) {
        "major"
    } else if open.is_empty() {
        "patch"
    } else {
        "minor"
    }
}
