//! One shape for every transformation of the document: a name, the first OpenAPI version it
//! applies to, and a function over the document and the run's [`Context`]. A stage (lowering,
//! normalization) is an ordered table of passes, so the order is data, and each pass can be
//! timed or tested on its own.

use std::time::{Duration, Instant};

use revolv3_oas::Version;
use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::names::NameTable;
use crate::notice::Notices;

/// What every pass may read or record besides the document.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    /// The OpenAPI version the document declared as read (lowering rewrites the declaration).
    pub version: Version,
    /// Method names by operation, once they are resolved (after lowering).
    pub names: Option<&'a NameTable>,
    /// What the passes left out, dropped or repaired, in order.
    pub notices: Notices,
    /// How long each pass that ran took, in order.
    pub timings: Vec<PassTiming>,
}

/// How long one pass took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassTiming {
    /// The pass, by its function's name (`dedupe_parameters`).
    pub pass: &'static str,
    /// Its wall time.
    pub duration: Duration,
}

impl<'a> Context<'a> {
    /// The context of a run over a document declaring `version`.
    pub fn new(version: Version) -> Self {
        Self {
            version,
            names: None,
            notices: Notices::default(),
            timings: Vec::new(),
        }
    }

    /// The resolved method names; a pass that needs them runs after they are.
    pub fn names(&self) -> Result<&'a NameTable> {
        self.names.ok_or_else(|| {
            PipelineError::at(
                "",
                "internal: a pass needs method names before they are resolved",
            )
        })
    }
}

#[cfg(test)]
impl Default for Context<'_> {
    fn default() -> Self {
        Self::new(Version::V3_0)
    }
}

/// What a pass does to the document.
pub(crate) type PassFn = fn(&mut Value, &mut Context<'_>) -> Result<()>;

/// One named transformation.
pub(crate) struct Pass {
    /// The transformation's name (its function's).
    pub name: &'static str,
    /// The first OpenAPI version the pass applies to: a lowering of 3.2's `query` method has
    /// nothing to do in a 3.1 document.
    pub since: Version,
    /// The transformation.
    pub run: PassFn,
}

/// `Pass { name: "f", since, run: f }` for each `f`, in order.
macro_rules! passes {
    ($($since:ident: $run:path),* $(,)?) => {
        &[$($crate::pass::Pass {
            name: stringify!($run),
            since: revolv3_oas::Version::$since,
            run: $run,
        }),*]
    };
}
pub(crate) use passes;

/// Runs each pass of `stage` that applies to the document's version, in order, timing each.
pub(crate) fn run_stage(stage: &[Pass], doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let version = cx.version;
    for pass in stage.iter().filter(|pass| version >= pass.since) {
        let started = Instant::now();
        (pass.run)(doc, cx)?;
        cx.timings.push(PassTiming {
            pass: pass.name,
            duration: started.elapsed(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn mark(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
        doc["marks"] = json!(doc["marks"].as_u64().unwrap_or_default() + 1);
        Ok(())
    }

    fn refuse(_: &mut Value, _: &mut Context<'_>) -> Result<()> {
        Err(PipelineError::at("/x", "no"))
    }

    #[test]
    fn passes_run_in_order_from_their_version_on_and_are_timed() {
        let stage: &[Pass] = passes![V3_0: mark, V3_2: refuse, V3_1: mark];
        let mut doc = json!({});
        let mut cx = Context::new(Version::V3_1);
        run_stage(stage, &mut doc, &mut cx).unwrap();
        assert_eq!(doc["marks"], 2);
        let ran: Vec<&str> = cx.timings.iter().map(|t| t.pass).collect();
        assert_eq!(ran, ["mark", "mark"]);
        let mut cx = Context::new(Version::V3_2);
        assert_eq!(
            run_stage(stage, &mut doc, &mut cx).unwrap_err().pointer(),
            "/x"
        );
    }
}
