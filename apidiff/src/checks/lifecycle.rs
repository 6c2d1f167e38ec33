//! Reading the lifecycle extensions: `x-stability-level` and `x-sunset`, and the deprecation
//! policy that ties them to a number of days.

use serde_json::Value;

use crate::options::Stability;
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

/// The label of a stability, `stable` when none is given.
pub fn label(stability: Option<Stability>) -> &'static str {
    level(stability).as_str()
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
    /// Deprecated and past its sunset date: nothing to report.
    AfterSunset,
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

/// A sunset date moved: `Some` with the dates when the new one is earlier than the old one
/// and closer than the policy allows.
pub enum SunsetMove {
    /// One of the two dates cannot be read, and why.
    Unreadable(String),
    /// Moved earlier, closer than allowed: old, new, days required.
    TooSoon(Date, Date, u32),
    /// Within policy.
    Fine,
}

/// Judges a sunset date changed from `base` to `head` on something at `stability`.
pub fn sunset_move(
    options: &Options,
    stability: Option<Stability>,
    base: &Value,
    head: &Value,
) -> SunsetMove {
    let new = match sunset(head) {
        Ok(d) => d,
        Err(e) => return SunsetMove::Unreadable(e),
    };
    let old = match sunset(base) {
        Ok(d) => d,
        Err(e) => return SunsetMove::Unreadable(e),
    };
    let days = options.deprecation_days(stability);
    if old > new && new.days_since(options.today) < i64::from(days) {
        SunsetMove::TooSoon(old, new, days)
    } else {
        SunsetMove::Fine
    }
}
