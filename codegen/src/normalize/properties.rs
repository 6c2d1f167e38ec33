use serde_json::Value;

use crate::names::snake_case;

/// Within each object schema, keeps one property per Rust field name (`id` beside `Id`,
/// `page_size` beside `pageSize`), preferring the camelCase one, and points `required`
/// entries that name a property in another case at that property.
///
/// Why: typify names fields in snake case, so such a pair becomes two fields named `id` and
/// the client does not compile; a `required: ["Id"]` next to a property `id` (Swashbuckle
/// writes this) makes typify add a second, untyped `id` field. ASP.NET reads JSON property
/// names case-insensitively, so these are one property on the server anyway.
pub fn dedupe_properties(doc: &mut Value) {
    match doc {
        Value::Object(map) => {
            if let Some(Value::Object(properties)) = map.get_mut("properties") {
                // camelCase names first, so they win over their PascalCase twins.
                let mut names: Vec<String> = properties.keys().cloned().collect();
                names.sort_by_key(|n| (n.starts_with(|c: char| c.is_uppercase()), n.clone()));
                let mut kept: Vec<(String, String)> = Vec::new();
                for name in names {
                    let rust = snake_case(&name);
                    if kept.iter().any(|(r, _)| *r == rust) {
                        properties.remove(&name);
                    } else {
                        kept.push((rust, name));
                    }
                }
                if let Some(Value::Array(required)) = map.get_mut("required") {
                    let mut fixed: Vec<Value> = Vec::new();
                    for entry in required.iter() {
                        let name = entry.as_str().unwrap_or_default();
                        let rust = snake_case(name);
                        let target = kept
                            .iter()
                            .find(|(r, _)| *r == rust)
                            .map_or(name.to_owned(), |(_, n)| n.clone());
                        if !fixed.iter().any(|f| f.as_str() == Some(target.as_str())) {
                            fixed.push(Value::String(target));
                        }
                    }
                    *required = fixed;
                }
            }
            for (key, value) in map.iter_mut() {
                if key != "example" && key != "examples" && key != "default" && key != "enum" {
                    dedupe_properties(value);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(dedupe_properties),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_one_property_per_rust_name_and_fixes_required() {
        let mut doc = json!({ "components": { "schemas": {
            "Cart": {
                "required": ["Id", "id"],
                "properties": { "id": { "type": "integer" }, "Id": {}, "pageSize": {}, "page_size": {}, "name": {} }
            },
            "Basket": { "required": ["Id"], "properties": { "id": { "type": "integer" } } }
        }}});
        dedupe_properties(&mut doc);
        let cart = &doc["components"]["schemas"]["Cart"];
        let mut names: Vec<&String> = cart["properties"].as_object().unwrap().keys().collect();
        names.sort();
        assert_eq!(names, ["id", "name", "pageSize"]);
        assert_eq!(cart["required"], json!(["id"]));
        assert_eq!(
            doc["components"]["schemas"]["Basket"]["required"],
            json!(["id"])
        );
    }
}
