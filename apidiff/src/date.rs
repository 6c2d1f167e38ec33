//! Calendar dates, for sunset dates and deprecation policies.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// Today in UTC, from the system clock.
    pub fn today() -> Self {
        Date(Utc::now().date_naive())
    }

    /// Reads a sunset date as oasdiff accepts one: a full date (`2025-12-31`) or an RFC 3339
    /// timestamp, whose date (in its own offset) counts.
    pub fn parse(text: &str) -> Option<Self> {
        // `%Y` alone would take a two-digit year: a full date is exactly ten characters.
        if text.len() == 10 {
            return NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Date);
        }
        DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|timestamp| Date(timestamp.date_naive()))
    }

    /// Days from `earlier` to `self` (negative when `self` is before it).
    pub fn days_since(self, earlier: Date) -> i64 {
        (self.0 - earlier.0).num_days()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_dates_and_timestamps_and_counts_days() {
        let d = Date::parse("2024-02-29").unwrap();
        assert_eq!(d.to_string(), "2024-02-29");
        assert_eq!(
            Date::parse("2024-03-01T10:00:00+02:00")
                .unwrap()
                .days_since(d),
            1
        );
        assert_eq!(
            Date::parse("2024-03-01T23:30:00.5-05:00")
                .unwrap()
                .to_string(),
            "2024-03-01"
        );
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "24-01-01",
            "2024-1-011",
            "2024-01-01x",
            "2024/01/01",
            "2024-01-01T10:00",
            "tomorrow",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        assert!(Date::today() > Date::parse("2025-01-01").unwrap());
    }
}
