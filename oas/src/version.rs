//! Which OpenAPI version a document is written in.

use std::fmt;

use serde_json::Value;

/// The OpenAPI versions both libraries read. The client generator reads 3.0 and lowers the
/// others to it; the diff reads all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Version {
    /// OpenAPI 3.0.x (JSON Schema draft-05 subset, `nullable`).
    V3_0,
    /// OpenAPI 3.1.x (JSON Schema 2020-12, `type` arrays, `webhooks`).
    V3_1,
    /// OpenAPI 3.2.x (3.1 plus `query`, `additionalOperations`, `in: querystring`, ...).
    V3_2,
}

/// A document whose version cannot be read: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionError {
    /// JSON pointer to the field at fault (`/openapi` or `/swagger`).
    pub pointer: &'static str,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for VersionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.pointer, self.message)
    }
}

impl std::error::Error for VersionError {}

impl Version {
    /// The version `doc` declares in its `openapi` field. Swagger 2.0, a missing field and any
    /// version other than 3.0.x, 3.1.x or 3.2.x are errors.
    pub fn of(doc: &Value) -> Result<Self, VersionError> {
        if doc.get("swagger").is_some() {
            return Err(VersionError {
                pointer: "/swagger",
                message: "Swagger 2.0 documents are not supported; convert the spec to OpenAPI 3"
                    .into(),
            });
        }
        let Some(text) = doc.get("openapi").and_then(Value::as_str) else {
            return Err(VersionError {
                pointer: "/openapi",
                message: "missing `openapi` version string".into(),
            });
        };
        Self::parse(text).ok_or_else(|| VersionError {
            pointer: "/openapi",
            message: format!(
                "`{text}` is not an OpenAPI version this reads (3.0.x, 3.1.x or 3.2.x)"
            ),
        })
    }

    /// `3.0.x` → [`Version::V3_0`], and so on; `x` must be a number.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('.');
        let (major, minor, patch) = (parts.next()?, parts.next()?, parts.next()?);
        let patch_ok = !patch.is_empty() && patch.bytes().all(|b| b.is_ascii_digit());
        if major != "3" || !patch_ok || parts.next().is_some() {
            return None;
        }
        match minor {
            "0" => Some(Self::V3_0),
            "1" => Some(Self::V3_1),
            "2" => Some(Self::V3_2),
            _ => None,
        }
    }

    /// `"3.0"`, `"3.1"` or `"3.2"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::V3_0 => "3.0",
            Self::V3_1 => "3.1",
            Self::V3_2 => "3.2",
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_3_0_to_3_2_and_refuses_the_rest_with_a_pointer() {
        assert_eq!(
            Version::of(&json!({ "openapi": "3.0.4" })),
            Ok(Version::V3_0)
        );
        assert_eq!(
            Version::of(&json!({ "openapi": "3.1.0" })),
            Ok(Version::V3_1)
        );
        assert_eq!(
            Version::of(&json!({ "openapi": "3.2.0" })),
            Ok(Version::V3_2)
        );
        for bad in ["3.3.0", "2.9", "3.0", "3.1.x", "4.0.0", "3.0.1.2", ""] {
            let e = Version::of(&json!({ "openapi": bad })).unwrap_err();
            assert_eq!(e.pointer, "/openapi", "{bad}");
        }
        assert_eq!(
            Version::of(&json!({ "swagger": "2.0" }))
                .unwrap_err()
                .pointer,
            "/swagger"
        );
        assert_eq!(
            Version::of(&json!({ "openapi": 3 })).unwrap_err().pointer,
            "/openapi"
        );
    }
}
