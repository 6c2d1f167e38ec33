//! Two versions of one operation compared: parameters, request body, responses (with their
//! headers and content), security, and the operation's own fields.

use serde_json::{Map, Value};

use super::content::{self, ContentDiff};
use super::parameters::{self, ParamSource, ParamsDiff, Renames};
use super::schema_diff::{Child, Differ};
use super::security::{self, SecurityDiff};
use super::values::{self, Delta, KeysDiff, StringsDiff, differs, empty_map};
use crate::HeaderNames;
use crate::pointer::push;

/// An object reached through any `$ref`s, with its pointer.
#[derive(Debug, Clone)]
pub struct Located<'a> {
    /// The object, as a value.
    pub value: &'a Value,
    /// The object.
    pub object: &'a Map<String, Value>,
    /// Its JSON pointer.
    pub at: String,
}

impl<'a> Located<'a> {
    /// `value` (at `at`) with its references followed, if it is an object.
    pub fn resolve(doc: &'a Value, value: &'a Value, at: &str) -> Option<Self> {
        let resolved = revolv3_oas::resolve(doc, value, at);
        Some(Located {
            value: resolved.value,
            object: resolved.value.as_object()?,
            at: resolved.pointer,
        })
    }

    /// The child object `key`, references followed.
    pub fn child(&self, doc: &'a Value, key: &str) -> Option<Located<'a>> {
        Located::resolve(doc, self.object.get(key)?, &push(&self.at, key))
    }

    /// The boolean `key` (false when absent).
    pub fn flag(&self, key: &str) -> bool {
        values::flag(self.object, key)
    }
}

/// A request body compared.
#[derive(Debug, Clone)]
pub struct RequestBodyDiff<'a> {
    /// The operation gained a request body.
    pub added: bool,
    /// The operation lost its request body.
    pub deleted: bool,
    /// The base request body, when there is one.
    pub base: Option<Located<'a>>,
    /// The head request body, when there is one.
    pub head: Option<Located<'a>>,
    /// `required`.
    pub required: Option<Delta<bool>>,
    /// `content`.
    pub content: Option<ContentDiff<'a>>,
}

/// A response header compared.
#[derive(Debug, Clone)]
pub struct HeaderDiff<'a> {
    /// The header name, as the head spells it (header names may compare ignoring case).
    pub name: &'a str,
    /// The base header object.
    pub base: Located<'a>,
    /// The head header object.
    pub head: Located<'a>,
    /// `required`.
    pub required: Option<Delta<bool>>,
    /// Its schema.
    pub schema: Child<'a>,
}

/// The headers of a response compared.
#[derive(Debug, Clone, Default)]
pub struct HeadersDiff<'a> {
    /// Headers only the head has.
    pub added: Vec<(&'a str, Located<'a>)>,
    /// Headers only the base had.
    pub deleted: Vec<(&'a str, Located<'a>)>,
    /// Headers in both that changed.
    pub modified: Vec<HeaderDiff<'a>>,
}

/// A response present in both versions that changed.
#[derive(Debug, Clone)]
pub struct ResponseDiff<'a> {
    /// Its status key (`200`, `4XX`, `default`).
    pub status: &'a str,
    /// The base response object.
    pub base: Located<'a>,
    /// The head response object.
    pub head: Located<'a>,
    /// Its headers.
    pub headers: Option<HeadersDiff<'a>>,
    /// Its content.
    pub content: Option<ContentDiff<'a>>,
}

/// The responses of an operation compared.
#[derive(Debug, Clone, Default)]
pub struct ResponsesDiff<'a> {
    /// Status keys only the head has.
    pub added: Vec<&'a str>,
    /// Status keys only the base had.
    pub deleted: Vec<&'a str>,
    /// Responses in both that changed.
    pub modified: Vec<ResponseDiff<'a>>,
}

/// One operation in both versions, compared.
#[derive(Debug, Clone)]
pub struct OpDiff<'a> {
    /// The method key (`get`, ...).
    pub method: &'static str,
    /// The base operation.
    pub base: Located<'a>,
    /// The head operation.
    pub head: Located<'a>,
    /// Extensions of the operation object.
    pub extensions: Option<KeysDiff<'a>>,
    /// `tags`.
    pub tags: Option<StringsDiff<'a>>,
    /// `operationId` (`""` when absent).
    pub operation_id: Option<Delta<&'a str>>,
    /// `deprecated`.
    pub deprecated: Option<Delta<bool>>,
    /// `parameters`.
    pub parameters: Option<ParamsDiff<'a>>,
    /// `requestBody`.
    pub request_body: Option<RequestBodyDiff<'a>>,
    /// `responses`.
    pub responses: Option<ResponsesDiff<'a>>,
    /// `security`.
    pub security: Option<SecurityDiff<'a>>,
}

fn strings<'a>(map: &'a Map<String, Value>, key: &str) -> Vec<&'a str> {
    map.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Operation `method` compared; `None` when nothing changed. `inherited`: the base and head
/// path items, when their parameters count as the operation's own (`--flatten-params`).
pub fn compare<'a>(
    differ: &mut Differ<'a>,
    method: &'static str,
    base: Located<'a>,
    head: Located<'a>,
    inherited: Option<(&Located<'a>, &Located<'a>)>,
    renames: &Renames<'a>,
) -> Option<OpDiff<'a>> {
    let (b, h) = (base.object, head.object);
    let params = |op, item| ParamSource {
        holder: op,
        inherited_from: item,
    };
    let (base_item, head_item) = inherited.unzip();
    let diff = OpDiff {
        method,
        extensions: differ.x_diff(b, h),
        tags: StringsDiff::of(&strings(b, "tags"), &strings(h, "tags")),
        operation_id: Delta::of(
            b.get("operationId").and_then(Value::as_str).unwrap_or(""),
            h.get("operationId").and_then(Value::as_str).unwrap_or(""),
        ),
        deprecated: Delta::of(base.flag("deprecated"), head.flag("deprecated")),
        parameters: parameters::compare(
            differ,
            params(&base, base_item),
            params(&head, head_item),
            renames,
        ),
        request_body: request_body(differ, &base, &head),
        responses: responses(differ, &base, &head),
        security: security::compare(b.get("security"), h.get("security")),
        base,
        head,
    };
    let other_changed = [
        "summary",
        "description",
        "callbacks",
        "servers",
        "externalDocs",
    ]
    .into_iter()
    .any(|k| differs(b.get(k), h.get(k)));
    let changed = other_changed
        || diff.extensions.is_some()
        || diff.tags.is_some()
        || diff.operation_id.is_some()
        || diff.deprecated.is_some()
        || diff.parameters.is_some()
        || diff.request_body.is_some()
        || diff.responses.is_some()
        || diff.security.is_some();
    changed.then_some(diff)
}

fn request_body<'a>(
    differ: &mut Differ<'a>,
    base: &Located<'a>,
    head: &Located<'a>,
) -> Option<RequestBodyDiff<'a>> {
    let b = base.child(differ.base_doc(), "requestBody");
    let h = head.child(differ.head_doc(), "requestBody");
    let (required, content) = match (&b, &h) {
        (None, None) => return None,
        (Some(bb), Some(hb)) => (
            Delta::of(bb.flag("required"), hb.flag("required")),
            content::compare(differ, (bb.object, &bb.at), (hb.object, &hb.at)),
        ),
        _ => (None, None),
    };
    let other = match (&b, &h) {
        (Some(bb), Some(hb)) => {
            differs(bb.object.get("description"), hb.object.get("description"))
                || differ.x_diff(bb.object, hb.object).is_some()
        }
        _ => false,
    };
    let diff = RequestBodyDiff {
        added: b.is_none(),
        deleted: h.is_none(),
        required,
        content,
        base: b,
        head: h,
    };
    (diff.added || diff.deleted || diff.required.is_some() || diff.content.is_some() || other)
        .then_some(diff)
}

fn responses<'a>(
    differ: &mut Differ<'a>,
    base: &Located<'a>,
    head: &Located<'a>,
) -> Option<ResponsesDiff<'a>> {
    let b = base.child(differ.base_doc(), "responses");
    let h = head.child(differ.head_doc(), "responses");
    let (bm, hm) = (
        b.as_ref().map_or(empty_map(), |l| l.object),
        h.as_ref().map_or(empty_map(), |l| l.object),
    );
    let (b_at, h_at) = (
        b.as_ref().map_or(String::new(), |l| l.at.clone()),
        h.as_ref().map_or(String::new(), |l| l.at.clone()),
    );
    let mut diff = ResponsesDiff::default();
    for (status, value) in bm {
        if !status.starts_with("x-") {
            match hm.get(status) {
                None => diff.deleted.push(status.as_str()),
                Some(other) => {
                    let rb = Located::resolve(differ.base_doc(), value, &push(&b_at, status));
                    let rh = Located::resolve(differ.head_doc(), other, &push(&h_at, status));
                    if let (Some(rb), Some(rh)) = (rb, rh)
                        && let Some(d) = response(differ, status, rb, rh)
                    {
                        diff.modified.push(d);
                    }
                }
            }
        }
    }
    diff.added = hm
        .keys()
        .filter(|k| !k.starts_with("x-") && !bm.contains_key(*k))
        .map(String::as_str)
        .collect();
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}

fn response<'a>(
    differ: &mut Differ<'a>,
    status: &'a str,
    base: Located<'a>,
    head: Located<'a>,
) -> Option<ResponseDiff<'a>> {
    if differ.same(base.value, head.value) {
        return None;
    }
    let headers = headers(differ, &base, &head);
    let content = content::compare(differ, (base.object, &base.at), (head.object, &head.at));
    let other = ["description", "links"]
        .into_iter()
        .any(|k| differs(base.object.get(k), head.object.get(k)))
        || differ.x_diff(base.object, head.object).is_some();
    (headers.is_some() || content.is_some() || other).then_some(ResponseDiff {
        status,
        base,
        head,
        headers,
        content,
    })
}

/// The header called `name` in `headers`, as header names compare: the one spelled the same
/// when there is one, else the first spelled otherwise that names it.
fn header_named<'a>(
    names: HeaderNames,
    headers: &'a Map<String, Value>,
    name: &str,
) -> Option<(&'a String, &'a Value)> {
    headers
        .get_key_value(name)
        .or_else(|| headers.iter().find(|(key, _)| names.same(key, name)))
}

fn headers<'a>(
    differ: &mut Differ<'a>,
    base: &Located<'a>,
    head: &Located<'a>,
) -> Option<HeadersDiff<'a>> {
    let names = differ.options().header_names;
    let list = |l: &Located<'a>| l.object.get("headers").and_then(Value::as_object);
    let (bh, hh) = (
        list(base).unwrap_or(empty_map()),
        list(head).unwrap_or(empty_map()),
    );
    let (b_at, h_at) = (push(&base.at, "headers"), push(&head.at, "headers"));
    let mut diff = HeadersDiff::default();
    for (name, value) in bh {
        let Some(b) = Located::resolve(differ.base_doc(), value, &push(&b_at, name)) else {
            continue;
        };
        let partner = header_named(names, hh, name).and_then(|(head_name, v)| {
            Located::resolve(differ.head_doc(), v, &push(&h_at, head_name)).map(|h| (head_name, h))
        });
        match partner {
            None => diff.deleted.push((name.as_str(), b)),
            Some((head_name, h)) => {
                let schema = differ.compare_key((b.value, &b.at), (h.value, &h.at), "schema");
                let required = Delta::of(b.flag("required"), h.flag("required"));
                let other = [
                    "description",
                    "deprecated",
                    "example",
                    "examples",
                    "content",
                ]
                .into_iter()
                .any(|k| differs(b.object.get(k), h.object.get(k)))
                    || differ.x_diff(b.object, h.object).is_some();
                if schema.is_some() || required.is_some() || other {
                    diff.modified.push(HeaderDiff {
                        name: head_name.as_str(),
                        base: b,
                        head: h,
                        required,
                        schema,
                    });
                }
            }
        }
    }
    for (name, value) in hh {
        if header_named(names, bh, name).is_none()
            && let Some(h) = Located::resolve(differ.head_doc(), value, &push(&h_at, name))
        {
            diff.added.push((name.as_str(), h));
        }
    }
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}
