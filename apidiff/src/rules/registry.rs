//! The registry table: one entry per rule, oasdiff's first (grouped by the family of changes
//! they report, with oasdiff's ids and default levels), then our own extensions.
//!
//! Entry: `Variant = "id", level, kind, "description"`, optionally followed by
//! `rust_client(level, WHY)` (a literal, or one of the shared reasons below) and `extension("why")`.

use super::{Kind, Level, RuleDef};

/// Why a string constraint that typify turns into a validating newtype breaks callers.
const VALIDATING_NEWTYPE: &str = "typify turns a string with a length limit or pattern into a validating newtype, so setting or lifting the constraint changes the field's Rust type (`String` to the newtype or back), and code that builds or reads it stops compiling";
/// Why a removed response enum value breaks callers.
const ENUM_VARIANT_REMOVED: &str =
    "the value's variant disappears from the generated enum, so code that names it stops compiling";

registry! {
    // request property deprecation
    RequestPropertyDeprecated = "request-property-deprecated", Info, Lifecycle,
        "A request property was deprecated.";
    RequestPropertyDeprecatedWithSunset = "request-property-deprecated-with-sunset", Info, Lifecycle,
        "A request property was deprecated with a sunset date.";
    RequestPropertyDeprecatedSunsetMissing = "request-property-deprecated-sunset-missing", Error, Lifecycle,
        "A request property was deprecated without the sunset date the deprecation policy asks for.";
    RequestPropertyDeprecatedSunsetInvalid = "request-property-deprecated-sunset-invalid", Error, Lifecycle,
        "A request property was deprecated with a sunset date that cannot be read.";
    RequestPropertyReactivated = "request-property-reactivated", Info, Lifecycle,
        "A request property is no longer deprecated.";
    RequestPropertySunsetDateTooSmall = "request-property-sunset-date-too-small", Error, Lifecycle,
        "A request property was deprecated with a sunset date earlier than the deprecation policy allows.";
    // response property deprecation
    ResponsePropertyDeprecated = "response-property-deprecated", Info, Lifecycle,
        "A response property was deprecated.";
    ResponsePropertyDeprecatedWithSunset = "response-property-deprecated-with-sunset", Info, Lifecycle,
        "A response property was deprecated with a sunset date.";
    ResponsePropertyDeprecatedSunsetMissing = "response-property-deprecated-sunset-missing", Error, Lifecycle,
        "A response property was deprecated without the sunset date the deprecation policy asks for.";
    ResponsePropertyDeprecatedSunsetInvalid = "response-property-deprecated-sunset-invalid", Error, Lifecycle,
        "A response property was deprecated with a sunset date that cannot be read.";
    ResponsePropertyReactivated = "response-property-reactivated", Info, Lifecycle,
        "A response property is no longer deprecated.";
    ResponsePropertySunsetDateTooSmall = "response-property-sunset-date-too-small", Error, Lifecycle,
        "A response property was deprecated with a sunset date earlier than the deprecation policy allows.";
    // operation added
    EndpointAdded = "endpoint-added", Info, Existence,
        "An operation was added.";
    // operation component security updated
    ApiSecurityComponentRemoved = "api-security-component-removed", Info, Existence,
        "A security scheme was removed from components.";
    ApiSecurityComponentAdded = "api-security-component-added", Info, Existence,
        "A security scheme was added to components.";
    ApiSecurityComponentOauthUrlChanged = "api-security-component-oauth-url-changed", Info, Type,
        "The authorization URL of an implicit OAuth flow changed.";
    ApiSecurityComponentTypeChanged = "api-security-component-type-changed", Info, Type,
        "The type of a security scheme changed.";
    ApiSecurityComponentOauthTokenUrlChanged = "api-security-component-oauth-token-url-changed", Info, Type,
        "The token URL of an implicit OAuth flow changed.";
    ApiSecurityComponentOauthScopeAdded = "api-security-component-oauth-scope-added", Info, Existence,
        "A scope was added to an implicit OAuth flow.";
    ApiSecurityComponentOauthScopeRemoved = "api-security-component-oauth-scope-removed", Info, Existence,
        "A scope was removed from an implicit OAuth flow.";
    ApiSecurityComponentOauthScopeChanged = "api-security-component-oauth-scope-changed", Info, Type,
        "The description of an implicit OAuth flow scope changed.";
    // operation security updated
    ApiSecurityRemoved = "api-security-removed", Info, Existence,
        "A security requirement was removed from an operation.";
    ApiSecurityAdded = "api-security-added", Info, Existence,
        "A security requirement was added to an operation.";
    ApiSecurityScopeAdded = "api-security-scope-added", Info, Existence,
        "A scope was added to a security requirement of an operation.";
    ApiSecurityScopeRemoved = "api-security-scope-removed", Info, Existence,
        "A scope was removed from a security requirement of an operation.";
    ApiGlobalSecurityRemoved = "api-global-security-removed", Info, Existence,
        "A security requirement was removed from the document.";
    ApiGlobalSecurityAdded = "api-global-security-added", Info, Existence,
        "A security requirement was added to the document.";
    ApiGlobalSecurityScopeAdded = "api-global-security-scope-added", Info, Existence,
        "A scope was added to a document-level security requirement.";
    ApiGlobalSecurityScopeRemoved = "api-global-security-scope-removed", Info, Existence,
        "A scope was removed from a document-level security requirement.";
    // stability and versioning policies
    ApiVersionNotBumped = "api-version-not-bumped", Info, Lifecycle,
        "The document changed but info.version did not.";
    ApiVersionDecreased = "api-version-decreased", Info, Lifecycle,
        "info.version went down.";
    ApiMajorVersionNotBumped = "api-major-version-not-bumped", Info, Lifecycle,
        "A breaking change came without a major info.version bump.";
    ApiStabilityDecreased = "api-stability-decreased", Error, Lifecycle,
        "The x-stability-level of an operation went down.";
    ApiStabilityIncreased = "api-stability-increased", Info, Lifecycle,
        "The x-stability-level of an operation went up.";
    RequestPropertyStabilityDecreased = "request-property-stability-decreased", Error, Lifecycle,
        "The x-stability-level of a request property went down.";
    RequestPropertyStabilityIncreased = "request-property-stability-increased", Info, Lifecycle,
        "The x-stability-level of a request property went up.";
    ResponsePropertyStabilityDecreased = "response-property-stability-decreased", Error, Lifecycle,
        "The x-stability-level of a response property went down.";
    ResponsePropertyStabilityIncreased = "response-property-stability-increased", Info, Lifecycle,
        "The x-stability-level of a response property went up.";
    // operation deprecation
    EndpointReactivated = "endpoint-reactivated", Info, Lifecycle,
        "An operation is no longer deprecated.";
    ApiDeprecatedSunsetParse = "api-deprecated-sunset-parse", Error, Lifecycle,
        "An operation was deprecated with a sunset date that cannot be read.";
    ApiDeprecatedSunsetMissing = "api-deprecated-sunset-missing", Error, Lifecycle,
        "An operation was deprecated without the sunset date the deprecation policy asks for.";
    ApiInvalidStabilityLevel = "api-invalid-stability-level", Error, Lifecycle,
        "An operation or property has an x-stability-level that is not draft, alpha, beta or stable.";
    ApiSunsetDateTooSmall = "api-sunset-date-too-small", Error, Lifecycle,
        "An operation was deprecated with a sunset date earlier than the deprecation policy allows.";
    EndpointDeprecated = "endpoint-deprecated", Info, Lifecycle,
        "An operation was deprecated.";
    EndpointDeprecatedWithSunset = "endpoint-deprecated-with-sunset", Info, Lifecycle,
        "An operation was deprecated with a sunset date.";
    // request parameter deprecation
    RequestParameterReactivated = "request-parameter-reactivated", Info, Lifecycle,
        "A request parameter is no longer deprecated.";
    RequestParameterDeprecatedSunsetMissing = "request-parameter-deprecated-sunset-missing", Error, Lifecycle,
        "A request parameter was deprecated without the sunset date the deprecation policy asks for.";
    RequestParameterSunsetDateTooSmall = "request-parameter-sunset-date-too-small", Error, Lifecycle,
        "A request parameter was deprecated with a sunset date earlier than the deprecation policy allows.";
    RequestParameterDeprecated = "request-parameter-deprecated", Info, Lifecycle,
        "A request parameter was deprecated.";
    // operation removed
    ApiPathRemovedWithoutDeprecation = "api-path-removed-without-deprecation", Error, Existence,
        "A path was removed without being deprecated first.";
    ApiPathRemovedWithDeprecation = "api-path-removed-with-deprecation", Info, Existence,
        "A deprecated path was removed.";
    ApiPathSunsetParse = "api-path-sunset-parse", Error, Lifecycle,
        "A removed or re-dated operation has a sunset date that cannot be read.";
    ApiPathRemovedBeforeSunset = "api-path-removed-before-sunset", Error, Existence,
        "A deprecated path was removed before its sunset date.";
    ApiRemovedWithoutDeprecation = "api-removed-without-deprecation", Error, Existence,
        "An operation was removed without being deprecated first.";
    ApiRemovedWithDeprecation = "api-removed-with-deprecation", Info, Existence,
        "A deprecated operation was removed.";
    ApiRemovedBeforeSunset = "api-removed-before-sunset", Error, Existence,
        "A deprecated operation was removed before its sunset date.";
    // operation sunset changed
    SunsetDeleted = "sunset-deleted", Error, Lifecycle,
        "The sunset date of a deprecated operation was removed.";
    ApiSunsetDateChangedTooSmall = "api-sunset-date-changed-too-small", Error, Lifecycle,
        "The sunset date of a deprecated operation was moved earlier than the deprecation policy allows.";
    // request parameter sunset changed
    RequestParameterSunsetDeleted = "request-parameter-sunset-deleted", Error, Lifecycle,
        "The sunset date of a deprecated request parameter was removed.";
    RequestParameterSunsetDateChangedTooSmall = "request-parameter-sunset-date-changed-too-small", Error, Lifecycle,
        "The sunset date of a deprecated request parameter was moved earlier than the deprecation policy allows.";
    // added request body
    RequestBodyAddedRequired = "request-body-added-required", Error, Existence,
        "A required request body was added to an operation.";
    RequestBodyAddedOptional = "request-body-added-optional", Info, Existence,
        "An optional request body was added to an operation.";
    // new request non path default parameter
    NewRequiredRequestDefaultParameterToExistingPath = "new-required-request-default-parameter-to-existing-path", Error, Existence,
        "A required parameter was added to a path item, so every operation under it needs it.";
    NewOptionalRequestDefaultParameterToExistingPath = "new-optional-request-default-parameter-to-existing-path", Info, Existence,
        "An optional parameter was added to a path item.";
    // new request non path parameter
    NewRequiredRequestParameter = "new-required-request-parameter", Error, Existence,
        "A required request parameter was added.";
    NewOptionalRequestParameter = "new-optional-request-parameter", Info, Existence,
        "An optional request parameter was added.";
    // new request path parameter
    NewRequestPathParameter = "new-request-path-parameter", Error, Existence,
        "A path parameter was added to an operation.";
    // new required request header property
    NewRequiredRequestHeaderProperty = "new-required-request-header-property", Error, Existence,
        "A required property was added to the object schema of a request header parameter.";
    // request body became enum
    RequestBodyBecameEnum = "request-body-became-enum", Error, Values,
        "The request body became restricted to an enum.";
    // request body media type changed
    RequestBodyMediaTypeAdded = "request-body-media-type-added", Info, Existence,
        "A media type was added to the request body.";
    RequestBodyMediaTypeRemoved = "request-body-media-type-removed", Error, Existence,
        "A media type was removed from the request body.";
    // media type schema existence
    RequestBodyMediaTypeSchemaAdded = "request-body-media-type-schema-added", Error, Existence,
        "A schema was added to a media type of the request body.";
    RequestBodyMediaTypeSchemaRemoved = "request-body-media-type-schema-removed", Info, Existence,
        "The schema of a media type of the request body was removed.";
    ResponseBodyMediaTypeSchemaAdded = "response-body-media-type-schema-added", Info, Existence,
        "A schema was added to a media type of the response body.";
    ResponseBodyMediaTypeSchemaRemoved = "response-body-media-type-schema-removed", Warning, Existence,
        "The schema of a media type of the response body was removed.";
    // request body removed
    RequestBodyRemoved = "request-body-removed", Error, Existence,
        "The request body of an operation was removed.";
    // request body required updated
    RequestBodyBecameOptional = "request-body-became-optional", Info, Requiredness,
        "The request body became optional.";
    RequestBodyBecameRequired = "request-body-became-required", Error, Requiredness,
        "The request body became required.";
    // request discriminator updated
    RequestBodyDiscriminatorAdded = "request-body-discriminator-added", Info, Structure,
        "A discriminator was added to the request body.";
    RequestBodyDiscriminatorRemoved = "request-body-discriminator-removed", Info, Structure,
        "The discriminator of the request body was removed.";
    RequestBodyDiscriminatorPropertyNameChanged = "request-body-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of the request body changed.";
    RequestBodyDiscriminatorMappingAdded = "request-body-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to the request body.";
    RequestBodyDiscriminatorMappingDeleted = "request-body-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from the request body.";
    RequestBodyDiscriminatorMappingChanged = "request-body-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of the request body points elsewhere.";
    RequestPropertyDiscriminatorAdded = "request-property-discriminator-added", Info, Structure,
        "A discriminator was added to a request property.";
    RequestPropertyDiscriminatorRemoved = "request-property-discriminator-removed", Info, Structure,
        "The discriminator of a request property was removed.";
    RequestPropertyDiscriminatorPropertyNameChanged = "request-property-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of a request property changed.";
    RequestPropertyDiscriminatorMappingAdded = "request-property-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to a request property.";
    RequestPropertyDiscriminatorMappingDeleted = "request-property-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from a request property.";
    RequestPropertyDiscriminatorMappingChanged = "request-property-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of a request property points elsewhere.";
    // request header property became enum
    RequestHeaderPropertyBecameEnum = "request-header-property-became-enum", Error, Values,
        "A property of a request header parameter became restricted to an enum.";
    // request header property became required
    RequestHeaderPropertyBecameRequired = "request-header-property-became-required", Error, Requiredness,
        "A property of a request header parameter became required.";
    // request parameter became enum
    RequestParameterBecameEnum = "request-parameter-became-enum", Error, Values,
        "A request parameter became restricted to an enum.";
    // request parameter became nullable
    RequestParameterBecameNullable = "request-parameter-became-nullable", Info, Requiredness,
        "A request parameter now accepts null.";
    RequestParameterBecameNotNullable = "request-parameter-became-not-nullable", Error, Requiredness,
        "A request parameter no longer accepts null.";
    RequestParameterPropertyBecameNullable = "request-parameter-property-became-nullable", Info, Requiredness,
        "A property of a request parameter now accepts null.";
    RequestParameterPropertyBecameNotNullable = "request-parameter-property-became-not-nullable", Error, Requiredness,
        "A property of a request parameter no longer accepts null.";
    // request parameter default value changed
    RequestParameterDefaultValueChanged = "request-parameter-default-value-changed", Error, Values,
        "The default value of a request parameter changed.";
    RequestParameterDefaultValueAdded = "request-parameter-default-value-added", Error, Values,
        "A request parameter got a default value.";
    RequestParameterDefaultValueRemoved = "request-parameter-default-value-removed", Error, Values,
        "The default value of a request parameter was removed.";
    // request parameter enum value updated
    RequestParameterEnumValueAdded = "request-parameter-enum-value-added", Info, Values,
        "An enum value was added to a request parameter.";
    RequestParameterEnumValueRemoved = "request-parameter-enum-value-removed", Error, Values,
        "An enum value was removed from a request parameter.";
    RequestParameterPropertyEnumValueAdded = "request-parameter-property-enum-value-added", Info, Values,
        "An enum value was added to a property of a request parameter.";
    RequestParameterPropertyEnumValueRemoved = "request-parameter-property-enum-value-removed", Error, Values,
        "An enum value was removed from a property of a request parameter.";
    // request parameter max items updated
    RequestParameterMaxItemsIncreased = "request-parameter-max-items-increased", Info, Constraints,
        "The maxItems of a request parameter was raised.";
    RequestParameterMaxItemsDecreased = "request-parameter-max-items-decreased", Error, Constraints,
        "The maxItems of a request parameter was lowered.";
    // request parameter max length set
    RequestParameterMaxLengthSet = "request-parameter-max-length-set", Warning, Constraints,
        "A maxLength was set on a request parameter.",
        rust_client(Error, VALIDATING_NEWTYPE);
    // request parameter max length updated
    RequestParameterMaxLengthIncreased = "request-parameter-max-length-increased", Info, Constraints,
        "The maxLength of a request parameter was raised.";
    RequestParameterMaxLengthDecreased = "request-parameter-max-length-decreased", Error, Constraints,
        "The maxLength of a request parameter was lowered.";
    // request parameter max set
    RequestParameterMaxSet = "request-parameter-max-set", Warning, Constraints,
        "A maximum was set on a request parameter.";
    RequestParameterExclusiveMaxSet = "request-parameter-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on a request parameter.";
    // request parameter max updated
    RequestParameterMaxIncreased = "request-parameter-max-increased", Info, Constraints,
        "The maximum of a request parameter was raised.";
    RequestParameterMaxDecreased = "request-parameter-max-decreased", Error, Constraints,
        "The maximum of a request parameter was lowered.";
    RequestParameterExclusiveMaxIncreased = "request-parameter-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of a request parameter was raised.";
    RequestParameterExclusiveMaxDecreased = "request-parameter-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of a request parameter was lowered.";
    // request parameter min items updated
    RequestParameterMinItemsIncreased = "request-parameter-min-items-increased", Error, Constraints,
        "The minItems of a request parameter was raised.";
    RequestParameterMinItemsDecreased = "request-parameter-min-items-decreased", Info, Constraints,
        "The minItems of a request parameter was lowered.";
    // request parameter min length updated
    RequestParameterMinLengthIncreased = "request-parameter-min-length-increased", Error, Constraints,
        "The minLength of a request parameter was raised.";
    RequestParameterMinLengthDecreased = "request-parameter-min-length-decreased", Info, Constraints,
        "The minLength of a request parameter was lowered.";
    // request parameter min set
    RequestParameterMinSet = "request-parameter-min-set", Warning, Constraints,
        "A minimum was set on a request parameter.";
    RequestParameterExclusiveMinSet = "request-parameter-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on a request parameter.";
    // request parameter min updated
    RequestParameterMinIncreased = "request-parameter-min-increased", Error, Constraints,
        "The minimum of a request parameter was raised.";
    RequestParameterMinDecreased = "request-parameter-min-decreased", Info, Constraints,
        "The minimum of a request parameter was lowered.";
    RequestParameterExclusiveMinIncreased = "request-parameter-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of a request parameter was raised.";
    RequestParameterExclusiveMinDecreased = "request-parameter-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of a request parameter was lowered.";
    // request parameter pattern added or changed
    RequestParameterPatternAdded = "request-parameter-pattern-added", Error, Constraints,
        "A pattern was added to a request parameter.";
    RequestParameterPatternRemoved = "request-parameter-pattern-removed", Info, Constraints,
        "The pattern of a request parameter was removed.",
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestParameterPatternChanged = "request-parameter-pattern-changed", Warning, Constraints,
        "The pattern of a request parameter changed.";
    RequestParameterPatternGeneralized = "request-parameter-pattern-generalized", Info, Constraints,
        "The pattern of a request parameter was relaxed to match anything.";
    // request parameter removed
    RequestParameterRemoved = "request-parameter-removed", Warning, Existence,
        "A request parameter was removed without being deprecated first.",
        rust_client(Error, "the operation's builder loses the parameter's setter, so callers that set it stop compiling");
    RequestParameterRemovedWithDeprecation = "request-parameter-removed-with-deprecation", Info, Existence,
        "A deprecated request parameter was removed.";
    RequestParameterSunsetParse = "request-parameter-sunset-parse", Error, Lifecycle,
        "The sunset date of a request parameter cannot be read.";
    RequestParameterRemovedBeforeSunset = "request-parameter-removed-before-sunset", Error, Existence,
        "A deprecated request parameter was removed before its sunset date.";
    // request parameter required value updated
    RequestParameterBecameRequired = "request-parameter-became-required", Error, Requiredness,
        "A request parameter became required.";
    RequestParameterBecameOptional = "request-parameter-became-optional", Info, Requiredness,
        "A request parameter became optional.";
    // request parameter type changed
    RequestParameterTypeChanged = "request-parameter-type-changed", Error, Type,
        "The type or format of a request parameter changed incompatibly.";
    RequestParameterTypeGeneralized = "request-parameter-type-generalized", Info, Type,
        "The type or format of a request parameter was widened.";
    RequestParameterPropertyTypeChanged = "request-parameter-property-type-changed", Warning, Type,
        "The type or format of a property of a request parameter changed in a way that breaks some serializations.";
    RequestParameterPropertyTypeGeneralized = "request-parameter-property-type-generalized", Info, Type,
        "The type or format of a property of a request parameter was widened.";
    RequestParameterPropertyTypeSpecialized = "request-parameter-property-type-specialized", Error, Type,
        "The type or format of a property of a request parameter was narrowed.";
    // request parameter x extensible enum value removed
    RequestParameterXExtensibleEnumValueRemoved = "request-parameter-x-extensible-enum-value-removed", Error, Values,
        "A value was removed from the x-extensible-enum of a request parameter.";
    // request property all of updated
    RequestBodyAllOfAdded = "request-body-all-of-added", Error, Structure,
        "A subschema was added to the allOf of the request body.";
    RequestBodyAllOfRemoved = "request-body-all-of-removed", Warning, Structure,
        "A subschema was removed from the allOf of the request body.";
    RequestPropertyAllOfAdded = "request-property-all-of-added", Error, Structure,
        "A subschema was added to the allOf of a request property.";
    RequestPropertyAllOfRemoved = "request-property-all-of-removed", Warning, Structure,
        "A subschema was removed from the allOf of a request property.";
    RequestBodyAllOfAddedAnnotationOnly = "request-body-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of the request body.";
    RequestBodyAllOfRemovedAnnotationOnly = "request-body-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of the request body.";
    RequestPropertyAllOfAddedAnnotationOnly = "request-property-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of a request property.";
    RequestPropertyAllOfRemovedAnnotationOnly = "request-property-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of a request property.";
    // request property any of updated
    RequestBodyAnyOfAdded = "request-body-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of the request body.";
    RequestBodyAnyOfRemoved = "request-body-any-of-removed", Error, Structure,
        "A subschema was removed from the anyOf of the request body.";
    RequestPropertyAnyOfAdded = "request-property-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of a request property.";
    RequestPropertyAnyOfRemoved = "request-property-any-of-removed", Error, Structure,
        "A subschema was removed from the anyOf of a request property.";
    // request property became enum
    RequestPropertyBecameEnum = "request-property-became-enum", Error, Values,
        "A request property became restricted to an enum.";
    // request property became not nullable
    RequestBodyBecameNotNullable = "request-body-became-not-nullable", Error, Requiredness,
        "The request body no longer accepts null.";
    RequestBodyBecameNullable = "request-body-became-nullable", Info, Requiredness,
        "The request body now accepts null.";
    RequestPropertyBecameNotNullable = "request-property-became-not-nullable", Error, Requiredness,
        "A request property no longer accepts null.";
    RequestPropertyBecameNullable = "request-property-became-nullable", Info, Requiredness,
        "A request property now accepts null.";
    // request property default value changed
    RequestBodyDefaultValueAdded = "request-body-default-value-added", Info, Values,
        "The request body got a default value.";
    RequestBodyDefaultValueRemoved = "request-body-default-value-removed", Info, Values,
        "The default value of the request body was removed.";
    RequestBodyDefaultValueChanged = "request-body-default-value-changed", Info, Values,
        "The default value of the request body changed.";
    RequestPropertyDefaultValueAdded = "request-property-default-value-added", Info, Values,
        "A request property got a default value.";
    RequestPropertyDefaultValueRemoved = "request-property-default-value-removed", Info, Values,
        "The default value of a request property was removed.";
    RequestPropertyDefaultValueChanged = "request-property-default-value-changed", Info, Values,
        "The default value of a request property changed.";
    // request property const changed
    RequestBodyConstAdded = "request-body-const-added", Error, Values,
        "The request body got a const value.";
    RequestBodyConstRemoved = "request-body-const-removed", Info, Values,
        "The const value of the request body was removed.";
    RequestBodyConstChanged = "request-body-const-changed", Error, Values,
        "The const value of the request body changed.";
    RequestPropertyConstAdded = "request-property-const-added", Error, Values,
        "A request property got a const value.";
    RequestPropertyConstRemoved = "request-property-const-removed", Info, Values,
        "The const value of a request property was removed.";
    RequestPropertyConstChanged = "request-property-const-changed", Error, Values,
        "The const value of a request property changed.";
    // request property enum value updated
    RequestPropertyEnumValueRemoved = "request-property-enum-value-removed", Error, Values,
        "An enum value was removed from a request property.";
    RequestReadOnlyPropertyEnumValueRemoved = "request-read-only-property-enum-value-removed", Info, Values,
        "An enum value was removed from a read-only request property.";
    RequestPropertyEnumValueAdded = "request-property-enum-value-added", Info, Values,
        "An enum value was added to a request property.";
    // request property max decreased
    RequestBodyMaxDecreased = "request-body-max-decreased", Error, Constraints,
        "The maximum of the request body was lowered.";
    RequestBodyMaxIncreased = "request-body-max-increased", Info, Constraints,
        "The maximum of the request body was raised.";
    RequestPropertyMaxDecreased = "request-property-max-decreased", Error, Constraints,
        "The maximum of a request property was lowered.";
    RequestReadOnlyPropertyMaxDecreased = "request-read-only-property-max-decreased", Info, Constraints,
        "The maximum of a read-only request property was lowered.";
    RequestPropertyMaxIncreased = "request-property-max-increased", Info, Constraints,
        "The maximum of a request property was raised.";
    RequestBodyExclusiveMaxDecreased = "request-body-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of the request body was lowered.";
    RequestBodyExclusiveMaxIncreased = "request-body-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of the request body was raised.";
    RequestPropertyExclusiveMaxDecreased = "request-property-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of a request property was lowered.";
    RequestReadOnlyPropertyExclusiveMaxDecreased = "request-read-only-property-exclusive-max-decreased", Info, Constraints,
        "The exclusiveMaximum of a read-only request property was lowered.";
    RequestPropertyExclusiveMaxIncreased = "request-property-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of a request property was raised.";
    // request property max length set
    RequestBodyMaxLengthSet = "request-body-max-length-set", Warning, Constraints,
        "A maxLength was set on the request body.",
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestPropertyMaxLengthSet = "request-property-max-length-set", Warning, Constraints,
        "A maxLength was set on a request property.",
        rust_client(Error, VALIDATING_NEWTYPE);
    // request property max length updated
    RequestBodyMaxLengthDecreased = "request-body-max-length-decreased", Error, Constraints,
        "The maxLength of the request body was lowered.";
    RequestBodyMaxLengthIncreased = "request-body-max-length-increased", Info, Constraints,
        "The maxLength of the request body was raised.";
    RequestPropertyMaxLengthDecreased = "request-property-max-length-decreased", Error, Constraints,
        "The maxLength of a request property was lowered.";
    RequestReadOnlyPropertyMaxLengthDecreased = "request-read-only-property-max-length-decreased", Info, Constraints,
        "The maxLength of a read-only request property was lowered.";
    RequestPropertyMaxLengthIncreased = "request-property-max-length-increased", Info, Constraints,
        "The maxLength of a request property was raised.";
    // request property max set
    RequestBodyMaxSet = "request-body-max-set", Warning, Constraints,
        "A maximum was set on the request body.";
    RequestPropertyMaxSet = "request-property-max-set", Warning, Constraints,
        "A maximum was set on a request property.";
    RequestBodyExclusiveMaxSet = "request-body-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on the request body.";
    RequestPropertyExclusiveMaxSet = "request-property-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on a request property.";
    // request property min increased
    RequestBodyMinIncreased = "request-body-min-increased", Error, Constraints,
        "The minimum of the request body was raised.";
    RequestBodyMinDecreased = "request-body-min-decreased", Info, Constraints,
        "The minimum of the request body was lowered.";
    RequestPropertyMinIncreased = "request-property-min-increased", Error, Constraints,
        "The minimum of a request property was raised.";
    RequestReadOnlyPropertyMinIncreased = "request-read-only-property-min-increased", Info, Constraints,
        "The minimum of a read-only request property was raised.";
    RequestPropertyMinDecreased = "request-property-min-decreased", Info, Constraints,
        "The minimum of a request property was lowered.";
    RequestBodyExclusiveMinIncreased = "request-body-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of the request body was raised.";
    RequestBodyExclusiveMinDecreased = "request-body-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of the request body was lowered.";
    RequestPropertyExclusiveMinIncreased = "request-property-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of a request property was raised.";
    RequestReadOnlyPropertyExclusiveMinIncreased = "request-read-only-property-exclusive-min-increased", Info, Constraints,
        "The exclusiveMinimum of a read-only request property was raised.";
    RequestPropertyExclusiveMinDecreased = "request-property-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of a request property was lowered.";
    // request property min items increased
    RequestBodyMinItemsIncreased = "request-body-min-items-increased", Error, Constraints,
        "The minItems of the request body was raised.";
    RequestPropertyMinItemsIncreased = "request-property-min-items-increased", Error, Constraints,
        "The minItems of a request property was raised.";
    // request property min length updated
    RequestBodyMinLengthIncreased = "request-body-min-length-increased", Error, Constraints,
        "The minLength of the request body was raised.";
    RequestBodyMinLengthDecreased = "request-body-min-length-decreased", Info, Constraints,
        "The minLength of the request body was lowered.";
    RequestPropertyMinLengthIncreased = "request-property-min-length-increased", Error, Constraints,
        "The minLength of a request property was raised.";
    RequestPropertyMinLengthDecreased = "request-property-min-length-decreased", Info, Constraints,
        "The minLength of a request property was lowered.";
    // request property min set
    RequestBodyMinSet = "request-body-min-set", Warning, Constraints,
        "A minimum was set on the request body.";
    RequestPropertyMinSet = "request-property-min-set", Warning, Constraints,
        "A minimum was set on a request property.";
    RequestBodyExclusiveMinSet = "request-body-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on the request body.";
    RequestPropertyExclusiveMinSet = "request-property-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on a request property.";
    // request property one of updated
    RequestBodyOneOfAdded = "request-body-one-of-added", Info, Structure,
        "A subschema was added to the oneOf of the request body.";
    RequestBodyOneOfRemoved = "request-body-one-of-removed", Error, Structure,
        "A subschema was removed from the oneOf of the request body.";
    RequestPropertyOneOfAdded = "request-property-one-of-added", Info, Structure,
        "A subschema was added to the oneOf of a request property.";
    RequestPropertyOneOfRemoved = "request-property-one-of-removed", Error, Structure,
        "A subschema was removed from the oneOf of a request property.";
    // request property pattern updated
    RequestPropertyPatternRemoved = "request-property-pattern-removed", Info, Constraints,
        "The pattern of a request property was removed.",
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestPropertyPatternAdded = "request-property-pattern-added", Error, Constraints,
        "A pattern was added to a request property.";
    RequestPropertyPatternChanged = "request-property-pattern-changed", Warning, Constraints,
        "The pattern of a request property changed.";
    RequestPropertyPatternGeneralized = "request-property-pattern-generalized", Info, Constraints,
        "The pattern of a request property was relaxed to match anything.";
    // request property required updated
    RequestPropertyBecameRequired = "request-property-became-required", Error, Requiredness,
        "A request property became required.";
    RequestPropertyBecameRequiredWithDefault = "request-property-became-required-with-default", Error, Requiredness,
        "A request property that has a default value became required.";
    RequestPropertyBecameOptional = "request-property-became-optional", Info, Requiredness,
        "A request property became optional.",
        rust_client(Error, "the field's type changes from `T` to `Option<T>`, so code that reads or assigns it stops compiling");
    // request property type changed
    RequestBodyTypeGeneralized = "request-body-type-generalized", Info, Type,
        "The type or format of the request body was widened.",
        rust_client(Error, "a wider type or format is a different Rust type (`i32` to `i64`, `i64` to `f64`), so code that builds the value with the old type stops compiling");
    RequestBodyTypeCompatible = "request-body-type-compatible", Info, Type,
        "The type of the request body changed in a way its media type tolerates.";
    RequestBodyTypeChanged = "request-body-type-changed", Error, Type,
        "The type or format of the request body changed incompatibly.";
    RequestPropertyTypeGeneralized = "request-property-type-generalized", Info, Type,
        "The type or format of a request property was widened.",
        rust_client(Error, "a wider type or format is a different Rust type (`i32` to `i64`, `i64` to `f64`), so code that assigns the field with the old type stops compiling");
    RequestPropertyTypeCompatible = "request-property-type-compatible", Info, Type,
        "The type of a request property changed in a way its media type tolerates.";
    RequestPropertyTypeChanged = "request-property-type-changed", Error, Type,
        "The type or format of a request property changed incompatibly.";
    // request property updated
    RequestPropertyRemoved = "request-property-removed", Warning, Existence,
        "A request property was removed.",
        rust_client(Error, "the field disappears from the generated request struct, so every caller that sets it stops compiling");
    NewRequiredRequestProperty = "new-required-request-property", Error, Existence,
        "A required request property was added.";
    NewRequiredRequestPropertyWithDefault = "new-required-request-property-with-default", Error, Existence,
        "A required request property with a default value was added.";
    NewOptionalRequestProperty = "new-optional-request-property", Info, Existence,
        "An optional request property was added.";
    RequestBodyWrappedInOneOf = "request-body-wrapped-in-one-of", Error, Structure,
        "The request body was wrapped into a oneOf of alternatives.";
    // request property write only read only
    RequestOptionalPropertyBecameNotWriteOnly = "request-optional-property-became-not-write-only", Info, Mutability,
        "An optional request property stopped being write-only.";
    RequestOptionalPropertyBecameWriteOnly = "request-optional-property-became-write-only", Info, Mutability,
        "An optional request property became write-only.";
    RequestOptionalPropertyBecameReadOnly = "request-optional-property-became-read-only", Info, Mutability,
        "An optional request property became read-only.";
    RequestOptionalPropertyBecameNotReadOnly = "request-optional-property-became-not-read-only", Info, Mutability,
        "An optional request property stopped being read-only.";
    RequestRequiredPropertyBecameNotWriteOnly = "request-required-property-became-not-write-only", Info, Mutability,
        "A required request property stopped being write-only.";
    RequestRequiredPropertyBecameWriteOnly = "request-required-property-became-write-only", Info, Mutability,
        "A required request property became write-only.";
    RequestRequiredPropertyBecameReadOnly = "request-required-property-became-read-only", Info, Mutability,
        "A required request property became read-only.";
    RequestRequiredPropertyBecameNotReadOnly = "request-required-property-became-not-read-only", Info, Mutability,
        "A required request property stopped being read-only.";
    // request property x extensible enum value removed
    RequestPropertyXExtensibleEnumValueRemoved = "request-property-x-extensible-enum-value-removed", Error, Values,
        "A value was removed from the x-extensible-enum of a request property.";
    // response discriminator updated
    ResponseBodyDiscriminatorAdded = "response-body-discriminator-added", Info, Structure,
        "A discriminator was added to the response body.";
    ResponseBodyDiscriminatorRemoved = "response-body-discriminator-removed", Info, Structure,
        "The discriminator of the response body was removed.";
    ResponseBodyDiscriminatorPropertyNameChanged = "response-body-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of the response body changed.";
    ResponseBodyDiscriminatorMappingAdded = "response-body-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to the response body.";
    ResponseBodyDiscriminatorMappingDeleted = "response-body-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from the response body.";
    ResponseBodyDiscriminatorMappingChanged = "response-body-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of the response body points elsewhere.";
    ResponsePropertyDiscriminatorAdded = "response-property-discriminator-added", Info, Structure,
        "A discriminator was added to a response property.";
    ResponsePropertyDiscriminatorRemoved = "response-property-discriminator-removed", Info, Structure,
        "The discriminator of a response property was removed.";
    ResponsePropertyDiscriminatorPropertyNameChanged = "response-property-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of a response property changed.";
    ResponsePropertyDiscriminatorMappingAdded = "response-property-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to a response property.";
    ResponsePropertyDiscriminatorMappingDeleted = "response-property-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from a response property.";
    ResponsePropertyDiscriminatorMappingChanged = "response-property-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of a response property points elsewhere.";
    // response header became optional
    ResponseHeaderBecameOptional = "response-header-became-optional", Error, Requiredness,
        "A response header became optional.";
    // response header removed
    RequiredResponseHeaderRemoved = "required-response-header-removed", Error, Existence,
        "A required response header was removed.";
    OptionalResponseHeaderRemoved = "optional-response-header-removed", Warning, Existence,
        "An optional response header was removed.";
    // response header added
    ResponseHeaderAdded = "response-header-added", Info, Existence,
        "A response header was added.";
    // response header type changed
    ResponseHeaderTypeChanged = "response-header-type-changed", Error, Type,
        "The type or format of a response header changed incompatibly.";
    ResponseHeaderTypeGeneralized = "response-header-type-generalized", Error, Type,
        "The type or format of a response header was widened.";
    ResponseHeaderTypeSpecialized = "response-header-type-specialized", Info, Type,
        "The type or format of a response header was narrowed.";
    ResponseHeaderTypeCompatible = "response-header-type-compatible", Info, Type,
        "The type of a response header changed in a way its media type tolerates.";
    // response header became nullable
    ResponseHeaderBecameNullable = "response-header-became-nullable", Error, Requiredness,
        "A response header now accepts null.";
    ResponseHeaderBecameNotNullable = "response-header-became-not-nullable", Info, Requiredness,
        "A response header no longer accepts null.";
    // response media type updated
    ResponseMediaTypeRemoved = "response-media-type-removed", Error, Existence,
        "A media type was removed from a response.";
    ResponseMediaTypeAdded = "response-media-type-added", Info, Existence,
        "A media type was added to a response.";
    // response media type name updated
    ResponseMediaTypeNameChanged = "response-media-type-name-changed", Info, Type,
        "The parameters of a response media type name changed.";
    ResponseMediaTypeNameGeneralized = "response-media-type-name-generalized", Error, Type,
        "A response media type was replaced by a more general one.";
    ResponseMediaTypeNameSpecialized = "response-media-type-name-specialized", Info, Type,
        "A response media type was replaced by a more specific one.";
    // response optional property updated
    ResponseOptionalPropertyRemoved = "response-optional-property-removed", Warning, Existence,
        "An optional response property was removed.",
        rust_client(Error, "the field disappears from the generated response struct, so every caller that reads it stops compiling");
    ResponseOptionalWriteOnlyPropertyRemoved = "response-optional-write-only-property-removed", Info, Existence,
        "An optional write-only response property was removed.";
    ResponseOptionalPropertyAdded = "response-optional-property-added", Info, Existence,
        "An optional response property was added.";
    ResponseOptionalWriteOnlyPropertyAdded = "response-optional-write-only-property-added", Info, Existence,
        "An optional write-only response property was added.";
    // response optional property write only read only
    ResponseOptionalPropertyBecameNotWriteOnly = "response-optional-property-became-not-write-only", Info, Mutability,
        "An optional response property stopped being write-only.";
    ResponseOptionalPropertyBecameWriteOnly = "response-optional-property-became-write-only", Info, Mutability,
        "An optional response property became write-only.";
    ResponseOptionalPropertyBecameReadOnly = "response-optional-property-became-read-only", Info, Mutability,
        "An optional response property became read-only.";
    ResponseOptionalPropertyBecameNotReadOnly = "response-optional-property-became-not-read-only", Info, Mutability,
        "An optional response property stopped being read-only.";
    // response pattern added or changed
    ResponsePropertyPatternAdded = "response-property-pattern-added", Info, Constraints,
        "A pattern was added to a response property.",
        rust_client(Error, VALIDATING_NEWTYPE);
    ResponsePropertyPatternChanged = "response-property-pattern-changed", Info, Constraints,
        "The pattern of a response property changed.";
    ResponsePropertyPatternRemoved = "response-property-pattern-removed", Info, Constraints,
        "The pattern of a response property was removed.",
        rust_client(Error, VALIDATING_NEWTYPE);
    // response property all of updated
    ResponseBodyAllOfAdded = "response-body-all-of-added", Info, Structure,
        "A subschema was added to the allOf of the response body.";
    ResponseBodyAllOfRemoved = "response-body-all-of-removed", Info, Structure,
        "A subschema was removed from the allOf of the response body.";
    ResponsePropertyAllOfAdded = "response-property-all-of-added", Info, Structure,
        "A subschema was added to the allOf of a response property.";
    ResponsePropertyAllOfRemoved = "response-property-all-of-removed", Info, Structure,
        "A subschema was removed from the allOf of a response property.";
    ResponseBodyAllOfAddedAnnotationOnly = "response-body-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of the response body.";
    ResponseBodyAllOfRemovedAnnotationOnly = "response-body-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of the response body.";
    ResponsePropertyAllOfAddedAnnotationOnly = "response-property-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of a response property.";
    ResponsePropertyAllOfRemovedAnnotationOnly = "response-property-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of a response property.";
    // response property any of updated
    ResponseBodyAnyOfAdded = "response-body-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of the response body.";
    ResponseBodyAnyOfRemoved = "response-body-any-of-removed", Info, Structure,
        "A subschema was removed from the anyOf of the response body.";
    ResponsePropertyAnyOfAdded = "response-property-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of a response property.";
    ResponsePropertyAnyOfRemoved = "response-property-any-of-removed", Info, Structure,
        "A subschema was removed from the anyOf of a response property.";
    // response property became nullable
    ResponsePropertyBecameNullable = "response-property-became-nullable", Error, Requiredness,
        "A response property now accepts null.";
    ResponseBodyBecameNullable = "response-body-became-nullable", Error, Requiredness,
        "The response body now accepts null.";
    ResponsePropertyBecameNotNullable = "response-property-became-not-nullable", Info, Requiredness,
        "A response property no longer accepts null.";
    ResponseBodyBecameNotNullable = "response-body-became-not-nullable", Info, Requiredness,
        "The response body no longer accepts null.";
    // response property became optional
    ResponsePropertyBecameOptional = "response-property-became-optional", Error, Requiredness,
        "A response property became optional.";
    ResponseWriteOnlyPropertyBecameOptional = "response-write-only-property-became-optional", Info, Requiredness,
        "A write-only response property became optional.";
    // response property became required
    ResponsePropertyBecameRequired = "response-property-became-required", Info, Requiredness,
        "A response property became required.",
        rust_client(Error, "the field's type changes from `Option<T>` to `T`, so code that matches `Some`/`None` on it, or passes it on as an `Option`, stops compiling");
    ResponseWriteOnlyPropertyBecameRequired = "response-write-only-property-became-required", Info, Requiredness,
        "A write-only response property became required.";
    // response property default value changed
    ResponseBodyDefaultValueAdded = "response-body-default-value-added", Info, Values,
        "The response body got a default value.";
    ResponseBodyDefaultValueRemoved = "response-body-default-value-removed", Info, Values,
        "The default value of the response body was removed.";
    ResponseBodyDefaultValueChanged = "response-body-default-value-changed", Info, Values,
        "The default value of the response body changed.";
    ResponsePropertyDefaultValueAdded = "response-property-default-value-added", Info, Values,
        "A response property got a default value.";
    ResponsePropertyDefaultValueRemoved = "response-property-default-value-removed", Info, Values,
        "The default value of a response property was removed.";
    ResponsePropertyDefaultValueChanged = "response-property-default-value-changed", Info, Values,
        "The default value of a response property changed.";
    // response property const changed
    ResponseBodyConstAdded = "response-body-const-added", Info, Values,
        "The response body got a const value.";
    ResponseBodyConstRemoved = "response-body-const-removed", Error, Values,
        "The const value of the response body was removed.";
    ResponseBodyConstChanged = "response-body-const-changed", Error, Values,
        "The const value of the response body changed.";
    ResponsePropertyConstAdded = "response-property-const-added", Info, Values,
        "A response property got a const value.";
    ResponsePropertyConstRemoved = "response-property-const-removed", Error, Values,
        "The const value of a response property was removed.";
    ResponsePropertyConstChanged = "response-property-const-changed", Error, Values,
        "The const value of a response property changed.";
    // response property enum value added
    ResponsePropertyEnumValueAdded = "response-property-enum-value-added", Warning, Values,
        "An enum value was added to a response property.",
        rust_client(Info, "every generated enum has an `Unknown` variant that keeps unseen values, so a new value decodes");
    ResponseWriteOnlyPropertyEnumValueAdded = "response-write-only-property-enum-value-added", Info, Values,
        "An enum value was added to a write-only response property.";
    // response property max increased
    ResponseBodyMaxIncreased = "response-body-max-increased", Error, Constraints,
        "The maximum of the response body was raised.";
    ResponsePropertyMaxIncreased = "response-property-max-increased", Error, Constraints,
        "The maximum of a response property was raised.";
    ResponseBodyExclusiveMaxIncreased = "response-body-exclusive-max-increased", Error, Constraints,
        "The exclusiveMaximum of the response body was raised.";
    ResponsePropertyExclusiveMaxIncreased = "response-property-exclusive-max-increased", Error, Constraints,
        "The exclusiveMaximum of a response property was raised.";
    // response property max length increased
    ResponseBodyMaxLengthIncreased = "response-body-max-length-increased", Error, Constraints,
        "The maxLength of the response body was raised.";
    ResponsePropertyMaxLengthIncreased = "response-property-max-length-increased", Error, Constraints,
        "The maxLength of a response property was raised.";
    // response property max length unset
    ResponseBodyMaxLengthUnset = "response-body-max-length-unset", Error, Constraints,
        "The maxLength of the response body was removed.";
    ResponsePropertyMaxLengthUnset = "response-property-max-length-unset", Error, Constraints,
        "The maxLength of a response property was removed.";
    // response property min decreased
    ResponseBodyMinDecreased = "response-body-min-decreased", Error, Constraints,
        "The minimum of the response body was lowered.";
    ResponsePropertyMinDecreased = "response-property-min-decreased", Error, Constraints,
        "The minimum of a response property was lowered.";
    ResponseBodyExclusiveMinDecreased = "response-body-exclusive-min-decreased", Error, Constraints,
        "The exclusiveMinimum of the response body was lowered.";
    ResponsePropertyExclusiveMinDecreased = "response-property-exclusive-min-decreased", Error, Constraints,
        "The exclusiveMinimum of a response property was lowered.";
    // response property min items decreased
    ResponseBodyMinItemsDecreased = "response-body-min-items-decreased", Error, Constraints,
        "The minItems of the response body was lowered.";
    ResponsePropertyMinItemsDecreased = "response-property-min-items-decreased", Error, Constraints,
        "The minItems of a response property was lowered.";
    // response property min length decreased
    ResponseBodyMinLengthDecreased = "response-body-min-length-decreased", Error, Constraints,
        "The minLength of the response body was lowered.";
    ResponsePropertyMinLengthDecreased = "response-property-min-length-decreased", Error, Constraints,
        "The minLength of a response property was lowered.";
    // response property one of updated
    ResponseBodyOneOfAdded = "response-body-one-of-added", Error, Structure,
        "A subschema was added to the oneOf of the response body.";
    ResponseBodyOneOfRemoved = "response-body-one-of-removed", Info, Structure,
        "A subschema was removed from the oneOf of the response body.";
    ResponsePropertyOneOfAdded = "response-property-one-of-added", Error, Structure,
        "A subschema was added to the oneOf of a response property.";
    ResponsePropertyOneOfRemoved = "response-property-one-of-removed", Info, Structure,
        "A subschema was removed from the oneOf of a response property.";
    // response property type changed
    ResponseBodyTypeChanged = "response-body-type-changed", Error, Type,
        "The type or format of the response body changed incompatibly.";
    ResponseBodyTypeGeneralized = "response-body-type-generalized", Error, Type,
        "The type or format of the response body was widened.";
    ResponseBodyTypeSpecialized = "response-body-type-specialized", Info, Type,
        "The type or format of the response body was narrowed.";
    ResponseBodyTypeCompatible = "response-body-type-compatible", Info, Type,
        "The type of the response body changed in a way its media type tolerates.";
    ResponsePropertyTypeChanged = "response-property-type-changed", Error, Type,
        "The type or format of a response property changed incompatibly.";
    ResponsePropertyTypeGeneralized = "response-property-type-generalized", Error, Type,
        "The type or format of a response property was widened.";
    ResponsePropertyTypeSpecialized = "response-property-type-specialized", Info, Type,
        "The type or format of a response property was narrowed.";
    ResponsePropertyTypeCompatible = "response-property-type-compatible", Info, Type,
        "The type of a response property changed in a way its media type tolerates.";
    // response required property updated
    ResponseRequiredPropertyRemoved = "response-required-property-removed", Error, Existence,
        "A required response property was removed.";
    ResponseRequiredWriteOnlyPropertyRemoved = "response-required-write-only-property-removed", Info, Existence,
        "A required write-only response property was removed.";
    ResponseRequiredPropertyAdded = "response-required-property-added", Info, Existence,
        "A required response property was added.";
    ResponseRequiredWriteOnlyPropertyAdded = "response-required-write-only-property-added", Info, Existence,
        "A required write-only response property was added.";
    ResponseBodyWrappedInOneOf = "response-body-wrapped-in-one-of", Error, Structure,
        "The response body was wrapped into a oneOf of alternatives.";
    // response required property write only read only
    ResponseRequiredPropertyBecameNotWriteOnly = "response-required-property-became-not-write-only", Warning, Mutability,
        "A required response property stopped being write-only.";
    ResponseRequiredPropertyBecameWriteOnly = "response-required-property-became-write-only", Info, Mutability,
        "A required response property became write-only.";
    ResponseRequiredPropertyBecameReadOnly = "response-required-property-became-read-only", Info, Mutability,
        "A required response property became read-only.";
    ResponseRequiredPropertyBecameNotReadOnly = "response-required-property-became-not-read-only", Info, Mutability,
        "A required response property stopped being read-only.";
    // response success status updated
    ResponseSuccessStatusRemoved = "response-success-status-removed", Error, Existence,
        "A success status was removed from a response.";
    ResponseSuccessStatusAdded = "response-success-status-added", Info, Existence,
        "A success status was added to an operation.",
        rust_client(Error, "progenitor matches documented statuses only: a deployed client turns the new success status into `Error::UnexpectedResponse`");
    // response non success status updated
    ResponseNonSuccessStatusRemoved = "response-non-success-status-removed", Info, Existence,
        "A non-success status was removed from an operation.";
    ResponseNonSuccessStatusAdded = "response-non-success-status-added", Info, Existence,
        "A non-success status was added to an operation.";
    // operation operation id updated
    ApiOperationIdRemoved = "api-operation-id-removed", Info, Existence,
        "The operationId of an operation was removed or changed.";
    ApiOperationIdAdded = "api-operation-id-added", Info, Existence,
        "An operation got an operationId.";
    // operation tag updated
    ApiTagRemoved = "api-tag-removed", Info, Existence,
        "A tag was removed from an operation.";
    ApiTagAdded = "api-tag-added", Info, Existence,
        "A tag was added to an operation.";
    // webhook updated
    WebhookAdded = "webhook-added", Info, Existence,
        "A webhook was added.";
    WebhookRemoved = "webhook-removed", Error, Existence,
        "A webhook was removed.";
    // operation component schema removed
    ApiSchemaRemoved = "api-schema-removed", Info, Existence,
        "A schema was removed from components.",
        rust_client(Error, "every component schema is a generated type (`types::Name`), so removing or renaming a schema removes a type callers name");
    // response parameter enum value removed
    ResponsePropertyEnumValueRemoved = "response-property-enum-value-removed", Info, Values,
        "An enum value was removed from a response property.",
        rust_client(Error, ENUM_VARIANT_REMOVED);
    // response media type enum value removed
    ResponseMediatypeEnumValueRemoved = "response-mediatype-enum-value-removed", Info, Values,
        "An enum value was removed from a response body schema.",
        rust_client(Error, ENUM_VARIANT_REMOVED);
    // request body enum value removed
    RequestBodyEnumValueRemoved = "request-body-enum-value-removed", Error, Values,
        "An enum value was removed from the request body.";
    // request property list of types changed
    RequestBodyListOfTypesWidened = "request-body-list-of-types-widened", Info, Type,
        "Types were added to the list of types the request body allows.";
    RequestBodyListOfTypesNarrowed = "request-body-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types the request body allows.";
    RequestPropertyListOfTypesWidened = "request-property-list-of-types-widened", Info, Type,
        "Types were added to the list of types a request property allows.";
    RequestPropertyListOfTypesNarrowed = "request-property-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a request property allows.";
    // response property list of types changed
    ResponseBodyListOfTypesWidened = "response-body-list-of-types-widened", Error, Type,
        "Types were added to the list of types the response body allows.";
    ResponseBodyListOfTypesNarrowed = "response-body-list-of-types-narrowed", Info, Type,
        "Types were removed from the list of types the response body allows.";
    ResponsePropertyListOfTypesWidened = "response-property-list-of-types-widened", Error, Type,
        "Types were added to the list of types a response property allows.";
    ResponsePropertyListOfTypesNarrowed = "response-property-list-of-types-narrowed", Info, Type,
        "Types were removed from the list of types a response property allows.";
    // request parameter list of types changed
    RequestParameterListOfTypesWidened = "request-parameter-list-of-types-widened", Info, Type,
        "Types were added to the list of types a request parameter allows.";
    RequestParameterListOfTypesNarrowed = "request-parameter-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a request parameter allows.";
    RequestParameterPropertyListOfTypesWidened = "request-parameter-property-list-of-types-widened", Info, Type,
        "Types were added to the list of types a property of a request parameter allows.";
    RequestParameterPropertyListOfTypesNarrowed = "request-parameter-property-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a property of a request parameter allows.";
    // request property prefix items updated
    RequestBodyPrefixItemsAdded = "request-body-prefix-items-added", Info, Structure,
        "PrefixItems were added to the request body.";
    RequestBodyPrefixItemsRemoved = "request-body-prefix-items-removed", Error, Structure,
        "PrefixItems were removed from the request body.";
    RequestPropertyPrefixItemsAdded = "request-property-prefix-items-added", Info, Structure,
        "PrefixItems were added to a request property.";
    RequestPropertyPrefixItemsRemoved = "request-property-prefix-items-removed", Error, Structure,
        "PrefixItems were removed from a request property.";
    // response property prefix items updated
    ResponseBodyPrefixItemsAdded = "response-body-prefix-items-added", Error, Structure,
        "PrefixItems were added to the response body.";
    ResponseBodyPrefixItemsRemoved = "response-body-prefix-items-removed", Info, Structure,
        "PrefixItems were removed from the response body.";
    ResponsePropertyPrefixItemsAdded = "response-property-prefix-items-added", Error, Structure,
        "PrefixItems were added to a response property.";
    ResponsePropertyPrefixItemsRemoved = "response-property-prefix-items-removed", Info, Structure,
        "PrefixItems were removed from a response property.";
    // request property if updated
    RequestBodyIfAdded = "request-body-if-added", Error, Structure,
        "An if schema was added to the request body.";
    RequestBodyIfRemoved = "request-body-if-removed", Info, Structure,
        "The if schema of the request body was removed.";
    RequestBodyThenAdded = "request-body-then-added", Error, Structure,
        "A then schema was added to the request body.";
    RequestBodyThenRemoved = "request-body-then-removed", Info, Structure,
        "The then schema of the request body was removed.";
    RequestBodyElseAdded = "request-body-else-added", Error, Structure,
        "An else schema was added to the request body.";
    RequestBodyElseRemoved = "request-body-else-removed", Info, Structure,
        "The else schema of the request body was removed.";
    RequestPropertyIfAdded = "request-property-if-added", Error, Structure,
        "An if schema was added to a request property.";
    RequestPropertyIfRemoved = "request-property-if-removed", Info, Structure,
        "The if schema of a request property was removed.";
    RequestPropertyThenAdded = "request-property-then-added", Error, Structure,
        "A then schema was added to a request property.";
    RequestPropertyThenRemoved = "request-property-then-removed", Info, Structure,
        "The then schema of a request property was removed.";
    RequestPropertyElseAdded = "request-property-else-added", Error, Structure,
        "An else schema was added to a request property.";
    RequestPropertyElseRemoved = "request-property-else-removed", Info, Structure,
        "The else schema of a request property was removed.";
    // response property if updated
    ResponseBodyIfAdded = "response-body-if-added", Info, Structure,
        "An if schema was added to the response body.";
    ResponseBodyIfRemoved = "response-body-if-removed", Error, Structure,
        "The if schema of the response body was removed.";
    ResponseBodyThenAdded = "response-body-then-added", Info, Structure,
        "A then schema was added to the response body.";
    ResponseBodyThenRemoved = "response-body-then-removed", Error, Structure,
        "The then schema of the response body was removed.";
    ResponseBodyElseAdded = "response-body-else-added", Info, Structure,
        "An else schema was added to the response body.";
    ResponseBodyElseRemoved = "response-body-else-removed", Error, Structure,
        "The else schema of the response body was removed.";
    ResponsePropertyIfAdded = "response-property-if-added", Info, Structure,
        "An if schema was added to a response property.";
    ResponsePropertyIfRemoved = "response-property-if-removed", Error, Structure,
        "The if schema of a response property was removed.";
    ResponsePropertyThenAdded = "response-property-then-added", Info, Structure,
        "A then schema was added to a response property.";
    ResponsePropertyThenRemoved = "response-property-then-removed", Error, Structure,
        "The then schema of a response property was removed.";
    ResponsePropertyElseAdded = "response-property-else-added", Info, Structure,
        "An else schema was added to a response property.";
    ResponsePropertyElseRemoved = "response-property-else-removed", Error, Structure,
        "The else schema of a response property was removed.";
    // request property contains updated
    RequestBodyContainsAdded = "request-body-contains-added", Error, Structure,
        "A contains schema was added to the request body.";
    RequestBodyContainsRemoved = "request-body-contains-removed", Info, Structure,
        "The contains schema of the request body was removed.";
    RequestBodyMinContainsIncreased = "request-body-min-contains-increased", Error, Constraints,
        "The minContains of the request body was raised.";
    RequestBodyMinContainsDecreased = "request-body-min-contains-decreased", Info, Constraints,
        "The minContains of the request body was lowered.";
    RequestBodyMaxContainsIncreased = "request-body-max-contains-increased", Info, Constraints,
        "The maxContains of the request body was raised.";
    RequestBodyMaxContainsDecreased = "request-body-max-contains-decreased", Error, Constraints,
        "The maxContains of the request body was lowered.";
    RequestPropertyContainsAdded = "request-property-contains-added", Error, Structure,
        "A contains schema was added to a request property.";
    RequestPropertyContainsRemoved = "request-property-contains-removed", Info, Structure,
        "The contains schema of a request property was removed.";
    RequestPropertyMinContainsIncreased = "request-property-min-contains-increased", Error, Constraints,
        "The minContains of a request property was raised.";
    RequestPropertyMinContainsDecreased = "request-property-min-contains-decreased", Info, Constraints,
        "The minContains of a request property was lowered.";
    RequestPropertyMaxContainsIncreased = "request-property-max-contains-increased", Info, Constraints,
        "The maxContains of a request property was raised.";
    RequestPropertyMaxContainsDecreased = "request-property-max-contains-decreased", Error, Constraints,
        "The maxContains of a request property was lowered.";
    // response property contains updated
    ResponseBodyContainsAdded = "response-body-contains-added", Info, Structure,
        "A contains schema was added to the response body.";
    ResponseBodyContainsRemoved = "response-body-contains-removed", Error, Structure,
        "The contains schema of the response body was removed.";
    ResponseBodyMinContainsIncreased = "response-body-min-contains-increased", Info, Constraints,
        "The minContains of the response body was raised.";
    ResponseBodyMinContainsDecreased = "response-body-min-contains-decreased", Error, Constraints,
        "The minContains of the response body was lowered.";
    ResponseBodyMaxContainsIncreased = "response-body-max-contains-increased", Error, Constraints,
        "The maxContains of the response body was raised.";
    ResponseBodyMaxContainsDecreased = "response-body-max-contains-decreased", Info, Constraints,
        "The maxContains of the response body was lowered.";
    ResponsePropertyContainsAdded = "response-property-contains-added", Info, Structure,
        "A contains schema was added to a response property.";
    ResponsePropertyContainsRemoved = "response-property-contains-removed", Error, Structure,
        "The contains schema of a response property was removed.";
    ResponsePropertyMinContainsIncreased = "response-property-min-contains-increased", Info, Constraints,
        "The minContains of a response property was raised.";
    ResponsePropertyMinContainsDecreased = "response-property-min-contains-decreased", Error, Constraints,
        "The minContains of a response property was lowered.";
    ResponsePropertyMaxContainsIncreased = "response-property-max-contains-increased", Error, Constraints,
        "The maxContains of a response property was raised.";
    ResponsePropertyMaxContainsDecreased = "response-property-max-contains-decreased", Info, Constraints,
        "The maxContains of a response property was lowered.";
    // request property dependent required changed
    RequestBodyDependentRequiredAdded = "request-body-dependent-required-added", Error, Structure,
        "A dependentRequired entry was added to the request body.";
    RequestBodyDependentRequiredRemoved = "request-body-dependent-required-removed", Info, Structure,
        "A dependentRequired entry was removed from the request body.";
    RequestBodyDependentRequiredChanged = "request-body-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of the request body changed.";
    RequestPropertyDependentRequiredAdded = "request-property-dependent-required-added", Error, Structure,
        "A dependentRequired entry was added to a request property.";
    RequestPropertyDependentRequiredRemoved = "request-property-dependent-required-removed", Info, Structure,
        "A dependentRequired entry was removed from a request property.";
    RequestPropertyDependentRequiredChanged = "request-property-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of a request property changed.";
    // response property dependent required changed
    ResponseBodyDependentRequiredAdded = "response-body-dependent-required-added", Info, Structure,
        "A dependentRequired entry was added to the response body.";
    ResponseBodyDependentRequiredRemoved = "response-body-dependent-required-removed", Error, Structure,
        "A dependentRequired entry was removed from the response body.";
    ResponseBodyDependentRequiredChanged = "response-body-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of the response body changed.";
    ResponsePropertyDependentRequiredAdded = "response-property-dependent-required-added", Info, Structure,
        "A dependentRequired entry was added to a response property.";
    ResponsePropertyDependentRequiredRemoved = "response-property-dependent-required-removed", Error, Structure,
        "A dependentRequired entry was removed from a response property.";
    ResponsePropertyDependentRequiredChanged = "response-property-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of a response property changed.";
    // request property dependent schemas updated
    RequestBodyDependentSchemaAdded = "request-body-dependent-schema-added", Error, Structure,
        "A dependentSchemas entry was added to the request body.";
    RequestBodyDependentSchemaRemoved = "request-body-dependent-schema-removed", Info, Structure,
        "A dependentSchemas entry was removed from the request body.";
    RequestPropertyDependentSchemaAdded = "request-property-dependent-schema-added", Error, Structure,
        "A dependentSchemas entry was added to a request property.";
    RequestPropertyDependentSchemaRemoved = "request-property-dependent-schema-removed", Info, Structure,
        "A dependentSchemas entry was removed from a request property.";
    // response property dependent schemas updated
    ResponseBodyDependentSchemaAdded = "response-body-dependent-schema-added", Info, Structure,
        "A dependentSchemas entry was added to the response body.";
    ResponseBodyDependentSchemaRemoved = "response-body-dependent-schema-removed", Error, Structure,
        "A dependentSchemas entry was removed from the response body.";
    ResponsePropertyDependentSchemaAdded = "response-property-dependent-schema-added", Info, Structure,
        "A dependentSchemas entry was added to a response property.";
    ResponsePropertyDependentSchemaRemoved = "response-property-dependent-schema-removed", Error, Structure,
        "A dependentSchemas entry was removed from a response property.";
    // request property pattern properties updated
    RequestBodyPatternPropertyAdded = "request-body-pattern-property-added", Error, Constraints,
        "A patternProperties entry was added to the request body.";
    RequestBodyPatternPropertyRemoved = "request-body-pattern-property-removed", Info, Constraints,
        "A patternProperties entry was removed from the request body.";
    RequestPropertyPatternPropertyAdded = "request-property-pattern-property-added", Error, Constraints,
        "A patternProperties entry was added to a request property.";
    RequestPropertyPatternPropertyRemoved = "request-property-pattern-property-removed", Info, Constraints,
        "A patternProperties entry was removed from a request property.";
    // response property pattern properties updated
    ResponseBodyPatternPropertyAdded = "response-body-pattern-property-added", Info, Constraints,
        "A patternProperties entry was added to the response body.";
    ResponseBodyPatternPropertyRemoved = "response-body-pattern-property-removed", Error, Constraints,
        "A patternProperties entry was removed from the response body.";
    ResponsePropertyPatternPropertyAdded = "response-property-pattern-property-added", Info, Constraints,
        "A patternProperties entry was added to a response property.";
    ResponsePropertyPatternPropertyRemoved = "response-property-pattern-property-removed", Error, Constraints,
        "A patternProperties entry was removed from a response property.";
    // request property property names updated
    RequestBodyPropertyNamesAdded = "request-body-property-names-added", Error, Structure,
        "A propertyNames schema was added to the request body.";
    RequestBodyPropertyNamesRemoved = "request-body-property-names-removed", Info, Structure,
        "The propertyNames schema of the request body was removed.";
    RequestPropertyPropertyNamesAdded = "request-property-property-names-added", Error, Structure,
        "A propertyNames schema was added to a request property.";
    RequestPropertyPropertyNamesRemoved = "request-property-property-names-removed", Info, Structure,
        "The propertyNames schema of a request property was removed.";
    // response property property names updated
    ResponseBodyPropertyNamesAdded = "response-body-property-names-added", Info, Structure,
        "A propertyNames schema was added to the response body.";
    ResponseBodyPropertyNamesRemoved = "response-body-property-names-removed", Error, Structure,
        "The propertyNames schema of the response body was removed.";
    ResponsePropertyPropertyNamesAdded = "response-property-property-names-added", Info, Structure,
        "A propertyNames schema was added to a response property.";
    ResponsePropertyPropertyNamesRemoved = "response-property-property-names-removed", Error, Structure,
        "The propertyNames schema of a response property was removed.";
    // request property unevaluated updated
    RequestBodyUnevaluatedItemsAdded = "request-body-unevaluated-items-added", Error, Structure,
        "An unevaluatedItems schema was added to the request body.";
    RequestBodyUnevaluatedItemsRemoved = "request-body-unevaluated-items-removed", Info, Structure,
        "The unevaluatedItems schema of the request body was removed.";
    RequestBodyUnevaluatedPropertiesAdded = "request-body-unevaluated-properties-added", Error, Structure,
        "An unevaluatedProperties schema was added to the request body.";
    RequestBodyUnevaluatedPropertiesRemoved = "request-body-unevaluated-properties-removed", Info, Structure,
        "The unevaluatedProperties schema of the request body was removed.";
    RequestPropertyUnevaluatedItemsAdded = "request-property-unevaluated-items-added", Error, Structure,
        "An unevaluatedItems schema was added to a request property.";
    RequestPropertyUnevaluatedItemsRemoved = "request-property-unevaluated-items-removed", Info, Structure,
        "The unevaluatedItems schema of a request property was removed.";
    RequestPropertyUnevaluatedPropertiesAdded = "request-property-unevaluated-properties-added", Error, Structure,
        "An unevaluatedProperties schema was added to a request property.";
    RequestPropertyUnevaluatedPropertiesRemoved = "request-property-unevaluated-properties-removed", Info, Structure,
        "The unevaluatedProperties schema of a request property was removed.";
    // response property unevaluated updated
    ResponseBodyUnevaluatedItemsAdded = "response-body-unevaluated-items-added", Info, Structure,
        "An unevaluatedItems schema was added to the response body.";
    ResponseBodyUnevaluatedItemsRemoved = "response-body-unevaluated-items-removed", Error, Structure,
        "The unevaluatedItems schema of the response body was removed.";
    ResponseBodyUnevaluatedPropertiesAdded = "response-body-unevaluated-properties-added", Info, Structure,
        "An unevaluatedProperties schema was added to the response body.";
    ResponseBodyUnevaluatedPropertiesRemoved = "response-body-unevaluated-properties-removed", Error, Structure,
        "The unevaluatedProperties schema of the response body was removed.";
    ResponsePropertyUnevaluatedItemsAdded = "response-property-unevaluated-items-added", Info, Structure,
        "An unevaluatedItems schema was added to a response property.";
    ResponsePropertyUnevaluatedItemsRemoved = "response-property-unevaluated-items-removed", Error, Structure,
        "The unevaluatedItems schema of a response property was removed.";
    ResponsePropertyUnevaluatedPropertiesAdded = "response-property-unevaluated-properties-added", Info, Structure,
        "An unevaluatedProperties schema was added to a response property.";
    ResponsePropertyUnevaluatedPropertiesRemoved = "response-property-unevaluated-properties-removed", Error, Structure,
        "The unevaluatedProperties schema of a response property was removed.";
    // request property content updated
    RequestBodyContentSchemaAdded = "request-body-content-schema-added", Error, Existence,
        "A contentSchema was added to the request body.";
    RequestBodyContentSchemaRemoved = "request-body-content-schema-removed", Info, Existence,
        "The contentSchema of the request body was removed.";
    RequestBodyContentMediaTypeChanged = "request-body-content-media-type-changed", Error, Type,
        "The contentMediaType of the request body changed.";
    RequestBodyContentEncodingChanged = "request-body-content-encoding-changed", Error, Type,
        "The contentEncoding of the request body changed.";
    RequestPropertyContentSchemaAdded = "request-property-content-schema-added", Error, Existence,
        "A contentSchema was added to a request property.";
    RequestPropertyContentSchemaRemoved = "request-property-content-schema-removed", Info, Existence,
        "The contentSchema of a request property was removed.";
    RequestPropertyContentMediaTypeChanged = "request-property-content-media-type-changed", Error, Type,
        "The contentMediaType of a request property changed.";
    RequestPropertyContentEncodingChanged = "request-property-content-encoding-changed", Error, Type,
        "The contentEncoding of a request property changed.";
    // response property content updated
    ResponseBodyContentSchemaAdded = "response-body-content-schema-added", Info, Existence,
        "A contentSchema was added to the response body.";
    ResponseBodyContentSchemaRemoved = "response-body-content-schema-removed", Error, Existence,
        "The contentSchema of the response body was removed.";
    ResponseBodyContentMediaTypeChanged = "response-body-content-media-type-changed", Error, Type,
        "The contentMediaType of the response body changed.";
    ResponseBodyContentEncodingChanged = "response-body-content-encoding-changed", Error, Type,
        "The contentEncoding of the response body changed.";
    ResponsePropertyContentSchemaAdded = "response-property-content-schema-added", Info, Existence,
        "A contentSchema was added to a response property.";
    ResponsePropertyContentSchemaRemoved = "response-property-content-schema-removed", Error, Existence,
        "The contentSchema of a response property was removed.";
    ResponsePropertyContentMediaTypeChanged = "response-property-content-media-type-changed", Error, Type,
        "The contentMediaType of a response property changed.";
    ResponsePropertyContentEncodingChanged = "response-property-content-encoding-changed", Error, Type,
        "The contentEncoding of a response property changed.";
    // our own rules
    RequestPathParameterRenamed = "request-path-parameter-renamed", Error, Existence,
        "A path parameter was renamed (the path template is the same).",
        extension("oasdiff matches a renamed path parameter by its position in the template and reports nothing, but the generated builder names its setter after the parameter (`.customer_id()`), so callers stop compiling");
    ResponseBodyEnumValueAdded = "response-body-enum-value-added", Info, Values,
        "An enum value was added to the response body.",
        extension("oasdiff reports new enum values of response properties only; a new value of a top-level response enum reaches callers the same way, and is harmless to ours because every generated enum keeps unseen values in its `Unknown` variant");
    SchemaNestingTooDeep = "schema-nesting-too-deep", Error, Structure,
        "Schemas nest deeper than the diff compares them; below that it may miss changes.",
        extension("the comparison recurses, and a chain of references can be as long as a document likes; past a fixed depth two schemas are compared as written, and a gate must not pass on a comparison it did not finish");
}
