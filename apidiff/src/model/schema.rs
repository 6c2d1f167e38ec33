//! A schema object read the way oasdiff's loader (kin-openapi) reads it: absent keywords take
//! that loader's defaults (`minLength` 0, `readOnly` false, ...), a `type` may be one name or
//! (3.1) a list, and keywords the loader does not know are extensions.

use serde_json::{Map, Value};

/// Keywords a [`Schema`] can be told to ignore, to compare a schema with part of another
/// (the non-null branch of a nullable wrapper, an array item against a scalar).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Hidden(u8);

impl Hidden {
    /// Nothing hidden.
    pub const NONE: Hidden = Hidden(0);
    /// `type`.
    pub const TYPE: Hidden = Hidden(1);
    /// `oneOf`.
    pub const ONE_OF: Hidden = Hidden(2);
    /// `nullable`.
    pub const NULLABLE: Hidden = Hidden(4);

    /// Both sets.
    pub const fn with(self, other: Hidden) -> Hidden {
        Hidden(self.0 | other.0)
    }

    fn hides(self, key: &str) -> bool {
        (self.0 & Hidden::TYPE.0 != 0 && key == "type")
            || (self.0 & Hidden::ONE_OF.0 != 0 && key == "oneOf")
            || (self.0 & Hidden::NULLABLE.0 != 0 && key == "nullable")
    }
}

/// The keywords kin-openapi reads into fields; every other key is an extension.
const KNOWN: [&str; 61] = [
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "type",
    "title",
    "format",
    "description",
    "enum",
    "default",
    "example",
    "externalDocs",
    "uniqueItems",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "nullable",
    "readOnly",
    "writeOnly",
    "allowEmptyValue",
    "deprecated",
    "xml",
    "minimum",
    "maximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "items",
    "required",
    "properties",
    "minProperties",
    "maxProperties",
    "additionalProperties",
    "discriminator",
    "const",
    "examples",
    "prefixItems",
    "contains",
    "minContains",
    "maxContains",
    "patternProperties",
    "dependentSchemas",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "if",
    "then",
    "else",
    "dependentRequired",
    "$defs",
    "$schema",
    "$comment",
    "$id",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];

/// An exclusive bound: a number (3.1) or a flag on `minimum`/`maximum` (3.0).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bound {
    /// `exclusiveMinimum: 5`.
    Number(f64),
    /// `exclusiveMinimum: true`.
    Flag(bool),
}

impl Bound {
    /// The number, for comparisons (a flag has none).
    pub fn number(self) -> Option<f64> {
        match self {
            Bound::Number(n) => Some(n),
            Bound::Flag(_) => None,
        }
    }
}

/// A `true`/`false` keyword or a sub-schema (`additionalProperties`, `unevaluated*`).
#[derive(Debug, Clone, Copy)]
pub enum BoolOrSchema<'a> {
    /// `additionalProperties: false`.
    Bool(bool),
    /// `additionalProperties: {...}`.
    Schema(&'a Value),
}

/// A resolved schema object (or the empty schema `{}`), with some keywords possibly hidden.
#[derive(Debug, Clone, Copy)]
pub struct Schema<'a> {
    map: Option<&'a Map<String, Value>>,
    hidden: Hidden,
}

impl<'a> Schema<'a> {
    /// The schema `value` (a non-object reads as the empty schema).
    pub fn new(value: &'a Value) -> Self {
        Self {
            map: value.as_object(),
            hidden: Hidden::NONE,
        }
    }

    /// The same schema with `hidden` keywords read as absent.
    pub fn hiding(self, hidden: Hidden) -> Self {
        Self {
            hidden: self.hidden.with(hidden),
            ..self
        }
    }

    /// Which keywords are hidden.
    pub fn hidden(self) -> Hidden {
        self.hidden
    }

    /// The value of `key`, unless hidden.
    pub fn get(self, key: &str) -> Option<&'a Value> {
        if self.hidden.hides(key) {
            return None;
        }
        self.map?.get(key)
    }

    fn str_of(self, key: &str) -> &'a str {
        self.get(key).and_then(Value::as_str).unwrap_or("")
    }

    fn flag(self, key: &str) -> bool {
        self.get(key).and_then(Value::as_bool).unwrap_or(false)
    }

    fn count(self, key: &str) -> Option<u64> {
        self.get(key).and_then(Value::as_u64)
    }

    fn list(self, key: &str) -> &'a [Value] {
        self.get(key)
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    }

    fn sub_map(self, key: &str) -> Option<&'a Map<String, Value>> {
        self.get(key).and_then(Value::as_object)
    }

    /// A single sub-schema; booleans and other non-objects read as absent.
    fn child(self, key: &str) -> Option<&'a Value> {
        self.get(key).filter(|v| v.is_object())
    }

    /// The type names: `type: string` is `["string"]`, a 3.1 list is itself, none is `[]`.
    pub fn types(self) -> Vec<&'a str> {
        match self.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// `title` (`""` when absent).
    pub fn title(self) -> &'a str {
        self.str_of("title")
    }
    /// `format` (`""` when absent).
    pub fn format(self) -> &'a str {
        self.str_of("format")
    }
    /// `pattern` (`""` when absent).
    pub fn pattern(self) -> &'a str {
        self.str_of("pattern")
    }
    /// `contentMediaType` (`""` when absent).
    pub fn content_media_type(self) -> &'a str {
        self.str_of("contentMediaType")
    }
    /// `contentEncoding` (`""` when absent).
    pub fn content_encoding(self) -> &'a str {
        self.str_of("contentEncoding")
    }
    /// `enum`, when present (possibly empty).
    pub fn enum_values(self) -> Option<&'a [Value]> {
        self.get("enum")
            .and_then(Value::as_array)
            .map(Vec::as_slice)
    }
    /// `default`; `null` reads as absent, as in a Go `any`.
    pub fn default_value(self) -> Option<&'a Value> {
        self.get("default").filter(|v| !v.is_null())
    }
    /// `const`; `null` reads as absent.
    pub fn const_value(self) -> Option<&'a Value> {
        self.get("const").filter(|v| !v.is_null())
    }
    /// `nullable`.
    pub fn nullable(self) -> bool {
        self.flag("nullable")
    }
    /// `readOnly`.
    pub fn read_only(self) -> bool {
        self.flag("readOnly")
    }
    /// `writeOnly`.
    pub fn write_only(self) -> bool {
        self.flag("writeOnly")
    }
    /// `deprecated`.
    pub fn deprecated(self) -> bool {
        self.flag("deprecated")
    }
    /// `minimum`.
    pub fn minimum(self) -> Option<f64> {
        self.get("minimum").and_then(Value::as_f64)
    }
    /// `maximum`.
    pub fn maximum(self) -> Option<f64> {
        self.get("maximum").and_then(Value::as_f64)
    }
    /// `exclusiveMinimum`.
    pub fn exclusive_minimum(self) -> Option<Bound> {
        bound(self.get("exclusiveMinimum"))
    }
    /// `exclusiveMaximum`.
    pub fn exclusive_maximum(self) -> Option<Bound> {
        bound(self.get("exclusiveMaximum"))
    }
    /// `minLength` (0 when absent).
    pub fn min_length(self) -> u64 {
        self.count("minLength").unwrap_or(0)
    }
    /// `maxLength`.
    pub fn max_length(self) -> Option<u64> {
        self.count("maxLength")
    }
    /// `minItems` (0 when absent).
    pub fn min_items(self) -> u64 {
        self.count("minItems").unwrap_or(0)
    }
    /// `maxItems`.
    pub fn max_items(self) -> Option<u64> {
        self.count("maxItems")
    }
    /// `minContains`.
    pub fn min_contains(self) -> Option<u64> {
        self.count("minContains")
    }
    /// `maxContains`.
    pub fn max_contains(self) -> Option<u64> {
        self.count("maxContains")
    }
    /// `items`.
    pub fn items(self) -> Option<&'a Value> {
        self.child("items")
    }
    /// `not`.
    pub fn not(self) -> Option<&'a Value> {
        self.child("not")
    }
    /// `contains`.
    pub fn contains(self) -> Option<&'a Value> {
        self.child("contains")
    }
    /// `propertyNames`.
    pub fn property_names(self) -> Option<&'a Value> {
        self.child("propertyNames")
    }
    /// `if`.
    pub fn if_schema(self) -> Option<&'a Value> {
        self.child("if")
    }
    /// `then`.
    pub fn then_schema(self) -> Option<&'a Value> {
        self.child("then")
    }
    /// `else`.
    pub fn else_schema(self) -> Option<&'a Value> {
        self.child("else")
    }
    /// `contentSchema`.
    pub fn content_schema(self) -> Option<&'a Value> {
        self.child("contentSchema")
    }
    /// `oneOf` (empty when absent).
    pub fn one_of(self) -> &'a [Value] {
        self.list("oneOf")
    }
    /// `anyOf` (empty when absent).
    pub fn any_of(self) -> &'a [Value] {
        self.list("anyOf")
    }
    /// `allOf` (empty when absent).
    pub fn all_of(self) -> &'a [Value] {
        self.list("allOf")
    }
    /// `prefixItems` (empty when absent).
    pub fn prefix_items(self) -> &'a [Value] {
        self.list("prefixItems")
    }
    /// `required` (non-strings skipped).
    pub fn required(self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.list("required").iter().filter_map(Value::as_str)
    }
    /// Whether `name` is in `required`.
    pub fn requires(self, name: &str) -> bool {
        self.required().any(|r| r == name)
    }
    /// `properties`.
    pub fn properties(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("properties")
    }
    /// The property `name`, unresolved.
    pub fn property(self, name: &str) -> Option<&'a Value> {
        self.properties()?.get(name)
    }
    /// `patternProperties`.
    pub fn pattern_properties(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("patternProperties")
    }
    /// `dependentSchemas`.
    pub fn dependent_schemas(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("dependentSchemas")
    }
    /// `$defs`.
    pub fn defs(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("$defs")
    }
    /// `dependentRequired`.
    pub fn dependent_required(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("dependentRequired")
    }
    /// `discriminator`.
    pub fn discriminator(self) -> Option<&'a Map<String, Value>> {
        self.sub_map("discriminator")
    }
    /// `additionalProperties`.
    pub fn additional_properties(self) -> Option<BoolOrSchema<'a>> {
        bool_or_schema(self.get("additionalProperties"))
    }
    /// `unevaluatedItems`.
    pub fn unevaluated_items(self) -> Option<BoolOrSchema<'a>> {
        bool_or_schema(self.get("unevaluatedItems"))
    }
    /// `unevaluatedProperties`.
    pub fn unevaluated_properties(self) -> Option<BoolOrSchema<'a>> {
        bool_or_schema(self.get("unevaluatedProperties"))
    }

    /// The keys kin-openapi keeps as extensions (`x-...` and anything it does not know).
    pub fn extensions(self) -> impl Iterator<Item = (&'a String, &'a Value)> + Clone + use<'a> {
        let hidden = self.hidden;
        self.map.into_iter().flatten().filter(move |(k, _)| {
            !hidden.hides(k) && k.as_str() != "$ref" && !KNOWN.contains(&k.as_str())
        })
    }

    /// The extension `key`.
    pub fn extension(self, key: &str) -> Option<&'a Value> {
        self.get(key)
    }
}

fn bound(value: Option<&Value>) -> Option<Bound> {
    match value? {
        Value::Bool(b) => Some(Bound::Flag(*b)),
        v => v.as_f64().map(Bound::Number),
    }
}

fn bool_or_schema(value: Option<&Value>) -> Option<BoolOrSchema<'_>> {
    match value? {
        Value::Bool(b) => Some(BoolOrSchema::Bool(*b)),
        v @ Value::Object(_) => Some(BoolOrSchema::Schema(v)),
        _ => None,
    }
}
