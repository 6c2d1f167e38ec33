//! Media types: the one parser of a media type name, and which ones carry JSON.
//!
//! Not the `mediatype` crate: it reads `application/a+b+c` as subtype `a+b` with suffix `c`,
//! and keeps case and quotes, where OpenAPI tools (oasdiff among them) compare names as
//! RFC 6838 reads them: lower case, one suffix, parameter values unquoted.

use std::collections::BTreeMap;

/// Whether a media type carries JSON: `application/json` (with or without parameters),
/// `text/json`, and structured-syntax `+json` types such as `application/json-patch+json` or
/// Swashbuckle's `application/*+json`.
pub fn is_json(media_type: &str) -> bool {
    let essence = essence(media_type);
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

/// A media type without parameters, lower-cased: `Application/JSON; charset=utf-8` is
/// `application/json`. A name that does not parse is its own essence, trimmed and lower-cased.
pub fn essence(media_type: &str) -> String {
    match MediaTypeName::parse(media_type) {
        Some(name) if name.suffix.is_empty() => format!("{}/{}", name.kind, name.subtype),
        Some(name) => format!("{}/{}+{}", name.kind, name.subtype, name.suffix),
        None => media_type.trim().to_ascii_lowercase(),
    }
}

/// A parsed media type name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaTypeName {
    /// `application`.
    pub kind: String,
    /// `problem`.
    pub subtype: String,
    /// `json` (empty when none).
    pub suffix: String,
    /// Parameters, lower-case names.
    pub parameters: BTreeMap<String, String>,
}

impl MediaTypeName {
    /// Parses `name`, or `None` when it is not `type/subtype[+suffix][; k=v]*`.
    pub fn parse(name: &str) -> Option<Self> {
        let mut parts = name.split(';');
        let main = parts.next()?.trim().to_ascii_lowercase();
        let (kind, rest) = main.split_once('/')?;
        if kind.is_empty() || rest.is_empty() || rest.contains('/') || !is_token(kind) {
            return None;
        }
        let mut sub = rest.split('+');
        let subtype = sub.next()?.trim().to_owned();
        let suffix = sub.next().map(|s| s.trim().to_owned()).unwrap_or_default();
        if sub.next().is_some() || (rest.contains('+') && suffix.is_empty()) || !is_token(rest) {
            return None;
        }
        let mut parameters = BTreeMap::new();
        for parameter in parts {
            let parameter = parameter.trim();
            if parameter.is_empty() {
                continue;
            }
            let (k, v) = parameter.split_once('=')?;
            parameters.insert(
                k.trim().to_ascii_lowercase(),
                v.trim().trim_matches('"').to_owned(),
            );
        }
        Some(Self {
            kind: kind.trim().to_owned(),
            subtype,
            suffix,
            parameters,
        })
    }
}

fn is_token(text: &str) -> bool {
    text.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_type_subtype_suffix_and_parameters() {
        assert_eq!(MediaTypeName::parse("application/a+b+c"), None);
        assert_eq!(MediaTypeName::parse("nonsense"), None);
        let name = MediaTypeName::parse("Application/JSON; Charset=\"utf-8\"").unwrap();
        assert_eq!(
            (name.kind.as_str(), name.subtype.as_str()),
            ("application", "json")
        );
        assert_eq!(name.parameters["charset"], "utf-8");
        assert_eq!(
            essence("Application/Problem+JSON; charset=utf-8"),
            "application/problem+json"
        );
    }

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
