//! Accepted changes that a CI gate should not fail on.

use revolv3_oas::OperationKey;

use crate::{Change, Rule};

/// Lines of `rule-id [METHOD /path]`; `#` starts a comment. A rule without an operation is
/// ignored everywhere.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IgnoreList {
    entries: Vec<(Rule, Option<OperationKey>)>,
}

impl IgnoreList {
    /// Parses an ignore file; a line that is not `rule-id [METHOD /path]`, or names a rule
    /// the registry does not have, is an error naming its line number.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let mut words = line.split_whitespace();
            let id = words.next().unwrap_or_default();
            let rule = Rule::from_id(id).ok_or_else(|| {
                format!(
                    "line {}: `{id}` is not a rule id (`cargo xtask diff --list-rules` lists them)",
                    n + 1
                )
            })?;
            let rest = words.collect::<Vec<_>>().join(" ");
            let operation =
                match rest.as_str() {
                    "" => None,
                    key => Some(OperationKey::parse(key).ok_or_else(|| {
                        format!("line {}: expected `rule-id [METHOD /path]`", n + 1)
                    })?),
                };
            entries.push((rule, operation));
        }
        Ok(Self { entries })
    }

    /// Whether `change` is accepted.
    pub fn ignores(&self, change: &Change) -> bool {
        self.entries.iter().any(|(rule, operation)| {
            *rule == change.rule
                && operation
                    .as_ref()
                    .is_none_or(|op| Some(op) == change.operation.as_ref())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Level;

    fn change(id: &str, op: &str) -> Change {
        Change {
            rule: crate::Rule::from_id(id).unwrap(),
            level: Level::Error,
            operation: OperationKey::parse(op),
            base_location: None,
            head_location: None,
            head_anchor: None,
            fingerprint: crate::Fingerprint::default(),
            accepted: None,
            rust: Vec::new(),
            message: String::new(),
        }
    }

    #[test]
    fn matches_rule_and_optional_operation() {
        let list =
            IgnoreList::parse("# accepted\nrequest-parameter-removed get /pets\nendpoint-added\n")
                .unwrap();
        assert!(list.ignores(&change("request-parameter-removed", "GET /pets")));
        assert!(!list.ignores(&change("request-parameter-removed", "GET /cats")));
        assert!(list.ignores(&change("endpoint-added", "POST /x")));
        assert!(
            IgnoreList::parse("endpoint-added b c d")
                .unwrap_err()
                .contains("line 1")
        );
        let typo = IgnoreList::parse("# ok\nrequest-paramter-removed\n").unwrap_err();
        assert!(
            typo.contains("line 2") && typo.contains("request-paramter-removed"),
            "{typo}"
        );
    }
}
