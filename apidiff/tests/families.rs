//! One small fixture pair per family of rules (`fixtures/<family>/{base,head}.yaml`), diffed
//! under the oasdiff profile on a fixed day: what each family reports, rule by rule.

use std::path::{Path, PathBuf};

use revolv3_apidiff::{Date, Options, Profile, diff_with, load_document_with};
use serde_json::Value;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn load(path: &Path) -> Value {
    let dir = path.parent().unwrap().to_owned();
    let bytes = std::fs::read(path).unwrap();
    let mut read = |file: &str| std::fs::read(dir.join(file)).map_err(|e| e.to_string());
    load_document_with(&path.display().to_string(), &bytes, &mut read).unwrap()
}

fn options(profile: Profile) -> Options {
    Options {
        profile,
        today: Date::parse("2025-06-01").unwrap(),
        ..Options::default()
    }
}

/// `level id METHOD /path` for every change of `family`, sorted.
fn report_with(family: &str, options: &Options) -> Vec<String> {
    let (base, head) = pair(family);
    let mut lines: Vec<String> = diff_with(&load(&base), &load(&head), options)
        .unwrap()
        .iter()
        .map(|c| {
            format!(
                "{} {} {}",
                c.level,
                c.rule.id(),
                c.operation
                    .as_ref()
                    .map_or("-".to_owned(), ToString::to_string)
            )
        })
        .collect();
    lines.sort();
    let unmatched = revolv3_apidiff::unmatched_changes();
    assert!(unmatched.is_empty(), "no registry row covers {unmatched:?}");
    lines
}

fn report(family: &str) -> Vec<String> {
    report_with(family, &options(Profile::Oasdiff))
}

fn pair(family: &str) -> (PathBuf, PathBuf) {
    let dir = fixtures().join(family);
    if dir.join("base.yaml").exists() {
        (dir.join("base.yaml"), dir.join("head.yaml"))
    } else {
        (dir.join("base/openapi.yaml"), dir.join("head/openapi.yaml"))
    }
}

const FAMILIES: [&str; 20] = [
    "endpoints",
    "stability",
    "parameters",
    "parameter-schemas",
    "request-bodies",
    "responses",
    "types",
    "nullability",
    "enums",
    "bounds",
    "values",
    "properties",
    "compositions",
    "discriminator",
    "keywords",
    "deprecation",
    "security",
    "metadata",
    "components",
    "versioning",
];

#[test]
fn every_fixture_against_itself_reports_nothing() {
    for family in FAMILIES.iter().chain(&["external"]) {
        let (base, _) = pair(family);
        let doc = load(&base);
        assert!(
            diff_with(&doc, &doc, &options(Profile::RustClient))
                .unwrap()
                .is_empty(),
            "{family}"
        );
    }
}

#[test]
fn endpoints_added_removed_deprecated_and_sunset() {
    assert_eq!(
        report("endpoints"),
        [
            "error api-path-removed-before-sunset GET /toys",
            "error api-path-removed-without-deprecation GET /owners",
            "error sunset-deleted GET /legacy",
            "info endpoint-added DELETE /pets",
            "info endpoint-added GET /stores",
            "info endpoint-deprecated-with-sunset GET /items/{id}",
            "info endpoint-reactivated GET /orders",
        ]
    );
}

#[test]
fn a_sunset_closer_than_the_policy_allows_is_an_error() {
    let strict = Options {
        deprecation_days_stable: 365,
        ..options(Profile::Oasdiff)
    };
    let lines = report_with("endpoints", &strict);
    assert!(
        lines.contains(&"error api-sunset-date-too-small GET /items/{id}".to_owned()),
        "{lines:#?}"
    );
}

#[test]
fn stability_levels_are_reported_and_less_stable_operations_left_out() {
    assert_eq!(
        report("stability"),
        [
            "error api-invalid-stability-level GET /c",
            "error api-invalid-stability-level GET /c",
            "error api-stability-decreased GET /a",
            "info response-property-stability-increased GET /d",
        ]
    );
    // With the threshold lowered to alpha, the alpha operation's removed parameter counts.
    let alpha = Options {
        stability_level: revolv3_apidiff::Stability::Alpha,
        ..options(Profile::Oasdiff)
    };
    assert!(
        report_with("stability", &alpha)
            .contains(&"warning request-parameter-removed GET /b".to_owned())
    );
}

#[test]
fn parameters_added_removed_required_deprecated() {
    assert_eq!(
        report("parameters"),
        [
            "error new-required-request-default-parameter-to-existing-path GET /owners",
            "error new-required-request-parameter GET /pets/{petId}",
            "error request-parameter-became-required GET /pets/{petId}",
            "error request-parameter-removed-before-sunset GET /pets/{petId}",
            "info new-optional-request-parameter GET /pets/{petId}",
            "info request-parameter-deprecated GET /pets/{petId}",
            "warning request-parameter-removed GET /pets/{petId}",
        ]
    );
}

#[test]
fn a_renamed_path_parameter_is_our_extension_for_the_rust_client() {
    let lines = report_with("parameters", &options(Profile::RustClient));
    assert!(
        lines.contains(&"error request-path-parameter-renamed GET /pets/{petId}".to_owned()),
        "{lines:#?}"
    );
}

#[test]
fn parameter_schemas() {
    assert_eq!(
        report("parameter-schemas"),
        [
            "error request-parameter-became-enum GET /search",
            "error request-parameter-default-value-changed GET /search",
            "error request-parameter-enum-value-removed GET /search",
            "error request-parameter-min-increased GET /search",
            "error request-parameter-pattern-added GET /search",
            "error request-parameter-type-changed GET /search",
            "error request-parameter-x-extensible-enum-value-removed GET /search",
            "info request-parameter-became-nullable GET /search",
            "info request-parameter-enum-value-added GET /search",
            "info request-parameter-enum-value-added GET /search",
            "info request-parameter-enum-value-added GET /search",
            "info request-parameter-enum-value-added GET /search",
            // A scalar query parameter becoming a form/explode array of the same type still
            // accepts `?tag=x`; integer to number widens.
            "info request-parameter-type-generalized GET /search",
            "info request-parameter-type-generalized GET /search",
            "warning request-parameter-max-length-set GET /search",
        ]
    );
}

#[test]
fn request_bodies() {
    assert_eq!(
        report("request-bodies"),
        [
            "error request-body-added-required POST /a",
            "error request-body-became-required POST /c",
            "error request-body-media-type-removed POST /c",
            "error request-body-media-type-schema-added POST /c",
            "error request-body-removed POST /b",
            "info request-body-media-type-added POST /c",
        ]
    );
}

#[test]
fn responses_statuses_media_types_and_headers() {
    assert_eq!(
        report("responses"),
        [
            "error required-response-header-removed GET /a",
            "error response-header-became-optional GET /a",
            "error response-header-type-generalized GET /a",
            "error response-media-type-removed GET /a",
            "error response-success-status-removed GET /a",
            "info response-header-added GET /a",
            "info response-media-type-added GET /a",
            "info response-media-type-name-specialized GET /b",
            "info response-non-success-status-added GET /a",
            "info response-success-status-added GET /a",
        ]
    );
}

#[test]
fn types_are_judged_toward_the_receiving_side() {
    assert_eq!(
        report("types"),
        [
            "error request-property-type-changed POST /orders",
            "error response-body-type-changed POST /notes",
            "error response-property-type-changed POST /orders",
            "error response-property-type-generalized POST /orders",
            "info request-body-type-compatible POST /notes",
            "info request-property-list-of-types-widened POST /orders",
            "info request-property-type-generalized POST /orders",
            "info request-property-type-generalized POST /orders",
            "info response-property-type-specialized POST /orders",
        ]
    );
}

#[test]
fn nullability_in_its_three_spellings_is_reported_once() {
    // The oneOf [null, X] wrapper reads as a type change, a oneOf added and properties moved;
    // only the nullability is reported.
    assert_eq!(
        report("nullability"),
        [
            "error response-property-became-nullable POST /users",
            "info request-body-became-nullable POST /users",
            "info response-property-became-not-nullable POST /users",
        ]
    );
}

#[test]
fn enums() {
    assert_eq!(
        report("enums"),
        [
            "error request-body-became-enum PUT /levels",
            "error request-property-became-enum POST /tickets",
            "error request-property-enum-value-removed POST /tickets",
            "error request-property-x-extensible-enum-value-removed POST /tickets",
            "info request-property-enum-value-added POST /tickets",
            "info request-property-enum-value-added POST /tickets",
            "info request-property-enum-value-added POST /tickets",
            "info request-read-only-property-enum-value-removed POST /tickets",
            "info response-mediatype-enum-value-removed GET /levels",
            "info response-property-enum-value-removed POST /tickets",
            "warning response-property-enum-value-added POST /tickets",
        ]
    );
}

#[test]
fn bounds_narrowing_requests_and_widening_responses() {
    assert_eq!(
        report("bounds"),
        [
            "error request-property-max-decreased POST /items",
            "error request-property-min-items-increased POST /items",
            "error response-property-max-length-unset POST /items",
            "error response-property-min-decreased POST /items",
            "info request-property-max-length-increased POST /items",
            "info request-read-only-property-max-decreased POST /items",
            "warning request-property-min-set POST /items",
        ]
    );
}

#[test]
fn patterns_defaults_and_const() {
    assert_eq!(
        report("values"),
        [
            "error request-property-const-changed POST /things",
            "error response-property-const-removed POST /things",
            "info request-body-default-value-changed POST /things",
            "info request-property-default-value-added POST /things",
            "info request-property-pattern-generalized POST /things",
            "info response-property-pattern-added POST /things",
            "warning request-property-pattern-changed POST /things",
        ]
    );
}

#[test]
fn properties_added_removed_required_and_mutability() {
    assert_eq!(
        report("properties"),
        [
            "error new-required-request-property POST /accounts",
            "error new-required-request-property-with-default POST /accounts",
            "error request-body-wrapped-in-one-of PUT /shapes",
            "error request-property-became-required POST /accounts",
            "error response-property-became-optional POST /accounts",
            "info new-optional-request-property POST /accounts",
            "info request-optional-property-became-read-only POST /accounts",
            "info request-property-became-optional POST /accounts",
            "info response-optional-property-added POST /accounts",
            "info response-optional-write-only-property-added POST /accounts",
            "warning request-property-removed POST /accounts",
            "warning response-optional-property-removed POST /accounts",
        ]
    );
}

#[test]
fn compositions() {
    assert_eq!(
        report("compositions"),
        [
            "error request-body-all-of-added POST /pets",
            "error response-property-one-of-added POST /pets",
            "info request-body-all-of-added-annotation-only POST /pets",
            "info response-property-any-of-removed POST /pets",
        ]
    );
}

#[test]
fn discriminators() {
    assert_eq!(
        report("discriminator"),
        [
            "info request-body-discriminator-mapping-added POST /pets",
            "info request-body-discriminator-mapping-changed POST /pets",
            "info request-body-discriminator-mapping-deleted POST /pets",
            "info request-body-discriminator-property-name-changed POST /pets",
            "info response-property-discriminator-added POST /pets",
        ]
    );
}

#[test]
fn json_schema_2020_keywords() {
    assert_eq!(
        report("keywords"),
        [
            "error request-property-contains-added POST /events",
            "error request-property-content-media-type-changed POST /events",
            "error request-property-dependent-required-added POST /events",
            "error request-property-if-added POST /events",
            "error request-property-prefix-items-removed POST /events",
            "error request-property-then-added POST /events",
            "info request-property-dependent-schema-removed POST /events",
            "info response-property-min-contains-increased POST /events",
            "info response-property-pattern-property-added POST /events",
            "info response-property-property-names-added POST /events",
            "info response-property-unevaluated-properties-added POST /events",
        ]
    );
}

#[test]
fn property_deprecation() {
    assert_eq!(
        report("deprecation"),
        [
            "error response-property-deprecated-sunset-invalid PUT /profiles",
            "info request-property-deprecated PUT /profiles",
            "info request-property-reactivated PUT /profiles",
            "info response-property-deprecated-with-sunset PUT /profiles",
        ]
    );
}

#[test]
fn security_requirements_and_schemes() {
    assert_eq!(
        report("security"),
        [
            "info api-global-security-added -",
            "info api-global-security-removed -",
            "info api-security-added GET /b",
            "info api-security-component-added -",
            "info api-security-component-oauth-scope-added -",
            "info api-security-component-oauth-scope-changed -",
            "info api-security-component-oauth-url-changed -",
            "info api-security-component-removed -",
            "info api-security-component-type-changed -",
            "info api-security-scope-added GET /a",
        ]
    );
}

#[test]
fn operation_ids_and_tags() {
    assert_eq!(
        report("metadata"),
        [
            "info api-operation-id-added GET /b",
            "info api-operation-id-removed GET /a",
            "info api-tag-added GET /a",
            "info api-tag-removed GET /a",
        ]
    );
}

#[test]
fn components_and_webhooks() {
    assert_eq!(
        report("components"),
        [
            "error request-property-type-changed POST webhook:paid",
            "error webhook-removed -",
            "info api-schema-removed -",
            "info webhook-added -",
        ]
    );
}

#[test]
fn a_breaking_change_needs_a_major_version() {
    assert_eq!(
        report("versioning"),
        [
            "error api-path-removed-without-deprecation GET /b",
            "info api-major-version-not-bumped -",
        ]
    );
    let off = Options {
        versioning_policy: false,
        ..options(Profile::Oasdiff)
    };
    assert_eq!(report_with("versioning", &off).len(), 1);
}

#[test]
fn external_references_are_followed_relative_to_the_referring_file() {
    // The change is two files away, inside a reference cycle (pet ↔ owner).
    assert_eq!(
        report("external"),
        ["error response-property-type-changed GET /pets"]
    );
}
