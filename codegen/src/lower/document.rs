//! Document-level OpenAPI 3.1 fields that 3.0 does not have: kept out of generation, and
//! reported.

use serde_json::{Map, Value};

use crate::error::{PipelineError, Result};
use crate::notice::NoticeKind;
use crate::pass::Context;
use crate::pointer;

/// Removes the top-level fields 3.0 lacks and that describe the document, not the API the
/// client calls: `jsonSchemaDialect`, `info.summary`, `info.license.identifier`, and (3.2)
/// `$self`. Each removal is reported.
///
/// Why: progenitor's 3.0 parser has no place for them; none changes a request or a response.
/// (`license.identifier` is an SPDX id; 3.0's `license.url` is kept when present.)
pub(crate) fn drop_document_fields(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    for (parent, field, what) in [
        ("", "jsonSchemaDialect", "the default JSON Schema dialect"),
        ("", "$self", "the document's own URI"),
        ("/info", "summary", "the API's summary"),
        (
            "/info/license",
            "identifier",
            "the licence's SPDX identifier",
        ),
    ] {
        if let Some(object) = doc.pointer_mut(parent).and_then(Value::as_object_mut)
            && object.remove(field).is_some()
        {
            notices.push(
                NoticeKind::Dropped,
                pointer::push(parent, field),
                None,
                format!("{what} has no OpenAPI 3.0 field; it does not affect the client"),
            );
        }
    }
    Ok(())
}

/// Removes top-level `webhooks`, reporting each: requests Revolv3 sends to the merchant are
/// not operations of a client that calls Revolv3 (`revolv3_client::webhook` handles them).
pub(crate) fn drop_webhooks(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    let Some(Value::Object(webhooks)) = doc.as_object_mut().and_then(|d| d.remove("webhooks"))
    else {
        return Ok(());
    };
    for name in webhooks.keys() {
        notices.push(
            NoticeKind::LeftOut,
            pointer::join("/webhooks", [name]),
            None,
            "a webhook is a request the API sends, not one the client makes",
        );
    }
    Ok(())
}

/// Replaces each path item given as `$ref` to `components/pathItems` with its target, then
/// removes `components/pathItems` (reporting entries no path used).
///
/// Why: 3.0 has no reusable path items, and progenitor does not follow a path item's `$ref`.
pub(crate) fn inline_path_items(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    let Some(Value::Object(items)) = doc
        .pointer_mut("/components")
        .and_then(Value::as_object_mut)
        .and_then(|c| c.remove("pathItems"))
    else {
        return Ok(());
    };
    let mut used = std::collections::BTreeSet::new();
    for (path, item) in doc
        .get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flatten()
    {
        let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
            continue;
        };
        let at = pointer::join("/paths", [path.as_str(), "$ref"]);
        let name = reference
            .strip_prefix("#/components/pathItems/")
            .map(pointer::unescape)
            .ok_or_else(|| {
                PipelineError::at(
                    &at,
                    format!(
                        "path item reference `{reference}` is not to `#/components/pathItems/`"
                    ),
                )
            })?;
        let target = items.get(&name).ok_or_else(|| {
            PipelineError::at(
                &at,
                format!("path item reference `{reference}` points at nothing"),
            )
        })?;
        let mut merged: Map<String, Value> = target.as_object().cloned().unwrap_or_default();
        // Fields beside the `$ref` (summary, description) override the referenced item's.
        if let Some(own) = item.as_object() {
            merged.extend(
                own.iter()
                    .filter(|(k, _)| *k != "$ref")
                    .map(|(k, v)| (k.clone(), v.clone())),
            );
        }
        *item = Value::Object(merged);
        used.insert(name);
    }
    for name in items.keys().filter(|n| !used.contains(*n)) {
        notices.push(
            NoticeKind::Dropped,
            pointer::join("/components/pathItems", [name]),
            None,
            "a reusable path item that no path uses",
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    #[test]
    fn document_fields_and_webhooks_are_dropped_and_reported() {
        let mut doc = json!({
            "openapi": "3.1.0", "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": { "title": "t", "version": "1", "summary": "s", "license": { "name": "MIT", "identifier": "MIT" } },
            "webhooks": { "paymentSucceeded": { "post": {} } }, "paths": {}
        });
        let mut cx = Context::default();
        drop_document_fields(&mut doc, &mut cx).unwrap();
        drop_webhooks(&mut doc, &mut cx).unwrap();
        assert_eq!(
            doc,
            json!({ "openapi": "3.1.0", "info": { "title": "t", "version": "1", "license": { "name": "MIT" } }, "paths": {} })
        );
        let pointers: Vec<&str> = cx.notices.pointers();
        assert_eq!(
            pointers,
            [
                "/jsonSchemaDialect",
                "/info/summary",
                "/info/license/identifier",
                "/webhooks/paymentSucceeded"
            ]
        );
    }

    #[test]
    fn referenced_path_items_are_inlined() {
        let mut doc = json!({
            "paths": { "/a": { "$ref": "#/components/pathItems/A", "summary": "mine" } },
            "components": { "pathItems": {
                "A": { "summary": "theirs", "get": { "operationId": "get_a" } },
                "Unused": { "get": {} }
            }}
        });
        let mut cx = Context::default();
        inline_path_items(&mut doc, &mut cx).unwrap();
        assert_eq!(
            doc["paths"]["/a"],
            json!({ "summary": "mine", "get": { "operationId": "get_a" } })
        );
        assert!(doc["components"].get("pathItems").is_none());
        assert_eq!(
            cx.notices.as_slice()[0].location.pointer,
            "/components/pathItems/Unused"
        );
        let mut dangling = json!({ "paths": { "/b": { "$ref": "#/components/pathItems/Gone" } }, "components": { "pathItems": {} } });
        let e = inline_path_items(&mut dangling, &mut Context::default()).unwrap_err();
        assert_eq!(e.pointer(), "/paths/~1b/$ref");
    }
}
