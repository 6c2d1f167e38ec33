//! The approvals ledger: findings a team accepted on purpose, each by a stable fingerprint of
//! the finding (its rule, operation and places in the spec, never its message), with who
//! accepted it, when, why, and until when. A matched entry takes its finding out of the
//! verdict; an entry that matches nothing, or has expired, is itself an error, so the ledger
//! cannot rot.
//!
//! ```yaml
//! accepted:
//!   - fingerprint: 5c0ffee15bad1dea
//!     rule: response-optional-property-removed   # for the reader; the fingerprint decides
//!     operation: GET /api/Customers/{customerId}
//!     reason: lastName moved to the profile endpoint
//!     accepted_by: Ada Lovelace
//!     date: 2026-12-05
//!     expires: 2027-03-01                        # optional
//! ```

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Change, Date};

/// Identifies a finding across runs: the first 16 hex digits of the SHA-256 of its rule id,
/// operation and pointers into both documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Fingerprint(String);

impl Fingerprint {
    /// The fingerprint of a finding, from what places it (not its wording).
    pub fn of(change: &Change) -> Self {
        let mut hash = Sha256::new();
        let operation = change.operation.as_ref().map(ToString::to_string);
        for part in [
            Some(change.rule.id()),
            operation.as_deref(),
            change.base_location.as_ref().map(|l| l.pointer.as_str()),
            change.head_location.as_ref().map(|l| l.pointer.as_str()),
        ] {
            hash.update(part.unwrap_or("-").as_bytes());
            hash.update(b"\n");
        }
        let digest = hash.finalize();
        Fingerprint(digest[..8].iter().map(|b| format!("{b:02x}")).collect())
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a finding is accepted, and by whom, until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// The finding accepted.
    pub fingerprint: Fingerprint,
    /// Its rule id, for the reader of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Its operation, for the reader of the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
    /// Why it is accepted.
    pub reason: String,
    /// Who accepted it.
    pub accepted_by: String,
    /// When (`YYYY-MM-DD`).
    #[serde(with = "date_text")]
    pub date: Date,
    /// After this day (`YYYY-MM-DD`) the entry is an error: the change must be settled.
    #[serde(
        default,
        with = "optional_date_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub expires: Option<Date>,
}

/// The ledger file: `accepted:` and its entries.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ledger {
    /// The accepted findings, in the file's order.
    #[serde(default)]
    pub accepted: Vec<Acceptance>,
}

/// What a ledger found wrong with itself on a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale<'l> {
    /// The entry matches no finding of this diff: the change is gone or was settled.
    Unmatched(&'l Acceptance),
    /// The entry's `expires` day is past.
    Expired(&'l Acceptance),
}

impl fmt::Display for Stale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (entry, why) = match self {
            Stale::Unmatched(entry) => (entry, "matches no finding; remove it".to_owned()),
            Stale::Expired(entry) => (
                entry,
                format!(
                    "expired on {}; settle the change or extend the entry",
                    entry.expires.map(|d| d.to_string()).unwrap_or_default()
                ),
            ),
        };
        write!(
            f,
            "accepted {} ({}, by {} on {}) {why}",
            entry.fingerprint, entry.reason, entry.accepted_by, entry.date
        )
    }
}

impl Ledger {
    /// Reads a ledger file (YAML or JSON), or says where it is wrong.
    pub fn parse(bytes: &[u8]) -> Result<Self, String> {
        let document = revolv3_oas::document::parse(bytes).map_err(|e| e.to_string())?;
        serde_path_to_error::deserialize(document)
            .map_err(|e| format!("at {}: {}", e.path(), e.inner()))
    }

    /// Marks each change an entry accepts (`Change::accepted`), and returns the entries that
    /// are stale on `today`: unmatched or expired. An expired entry still marks its change, so
    /// the report shows what it was about.
    pub fn apply(&self, changes: &mut [Change], today: Date) -> Vec<Stale<'_>> {
        let mut stale = Vec::new();
        for entry in &self.accepted {
            let mut matched = false;
            for change in changes
                .iter_mut()
                .filter(|c| c.fingerprint == entry.fingerprint)
            {
                change.accepted = Some(entry.clone());
                matched = true;
            }
            if !matched {
                stale.push(Stale::Unmatched(entry));
            } else if entry.expires.is_some_and(|day| day < today) {
                stale.push(Stale::Expired(entry));
            }
        }
        stale
    }

    /// Adds an entry for each of `changes` not accepted yet.
    pub fn accept(&mut self, changes: &[Change], reason: &str, accepted_by: &str, date: Date) {
        for change in changes.iter().filter(|c| c.accepted.is_none()) {
            if self
                .accepted
                .iter()
                .any(|entry| entry.fingerprint == change.fingerprint)
            {
                continue;
            }
            self.accepted.push(Acceptance {
                fingerprint: change.fingerprint.clone(),
                rule: Some(change.rule.id().to_owned()),
                operation: change.operation.as_ref().map(ToString::to_string),
                reason: reason.to_owned(),
                accepted_by: accepted_by.to_owned(),
                date,
                expires: None,
            });
        }
    }

    /// The ledger as YAML, with a header saying what the file is.
    pub fn to_yaml(&self) -> String {
        let value = serde_json::to_value(self).unwrap_or_default();
        format!(
            "# API changes accepted on purpose, each by its fingerprint (`cargo xtask diff BASE HEAD\n\
             # --accept --reason TEXT` adds them). An entry that matches no finding, or has\n\
             # expired, fails the diff.\n{}",
            revolv3_oas::yaml::to_string(&value)
        )
    }
}

mod date_text {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::Date;

    pub fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("`{text}` is not a YYYY-MM-DD date")))
    }
}

mod optional_date_text {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::Date;

    pub fn serialize<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => serializer.collect_str(date),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Date>, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        text.map(|text| {
            Date::parse(&text).ok_or_else(|| {
                serde::de::Error::custom(format!("`{text}` is not a YYYY-MM-DD date"))
            })
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Level, Rule};
    use revolv3_oas::{Location, OperationKey};

    fn change(pointer: &str) -> Change {
        let mut change = Change {
            rule: Rule::ResponseOptionalPropertyRemoved,
            level: Level::Error,
            operation: OperationKey::parse("GET /a"),
            base_location: Some(Location::at(pointer)),
            head_location: None,
            head_anchor: None,
            message: "removed the property".to_owned(),
            fingerprint: Fingerprint::default(),
            accepted: None,
            rust: Vec::new(),
        };
        change.fingerprint = Fingerprint::of(&change);
        change
    }

    #[test]
    fn a_fingerprint_follows_the_place_not_the_words() {
        let a = change("/components/schemas/A/properties/x");
        let mut reworded = a.clone();
        reworded.message = "gone".to_owned();
        assert_eq!(Fingerprint::of(&reworded), a.fingerprint);
        assert_ne!(
            change("/components/schemas/A/properties/y").fingerprint,
            a.fingerprint
        );
        assert_eq!(a.fingerprint.to_string().len(), 16);
    }

    #[test]
    fn entries_accept_their_findings_and_stale_ones_are_named() {
        let today = Date::parse("2026-12-05").unwrap();
        let mut changes = vec![change("/x"), change("/y")];
        let mut ledger = Ledger::default();
        ledger.accept(&changes[..1], "moved", "Ada", today);
        let text = ledger.to_yaml();
        let mut ledger = Ledger::parse(text.as_bytes()).unwrap();
        assert_eq!(ledger.accepted[0].fingerprint, changes[0].fingerprint);
        ledger.accepted.push(Acceptance {
            fingerprint: Fingerprint("0000000000000000".into()),
            expires: None,
            ..ledger.accepted[0].clone()
        });
        ledger.accepted[0].expires = Date::parse("2026-12-01");
        let stale: Vec<String> = ledger
            .apply(&mut changes, today)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(changes[0].accepted.is_some() && changes[1].accepted.is_none());
        assert_eq!(stale.len(), 2, "{stale:?}");
        assert!(stale[0].contains("expired on 2026-12-01"), "{stale:?}");
        assert!(
            stale[1].contains("0000000000000000 (moved, by Ada on 2026-12-05) matches no finding")
        );
        assert!(
            Ledger::parse(b"accepted: [{fingerprint: x}]\n")
                .unwrap_err()
                .contains("accepted[0]")
        );
    }
}
