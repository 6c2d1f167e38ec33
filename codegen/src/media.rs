//! Media-type helpers shared by the normalization passes.

pub use revolv3_oas::media::{essence, is_json};

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
