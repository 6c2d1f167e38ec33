use serde_json::Value;

use crate::error::Result;
use crate::operations::for_each_operation_mut;
use crate::pass::Context;

/// Removes `encoding` from request bodies progenitor can send.
///
/// Why: `encoding` describes how individual properties of a multipart or form body are
/// serialized. progenitor 0.15 serializes JSON and form bodies with serde and panics on a
/// non-empty `encoding` (`todo!("media type encoding not empty")`); Swashbuckle writes one for
/// every `[FromForm]` model, even for `application/x-www-form-urlencoded`.
pub(crate) fn drop_body_encodings(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    fn drop_in(body: &mut Value) {
        for media in body
            .get_mut("content")
            .and_then(Value::as_object_mut)
            .into_iter()
            .flat_map(|c| c.values_mut())
        {
            if let Some(media) = media.as_object_mut() {
                media.remove("encoding");
            }
        }
    }
    for_each_operation_mut(doc, |_, op| {
        if let Some(body) = op.get_mut("requestBody") {
            drop_in(body);
        }
    });
    if let Some(bodies) = doc
        .pointer_mut("/components/requestBodies")
        .and_then(Value::as_object_mut)
    {
        bodies.values_mut().for_each(drop_in);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn form_encodings_are_removed() {
        let mut doc = json!({ "paths": { "/r": { "post": { "requestBody": { "content": {
            "application/x-www-form-urlencoded": { "schema": {}, "encoding": { "name": { "style": "form" } } }
        }}}}}});
        drop_body_encodings(&mut doc, &mut Context::default()).unwrap();
        assert_eq!(
            doc["paths"]["/r"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"],
            json!({ "schema": {} })
        );
    }
}
