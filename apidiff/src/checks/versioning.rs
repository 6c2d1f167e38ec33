//! The versioning policy: when a change breaks clients, `info.version` (if it is semantic)
//! must get a major bump, or a minor one below 1.0.0.

use serde_json::Value;

use super::{Finding, Report};
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// `major.minor.patch` of a semantic version (`v` prefix, pre-release and build allowed).
fn semver(text: &str) -> Option<(u64, u64, u64)> {
    let text = text.strip_prefix('v').unwrap_or(text);
    let (text, build) = text
        .split_once('+')
        .map_or((text, None), |(t, b)| (t, Some(b)));
    let (core, pre_release) = text
        .split_once('-')
        .map_or((text, None), |(c, p)| (c, Some(p)));
    if build.is_some_and(|b| !valid_ids(b, false))
        || pre_release.is_some_and(|p| !valid_ids(p, true))
    {
        return None;
    }
    let mut parts = core.split('.');
    let mut number = || -> Option<u64> {
        let part = parts.next()?;
        let leading_zero = part.len() > 1 && part.starts_with('0');
        let digits = !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
        if leading_zero || !digits {
            None
        } else {
            part.parse().ok()
        }
    };
    let version = (number()?, number()?, number()?);
    parts.next().is_none().then_some(version)
}

/// Dot-separated identifiers of a pre-release (numeric ones without leading zeros) or build.
fn valid_ids(text: &str, pre_release: bool) -> bool {
    text.split('.').all(|id| {
        let numeric = id.bytes().all(|b| b.is_ascii_digit());
        !id.is_empty()
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !(pre_release && numeric && id.len() > 1 && id.starts_with('0'))
    })
}

fn info_version(doc: &Value) -> Option<&str> {
    doc.pointer("/info/version").and_then(Value::as_str)
}

/// Reports a breaking change that `info.version` does not own up to.
pub fn check(base: &Value, head: &Value, report: &mut Report<'_>) {
    let (Some(from), Some(to)) = (info_version(base), info_version(head)) else {
        return;
    };
    let (Some(b), Some(h)) = (semver(from), semver(to)) else {
        return;
    };
    let profile = report.options().profile;
    let breaking = |f: &Finding| {
        profile
            .level(f.rule)
            .is_some_and(|l| l == crate::Level::Error)
    };
    if !report.findings.iter().any(breaking) {
        return;
    }
    let major_bumped = if b.0 == 0 && h.0 == 0 {
        h.1 > b.1
    } else {
        h.0 > b.0
    };
    let (action, message) = if from == to {
        (
            Action::NotBumped,
            format!("breaking changes, but info.version stayed {to}"),
        )
    } else if h <= b {
        (
            Action::Decreased,
            format!("breaking changes, but info.version went down from {from} to {to}"),
        )
    } else if !major_bumped {
        (
            Action::MajorNotBumped,
            format!(
                "breaking changes, but info.version went from {from} to {to} without a major bump"
            ),
        )
    } else {
        return;
    };
    report.add(
        Columns::new(
            Direction::Neither,
            Place::Document,
            Attribute::Version,
            action,
        ),
        None,
        Some("/info/version"),
        Some("/info/version"),
        message,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semantic_versions_only() {
        assert_eq!(semver("1.2.3"), Some((1, 2, 3)));
        assert_eq!(semver("v0.10.0-rc.1+build.5"), Some((0, 10, 0)));
        for bad in [
            "1.2",
            "01.2.3",
            "1.2.3.4",
            "1.2.x",
            "2024-01-01",
            "1.2.3-01",
            "",
        ] {
            assert_eq!(semver(bad), None, "{bad}");
        }
    }
}
