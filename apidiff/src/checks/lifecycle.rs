//! Reading the lifecycle extensions: `x-stability-level` and `x-sunset`, and the deprecation
//! policy that ties them to a number of days.

use serde_json::Value;

use crate::model::KeysDiff;
use crate::options::Stability;
use crate::rules::Action;
use crate::{Date, Options};

/// The `x-stability-level` in `value` (the extension's value, if present): `Ok(None)` when
/// there is none, an error when it is not one of the four labels.
pub fn stability(value: Option<&Value>) -> Result<Option<Stability>, String> {
    match value {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(label)) => Stability::parse(label)
            .map(Some)
            .ok_or_else(|| format!("`{label}` is not draft, alpha, beta or stable")),
        Some(other) => Err(format!("`{other}` is not a string")),
    }
}

/// A stability level, `stable` when none is given.
pub fn level(stability: Option<Stability>) -> Stability {
    stability.unwrap_or(Stability::Stable)
}

/// Whether something at `stability` is within the run's threshold.
pub fn included(options: &Options, stability: Option<Stability>) -> bool {
    level(stability) >= options.stability_level
}

/// The `x-sunset` date in `value` (the extension's value, when the key is present).
pub fn sunset(value: &Value) -> Result<Date, String> {
    let text = value
        .as_str()
        .ok_or_else(|| format!("the sunset `{value}` is not a string"))?;
    Date::parse(text).ok_or_else(|| {
        format!("the sunset `{text}` is not a date (YYYY-MM-DD) or an RFC 3339 timestamp")
    })
}

/// How a deprecation measures up to the policy.
pub enum Deprecation {
    /// No sunset date, and the policy asks for none.
    Plain,
    /// No sunset date, but the policy asks for one.
    SunsetMissing,
    /// The sunset date cannot be read.
    SunsetUnreadable(String),
    /// The sunset date is closer than the policy's minimum number of days.
    SunsetTooSoon(Date, u32),
    /// A sunset date far enough ahead.
    WithSunset(Date),
}

impl Deprecation {
    /// The deprecation as a change of `deprecated`.
    pub fn action(&self) -> Action {
        match self {
            Deprecation::Plain => Action::Deprecated,
            Deprecation::SunsetMissing => Action::DeprecatedSunsetMissing,
            Deprecation::SunsetUnreadable(_) => Action::DeprecatedSunsetUnreadable,
            Deprecation::SunsetTooSoon(..) => Action::DeprecatedSunsetTooSoon,
            Deprecation::WithSunset(_) => Action::DeprecatedWithSunset,
        }
    }

    /// What the deprecation of `who` (`the property `a` ...`) says, by the policy's verdict.
    pub fn message(&self, who: &str) -> String {
        match self {
            Deprecation::Plain => format!("{who} was deprecated"),
            Deprecation::WithSunset(date) => format!("{who} was deprecated with sunset {date}"),
            Deprecation::SunsetMissing => {
                format!("{who} was deprecated without the sunset date the policy requires")
            }
            Deprecation::SunsetUnreadable(e) => format!("{who} was deprecated: {e}"),
            Deprecation::SunsetTooSoon(date, days) => format!(
                "{who} was deprecated with sunset {date}, less than the {days} days the policy \
                 requires"
            ),
        }
    }
}

/// Judges a deprecation with sunset `sunset` (the `x-sunset` value, if any) of something at
/// `stability`.
pub fn judge(
    options: &Options,
    stability: Option<Stability>,
    sunset_value: Option<&Value>,
) -> Deprecation {
    let days = options.deprecation_days(stability);
    let Some(value) = sunset_value else {
        return if days > 0 {
            Deprecation::SunsetMissing
        } else {
            Deprecation::Plain
        };
    };
    match sunset(value) {
        Err(e) => Deprecation::SunsetUnreadable(e),
        Ok(date) if date.days_since(options.today) < i64::from(days) => {
            Deprecation::SunsetTooSoon(date, days)
        }
        Ok(date) => Deprecation::WithSunset(date),
    }
}

/// What removing something deprecated (or not) amounts to.
pub enum Removal {
    /// It was not deprecated.
    WithoutDeprecation,
    /// It was deprecated with no sunset date.
    WithDeprecation,
    /// Its sunset date cannot be read.
    SunsetUnreadable(String),
    /// Its sunset date has not come yet.
    BeforeSunset(Date),
    /// Deprecated and past its sunset date, as announced.
    AfterSunset,
}

impl Removal {
    /// The removal as a change of the thing's existence.
    pub fn action(&self) -> Action {
        match self {
            Removal::WithoutDeprecation => Action::RemovedWithoutDeprecation,
            Removal::WithDeprecation => Action::RemovedWithDeprecation,
            Removal::SunsetUnreadable(_) => Action::RemovedSunsetUnreadable,
            Removal::BeforeSunset(_) => Action::RemovedBeforeSunset,
            Removal::AfterSunset => Action::RemovedAfterSunset,
        }
    }
}

/// Judges the removal of something with `deprecated` and `x-sunset` value `sunset_value`.
pub fn removal(options: &Options, deprecated: bool, sunset_value: Option<&Value>) -> Removal {
    if !deprecated {
        return Removal::WithoutDeprecation;
    }
    let Some(value) = sunset_value else {
        return Removal::WithDeprecation;
    };
    match sunset(value) {
        Err(e) => Removal::SunsetUnreadable(e),
        Ok(date) if options.today < date => Removal::BeforeSunset(date),
        Ok(_) => Removal::AfterSunset,
    }
}

/// What became of the sunset date of something that is deprecated in the head, when it is
/// worth a report.
pub enum SunsetChange {
    /// `x-sunset` was removed.
    Deleted,
    /// One of the two dates cannot be read, and why.
    Unreadable(String),
    /// Moved earlier, closer than allowed: old, new, days required.
    TooSoon(Date, Date, u32),
}

impl SunsetChange {
    /// The change as a change of `x-sunset`.
    pub fn action(&self) -> Action {
        match self {
            SunsetChange::Deleted => Action::Removed,
            SunsetChange::Unreadable(_) => Action::Unreadable,
            SunsetChange::TooSoon(..) => Action::ChangedTooSoon,
        }
    }
}

/// Judges the `x-sunset` of something deprecated in the head: `extensions` is how its
/// extensions changed, `base` and `head` its `x-sunset` values, and `stability` the
/// `x-stability-level` value of the operation it belongs to (an unreadable level still lets an
/// unreadable date be reported, not a date too soon).
pub fn sunset_change(
    options: &Options,
    extensions: &KeysDiff<'_>,
    base: Option<&Value>,
    head: Option<&Value>,
    stability: Option<&Value>,
) -> Option<SunsetChange> {
    if extensions.deleted("x-sunset") {
        return Some(SunsetChange::Deleted);
    }
    let (Some(base), Some(head)) = (base, head) else {
        return None;
    };
    if !extensions.modified("x-sunset") {
        return None;
    }
    let new = match sunset(head) {
        Ok(d) => d,
        Err(e) => return Some(SunsetChange::Unreadable(e)),
    };
    let old = match sunset(base) {
        Ok(d) => d,
        Err(e) => return Some(SunsetChange::Unreadable(e)),
    };
    let stability = self::stability(stability).ok()?;
    let days = options.deprecation_days(stability);
    (old > new && new.days_since(options.today) < i64::from(days))
        .then_some(SunsetChange::TooSoon(old, new, days))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_sunset_moved_earlier_than_the_policy_allows_is_too_soon_unless_the_level_is_unreadable() {
        let options = Options {
            today: Date::parse("2025-06-01").unwrap(),
            deprecation_days_stable: 30,
            ..Options::default()
        };
        let modified = KeysDiff {
            modified: vec!["x-sunset"],
            ..KeysDiff::default()
        };
        let change = |base: &str, head: &str, stability: Option<&Value>| {
            sunset_change(
                &options,
                &modified,
                Some(&json!(base)),
                Some(&json!(head)),
                stability,
            )
        };
        assert!(matches!(
            change("2025-12-31", "2025-06-10", None),
            Some(SunsetChange::TooSoon(_, _, 30))
        ));
        assert!(
            change("2025-12-31", "2025-08-01", None).is_none(),
            "far enough"
        );
        assert!(
            change("2025-06-10", "2025-06-20", None).is_none(),
            "moved later"
        );
        assert!(
            change("2025-12-31", "2025-06-10", Some(&json!("bogus"))).is_none(),
            "an unreadable level leaves the policy unknown"
        );
        assert!(matches!(
            change("2025-12-31", "soon", Some(&json!("bogus"))),
            Some(SunsetChange::Unreadable(_))
        ));
        let deleted = KeysDiff {
            deleted: vec!["x-sunset"],
            ..KeysDiff::default()
        };
        assert!(matches!(
            sunset_change(&options, &deleted, Some(&json!("2025-12-31")), None, None),
            Some(SunsetChange::Deleted)
        ));
    }
}
