//! Range-checked integers for parameters and fields the spec bounds on both sides.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An integer in `MIN..=MAX`, checked when it is made.
///
/// The generated client uses it wherever the spec gives an integer a `minimum` and a `maximum`
/// (Revolv3's ids are `1..=1000000000`). Builder setters accept any integer through `TryFrom`,
/// so `client.delete_customer().customer_id(42u64)` compiles and `customer_id(0u64)` makes
/// `send()` fail with [`crate::Error::InvalidRequest`] before any request leaves the process.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bounded<const MIN: i64, const MAX: i64>(i64);

/// A value outside a [`Bounded`] range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOfRange {
    /// The value that was given, as text (it may not fit an `i64`).
    pub value: String,
    /// Inclusive lower bound.
    pub min: i64,
    /// Inclusive upper bound.
    pub max: i64,
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is outside {}..={}", self.value, self.min, self.max)
    }
}

impl std::error::Error for OutOfRange {}

impl<const MIN: i64, const MAX: i64> Bounded<MIN, MAX> {
    /// The value, or an error when it is out of range.
    pub fn new(value: i64) -> Result<Self, OutOfRange> {
        if (MIN..=MAX).contains(&value) {
            Ok(Self(value))
        } else {
            Err(OutOfRange {
                value: value.to_string(),
                min: MIN,
                max: MAX,
            })
        }
    }

    /// The integer itself.
    pub fn get(self) -> i64 {
        self.0
    }
}

macro_rules! try_from_integer {
    ($($t:ty),*) => {$(
        impl<const MIN: i64, const MAX: i64> TryFrom<$t> for Bounded<MIN, MAX> {
            type Error = OutOfRange;
            fn try_from(value: $t) -> Result<Self, OutOfRange> {
                let out_of_range = || OutOfRange { value: value.to_string(), min: MIN, max: MAX };
                i64::try_from(value).map_err(|_| out_of_range()).and_then(Self::new)
            }
        }
    )*};
}
try_from_integer!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

impl<const MIN: i64, const MAX: i64> From<Bounded<MIN, MAX>> for i64 {
    fn from(value: Bounded<MIN, MAX>) -> Self {
        value.0
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Display for Bounded<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<const MIN: i64, const MAX: i64> fmt::Debug for Bounded<MIN, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl<const MIN: i64, const MAX: i64> FromStr for Bounded<MIN, MAX> {
    type Err = OutOfRange;
    fn from_str(s: &str) -> Result<Self, OutOfRange> {
        let parsed = s.trim().parse::<i64>().map_err(|_| OutOfRange {
            value: s.to_owned(),
            min: MIN,
            max: MAX,
        })?;
        Self::new(parsed)
    }
}

impl<const MIN: i64, const MAX: i64> Serialize for Bounded<MIN, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.0)
    }
}

impl<'de, const MIN: i64, const MAX: i64> Deserialize<'de> for Bounded<MIN, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // A server value outside the documented range is still the server's value: decoding
        // must not fail on it, so only values we send are checked.
        i64::deserialize(deserializer).map(Self)
    }
}

#[cfg(feature = "schemars")]
#[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
impl<const MIN: i64, const MAX: i64> schemars::JsonSchema for Bounded<MIN, MAX> {
    fn schema_name() -> String {
        format!("Bounded_{MIN}_{MAX}")
    }

    fn json_schema(_: &mut schemars::r#gen::SchemaGenerator) -> schemars::schema::Schema {
        schemars::schema::SchemaObject {
            instance_type: Some(schemars::schema::InstanceType::Integer.into()),
            number: Some(Box::new(schemars::schema::NumberValidation {
                minimum: Some(MIN as f64),
                maximum: Some(MAX as f64),
                ..Default::default()
            })),
            ..Default::default()
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Id = Bounded<1, 1_000_000_000>;

    #[test]
    fn accepts_the_range_and_refuses_outside_it() {
        assert_eq!(Id::try_from(1u64).unwrap().get(), 1);
        assert_eq!(Id::try_from(1_000_000_000i32).unwrap().get(), 1_000_000_000);
        assert_eq!(
            Id::try_from(0u64).unwrap_err().to_string(),
            "0 is outside 1..=1000000000"
        );
        assert!(Id::try_from(1_000_000_001i64).is_err());
        assert!(Id::try_from(u64::MAX).is_err());
        assert!(Id::try_from(-5i8).is_err());
        assert!("12".parse::<Id>().is_ok());
        assert!("x".parse::<Id>().is_err());
    }

    #[test]
    fn serializes_as_a_plain_number_and_decodes_any_server_value() {
        let id = Id::try_from(42u32).unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(id.to_string(), "42");
        let from_server: Id = serde_json::from_str("0").unwrap();
        assert_eq!(from_server.get(), 0);
    }
}
