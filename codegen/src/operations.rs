//! Walking the operations of a spec in a stable order.

use serde_json::{Map, Value};

use crate::notice::{NoticeKind, Notices};
use crate::pointer;

pub use revolv3_oas::{METHODS, OperationKey};

/// The variables of path key `path`, as the one template parser reads them; a key it refuses
/// (which `parse_spec` already refused) is an error at the key.
pub(crate) fn template_variables(path: &str) -> crate::Result<std::collections::BTreeSet<String>> {
    revolv3_oas::PathTemplate::parse_key(path)
        .map(|t| t.variables().map(str::to_owned).collect())
        .map_err(|e| {
            crate::PipelineError::at(
                pointer::join("/paths", [path]),
                format!("path `{path}` {e}"),
            )
        })
}

/// Every operation in `doc`, with its object, in document order (paths, then [`METHODS`]).
pub fn operations(doc: &Value) -> Vec<(OperationKey, &Map<String, Value>)> {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (path, item) in paths {
        for method in METHODS {
            if let Some(op) = item.get(method).and_then(Value::as_object) {
                out.push((OperationKey::new(method, path), op));
            }
        }
    }
    out
}

/// Calls `f` on every operation of `doc`, mutably, in the same order as [`operations`].
pub fn for_each_operation_mut(
    doc: &mut Value,
    mut f: impl FnMut(&OperationKey, &mut Map<String, Value>),
) {
    let _ = try_for_each_operation_mut::<()>(doc, |key, op| {
        f(key, op);
        Ok(())
    });
}

/// [`for_each_operation_mut`] for a step that can fail; stops at the first error.
pub fn try_for_each_operation_mut<E>(
    doc: &mut Value,
    mut f: impl FnMut(&OperationKey, &mut Map<String, Value>) -> Result<(), E>,
) -> Result<(), E> {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (path, item) in paths.iter_mut() {
        for method in METHODS {
            if let Some(op) = item.get_mut(method).and_then(Value::as_object_mut) {
                f(&OperationKey::new(method, path), op)?;
            }
        }
    }
    Ok(())
}

/// Removes the entries of the `parameters` list `params` (of the object at `owner_at`, an
/// operation when `key` is given, else a path item) for which `drop` gives a reason, recording
/// each as a [`NoticeKind::Dropped`] notice at the entry's pointer in the list as it was.
pub fn drop_parameters(
    params: Option<&mut Value>,
    owner_at: &str,
    key: Option<&OperationKey>,
    notices: &mut Notices,
    mut drop: impl FnMut(&Value) -> Option<String>,
) {
    let Some(params) = params.and_then(Value::as_array_mut) else {
        return;
    };
    let mut index = 0;
    params.retain(|param| {
        index += 1;
        let Some(why) = drop(param) else {
            return true;
        };
        notices.push(
            NoticeKind::Dropped,
            pointer::join(owner_at, ["parameters", &(index - 1).to_string()]),
            key,
            why,
        );
        false
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_round_trips_through_its_text_form() {
        let key = OperationKey::new("delete", "/api/Customers/{customerId}");
        assert_eq!(key.to_string(), "DELETE /api/Customers/{customerId}");
        assert_eq!(OperationKey::parse(&key.to_string()), Some(key));
        assert_eq!(OperationKey::parse("FETCH /x"), None);
        assert_eq!(OperationKey::parse("GET x"), None);
    }
}
