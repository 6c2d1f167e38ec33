//! Media type names (`application/problem+json; charset=utf-8`): parsed, and compared for
//! refinement (`application/json` is refined by `application/problem+json`).

use revolv3_oas::media::MediaTypeName;

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

/// Whether oasdiff compares values of this media type strictly (`1` is not `"1"`): exactly
/// `application/json` and `+json` names, as its type checks read them; other names, even
/// ones that carry JSON for a client (`text/json`), are compared loosely.
pub fn is_strongly_typed(name: &str) -> bool {
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
    }
}
