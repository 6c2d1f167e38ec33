//! Comparing one response with the schema the drift table documents for it.
//!
//! Semantics, chosen to report what would surprise a client, not every JSON Schema nuance:
//! `$ref`s are followed with `revolv3_oas::resolve`; the properties of `allOf` members combine
//! into one object; `oneOf`/`anyOf` take the branch with the fewest findings; `nullable`
//! admits `null`; `integer` needs a number without a fraction; a schema without `type` accepts
//! any type; an object schema without `properties` is a free-form map; a field not in
//! `properties` is undocumented unless `additionalProperties` is a schema (which then checks
//! it) or `true`.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::report::{DriftFinding, DriftKind, JsonType};
use revolv3_oas::pointer;

/// How many schemas may apply to one value through `allOf`/`oneOf`/`anyOf` and references
/// before the check stops descending: a bound for self-referencing compositions.
const MAX_SCHEMA_HOPS: u8 = 32;

/// What the response carried.
pub(crate) enum Body<'a> {
    /// No JSON body (no body, or another media type): only the status is checked.
    NotJson,
    /// A JSON body that parsed.
    Json(&'a Value),
    /// A JSON media type whose body does not parse.
    Invalid,
}

/// Every finding for one response, in body order, one per occurrence.
pub(crate) fn check_response(
    table: &Value,
    operation: &str,
    status: u16,
    body: Body<'_>,
) -> Vec<DriftFinding> {
    let Some(entry) = table.get("operations").and_then(|ops| ops.get(operation)) else {
        return Vec::new();
    };
    let mut checker = Checker {
        table,
        operation,
        status,
        found: Vec::new(),
    };
    let responses = entry.get("responses").and_then(Value::as_object);
    let keys = responses.into_iter().flatten().map(|(k, _)| k.as_str());
    let Some(key) = revolv3_oas::status::documented_key(keys, status) else {
        let at = entry.get("at").and_then(Value::as_str).unwrap_or_default();
        checker.push(Finding::new(
            DriftKind::UndocumentedStatus,
            "",
            at,
            format!("status {status} is not documented for this operation"),
        ));
        return checker.found;
    };
    let documented = responses.and_then(|r| r.get(key));
    let (Some(schema), Some(at)) = (
        documented.and_then(|d| d.get("schema")),
        documented
            .and_then(|d| d.get("pointer"))
            .and_then(Value::as_str),
    ) else {
        return checker.found;
    };
    match body {
        Body::NotJson => {}
        Body::Json(value) => checker.check(value, schema, at, "", Fields::Check, 0),
        Body::Invalid => checker.push(Finding::new(
            DriftKind::TypeMismatch,
            "",
            at,
            "expected JSON, found a body that does not parse as JSON".to_owned(),
        )),
    }
    checker.found
}

/// Whether a schema check also looks at an object's fields, or leaves them to the combined
/// view of an enclosing `allOf`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    Check,
    Skip,
}

/// The parts of a finding the checker fills in; operation and status are added on push.
struct Finding {
    kind: DriftKind,
    pointer: String,
    detail: String,
    schema: String,
    field: Option<String>,
    value: Option<Value>,
    observed: BTreeSet<JsonType>,
}

impl Finding {
    fn new(kind: DriftKind, pointer: &str, schema: &str, detail: String) -> Self {
        Self {
            kind,
            pointer: pointer.to_owned(),
            detail,
            schema: schema.to_owned(),
            field: None,
            value: None,
            observed: BTreeSet::new(),
        }
    }
}

struct Checker<'a> {
    table: &'a Value,
    operation: &'a str,
    status: u16,
    found: Vec<DriftFinding>,
}

/// An object schema's fields, combined over `allOf`.
struct ObjectView<'a> {
    /// Where a property the schema lacks belongs: the first schema that declares properties.
    owner: Option<String>,
    properties: Vec<(&'a str, &'a Value, String)>,
    required: Vec<&'a str>,
    extra: Extra<'a>,
}

/// What `additionalProperties` says about fields not in `properties`.
enum Extra<'a> {
    /// Absent: undocumented when the schema lists properties, a free-form map otherwise.
    Unsaid,
    /// `false`.
    Refused,
    /// `true`.
    Allowed,
    /// A schema each extra field is checked against, with its pointer.
    Schema(&'a Value, String),
}

impl<'a> Checker<'a> {
    fn push(&mut self, finding: Finding) {
        self.found.push(DriftFinding {
            operation: self.operation.to_owned(),
            status: self.status,
            kind: finding.kind,
            pointer: finding.pointer,
            detail: finding.detail,
            schema: finding.schema,
            field: finding.field,
            value: finding.value,
            observed: finding.observed,
            count: 1,
        });
    }

    /// Checks `value` (at `here` in the body) against `schema` (at `at` in the spec).
    fn check(
        &mut self,
        value: &'a Value,
        schema: &'a Value,
        at: &str,
        here: &str,
        fields: Fields,
        hops: u8,
    ) {
        if hops > MAX_SCHEMA_HOPS {
            return;
        }
        let resolved = revolv3_oas::resolve(self.table, schema, at);
        // A reference that leads nowhere documents nothing to compare with.
        let (Some(map), None) = (resolved.value.as_object(), resolved.stopped) else {
            return;
        };
        let at = resolved.pointer.as_str();
        let declared = map.get("type").and_then(Value::as_str);
        if value.is_null() {
            let admitted = map.get("nullable") == Some(&Value::Bool(true))
                || enum_values(map).is_some_and(|values| values.contains(value));
            if admitted {
                return;
            }
        }
        if let Some(expected) = declared {
            if !fits(expected, value) {
                let found = match (expected, JsonType::of(value)) {
                    ("integer", JsonType::Number) => "a number with a fraction".to_owned(),
                    (_, found) => found.as_str().to_owned(),
                };
                self.push(Finding {
                    observed: BTreeSet::from([JsonType::of(value)]),
                    ..Finding::new(
                        DriftKind::TypeMismatch,
                        here,
                        at,
                        format!("expected {expected}, found {found}"),
                    )
                });
                return;
            }
        }
        if let Some(values) = enum_values(map) {
            if !values.contains(value) {
                self.push(Finding {
                    value: Some(value.clone()),
                    observed: BTreeSet::from([JsonType::of(value)]),
                    ..Finding::new(
                        DriftKind::UnknownEnumValue,
                        here,
                        at,
                        format!("a {} the enum does not list", JsonType::of(value).as_str()),
                    )
                });
                return;
            }
        }
        for (i, member) in list(map, "allOf") {
            let member_at = pointer::join(at, ["allOf", &i.to_string()]);
            self.check(value, member, &member_at, here, Fields::Skip, hops + 1);
        }
        for keyword in ["oneOf", "anyOf"] {
            let branches = list(map, keyword);
            if !branches.is_empty() {
                self.best_branch(value, at, here, keyword, &branches, hops);
            }
        }
        match value {
            Value::Object(fields_of_value) if fields == Fields::Check => {
                self.check_fields(fields_of_value, resolved.value, at, here);
            }
            Value::Array(items) => {
                if let Some(item_schema) = map.get("items") {
                    let items_at = pointer::push(at, "items");
                    for (i, item) in items.iter().enumerate() {
                        let item_here = pointer::push(here, &i.to_string());
                        self.check(item, item_schema, &items_at, &item_here, Fields::Check, 0);
                    }
                }
            }
            _ => {}
        }
    }

    /// Keeps the findings of the `oneOf`/`anyOf` branch that fits best (the first of equals).
    fn best_branch(
        &mut self,
        value: &'a Value,
        at: &str,
        here: &str,
        keyword: &str,
        branches: &[(usize, &'a Value)],
        hops: u8,
    ) {
        let mut best: Option<Vec<DriftFinding>> = None;
        for (i, branch) in branches {
            let mut trial = Checker {
                table: self.table,
                operation: self.operation,
                status: self.status,
                found: Vec::new(),
            };
            let branch_at = pointer::join(at, [keyword, &i.to_string()]);
            trial.check(value, branch, &branch_at, here, Fields::Check, hops + 1);
            if best.as_ref().is_none_or(|b| trial.found.len() < b.len()) {
                best = Some(trial.found);
            }
        }
        self.found.extend(best.unwrap_or_default());
    }

    fn check_fields(
        &mut self,
        object: &'a Map<String, Value>,
        schema: &'a Value,
        at: &str,
        here: &str,
    ) {
        let mut view = ObjectView {
            owner: None,
            properties: Vec::new(),
            required: Vec::new(),
            extra: Extra::Unsaid,
        };
        self.collect(schema, at, &mut view, &mut Vec::new());
        let owner = view.owner.clone().unwrap_or_else(|| at.to_owned());
        for name in &view.required {
            if !object.contains_key(*name) {
                self.push(Finding {
                    field: Some((*name).to_owned()),
                    ..Finding::new(
                        DriftKind::MissingRequiredField,
                        here,
                        &owner,
                        format!("required field `{name}` is absent"),
                    )
                });
            }
        }
        let listed = view.owner.is_some();
        for (name, value) in object {
            let field_here = pointer::push(here, name);
            if let Some((_, property, property_at)) =
                view.properties.iter().find(|(n, ..)| n == name)
            {
                self.check(value, property, property_at, &field_here, Fields::Check, 0);
                continue;
            }
            match &view.extra {
                Extra::Schema(extra, extra_at) => {
                    self.check(value, extra, extra_at, &field_here, Fields::Check, 0);
                }
                Extra::Allowed => {}
                Extra::Unsaid if !listed => {}
                Extra::Unsaid | Extra::Refused => self.push(Finding {
                    field: Some(name.clone()),
                    observed: BTreeSet::from([JsonType::of(value)]),
                    ..Finding::new(
                        DriftKind::UndocumentedField,
                        &field_here,
                        &owner,
                        format!(
                            "field `{name}` is not in the schema (found {})",
                            JsonType::of(value).as_str()
                        ),
                    )
                }),
            }
        }
    }

    /// Gathers the fields `schema` and its `allOf` members declare into `view`.
    fn collect(
        &self,
        schema: &'a Value,
        at: &str,
        view: &mut ObjectView<'a>,
        passed: &mut Vec<String>,
    ) {
        let resolved = revolv3_oas::resolve(self.table, schema, at);
        if passed.contains(&resolved.pointer) || passed.len() > usize::from(MAX_SCHEMA_HOPS) {
            return;
        }
        passed.push(resolved.pointer.clone());
        let Some(map) = resolved.value.as_object() else {
            return;
        };
        let at = resolved.pointer.as_str();
        if let Some(properties) = map.get("properties").and_then(Value::as_object) {
            view.owner.get_or_insert_with(|| at.to_owned());
            let properties_at = pointer::push(at, "properties");
            for (name, property) in properties {
                view.properties.push((
                    name.as_str(),
                    property,
                    pointer::push(&properties_at, name),
                ));
            }
        }
        for name in map
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            view.required.extend(name.as_str());
        }
        match map.get("additionalProperties") {
            Some(Value::Bool(false)) => view.extra = Extra::Refused,
            Some(Value::Bool(true)) => view.extra = Extra::Allowed,
            Some(extra @ Value::Object(_)) => {
                view.extra = Extra::Schema(extra, pointer::push(at, "additionalProperties"));
            }
            _ => {}
        }
        for (i, member) in list(map, "allOf") {
            self.collect(
                member,
                &pointer::join(at, ["allOf", &i.to_string()]),
                view,
                passed,
            );
        }
    }
}

fn enum_values(schema: &Map<String, Value>) -> Option<&Vec<Value>> {
    schema.get("enum").and_then(Value::as_array)
}

fn list<'a>(schema: &'a Map<String, Value>, keyword: &str) -> Vec<(usize, &'a Value)> {
    schema
        .get(keyword)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .collect()
}

/// Whether `value` has the documented JSON type; an unknown type name accepts anything.
fn fits(expected: &str, value: &Value) -> bool {
    match expected {
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        "null" => value.is_null(),
        _ => true,
    }
}

#[cfg(test)]
mod tests;
