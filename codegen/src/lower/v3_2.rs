//! What OpenAPI 3.2 adds to 3.1: lowered where 3.0 has the same meaning, left out (and
//! reported) where progenitor cannot send it.

use serde_json::{Map, Value};

use crate::error::Result;
use crate::notice::NoticeKind;
use crate::operations::OperationKey;
use crate::pass::Context;
use crate::pointer;

/// Leaves out `query` operations and every entry of `additionalOperations`, reporting each.
///
/// Why: progenitor 0.15 generates only the eight methods of OpenAPI 3.0 (`QUERY`, `COPY`,
/// `LINK`, ... have no builder), like other operations it cannot send.
pub(crate) fn leave_out_unsendable_methods(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    for (path, item) in paths_mut(doc) {
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        if item.remove("query").is_some() {
            let key = OperationKey::new("query", path);
            notices.push(
                NoticeKind::LeftOut,
                key.pointer(),
                Some(&key),
                "the QUERY method (OpenAPI 3.2) cannot be sent by progenitor 0.15",
            );
        }
        if let Some(Value::Object(others)) =
            item.remove(revolv3_oas::methods::ADDITIONAL_OPERATIONS)
        {
            for method in others.keys() {
                notices.push(
                    NoticeKind::LeftOut,
                    pointer::join("/paths", [path.as_str(), "additionalOperations", method]),
                    Some(&OperationKey::new(method, path)),
                    format!("the {method} method (OpenAPI 3.2 `additionalOperations`) cannot be sent by progenitor 0.15"),
                );
            }
        }
    }
    Ok(())
}

/// Removes `itemSchema` (the schema of each item of a sequential media type such as
/// `application/jsonl` or `text/event-stream`) from media types, reporting each: progenitor
/// reads such a body as bytes either way.
pub(crate) fn drop_item_schemas(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    for_each_entry_of(doc, "content", &mut |media, at| {
        if media.remove("itemSchema").is_some() {
            notices.push(
                NoticeKind::Dropped,
                pointer::push(at, "itemSchema"),
                None,
                "the schema of a sequential media type's items (OpenAPI 3.2); the body stays untyped",
            );
        }
    });
    Ok(())
}

/// Removes a tag's `parent` and `kind` (3.2's tag hierarchy), reporting each: tags do not
/// shape the client.
pub(crate) fn drop_tag_hierarchy(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    for (i, tag) in doc
        .get_mut("tags")
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .enumerate()
    {
        for field in ["parent", "kind"] {
            if tag.as_object_mut().and_then(|t| t.remove(field)).is_some() {
                notices.push(
                    NoticeKind::Dropped,
                    pointer::join("/tags", [i.to_string().as_str(), field]),
                    None,
                    format!("a tag's `{field}` (OpenAPI 3.2) does not shape the client"),
                );
            }
        }
    }
    Ok(())
}

/// Example Objects: 3.2's `dataValue` becomes 3.0's `value` (when there is none), and
/// `serializedValue` goes. Examples only feed documentation, so this is not reported.
pub(crate) fn lower_example_values(doc: &mut Value, _: &mut Context<'_>) -> Result<()> {
    for_each_entry_of(doc, "examples", &mut |example, _| {
        if let Some(data) = example.remove("dataValue") {
            example.entry("value").or_insert(data);
            example.remove("serializedValue");
        }
    });
    Ok(())
}

fn paths_mut(doc: &mut Value) -> impl Iterator<Item = (&String, &mut Value)> {
    doc.get_mut("paths")
        .and_then(Value::as_object_mut)
        .into_iter()
        .flatten()
}

/// Calls `f` on each object-valued entry of every object-valued `keyword` in `doc` (the media
/// type objects of every `content` map, say), with the entry's pointer; where keys are names
/// (a property called `content`) or data (an example), `keyword` is not looked for.
fn for_each_entry_of(
    doc: &mut Value,
    keyword: &str,
    f: &mut dyn FnMut(&mut Map<String, Value>, &str),
) {
    revolv3_oas::keys::for_each_keyword_mut(doc, keyword, &mut |value, at| {
        for (name, entry) in value.as_object_mut().into_iter().flatten() {
            if let Value::Object(entry) = entry {
                f(entry, &pointer::push(at, name));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::Notices;
    use crate::pass::Context;
    use serde_json::json;

    fn shown(notices: Notices) -> Vec<String> {
        notices.into_vec().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn query_and_additional_operations_are_left_out() {
        let mut doc = json!({ "paths": { "/search": {
            "get": {}, "query": {}, "additionalOperations": { "COPY": {} }
        }}});
        let mut cx = Context::default();
        leave_out_unsendable_methods(&mut doc, &mut cx).unwrap();
        assert_eq!(doc, json!({ "paths": { "/search": { "get": {} } } }));
        assert_eq!(
            shown(cx.notices),
            [
                "left out at /paths/~1search/query (QUERY /search): the QUERY method (OpenAPI 3.2) cannot be sent by progenitor 0.15",
                "left out at /paths/~1search/additionalOperations/COPY (COPY /search): the COPY method (OpenAPI 3.2 `additionalOperations`) cannot be sent by progenitor 0.15",
            ]
        );
    }

    #[test]
    fn a_property_named_content_is_not_a_content_map() {
        let mut doc = json!({ "components": { "schemas": { "Page": { "properties": {
            "content": { "type": "object", "properties": { "itemSchema": { "type": "string" } } }
        }}}}});
        let before = doc.clone();
        let mut cx = Context::default();
        drop_item_schemas(&mut doc, &mut cx).unwrap();
        assert_eq!(doc, before);
        assert!(cx.notices.as_slice().is_empty());
    }

    #[test]
    fn item_schemas_tag_hierarchy_and_example_values_are_lowered() {
        let mut doc = json!({
            "tags": [{ "name": "a", "parent": "b", "kind": "nav" }],
            "paths": { "/s": { "get": { "responses": { "200": { "content": { "application/jsonl": {
                "itemSchema": { "type": "object" },
                "examples": { "one": { "dataValue": { "id": 1 }, "serializedValue": "{\"id\":1}" } }
            }}}}}}}
        });
        let mut cx = Context::default();
        drop_item_schemas(&mut doc, &mut cx).unwrap();
        drop_tag_hierarchy(&mut doc, &mut cx).unwrap();
        lower_example_values(&mut doc, &mut Context::default()).unwrap();
        let media = &doc["paths"]["/s"]["get"]["responses"]["200"]["content"]["application/jsonl"];
        assert_eq!(
            media,
            &json!({ "examples": { "one": { "value": { "id": 1 } } } })
        );
        assert_eq!(doc["tags"], json!([{ "name": "a" }]));
        assert_eq!(cx.notices.as_slice().len(), 3);
    }
}
