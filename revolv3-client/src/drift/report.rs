//! What the drift report holds: findings, merged across responses.

use std::collections::BTreeSet;
use std::fmt;

use serde::{Deserialize, Serialize};

/// How a response differs from what the spec documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum DriftKind {
    /// A field the schema does not list.
    UndocumentedField,
    /// A value of another JSON type than documented (a string where an integer is).
    TypeMismatch,
    /// A value the schema's `enum` does not list.
    UnknownEnumValue,
    /// A required field that is absent.
    MissingRequiredField,
    /// A status the operation does not document.
    UndocumentedStatus,
}

impl DriftKind {
    /// The kind as it appears in events and reports: `undocumented-field`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UndocumentedField => "undocumented-field",
            Self::TypeMismatch => "type-mismatch",
            Self::UnknownEnumValue => "unknown-enum-value",
            Self::MissingRequiredField => "missing-required-field",
            Self::UndocumentedStatus => "undocumented-status",
        }
    }
}

impl fmt::Display for DriftKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A JSON type, as findings name them: `integer` is a number without a fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number without a fraction.
    Integer,
    /// A number with a fraction.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

impl JsonType {
    /// The type of `value`.
    pub fn of(value: &serde_json::Value) -> Self {
        use serde_json::Value;
        match value {
            Value::Null => Self::Null,
            Value::Bool(_) => Self::Boolean,
            Value::Number(n) if n.is_i64() || n.is_u64() => Self::Integer,
            Value::Number(_) => Self::Number,
            Value::String(_) => Self::String,
            Value::Array(_) => Self::Array,
            Value::Object(_) => Self::Object,
        }
    }

    /// The OpenAPI name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Null => "null",
            Self::Boolean => "boolean",
            Self::Integer => "integer",
            Self::Number => "number",
            Self::String => "string",
            Self::Array => "array",
            Self::Object => "object",
        }
    }
}

/// One way responses differed from the spec, with every response it was seen in merged in.
///
/// The fields after `detail` are for turning the report into spec corrections
/// (`cargo xtask drift overlay`). Unlike the tracing events, which never carry a value, they
/// include the one value a correction needs: the enum value the spec does not list
/// (`value`). Keep a saved report as you would keep a log of response bodies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DriftFinding {
    /// The operation id (the client's method name, as in the `revolv3.request` span).
    pub operation: String,
    /// The response status.
    pub status: u16,
    /// What kind of difference.
    pub kind: DriftKind,
    /// JSON pointer into the response body where it was first seen (`""` for the whole body).
    pub pointer: String,
    /// What differs, naming JSON types and field names, never values.
    pub detail: String,
    /// JSON pointer into the spec (upstream's document, after the overlay) of the schema the
    /// finding is about: the object schema missing a property, the enum, the mismatched
    /// schema; for `undocumented-status`, the operation. A place an Overlay action can target.
    pub schema: String,
    /// The field concerned (undocumented or missing), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// The enum value the schema does not list (`unknown-enum-value` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<serde_json::Value>,
    /// The JSON types the value had, over every occurrence (`null` among them when it was
    /// seen null).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub observed: BTreeSet<JsonType>,
    /// How many times it was seen.
    pub count: u64,
}

impl DriftFinding {
    /// Whether `other` is the same difference (possibly seen elsewhere), so the two merge.
    fn same_as(&self, other: &DriftFinding) -> bool {
        (
            &self.operation,
            self.status,
            self.kind,
            &self.schema,
            &self.field,
            &self.value,
        ) == (
            &other.operation,
            other.status,
            other.kind,
            &other.schema,
            &other.field,
            &other.value,
        )
    }
}

/// Findings accumulated since the report was last taken; serializes as
/// `{"findings": [DriftFinding, …]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DriftReport {
    /// Each distinct finding once, in the order first seen.
    pub findings: Vec<DriftFinding>,
}

impl DriftReport {
    /// Whether nothing differed.
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    /// Adds `finding`, merging it into an earlier one that is the same difference.
    pub fn add(&mut self, finding: DriftFinding) {
        match self.findings.iter_mut().find(|f| f.same_as(&finding)) {
            Some(earlier) => {
                earlier.count += finding.count;
                earlier.observed.extend(finding.observed);
            }
            None => self.findings.push(finding),
        }
    }

    /// Adds every finding of `other`.
    pub fn merge(&mut self, other: DriftReport) {
        for finding in other.findings {
            self.add(finding);
        }
    }
}
