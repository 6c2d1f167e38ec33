//! Numeric `exclusiveMinimum`/`exclusiveMaximum` (JSON Schema 2020-12) → 3.0's boolean form.

use serde_json::{Map, Value};

/// Rewrites `exclusiveMinimum: n` as `minimum: n, exclusiveMinimum: true` (and the same for
/// the maximum), keeping whichever bound is stricter when an inclusive one is also given.
///
/// Why: in OpenAPI 3.0 the exclusive keywords are flags on `minimum`/`maximum`; progenitor
/// reads a number there as an error (`todo!` in typify without its bound).
pub fn lower_exclusive_bounds(schema: &mut Map<String, Value>) {
    for (exclusive, inclusive, stricter) in [
        ("exclusiveMinimum", "minimum", std::cmp::Ordering::Greater),
        ("exclusiveMaximum", "maximum", std::cmp::Ordering::Less),
    ] {
        let Some(limit) = schema.get(exclusive).and_then(Value::as_f64) else {
            continue;
        };
        let number = schema.remove(exclusive).unwrap_or(Value::Null);
        let inclusive_is_stricter = schema
            .get(inclusive)
            .and_then(Value::as_f64)
            .is_some_and(|bound| bound.total_cmp(&limit) == stricter);
        if !inclusive_is_stricter {
            schema.insert(inclusive.into(), number);
            schema.insert(exclusive.into(), Value::Bool(true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lowered(schema: Value) -> Value {
        crate::lower::applied(lower_exclusive_bounds, schema)
    }

    #[test]
    fn numbers_become_flagged_bounds_and_the_stricter_bound_wins() {
        assert_eq!(
            lowered(json!({ "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 100.5 })),
            json!({ "type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 100.5, "exclusiveMaximum": true })
        );
        assert_eq!(
            lowered(json!({ "exclusiveMinimum": 1, "minimum": 5 })),
            json!({ "minimum": 5 }),
            "x >= 5 already implies x > 1"
        );
        assert_eq!(
            lowered(json!({ "exclusiveMinimum": 5, "minimum": 1 })),
            json!({ "minimum": 5, "exclusiveMinimum": true })
        );
        let flagged = json!({ "minimum": 1, "exclusiveMinimum": true });
        assert_eq!(lowered(flagged.clone()), flagged, "3.0 form is left alone");
    }
}
