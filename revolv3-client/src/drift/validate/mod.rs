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

/// The findings for one response, in body order: each distinct one once, counted.
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
            &Loc::root(""),
            at.to_owned(),
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
    let (at, here) = (Loc::root(at), Loc::root(""));
    match body {
        Body::NotJson => {}
        Body::Json(value) => checker.check(value, schema, &at, &here, Fields::Check, 0),
        Body::Invalid => checker.push(Finding::new(
            DriftKind::TypeMismatch,
            &here,
            at.pointer(),
            "expected JSON, found a body that does not parse as JSON".to_owned(),
        )),
    }
    checker.found
}

/// A place in the body or the spec, kept as a chain of steps on the stack and written out as a
/// JSON pointer only for a finding: most values have none, and most of the check's time would
/// otherwise go to building pointers nobody reads.
#[derive(Clone, Copy)]
struct Loc<'p> {
    parent: Option<&'p Loc<'p>>,
    step: Step<'p>,
}

#[derive(Clone, Copy)]
enum Step<'p> {
    /// A pointer to start from (`""` for a body's root).
    Root(&'p str),
    Key(&'p str),
    Index(usize),
}

impl<'p> Loc<'p> {
    fn root(pointer: &'p str) -> Self {
        Self {
            parent: None,
            step: Step::Root(pointer),
        }
    }

    fn key(&'p self, key: &'p str) -> Self {
        Self {
            parent: Some(self),
            step: Step::Key(key),
        }
    }

    fn index(&'p self, index: usize) -> Self {
        Self {
            parent: Some(self),
            step: Step::Index(index),
        }
    }

    /// The JSON pointer this place is at.
    fn pointer(&self) -> String {
        let mut steps = vec![self.step];
        let mut next = self.parent;
        while let Some(loc) = next {
            steps.push(loc.step);
            next = loc.parent;
        }
        steps
            .iter()
            .rev()
            .fold(String::new(), |at, step| match step {
                Step::Root(start) => format!("{at}{start}"),
                Step::Key(key) => pointer::push(&at, key),
                Step::Index(i) => pointer::push(&at, &i.to_string()),
            })
    }
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
    fn new(kind: DriftKind, here: &Loc<'_>, schema: String, detail: String) -> Self {
        Self {
            kind,
            pointer: here.pointer(),
            detail,
            schema,
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

/// One schema contributing fields to an object: its `properties` and where it is.
struct Declared<'a> {
    properties: Option<&'a Map<String, Value>>,
    pointer: String,
}

/// An object schema's fields, combined over `allOf`.
struct ObjectView<'a> {
    /// The schemas that declare fields, the outermost first; a property the schema lacks
    /// belongs to the first that has `properties`.
    declared: Vec<Declared<'a>>,
    required: Vec<&'a str>,
    extra: Extra<'a>,
}

impl<'a> ObjectView<'a> {
    /// A declared property: its schema and the pointer of the `properties` holding it.
    fn property(&self, name: &str) -> Option<(&'a Value, &str)> {
        self.declared.iter().find_map(|d| {
            let property = d.properties?.get(name)?;
            Some((property, d.pointer.as_str()))
        })
    }

    fn owner(&self) -> Option<&str> {
        self.declared
            .iter()
            .find(|d| d.properties.is_some())
            .map(|d| d.pointer.as_str())
    }
}

/// What `additionalProperties` says about fields not in `properties`.
enum Extra<'a> {
    /// Absent: undocumented when the schema lists properties, a free-form map otherwise.
    Unsaid,
    /// `false`.
    Refused,
    /// `true`.
    Allowed,
    /// A schema each extra field is checked against, with the pointer of its parent schema.
    Schema(&'a Value, String),
}

impl<'a> Checker<'a> {
    /// The finding already made for this response with this kind, schema, field and value.
    fn earlier(
        &mut self,
        kind: DriftKind,
        schema: &str,
        field: Option<&str>,
        value: Option<&Value>,
    ) -> Option<&mut DriftFinding> {
        self.found.iter_mut().find(|f| {
            f.kind == kind
                && f.schema == schema
                && f.field.as_deref() == field
                && f.value.as_ref() == value
        })
    }

    /// Counts one more occurrence of a finding already made for this response, which keeps its
    /// first pointer, adding the JSON type of the value, if there is one (a missing field has
    /// none); `false` when it is new.
    fn seen_again(
        &mut self,
        kind: DriftKind,
        schema: &str,
        field: Option<&str>,
        value: Option<&Value>,
        observed: Option<JsonType>,
    ) -> bool {
        let Some(finding) = self.earlier(kind, schema, field, value) else {
            return false;
        };
        finding.count += 1;
        finding.observed.extend(observed);
        true
    }

    /// Adds findings made apart from this response's (a `oneOf` branch tried on its own),
    /// counting those it already has in place.
    fn absorb(&mut self, findings: Vec<DriftFinding>) {
        for finding in findings {
            let field = finding.field.as_deref();
            match self.earlier(finding.kind, &finding.schema, field, finding.value.as_ref()) {
                Some(earlier) => {
                    earlier.count += finding.count;
                    earlier.observed.extend(finding.observed);
                }
                None => self.found.push(finding),
            }
        }
    }

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
        at: &Loc<'_>,
        here: &Loc<'_>,
        fields: Fields,
        hops: u8,
    ) {
        if hops > MAX_SCHEMA_HOPS {
            return;
        }
        // Only a reference moves the check elsewhere in the spec; the resolved pointer is
        // written out then, once per reference.
        let resolved;
        let (schema, at) = if revolv3_oas::refs::reference_of(schema).is_some() {
            resolved = revolv3_oas::resolve(self.table, schema, "");
            if resolved.stopped.is_some() {
                // A reference that leads nowhere documents nothing to compare with.
                return;
            }
            (resolved.value, Loc::root(resolved.pointer.as_str()))
        } else {
            (schema, *at)
        };
        let Some(map) = schema.as_object() else {
            return;
        };
        if value.is_null() {
            let admitted = map.get("nullable") == Some(&Value::Bool(true))
                || enum_values(map).is_some_and(|values| values.contains(value));
            if admitted {
                return;
            }
        }
        if let Some(expected) = map.get("type").and_then(Value::as_str) {
            if !fits(expected, value) {
                let (kind, observed, schema) =
                    (DriftKind::TypeMismatch, JsonType::of(value), at.pointer());
                if self.seen_again(kind, &schema, None, None, Some(observed)) {
                    return;
                }
                let found = match (expected, observed) {
                    ("integer", JsonType::Number) => "a number with a fraction",
                    (_, found) => found.as_str(),
                };
                self.push(Finding {
                    observed: BTreeSet::from([observed]),
                    ..Finding::new(
                        kind,
                        here,
                        schema,
                        format!("expected {expected}, found {found}"),
                    )
                });
                return;
            }
        }
        if let Some(values) = enum_values(map) {
            if !values.contains(value) {
                let (kind, observed, schema) = (
                    DriftKind::UnknownEnumValue,
                    JsonType::of(value),
                    at.pointer(),
                );
                if !self.seen_again(kind, &schema, None, Some(value), Some(observed)) {
                    self.push(Finding {
                        value: Some(value.clone()),
                        observed: BTreeSet::from([observed]),
                        ..Finding::new(
                            kind,
                            here,
                            schema,
                            format!("a {} the enum does not list", observed.as_str()),
                        )
                    });
                }
                return;
            }
        }
        let all_of_at = at.key("allOf");
        for (i, member) in list(map, "allOf") {
            self.check(
                value,
                member,
                &all_of_at.index(i),
                here,
                Fields::Skip,
                hops + 1,
            );
        }
        for keyword in ["oneOf", "anyOf"] {
            let branches = list(map, keyword);
            if !branches.is_empty() {
                self.best_branch(value, &at.key(keyword), here, &branches, hops);
            }
        }
        match value {
            Value::Object(fields_of_value) if fields == Fields::Check => {
                self.check_fields(fields_of_value, schema, &at, here);
            }
            Value::Array(items) => {
                if let Some(item_schema) = map.get("items") {
                    let items_at = at.key("items");
                    for (i, item) in items.iter().enumerate() {
                        self.check(
                            item,
                            item_schema,
                            &items_at,
                            &here.index(i),
                            Fields::Check,
                            0,
                        );
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
        at: &Loc<'_>,
        here: &Loc<'_>,
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
            trial.check(value, branch, &at.index(*i), here, Fields::Check, hops + 1);
            let occurrences = |found: &[DriftFinding]| found.iter().map(|f| f.count).sum::<u64>();
            if best
                .as_deref()
                .is_none_or(|b| occurrences(&trial.found) < occurrences(b))
            {
                best = Some(trial.found);
            }
        }
        self.absorb(best.unwrap_or_default());
    }

    fn check_fields(
        &mut self,
        object: &'a Map<String, Value>,
        schema: &'a Value,
        at: &Loc<'_>,
        here: &Loc<'_>,
    ) {
        let mut view = ObjectView {
            declared: Vec::new(),
            required: Vec::new(),
            extra: Extra::Unsaid,
        };
        self.collect(schema, at.pointer(), &mut view, 0);
        // Where a missing or undocumented field belongs, written out once per object.
        let listed = view.owner().is_some();
        let owner = view.owner().map_or_else(|| at.pointer(), str::to_owned);
        for name in &view.required {
            if object.contains_key(*name) {
                continue;
            }
            let kind = DriftKind::MissingRequiredField;
            if !self.seen_again(kind, &owner, Some(name), None, None) {
                self.push(Finding {
                    field: Some((*name).to_owned()),
                    ..Finding::new(
                        kind,
                        here,
                        owner.clone(),
                        format!("required field `{name}` is absent"),
                    )
                });
            }
        }
        for (name, value) in object {
            let field_here = here.key(name);
            if let Some((property, declared_at)) = view.property(name) {
                let properties_at = Loc::root(declared_at);
                let properties_at = properties_at.key("properties");
                self.check(
                    value,
                    property,
                    &properties_at.key(name),
                    &field_here,
                    Fields::Check,
                    0,
                );
                continue;
            }
            match &view.extra {
                Extra::Schema(extra, parent_at) => {
                    let parent_at = Loc::root(parent_at);
                    let extra_at = parent_at.key("additionalProperties");
                    self.check(value, extra, &extra_at, &field_here, Fields::Check, 0);
                }
                Extra::Allowed => {}
                Extra::Unsaid if !listed => {}
                Extra::Unsaid | Extra::Refused => {
                    let (kind, observed) = (DriftKind::UndocumentedField, JsonType::of(value));
                    if !self.seen_again(kind, &owner, Some(name), None, Some(observed)) {
                        self.push(Finding {
                            field: Some(name.clone()),
                            observed: BTreeSet::from([observed]),
                            ..Finding::new(
                                kind,
                                &field_here,
                                owner.clone(),
                                format!(
                                    "field `{name}` is not in the schema (found {})",
                                    observed.as_str()
                                ),
                            )
                        });
                    }
                }
            }
        }
    }

    /// Gathers the fields `schema` (at `at`) and its `allOf` members declare into `view`.
    fn collect(&self, schema: &'a Value, at: String, view: &mut ObjectView<'a>, hops: u8) {
        if hops > MAX_SCHEMA_HOPS {
            return;
        }
        let resolved = revolv3_oas::resolve(self.table, schema, &at);
        let Some(map) = resolved.value.as_object() else {
            return;
        };
        if resolved.stopped.is_some() || view.declared.iter().any(|d| d.pointer == resolved.pointer)
        {
            return;
        }
        let at = resolved.pointer;
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
            Some(extra @ Value::Object(_)) => view.extra = Extra::Schema(extra, at.clone()),
            _ => {}
        }
        let members = list(map, "allOf");
        view.declared.push(Declared {
            properties: map.get("properties").and_then(Value::as_object),
            pointer: at.clone(),
        });
        for (i, member) in members {
            self.collect(
                member,
                pointer::join(&at, ["allOf", &i.to_string()]),
                view,
                hops + 1,
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
