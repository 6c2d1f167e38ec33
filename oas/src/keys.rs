//! How a walk over a document reads the keys of an object: as keywords of the format, some of
//! which hold data that no walk enters (examples, defaults, `enum` and `const` values,
//! extensions), or as names the API's author chose (properties, headers, status codes, media
//! types, component names), where `default`, `enum` or `x-rate-limit` is a name like any other.

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

/// Whether the keyword `key` holds data: any value, a `$ref` key or a schema-shaped object
/// included, none of it a reference or a schema.
fn is_data_keyword(key: &str) -> bool {
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

#[cfg(test)]
mod tests {
    use super::*;

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
