//! Media types: which ones carry JSON.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_json_media_types() {
        for json in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON",
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
}
