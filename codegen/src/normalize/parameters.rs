use serde_json::Value;

use crate::error::Result;
use crate::operations::{drop_parameters, for_each_operation_mut};
use crate::pass::Context;

/// Drops an operation's repeated parameters: exact repeats, and names that differ only in case
/// within the same location; each one dropped is reported.
///
/// Why: NSwag has emitted `id` twice on one path, and `id` beside `Id` in one query. ASP.NET
/// binds parameter names case-insensitively, so those are one parameter, but progenitor would
/// generate two Rust fields named `id` and the client would not compile. The first one wins.
pub(crate) fn dedupe_parameters(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    for_each_operation_mut(doc, |key, op| {
        let mut seen: Vec<(String, String)> = Vec::new();
        let at = key.pointer();
        drop_parameters(op.get_mut("parameters"), &at, Some(key), notices, |p| {
            let location = p.get("in").and_then(Value::as_str)?;
            let name = p.get("name").and_then(Value::as_str)?;
            let seen_key = (location.to_owned(), name.to_ascii_lowercase());
            if seen.contains(&seen_key) {
                return Some(format!(
                    "{location} parameter `{name}` repeats an earlier one (names differing only \
                     in case are one parameter to ASP.NET); the first is kept"
                ));
            }
            seen.push(seen_key);
            None
        });
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
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
        let mut cx = Context::default();
        dedupe_parameters(&mut doc, &mut cx).unwrap();
        let params = doc["paths"]["/a/{id}"]["get"]["parameters"]
            .as_array()
            .unwrap();
        assert_eq!(params.len(), 3);
        assert_eq!(params[0]["schema"]["type"], "integer");
        assert_eq!(params[1]["in"], "query");
        assert!(params[2].get("$ref").is_some());
        let pointers: Vec<&str> = cx.notices.pointers();
        assert_eq!(
            pointers,
            [
                "/paths/~1a~1{id}/get/parameters/1",
                "/paths/~1a~1{id}/get/parameters/3"
            ]
        );
    }
}
