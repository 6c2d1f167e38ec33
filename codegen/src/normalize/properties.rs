use std::convert::Infallible;

use serde_json::{Map, Value};

use crate::error::Result;
use crate::notice::{NoticeKind, Notices};
use crate::pass::Context;
use crate::pointer;
use heck::ToSnakeCase;
use revolv3_oas::schema_walk::for_each_schema_mut;

/// Within each object schema, keeps one property per Rust field name (`id` beside `Id`,
/// `page_size` beside `pageSize`), preferring the camelCase one, and points `required`
/// entries that name a property in another case at that property. Each change is reported.
///
/// Why: typify names fields in snake case, so such a pair becomes two fields named `id` and
/// the client does not compile; a `required: ["Id"]` next to a property `id` (Swashbuckle
/// writes this) makes typify add a second, untyped `id` field. ASP.NET reads JSON property
/// names case-insensitively, so these are one property on the server anyway.
pub(crate) fn dedupe_properties(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    // Visiting cannot fail: the visitor returns no errors.
    let Ok(()) = for_each_schema_mut::<Infallible>(doc, &mut |schema, at| {
        dedupe_schema(schema, at, notices);
        Ok(())
    });
    Ok(())
}

/// [`dedupe_properties`] for one schema object, at `at`.
fn dedupe_schema(map: &mut Map<String, Value>, at: &str, notices: &mut Notices) {
    if let Some(Value::Object(properties)) = map.get_mut("properties") {
        // camelCase names first, so they win over their PascalCase twins.
        let mut names: Vec<String> = properties.keys().cloned().collect();
        names.sort_by_key(|n| (n.starts_with(|c: char| c.is_uppercase()), n.clone()));
        let mut kept: Vec<(String, String)> = Vec::new();
        for name in names {
            let rust = name.to_snake_case();
            if let Some((_, twin)) = kept.iter().find(|(r, _)| *r == rust) {
                properties.remove(&name);
                notices.push(
                    NoticeKind::Dropped,
                    pointer::join(at, ["properties", &name]),
                    None,
                    format!(
                        "property `{name}` is the same Rust field as `{twin}` (ASP.NET \
                         reads JSON names case-insensitively); `{twin}` is kept"
                    ),
                );
            } else {
                kept.push((rust, name));
            }
        }
        if let Some(Value::Array(required)) = map.get_mut("required") {
            let mut fixed: Vec<Value> = Vec::new();
            for (i, entry) in required.iter().enumerate() {
                let name = entry.as_str().unwrap_or_default();
                let rust = name.to_snake_case();
                let target = kept
                    .iter()
                    .find(|(r, _)| *r == rust)
                    .map_or(name.to_owned(), |(_, n)| n.clone());
                if target != name {
                    notices.push(
                        NoticeKind::Repaired,
                        pointer::join(at, ["required", &i.to_string()]),
                        None,
                        format!("required `{name}` now names property `{target}`"),
                    );
                }
                if !fixed.iter().any(|f| f.as_str() == Some(target.as_str())) {
                    fixed.push(Value::String(target));
                }
            }
            *required = fixed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
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
        let mut cx = Context::default();
        dedupe_properties(&mut doc, &mut cx).unwrap();
        let cart = &doc["components"]["schemas"]["Cart"];
        let mut names: Vec<&String> = cart["properties"].as_object().unwrap().keys().collect();
        names.sort();
        assert_eq!(names, ["id", "name", "pageSize"]);
        assert_eq!(cart["required"], json!(["id"]));
        assert_eq!(
            doc["components"]["schemas"]["Basket"]["required"],
            json!(["id"])
        );
        let shown: Vec<String> = cx
            .notices
            .as_slice()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            shown,
            [
                "repaired at /components/schemas/Basket/required/0: required `Id` now names property `id`",
                "dropped at /components/schemas/Cart/properties/page_size: property `page_size` is the same Rust field as `pageSize` (ASP.NET reads JSON names case-insensitively); `pageSize` is kept",
                "dropped at /components/schemas/Cart/properties/Id: property `Id` is the same Rust field as `id` (ASP.NET reads JSON names case-insensitively); `id` is kept",
                "repaired at /components/schemas/Cart/required/0: required `Id` now names property `id`",
            ]
        );
    }
}
