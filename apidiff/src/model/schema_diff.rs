//! What changed between two schemas, keyword by keyword, the way oasdiff models it: the
//! rules in `checks` read this model, never the documents' raw JSON.
//!
//! `$ref`s are followed; a reference that comes back to a schema already on the way down is
//! not entered again (two such back-references to the same name are equal, anything else is a
//! change). Results are cached per pair of schema objects, and a pair whose JSON is the same
//! (references compared by name and target) is known unchanged without building anything.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

use serde_json::{Map, Value};

use super::address_map::{AddressMap, address};
use super::same::Sameness;
use super::schema::{BoolOrSchema, Bound, Hidden, Schema};
use super::shapes;
use super::subschemas::{self, Subschemas};
use super::values::{Delta, KeysDiff, StringsDiff, differs, json_eq, value_delta, x_entries};
use crate::Options;
use crate::pointer::push;

/// A sub-schema's diff, shared when the same pair is reached again.
pub type Child<'a> = Option<Rc<SchemaDiff<'a>>>;

/// One side of a schema pair: the resolved schema and where it is.
#[derive(Debug, Clone)]
pub struct Side<'a> {
    /// The schema object reached, as the diff reads it.
    pub schema: Schema<'a>,
    /// The schema object reached, as written.
    pub value: &'a Value,
    /// JSON pointer to it in its document.
    pub at: String,
    /// The `$ref` it was reached through, if any.
    pub reference: Option<&'a str>,
}

/// Where a schema to compare is: a pointer, or the parts of one, joined only when the pointer
/// is needed (most schemas compared turn out unchanged and never need it).
#[derive(Debug, Clone)]
enum At<'p> {
    /// A whole pointer.
    Owned(String),
    /// `parent/key`.
    Key(&'p str, &'p str),
    /// `parent/key/name`.
    KeyName(&'p str, &'p str, &'p str),
}

/// A schema to compare: a value (possibly a `$ref`) and where it is.
#[derive(Debug, Clone)]
pub struct Site<'a, 'p> {
    /// The value as written.
    pub value: &'a Value,
    at: At<'p>,
    /// Keywords to ignore on this schema (not on its sub-schemas).
    pub hidden: Hidden,
}

impl<'a> Site<'a, 'static> {
    /// `value` at `at`, nothing hidden.
    pub fn new(value: &'a Value, at: String) -> Self {
        Self {
            value,
            at: At::Owned(at),
            hidden: Hidden::NONE,
        }
    }

    /// `value` at `at`, with `hidden` keywords ignored.
    pub fn hiding(value: &'a Value, at: String, hidden: Hidden) -> Self {
        Self {
            value,
            at: At::Owned(at),
            hidden,
        }
    }
}

impl<'a, 'p> Site<'a, 'p> {
    /// `value` at `parent/key`.
    pub fn key(value: &'a Value, parent: &'p str, key: &'p str) -> Self {
        Self {
            value,
            at: At::Key(parent, key),
            hidden: Hidden::NONE,
        }
    }

    /// `value` at `parent/key/name`.
    fn key_name(value: &'a Value, parent: &'p str, key: &'p str, name: &'p str) -> Self {
        Self {
            value,
            at: At::KeyName(parent, key, name),
            hidden: Hidden::NONE,
        }
    }

    /// The pointer, built now.
    fn pointer(&self) -> String {
        match &self.at {
            At::Owned(at) => at.clone(),
            At::Key(parent, key) => push(parent, key),
            At::KeyName(parent, key, name) => push(&push(parent, key), name),
        }
    }
}

/// `enum` compared as a set.
#[derive(Debug, Clone, Default)]
pub struct EnumDiff<'a> {
    /// The head has an `enum` and the base had none.
    pub enum_added: bool,
    /// Values only the head allows.
    pub added: Vec<&'a Value>,
    /// Values only the base allowed.
    pub deleted: Vec<&'a Value>,
}

/// A map of named sub-schemas compared (`properties`, `patternProperties`, ...).
#[derive(Debug, Clone, Default)]
pub struct SchemasDiff<'a> {
    /// Names only the head has.
    pub added: Vec<&'a str>,
    /// Names only the base had.
    pub deleted: Vec<&'a str>,
    /// Names in both whose schemas differ.
    pub modified: Vec<(&'a str, Rc<SchemaDiff<'a>>)>,
}

/// `discriminator` compared.
#[derive(Debug, Clone, Default)]
pub struct DiscriminatorDiff<'a> {
    /// The head has a discriminator, the base had none.
    pub added: bool,
    /// The base had a discriminator, the head has none.
    pub deleted: bool,
    /// `propertyName` changed.
    pub property_name: Option<Delta<&'a str>>,
    /// Mapping keys only the head has.
    pub mapping_added: Vec<&'a str>,
    /// Mapping keys only the base had.
    pub mapping_deleted: Vec<&'a str>,
    /// Mapping keys whose target changed: key, old target, new target.
    pub mapping_changed: Vec<(&'a str, &'a str, &'a str)>,
    /// Other keys of the discriminator object changed.
    pub other_changed: bool,
}

/// `dependentRequired` compared.
#[derive(Debug, Clone, Default)]
pub struct DependentRequiredDiff<'a> {
    /// Entries only the head has: key and the properties it requires.
    pub added: Vec<(&'a str, Vec<&'a str>)>,
    /// Entries only the base had.
    pub deleted: Vec<(&'a str, Vec<&'a str>)>,
    /// Entries in both whose lists differ.
    pub modified: Vec<(&'a str, StringsDiff<'a>)>,
}

/// Everything that changed between two schemas. A field is `None` (or `false`) when that
/// keyword did not change; a diff is only built when something did.
#[derive(Debug, Default)]
pub struct SchemaDiff<'a> {
    /// The base schema; `None` when the schema was added.
    pub base: Option<Side<'a>>,
    /// The head schema; `None` when the schema was removed.
    pub head: Option<Side<'a>>,
    /// Only the head has a schema here.
    pub added: bool,
    /// Only the base had a schema here.
    pub deleted: bool,
    /// The comparison stopped here: one side came back to a schema already on the way down
    /// and the other did not (or to another one), or schemas nest deeper than
    /// [`MAX_NESTING`] and the two differ as written.
    pub circular: bool,
    /// Extensions (`x-...` and unknown keywords) added, removed or changed.
    pub extensions: Option<KeysDiff<'a>>,
    /// `oneOf`.
    pub one_of: Option<Subschemas<'a>>,
    /// `anyOf`.
    pub any_of: Option<Subschemas<'a>>,
    /// `allOf`.
    pub all_of: Option<Subschemas<'a>>,
    /// `prefixItems`.
    pub prefix_items: Option<Subschemas<'a>>,
    /// `not`.
    pub not: Child<'a>,
    /// `type`, as sets of names.
    pub types: Option<StringsDiff<'a>>,
    /// `format`.
    pub format: Option<Delta<&'a str>>,
    /// `enum`.
    pub enum_values: Option<EnumDiff<'a>>,
    /// `default`.
    pub default: Option<Delta<Option<&'a Value>>>,
    /// `const`.
    pub const_value: Option<Delta<Option<&'a Value>>>,
    /// `nullable`.
    pub nullable: Option<Delta<bool>>,
    /// `readOnly`.
    pub read_only: Option<Delta<bool>>,
    /// `writeOnly`.
    pub write_only: Option<Delta<bool>>,
    /// `deprecated`.
    pub deprecated: Option<Delta<bool>>,
    /// `minimum`.
    pub minimum: Option<Delta<Option<f64>>>,
    /// `maximum`.
    pub maximum: Option<Delta<Option<f64>>>,
    /// `exclusiveMinimum`.
    pub exclusive_minimum: Option<Delta<Option<Bound>>>,
    /// `exclusiveMaximum`.
    pub exclusive_maximum: Option<Delta<Option<Bound>>>,
    /// `minLength` (0 when absent).
    pub min_length: Option<Delta<u64>>,
    /// `maxLength`.
    pub max_length: Option<Delta<Option<u64>>>,
    /// `minItems` (0 when absent).
    pub min_items: Option<Delta<u64>>,
    /// `maxItems`.
    pub max_items: Option<Delta<Option<u64>>>,
    /// `minContains`.
    pub min_contains: Option<Delta<Option<u64>>>,
    /// `maxContains`.
    pub max_contains: Option<Delta<Option<u64>>>,
    /// `pattern` (`""` when absent).
    pub pattern: Option<Delta<&'a str>>,
    /// `items`.
    pub items: Child<'a>,
    /// `required`, as sets.
    pub required: Option<StringsDiff<'a>>,
    /// `properties`.
    pub properties: Option<SchemasDiff<'a>>,
    /// The schema form of `additionalProperties`.
    pub additional_properties: Child<'a>,
    /// `discriminator`.
    pub discriminator: Option<DiscriminatorDiff<'a>>,
    /// `contains`.
    pub contains: Child<'a>,
    /// `patternProperties`.
    pub pattern_properties: Option<SchemasDiff<'a>>,
    /// `dependentSchemas`.
    pub dependent_schemas: Option<SchemasDiff<'a>>,
    /// `propertyNames`.
    pub property_names: Child<'a>,
    /// The schema form of `unevaluatedItems`.
    pub unevaluated_items: Child<'a>,
    /// The schema form of `unevaluatedProperties`.
    pub unevaluated_properties: Child<'a>,
    /// `if`.
    pub if_schema: Child<'a>,
    /// `then`.
    pub then_schema: Child<'a>,
    /// `else`.
    pub else_schema: Child<'a>,
    /// `dependentRequired`.
    pub dependent_required: Option<DependentRequiredDiff<'a>>,
    /// `contentMediaType`.
    pub content_media_type: Option<Delta<&'a str>>,
    /// `contentEncoding`.
    pub content_encoding: Option<Delta<&'a str>>,
    /// `contentSchema`.
    pub content_schema: Child<'a>,
    /// `$defs`.
    pub defs: Option<SchemasDiff<'a>>,
    /// A single type became a `oneOf`/`anyOf` of scalar types, or back: types added to and
    /// removed from the list.
    pub list_of_types: Option<StringsDiff<'a>>,
    /// An object became a `oneOf` of alternatives: the base properties that moved into them.
    pub one_of_wrapping: Option<Vec<&'a str>>,
    /// The schema was wrapped as `oneOf: [{type: null}, itself]` (`Some(true)`), or unwrapped
    /// (`Some(false)`).
    pub nullable_wrapping: Option<bool>,
    /// Annotations changed (title, description, example(s), externalDocs, `$comment`).
    pub annotations_changed: bool,
    /// Keywords no rule reads changed (multipleOf, uniqueItems, the boolean forms of
    /// `additionalProperties`/`unevaluated*`, `xml`, `$id`, ...).
    pub other_changed: bool,
}

impl<'a> SchemaDiff<'a> {
    /// The base schema (present unless the schema was added).
    pub fn base_schema(&self) -> Option<Schema<'a>> {
        self.base.as_ref().map(|s| s.schema)
    }

    /// The head schema (present unless the schema was removed).
    pub fn head_schema(&self) -> Option<Schema<'a>> {
        self.head.as_ref().map(|s| s.schema)
    }

    /// Whether both sides have a schema (neither added nor removed).
    pub fn both_sides(&self) -> bool {
        self.base.is_some() && self.head.is_some()
    }

    /// Pointer to the base schema.
    pub fn base_at(&self) -> Option<&str> {
        self.base.as_ref().map(|s| s.at.as_str())
    }

    /// Pointer to the head schema.
    pub fn head_at(&self) -> Option<&str> {
        self.head.as_ref().map(|s| s.at.as_str())
    }

    fn is_empty(&self) -> bool {
        !self.changed(Reach::Anything)
    }

    /// Whether anything changed beyond annotations (title, description, default, examples,
    /// externalDocs, `$comment`): whether the two schemas may accept different instances.
    pub fn changes_validation(&self) -> bool {
        self.changed(Reach::Validation)
    }

    /// Whether something within `reach` changed, here or (for [`Reach::Validation`]) in the
    /// sub-schema diffs below. Every field is named, without `..`: a field added to
    /// `SchemaDiff` does not compile until it is sorted here.
    fn changed(&self, reach: Reach) -> bool {
        let SchemaDiff {
            base: _,
            head: _,
            added,
            deleted,
            circular,
            extensions,
            one_of,
            any_of,
            all_of,
            prefix_items,
            not,
            types,
            format,
            enum_values,
            default,
            const_value,
            nullable,
            read_only,
            write_only,
            deprecated,
            minimum,
            maximum,
            exclusive_minimum,
            exclusive_maximum,
            min_length,
            max_length,
            min_items,
            max_items,
            min_contains,
            max_contains,
            pattern,
            items,
            required,
            properties,
            additional_properties,
            discriminator,
            contains,
            pattern_properties,
            dependent_schemas,
            property_names,
            unevaluated_items,
            unevaluated_properties,
            if_schema,
            then_schema,
            else_schema,
            dependent_required,
            content_media_type,
            content_encoding,
            content_schema,
            defs,
            list_of_types,
            one_of_wrapping,
            nullable_wrapping,
            annotations_changed,
            other_changed,
        } = self;
        let validation = reach == Reach::Validation;
        // A sub-schema diff exists only when something in it changed; for validation, what
        // changed must itself be more than annotations.
        let child = |c: &Child<'a>| {
            c.as_ref()
                .is_some_and(|d| !validation || d.changes_validation())
        };
        let subs = |s: &Option<Subschemas<'a>>| {
            s.as_ref().is_some_and(|s| {
                !validation
                    || !s.added.is_empty()
                    || !s.deleted.is_empty()
                    || s.modified.iter().any(|m| m.diff.changes_validation())
            })
        };
        let map = |m: &Option<SchemasDiff<'a>>| {
            m.as_ref().is_some_and(|m| {
                !validation
                    || !m.added.is_empty()
                    || !m.deleted.is_empty()
                    || m.modified.iter().any(|(_, d)| d.changes_validation())
            })
        };
        let annotations = default.is_some() || *annotations_changed;
        (!validation && annotations)
            || *added
            || *deleted
            || *circular
            || *other_changed
            || extensions.is_some()
            || types.is_some()
            || format.is_some()
            || enum_values.is_some()
            || const_value.is_some()
            || nullable.is_some()
            || read_only.is_some()
            || write_only.is_some()
            || deprecated.is_some()
            || minimum.is_some()
            || maximum.is_some()
            || exclusive_minimum.is_some()
            || exclusive_maximum.is_some()
            || min_length.is_some()
            || max_length.is_some()
            || min_items.is_some()
            || max_items.is_some()
            || min_contains.is_some()
            || max_contains.is_some()
            || pattern.is_some()
            || required.is_some()
            || discriminator.is_some()
            || dependent_required.is_some()
            || content_media_type.is_some()
            || content_encoding.is_some()
            || list_of_types.is_some()
            || one_of_wrapping.is_some()
            || nullable_wrapping.is_some()
            || [one_of, any_of, all_of, prefix_items].into_iter().any(subs)
            || [
                not,
                items,
                additional_properties,
                contains,
                property_names,
                unevaluated_items,
                unevaluated_properties,
                if_schema,
                then_schema,
                else_schema,
                content_schema,
            ]
            .into_iter()
            .any(child)
            || [properties, pattern_properties, dependent_schemas, defs]
                .into_iter()
                .any(map)
    }
}

/// What [`SchemaDiff::changed`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Any change, annotations included.
    Anything,
    /// Changes to which instances the schema accepts.
    Validation,
}

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doc {
    /// The base (old) document.
    Base,
    /// The head (new) document.
    Head,
}

/// Compares schemas of one document pair, with a cache and the stack of references being
/// followed on each side.
pub struct Differ<'a> {
    base_doc: &'a Value,
    head_doc: &'a Value,
    options: &'a Options,
    cache: AddressMap<(usize, usize, Hidden, Hidden), Child<'a>>,
    /// Results for pairs of `$ref`s, by the references as written: the bodies of many
    /// operations name the same components, each with a `$ref` object of its own. (Equal
    /// references reach the same target: loading made every reference local.)
    by_reference: HashMap<(&'a str, &'a str, Hidden, Hidden), Child<'a>>,
    base_stack: Vec<&'a str>,
    head_stack: Vec<&'a str>,
    /// Schemas being compared, counting those of the differs this one runs inside.
    depth: usize,
    /// Whether a comparison reached [`MAX_NESTING`] and compared the rest as written.
    gave_up: bool,
    same: Sameness<'a>,
}

/// How deep schemas (inline or through references) are compared. The comparison recurses, and
/// a chain of references can be as long as a document likes; below this depth two schemas are
/// compared as written. Real documents nest a few dozen levels.
pub const MAX_NESTING: usize = 1000;

impl<'a> Differ<'a> {
    /// A differ for schemas of `base_doc` and `head_doc`, comparing as `options` say.
    pub fn new(base_doc: &'a Value, head_doc: &'a Value, options: &'a Options) -> Self {
        Self {
            base_doc,
            head_doc,
            options,
            cache: AddressMap::default(),
            by_reference: HashMap::new(),
            base_stack: Vec::new(),
            head_stack: Vec::new(),
            depth: 0,
            gave_up: false,
            same: Sameness::new(base_doc, head_doc),
        }
    }

    /// The options of the run.
    pub fn options(&self) -> &'a Options {
        self.options
    }

    /// Two sets of extensions compared, leaving out those the options exclude.
    pub fn extensions_diff<I, J>(&self, base: I, head: J) -> Option<KeysDiff<'a>>
    where
        I: Iterator<Item = (&'a String, &'a Value)> + Clone,
        J: Iterator<Item = (&'a String, &'a Value)> + Clone,
    {
        let compared = |(name, _): &(&'a String, &'a Value)| self.options.compares_extension(name);
        KeysDiff::of(base.filter(compared), head.filter(compared))
    }

    /// The `x-...` entries of two OpenAPI objects (not schemas: see `Schema::extensions`)
    /// compared, leaving out those the options exclude.
    pub fn x_diff(
        &self,
        base: &'a Map<String, Value>,
        head: &'a Map<String, Value>,
    ) -> Option<KeysDiff<'a>> {
        self.extensions_diff(x_entries(base), x_entries(head))
    }

    /// Whether schemas nested deeper than [`MAX_NESTING`] were compared as written, so that
    /// changes below that depth may have gone unseen.
    pub fn gave_up(&self) -> bool {
        self.gave_up || self.same.gave_up()
    }

    /// The base document.
    pub fn base_doc(&self) -> &'a Value {
        self.base_doc
    }

    /// The head document.
    pub fn head_doc(&self) -> &'a Value {
        self.head_doc
    }

    /// Whether two values are the same JSON, references compared by name and target.
    pub fn same(&mut self, base: &'a Value, head: &'a Value) -> bool {
        self.same.same(base, head)
    }

    /// The document `doc` stands for.
    pub fn doc(&self, doc: Doc) -> &'a Value {
        match doc {
            Doc::Base => self.base_doc,
            Doc::Head => self.head_doc,
        }
    }

    /// Whether schema `a` (in document `a_doc`) and schema `b` (in `b_doc`) accept the same
    /// instances: a fresh comparison, not influenced by references being followed, that
    /// ignores annotations.
    pub fn equivalent(&self, a: Site<'a, '_>, a_doc: Doc, b: Site<'a, '_>, b_doc: Doc) -> bool {
        let mut fresh = Differ::new(self.doc(a_doc), self.doc(b_doc), self.options);
        fresh.depth = self.depth;
        fresh
            .compare(Some(a), Some(b))
            .is_none_or(|d| !d.changes_validation())
    }

    /// Whether schema `site` (in document `doc`) accepts everything, like `{}`: it has no
    /// validation keyword.
    pub fn accepts_anything(&self, site: Site<'a, '_>, doc: Doc) -> bool {
        static EMPTY: LazyLock<Value> = LazyLock::new(|| Value::Object(Map::new()));
        self.equivalent(Site::new(&EMPTY, String::new()), doc, site, doc)
    }

    /// What changed from `base` to `head` (either may be absent); `None` when nothing did.
    pub fn compare(&mut self, base: Option<Site<'a, '_>>, head: Option<Site<'a, '_>>) -> Child<'a> {
        let (base, head) = match (base, head) {
            (None, None) => return None,
            (None, Some(_)) => {
                return Some(Rc::new(SchemaDiff {
                    added: true,
                    ..SchemaDiff::default()
                }));
            }
            (Some(_), None) => {
                return Some(Rc::new(SchemaDiff {
                    deleted: true,
                    ..SchemaDiff::default()
                }));
            }
            (Some(b), Some(h)) => (b, h),
        };
        let key = (
            address(base.value),
            address(head.value),
            base.hidden,
            head.hidden,
        );
        if let Some(cached) = self.cache.get(&key) {
            return cached.clone();
        }
        let reference = |site: &Site<'a, '_>| site.value.get("$ref").and_then(Value::as_str);
        let reference_key = reference(&base)
            .zip(reference(&head))
            .map(|(b, h)| (b, h, base.hidden, head.hidden));
        if let Some(cached) = reference_key.and_then(|k| self.by_reference.get(&k)) {
            return cached.clone();
        }
        let result = self.compare_uncached(base, head);
        self.cache.insert(key, result.clone());
        if let Some(reference_key) = reference_key {
            self.by_reference.insert(reference_key, result.clone());
        }
        result
    }

    /// The sub-schemas `key` of two objects (`base` at `base_at`, `head` at `head_at`; either may
    /// lack one) compared.
    pub fn compare_key(
        &mut self,
        (base, base_at): (&'a Value, &str),
        (head, head_at): (&'a Value, &str),
        key: &str,
    ) -> Child<'a> {
        self.compare(
            base.get(key).map(|s| Site::key(s, base_at, key)),
            head.get(key).map(|s| Site::key(s, head_at, key)),
        )
    }

    fn resolve(doc: &'a Value, site: &Site<'a, '_>) -> Side<'a> {
        let reference = site.value.get("$ref").and_then(Value::as_str);
        let (value, at) = match reference {
            Some(_) => {
                let resolved = revolv3_oas::resolve(doc, site.value, "");
                (resolved.value, resolved.pointer)
            }
            None => (site.value, site.pointer()),
        };
        Side {
            schema: Schema::new(value).hiding(site.hidden),
            value,
            at,
            reference,
        }
    }

    fn compare_uncached(&mut self, base: Site<'a, '_>, head: Site<'a, '_>) -> Child<'a> {
        let plain = base.hidden == Hidden::NONE && head.hidden == Hidden::NONE;
        let reference = |site: &Site<'a, '_>| site.value.get("$ref").and_then(Value::as_str);
        let (base_ref, head_ref) = (reference(&base), reference(&head));
        let back_in_base = base_ref.is_some_and(|r| self.base_stack.contains(&r));
        let back_in_head = head_ref.is_some_and(|r| self.head_stack.contains(&r));
        let too_deep = self.depth >= MAX_NESTING;
        self.gave_up |= too_deep;
        if too_deep && json_eq(base.value, head.value) {
            return None;
        }
        if back_in_base || back_in_head || too_deep {
            if back_in_base && back_in_head && base_ref == head_ref {
                return None;
            }
            return Some(Rc::new(SchemaDiff {
                base: Some(Self::resolve(self.base_doc, &base)),
                head: Some(Self::resolve(self.head_doc, &head)),
                circular: true,
                ..SchemaDiff::default()
            }));
        }
        if plain && self.same(base.value, head.value) {
            return None;
        }
        let base = Self::resolve(self.base_doc, &base);
        let head = Self::resolve(self.head_doc, &head);
        let pushed = (base.reference, head.reference);
        if let Some(r) = pushed.0 {
            self.base_stack.push(r);
        }
        if let Some(r) = pushed.1 {
            self.head_stack.push(r);
        }
        self.depth += 1;
        let diff = self.keywords(base, head);
        self.depth -= 1;
        if pushed.0.is_some() {
            self.base_stack.pop();
        }
        if pushed.1.is_some() {
            self.head_stack.pop();
        }
        (!diff.is_empty()).then(|| Rc::new(diff))
    }

    fn child(
        &mut self,
        base: &Side<'a>,
        head: &Side<'a>,
        key: &str,
        pick: fn(Schema<'a>) -> Option<&'a Value>,
    ) -> Child<'a> {
        let b = pick(base.schema).map(|v| Site::key(v, &base.at, key));
        let h = pick(head.schema).map(|v| Site::key(v, &head.at, key));
        self.compare(b, h)
    }

    fn schemas(
        &mut self,
        base: &Side<'a>,
        head: &Side<'a>,
        key: &str,
        pick: fn(Schema<'a>) -> Option<&'a Map<String, Value>>,
    ) -> Option<SchemasDiff<'a>> {
        let (b, h) = (pick(base.schema), pick(head.schema));
        if b.is_none() && h.is_none() {
            return None;
        }
        let mut diff = SchemasDiff::default();
        for (name, value) in b.into_iter().flatten() {
            match h.and_then(|h| h.get(name)) {
                Some(other) => {
                    let bs = Site::key_name(value, &base.at, key, name);
                    let hs = Site::key_name(other, &head.at, key, name);
                    if let Some(d) = self.compare(Some(bs), Some(hs)) {
                        diff.modified.push((name.as_str(), d));
                    }
                }
                None => diff.deleted.push(name.as_str()),
            }
        }
        for name in h.into_iter().flatten().map(|(k, _)| k) {
            if b.is_none_or(|b| !b.contains_key(name)) {
                diff.added.push(name.as_str());
            }
        }
        (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
            .then_some(diff)
    }

    fn bool_or_schema(
        &mut self,
        base: &Side<'a>,
        head: &Side<'a>,
        key: &str,
        pick: fn(Schema<'a>) -> Option<BoolOrSchema<'a>>,
        other_changed: &mut bool,
    ) -> Child<'a> {
        let flag = |s: Option<BoolOrSchema<'a>>| match s {
            Some(BoolOrSchema::Bool(b)) => Some(b),
            _ => None,
        };
        let schema = |s: Option<BoolOrSchema<'a>>| match s {
            Some(BoolOrSchema::Schema(v)) => Some(v),
            _ => None,
        };
        let (b, h) = (pick(base.schema), pick(head.schema));
        *other_changed |= flag(b) != flag(h);
        let bs = schema(b).map(|v| Site::key(v, &base.at, key));
        let hs = schema(h).map(|v| Site::key(v, &head.at, key));
        self.compare(bs, hs)
    }

    fn keywords(&mut self, base: Side<'a>, head: Side<'a>) -> SchemaDiff<'a> {
        let (b, h) = (base.schema, head.schema);
        let mut other_changed = false;
        let mut diff = SchemaDiff {
            extensions: self.extensions_diff(b.extensions(), h.extensions()),
            one_of: subschemas::compare(self, &base, &head, "oneOf", Schema::one_of),
            any_of: subschemas::compare(self, &base, &head, "anyOf", Schema::any_of),
            all_of: subschemas::compare(self, &base, &head, "allOf", Schema::all_of),
            prefix_items: subschemas::compare(
                self,
                &base,
                &head,
                "prefixItems",
                Schema::prefix_items,
            ),
            not: self.child(&base, &head, "not", Schema::not),
            types: StringsDiff::of(&b.types(), &h.types()),
            format: Delta::of(b.format(), h.format()),
            enum_values: enum_diff(b.enum_values(), h.enum_values()),
            default: value_delta(b.default_value(), h.default_value()),
            const_value: value_delta(b.const_value(), h.const_value()),
            nullable: Delta::of(b.nullable(), h.nullable()),
            read_only: Delta::of(b.read_only(), h.read_only()),
            write_only: Delta::of(b.write_only(), h.write_only()),
            deprecated: Delta::of(b.deprecated(), h.deprecated()),
            minimum: Delta::of(b.minimum(), h.minimum()),
            maximum: Delta::of(b.maximum(), h.maximum()),
            exclusive_minimum: Delta::of(b.exclusive_minimum(), h.exclusive_minimum()),
            exclusive_maximum: Delta::of(b.exclusive_maximum(), h.exclusive_maximum()),
            min_length: Delta::of(b.min_length(), h.min_length()),
            max_length: Delta::of(b.max_length(), h.max_length()),
            min_items: Delta::of(b.min_items(), h.min_items()),
            max_items: Delta::of(b.max_items(), h.max_items()),
            min_contains: Delta::of(b.min_contains(), h.min_contains()),
            max_contains: Delta::of(b.max_contains(), h.max_contains()),
            pattern: Delta::of(b.pattern(), h.pattern()),
            items: self.child(&base, &head, "items", Schema::items),
            required: StringsDiff::of(
                &b.required().collect::<Vec<_>>(),
                &h.required().collect::<Vec<_>>(),
            ),
            properties: self.schemas(&base, &head, "properties", Schema::properties),
            additional_properties: self.bool_or_schema(
                &base,
                &head,
                "additionalProperties",
                Schema::additional_properties,
                &mut other_changed,
            ),
            discriminator: discriminator_diff(b.discriminator(), h.discriminator()),
            contains: self.child(&base, &head, "contains", Schema::contains),
            pattern_properties: self.schemas(
                &base,
                &head,
                "patternProperties",
                Schema::pattern_properties,
            ),
            dependent_schemas: self.schemas(
                &base,
                &head,
                "dependentSchemas",
                Schema::dependent_schemas,
            ),
            property_names: self.child(&base, &head, "propertyNames", Schema::property_names),
            unevaluated_items: self.bool_or_schema(
                &base,
                &head,
                "unevaluatedItems",
                Schema::unevaluated_items,
                &mut other_changed,
            ),
            unevaluated_properties: self.bool_or_schema(
                &base,
                &head,
                "unevaluatedProperties",
                Schema::unevaluated_properties,
                &mut other_changed,
            ),
            if_schema: self.child(&base, &head, "if", Schema::if_schema),
            then_schema: self.child(&base, &head, "then", Schema::then_schema),
            else_schema: self.child(&base, &head, "else", Schema::else_schema),
            dependent_required: dependent_required_diff(
                b.dependent_required(),
                h.dependent_required(),
            ),
            content_media_type: Delta::of(b.content_media_type(), h.content_media_type()),
            content_encoding: Delta::of(b.content_encoding(), h.content_encoding()),
            content_schema: self.child(&base, &head, "contentSchema", Schema::content_schema),
            defs: self.schemas(&base, &head, "$defs", Schema::defs),
            list_of_types: shapes::list_of_types(self, b, h),
            one_of_wrapping: shapes::one_of_wrapping(self, b, h),
            nullable_wrapping: shapes::nullable_wrapping(self, &base, &head),
            annotations_changed: [
                "title",
                "description",
                "example",
                "externalDocs",
                "examples",
                "$comment",
            ]
            .into_iter()
            .any(|k| differs(b.get(k), h.get(k))),
            ..SchemaDiff::default()
        };
        other_changed |= ["uniqueItems", "allowEmptyValue"].into_iter().any(|k| {
            b.get(k).and_then(Value::as_bool).unwrap_or(false)
                != h.get(k).and_then(Value::as_bool).unwrap_or(false)
        }) || ["minProperties"].into_iter().any(|k| {
            b.get(k).and_then(Value::as_u64).unwrap_or(0)
                != h.get(k).and_then(Value::as_u64).unwrap_or(0)
        }) || [
            "xml",
            "multipleOf",
            "maxProperties",
            "$id",
            "$anchor",
            "$dynamicRef",
            "$dynamicAnchor",
            "$schema",
        ]
        .into_iter()
        .any(|k| differs(b.get(k), h.get(k)));
        diff.other_changed = other_changed;
        diff.base = Some(base);
        diff.head = Some(head);
        diff
    }
}

fn enum_diff<'a>(base: Option<&'a [Value]>, head: Option<&'a [Value]>) -> Option<EnumDiff<'a>> {
    let contains = |list: Option<&'a [Value]>, v: &Value| {
        list.is_some_and(|l| l.iter().any(|w| json_eq(v, w)))
    };
    let diff = EnumDiff {
        enum_added: base.is_none() && head.is_some(),
        added: head
            .into_iter()
            .flatten()
            .filter(|v| !contains(base, v))
            .collect(),
        deleted: base
            .into_iter()
            .flatten()
            .filter(|v| !contains(head, v))
            .collect(),
    };
    (!diff.added.is_empty() || !diff.deleted.is_empty()).then_some(diff)
}

fn discriminator_diff<'a>(
    base: Option<&'a Map<String, Value>>,
    head: Option<&'a Map<String, Value>>,
) -> Option<DiscriminatorDiff<'a>> {
    let (b, h) = match (base, head) {
        (None, None) => return None,
        (None, Some(_)) => {
            return Some(DiscriminatorDiff {
                added: true,
                ..DiscriminatorDiff::default()
            });
        }
        (Some(_), None) => {
            return Some(DiscriminatorDiff {
                deleted: true,
                ..DiscriminatorDiff::default()
            });
        }
        (Some(b), Some(h)) => (b, h),
    };
    let name =
        |m: &'a Map<String, Value>| m.get("propertyName").and_then(Value::as_str).unwrap_or("");
    let mapping = |m: &'a Map<String, Value>| -> Vec<(&'a str, &'a str)> {
        m.get("mapping")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or("")))
            .collect()
    };
    let (bm, hm) = (mapping(b), mapping(h));
    let lookup = |list: &[(&'a str, &'a str)], key: &str| {
        list.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    };
    let diff = DiscriminatorDiff {
        property_name: Delta::of(name(b), name(h)),
        mapping_added: hm
            .iter()
            .filter(|(k, _)| lookup(&bm, k).is_none())
            .map(|(k, _)| *k)
            .collect(),
        mapping_deleted: bm
            .iter()
            .filter(|(k, _)| lookup(&hm, k).is_none())
            .map(|(k, _)| *k)
            .collect(),
        mapping_changed: bm
            .iter()
            .filter_map(|(k, from)| {
                lookup(&hm, k)
                    .filter(|to| to != from)
                    .map(|to| (*k, *from, to))
            })
            .collect(),
        other_changed: KeysDiff::of(
            b.iter()
                .filter(|(k, _)| k.as_str() != "propertyName" && k.as_str() != "mapping"),
            h.iter()
                .filter(|(k, _)| k.as_str() != "propertyName" && k.as_str() != "mapping"),
        )
        .is_some(),
        ..DiscriminatorDiff::default()
    };
    let changed = diff.property_name.is_some()
        || !diff.mapping_added.is_empty()
        || !diff.mapping_deleted.is_empty()
        || !diff.mapping_changed.is_empty()
        || diff.other_changed;
    changed.then_some(diff)
}

fn dependent_required_diff<'a>(
    base: Option<&'a Map<String, Value>>,
    head: Option<&'a Map<String, Value>>,
) -> Option<DependentRequiredDiff<'a>> {
    let names = |v: &'a Value| -> Vec<&'a str> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect()
    };
    let mut diff = DependentRequiredDiff::default();
    for (key, values) in head.into_iter().flatten() {
        match base.and_then(|b| b.get(key)) {
            None => diff.added.push((key.as_str(), names(values))),
            Some(old) => {
                if let Some(d) = StringsDiff::of(&names(old), &names(values)) {
                    diff.modified.push((key.as_str(), d));
                }
            }
        }
    }
    for (key, values) in base.into_iter().flatten() {
        if head.is_none_or(|h| !h.contains_key(key)) {
            diff.deleted.push((key.as_str(), names(values)));
        }
    }
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}
