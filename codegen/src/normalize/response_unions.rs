use revolv3_oas::StatusClass;
use revolv3_oas::names::free_name;
use serde_json::{Map, Value, json};

use crate::error::Result;
use crate::operations::for_each_operation_mut;
use crate::pass::Context;
use crate::pointer;
use heck::ToUpperCamelCase;

/// Gives every success response of an operation one body type, and every error response one.
///
/// Why: progenitor 0.15 returns one success type and one error type per operation and panics
/// otherwise (`assert!(response_types.len() <= 1)`). Swashbuckle commonly documents `400`
/// with `ValidationProblemDetails`, `404` with `ProblemDetails` and `401` with no body. So:
/// - `default`, when 2xx responses are listed, stands for the other statuses: it becomes `4XX`
///   and `5XX` (progenitor counts `default` among the successes too);
/// - an error status documented without a body, beside others with one, is dropped: it
///   reaches the caller as `Error::UnexpectedResponse`, status intact;
/// - differing JSON schemas within a group become one `oneOf` union in `components/schemas`
///   (`{Operation}Success` / `{Operation}Error`, suffixed with a number when upstream already
///   has a schema of that name), the schema with most properties first.
pub(crate) fn unify_response_bodies(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    // The schemas as upstream wrote them, in a document of their own, to follow `$ref`s in.
    let components = json!({ "components": { "schemas": doc.pointer("/components/schemas") } });
    let mut unions: Vec<(String, Value)> = Vec::new();
    for_each_operation_mut(doc, |_, op| {
        let op_name = op
            .get("operationId")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_upper_camel_case();
        let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
            return;
        };
        split_default(responses);
        drop_bodiless_errors(responses);
        for (group, suffix) in [(Group::Success, "Success"), (Group::Error, "Error")] {
            let name = free_name(&format!("{op_name}{suffix}"), |n| {
                components
                    .pointer(&pointer::join("/components/schemas", [n]))
                    .is_some()
                    || unions.iter().any(|(taken, _)| taken == n)
            });
            if let Some(union) = unify(responses, group, &name, &components) {
                unions.push(union);
            }
        }
    });
    if unions.is_empty() {
        return Ok(());
    }
    let target = doc
        .as_object_mut()
        .map(|root| root.entry("components").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut)
        .map(|c| c.entry("schemas").or_insert_with(|| json!({})))
        .and_then(Value::as_object_mut);
    if let Some(target) = target {
        target.extend(unions);
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Group {
    Success,
    Error,
}

fn group_of(status: &str) -> Option<Group> {
    match StatusClass::of(status)? {
        StatusClass::Success => Some(Group::Success),
        StatusClass::ClientError | StatusClass::ServerError => Some(Group::Error),
        _ => None,
    }
}

fn schema_of(response: &Value) -> Option<&Value> {
    response.pointer("/content/application~1json/schema")
}

fn has_content(response: &Value) -> bool {
    response
        .get("content")
        .and_then(Value::as_object)
        .is_some_and(|c| !c.is_empty())
}

fn split_default(responses: &mut Map<String, Value>) {
    let has_success = responses
        .keys()
        .any(|s| group_of(s) == Some(Group::Success));
    if !has_success {
        return;
    }
    if let Some(default) = responses.remove("default") {
        for range in ["4XX", "5XX"] {
            responses.entry(range).or_insert_with(|| default.clone());
        }
    }
}

fn drop_bodiless_errors(responses: &mut Map<String, Value>) {
    let errors = |r: &Map<String, Value>| -> Vec<String> {
        r.keys()
            .filter(|s| group_of(s) == Some(Group::Error))
            .cloned()
            .collect()
    };
    let any_typed = errors(responses).iter().any(|s| has_content(&responses[s]));
    if any_typed {
        for status in errors(responses) {
            if !has_content(&responses[&status]) {
                responses.remove(&status);
            }
        }
    }
}

/// Replaces differing JSON schemas in `group` with a reference to a new union named `name`,
/// which it returns for `components/schemas`.
fn unify(
    responses: &mut Map<String, Value>,
    group: Group,
    name: &str,
    components: &Value,
) -> Option<(String, Value)> {
    let mut distinct: Vec<Value> = Vec::new();
    for (status, response) in responses.iter() {
        if group_of(status) == Some(group)
            && let Some(schema) = schema_of(response)
            && !distinct.contains(schema)
        {
            distinct.push(schema.clone());
        }
    }
    if distinct.len() < 2 {
        return None;
    }
    distinct.sort_by_key(|s| std::cmp::Reverse(property_count(s, components)));
    let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
    for (status, response) in responses.iter_mut() {
        if group_of(status) == Some(group)
            && let Some(schema) = response.pointer_mut("/content/application~1json/schema")
        {
            *schema = reference.clone();
        }
    }
    Some((name.to_owned(), json!({ "oneOf": distinct })))
}

fn property_count(schema: &Value, components: &Value) -> usize {
    revolv3_oas::resolve(components, schema, "")
        .value
        .get("properties")
        .and_then(Value::as_object)
        .map_or(0, Map::len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;

    fn typed(name: &str) -> Value {
        json!({ "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{name}") } } } })
    }

    fn doc(responses: Value) -> Value {
        json!({
            "paths": { "/x": { "post": { "operationId": "create_thing", "responses": responses } } },
            "components": { "schemas": {
                "ProblemDetails": { "properties": { "title": {}, "status": {} } },
                "ValidationProblemDetails": { "properties": { "title": {}, "status": {}, "errors": {} } },
                "Thing": {}
            }}
        })
    }

    #[test]
    fn differing_error_bodies_become_one_union_and_bodiless_errors_go() {
        let mut d = doc(json!({
            "200": typed("Thing"),
            "400": typed("ValidationProblemDetails"),
            "401": { "description": "Unauthorized" },
            "404": typed("ProblemDetails")
        }));
        unify_response_bodies(&mut d, &mut Context::default()).unwrap();
        let responses = &d["paths"]["/x"]["post"]["responses"];
        assert!(responses.get("401").is_none());
        let union = json!({ "$ref": "#/components/schemas/CreateThingError" });
        assert_eq!(
            responses["400"]["content"]["application/json"]["schema"],
            union
        );
        assert_eq!(
            responses["404"]["content"]["application/json"]["schema"],
            union
        );
        assert_eq!(
            d["components"]["schemas"]["CreateThingError"]["oneOf"][0]["$ref"],
            "#/components/schemas/ValidationProblemDetails",
            "the richer schema is tried first"
        );
        assert_eq!(responses["200"], typed("Thing"));
    }

    #[test]
    fn a_union_never_replaces_an_upstream_schema_of_the_same_name() {
        let mut d = doc(
            json!({ "400": typed("ValidationProblemDetails"), "404": typed("ProblemDetails") }),
        );
        d["components"]["schemas"]["CreateThingError"] = json!({ "type": "string" });
        unify_response_bodies(&mut d, &mut Context::default()).unwrap();
        assert_eq!(
            d["components"]["schemas"]["CreateThingError"],
            json!({ "type": "string" })
        );
        assert_eq!(
            d["paths"]["/x"]["post"]["responses"]["404"]["content"]["application/json"]["schema"],
            json!({ "$ref": "#/components/schemas/CreateThingError2" })
        );
        assert!(d["components"]["schemas"]["CreateThingError2"]["oneOf"].is_array());
    }

    #[test]
    fn default_beside_successes_stands_for_error_ranges() {
        let mut d = doc(json!({ "200": typed("Thing"), "default": typed("ProblemDetails") }));
        unify_response_bodies(&mut d, &mut Context::default()).unwrap();
        let responses = &d["paths"]["/x"]["post"]["responses"];
        assert!(responses.get("default").is_none());
        assert_eq!(responses["4XX"], typed("ProblemDetails"));
        assert_eq!(responses["5XX"], typed("ProblemDetails"));

        let mut only_default = doc(json!({ "default": typed("Thing") }));
        let before = only_default.clone();
        unify_response_bodies(&mut only_default, &mut Context::default()).unwrap();
        assert_eq!(only_default, before);
    }
}
