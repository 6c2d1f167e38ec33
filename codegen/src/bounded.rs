//! Range-checked integers.
//!
//! typify maps an integer with `minimum: 1` to `NonZeroU64` and drops any `maximum` (its own
//! TODO: "we could construct a type that itself enforces the various bounds"). Revolv3's ids are
//! `1..=1000000000`, and a value outside must be refused before a request is sent. Each integer
//! schema with both bounds is therefore mapped, through progenitor's schema conversions, to
//! `revolv3_client::Bounded<MIN, MAX>`, whose `TryFrom` checks the range.

use std::collections::BTreeSet;
use std::convert::Infallible;

use progenitor::TypeImpl;
use revolv3_oas::schema_walk::for_each_schema;
use schemars::schema::{InstanceType, NumberValidation, SchemaObject, SingleOrVec};
use serde_json::Value;

/// One bounded integer schema found in the document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct BoundedInteger {
    /// `format` as written (`int32`, `int64`, …), which takes part in schema matching.
    pub format: Option<String>,
    /// Inclusive lower bound.
    pub min: i64,
    /// Inclusive upper bound.
    pub max: i64,
}

impl BoundedInteger {
    /// The schema progenitor hands typify for this integer, minus metadata (which typify ignores
    /// when matching conversions).
    pub fn schema(&self) -> SchemaObject {
        SchemaObject {
            instance_type: Some(SingleOrVec::Single(Box::new(InstanceType::Integer))),
            format: self.format.clone(),
            number: Some(Box::new(NumberValidation {
                minimum: Some(self.min as f64),
                maximum: Some(self.max as f64),
                ..Default::default()
            })),
            ..Default::default()
        }
    }

    /// The Rust type the schema becomes.
    pub fn rust_type(&self) -> String {
        format!(
            "{}<{}, {}>",
            crate::client_paths::BOUNDED,
            self.min,
            self.max
        )
    }

    /// The traits the type implements, which the generator relies on (path parameters are
    /// rendered with `Display`).
    pub fn impls() -> impl Iterator<Item = TypeImpl> {
        [TypeImpl::Display, TypeImpl::FromStr].into_iter()
    }
}

/// Every distinct integer schema in `doc` with both an inclusive `minimum` and `maximum` and
/// nothing else that would change its Rust type (nullable, enum, exclusive bounds, multipleOf,
/// extensions).
pub fn find_bounded_integers(doc: &Value) -> BTreeSet<BoundedInteger> {
    let mut found = BTreeSet::new();
    let Ok(()) = for_each_schema::<Infallible>(doc, &mut |schema, _| {
        found.extend(as_bounded(schema));
        Ok(())
    });
    found
}

const PLAIN_KEYS: [&str; 7] = [
    "type",
    "format",
    "minimum",
    "maximum",
    "description",
    "title",
    "example",
];

fn as_bounded(map: &serde_json::Map<String, Value>) -> Option<BoundedInteger> {
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return None;
    }
    if !map.keys().all(|k| {
        PLAIN_KEYS.contains(&k.as_str()) || k == "readOnly" || k == "writeOnly" || k == "deprecated"
    }) {
        return None;
    }
    let min = map.get("minimum")?.as_i64()?;
    let max = map.get("maximum")?.as_i64()?;
    (min <= max).then(|| BoundedInteger {
        format: map.get("format").and_then(Value::as_str).map(str::to_owned),
        min,
        max,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn finds_integers_bounded_on_both_sides_only() {
        let doc = json!({ "components": { "schemas": {
            "a": { "type": "integer", "format": "int64", "minimum": 1, "maximum": 1000000000 },
            "b": { "type": "integer", "format": "int32", "minimum": 1, "maximum": 1000000000, "description": "id" },
            "c": { "type": "integer", "minimum": 0 },
            "d": { "type": "integer", "minimum": 1, "maximum": 5, "nullable": true },
            "e": { "type": "number", "minimum": 1, "maximum": 5 },
            "f": { "type": "integer", "minimum": 9, "maximum": 1 },
            "g": { "properties": { "x": { "type": "integer", "format": "int64", "minimum": 1, "maximum": 1000000000 } },
                   "example": { "type": "integer", "minimum": 2, "maximum": 3 } }
        }}});
        let found: Vec<_> = find_bounded_integers(&doc).into_iter().collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].rust_type(), "crate::Bounded<1, 1000000000>");
        assert_eq!(found[0].format.as_deref(), Some("int32"));
        assert_eq!(found[1].schema().number.unwrap().maximum, Some(1e9));
    }
}
