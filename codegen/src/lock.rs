//! The lock file next to the bundled spec: where its bytes came from and how to recognise them.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{PipelineError, Result};

/// Provenance of `openapi/swagger.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecLock {
    /// Where the bytes were fetched from (a URL or a path).
    pub source: String,
    /// Lower-case hex SHA-256 of the spec file's bytes.
    pub sha256: String,
    /// The spec's `info.version`.
    pub info_version: String,
    /// When the bytes were retrieved, RFC 3339 UTC.
    pub retrieved_at: String,
    /// Anything a maintainer should know about this copy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Lower-case hex SHA-256 of `openapi/overlay.yaml`, the corrections generated with the
    /// spec, when there is one; `cargo xtask generate` records it and `check` compares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlay_sha256: Option<String>,
}

impl SpecLock {
    /// Parses the lock file.
    pub fn from_json(bytes: &[u8]) -> Result<Self> {
        serde_json::from_slice(bytes)
            .map_err(|e| PipelineError::at("", format!("lock file is not valid: {e}")))
    }

    /// The file's canonical bytes: pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).expect("a lock always serializes");
        out.push('\n');
        out
    }
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_a_known_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn lock_round_trips() {
        let lock = SpecLock {
            source: "https://docs.revolv3.com/api-reference/swagger.json".into(),
            sha256: sha256_hex(b"{}"),
            info_version: "1.29.2".into(),
            retrieved_at: "2026-11-28T00:00:00Z".into(),
            note: None,
            overlay_sha256: None,
        };
        assert_eq!(
            SpecLock::from_json(lock.to_json().as_bytes()).unwrap(),
            lock
        );
        assert!(!lock.to_json().contains("note"));
        assert!(!lock.to_json().contains("overlay"));
        let with_overlay = SpecLock {
            overlay_sha256: Some(sha256_hex(b"overlay")),
            ..lock
        };
        assert_eq!(
            SpecLock::from_json(with_overlay.to_json().as_bytes()).unwrap(),
            with_overlay
        );
        assert!(SpecLock::from_json(b"{}").is_err());
    }
}
