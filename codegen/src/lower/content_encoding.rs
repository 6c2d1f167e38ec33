//! `contentEncoding`/`contentMediaType` (JSON Schema 2020-12) → 3.0's `format: byte|binary`.

use serde_json::{Map, Value};

/// A base64 `contentEncoding` becomes `format: byte`; a `contentMediaType` without an encoding
/// (raw bytes, as 3.1 describes file uploads) becomes `format: binary`. Both keywords go.
///
/// Why: these are how 3.1 says what 3.0 said with `format`; progenitor reads only `format`.
pub fn lower_content_encoding(schema: &mut Map<String, Value>) {
    let encoding = schema.remove("contentEncoding");
    let media_type = schema.remove("contentMediaType");
    let format = match (&encoding, &media_type) {
        (Some(Value::String(e)), _)
            if e.eq_ignore_ascii_case("base64") || e.eq_ignore_ascii_case("base64url") =>
        {
            "byte"
        }
        (None, Some(_)) => "binary",
        _ => return,
    };
    schema
        .entry("format")
        .or_insert(Value::String(format.into()));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lowered(schema: Value) -> Value {
        crate::lower::applied(lower_content_encoding, schema)
    }

    #[test]
    fn encodings_become_formats() {
        assert_eq!(
            lowered(json!({ "type": "string", "contentEncoding": "base64" })),
            json!({ "type": "string", "format": "byte" })
        );
        assert_eq!(
            lowered(json!({ "type": "string", "contentMediaType": "image/png" })),
            json!({ "type": "string", "format": "binary" })
        );
        assert_eq!(
            lowered(
                json!({ "type": "string", "contentMediaType": "application/json", "contentEncoding": "base64" })
            ),
            json!({ "type": "string", "format": "byte" })
        );
    }
}
