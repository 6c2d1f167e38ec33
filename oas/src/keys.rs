//! How a walk over a document reads the keys of an object: as keywords of the format, some of
//! which hold data that no walk enters (examples, defaults, `enum` and `const` values,
//! extensions), or as names the API's author chose (properties, headers, status codes, media
//! types, component names), where `default`, `enum` or `x-rate-limit` is a name like any other.

use serde_json::Value;

use crate::pointer;

/// Keywords whose value maps names to values, in OpenAPI and in JSON Schema. (`parameters` is
/// a list in an operation and a map in `components`; a list's entries are read as keywords
/// either way.)
const NAME_MAPS: [&str; 21] = [
    "paths",
    "webhooks",
    "properties",
    "patternProperties",
    "dependentSchemas",
    "$defs",
    "definitions",
    "headers",
    "content",
    "responses",
    "callbacks",
    "links",
    "encoding",
    "variables",
    "mapping",
    "scopes",
    "schemas",
    "parameters",
    "requestBodies",
    "securitySchemes",
    "pathItems",
];

/// How an object's keys read. The document root, and every entry of a list, reads as
/// [`Keys::Keywords`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// Keywords of OpenAPI or JSON Schema (`type`, `properties`, `default`, `x-…`).
    Keywords,
    /// Names (`properties`' keys, `responses`' status codes, `headers`' header names).
    Names,
}

impl Keys {
    /// How the value under `key`, in an object whose keys read as `self`, reads its own keys;
    /// `None` when that value is data, which a walk does not enter.
    pub fn child(self, key: &str) -> Option<Keys> {
        match self {
            Keys::Names => Some(Keys::Keywords),
            Keys::Keywords if is_data_keyword(key) => None,
            Keys::Keywords if NAME_MAPS.contains(&key) => Some(Keys::Names),
            Keys::Keywords => Some(Keys::Keywords),
        }
    }
}

/// Calls `f` on the value of every occurrence of `keyword` in `doc` where keys are keywords
/// (never a property, header or media type that happens to be named so, never inside data),
/// with the value's JSON pointer. The walk goes on into the value afterwards unless it is data.
pub fn for_each_keyword_mut(doc: &mut Value, keyword: &str, f: &mut dyn FnMut(&mut Value, &str)) {
    walk_mut(doc, "", Keys::Keywords, keyword, f);
}

fn walk_mut(
    value: &mut Value,
    at: &str,
    keys: Keys,
    keyword: &str,
    f: &mut dyn FnMut(&mut Value, &str),
) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                let child_at = pointer::push(at, key);
                if keys == Keys::Keywords && key == keyword {
                    f(child, &child_at);
                }
                if let Some(child_keys) = keys.child(key) {
                    walk_mut(child, &child_at, child_keys, keyword, f);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter_mut().enumerate() {
                walk_mut(
                    child,
                    &pointer::push(at, &i.to_string()),
                    Keys::Keywords,
                    keyword,
                    f,
                );
            }
        }
        _ => {}
    }
}

/// Whether the keyword `key` holds data: any value, a `$ref` key or a schema-shaped object
/// included, none of it a reference or a schema.
fn is_data_keyword(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_keyword_is_found_where_keys_are_keywords_only() {
        let mut doc = json!({
            "paths": { "/a": { "get": { "responses": { "200": { "content": { "a/b": {} } } } } } },
            "components": { "schemas": { "S": { "properties": { "content": { "type": "string" } },
                "example": { "content": { "not": "reached" } } } } }
        });
        let mut seen = Vec::new();
        for_each_keyword_mut(&mut doc, "content", &mut |_, at| seen.push(at.to_owned()));
        assert_eq!(seen, ["/paths/~1a/get/responses/200/content"]);
    }

    #[test]
    fn data_is_skipped_only_where_keys_are_keywords() {
        let root = Keys::Keywords;
        for data in ["example", "examples", "default", "enum", "const", "x-links"] {
            assert_eq!(root.child(data), None, "{data}");
        }
        assert_eq!(root.child("type"), Some(Keys::Keywords));
        // `responses: {default: …}`, `properties: {enum: …}`, `headers: {x-rate-limit: …}`.
        for map in ["responses", "properties", "headers"] {
            let names = root.child(map);
            assert_eq!(names, Some(Keys::Names), "{map}");
            for name in ["default", "enum", "x-rate-limit"] {
                assert_eq!(names.and_then(|k| k.child(name)), Some(Keys::Keywords));
            }
        }
    }
}
