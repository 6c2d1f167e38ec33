//! Media type names (`application/problem+json; charset=utf-8`): parsed, and compared for
//! refinement (`application/json` is refined by `application/problem+json`).

use std::collections::BTreeMap;

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

/// Whether `specific` is `general` or a refinement of it: same type and subtype (parameters
/// ignored), or `general` has no suffix and `specific`'s suffix is `general`'s subtype
/// (`application/json` → `application/problem+json`).
pub fn contains(general: &str, specific: &str) -> bool {
    let (Some(g), Some(s)) = (
        MediaTypeName::parse(general),
        MediaTypeName::parse(specific),
    ) else {
        return false;
    };
    if g.kind != s.kind {
        return false;
    }
    if g.suffix.is_empty() && !s.suffix.is_empty() && s.suffix == g.subtype {
        return true;
    }
    g.subtype == s.subtype && g.suffix == s.suffix
}

/// Whether two names are the same media type up to refinement, in either direction.
pub fn related(a: &str, b: &str) -> bool {
    contains(a, b) || contains(b, a)
}

/// JSON and `+json` media types are strongly typed: `1` is not `"1"` there.
pub fn is_json(name: &str) -> bool {
    name == "application/json" || name.ends_with("+json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refinement_goes_from_base_type_to_suffixed_type() {
        assert!(contains("application/json", "application/problem+json"));
        assert!(!contains("application/problem+json", "application/json"));
        assert!(contains("application/xml; q=0.9", "application/xml;q=0.8"));
        assert!(!contains("text/plain", "application/json"));
        assert!(related("application/problem+json", "application/json"));
        assert_eq!(MediaTypeName::parse("application/a+b+c"), None);
        assert_eq!(MediaTypeName::parse("nonsense"), None);
        let name = MediaTypeName::parse("Application/JSON; Charset=\"utf-8\"").unwrap();
        assert_eq!(
            (name.kind.as_str(), name.subtype.as_str()),
            ("application", "json")
        );
        assert_eq!(name.parameters["charset"], "utf-8");
    }
}
