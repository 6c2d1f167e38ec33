//! Parameter lists compared. Parameters pair up by location and name; path parameters by the
//! position of their name in the path template when the path was matched with renamed
//! variables (`/pets/{id}` → `/pets/{petId}`). A `form`/`explode` object parameter in one
//! version pairs with the separate query (or cookie) parameters it replaces or is replaced by,
//! each compared with its property.

use serde_json::{Map, Value};

use super::content::{self, ContentDiff};
use super::operation::Located;
use super::schema::Schema;
use super::schema_diff::{Child, Differ, Site};
use super::values::{self, Delta, KeysDiff, differs};
use crate::HeaderNames;
use crate::pointer::push;

/// A parameter as compared.
#[derive(Debug, Clone)]
pub struct Param<'a> {
    /// `in`.
    pub location: &'a str,
    /// `name`.
    pub name: &'a str,
    /// The parameter object (for a property of an exploded object parameter, that
    /// parameter's object: its `required`, `deprecated`, extensions... apply).
    pub object: &'a Map<String, Value>,
    /// The schema (for a property of an exploded object parameter, the property's schema).
    pub schema: Option<&'a Value>,
    /// Pointer to the schema.
    pub schema_at: String,
    /// Pointer to the parameter object.
    pub at: String,
}

impl<'a> Param<'a> {
    /// `required`.
    pub fn required(&self) -> bool {
        values::flag(self.object, "required")
    }

    /// `deprecated`.
    pub fn deprecated(&self) -> bool {
        values::flag(self.object, "deprecated")
    }

    /// The extension `key` of the parameter object.
    pub fn extension(&self, key: &str) -> Option<&'a Value> {
        self.object.get(key)
    }

    /// `style`, or its default for the location (`form` for query and cookie parameters).
    pub fn style(&self) -> &'a str {
        match self.object.get("style").and_then(Value::as_str) {
            Some(style) => style,
            None if matches!(self.location, "query" | "cookie") => "form",
            None => "simple",
        }
    }

    /// `explode`, or its default (true for the `form` style).
    pub fn explode(&self) -> bool {
        self.object
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(self.style() == "form")
    }
}

/// A parameter present in both versions that changed.
#[derive(Debug, Clone)]
pub struct ParamDiff<'a> {
    /// The base parameter.
    pub base: Param<'a>,
    /// The head parameter.
    pub head: Param<'a>,
    /// The parameter was renamed (path parameters only).
    pub name: Option<Delta<&'a str>>,
    /// `required`.
    pub required: Option<Delta<bool>>,
    /// `deprecated`.
    pub deprecated: Option<Delta<bool>>,
    /// Extensions of the parameter object.
    pub extensions: Option<KeysDiff<'a>>,
    /// The schema.
    pub schema: Child<'a>,
    /// `content`.
    pub content: Option<ContentDiff<'a>>,
    /// Something no rule reads changed (style, explode, description, examples, ...).
    pub other_changed: bool,
}

impl<'a> ParamDiff<'a> {
    /// The location the change is reported under (the base parameter's).
    pub fn location(&self) -> &'a str {
        self.base.location
    }

    /// The name the change is reported under: the head's spelling for a header, whose name
    /// may differ from the base's in case only; the base's for the rest (a renamed path
    /// parameter is reported under its old name, as oasdiff reports it).
    pub fn name(&self) -> &'a str {
        if self.base.location == "header" {
            self.head.name
        } else {
            self.base.name
        }
    }
}

/// Two parameter lists compared.
#[derive(Debug, Clone, Default)]
pub struct ParamsDiff<'a> {
    /// Parameters only the head has.
    pub added: Vec<Param<'a>>,
    /// Parameters only the base had.
    pub deleted: Vec<Param<'a>>,
    /// Parameters in both that changed.
    pub modified: Vec<ParamDiff<'a>>,
}

/// Base path-variable names mapped to the head's, by position, when a path was matched
/// ignoring their names; empty when the paths are the same.
pub type Renames<'a> = Vec<(&'a str, &'a str)>;

fn read<'a>(doc: &'a Value, raw: &'a Value, list_at: &str, i: usize) -> Option<Param<'a>> {
    let resolved = revolv3_oas::resolve(doc, raw, &push(list_at, &i.to_string()));
    let object = resolved.value.as_object()?;
    Some(Param {
        location: object.get("in").and_then(Value::as_str).unwrap_or(""),
        name: object.get("name").and_then(Value::as_str).unwrap_or(""),
        object,
        schema: object.get("schema"),
        schema_at: push(&resolved.pointer, "schema"),
        at: resolved.pointer,
    })
}

/// Where the parameters of one side are read.
#[derive(Debug, Clone, Copy)]
pub struct ParamSource<'s, 'a> {
    /// The operation or path item whose `parameters` these are.
    pub holder: &'s Located<'a>,
    /// The path item whose parameters the operation takes as its own, after its own and
    /// unless it has one of the same location and name (`--flatten-params`).
    pub inherited_from: Option<&'s Located<'a>>,
}

impl<'s, 'a> ParamSource<'s, 'a> {
    /// The parameters `holder` lists itself.
    pub fn own(holder: &'s Located<'a>) -> Self {
        Self {
            holder,
            inherited_from: None,
        }
    }
}

fn listed<'a>(doc: &'a Value, holder: &Located<'a>) -> impl Iterator<Item = Param<'a>> {
    let list_at = push(&holder.at, "parameters");
    holder
        .object
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(move |(i, raw)| read(doc, raw, &list_at, i))
}

fn list<'a>(doc: &'a Value, source: ParamSource<'_, 'a>, headers: HeaderNames) -> Vec<Param<'a>> {
    let mut params: Vec<Param<'a>> = listed(doc, source.holder).collect();
    if let Some(item) = source.inherited_from {
        let own = params.len();
        for inherited in listed(doc, item) {
            if !params[..own]
                .iter()
                .any(|p| same_name(p, &inherited, headers))
            {
                params.push(inherited);
            }
        }
    }
    params
}

/// Whether `a` and `b` have the same location and name (header names compare as `headers`
/// says).
fn same_name(a: &Param<'_>, b: &Param<'_>, headers: HeaderNames) -> bool {
    a.location == b.location
        && if a.location == "header" {
            headers.same(a.name, b.name)
        } else {
            a.name == b.name
        }
}

/// Whether base parameter `b` and head parameter `h` are the same parameter.
fn same_parameter(
    b: &Param<'_>,
    h: &Param<'_>,
    renames: &Renames<'_>,
    headers: HeaderNames,
) -> bool {
    if b.location == "path" && h.location == "path" && !renames.is_empty() {
        return renames
            .iter()
            .any(|(from, to)| *from == b.name && *to == h.name);
    }
    same_name(b, h, headers)
}

/// `form`/`explode` object parameter with properties, in the query or a cookie.
fn exploded_object(doc: &Value, p: &Param<'_>) -> bool {
    let Some(schema) = p.schema else { return false };
    let s = Schema::new(revolv3_oas::resolve_value(doc, schema));
    p.object.get("explode").and_then(Value::as_bool) == Some(true)
        && p.style() == "form"
        && matches!(p.location, "query" | "cookie")
        && s.types() == ["object"]
        && s.properties().is_some_and(|props| !props.is_empty())
}

/// The property `name` of an exploded object parameter, as a parameter of its own.
fn property_as_parameter<'a>(
    doc: &'a Value,
    exploded: &Param<'a>,
    simple: &Param<'a>,
) -> Option<Param<'a>> {
    let resolved = revolv3_oas::resolve(doc, exploded.schema?, &exploded.schema_at);
    let property = Schema::new(resolved.value).property(simple.name)?;
    Some(Param {
        location: simple.location,
        name: simple.name,
        object: exploded.object,
        schema: Some(property),
        schema_at: push(&push(&resolved.pointer, "properties"), simple.name),
        at: exploded.at.clone(),
    })
}

/// The parameter lists of `base` and `head` (operations or path items) compared.
pub fn compare<'a>(
    differ: &mut Differ<'a>,
    base: ParamSource<'_, 'a>,
    head: ParamSource<'_, 'a>,
    renames: &Renames<'a>,
) -> Option<ParamsDiff<'a>> {
    let headers = differ.options().header_names;
    let b = list(differ.base_doc(), base, headers);
    let h = list(differ.head_doc(), head, headers);
    if b.is_empty() && h.is_empty() {
        return None;
    }
    let mut diff = ParamsDiff::default();
    let mut b_done = vec![false; b.len()];
    let mut h_done = vec![false; h.len()];

    // Simple parameters that became properties of an exploded object parameter, and back.
    for simple_in_base in [true, false] {
        let (simples, objects) = if simple_in_base { (&b, &h) } else { (&h, &b) };
        let (simple_doc, object_doc) = if simple_in_base {
            (differ.base_doc(), differ.head_doc())
        } else {
            (differ.head_doc(), differ.base_doc())
        };
        let (simples_done, objects_done) = if simple_in_base {
            (&mut b_done, &mut h_done)
        } else {
            (&mut h_done, &mut b_done)
        };
        for (oi, object) in objects.iter().enumerate() {
            if objects_done[oi] || !exploded_object(object_doc, object) {
                continue;
            }
            for (si, simple) in simples.iter().enumerate() {
                if simples_done[si]
                    || exploded_object(simple_doc, simple)
                    || !matches!(simple.location, "query" | "cookie")
                    || simple.location != object.location
                {
                    continue;
                }
                let Some(property) = property_as_parameter(object_doc, object, simple) else {
                    continue;
                };
                let (base, head) = if simple_in_base {
                    (simple.clone(), property)
                } else {
                    (property, simple.clone())
                };
                if let Some(d) = param_diff(differ, base, head, simple) {
                    diff.modified.push(d);
                }
                simples_done[si] = true;
                objects_done[oi] = true;
            }
        }
    }

    for (bi, bp) in b.iter().enumerate() {
        if b_done[bi] {
            continue;
        }
        match h
            .iter()
            .position(|hp| same_parameter(bp, hp, renames, headers))
        {
            Some(hi) if !h_done[hi] => {
                h_done[hi] = true;
                if let Some(d) = param_diff(differ, bp.clone(), h[hi].clone(), bp) {
                    diff.modified.push(d);
                }
            }
            _ => diff.deleted.push(bp.clone()),
        }
    }
    diff.added = h
        .iter()
        .zip(&h_done)
        .filter(|(_, done)| !**done)
        .map(|(p, _)| p.clone())
        .collect();
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}

/// `base` and `head` compared, reported under `key`'s location and name.
fn param_diff<'a>(
    differ: &mut Differ<'a>,
    base: Param<'a>,
    head: Param<'a>,
    key: &Param<'a>,
) -> Option<ParamDiff<'a>> {
    let schema = differ.compare(
        base.schema.map(|s| Site::new(s, base.schema_at.clone())),
        head.schema.map(|s| Site::new(s, head.schema_at.clone())),
    );
    let content = content::compare(differ, (base.object, &base.at), (head.object, &head.at));
    let other_changed = [
        "style",
        "explode",
        "allowEmptyValue",
        "allowReserved",
        "description",
        "example",
        "examples",
    ]
    .into_iter()
    .any(|k| differs(base.object.get(k), head.object.get(k)));
    let base = Param {
        location: key.location,
        name: key.name,
        ..base
    };
    let diff = ParamDiff {
        // Only path parameters pair up under another name; header names that differ in case
        // only are the same name.
        name: Delta::of(base.name, head.name).filter(|_| base.location == "path"),
        required: Delta::of(base.required(), head.required()),
        deprecated: Delta::of(base.deprecated(), head.deprecated()),
        extensions: differ.x_diff(base.object, head.object),
        schema,
        content,
        other_changed,
        base,
        head,
    };
    let changed = diff.name.is_some()
        || diff.required.is_some()
        || diff.deprecated.is_some()
        || diff.extensions.is_some()
        || diff.schema.is_some()
        || diff.content.is_some()
        || diff.other_changed;
    changed.then_some(diff)
}
