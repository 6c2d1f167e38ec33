//! Enums that survive values the server adds later.
//!
//! The generated `types` module declares every enum of the spec with these macros (see the
//! codegen crate's `enums` module). Each enum has a variant per known value plus `Unknown`,
//! which keeps a value this version of the client has never seen: it decodes, re-encodes
//! unchanged, and shows in `Display`. (One exception: an integer that an older server sends
//! for a string enum is kept as its decimal text, so it re-encodes as a string.) Enums are
//! `#[non_exhaustive]`, so regenerating the client with a new known value does not break a
//! caller's `match`.

/// Declares a forward-compatible string enum.
#[doc(hidden)]
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $value:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $value, "`")]
                $variant,
            )*
            /// A value this version of the client does not know, kept as received (an integer
            /// from an older server as its decimal text).
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value this version of the client knows.
            pub const KNOWN: &'static [&'static str] = &[$($value),*];

            /// The value as it appears on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }

            /// Whether this is a value the client does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                $crate::forward_compatible::deserialize_text(deserializer).map(|text| Self::from(text.as_str()))
            }
        }

        #[cfg(feature = "schemars")]
        #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::string::String {
                stringify!($name).to_owned()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                $crate::forward_compatible::open_enum_schema(
                    ::schemars::schema::InstanceType::String,
                    Self::KNOWN.iter().map(|v| ::serde_json::Value::from(*v)),
                )
            }
        }
    };
}

/// Declares a forward-compatible integer enum.
#[doc(hidden)]
#[macro_export]
macro_rules! integer_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $value:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = concat!("`", $value, "`")]
                $variant,
            )*
            /// A value this version of the client does not know, kept exactly as received.
            Unknown(i64),
        }

        impl $name {
            /// Every value this version of the client knows.
            pub const KNOWN: &'static [i64] = &[$($value),*];

            /// The value as it appears on the wire.
            pub fn value(self) -> i64 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(value) => value,
                }
            }

            /// Whether this is a value the client does not know.
            pub fn is_unknown(self) -> bool {
                matches!(self, Self::Unknown(_))
            }
        }

        impl ::std::convert::From<i64> for $name {
            fn from(value: i64) -> Self {
                match value {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::num::ParseIntError;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                value.trim().parse::<i64>().map(Self::from)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.value(), f)
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        #[cfg(feature = "schemars")]
        #[cfg_attr(docsrs, doc(cfg(feature = "schemars")))]
        impl ::schemars::JsonSchema for $name {
            fn schema_name() -> ::std::string::String {
                stringify!($name).to_owned()
            }
            fn json_schema(_: &mut ::schemars::r#gen::SchemaGenerator) -> ::schemars::schema::Schema {
                $crate::forward_compatible::open_enum_schema(
                    ::schemars::schema::InstanceType::Integer,
                    Self::KNOWN.iter().map(|v| ::serde_json::Value::from(*v)),
                )
            }
        }
    };
}

// Generated code names the macros by this module's path; `cargo xtask try-spec` reuses them.
pub use crate::{integer_enum, string_enum};

/// Reads a string enum's value. Older Revolv3 servers sent some of these enums as integers;
/// such a value is kept as its decimal text rather than failing the whole response.
#[doc(hidden)]
pub fn deserialize_text<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<String, D::Error> {
    struct Text;
    impl serde::de::Visitor<'_> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a string (or, from older servers, an integer)")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_owned())
        }
        fn visit_string<E: serde::de::Error>(self, v: String) -> Result<String, E> {
            Ok(v)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
    }
    deserializer.deserialize_any(Text)
}

/// The JSON Schema of an open enum: its type, with the known values listed as examples (an
/// `enum` keyword would wrongly reject values the server adds later).
#[doc(hidden)]
#[cfg(feature = "schemars")]
pub fn open_enum_schema(
    instance_type: schemars::schema::InstanceType,
    known: impl Iterator<Item = serde_json::Value>,
) -> schemars::schema::Schema {
    schemars::schema::SchemaObject {
        instance_type: Some(instance_type.into()),
        metadata: Some(Box::new(schemars::schema::Metadata {
            examples: known.collect(),
            ..Default::default()
        })),
        ..Default::default()
    }
    .into()
}

#[cfg(test)]
#[allow(dead_code)]
mod tests {
    string_enum! {
        /// A test enum.
        Color { Red => "Red", DarkBlue => "dark blue" }
    }

    integer_enum! {
        /// A test integer enum.
        Order { Value1 => 1, Value2 => 2 }
    }

    #[test]
    fn string_enums_keep_unknown_values() {
        let decoded: Vec<Color> =
            serde_json::from_str(r#"["Red","dark blue","Chartreuse",7]"#).unwrap();
        assert_eq!(decoded[0], Color::Red);
        assert_eq!(decoded[1], Color::DarkBlue);
        assert_eq!(decoded[2], Color::Unknown("Chartreuse".into()));
        assert_eq!(decoded[3], Color::Unknown("7".into()));
        assert_eq!(decoded[2].to_string(), "Chartreuse");
        assert_eq!(
            serde_json::to_string(&decoded).unwrap(),
            r#"["Red","dark blue","Chartreuse","7"]"#
        );
        assert_eq!("dark blue".parse::<Color>().unwrap(), Color::DarkBlue);
        assert!(serde_json::from_str::<Color>("null").is_err());
    }

    #[test]
    fn integer_enums_keep_unknown_values() {
        let decoded: Vec<Order> = serde_json::from_str("[2, 9]").unwrap();
        assert_eq!(decoded, [Order::Value2, Order::Unknown(9)]);
        assert_eq!(serde_json::to_string(&decoded).unwrap(), "[2,9]");
        assert_eq!(decoded[1].to_string(), "9");
        assert_eq!("1".parse::<Order>().unwrap(), Order::Value1);
        assert!(serde_json::from_str::<Order>("\"x\"").is_err());
    }
}
