use heck::ToUpperCamelCase;
use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::operations::for_each_operation_mut;
use crate::pass::Context;

/// Moves enums written inline in parameters and in component properties into
/// `components/schemas`, replacing them with a `$ref`.
///
/// Why: typify can only swap in a replacement type for a *named* schema, and every enum must
/// become a forward-compatible Rust enum (see the `enums` module). Parameters are named as
/// progenitor would name them (`{OperationId}{Param}` in Pascal case, e.g.
/// `GetInvoicesV1OrderBy`), properties as `{Schema}{Property}`; an existing component with
/// that name gets a numeric suffix.
pub(crate) fn hoist_inline_enums(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    let mut hoisted: Vec<(String, Value)> = Vec::new();
    let mut taken: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default();
    let mut claim = |wanted: String, schema: Value, hoisted: &mut Vec<(String, Value)>| {
        let name = revolv3_oas::names::free_name(&wanted, |n| taken.iter().any(|t| t == n));
        taken.push(name.clone());
        hoisted.push((name.clone(), schema));
        json!({ "$ref": format!("#/components/schemas/{name}") })
    };

    for_each_operation_mut(doc, |_, op| {
        let op_id = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        for param in op
            .get_mut("parameters")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let name = param
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            if let Some(schema) = param.get_mut("schema").filter(|s| is_inline_enum(s)) {
                let wanted = format!(
                    "{}{}",
                    op_id.to_upper_camel_case(),
                    name.to_upper_camel_case()
                );
                *schema = claim(wanted, schema.take(), &mut hoisted);
            }
        }
    });

    let names: Vec<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .map(|s| s.keys().cloned().collect())
        .unwrap_or_default();
    for schema_name in names {
        let pointer = format!(
            "/components/schemas/{}",
            crate::pointer::escape(&schema_name)
        );
        let Some(properties) = doc
            .pointer_mut(&format!("{pointer}/properties"))
            .and_then(Value::as_object_mut)
        else {
            continue;
        };
        hoist_properties(&schema_name, properties, &mut |w, s| {
            claim(w, s, &mut hoisted)
        });
    }

    if !hoisted.is_empty() {
        let schemas = doc
            .as_object_mut()
            .map(|root| root.entry("components").or_insert_with(|| json!({})))
            .and_then(Value::as_object_mut)
            .map(|c| c.entry("schemas").or_insert_with(|| json!({})))
            .and_then(Value::as_object_mut);
        if let Some(schemas) = schemas {
            schemas.extend(hoisted);
        }
    }
    Ok(())
}

fn hoist_properties(
    owner: &str,
    properties: &mut Map<String, Value>,
    claim: &mut impl FnMut(String, Value) -> Value,
) {
    for (property, schema) in properties.iter_mut() {
        let wanted = format!(
            "{}{}",
            owner.to_upper_camel_case(),
            property.to_upper_camel_case()
        );
        if is_inline_enum(schema) {
            *schema = claim(wanted, schema.take());
        } else if let Some(items) = schema.get_mut("items").filter(|s| is_inline_enum(s)) {
            *items = claim(wanted, items.take());
        }
    }
}

fn is_inline_enum(schema: &Value) -> bool {
    schema.get("enum").is_some_and(Value::is_array) && schema.get("$ref").is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;

    #[test]
    fn parameter_and_property_enums_become_components() {
        let mut doc = json!({
            "paths": { "/i": { "get": { "operationId": "get_invoices_v1", "parameters": [
                { "name": "orderBy", "in": "query", "schema": { "type": "integer", "enum": [1, 2, 3] } },
                { "name": "page", "in": "query", "schema": { "type": "integer" } }
            ]}}},
            "components": { "schemas": {
                "Invoice": { "properties": {
                    "channel": { "type": "string", "enum": ["Web", "Moto"] },
                    "tags": { "type": "array", "items": { "type": "string", "enum": ["a"] } },
                    "status": { "$ref": "#/components/schemas/InvoiceStatus" }
                }},
                "InvoiceChannel": { "type": "string" }
            }}
        });
        hoist_inline_enums(&mut doc, &mut Context::default()).unwrap();
        let param = &doc["paths"]["/i"]["get"]["parameters"];
        assert_eq!(
            param[0]["schema"]["$ref"],
            "#/components/schemas/GetInvoicesV1OrderBy"
        );
        assert_eq!(param[1]["schema"]["type"], "integer");
        let schemas = &doc["components"]["schemas"];
        assert_eq!(schemas["GetInvoicesV1OrderBy"]["enum"], json!([1, 2, 3]));
        // The natural name is taken, so a suffix is added.
        assert_eq!(
            schemas["Invoice"]["properties"]["channel"]["$ref"],
            "#/components/schemas/InvoiceChannel2"
        );
        assert_eq!(schemas["InvoiceChannel2"]["enum"], json!(["Web", "Moto"]));
        assert_eq!(
            schemas["Invoice"]["properties"]["tags"]["items"]["$ref"],
            "#/components/schemas/InvoiceTags"
        );
        assert_eq!(
            schemas["Invoice"]["properties"]["status"]["$ref"],
            "#/components/schemas/InvoiceStatus"
        );
    }
}
