//! What cargo-semver-checks cannot see, and why: the findings whose break shows at run time
//! or only in a type it does not compare. `semver` names the reason when the verdicts differ
//! for one of these, and only these.
//!
//! A finding is judged by the registry's columns of its rule (where and what it changes), so a
//! rule added to the registry is judged without a new entry here.

use revolv3_apidiff::{
    Action, Attribute, Change, Direction, Pattern, Place, Qualifier, Qualifiers, RustChangeKind,
};

use super::TOOL_VERSION;

/// Why cargo-semver-checks does not see the break `finding` reports, when it cannot.
pub fn why_unseen(finding: &Change) -> Option<String> {
    // The finding changes a type in the Rust API (a field's, a setter's argument, what `send`
    // returns): cargo-semver-checks compares items, not their types.
    if let Some(retyped) = finding
        .rust
        .iter()
        .find(|r| r.change == RustChangeKind::TypeChanged)
    {
        return Some(format!(
            "a type in the Rust API changes ({retyped}); cargo-semver-checks {TOOL_VERSION} \
             does not compare the types of fields, arguments or results"
        ));
    }
    let patterns = finding.rule.def().at;
    AT_RUN_TIME
        .iter()
        .find(|(covers, _)| !patterns.is_empty() && patterns.iter().all(covers))
        .map(|(_, why)| format!("{why}; no signature changes"))
}

/// Whether every change a registry pattern reports is of one kind.
type Covers = fn(&Pattern) -> bool;

/// The kinds of change whose break shows when a request is sent or a response read, each with
/// the reason. A rule is one of them when every change it reports (each of its patterns) is.
const AT_RUN_TIME: [(Covers, &str); 6] = [
    (
        required_in_request,
        "wire behaviour: the compiler does not ask for a value the server now requires, \
         so send() (or the body's try_into()) fails until the caller sets it",
    ),
    (
        |p| all(p.attributes, &VALUE_CONSTRAINTS),
        "a constraint on values, checked when a value is built or by the server",
    ),
    (
        |p| all(p.places, &[Place::SuccessStatus]),
        "wire behaviour: progenitor matches documented statuses only, so a deployed client \
         turns an undocumented success status into Error::UnexpectedResponse",
    ),
    (
        |p| all(p.places, &[Place::MediaType]),
        "wire behaviour: which media types a request is sent as or a response is read as",
    ),
    (
        |p| all(p.attributes, &BOOKKEEPING),
        "the deprecation policy and the document's bookkeeping, not the API's shape",
    ),
    (
        |p| all(p.attributes, &SECURITY),
        "authentication is sent as the client is configured, at run time",
    ),
];

/// Keywords that constrain values without changing their Rust type.
const VALUE_CONSTRAINTS: [Attribute; 26] = [
    Attribute::Default,
    Attribute::Const,
    Attribute::Pattern,
    Attribute::Maximum,
    Attribute::ExclusiveMaximum,
    Attribute::Minimum,
    Attribute::ExclusiveMinimum,
    Attribute::MaxLength,
    Attribute::MinLength,
    Attribute::MaxItems,
    Attribute::MinItems,
    Attribute::Contains,
    Attribute::MinContains,
    Attribute::MaxContains,
    Attribute::If,
    Attribute::Then,
    Attribute::Else,
    Attribute::DependentRequired,
    Attribute::DependentSchema,
    Attribute::PatternProperty,
    Attribute::PropertyNames,
    Attribute::UnevaluatedItems,
    Attribute::UnevaluatedProperties,
    Attribute::ContentSchema,
    Attribute::ContentMediaType,
    Attribute::ContentEncoding,
];

const BOOKKEEPING: [Attribute; 5] = [
    Attribute::Deprecation,
    Attribute::Sunset,
    Attribute::Stability,
    Attribute::Version,
    Attribute::SchemaNesting,
];

const SECURITY: [Attribute; 6] = [
    Attribute::Security,
    Attribute::AnonymousSecurity,
    Attribute::SecurityScope,
    Attribute::AuthorizationUrl,
    Attribute::TokenUrl,
    Attribute::OauthScope,
];

/// Something a request must now carry: a parameter, body or property that became required,
/// or a new required (or path) parameter or property.
fn required_in_request(p: &Pattern) -> bool {
    let required_or_in_path = [Qualifier::Required, Qualifier::InPath]
        .into_iter()
        .any(|q| p.qualifiers.includes(Qualifiers::of(&[q])));
    all(p.directions, &[Direction::Request])
        && ((all(p.attributes, &[Attribute::Required]) && all(p.actions, &[Action::Set]))
            || (all(p.attributes, &[Attribute::Existence])
                && all(p.actions, &[Action::Added])
                && required_or_in_path))
}

fn all<T: PartialEq>(values: &[T], allowed: &[T]) -> bool {
    values.iter().all(|v| allowed.contains(v))
}

/// The rules `why_unseen` judges unseen without a Rust change, for the tests.
#[cfg(test)]
fn unseen_rules() -> Vec<&'static str> {
    revolv3_apidiff::RULES
        .iter()
        .filter(|def| {
            !def.at.is_empty()
                && AT_RUN_TIME
                    .iter()
                    .any(|(covers, _)| def.at.iter().all(covers))
        })
        .map(|def| def.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_behaviour_is_unseen_and_shape_is_seen() {
        let unseen = unseen_rules();
        for id in [
            "new-required-request-parameter",
            "request-parameter-became-required",
            "request-body-became-required",
            "new-required-request-property",
            "new-request-path-parameter",
            "response-success-status-added",
            "response-success-status-removed",
            "request-property-max-length-decreased",
            "request-body-media-type-removed",
            "api-deprecated-sunset-missing",
        ] {
            assert!(unseen.contains(&id), "{id} should be a blind spot");
        }
        for id in [
            "request-parameter-removed",
            "response-optional-property-removed",
            "api-removed-without-deprecation",
            "request-property-enum-value-removed",
            "api-schema-removed",
            "request-property-became-optional",
        ] {
            assert!(!unseen.contains(&id), "{id} changes the Rust API");
        }
    }
}
