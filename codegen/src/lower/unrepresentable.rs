//! JSON Schema 2020-12 keywords that OpenAPI 3.0 has no form for: refused where they shape what
//! the client sends, dropped with a notice where dropping them cannot change what the client
//! sends or accepts.

use serde_json::{Map, Value};

use crate::error::{PipelineError, Result};
use crate::notice::{NoticeKind, Notices};
use crate::operations::OperationKey;
use crate::pointer;

/// Which way the data a schema describes travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Sent by the client: a request body or parameter, or a schema one of them reaches.
    Request,
    /// Only received by the client.
    Response,
}

/// Keywords that give data a shape 3.0 cannot write: tuples, conditional schemas, schemas for
/// properties by pattern or by dependency, dynamic references.
const SHAPE: [&str; 8] = [
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "patternProperties",
    "$dynamicRef",
    "$recursiveRef",
];

/// Keywords that only constrain valid values, without changing their shape.
const VALIDATION: [&str; 6] = [
    "dependentRequired",
    "contains",
    "minContains",
    "maxContains",
    "propertyNames",
    "$id",
];

/// Keywords that only annotate or identify a schema; dropping them changes nothing.
const ANNOTATION: [&str; 6] = [
    "$schema",
    "$anchor",
    "$dynamicAnchor",
    "$recursiveAnchor",
    "$vocabulary",
    "contentSchema",
];

/// Refuses or drops what 3.0 cannot say:
/// - a shape keyword (`prefixItems`, `if`/`then`/`else`, `dependentSchemas`,
///   `patternProperties`, `$dynamicRef`, and `unevaluatedProperties`/`unevaluatedItems` given
///   as a schema) is an error in a schema the client sends, and is dropped with a notice in a
///   schema it only receives: the client decodes responses leniently (unknown fields are kept
///   out, untyped values stay JSON), so it accepts the same documents without it;
/// - a validation keyword (`dependentRequired`, `contains`, `propertyNames`, boolean
///   `unevaluated*`, ...) is dropped with a notice: the generated types never checked it;
/// - identifiers and annotations (`$schema`, `$anchor`, ...) are dropped.
///
/// Why: progenitor 0.15 reads OpenAPI 3.0, which has none of these; left in place they would
/// be ignored without a word, so a request could be built that the spec forbids.
pub fn lower_unrepresentable(
    schema: &mut Map<String, Value>,
    at: &str,
    side: Side,
    operation: Option<&OperationKey>,
    notices: &mut Notices,
) -> Result<()> {
    for keyword in ANNOTATION {
        schema.remove(keyword);
    }
    for keyword in ["unevaluatedProperties", "unevaluatedItems"] {
        if schema.get(keyword).is_some_and(Value::is_object) {
            refuse_or_drop(schema, keyword, at, side, operation, notices)?;
        } else if schema.remove(keyword).is_some() {
            notices.push(
                NoticeKind::Dropped,
                pointer::push(at, keyword),
                operation,
                format!("`{keyword}` only constrains valid values and has no OpenAPI 3.0 form"),
            );
        }
    }
    for keyword in SHAPE {
        if schema.contains_key(keyword) {
            refuse_or_drop(schema, keyword, at, side, operation, notices)?;
        }
    }
    for keyword in VALIDATION {
        if schema.remove(keyword).is_some() {
            notices.push(
                NoticeKind::Dropped,
                pointer::push(at, keyword),
                operation,
                format!("`{keyword}` only constrains valid values and has no OpenAPI 3.0 form"),
            );
        }
    }
    Ok(())
}

fn refuse_or_drop(
    schema: &mut Map<String, Value>,
    keyword: &str,
    at: &str,
    side: Side,
    operation: Option<&OperationKey>,
    notices: &mut Notices,
) -> Result<()> {
    let where_ = pointer::push(at, keyword);
    match side {
        Side::Request => {
            let message = format!(
                "`{keyword}` has no OpenAPI 3.0 form, and this schema describes data the \
                 client sends: the generated type could build values the spec forbids"
            );
            Err(match operation {
                Some(op) => PipelineError::in_operation(op, where_, message),
                None => PipelineError::at(where_, message),
            })
        }
        Side::Response => {
            schema.remove(keyword);
            notices.push(
                NoticeKind::Dropped,
                where_,
                operation,
                format!(
                    "`{keyword}` has no OpenAPI 3.0 form; this schema is only received, and \
                     the client decodes it without that part"
                ),
            );
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(v: Value) -> Map<String, Value> {
        let Value::Object(m) = v else { unreachable!() };
        m
    }

    #[test]
    fn a_tuple_the_client_sends_is_refused_with_its_pointer_and_operation() {
        let mut schema = map(json!({ "type": "array", "prefixItems": [{ "type": "string" }] }));
        let e = lower_unrepresentable(
            &mut schema,
            "/paths/~1a/post/requestBody/content/application~1json/schema",
            Side::Request,
            OperationKey::parse("POST /a").as_ref(),
            &mut Notices::default(),
        )
        .unwrap_err();
        assert_eq!(
            e.pointer(),
            "/paths/~1a/post/requestBody/content/application~1json/schema/prefixItems"
        );
        assert_eq!(
            e.operation.map(|k| k.to_string()).as_deref(),
            Some("POST /a")
        );
    }

    #[test]
    fn what_the_client_only_receives_is_dropped_with_a_notice() {
        let mut schema = map(json!({
            "type": "object", "if": {}, "then": {}, "unevaluatedProperties": false,
            "dependentRequired": { "a": ["b"] }, "$schema": "x", "properties": {}
        }));
        let mut notices = Notices::default();
        lower_unrepresentable(
            &mut schema,
            "/components/schemas/R",
            Side::Response,
            None,
            &mut notices,
        )
        .unwrap();
        assert_eq!(
            Value::Object(schema),
            json!({ "type": "object", "properties": {} })
        );
        let dropped: Vec<&str> = notices.pointers();
        assert_eq!(
            dropped,
            [
                "/components/schemas/R/unevaluatedProperties",
                "/components/schemas/R/if",
                "/components/schemas/R/then",
                "/components/schemas/R/dependentRequired",
            ]
        );
    }

    #[test]
    fn validation_only_keywords_are_dropped_even_in_requests() {
        let mut schema =
            map(json!({ "type": "array", "contains": { "const": 1 }, "minContains": 1 }));
        let mut notices = Notices::default();
        lower_unrepresentable(&mut schema, "/x", Side::Request, None, &mut notices).unwrap();
        assert_eq!(Value::Object(schema), json!({ "type": "array" }));
        assert_eq!(notices.as_slice().len(), 2);
    }
}
