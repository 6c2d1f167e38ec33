//! `--flatten-allof`: every `allOf` merged into the one schema it stands for, before the two
//! documents are compared, so that a schema written with `allOf` and the same schema written
//! out compare equal (oasdiff's `flatten/allof`, from its documented rules; this is our own
//! implementation).
//!
//! A schema's subschemas are flattened first; then the schema itself (without `allOf`) and
//! each member (a `$ref` member is its target, flattened) are merged, keyword by keyword:
//!
//! - `title`, `description`: the first non-empty of the schema's and the first member's;
//! - `type`: the types every entry allows (`integer` is a `number`); none is a conflict;
//! - `format`: the narrowest numeric one (`int32` < `int64` < `float` < `double`), otherwise
//!   all must be the same;
//! - `enum`: the values every entry allows; none is a conflict;
//! - `const`, `default`, `contentMediaType`, `contentEncoding`: all must be equal;
//! - bounds: the most restrictive (on a tie, the exclusive one), in the form it was written
//!   (3.0's boolean `exclusiveMinimum` or 3.1's number); `min*` the largest, `max*` the smallest;
//! - `pattern`: one stays as written; several must all match: `(?=a)(?=b)`;
//! - `multipleOf`: the least common multiple;
//! - `nullable`: only if every entry is nullable; `readOnly`, `writeOnly`, `uniqueItems`: if
//!   any entry says so; `required`, `dependentRequired`: the union;
//! - `items`, `contains`, `propertyNames`, `additionalProperties`, same-named `properties`:
//!   merged in turn; with `additionalProperties: false` anywhere, only the properties every
//!   closed entry names remain, and the result is closed;
//! - `oneOf`, `anyOf`: one list stays; several become the list of their merged combinations,
//!   less those that conflict (all conflicting is a conflict); `not`: one stays, several
//!   become `not: {anyOf: [...]}`;
//! - everything else (extensions, `example`, `deprecated`, `discriminator`, `xml`,
//!   `if`/`then`/`else`, ...): the schema's own; the members' are dropped. (oasdiff drops
//!   `$defs`, `if`/`then`/`else`, `dependentSchemas` and `unevaluatedProperties` even
//!   outside `allOf`; we keep the schema's own.)
//!
//! A conflict is an error naming the schema, as in oasdiff: no document satisfies such a
//! schema. An `allOf` that leads back to a schema being flattened (a recursive type) stays as
//! written, and its `$ref`s keep leading to the flattened schema. References outside `allOf`
//! stay references. Findings below a flattened schema point into the flattened document: a
//! merged property has no place of its own in the documents as written, so `locate` gives
//! such a finding its file without a line.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use revolv3_oas::schema_walk::{ONE_SUBSCHEMA, SUBSCHEMA_LISTS, SUBSCHEMA_MAPS};
use revolv3_oas::{pointer, refs};
use serde_json::{Map, Number, Value};

use crate::model::json_eq;
use crate::{Document, FlattenError};

/// At most this many merges per document: an `allOf` of `oneOf`s merges every combination of
/// their alternatives, which grows as a product, and a document may nest them at will.
const MAX_MERGES: usize = 100_000;

/// Keywords the merge computes from every entry; the rest are the outer schema's.
const MERGED: [&str; 38] = [
    "allOf",
    "title",
    "description",
    "type",
    "format",
    "enum",
    "const",
    "default",
    "contentMediaType",
    "contentEncoding",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
    "minContains",
    "maxContains",
    "pattern",
    "multipleOf",
    "nullable",
    "readOnly",
    "writeOnly",
    "uniqueItems",
    "required",
    "dependentRequired",
    "items",
    "contains",
    "propertyNames",
    "properties",
    "additionalProperties",
    "oneOf",
    "anyOf",
    "not",
];

/// `doc` (the `document` of the pair) with every `allOf` merged, or the first schema whose
/// members conflict. A document without `allOf` is used as it is, not copied.
pub fn all_of(doc: &Value, document: Document) -> Result<Cow<'_, Value>, FlattenError> {
    if !mentions_all_of(doc) {
        return Ok(Cow::Borrowed(doc));
    }
    let mut roots: Vec<String> = Vec::new();
    let walked = revolv3_oas::schema_walk::for_each_schema(doc, &mut |_, at| {
        // A parent comes before its subschemas, which its flattening covers.
        if !roots.last().is_some_and(|root| is_below(at, root)) {
            roots.push(at.to_owned());
        }
        Ok::<(), std::convert::Infallible>(())
    });
    let Ok(()) = walked;
    let mut flattener = Flattener {
        doc,
        document,
        stack: Vec::new(),
        done: HashMap::new(),
        cycles_cut: 0,
        merges: 0,
        referenced: Vec::new(),
    };
    let mut out = doc.clone();
    let mut flattened: HashSet<String> = HashSet::new();
    // Then the targets of the references met, wherever they are: schemas bundled from other
    // files sit where no walk looks for schemas.
    while let Some(at) = roots.pop().or_else(|| flattener.referenced.pop()) {
        // Flattened already, itself or as part of a schema that holds it.
        let covered = std::iter::once(at.as_str())
            .chain(at.match_indices('/').map(|(i, _)| &at[..i]))
            .any(|prefix| flattened.contains(prefix));
        if covered {
            continue;
        }
        let Some(schema) = pointer::get(doc, &at) else {
            continue;
        };
        let schema = flattener.schema(schema, &at)?;
        if let Some(slot) = out.pointer_mut(&at) {
            *slot = schema;
        }
        flattened.insert(at);
    }
    Ok(Cow::Owned(out))
}

/// Whether an object anywhere in `value` has an `allOf` key.
fn mentions_all_of(value: &Value) -> bool {
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        match value {
            Value::Object(map) if map.contains_key("allOf") => return true,
            Value::Object(map) => pending.extend(map.values()),
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    false
}

/// Whether pointer `at` is below pointer `root`.
fn is_below(at: &str, root: &str) -> bool {
    at.strip_prefix(root)
        .is_some_and(|rest| rest.starts_with('/'))
}

/// Why schemas were not merged.
enum Failure {
    /// They conflict: no value satisfies them all. Who merges says which schema that is.
    Conflict(String),
    /// The document cannot be flattened.
    Stop(FlattenError),
}

impl From<FlattenError> for Failure {
    fn from(e: FlattenError) -> Self {
        Failure::Stop(e)
    }
}

struct Flattener<'d> {
    doc: &'d Value,
    document: Document,
    /// References whose targets are being flattened, outermost first: one met again is a
    /// recursive type.
    stack: Vec<String>,
    /// Flattened targets, by reference.
    done: HashMap<String, Value>,
    /// How many times a recursive reference was left as written: a target flattened while
    /// that happened depends on where it was reached from, and is not kept in `done`.
    cycles_cut: usize,
    merges: usize,
    /// Targets (pointers) of the references met, to flatten where they are.
    referenced: Vec<String>,
}

impl Flattener<'_> {
    fn error(&self, pointer: &str, reason: String) -> FlattenError {
        FlattenError {
            document: self.document,
            pointer: pointer.to_owned(),
            reason,
        }
    }

    /// `value` (at `at`), its subschemas flattened and its `allOf` merged.
    fn schema(&mut self, value: &Value, at: &str) -> Result<Value, FlattenError> {
        let Value::Object(map) = value else {
            return Ok(value.clone());
        };
        if let Some(target) = refs::reference_of(value).and_then(refs::local_target) {
            self.referenced.push(target);
            if !map.contains_key("allOf") {
                return Ok(value.clone());
            }
        }
        let mut out = Map::new();
        for (key, child) in map {
            let child_at = pointer::push(at, key);
            let key_str = key.as_str();
            let flat = match child {
                Value::Object(_) if ONE_SUBSCHEMA.contains(&key_str) => {
                    self.schema(child, &child_at)?
                }
                Value::Object(entries) if SUBSCHEMA_MAPS.contains(&key_str) => {
                    let mut flat = Map::new();
                    for (name, schema) in entries {
                        let schema = self.schema(schema, &pointer::push(&child_at, name))?;
                        flat.insert(name.clone(), schema);
                    }
                    Value::Object(flat)
                }
                Value::Array(items) if SUBSCHEMA_LISTS.contains(&key_str) => {
                    let mut flat = Vec::with_capacity(items.len());
                    for (i, schema) in items.iter().enumerate() {
                        flat.push(self.schema(schema, &pointer::push(&child_at, &i.to_string()))?);
                    }
                    Value::Array(flat)
                }
                _ => child.clone(),
            };
            out.insert(key.clone(), flat);
        }
        let Some(Value::Array(members)) = out.get("allOf") else {
            return Ok(Value::Object(out));
        };
        let mut outer = out.clone();
        outer.remove("allOf");
        let mut entries = vec![Value::Object(outer)];
        entries.extend(members.iter().cloned());
        match self.merge(&entries, at) {
            Ok(Some(merged)) => Ok(merged),
            // Recursive: as written, subschemas flattened.
            Ok(None) => Ok(Value::Object(out)),
            Err(Failure::Conflict(reason)) => Err(self.error(at, reason)),
            Err(Failure::Stop(e)) => Err(e),
        }
    }

    /// `value` with its references followed to their flattened targets; `None` when one
    /// leads back to a target being flattened.
    fn deref(&mut self, value: &Value) -> Result<Option<Value>, FlattenError> {
        let Some(reference) = refs::reference_of(value) else {
            return Ok(Some(value.clone()));
        };
        if let Some(done) = self.done.get(reference) {
            return Ok(Some(done.clone()));
        }
        if self.stack.iter().any(|r| r == reference) {
            self.cycles_cut += 1;
            return Ok(None);
        }
        // Loading made every reference local and resolvable.
        let target =
            refs::local_target(reference).and_then(|at| Some((pointer::get(self.doc, &at)?, at)));
        let Some((target, target_at)) = target else {
            return Err(self.error("", format!("`{reference}` leads nowhere")));
        };
        let reference = reference.to_owned();
        let cut_before = self.cycles_cut;
        self.stack.push(reference.clone());
        let flat = self.schema(target, &target_at);
        let resolved = match flat {
            Ok(flat) if refs::reference_of(&flat).is_some() => self.deref(&flat),
            Ok(flat) => Ok(Some(flat)),
            Err(e) => Err(e),
        };
        self.stack.pop();
        if let Ok(Some(flat)) = &resolved
            && self.cycles_cut == cut_before
        {
            self.done.insert(reference, flat.clone());
        }
        resolved
    }

    /// The schemas `entries` (the first one's other keywords kept) merged into one; `None`
    /// when a reference among them leads back to a schema being flattened.
    fn merge(&mut self, entries: &[Value], at: &str) -> Result<Option<Value>, Failure> {
        self.merges += 1;
        if self.merges > MAX_MERGES {
            return Err(Failure::Stop(self.error(
                at,
                format!(
                    "merging every allOf takes more than {MAX_MERGES} merges (oneOf and anyOf inside allOf merge every combination)"
                ),
            )));
        }
        let mut objects = Vec::with_capacity(entries.len());
        for entry in entries {
            match self.deref(entry)? {
                None => return Ok(None),
                Some(Value::Object(map)) => objects.push(map),
                // `true` accepts everything: it adds nothing.
                Some(Value::Bool(true)) => {}
                Some(Value::Bool(false)) => return Ok(Some(Value::Bool(false))),
                Some(other) => return Err(Failure::Conflict(format!("`{other}` is not a schema"))),
            }
        }
        Ok(self.objects(&objects, at)?.map(Value::Object))
    }

    /// Several schemas met at one keyword of the entries: one stays as it is, several are
    /// merged (and kept as an `allOf` when that leads back to a schema being flattened).
    fn merged(&mut self, schemas: Vec<Value>, at: &str) -> Result<Value, Failure> {
        if let [one] = &schemas[..] {
            return Ok(one.clone());
        }
        Ok(match self.merge(&schemas, at)? {
            Some(merged) => merged,
            None => Value::Object(Map::from_iter([(
                "allOf".to_owned(),
                Value::Array(schemas),
            )])),
        })
    }

    fn objects(
        &mut self,
        entries: &[Map<String, Value>],
        at: &str,
    ) -> Result<Option<Map<String, Value>>, Failure> {
        let mut out: Map<String, Value> = entries
            .first()
            .into_iter()
            .flatten()
            .filter(|(key, _)| !MERGED.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect();
        let values = |key| values_of(entries, key);
        for key in ["title", "description"] {
            let first = entries
                .iter()
                .take(2)
                .filter_map(|e| e.get(key))
                .find(|v| v.as_str().is_some_and(|s| !s.is_empty()));
            if let Some(text) = first {
                out.insert(key.to_owned(), text.clone());
            }
        }
        if let Some(types) = intersect_types(entries)? {
            out.insert("type".to_owned(), types);
        }
        if let Some(format) = narrowest_format(values("format"))? {
            out.insert("format".to_owned(), format);
        }
        if let Some(values) = intersect_enums(values("enum"))? {
            out.insert("enum".to_owned(), values);
        }
        for key in ["const", "default", "contentMediaType", "contentEncoding"] {
            if let Some(value) = the_same(key, values(key))? {
                out.insert(key.to_owned(), value.clone());
            }
        }
        for (keyword, exclusive, lower) in [
            ("minimum", "exclusiveMinimum", true),
            ("maximum", "exclusiveMaximum", false),
        ] {
            bound(entries, keyword, exclusive, lower, &mut out);
        }
        for (key, largest) in [
            ("minLength", true),
            ("minItems", true),
            ("minProperties", true),
            ("minContains", true),
            ("maxLength", false),
            ("maxItems", false),
            ("maxProperties", false),
            ("maxContains", false),
        ] {
            let numbers = values(key).filter_map(|v| Some((v.as_f64()?, v)));
            let winner = if largest {
                numbers.max_by(|a, b| a.0.total_cmp(&b.0))
            } else {
                numbers.min_by(|a, b| a.0.total_cmp(&b.0))
            };
            if let Some((_, value)) = winner {
                out.insert(key.to_owned(), value.clone());
            }
        }
        let patterns: Vec<&str> = values("pattern")
            .filter_map(Value::as_str)
            .filter(|p| !p.is_empty())
            .collect();
        match patterns[..] {
            [] => {}
            [one] => {
                out.insert("pattern".to_owned(), one.into());
            }
            _ => {
                let all: String = patterns.iter().map(|p| lookahead(p)).collect();
                out.insert("pattern".to_owned(), all.into());
            }
        }
        let factors: Vec<&Value> = values("multipleOf")
            .filter(|v| v.as_f64().is_some_and(|f| f > 0.0))
            .collect();
        match factors[..] {
            [] => {}
            [one] => {
                out.insert("multipleOf".to_owned(), one.clone());
            }
            _ => {
                let multiple = least_common_multiple(&factors).ok_or_else(|| {
                    Failure::Conflict(format!(
                        "multipleOf: no common multiple of {} found",
                        list(factors.iter().copied())
                    ))
                })?;
                out.insert("multipleOf".to_owned(), multiple);
            }
        }
        let flag = |e: &Map<String, Value>, key: &str| e.get(key) == Some(&Value::Bool(true));
        if entries.iter().all(|e| flag(e, "nullable")) {
            out.insert("nullable".to_owned(), true.into());
        }
        for key in ["readOnly", "writeOnly", "uniqueItems"] {
            if entries.iter().any(|e| flag(e, key)) {
                out.insert(key.to_owned(), true.into());
            }
        }
        let required = union(values("required"));
        if !required.is_empty() {
            out.insert("required".to_owned(), Value::Array(required));
        }
        let mut dependent: Map<String, Value> = Map::new();
        for (name, names) in values("dependentRequired")
            .filter_map(Value::as_object)
            .flatten()
        {
            let merged = union(dependent.get(name).into_iter().chain([names]));
            dependent.insert(name.clone(), Value::Array(merged));
        }
        if !dependent.is_empty() {
            out.insert("dependentRequired".to_owned(), Value::Object(dependent));
        }
        for key in ["items", "contains", "propertyNames"] {
            let schemas: Vec<Value> = values(key).filter(|v| v.is_object()).cloned().collect();
            if !schemas.is_empty() {
                let merged = self.merged(schemas, &pointer::push(at, key))?;
                out.insert(key.to_owned(), merged);
            }
        }
        self.properties(entries, at, &mut out)?;
        for key in ["oneOf", "anyOf"] {
            if let Some(alternatives) = self.alternatives(key, values(key), at)? {
                out.insert(key.to_owned(), alternatives);
            }
        }
        let negated: Vec<Value> = values("not").cloned().collect();
        match negated.len() {
            0 => {}
            1 => {
                out.insert("not".to_owned(), negated[0].clone());
            }
            _ => {
                let any = Map::from_iter([("anyOf".to_owned(), Value::Array(negated))]);
                out.insert("not".to_owned(), Value::Object(any));
            }
        }
        Ok(Some(out))
    }

    /// `properties` and `additionalProperties` of the entries merged into `out`.
    fn properties(
        &mut self,
        entries: &[Map<String, Value>],
        at: &str,
        out: &mut Map<String, Value>,
    ) -> Result<(), Failure> {
        let properties = properties_of;
        let closed: Vec<&Map<String, Value>> = entries
            .iter()
            .filter(|e| e.get("additionalProperties") == Some(&Value::Bool(false)))
            .collect();
        let mut names: Vec<&String> = Vec::new();
        if let Some((first, rest)) = closed.split_first() {
            // Only what every closed entry allows.
            names.extend(properties(first).map(|(name, _)| name).filter(|name| {
                rest.iter()
                    .all(|e| properties(e).any(|(other, _)| other == *name))
            }));
            out.insert("additionalProperties".to_owned(), false.into());
        } else {
            for (name, _) in entries.iter().flat_map(properties) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            let extra: Vec<Value> = entries
                .iter()
                .filter_map(|e| e.get("additionalProperties"))
                .filter(|v| v.is_object())
                .cloned()
                .collect();
            if !extra.is_empty() {
                let merged = self.merged(extra, &pointer::push(at, "additionalProperties"))?;
                out.insert("additionalProperties".to_owned(), merged);
            }
        }
        if names.is_empty() {
            return Ok(());
        }
        let properties_at = pointer::push(at, "properties");
        let mut merged = Map::new();
        for name in names {
            let schemas: Vec<Value> = entries
                .iter()
                .filter_map(|e| e.get("properties")?.get(name.as_str()))
                .cloned()
                .collect();
            let schema = self.merged(schemas, &pointer::push(&properties_at, name))?;
            merged.insert(name.clone(), schema);
        }
        out.insert("properties".to_owned(), Value::Object(merged));
        Ok(())
    }

    /// The `oneOf` (or `anyOf`) lists of the entries: one stays; several become every
    /// combination of one alternative from each, merged, less those that conflict.
    fn alternatives<'v>(
        &mut self,
        key: &str,
        lists: impl Iterator<Item = &'v Value>,
        at: &str,
    ) -> Result<Option<Value>, Failure> {
        let mut groups: Vec<&Vec<Value>> = Vec::new();
        for list in lists.filter_map(Value::as_array) {
            let same = |group: &&Vec<Value>| {
                group.len() == list.len() && group.iter().zip(list).all(|(a, b)| json_eq(a, b))
            };
            if !groups.iter().any(same) {
                groups.push(list);
            }
        }
        match groups[..] {
            [] => return Ok(None),
            [one] => return Ok(Some(Value::Array(one.clone()))),
            _ => {}
        }
        let count = groups
            .iter()
            .map(|g| g.len())
            .try_fold(1usize, usize::checked_mul);
        if count.is_none_or(|n| n > MAX_MERGES) {
            return Err(Failure::Stop(self.error(
                at,
                format!("the {key} lists of the allOf members have too many combinations to merge"),
            )));
        }
        let key_at = pointer::push(at, key);
        let mut combinations: Vec<Vec<Value>> = vec![Vec::new()];
        for group in groups {
            combinations = combinations
                .into_iter()
                .flat_map(|c| {
                    group.iter().map(move |alternative| {
                        let mut c = c.clone();
                        c.push(alternative.clone());
                        c
                    })
                })
                .collect();
        }
        let mut merged = Vec::new();
        for combination in combinations {
            match self.merge(&combination, &key_at) {
                Ok(Some(schema)) => merged.push(schema),
                Ok(None) => merged.push(Value::Object(Map::from_iter([(
                    "allOf".to_owned(),
                    Value::Array(combination),
                )]))),
                // A combination no value satisfies is no alternative.
                Err(Failure::Conflict(_)) => {}
                Err(stop) => return Err(stop),
            }
        }
        if merged.is_empty() {
            return Err(Failure::Conflict(format!(
                "{key}: no combination of the members' alternatives can be satisfied"
            )));
        }
        Ok(Some(Value::Array(merged)))
    }
}

/// The values the entries give `key`.
fn values_of<'e>(
    entries: &'e [Map<String, Value>],
    key: &'e str,
) -> impl Iterator<Item = &'e Value> + 'e {
    entries.iter().filter_map(move |e| e.get(key))
}

/// The `properties` of a schema.
fn properties_of(schema: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    schema
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
}

/// `a, b, c`, for messages.
fn list<'v>(values: impl Iterator<Item = &'v Value>) -> String {
    values.map(Value::to_string).collect::<Vec<_>>().join(", ")
}

/// The types every entry allows (`integer` within `number`); `None` when no entry says.
fn intersect_types(entries: &[Map<String, Value>]) -> Result<Option<Value>, Failure> {
    let declared = entries.iter().filter_map(|e| match e.get("type")? {
        Value::String(t) => Some(vec![t.as_str()]),
        Value::Array(types) => Some(types.iter().filter_map(Value::as_str).collect()),
        _ => None,
    });
    let mut common: Option<Vec<&str>> = None;
    for types in declared {
        common = Some(match common {
            None => types,
            Some(so_far) => {
                let mut kept = Vec::new();
                for t in so_far {
                    let within = if types.contains(&t) {
                        Some(t)
                    } else if (t == "number" && types.contains(&"integer"))
                        || (t == "integer" && types.contains(&"number"))
                    {
                        Some("integer")
                    } else {
                        None
                    };
                    if let Some(t) = within.filter(|t| !kept.contains(t)) {
                        kept.push(t);
                    }
                }
                kept
            }
        });
    }
    match common {
        None => Ok(None),
        Some(types) if types.is_empty() => Err(Failure::Conflict(format!(
            "type: no type is allowed by every member ({})",
            list(entries.iter().filter_map(|e| e.get("type")))
        ))),
        Some(types) if types.len() == 1 => Ok(Some(types[0].into())),
        Some(types) => Ok(Some(types.into_iter().map(Value::from).collect())),
    }
}

/// Numeric formats, narrowest first.
const NUMERIC_FORMATS: [&str; 4] = ["int32", "int64", "float", "double"];

/// The narrowest numeric format, or the one format all entries give.
fn narrowest_format<'v>(
    formats: impl Iterator<Item = &'v Value>,
) -> Result<Option<Value>, Failure> {
    let formats: Vec<&str> = formats
        .filter_map(Value::as_str)
        .filter(|f| !f.is_empty())
        .collect();
    let Some(first) = formats.first() else {
        return Ok(None);
    };
    let rank = |f: &str| NUMERIC_FORMATS.iter().position(|n| *n == f);
    if formats.iter().all(|f| rank(f).is_some()) {
        return Ok(formats.iter().min_by_key(|f| rank(f)).map(|f| (*f).into()));
    }
    if formats.iter().all(|f| f == first) {
        return Ok(Some((*first).into()));
    }
    Err(Failure::Conflict(format!(
        "format: the members give different formats ({})",
        formats.join(", ")
    )))
}

/// The values every `enum` allows, in the first one's order.
fn intersect_enums<'v>(enums: impl Iterator<Item = &'v Value>) -> Result<Option<Value>, Failure> {
    let enums: Vec<&Vec<Value>> = enums
        .filter_map(Value::as_array)
        .filter(|values| !values.is_empty())
        .collect();
    let Some((first, rest)) = enums.split_first() else {
        return Ok(None);
    };
    let common: Vec<Value> = first
        .iter()
        .filter(|v| rest.iter().all(|other| other.iter().any(|o| json_eq(v, o))))
        .cloned()
        .collect();
    if common.is_empty() {
        return Err(Failure::Conflict(
            "enum: no value is allowed by every member".to_owned(),
        ));
    }
    Ok(Some(Value::Array(common)))
}

/// The one value all entries give `key`, if any gives one.
fn the_same<'v>(
    key: &str,
    values: impl Iterator<Item = &'v Value>,
) -> Result<Option<&'v Value>, Failure> {
    let values: Vec<&Value> = values.collect();
    let Some(first) = values.first() else {
        return Ok(None);
    };
    if values.iter().all(|v| json_eq(v, first)) {
        return Ok(Some(first));
    }
    Err(Failure::Conflict(format!(
        "{key}: the members give different values ({})",
        list(values.iter().copied())
    )))
}

/// The most restrictive lower (or upper) bound of the entries into `out`, exclusive on a tie,
/// written as the entry that sets it wrote it: `minimum` with 3.0's boolean
/// `exclusiveMinimum`, or 3.1's numeric `exclusiveMinimum`.
fn bound(
    entries: &[Map<String, Value>],
    keyword: &str,
    exclusive: &str,
    lower: bool,
    out: &mut Map<String, Value>,
) {
    struct Candidate<'v> {
        value: &'v Value,
        at: f64,
        exclusive: bool,
        numeric_exclusive: bool,
    }
    let mut candidates = Vec::new();
    for entry in entries {
        if let Some(value) = entry.get(keyword)
            && let Some(at) = value.as_f64()
        {
            candidates.push(Candidate {
                value,
                at,
                exclusive: entry.get(exclusive) == Some(&Value::Bool(true)),
                numeric_exclusive: false,
            });
        }
        if let Some(value) = entry.get(exclusive)
            && let Some(at) = value.as_f64()
        {
            candidates.push(Candidate {
                value,
                at,
                exclusive: true,
                numeric_exclusive: true,
            });
        }
    }
    // Tighter first: higher for a lower bound, lower for an upper one; exclusive on a tie.
    let tighter = |a: &Candidate<'_>, b: &Candidate<'_>| {
        let by_value = if lower {
            a.at.total_cmp(&b.at)
        } else {
            b.at.total_cmp(&a.at)
        };
        by_value.then(a.exclusive.cmp(&b.exclusive))
    };
    let Some(winner) = candidates.into_iter().max_by(tighter) else {
        return;
    };
    if winner.numeric_exclusive {
        out.insert(exclusive.to_owned(), winner.value.clone());
    } else {
        out.insert(keyword.to_owned(), winner.value.clone());
        if winner.exclusive {
            out.insert(exclusive.to_owned(), true.into());
        }
    }
}

/// `pattern` as a lookahead, so that several must all match.
fn lookahead(pattern: &str) -> String {
    let is_lookahead = pattern.len() > 4 && pattern.starts_with("(?=") && pattern.ends_with(')');
    if is_lookahead {
        pattern.to_owned()
    } else {
        format!("(?={pattern})")
    }
}

/// The ordered union of lists of strings.
fn union<'v>(lists: impl Iterator<Item = &'v Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for item in lists.filter_map(Value::as_array).flatten() {
        if !out.contains(item) {
            out.push(item.clone());
        }
    }
    out
}

/// The least common multiple of positive numbers, decimals scaled by a power of ten until
/// they are whole; `None` past nine decimals or `u64`.
fn least_common_multiple(factors: &[&Value]) -> Option<Value> {
    fn gcd(a: u64, b: u64) -> u64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let numbers: Vec<f64> = factors.iter().filter_map(|v| v.as_f64()).collect();
    for decimals in 0..=9 {
        let whole_scale = 10u64.pow(decimals);
        let scale = whole_scale as f64;
        let scaled: Vec<f64> = numbers.iter().map(|n| n * scale).collect();
        if scaled
            .iter()
            .any(|s| (s - s.round()).abs() > 1e-9 * s.max(1.0))
        {
            continue;
        }
        let mut multiple: u64 = 1;
        for s in scaled {
            // Whole and positive: checked above.
            let s = s.round() as u64;
            multiple = (multiple / gcd(multiple, s)).checked_mul(s)?;
        }
        return Some(if multiple.is_multiple_of(whole_scale) {
            Value::from(multiple / whole_scale)
        } else {
            Value::Number(Number::from_f64(multiple as f64 / scale)?)
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The body schema of `doc`'s POST /a, flattened.
    fn flat(schemas: Value, body: Value) -> Result<Value, FlattenError> {
        let doc = json!({
            "openapi": "3.0.3",
            "paths": {"/a": {"post": {"requestBody": {"content": {"application/json": {"schema": body}}}}}},
            "components": {"schemas": schemas},
        });
        let out = all_of(&doc, Document::Head)?;
        Ok(
            out["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"]["schema"]
                .clone(),
        )
    }

    #[test]
    fn merges_keywords_by_their_rules() {
        let merged = flat(
            json!({"Base": {
                "type": "object", "required": ["id"], "nullable": true,
                "properties": {"id": {"type": "string", "pattern": "^a", "maxLength": 9}},
            }}),
            json!({
                "description": "outer", "nullable": true, "x-kept": 1,
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": ["number", "object"], "required": ["n"], "readOnly": true,
                     "properties": {
                         "id": {"pattern": "b$", "maxLength": 5, "minLength": 1},
                         "n": {"type": "number", "minimum": 2, "exclusiveMinimum": true,
                               "multipleOf": 0.5},
                     }},
                    {"properties": {"n": {"type": "integer", "minimum": 2, "multipleOf": 3}}},
                ],
            }),
        )
        .unwrap();
        assert_eq!(
            merged,
            json!({
                "description": "outer", "x-kept": 1, "type": "object", "readOnly": true,
                "required": ["id", "n"],
                "properties": {
                    "id": {"type": "string", "pattern": "(?=^a)(?=b$)", "maxLength": 5,
                           "minLength": 1},
                    "n": {"type": "integer", "minimum": 2, "exclusiveMinimum": true,
                          "multipleOf": 3},
                },
            })
        );
    }

    #[test]
    fn closed_members_keep_only_what_they_all_allow() {
        let merged = flat(
            json!({}),
            json!({"allOf": [
                {"properties": {"a": {}, "b": {}}, "additionalProperties": false},
                {"properties": {"b": {}, "c": {}}},
            ]}),
        )
        .unwrap();
        assert_eq!(
            merged,
            json!({"properties": {"a": {}, "b": {}}, "additionalProperties": false})
        );
    }

    #[test]
    fn alternatives_of_several_members_are_their_combinations() {
        let merged = flat(
            json!({}),
            json!({"allOf": [
                {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                {"oneOf": [{"type": "number"}, {"type": "boolean"}]},
            ]}),
        )
        .unwrap();
        // string with number or boolean conflicts; integer with number is an integer.
        assert_eq!(merged, json!({"oneOf": [{"type": "integer"}]}));
    }

    #[test]
    fn a_document_without_all_of_is_not_copied() {
        let doc = json!({"components": {"schemas": {"A": {"type": "string"}}}});
        assert!(matches!(all_of(&doc, Document::Base), Ok(Cow::Borrowed(_))));
    }

    #[test]
    fn a_conflict_names_the_schema() {
        let error = flat(
            json!({}),
            json!({"allOf": [{"type": "string"}, {"type": "integer"}]}),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "the allOf at /paths/~1a/post/requestBody/content/application~1json/schema cannot be flattened: type: no type is allowed by every member (\"string\", \"integer\")"
        );
        assert_eq!(error.document, Document::Head);
        let enums = flat(
            json!({}),
            json!({"allOf": [{"enum": ["a", "b"]}, {"enum": ["c"]}]}),
        );
        assert!(enums.unwrap_err().reason.starts_with("enum:"));
    }

    #[test]
    fn a_recursive_all_of_stays_as_written() {
        let schemas = json!({"Node": {
            "type": "object",
            "properties": {"next": {"allOf": [{"$ref": "#/components/schemas/Node"}],
                                    "description": "the next one"}},
        }});
        let merged = flat(
            schemas.clone(),
            json!({"allOf": [{"$ref": "#/components/schemas/Node"}]}),
        )
        .unwrap();
        assert_eq!(merged, schemas["Node"]);
    }
}
