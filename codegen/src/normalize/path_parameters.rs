use serde_json::Value;

/// Marks every path parameter `required: true`.
///
/// Why: OpenAPI requires it, but some generators leave it out, and progenitor 0.15 asserts it
/// (`assert!(parameter_data.required)` in `method.rs`), which panics instead of erroring.
pub fn require_path_parameters(doc: &mut Value) {
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut() {
            require_all(item.get_mut("parameters"));
            if let Some(item) = item.as_object_mut() {
                for op in item.values_mut().filter(|v| v.is_object()) {
                    require_all(op.get_mut("parameters"));
                }
            }
        }
    }
    if let Some(params) = doc
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        params.values_mut().for_each(require);
    }
}

fn require_all(params: Option<&mut Value>) {
    params
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .for_each(require);
}

fn require(param: &mut Value) {
    if param.get("in").and_then(Value::as_str) == Some("path")
        && let Some(obj) = param.as_object_mut()
    {
        obj.insert("required".into(), Value::Bool(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn path_parameters_become_required_and_others_are_untouched() {
        let mut doc = json!({
            "paths": { "/a/{id}": { "get": { "parameters": [
                { "name": "id", "in": "path", "schema": { "type": "string" } },
                { "name": "q", "in": "query", "schema": { "type": "string" } }
            ]}}},
            "components": { "parameters": { "Id": { "name": "id", "in": "path", "required": false } } }
        });
        require_path_parameters(&mut doc);
        let params = &doc["paths"]["/a/{id}"]["get"]["parameters"];
        assert_eq!(params[0]["required"], true);
        assert!(params[1].get("required").is_none());
        assert_eq!(doc["components"]["parameters"]["Id"]["required"], true);
    }
}
