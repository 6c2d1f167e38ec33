//! OpenAPI Overlays (1.0 and 1.1): corrections to upstream's document kept beside it, applied
//! after parsing and before lowering, so upstream's bytes stay as upstream serves them.
//!
//! Targets are RFC 9535 JSONPath queries, evaluated by `serde_json_path`; the actions are
//! applied here, in order, each to the result of the one before. One rule is stricter than the
//! Overlay spec, which lets an action that selects nothing succeed: here it is an error naming
//! the action, so an overlay cannot rot silently once upstream changes the places it patches.

mod merge;
mod parse;
mod target;

use serde_json::Value;
use serde_json_path::JsonPath;
use serde_json_path::PathElement;

use crate::error::{PipelineError, Result};
use crate::pointer;
use merge::{NodeKind, already_has, merge_into_node};
pub use target::target_for_pointer;

/// A parsed Overlay document.
#[derive(Debug, Clone)]
pub struct Overlay {
    version: OverlayVersion,
    actions: Vec<Action>,
}

/// The Overlay feature sets this tool reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverlayVersion {
    /// 1.0.x: `update` and `remove`; targets are objects or arrays.
    V1_0,
    /// 1.1.x: adds `copy`, and targets that are primitive values.
    V1_1,
}

/// One action: where (`target`) and what.
#[derive(Debug, Clone)]
pub struct Action {
    /// The JSONPath query as written.
    pub target: String,
    query: JsonPath,
    /// The action's `description`, if any.
    pub description: Option<String>,
    /// What the action does to each node it selects.
    pub change: Change,
}

/// What an action does to the nodes it selects.
#[derive(Debug, Clone)]
pub enum Change {
    /// Merge this value into each node.
    Update(Value),
    /// Remove each node from its object or array.
    Remove,
    /// Merge the one node `source` selects into each node (Overlay 1.1).
    Copy {
        /// The JSONPath query as written.
        source: String,
        query: JsonPath,
    },
}

/// What applying an overlay found besides the changes themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Actions that changed nothing: every node they selected already said what they add.
    /// Upstream has made them redundant; they can be deleted.
    pub redundant: Vec<usize>,
}

impl Applied {
    /// What to tell the user about each redundant action of the overlay in `file`, a line each.
    pub fn redundant_lines<'a>(&'a self, file: &'a str) -> impl Iterator<Item = String> + 'a {
        self.redundant.iter().map(move |index| {
            format!(
                "overlay action {index} in {file} changes nothing: the spec already says what it \
                 adds; delete it"
            )
        })
    }
}

impl Overlay {
    /// The Overlay version the document declares.
    pub fn version(&self) -> OverlayVersion {
        self.version
    }

    /// The actions, in the order they apply.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }

    /// Applies every action to `doc`, in order. An action that selects nothing, a `copy`
    /// source that does not select exactly one node, or a value the merge rules refuse is an
    /// error naming the action; `doc` is then partly changed and should be dropped.
    pub fn apply(&self, doc: &mut Value) -> Result<Applied> {
        let mut applied = Applied::default();
        for (index, action) in self.actions.iter().enumerate() {
            if !self.apply_action(index, action, doc)? {
                applied.redundant.push(index);
            }
        }
        Ok(applied)
    }

    /// Applies one action; returns whether it changed anything.
    fn apply_action(&self, index: usize, action: &Action, doc: &mut Value) -> Result<bool> {
        let fail = |message: String| PipelineError::in_overlay_action(index, "", message);
        let selected: Vec<(Vec<Step>, NodeKind)> = action
            .query
            .query_located(doc)
            .into_iter()
            .map(|node| {
                let steps = node.location().iter().map(Step::from).collect();
                (steps, NodeKind::of(node.node()))
            })
            .collect();
        let Some((first_steps, kind)) = selected.first() else {
            return Err(fail(format!(
                "target `{}` selects nothing in the document; if upstream changed or fixed \
                 what it patched, update or delete the action",
                action.target
            )));
        };
        let value = match &action.change {
            Change::Remove => {
                let selected = selected.into_iter().map(|(steps, _)| steps).collect();
                return remove_all(doc, selected, index).map(|()| true);
            }
            Change::Update(value) => value.clone(),
            Change::Copy { source, query } => {
                let found = query.query(doc).all();
                match found.as_slice() {
                    [one] => (*one).clone(),
                    _ => {
                        return Err(fail(format!(
                            "copy source `{source}` selects {} nodes; it must select exactly one",
                            found.len()
                        )));
                    }
                }
            }
        };
        if let Some((steps, other)) = selected.iter().find(|(_, other)| other != kind) {
            return Err(fail(format!(
                "target `{}` selects nodes of different kinds, {} at {} and {} at {}; an update \
                 applies to objects, arrays or primitive values, one kind at a time",
                action.target,
                kind.article(),
                shown(&pointer_of(first_steps)),
                other.article(),
                shown(&pointer_of(steps)),
            )));
        }
        if *kind == NodeKind::Primitive && self.version == OverlayVersion::V1_0 {
            return Err(fail(format!(
                "target `{}` selects {} (the first at {}); Overlay 1.0 updates only objects and \
                 arrays (select the containing object, or declare `overlay: 1.1.0`)",
                action.target,
                kind.plural(),
                shown(&pointer_of(first_steps)),
            )));
        }
        let mut changed = false;
        for (steps, _) in &selected {
            let at = pointer_of(steps);
            let Some(node) = node_mut(doc, steps) else {
                continue;
            };
            changed |= !already_has(node, &value);
            merge_into_node(node, &value, index, &at)?;
        }
        Ok(changed)
    }
}

/// One step of a located node's normalized path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

impl From<&PathElement<'_>> for Step {
    fn from(element: &PathElement<'_>) -> Self {
        match element {
            PathElement::Name(name) => Step::Key((*name).to_owned()),
            PathElement::Index(i) => Step::Index(*i),
        }
    }
}

fn pointer_of(steps: &[Step]) -> String {
    steps.iter().fold(String::new(), |at, step| match step {
        Step::Key(key) => pointer::push(&at, key),
        Step::Index(i) => pointer::push(&at, &i.to_string()),
    })
}

fn node_mut<'a>(doc: &'a mut Value, steps: &[Step]) -> Option<&'a mut Value> {
    steps.iter().try_fold(doc, |node, step| match (node, step) {
        (Value::Object(map), Step::Key(key)) => map.get_mut(key),
        (Value::Array(items), Step::Index(i)) => items.get_mut(*i),
        _ => None,
    })
}

/// A JSON pointer as errors show it.
fn shown(pointer: &str) -> &str {
    if pointer.is_empty() {
        "the document root"
    } else {
        pointer
    }
}

/// Removes every selected node. Later array entries and deeper nodes go first, so the
/// positions of the others stay valid; a node inside one already removed is gone with it.
fn remove_all(doc: &mut Value, mut selected: Vec<Vec<Step>>, index: usize) -> Result<()> {
    if selected.iter().any(Vec::is_empty) {
        return Err(PipelineError::in_overlay_action(
            index,
            "",
            "the target selects the document root, which cannot be removed",
        ));
    }
    selected.sort();
    for steps in selected.iter().rev() {
        let Some((last, parent)) = steps.split_last() else {
            continue;
        };
        match (node_mut(doc, parent), last) {
            (Some(Value::Object(map)), Step::Key(key)) => {
                map.remove(key);
            }
            (Some(Value::Array(items)), Step::Index(i)) if *i < items.len() => {
                items.remove(*i);
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
