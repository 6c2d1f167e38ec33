//! Levels per rule id, under each profile.
//!
//! The `oasdiff` profile uses oasdiff's levels. The default `rust-client` profile starts from
//! them and changes a few where what *our generated client* does differs from a generic client;
//! [`RUST_CLIENT_DEVIATIONS`] lists each with its reason, and tests pin each one.

use crate::Level::{self, Error, Info, Warning};

/// Which levels to report with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// oasdiff's own levels, to compare results one to one.
    Oasdiff,
    /// Levels for callers of `revolv3-client` (the default).
    #[default]
    RustClient,
}

impl Profile {
    /// Parses `oasdiff` or `rust-client`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "oasdiff" => Some(Profile::Oasdiff),
            "rust-client" => Some(Profile::RustClient),
            _ => None,
        }
    }

    /// The level of rule `id` under this profile.
    pub fn level(self, id: &str) -> Level {
        if self == Profile::RustClient
            && let Some((_, level, _)) = RUST_CLIENT_DEVIATIONS
                .iter()
                .find(|(rule, _, _)| *rule == id)
        {
            return *level;
        }
        oasdiff_level(id)
    }
}

/// Rules whose level differs for `revolv3-client`, with the reason.
pub const RUST_CLIENT_DEVIATIONS: &[(&str, Level, &str)] = &[
    (
        "response-property-enum-value-added",
        Info,
        "every generated enum has an `Unknown` variant that keeps unseen values, so a new value decodes",
    ),
    (
        "response-body-enum-value-added",
        Info,
        "every generated enum has an `Unknown` variant that keeps unseen values, so a new value decodes",
    ),
    (
        "response-success-status-added",
        Error,
        "progenitor matches documented statuses only: a deployed client turns the new success status into `Error::UnexpectedResponse`",
    ),
    (
        "request-property-removed",
        Error,
        "the field disappears from the generated request struct, so every caller that sets it stops compiling",
    ),
    (
        "response-optional-property-removed",
        Error,
        "the field disappears from the generated response struct, so every caller that reads it stops compiling",
    ),
    (
        "new-optional-request-property",
        Warning,
        "typify adds a public field to the request struct: struct literals without `..Default::default()` stop compiling",
    ),
    (
        "request-path-parameter-renamed",
        Error,
        "the builder setter is named after the parameter (`.customer_id()`), so callers stop compiling",
    ),
];

/// oasdiff's level for `id`; schema rules are classified by their prefix and suffix.
pub fn oasdiff_level(id: &str) -> Level {
    match id {
        "api-path-removed-without-deprecation"
        | "api-removed-without-deprecation"
        | "request-parameter-became-required"
        | "new-required-request-parameter"
        | "new-required-request-default-parameter-to-existing-path"
        | "added-required-request-body"
        | "request-body-became-required"
        | "request-body-media-type-removed"
        | "response-success-status-removed"
        | "response-media-type-removed"
        | "required-response-header-removed"
        | "new-required-request-property"
        | "request-property-became-required"
        | "response-required-property-removed"
        | "response-property-became-optional" => Error,
        "request-parameter-removed"
        | "request-body-removed"
        | "optional-response-header-removed"
        | "request-property-removed"
        | "response-optional-property-removed" => Warning,
        "api-path-removed-with-deprecation"
        | "api-removed-with-deprecation"
        | "endpoint-added"
        | "endpoint-deprecated"
        | "request-path-parameter-renamed"
        | "request-parameter-became-optional"
        | "new-optional-request-parameter"
        | "new-optional-request-default-parameter-to-existing-path"
        | "added-optional-request-body"
        | "request-body-became-optional"
        | "request-body-media-type-added"
        | "response-non-success-status-removed"
        | "response-success-status-added"
        | "response-non-success-status-added"
        | "response-media-type-added"
        | "new-optional-request-property"
        | "request-property-became-optional"
        | "response-property-became-required"
        | "response-required-property-added"
        | "response-optional-property-added" => Info,
        _ => schema_rule_level(id),
    }
}

fn schema_rule_level(id: &str) -> Level {
    let request = id.starts_with("request-");
    let Some(suffix) = [
        "request-parameter-",
        "request-body-",
        "request-property-",
        "response-body-",
        "response-property-",
    ]
    .iter()
    .find_map(|p| id.strip_prefix(p)) else {
        return Info;
    };
    match (request, suffix) {
        (_, "type-changed") => Error,
        (false, "type-generalized") => Error,
        (true, "became-enum" | "enum-value-removed" | "became-not-nullable") => Error,
        (true, "pattern-added") => Error,
        (true, "pattern-changed") => Warning,
        (true, "all-of-removed") => Warning,
        (true, "max-decreased" | "max-length-decreased" | "max-items-decreased") => Error,
        (true, "min-increased" | "min-length-increased" | "min-items-increased") => Error,
        (
            true,
            "max-set" | "max-length-set" | "max-items-set" | "min-set" | "min-length-set"
            | "min-items-set",
        ) => Warning,
        (true, "one-of-removed" | "any-of-removed" | "all-of-added") => Error,
        (false, "enum-value-added") => Warning,
        (false, "became-nullable") => Error,
        (false, "one-of-added" | "any-of-added" | "all-of-removed") => Warning,
        (false, "max-increased" | "max-length-increased" | "max-items-increased") => Warning,
        (false, "min-decreased" | "min-length-decreased" | "min-items-decreased") => Warning,
        _ => Info,
    }
}
