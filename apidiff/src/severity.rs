//! Per-rule levels that replace the profile's (oasdiff's `--severity-levels FILE`).

use std::collections::HashMap;

use crate::{Level, Rule};

/// What a severity-levels file says of one rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Its findings get this level.
    At(Level),
    /// Its findings are not reported (`none`).
    Dropped,
}

/// Levels for some rules, replacing the ones the profile gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeverityLevels {
    by_rule: HashMap<Rule, Severity>,
}

impl SeverityLevels {
    /// Parses lines of `rule-id level`, words separated by spaces or tabs. The level is
    /// `error` (or `err`), `warning` (or `warn`), `info` or `none`, in any case; a rule named
    /// twice gets the later level. Every file oasdiff reads reads the same here; besides, `#`
    /// starts a comment and blank lines are skipped (oasdiff refuses both). A line that is not
    /// two words, a rule the registry does not have or an unknown level is an error naming
    /// its line number.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut by_rule = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default().trim();
            if line.is_empty() {
                continue;
            }
            let n = n + 1;
            let [id, level] = line.split_whitespace().collect::<Vec<_>>()[..] else {
                return Err(format!(
                    "line {n}: expected `rule-id level`, found `{line}`"
                ));
            };
            let rule = Rule::from_id(id).ok_or_else(|| {
                format!(
                    "line {n}: `{id}` is not a rule id (`cargo xtask diff --list-rules` lists them)"
                )
            })?;
            let severity = if level.eq_ignore_ascii_case("none") {
                Severity::Dropped
            } else {
                Severity::At(Level::parse(level).ok_or_else(|| {
                    format!("line {n}: `{level}` is not a level (error, warning, info or none)")
                })?)
            };
            by_rule.insert(rule, severity);
        }
        Ok(Self { by_rule })
    }

    /// What the file says of `rule`, if it names it.
    pub fn get(&self, rule: Rule) -> Option<Severity> {
        self.by_rule.get(&rule).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_oasdiff_files_and_names_the_bad_line() {
        let levels = SeverityLevels::parse(
            "request-property-removed\tWARN\n# ours only\n\napi-path-removed-without-deprecation none\nendpoint-added err\nendpoint-added info\n",
        )
        .unwrap();
        assert_eq!(
            levels.get(Rule::RequestPropertyRemoved),
            Some(Severity::At(Level::Warning))
        );
        assert_eq!(
            levels.get(Rule::ApiPathRemovedWithoutDeprecation),
            Some(Severity::Dropped)
        );
        assert_eq!(
            levels.get(Rule::EndpointAdded),
            Some(Severity::At(Level::Info))
        );
        assert_eq!(levels.get(Rule::ResponseMediaTypeAdded), None);
        assert_eq!(
            SeverityLevels::parse("endpoint-added info\nno-such-rule err\n").unwrap_err(),
            "line 2: `no-such-rule` is not a rule id (`cargo xtask diff --list-rules` lists them)"
        );
        assert_eq!(
            SeverityLevels::parse("endpoint-added fatal").unwrap_err(),
            "line 1: `fatal` is not a level (error, warning, info or none)"
        );
        assert_eq!(
            SeverityLevels::parse("\nendpoint-added").unwrap_err(),
            "line 2: expected `rule-id level`, found `endpoint-added`"
        );
    }
}
