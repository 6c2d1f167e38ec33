use std::collections::BTreeSet;

use serde_json::{Value, json};

/// Makes path parameters agree with the path template: each is `required: true` and not
/// `nullable`, those the template does not contain are dropped, and a template variable with
/// no parameter gets a string one.
///
/// Why: OpenAPI requires all of it, but real specs break each rule (a Prowlarr spec declares a
/// `path` parameter on `/`; NSwag marks `int?` route values nullable). progenitor 0.15 asserts
/// `parameter_data.required`, panics with "{} missing from path", and a nullable path value
/// becomes an `Option` that cannot be written into the URL, so the client does not compile.
pub fn reconcile_path_parameters(doc: &mut Value) {
    // Path parameters defined in components, by reference, so references count as declared.
    let referenced: Vec<(String, String)> = doc
        .pointer("/components/parameters")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, p)| p.get("in").and_then(Value::as_str) == Some("path"))
        .filter_map(|(key, p)| {
            let name = p.get("name")?.as_str()?;
            Some((format!("#/components/parameters/{key}"), name.to_owned()))
        })
        .collect();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let template = template_variables(path);
        let item_declared = fix_list(item.get_mut("parameters"), &template, &referenced);
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        for (key, op) in item.iter_mut() {
            if !crate::operations::METHODS.contains(&key.as_str()) || !op.is_object() {
                continue;
            }
            let mut declared = fix_list(op.get_mut("parameters"), &template, &referenced);
            declared.extend(item_declared.iter().cloned());
            let missing: Vec<&String> =
                template.iter().filter(|v| !declared.contains(*v)).collect();
            if missing.is_empty() {
                continue;
            }
            let Some(op) = op.as_object_mut() else {
                continue;
            };
            let params = op.entry("parameters").or_insert_with(|| json!([]));
            if let Some(params) = params.as_array_mut() {
                for name in missing {
                    params.push(json!({ "name": name, "in": "path", "required": true, "schema": { "type": "string" } }));
                }
            }
        }
    }
    if let Some(params) = doc
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        for param in params.values_mut() {
            require(param);
        }
    }
}

fn template_variables(path: &str) -> BTreeSet<String> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

/// Requires the inline path parameters of `params` and drops those not in `template`;
/// returns the names of the path parameters kept, counting `referenced` ones.
fn fix_list(
    params: Option<&mut Value>,
    template: &BTreeSet<String>,
    referenced: &[(String, String)],
) -> BTreeSet<String> {
    let mut kept = BTreeSet::new();
    let Some(list) = params.and_then(Value::as_array_mut) else {
        return kept;
    };
    list.retain(|p| {
        if p.get("in").and_then(Value::as_str) != Some("path") {
            return true;
        }
        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
        template.contains(name)
    });
    for param in list.iter_mut() {
        require(param);
        if param.get("in").and_then(Value::as_str) == Some("path") {
            kept.insert(
                param
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
            );
        }
    }
    kept.extend(
        list.iter()
            .filter_map(|p| p.get("$ref").and_then(Value::as_str))
            .filter_map(|r| referenced.iter().find(|(key, _)| key == r))
            .map(|(_, name)| name.clone()),
    );
    kept
}

fn require(param: &mut Value) {
    if param.get("in").and_then(Value::as_str) == Some("path")
        && let Some(obj) = param.as_object_mut()
    {
        obj.insert("required".into(), Value::Bool(true));
        if let Some(schema) = obj.get_mut("schema").and_then(Value::as_object_mut) {
            schema.remove("nullable");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_parameters_become_required_and_others_are_untouched() {
        let mut doc = json!({
            "paths": { "/a/{id}": { "get": { "parameters": [
                { "name": "id", "in": "path", "schema": { "type": "string", "nullable": true } },
                { "name": "q", "in": "query", "schema": { "type": "string", "nullable": true } }
            ]}}},
            "components": { "parameters": { "Id": { "name": "id", "in": "path", "required": false } } }
        });
        reconcile_path_parameters(&mut doc);
        let params = &doc["paths"]["/a/{id}"]["get"]["parameters"];
        assert_eq!(params[0]["required"], true);
        assert!(params[0]["schema"].get("nullable").is_none());
        assert!(params[1].get("required").is_none());
        assert_eq!(params[1]["schema"]["nullable"], true);
        assert_eq!(doc["components"]["parameters"]["Id"]["required"], true);
    }

    #[test]
    fn parameters_outside_the_template_go_and_missing_ones_come() {
        let mut doc = json!({ "paths": {
            "/": { "get": { "parameters": [{ "name": "path", "in": "path", "schema": { "type": "string" } }] } },
            "/b/{x}/{y}": {
                "parameters": [{ "name": "x", "in": "path", "schema": { "type": "integer" } }],
                "get": {}
            }
        }});
        reconcile_path_parameters(&mut doc);
        assert_eq!(doc["paths"]["/"]["get"]["parameters"], json!([]));
        let added = &doc["paths"]["/b/{x}/{y}"]["get"]["parameters"];
        assert_eq!(
            added,
            &json!([{ "name": "y", "in": "path", "required": true, "schema": { "type": "string" } }])
        );
        assert_eq!(
            doc["paths"]["/b/{x}/{y}"]["parameters"][0]["required"],
            true
        );
    }
}
