//! Which operation: `METHOD /path`, the one key users, the names file and the diff's reports
//! share.

use std::fmt;

use crate::methods::METHODS;
use crate::pointer;

/// Identifies an operation the way users and the names file do: `METHOD /path`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct OperationKey {
    /// Upper-case HTTP method.
    pub method: String,
    /// The path template exactly as the spec writes it (the diff names a webhook's operations
    /// with the path `webhook:<name>`).
    pub path: String,
}

impl OperationKey {
    /// Builds a key from a method in any case (a path item's key, or an entry of 3.2's
    /// `additionalOperations`) and a path.
    pub fn new(method: &str, path: &str) -> Self {
        Self {
            method: method.to_ascii_uppercase(),
            path: path.to_owned(),
        }
    }

    /// JSON pointer to the operation object (under `paths`).
    pub fn pointer(&self) -> String {
        pointer::join("", ["paths", &self.path, &self.method.to_ascii_lowercase()])
    }

    /// Parses `METHOD /path` with one of the fixed-field [`METHODS`], in any case, and a path
    /// without white space.
    pub fn parse(key: &str) -> Option<Self> {
        let (method, path) = key.split_once(' ')?;
        let lower = method.to_ascii_lowercase();
        let path_ok = path.starts_with('/') && !path.contains(char::is_whitespace);
        (METHODS.contains(&lower.as_str()) && path_ok).then(|| Self::new(&lower, path))
    }
}

impl fmt::Display for OperationKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_method_and_path() {
        let key = OperationKey::parse("get /pets/{id}").unwrap();
        assert_eq!(key.to_string(), "GET /pets/{id}");
        assert_eq!(key.pointer(), "/paths/~1pets~1{id}/get");
        assert_eq!(OperationKey::parse("FETCH /pets"), None);
        assert_eq!(OperationKey::parse("GET pets"), None);
        assert_eq!(OperationKey::parse("GET /pets extra"), None);
        assert_eq!(OperationKey::new("COPY", "/a").to_string(), "COPY /a");
    }
}
