//! Operation-level summary of what changed between two specs.

use std::collections::BTreeMap;
use std::fmt;

use revolv3_codegen::{OperationKey, operations};
use serde_json::Value;

/// Operations added, removed and changed between two spec documents.
#[derive(Debug, Default)]
pub struct OperationChanges {
    pub added: Vec<OperationKey>,
    pub removed: Vec<OperationKey>,
    pub changed: Vec<OperationKey>,
    pub old_version: String,
    pub new_version: String,
}

impl OperationChanges {
    /// Compares operations by `METHOD /path`; an operation whose object differs in any way
    /// (parameters, bodies, responses, docs) counts as changed.
    pub fn between(old: &Value, new: &Value) -> Self {
        let old_ops: BTreeMap<_, _> = operations(old).into_iter().collect();
        let new_ops: BTreeMap<_, _> = operations(new).into_iter().collect();
        let mut changes = OperationChanges {
            old_version: revolv3_codegen::info_version(old).to_owned(),
            new_version: revolv3_codegen::info_version(new).to_owned(),
            ..Default::default()
        };
        for (key, op) in &new_ops {
            match old_ops.get(key) {
                None => changes.added.push(key.clone()),
                Some(before) if before != op => changes.changed.push(key.clone()),
                Some(_) => {}
            }
        }
        changes.removed = old_ops
            .keys()
            .filter(|k| !new_ops.contains_key(*k))
            .cloned()
            .collect();
        changes
    }
}

impl fmt::Display for OperationChanges {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "version {} -> {}: {} added, {} removed, {} changed",
            self.old_version,
            self.new_version,
            self.added.len(),
            self.removed.len(),
            self.changed.len()
        )?;
        for (label, keys) in [
            ("added", &self.added),
            ("removed", &self.removed),
            ("changed", &self.changed),
        ] {
            for key in keys {
                writeln!(f, "  {label:<8} {key}")?;
            }
        }
        Ok(())
    }
}
