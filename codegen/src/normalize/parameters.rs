use serde_json::Value;

use crate::operations::for_each_operation_mut;

/// Drops an operation's repeated parameters: exact repeats, and names that differ only in case
/// within the same location.
///
/// Why: NSwag has emitted `id` twice on one path, and `id` beside `Id` in one query. ASP.NET
/// binds parameter names case-insensitively, so those are one parameter, but progenitor would
/// generate two Rust fields named `id` and the client would not compile. The first one wins.
pub fn dedupe_parameters(doc: &mut Value) {
    for_each_operation_mut(doc, |_, op| {
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            let mut seen: Vec<(String, String)> = Vec::new();
            params.retain(|p| {
                let (Some(location), Some(name)) = (
                    p.get("in").and_then(Value::as_str),
                    p.get("name").and_then(Value::as_str),
                ) else {
                    return true;
                };
                let key = (location.to_owned(), name.to_ascii_lowercase());
                if seen.contains(&key) {
                    false
                } else {
                    seen.push(key);
                    true
                }
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repeats_and_case_variants_collapse_to_the_first() {
        let mut doc = json!({ "paths": { "/a/{id}": { "get": { "parameters": [
            { "name": "id", "in": "path", "schema": { "type": "integer" } },
            { "name": "id", "in": "path", "schema": { "type": "string" } },
            { "name": "id", "in": "query" },
            { "name": "Id", "in": "query" },
            { "$ref": "#/components/parameters/X" }
        ]}}}});
        dedupe_parameters(&mut doc);
        let params = doc["paths"]["/a/{id}"]["get"]["parameters"]
            .as_array()
            .unwrap();
        assert_eq!(params.len(), 3);
        assert_eq!(params[0]["schema"]["type"], "integer");
        assert_eq!(params[1]["in"], "query");
        assert!(params[2].get("$ref").is_some());
    }
}
