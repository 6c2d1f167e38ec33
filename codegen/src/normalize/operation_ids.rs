use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::operations::try_for_each_operation_mut;
use crate::pass::Context;

/// Sets every operation's `operationId` to its resolved name.
///
/// Why: progenitor 0.15 unwraps `operationId` and rejects operations without one; upstream
/// Swashbuckle emits none (apart from `GetToken`). Names come from the pinned names file (see
/// [`crate::names`]) so a summary edit upstream never renames a public method.
pub(crate) fn assign_operation_ids(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let names = cx.names()?;
    try_for_each_operation_mut(doc, |key, op| {
        let name = names.0.get(key).ok_or_else(|| {
            PipelineError::in_operation(key, key.pointer(), "operation has no method name")
        })?;
        op.insert("operationId".into(), Value::String(name.clone()));
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::NameTable;
    use crate::names::resolve_names;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn replaces_and_fills_operation_ids() {
        let mut doc = json!({ "paths": {
            "/a": { "get": { "summary": "List Things" }, "post": { "operationId": "MakeThing" } }
        }});
        let names = resolve_names(&doc, &NameTable::default()).unwrap().names;
        let mut cx = Context {
            names: Some(&names),
            ..Context::default()
        };
        assign_operation_ids(&mut doc, &mut cx).unwrap();
        assert_eq!(doc["paths"]["/a"]["get"]["operationId"], "list_things");
        assert_eq!(doc["paths"]["/a"]["post"]["operationId"], "make_thing");
    }

    #[test]
    fn an_unnamed_operation_is_an_error_with_its_pointer() {
        let mut doc = json!({ "paths": { "/a": { "get": {} } } });
        let names = NameTable::default();
        let mut cx = Context {
            names: Some(&names),
            ..Context::default()
        };
        let err = assign_operation_ids(&mut doc, &mut cx).unwrap_err();
        assert_eq!(err.pointer(), "/paths/~1a/get");
        assert_eq!(
            err.operation.as_ref().map(ToString::to_string).as_deref(),
            Some("GET /a")
        );
    }
}
