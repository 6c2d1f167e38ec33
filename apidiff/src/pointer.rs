//! JSON pointers into the compared documents.

/// Appends one escaped token (`~` → `~0`, `/` → `~1`).
pub fn push(base: &str, token: &str) -> String {
    format!("{base}/{}", token.replace('~', "~0").replace('/', "~1"))
}
