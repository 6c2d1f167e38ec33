//! Media-type helpers shared by the normalization passes.

/// Whether a media type carries JSON: `application/json` (with or without parameters),
/// `text/json`, and structured-syntax `+json` types such as `application/json-patch+json` or
/// Swashbuckle's `application/*+json`.
pub fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// A media type without parameters, lower-cased: `Application/JSON; charset=utf-8` is
/// `application/json`.
pub fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Non-JSON request media types progenitor 0.15 can send, in order of preference.
pub const SENDABLE_WITHOUT_JSON: [&str; 4] = [
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "text/plain",
    "text/x-markdown",
];

/// Whether progenitor 0.15 can send a request body of this media type (after
/// normalization, JSON bodies are `application/json`).
pub fn is_sendable_body(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || SENDABLE_WITHOUT_JSON.contains(&essence.as_str())
}

/// Picks the JSON media type to keep among `keys`: `application/json` itself when present,
/// otherwise the first JSON one in document order.
pub fn preferred_json<'a>(keys: impl IntoIterator<Item = &'a String>) -> Option<&'a String> {
    let json: Vec<&String> = keys.into_iter().filter(|k| is_json(k)).collect();
    json.iter()
        .find(|k| essence(k) == "application/json")
        .or_else(|| json.first())
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_json_media_types() {
        for json in [
            "application/json",
            "application/json; charset=utf-8",
            "text/json",
            "application/*+json",
            "application/json-patch+json",
            "application/problem+json",
        ] {
            assert!(is_json(json), "{json}");
        }
        for other in [
            "text/plain",
            "application/octet-stream",
            "multipart/form-data",
        ] {
            assert!(!is_json(other), "{other}");
        }
    }

    #[test]
    fn prefers_plain_application_json() {
        let keys: Vec<String> = [
            "application/json-patch+json",
            "application/json",
            "text/json",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(preferred_json(&keys).unwrap(), "application/json");
        let keys: Vec<String> = ["text/plain", "text/json"].map(String::from).to_vec();
        assert_eq!(preferred_json(&keys).unwrap(), "text/json");
    }
}
