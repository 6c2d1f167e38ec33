//! Walks two documents side by side and records raw findings (rule id, locations, message).
//! Levels are assigned afterwards by a [`crate::Profile`].

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value};

use revolv3_oas::METHODS;

use crate::pointer::push;

/// A finding before a profile gives it a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub id: String,
    pub operation: Option<String>,
    pub base_location: Option<String>,
    pub head_location: Option<String>,
    pub message: String,
}

/// Which way data flows through a schema: what the client sends, or what it receives.
/// Narrowing what a client may send, or widening what a server may return, breaks clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Request,
    Response,
}

/// Where a schema sits, which decides the rule id prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Site {
    /// A request or response body (`request-body-*` at the top, `*-property-*` below).
    Body,
    /// A parameter (`request-parameter-*`).
    Parameter,
}

/// The documents being compared.
pub struct Engine<'a> {
    base: &'a Value,
    head: &'a Value,
    findings: Vec<Finding>,
}

/// Context for one schema comparison.
#[derive(Clone)]
struct SchemaCtx<'c> {
    operation: &'c str,
    direction: Direction,
    site: Site,
    /// Property path below the body, `/`-separated (`""` at the top).
    property: String,
    /// Parameter name, for parameter schemas.
    parameter: Option<&'c str>,
    /// Whether the media type is JSON; some type changes are loose for other media types.
    json: bool,
}

impl SchemaCtx<'_> {
    fn prefix(&self) -> &'static str {
        match (self.site, self.direction, self.property.is_empty()) {
            (Site::Parameter, _, _) => "request-parameter",
            (Site::Body, Direction::Request, true) => "request-body",
            (Site::Body, Direction::Request, false) => "request-property",
            (Site::Body, Direction::Response, true) => "response-body",
            (Site::Body, Direction::Response, false) => "response-property",
        }
    }

    fn subject(&self) -> String {
        match (self.parameter, self.property.is_empty(), self.direction) {
            (Some(p), _, _) => format!("parameter `{p}`"),
            (None, true, Direction::Request) => "the request body".to_owned(),
            (None, true, Direction::Response) => "the response body".to_owned(),
            (None, false, _) => format!("property `{}`", self.property),
        }
    }

    fn child(&self, name: &str) -> Self {
        let mut next = self.clone();
        next.property = if self.property.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.property)
        };
        next
    }
}

/// `/pets/{petId}` and `/pets/{id}` are the same endpoint.
fn normalize_path(path: &str) -> String {
    let mut out = String::new();
    let mut in_var = false;
    for c in path.chars() {
        match c {
            '{' => {
                in_var = true;
                out.push_str("{}");
            }
            '}' => in_var = false,
            _ if in_var => {}
            _ => out.push(c),
        }
    }
    out
}

fn is_deprecated(v: &Value) -> bool {
    v.get("deprecated").and_then(Value::as_bool) == Some(true)
}

impl<'a> Engine<'a> {
    pub fn new(base: &'a Value, head: &'a Value) -> Self {
        Self {
            base,
            head,
            findings: Vec::new(),
        }
    }

    pub fn run(mut self) -> Vec<Finding> {
        self.paths();
        self.findings
    }

    fn report(
        &mut self,
        id: impl Into<String>,
        operation: Option<&str>,
        base_location: Option<String>,
        head_location: Option<String>,
        message: String,
    ) {
        self.findings.push(Finding {
            id: id.into(),
            operation: operation.map(str::to_owned),
            base_location,
            head_location,
            message,
        });
    }

    /// Follows `$ref`s within `doc`, returning the target and its pointer. A dangling or
    /// circular chain yields the last value reached.
    fn resolve<'d>(doc: &'d Value, value: &'d Value, at: &str) -> (&'d Value, String) {
        let resolved = revolv3_oas::resolve(doc, value, at);
        (resolved.value, resolved.pointer)
    }

    fn paths(&mut self) {
        let empty = Map::new();
        let base_paths = self
            .base
            .get("paths")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head_paths = self
            .head
            .get("paths")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head_by_shape: BTreeMap<String, &String> =
            head_paths.keys().map(|p| (normalize_path(p), p)).collect();
        let base_shapes: BTreeSet<String> = base_paths.keys().map(|p| normalize_path(p)).collect();

        for (path, base_item) in base_paths {
            let base_ptr = push("/paths", path);
            match head_by_shape.get(&normalize_path(path)) {
                Some(head_path) => {
                    let head_item = &head_paths[*head_path];
                    self.path_item(path, head_path, base_item, head_item);
                }
                None => {
                    for method in METHODS {
                        if let Some(op) = base_item.get(method) {
                            let operation = format!("{} {path}", method.to_uppercase());
                            let (id, how): (&str, &str) = if is_deprecated(op) {
                                ("api-path-removed-with-deprecation", "after deprecation")
                            } else {
                                (
                                    "api-path-removed-without-deprecation",
                                    "without deprecation",
                                )
                            };
                            self.report(
                                id,
                                Some(&operation),
                                Some(push(&base_ptr, method)),
                                None,
                                format!("api path removed {how}"),
                            );
                        }
                    }
                }
            }
        }
        for (path, head_item) in head_paths {
            if base_shapes.contains(&normalize_path(path)) {
                continue;
            }
            for method in METHODS {
                if head_item.get(method).is_some() {
                    let operation = format!("{} {path}", method.to_uppercase());
                    self.report(
                        "endpoint-added",
                        Some(&operation),
                        None,
                        Some(push(&push("/paths", path), method)),
                        "endpoint added".into(),
                    );
                }
            }
        }
    }

    fn path_item(
        &mut self,
        base_path: &str,
        head_path: &str,
        base_item: &Value,
        head_item: &Value,
    ) {
        for method in METHODS {
            let operation = format!("{} {head_path}", method.to_uppercase());
            let base_ptr = push(&push("/paths", base_path), method);
            let head_ptr = push(&push("/paths", head_path), method);
            match (base_item.get(method), head_item.get(method)) {
                (Some(base_op), Some(head_op)) => {
                    let op = OperationPair {
                        operation: &operation,
                        base_path,
                        head_path,
                        base_item,
                        head_item,
                        base_op,
                        head_op,
                        base_ptr: &base_ptr,
                        head_ptr: &head_ptr,
                    };
                    self.operation(&op);
                }
                (Some(base_op), None) => {
                    let (id, how): (&str, &str) = if is_deprecated(base_op) {
                        ("api-removed-with-deprecation", "after deprecation")
                    } else {
                        ("api-removed-without-deprecation", "without deprecation")
                    };
                    self.report(
                        id,
                        Some(&operation),
                        Some(base_ptr),
                        None,
                        format!("endpoint removed {how}"),
                    );
                }
                (None, Some(_)) => {
                    self.report(
                        "endpoint-added",
                        Some(&operation),
                        None,
                        Some(head_ptr),
                        "endpoint added".into(),
                    );
                }
                (None, None) => {}
            }
        }
    }
}

/// One operation present in both documents.
struct OperationPair<'p> {
    operation: &'p str,
    base_path: &'p str,
    head_path: &'p str,
    base_item: &'p Value,
    head_item: &'p Value,
    base_op: &'p Value,
    head_op: &'p Value,
    base_ptr: &'p str,
    head_ptr: &'p str,
}

/// A parameter with where it was found.
struct Param<'v> {
    value: &'v Value,
    pointer: String,
}

impl<'a> Engine<'a> {
    fn operation(&mut self, op: &OperationPair<'_>) {
        let operation = op.operation;
        if !is_deprecated(op.base_op) && is_deprecated(op.head_op) {
            self.report(
                "endpoint-deprecated",
                Some(operation),
                Some(op.base_ptr.to_owned()),
                Some(op.head_ptr.to_owned()),
                "endpoint deprecated".into(),
            );
        }
        self.parameters(op);
        self.request_body(op);
        self.responses(op);
    }

    /// An operation's own parameters keyed by location and name; path parameters by their
    /// position in the template, so a rename is matched rather than seen as a removal and an
    /// addition. Path-item parameters are compared separately, as oasdiff does.
    fn collect_params<'d>(
        doc: &'d Value,
        path: &str,
        list: Option<&'d Value>,
        list_ptr: &str,
    ) -> BTreeMap<(String, String), Param<'d>> {
        let template: Vec<String> = path
            .split('{')
            .skip(1)
            .filter_map(|r| r.split_once('}').map(|(n, _)| n.to_owned()))
            .collect();
        let mut out = BTreeMap::new();
        for (i, raw) in list
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let (value, _) = Engine::resolve(doc, raw, "");
            let location = value
                .get("in")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let name = value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let key_name = if location == "path" {
                template
                    .iter()
                    .position(|t| *t == name)
                    .map_or(name.clone(), |i| format!("#{i}"))
            } else {
                name.clone()
            };
            let pointer = push(&push(list_ptr, "parameters"), &i.to_string());
            out.insert((location, key_name), Param { value, pointer });
        }
        out
    }

    fn parameters(&mut self, op: &OperationPair<'_>) {
        self.path_item_parameters(op);
        let base = Self::collect_params(
            self.base,
            op.base_path,
            op.base_op.get("parameters"),
            op.base_ptr,
        );
        let head = Self::collect_params(
            self.head,
            op.head_path,
            op.head_op.get("parameters"),
            op.head_ptr,
        );
        let operation = op.operation;
        for (key, b) in &base {
            let name = b
                .value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let Some(h) = head.get(key) else {
                self.report(
                    "request-parameter-removed",
                    Some(operation),
                    Some(b.pointer.clone()),
                    None,
                    format!("deleted the `{}` request parameter `{name}`", key.0),
                );
                continue;
            };
            let head_name = h
                .value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            if head_name != name {
                self.report(
                    "request-path-parameter-renamed",
                    Some(operation),
                    Some(b.pointer.clone()),
                    Some(h.pointer.clone()),
                    format!("renamed path parameter `{name}` to `{head_name}`"),
                );
            }
            let required =
                |p: &Param<'_>| p.value.get("required").and_then(Value::as_bool) == Some(true);
            match (required(b), required(h)) {
                (false, true) => self.report(
                    "request-parameter-became-required",
                    Some(operation),
                    Some(b.pointer.clone()),
                    Some(h.pointer.clone()),
                    format!("the `{}` request parameter `{name}` became required", key.0),
                ),
                (true, false) => self.report(
                    "request-parameter-became-optional",
                    Some(operation),
                    Some(b.pointer.clone()),
                    Some(h.pointer.clone()),
                    format!("the `{}` request parameter `{name}` became optional", key.0),
                ),
                _ => {}
            }
            if let (Some((bs, bp)), Some((hs, hp))) = (param_schema(b), param_schema(h)) {
                let ctx = SchemaCtx {
                    operation,
                    direction: Direction::Request,
                    site: Site::Parameter,
                    property: String::new(),
                    parameter: Some(head_name),
                    json: true,
                };
                self.schema(&ctx, bs, hs, &bp, &hp, &mut Vec::new());
            }
        }
        for (key, h) in &head {
            if base.contains_key(key) {
                continue;
            }
            let name = h
                .value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let required = h.value.get("required").and_then(Value::as_bool) == Some(true);
            let id = if required {
                "new-required-request-parameter"
            } else {
                "new-optional-request-parameter"
            };
            let what = if required { "required" } else { "optional" };
            self.report(
                id,
                Some(operation),
                None,
                Some(h.pointer.clone()),
                format!(
                    "added the new {what} `{}` request parameter `{name}`",
                    key.0
                ),
            );
        }
    }
}

impl Engine<'_> {
    /// Parameters added on the path item apply to each of its operations: one finding per
    /// operation, for parameters not `in: path` (a removed or changed path-item parameter is not
    /// reported, matching oasdiff).
    fn path_item_parameters(&mut self, op: &OperationPair<'_>) {
        let names = |doc: &Value, item: &Value| -> Vec<(String, String)> {
            item.get("parameters")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .map(|p| Engine::resolve(doc, p, "").0)
                .map(|p| {
                    let field = |k: &str| {
                        p.get(k)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned()
                    };
                    (field("in"), field("name"))
                })
                .collect()
        };
        let base = names(self.base, op.base_item);
        let head_list = op.head_item.get("parameters").and_then(Value::as_array);
        for (i, raw) in head_list.into_iter().flatten().enumerate() {
            let (p, _) = Engine::resolve(self.head, raw, "");
            let field = |k: &str| {
                p.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned()
            };
            let (location, name) = (field("in"), field("name"));
            if location == "path" || base.contains(&(location.clone(), name.clone())) {
                continue;
            }
            let required = p.get("required").and_then(Value::as_bool) == Some(true);
            let (id, what) = if required {
                (
                    "new-required-request-default-parameter-to-existing-path",
                    "required",
                )
            } else {
                (
                    "new-optional-request-default-parameter-to-existing-path",
                    "optional",
                )
            };
            let at = push(
                &push(&push("/paths", op.head_path), "parameters"),
                &i.to_string(),
            );
            self.report(
                id,
                Some(op.operation),
                None,
                Some(at),
                format!("added the new {what} `{location}` path-item parameter `{name}`"),
            );
        }
    }
}

/// A parameter's `schema`. Parameters serialized through `content` are not compared, as
/// oasdiff does not compare them either.
fn param_schema<'v>(p: &Param<'v>) -> Option<(&'v Value, String)> {
    p.value
        .get("schema")
        .map(|schema| (schema, push(&p.pointer, "schema")))
}

mod bodies;
mod schema;
