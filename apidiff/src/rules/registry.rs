//! The registry table: one entry per rule, oasdiff's first (grouped by the family of changes
//! they report, with oasdiff's ids and default levels), then our own extensions.
//!
//! Entry: `Variant = "id", level, kind, "description"`, then one or more `at(direction, place
//! + qualifiers, attribute, action)`: the changes the rule reports (see `columns`; `|` joins
//! values of a column), optionally followed by `rust_client(level, WHY)` (a literal, or one of
//! the shared reasons below) and `extension("why")`. No two rows cover the same change; the
//! changes checks observe that no rule reports are the silent rows of `silent.rs`.

use super::{Kind, Level, RuleDef};

/// Why a string constraint that typify turns into a validating newtype breaks callers.
const VALIDATING_NEWTYPE: &str = "typify turns a string with a length limit or pattern into a validating newtype, so setting or lifting the constraint changes the field's Rust type (`String` to the newtype or back), and code that builds or reads it stops compiling";
/// Why a removed response enum value breaks callers.
const ENUM_VARIANT_REMOVED: &str =
    "the value's variant disappears from the generated enum, so code that names it stops compiling";

registry! {
    // request property deprecation
    RequestPropertyDeprecated = "request-property-deprecated", Info, Lifecycle,
        "A request property was deprecated.",
        at(Request, Property, Deprecation, Deprecated);
    RequestPropertyDeprecatedWithSunset = "request-property-deprecated-with-sunset", Info, Lifecycle,
        "A request property was deprecated with a sunset date.",
        at(Request, Property, Deprecation, DeprecatedWithSunset);
    RequestPropertyDeprecatedSunsetMissing = "request-property-deprecated-sunset-missing", Error, Lifecycle,
        "A request property was deprecated without the sunset date the deprecation policy asks for.",
        at(Request, Property, Deprecation, DeprecatedSunsetMissing);
    RequestPropertyDeprecatedSunsetInvalid = "request-property-deprecated-sunset-invalid", Error, Lifecycle,
        "A request property was deprecated with a sunset date that cannot be read.",
        at(Request, Property, Deprecation, DeprecatedSunsetUnreadable);
    RequestPropertyReactivated = "request-property-reactivated", Info, Lifecycle,
        "A request property is no longer deprecated.",
        at(Request, Property, Deprecation, Reactivated);
    RequestPropertySunsetDateTooSmall = "request-property-sunset-date-too-small", Error, Lifecycle,
        "A request property was deprecated with a sunset date earlier than the deprecation policy allows.",
        at(Request, Property, Deprecation, DeprecatedSunsetTooSoon);
    // response property deprecation
    ResponsePropertyDeprecated = "response-property-deprecated", Info, Lifecycle,
        "A response property was deprecated.",
        at(Response, Property, Deprecation, Deprecated);
    ResponsePropertyDeprecatedWithSunset = "response-property-deprecated-with-sunset", Info, Lifecycle,
        "A response property was deprecated with a sunset date.",
        at(Response, Property, Deprecation, DeprecatedWithSunset);
    ResponsePropertyDeprecatedSunsetMissing = "response-property-deprecated-sunset-missing", Error, Lifecycle,
        "A response property was deprecated without the sunset date the deprecation policy asks for.",
        at(Response, Property, Deprecation, DeprecatedSunsetMissing);
    ResponsePropertyDeprecatedSunsetInvalid = "response-property-deprecated-sunset-invalid", Error, Lifecycle,
        "A response property was deprecated with a sunset date that cannot be read.",
        at(Response, Property, Deprecation, DeprecatedSunsetUnreadable);
    ResponsePropertyReactivated = "response-property-reactivated", Info, Lifecycle,
        "A response property is no longer deprecated.",
        at(Response, Property, Deprecation, Reactivated);
    ResponsePropertySunsetDateTooSmall = "response-property-sunset-date-too-small", Error, Lifecycle,
        "A response property was deprecated with a sunset date earlier than the deprecation policy allows.",
        at(Response, Property, Deprecation, DeprecatedSunsetTooSoon);
    // operation added
    EndpointAdded = "endpoint-added", Info, Existence,
        "An operation was added.",
        at(Neither, Operation, Existence, Added);
    // operation component security updated
    ApiSecurityComponentRemoved = "api-security-component-removed", Info, Existence,
        "A security scheme was removed from components.",
        at(Neither, SecurityScheme, Existence, Removed);
    ApiSecurityComponentAdded = "api-security-component-added", Info, Existence,
        "A security scheme was added to components.",
        at(Neither, SecurityScheme, Existence, Added);
    ApiSecurityComponentOauthUrlChanged = "api-security-component-oauth-url-changed", Info, Type,
        "The authorization URL of an implicit OAuth flow changed.",
        at(Neither, SecurityScheme, AuthorizationUrl, Changed);
    ApiSecurityComponentTypeChanged = "api-security-component-type-changed", Info, Type,
        "The type of a security scheme changed.",
        at(Neither, SecurityScheme, Type, Changed);
    ApiSecurityComponentOauthTokenUrlChanged = "api-security-component-oauth-token-url-changed", Info, Type,
        "The token URL of an implicit OAuth flow changed.",
        at(Neither, SecurityScheme, TokenUrl, Changed);
    ApiSecurityComponentOauthScopeAdded = "api-security-component-oauth-scope-added", Info, Existence,
        "A scope was added to an implicit OAuth flow.",
        at(Neither, SecurityScheme, OauthScope, Added);
    ApiSecurityComponentOauthScopeRemoved = "api-security-component-oauth-scope-removed", Info, Existence,
        "A scope was removed from an implicit OAuth flow.",
        at(Neither, SecurityScheme, OauthScope, Removed);
    ApiSecurityComponentOauthScopeChanged = "api-security-component-oauth-scope-changed", Info, Type,
        "The description of an implicit OAuth flow scope changed.",
        at(Neither, SecurityScheme, OauthScope, Changed);
    // operation security updated
    ApiSecurityRemoved = "api-security-removed", Info, Existence,
        "A security requirement was removed from an operation.",
        at(Neither, Operation, Security, Removed);
    ApiSecurityAdded = "api-security-added", Info, Existence,
        "A security requirement was added to an operation.",
        at(Neither, Operation, Security, Added);
    ApiSecurityScopeAdded = "api-security-scope-added", Info, Existence,
        "A scope was added to a security requirement of an operation.",
        at(Neither, Operation, SecurityScope, Added);
    ApiSecurityScopeRemoved = "api-security-scope-removed", Info, Existence,
        "A scope was removed from a security requirement of an operation.",
        at(Neither, Operation, SecurityScope, Removed);
    ApiGlobalSecurityRemoved = "api-global-security-removed", Info, Existence,
        "A security requirement was removed from the document.",
        at(Neither, Document, Security | AnonymousSecurity, Removed);
    ApiGlobalSecurityAdded = "api-global-security-added", Info, Existence,
        "A security requirement was added to the document.",
        at(Neither, Document, Security | AnonymousSecurity, Added);
    ApiGlobalSecurityScopeAdded = "api-global-security-scope-added", Info, Existence,
        "A scope was added to a document-level security requirement.",
        at(Neither, Document, SecurityScope, Added);
    ApiGlobalSecurityScopeRemoved = "api-global-security-scope-removed", Info, Existence,
        "A scope was removed from a document-level security requirement.",
        at(Neither, Document, SecurityScope, Removed);
    // stability and versioning policies
    ApiVersionNotBumped = "api-version-not-bumped", Info, Lifecycle,
        "The document changed but info.version did not.",
        at(Neither, Document, Version, NotBumped);
    ApiVersionDecreased = "api-version-decreased", Info, Lifecycle,
        "info.version went down.",
        at(Neither, Document, Version, Decreased);
    ApiMajorVersionNotBumped = "api-major-version-not-bumped", Info, Lifecycle,
        "A breaking change came without a major info.version bump.",
        at(Neither, Document, Version, MajorNotBumped);
    ApiStabilityDecreased = "api-stability-decreased", Error, Lifecycle,
        "The x-stability-level of an operation went down.",
        at(Neither, Operation, Stability, Decreased);
    ApiStabilityIncreased = "api-stability-increased", Info, Lifecycle,
        "The x-stability-level of an operation went up.",
        at(Neither, Operation, Stability, Increased);
    RequestPropertyStabilityDecreased = "request-property-stability-decreased", Error, Lifecycle,
        "The x-stability-level of a request property went down.",
        at(Request, Property, Stability, Decreased);
    RequestPropertyStabilityIncreased = "request-property-stability-increased", Info, Lifecycle,
        "The x-stability-level of a request property went up.",
        at(Request, Property, Stability, Increased);
    ResponsePropertyStabilityDecreased = "response-property-stability-decreased", Error, Lifecycle,
        "The x-stability-level of a response property went down.",
        at(Response, Property, Stability, Decreased);
    ResponsePropertyStabilityIncreased = "response-property-stability-increased", Info, Lifecycle,
        "The x-stability-level of a response property went up.",
        at(Response, Property, Stability, Increased);
    // operation deprecation
    EndpointReactivated = "endpoint-reactivated", Info, Lifecycle,
        "An operation is no longer deprecated.",
        at(Neither, Operation, Deprecation, Reactivated);
    ApiDeprecatedSunsetParse = "api-deprecated-sunset-parse", Error, Lifecycle,
        "An operation was deprecated with a sunset date that cannot be read.",
        at(Neither, Operation, Deprecation, DeprecatedSunsetUnreadable);
    ApiDeprecatedSunsetMissing = "api-deprecated-sunset-missing", Error, Lifecycle,
        "An operation was deprecated without the sunset date the deprecation policy asks for.",
        at(Neither, Operation, Deprecation, DeprecatedSunsetMissing);
    ApiInvalidStabilityLevel = "api-invalid-stability-level", Error, Lifecycle,
        "An operation or property has an x-stability-level that is not draft, alpha, beta or stable.",
        at(Neither, Operation, Stability, Unreadable),
        at(Request | Response, Property, Stability, Unreadable);
    ApiSunsetDateTooSmall = "api-sunset-date-too-small", Error, Lifecycle,
        "An operation was deprecated with a sunset date earlier than the deprecation policy allows.",
        at(Neither, Operation, Deprecation, DeprecatedSunsetTooSoon);
    EndpointDeprecated = "endpoint-deprecated", Info, Lifecycle,
        "An operation was deprecated.",
        at(Neither, Operation, Deprecation, Deprecated);
    EndpointDeprecatedWithSunset = "endpoint-deprecated-with-sunset", Info, Lifecycle,
        "An operation was deprecated with a sunset date.",
        at(Neither, Operation, Deprecation, DeprecatedWithSunset);
    // request parameter deprecation
    RequestParameterReactivated = "request-parameter-reactivated", Info, Lifecycle,
        "A request parameter is no longer deprecated.",
        at(Request, Parameter, Deprecation, Reactivated);
    RequestParameterDeprecatedSunsetMissing = "request-parameter-deprecated-sunset-missing", Error, Lifecycle,
        "A request parameter was deprecated without the sunset date the deprecation policy asks for.",
        at(Request, Parameter, Deprecation, DeprecatedSunsetMissing);
    RequestParameterSunsetDateTooSmall = "request-parameter-sunset-date-too-small", Error, Lifecycle,
        "A request parameter was deprecated with a sunset date earlier than the deprecation policy allows.",
        at(Request, Parameter, Deprecation, DeprecatedSunsetTooSoon);
    RequestParameterDeprecated = "request-parameter-deprecated", Info, Lifecycle,
        "A request parameter was deprecated.",
        at(Request, Parameter, Deprecation, Deprecated | DeprecatedWithSunset);
    // operation removed
    ApiPathRemovedWithoutDeprecation = "api-path-removed-without-deprecation", Error, Existence,
        "A path was removed without being deprecated first.",
        at(Neither, Path, Existence, RemovedWithoutDeprecation);
    ApiPathRemovedWithDeprecation = "api-path-removed-with-deprecation", Info, Existence,
        "A deprecated path was removed.",
        at(Neither, Path, Existence, RemovedWithDeprecation);
    ApiPathSunsetParse = "api-path-sunset-parse", Error, Lifecycle,
        "A removed or re-dated operation has a sunset date that cannot be read.",
        at(Neither, Path | Operation, Existence, RemovedSunsetUnreadable),
        at(Neither, Operation, Sunset, Unreadable);
    ApiPathRemovedBeforeSunset = "api-path-removed-before-sunset", Error, Existence,
        "A deprecated path was removed before its sunset date.",
        at(Neither, Path, Existence, RemovedBeforeSunset);
    ApiRemovedWithoutDeprecation = "api-removed-without-deprecation", Error, Existence,
        "An operation was removed without being deprecated first.",
        at(Neither, Operation, Existence, RemovedWithoutDeprecation);
    ApiRemovedWithDeprecation = "api-removed-with-deprecation", Info, Existence,
        "A deprecated operation was removed.",
        at(Neither, Operation, Existence, RemovedWithDeprecation);
    ApiRemovedBeforeSunset = "api-removed-before-sunset", Error, Existence,
        "A deprecated operation was removed before its sunset date.",
        at(Neither, Operation, Existence, RemovedBeforeSunset);
    // operation sunset changed
    SunsetDeleted = "sunset-deleted", Error, Lifecycle,
        "The sunset date of a deprecated operation was removed.",
        at(Neither, Operation, Sunset, Removed);
    ApiSunsetDateChangedTooSmall = "api-sunset-date-changed-too-small", Error, Lifecycle,
        "The sunset date of a deprecated operation was moved earlier than the deprecation policy allows.",
        at(Neither, Operation, Sunset, ChangedTooSoon);
    // request parameter sunset changed
    RequestParameterSunsetDeleted = "request-parameter-sunset-deleted", Error, Lifecycle,
        "The sunset date of a deprecated request parameter was removed.",
        at(Request, Parameter, Sunset, Removed);
    RequestParameterSunsetDateChangedTooSmall = "request-parameter-sunset-date-changed-too-small", Error, Lifecycle,
        "The sunset date of a deprecated request parameter was moved earlier than the deprecation policy allows.",
        at(Request, Parameter, Sunset, ChangedTooSoon);
    // added request body
    RequestBodyAddedRequired = "request-body-added-required", Error, Existence,
        "A required request body was added to an operation.",
        at(Request, Body + Required, Existence, Added);
    RequestBodyAddedOptional = "request-body-added-optional", Info, Existence,
        "An optional request body was added to an operation.",
        at(Request, Body, Existence, Added);
    // new request non path default parameter
    NewRequiredRequestDefaultParameterToExistingPath = "new-required-request-default-parameter-to-existing-path", Error, Existence,
        "A required parameter was added to a path item, so every operation under it needs it.",
        at(Request, PathItemParameter + Required, Existence, Added);
    NewOptionalRequestDefaultParameterToExistingPath = "new-optional-request-default-parameter-to-existing-path", Info, Existence,
        "An optional parameter was added to a path item.",
        at(Request, PathItemParameter, Existence, Added);
    // new request non path parameter
    NewRequiredRequestParameter = "new-required-request-parameter", Error, Existence,
        "A required request parameter was added.",
        at(Request, Parameter + Required, Existence, Added);
    NewOptionalRequestParameter = "new-optional-request-parameter", Info, Existence,
        "An optional request parameter was added.",
        at(Request, Parameter, Existence, Added);
    // new request path parameter
    NewRequestPathParameter = "new-request-path-parameter", Error, Existence,
        "A path parameter was added to an operation.",
        at(Request, Parameter + InPath, Existence, Added);
    // new required request header property
    NewRequiredRequestHeaderProperty = "new-required-request-header-property", Error, Existence,
        "A required property was added to the object schema of a request header parameter.",
        at(Request, HeaderProperty + Required, Existence, Added);
    // request body became enum
    RequestBodyBecameEnum = "request-body-became-enum", Error, Values,
        "The request body became restricted to an enum.",
        at(Request, Body, Enum, Set);
    // request body media type changed
    RequestBodyMediaTypeAdded = "request-body-media-type-added", Info, Existence,
        "A media type was added to the request body.",
        at(Request, MediaType, Existence, Added);
    RequestBodyMediaTypeRemoved = "request-body-media-type-removed", Error, Existence,
        "A media type was removed from the request body.",
        at(Request, MediaType, Existence, Removed);
    // media type schema existence
    RequestBodyMediaTypeSchemaAdded = "request-body-media-type-schema-added", Error, Existence,
        "A schema was added to a media type of the request body.",
        at(Request, MediaType, Schema, Added);
    RequestBodyMediaTypeSchemaRemoved = "request-body-media-type-schema-removed", Info, Existence,
        "The schema of a media type of the request body was removed.",
        at(Request, MediaType, Schema, Removed);
    ResponseBodyMediaTypeSchemaAdded = "response-body-media-type-schema-added", Info, Existence,
        "A schema was added to a media type of the response body.",
        at(Response, MediaType, Schema, Added);
    ResponseBodyMediaTypeSchemaRemoved = "response-body-media-type-schema-removed", Warning, Existence,
        "The schema of a media type of the response body was removed.",
        at(Response, MediaType, Schema, Removed);
    // request body removed
    RequestBodyRemoved = "request-body-removed", Error, Existence,
        "The request body of an operation was removed.",
        at(Request, Body, Existence, Removed);
    // request body required updated
    RequestBodyBecameOptional = "request-body-became-optional", Info, Requiredness,
        "The request body became optional.",
        at(Request, Body, Required, Unset);
    RequestBodyBecameRequired = "request-body-became-required", Error, Requiredness,
        "The request body became required.",
        at(Request, Body, Required, Set);
    // request discriminator updated
    RequestBodyDiscriminatorAdded = "request-body-discriminator-added", Info, Structure,
        "A discriminator was added to the request body.",
        at(Request, Body, Discriminator, Added);
    RequestBodyDiscriminatorRemoved = "request-body-discriminator-removed", Info, Structure,
        "The discriminator of the request body was removed.",
        at(Request, Body, Discriminator, Removed);
    RequestBodyDiscriminatorPropertyNameChanged = "request-body-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of the request body changed.",
        at(Request, Body, DiscriminatorPropertyName, Changed);
    RequestBodyDiscriminatorMappingAdded = "request-body-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to the request body.",
        at(Request, Body, DiscriminatorMapping, Added);
    RequestBodyDiscriminatorMappingDeleted = "request-body-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from the request body.",
        at(Request, Body, DiscriminatorMapping, Removed);
    RequestBodyDiscriminatorMappingChanged = "request-body-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of the request body points elsewhere.",
        at(Request, Body, DiscriminatorMapping, Changed);
    RequestPropertyDiscriminatorAdded = "request-property-discriminator-added", Info, Structure,
        "A discriminator was added to a request property.",
        at(Request, Property, Discriminator, Added);
    RequestPropertyDiscriminatorRemoved = "request-property-discriminator-removed", Info, Structure,
        "The discriminator of a request property was removed.",
        at(Request, Property, Discriminator, Removed);
    RequestPropertyDiscriminatorPropertyNameChanged = "request-property-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of a request property changed.",
        at(Request, Property, DiscriminatorPropertyName, Changed);
    RequestPropertyDiscriminatorMappingAdded = "request-property-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to a request property.",
        at(Request, Property, DiscriminatorMapping, Added);
    RequestPropertyDiscriminatorMappingDeleted = "request-property-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from a request property.",
        at(Request, Property, DiscriminatorMapping, Removed);
    RequestPropertyDiscriminatorMappingChanged = "request-property-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of a request property points elsewhere.",
        at(Request, Property, DiscriminatorMapping, Changed);
    // request header property became enum
    RequestHeaderPropertyBecameEnum = "request-header-property-became-enum", Error, Values,
        "A property of a request header parameter became restricted to an enum.",
        at(Request, HeaderProperty, Enum, Set);
    // request header property became required
    RequestHeaderPropertyBecameRequired = "request-header-property-became-required", Error, Requiredness,
        "A property of a request header parameter became required.",
        at(Request, HeaderProperty, Required, Set);
    // request parameter became enum
    RequestParameterBecameEnum = "request-parameter-became-enum", Error, Values,
        "A request parameter became restricted to an enum.",
        at(Request, Parameter, Enum, Set);
    // request parameter became nullable
    RequestParameterBecameNullable = "request-parameter-became-nullable", Info, Requiredness,
        "A request parameter now accepts null.",
        at(Request, Parameter, Nullable, Set);
    RequestParameterBecameNotNullable = "request-parameter-became-not-nullable", Error, Requiredness,
        "A request parameter no longer accepts null.",
        at(Request, Parameter, Nullable, Unset);
    RequestParameterPropertyBecameNullable = "request-parameter-property-became-nullable", Info, Requiredness,
        "A property of a request parameter now accepts null.",
        at(Request, ParameterProperty, Nullable, Set);
    RequestParameterPropertyBecameNotNullable = "request-parameter-property-became-not-nullable", Error, Requiredness,
        "A property of a request parameter no longer accepts null.",
        at(Request, ParameterProperty, Nullable, Unset);
    // request parameter default value changed
    RequestParameterDefaultValueChanged = "request-parameter-default-value-changed", Error, Values,
        "The default value of a request parameter changed.",
        at(Request, Parameter, Default, Changed);
    RequestParameterDefaultValueAdded = "request-parameter-default-value-added", Error, Values,
        "A request parameter got a default value.",
        at(Request, Parameter, Default, Set);
    RequestParameterDefaultValueRemoved = "request-parameter-default-value-removed", Error, Values,
        "The default value of a request parameter was removed.",
        at(Request, Parameter, Default, Unset);
    // request parameter enum value updated
    RequestParameterEnumValueAdded = "request-parameter-enum-value-added", Info, Values,
        "An enum value was added to a request parameter.",
        at(Request, Parameter, EnumValue, Added);
    RequestParameterEnumValueRemoved = "request-parameter-enum-value-removed", Error, Values,
        "An enum value was removed from a request parameter.",
        at(Request, Parameter, EnumValue, Removed);
    RequestParameterPropertyEnumValueAdded = "request-parameter-property-enum-value-added", Info, Values,
        "An enum value was added to a property of a request parameter.",
        at(Request, ParameterProperty, EnumValue, Added);
    RequestParameterPropertyEnumValueRemoved = "request-parameter-property-enum-value-removed", Error, Values,
        "An enum value was removed from a property of a request parameter.",
        at(Request, ParameterProperty, EnumValue, Removed);
    // request parameter max items updated
    RequestParameterMaxItemsIncreased = "request-parameter-max-items-increased", Info, Constraints,
        "The maxItems of a request parameter was raised.",
        at(Request, Parameter, MaxItems, Increased);
    RequestParameterMaxItemsDecreased = "request-parameter-max-items-decreased", Error, Constraints,
        "The maxItems of a request parameter was lowered.",
        at(Request, Parameter, MaxItems, Decreased);
    // request parameter max length set
    RequestParameterMaxLengthSet = "request-parameter-max-length-set", Warning, Constraints,
        "A maxLength was set on a request parameter.",
        at(Request, Parameter, MaxLength, Set),
        rust_client(Error, VALIDATING_NEWTYPE);
    // request parameter max length updated
    RequestParameterMaxLengthIncreased = "request-parameter-max-length-increased", Info, Constraints,
        "The maxLength of a request parameter was raised.",
        at(Request, Parameter, MaxLength, Increased | Changed);
    RequestParameterMaxLengthDecreased = "request-parameter-max-length-decreased", Error, Constraints,
        "The maxLength of a request parameter was lowered.",
        at(Request, Parameter, MaxLength, Decreased);
    // request parameter max set
    RequestParameterMaxSet = "request-parameter-max-set", Warning, Constraints,
        "A maximum was set on a request parameter.",
        at(Request, Parameter, Maximum, Set);
    RequestParameterExclusiveMaxSet = "request-parameter-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on a request parameter.",
        at(Request, Parameter, ExclusiveMaximum, Set);
    // request parameter max updated
    RequestParameterMaxIncreased = "request-parameter-max-increased", Info, Constraints,
        "The maximum of a request parameter was raised.",
        at(Request, Parameter, Maximum, Increased | Changed);
    RequestParameterMaxDecreased = "request-parameter-max-decreased", Error, Constraints,
        "The maximum of a request parameter was lowered.",
        at(Request, Parameter, Maximum, Decreased);
    RequestParameterExclusiveMaxIncreased = "request-parameter-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of a request parameter was raised.",
        at(Request, Parameter, ExclusiveMaximum, Increased | Changed);
    RequestParameterExclusiveMaxDecreased = "request-parameter-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of a request parameter was lowered.",
        at(Request, Parameter, ExclusiveMaximum, Decreased);
    // request parameter min items updated
    RequestParameterMinItemsIncreased = "request-parameter-min-items-increased", Error, Constraints,
        "The minItems of a request parameter was raised.",
        at(Request, Parameter, MinItems, Increased);
    RequestParameterMinItemsDecreased = "request-parameter-min-items-decreased", Info, Constraints,
        "The minItems of a request parameter was lowered.",
        at(Request, Parameter, MinItems, Decreased);
    // request parameter min length updated
    RequestParameterMinLengthIncreased = "request-parameter-min-length-increased", Error, Constraints,
        "The minLength of a request parameter was raised.",
        at(Request, Parameter, MinLength, Increased);
    RequestParameterMinLengthDecreased = "request-parameter-min-length-decreased", Info, Constraints,
        "The minLength of a request parameter was lowered.",
        at(Request, Parameter, MinLength, Decreased);
    // request parameter min set
    RequestParameterMinSet = "request-parameter-min-set", Warning, Constraints,
        "A minimum was set on a request parameter.",
        at(Request, Parameter, Minimum, Set);
    RequestParameterExclusiveMinSet = "request-parameter-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on a request parameter.",
        at(Request, Parameter, ExclusiveMinimum, Set);
    // request parameter min updated
    RequestParameterMinIncreased = "request-parameter-min-increased", Error, Constraints,
        "The minimum of a request parameter was raised.",
        at(Request, Parameter, Minimum, Increased | Changed);
    RequestParameterMinDecreased = "request-parameter-min-decreased", Info, Constraints,
        "The minimum of a request parameter was lowered.",
        at(Request, Parameter, Minimum, Decreased);
    RequestParameterExclusiveMinIncreased = "request-parameter-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of a request parameter was raised.",
        at(Request, Parameter, ExclusiveMinimum, Increased);
    RequestParameterExclusiveMinDecreased = "request-parameter-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of a request parameter was lowered.",
        at(Request, Parameter, ExclusiveMinimum, Decreased | Changed);
    // request parameter pattern added or changed
    RequestParameterPatternAdded = "request-parameter-pattern-added", Error, Constraints,
        "A pattern was added to a request parameter.",
        at(Request, Parameter, Pattern, Set);
    RequestParameterPatternRemoved = "request-parameter-pattern-removed", Info, Constraints,
        "The pattern of a request parameter was removed.",
        at(Request, Parameter, Pattern, Unset),
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestParameterPatternChanged = "request-parameter-pattern-changed", Warning, Constraints,
        "The pattern of a request parameter changed.",
        at(Request, Parameter, Pattern, Changed);
    RequestParameterPatternGeneralized = "request-parameter-pattern-generalized", Info, Constraints,
        "The pattern of a request parameter was relaxed to match anything.",
        at(Request, Parameter, Pattern, Generalized);
    // request parameter removed
    RequestParameterRemoved = "request-parameter-removed", Warning, Existence,
        "A request parameter was removed without being deprecated first.",
        at(Request, Parameter, Existence, RemovedWithoutDeprecation),
        rust_client(Error, "the operation's builder loses the parameter's setter, so callers that set it stop compiling");
    RequestParameterRemovedWithDeprecation = "request-parameter-removed-with-deprecation", Info, Existence,
        "A deprecated request parameter was removed.",
        at(Request, Parameter, Existence, RemovedWithDeprecation);
    RequestParameterSunsetParse = "request-parameter-sunset-parse", Error, Lifecycle,
        "The sunset date of a request parameter cannot be read.",
        at(Request, Parameter, Deprecation, DeprecatedSunsetUnreadable),
        at(Request, Parameter, Existence, RemovedSunsetUnreadable),
        at(Request, Parameter, Sunset, Unreadable);
    RequestParameterRemovedBeforeSunset = "request-parameter-removed-before-sunset", Error, Existence,
        "A deprecated request parameter was removed before its sunset date.",
        at(Request, Parameter, Existence, RemovedBeforeSunset);
    // request parameter required value updated
    RequestParameterBecameRequired = "request-parameter-became-required", Error, Requiredness,
        "A request parameter became required.",
        at(Request, Parameter, Required, Set);
    RequestParameterBecameOptional = "request-parameter-became-optional", Info, Requiredness,
        "A request parameter became optional.",
        at(Request, Parameter, Required, Unset);
    // request parameter type changed
    RequestParameterTypeChanged = "request-parameter-type-changed", Error, Type,
        "The type or format of a request parameter changed incompatibly.",
        at(Request, Parameter, Type, Changed);
    RequestParameterTypeGeneralized = "request-parameter-type-generalized", Info, Type,
        "The type or format of a request parameter was widened.",
        at(Request, Parameter, Type, Generalized);
    RequestParameterPropertyTypeChanged = "request-parameter-property-type-changed", Warning, Type,
        "The type or format of a property of a request parameter changed in a way that breaks some serializations.",
        at(Request, ParameterProperty, Type, Changed);
    RequestParameterPropertyTypeGeneralized = "request-parameter-property-type-generalized", Info, Type,
        "The type or format of a property of a request parameter was widened.",
        at(Request, ParameterProperty, Type, Generalized);
    RequestParameterPropertyTypeSpecialized = "request-parameter-property-type-specialized", Error, Type,
        "The type or format of a property of a request parameter was narrowed.",
        at(Request, ParameterProperty, Type, Specialized);
    // request parameter x extensible enum value removed
    RequestParameterXExtensibleEnumValueRemoved = "request-parameter-x-extensible-enum-value-removed", Error, Values,
        "A value was removed from the x-extensible-enum of a request parameter.",
        at(Request, Parameter, ExtensibleEnumValue, Removed);
    // request property all of updated
    RequestBodyAllOfAdded = "request-body-all-of-added", Error, Structure,
        "A subschema was added to the allOf of the request body.",
        at(Request, Body, AllOf, Added);
    RequestBodyAllOfRemoved = "request-body-all-of-removed", Warning, Structure,
        "A subschema was removed from the allOf of the request body.",
        at(Request, Body, AllOf, Removed);
    RequestPropertyAllOfAdded = "request-property-all-of-added", Error, Structure,
        "A subschema was added to the allOf of a request property.",
        at(Request, Property, AllOf, Added);
    RequestPropertyAllOfRemoved = "request-property-all-of-removed", Warning, Structure,
        "A subschema was removed from the allOf of a request property.",
        at(Request, Property, AllOf, Removed);
    RequestBodyAllOfAddedAnnotationOnly = "request-body-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of the request body.",
        at(Request, Body, AllOf, AddedAnnotationOnly);
    RequestBodyAllOfRemovedAnnotationOnly = "request-body-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of the request body.",
        at(Request, Body, AllOf, RemovedAnnotationOnly);
    RequestPropertyAllOfAddedAnnotationOnly = "request-property-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of a request property.",
        at(Request, Property, AllOf, AddedAnnotationOnly);
    RequestPropertyAllOfRemovedAnnotationOnly = "request-property-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of a request property.",
        at(Request, Property, AllOf, RemovedAnnotationOnly);
    // request property any of updated
    RequestBodyAnyOfAdded = "request-body-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of the request body.",
        at(Request, Body, AnyOf, Added);
    RequestBodyAnyOfRemoved = "request-body-any-of-removed", Error, Structure,
        "A subschema was removed from the anyOf of the request body.",
        at(Request, Body, AnyOf, Removed);
    RequestPropertyAnyOfAdded = "request-property-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of a request property.",
        at(Request, Property, AnyOf, Added);
    RequestPropertyAnyOfRemoved = "request-property-any-of-removed", Error, Structure,
        "A subschema was removed from the anyOf of a request property.",
        at(Request, Property, AnyOf, Removed);
    // request property became enum
    RequestPropertyBecameEnum = "request-property-became-enum", Error, Values,
        "A request property became restricted to an enum.",
        at(Request, Property, Enum, Set);
    // request property became not nullable
    RequestBodyBecameNotNullable = "request-body-became-not-nullable", Error, Requiredness,
        "The request body no longer accepts null.",
        at(Request, Body, Nullable, Unset);
    RequestBodyBecameNullable = "request-body-became-nullable", Info, Requiredness,
        "The request body now accepts null.",
        at(Request, Body, Nullable, Set);
    RequestPropertyBecameNotNullable = "request-property-became-not-nullable", Error, Requiredness,
        "A request property no longer accepts null.",
        at(Request, Property, Nullable, Unset);
    RequestPropertyBecameNullable = "request-property-became-nullable", Info, Requiredness,
        "A request property now accepts null.",
        at(Request, Property, Nullable, Set);
    // request property default value changed
    RequestBodyDefaultValueAdded = "request-body-default-value-added", Info, Values,
        "The request body got a default value.",
        at(Request, Body, Default, Set);
    RequestBodyDefaultValueRemoved = "request-body-default-value-removed", Info, Values,
        "The default value of the request body was removed.",
        at(Request, Body, Default, Unset);
    RequestBodyDefaultValueChanged = "request-body-default-value-changed", Info, Values,
        "The default value of the request body changed.",
        at(Request, Body, Default, Changed);
    RequestPropertyDefaultValueAdded = "request-property-default-value-added", Info, Values,
        "A request property got a default value.",
        at(Request, Property, Default, Set);
    RequestPropertyDefaultValueRemoved = "request-property-default-value-removed", Info, Values,
        "The default value of a request property was removed.",
        at(Request, Property, Default, Unset);
    RequestPropertyDefaultValueChanged = "request-property-default-value-changed", Info, Values,
        "The default value of a request property changed.",
        at(Request, Property, Default, Changed);
    // request property const changed
    RequestBodyConstAdded = "request-body-const-added", Error, Values,
        "The request body got a const value.",
        at(Request, Body, Const, Set);
    RequestBodyConstRemoved = "request-body-const-removed", Info, Values,
        "The const value of the request body was removed.",
        at(Request, Body, Const, Unset);
    RequestBodyConstChanged = "request-body-const-changed", Error, Values,
        "The const value of the request body changed.",
        at(Request, Body, Const, Changed);
    RequestPropertyConstAdded = "request-property-const-added", Error, Values,
        "A request property got a const value.",
        at(Request, Property, Const, Set);
    RequestPropertyConstRemoved = "request-property-const-removed", Info, Values,
        "The const value of a request property was removed.",
        at(Request, Property, Const, Unset);
    RequestPropertyConstChanged = "request-property-const-changed", Error, Values,
        "The const value of a request property changed.",
        at(Request, Property, Const, Changed);
    // request property enum value updated
    RequestPropertyEnumValueRemoved = "request-property-enum-value-removed", Error, Values,
        "An enum value was removed from a request property.",
        at(Request, Property, EnumValue, Removed);
    RequestReadOnlyPropertyEnumValueRemoved = "request-read-only-property-enum-value-removed", Info, Values,
        "An enum value was removed from a read-only request property.",
        at(Request, Property + ReadOnly, EnumValue, Removed);
    RequestPropertyEnumValueAdded = "request-property-enum-value-added", Info, Values,
        "An enum value was added to a request property.",
        at(Request, Property, EnumValue, Added);
    // request property max decreased
    RequestBodyMaxDecreased = "request-body-max-decreased", Error, Constraints,
        "The maximum of the request body was lowered.",
        at(Request, Body, Maximum, Decreased);
    RequestBodyMaxIncreased = "request-body-max-increased", Info, Constraints,
        "The maximum of the request body was raised.",
        at(Request, Body, Maximum, Increased | Changed);
    RequestPropertyMaxDecreased = "request-property-max-decreased", Error, Constraints,
        "The maximum of a request property was lowered.",
        at(Request, Property, Maximum, Decreased);
    RequestReadOnlyPropertyMaxDecreased = "request-read-only-property-max-decreased", Info, Constraints,
        "The maximum of a read-only request property was lowered.",
        at(Request, Property + ReadOnly, Maximum, Decreased);
    RequestPropertyMaxIncreased = "request-property-max-increased", Info, Constraints,
        "The maximum of a request property was raised.",
        at(Request, Property, Maximum, Increased | Changed);
    RequestBodyExclusiveMaxDecreased = "request-body-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of the request body was lowered.",
        at(Request, Body, ExclusiveMaximum, Decreased);
    RequestBodyExclusiveMaxIncreased = "request-body-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of the request body was raised.",
        at(Request, Body, ExclusiveMaximum, Increased | Changed);
    RequestPropertyExclusiveMaxDecreased = "request-property-exclusive-max-decreased", Error, Constraints,
        "The exclusiveMaximum of a request property was lowered.",
        at(Request, Property, ExclusiveMaximum, Decreased);
    RequestReadOnlyPropertyExclusiveMaxDecreased = "request-read-only-property-exclusive-max-decreased", Info, Constraints,
        "The exclusiveMaximum of a read-only request property was lowered.",
        at(Request, Property + ReadOnly, ExclusiveMaximum, Decreased);
    RequestPropertyExclusiveMaxIncreased = "request-property-exclusive-max-increased", Info, Constraints,
        "The exclusiveMaximum of a request property was raised.",
        at(Request, Property, ExclusiveMaximum, Increased | Changed);
    // request property max length set
    RequestBodyMaxLengthSet = "request-body-max-length-set", Warning, Constraints,
        "A maxLength was set on the request body.",
        at(Request, Body, MaxLength, Set),
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestPropertyMaxLengthSet = "request-property-max-length-set", Warning, Constraints,
        "A maxLength was set on a request property.",
        at(Request, Property, MaxLength, Set),
        rust_client(Error, VALIDATING_NEWTYPE);
    // request property max length updated
    RequestBodyMaxLengthDecreased = "request-body-max-length-decreased", Error, Constraints,
        "The maxLength of the request body was lowered.",
        at(Request, Body, MaxLength, Decreased);
    RequestBodyMaxLengthIncreased = "request-body-max-length-increased", Info, Constraints,
        "The maxLength of the request body was raised.",
        at(Request, Body, MaxLength, Increased);
    RequestPropertyMaxLengthDecreased = "request-property-max-length-decreased", Error, Constraints,
        "The maxLength of a request property was lowered.",
        at(Request, Property, MaxLength, Decreased);
    RequestReadOnlyPropertyMaxLengthDecreased = "request-read-only-property-max-length-decreased", Info, Constraints,
        "The maxLength of a read-only request property was lowered.",
        at(Request, Property + ReadOnly, MaxLength, Decreased);
    RequestPropertyMaxLengthIncreased = "request-property-max-length-increased", Info, Constraints,
        "The maxLength of a request property was raised.",
        at(Request, Property, MaxLength, Increased);
    // request property max set
    RequestBodyMaxSet = "request-body-max-set", Warning, Constraints,
        "A maximum was set on the request body.",
        at(Request, Body, Maximum, Set);
    RequestPropertyMaxSet = "request-property-max-set", Warning, Constraints,
        "A maximum was set on a request property.",
        at(Request, Property, Maximum, Set);
    RequestBodyExclusiveMaxSet = "request-body-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on the request body.",
        at(Request, Body, ExclusiveMaximum, Set);
    RequestPropertyExclusiveMaxSet = "request-property-exclusive-max-set", Warning, Constraints,
        "An exclusiveMaximum was set on a request property.",
        at(Request, Property, ExclusiveMaximum, Set);
    // request property min increased
    RequestBodyMinIncreased = "request-body-min-increased", Error, Constraints,
        "The minimum of the request body was raised.",
        at(Request, Body, Minimum, Increased);
    RequestBodyMinDecreased = "request-body-min-decreased", Info, Constraints,
        "The minimum of the request body was lowered.",
        at(Request, Body, Minimum, Decreased | Changed);
    RequestPropertyMinIncreased = "request-property-min-increased", Error, Constraints,
        "The minimum of a request property was raised.",
        at(Request, Property, Minimum, Increased);
    RequestReadOnlyPropertyMinIncreased = "request-read-only-property-min-increased", Info, Constraints,
        "The minimum of a read-only request property was raised.",
        at(Request, Property + ReadOnly, Minimum, Increased);
    RequestPropertyMinDecreased = "request-property-min-decreased", Info, Constraints,
        "The minimum of a request property was lowered.",
        at(Request, Property, Minimum, Decreased | Changed);
    RequestBodyExclusiveMinIncreased = "request-body-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of the request body was raised.",
        at(Request, Body, ExclusiveMinimum, Increased);
    RequestBodyExclusiveMinDecreased = "request-body-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of the request body was lowered.",
        at(Request, Body, ExclusiveMinimum, Decreased | Changed);
    RequestPropertyExclusiveMinIncreased = "request-property-exclusive-min-increased", Error, Constraints,
        "The exclusiveMinimum of a request property was raised.",
        at(Request, Property, ExclusiveMinimum, Increased);
    RequestReadOnlyPropertyExclusiveMinIncreased = "request-read-only-property-exclusive-min-increased", Info, Constraints,
        "The exclusiveMinimum of a read-only request property was raised.",
        at(Request, Property + ReadOnly, ExclusiveMinimum, Increased);
    RequestPropertyExclusiveMinDecreased = "request-property-exclusive-min-decreased", Info, Constraints,
        "The exclusiveMinimum of a request property was lowered.",
        at(Request, Property, ExclusiveMinimum, Decreased | Changed);
    // request property min items increased
    RequestBodyMinItemsIncreased = "request-body-min-items-increased", Error, Constraints,
        "The minItems of the request body was raised.",
        at(Request, Body, MinItems, Increased);
    RequestPropertyMinItemsIncreased = "request-property-min-items-increased", Error, Constraints,
        "The minItems of a request property was raised.",
        at(Request, Property, MinItems, Increased);
    // request property min length updated
    RequestBodyMinLengthIncreased = "request-body-min-length-increased", Error, Constraints,
        "The minLength of the request body was raised.",
        at(Request, Body, MinLength, Increased);
    RequestBodyMinLengthDecreased = "request-body-min-length-decreased", Info, Constraints,
        "The minLength of the request body was lowered.",
        at(Request, Body, MinLength, Decreased);
    RequestPropertyMinLengthIncreased = "request-property-min-length-increased", Error, Constraints,
        "The minLength of a request property was raised.",
        at(Request, Property, MinLength, Increased);
    RequestPropertyMinLengthDecreased = "request-property-min-length-decreased", Info, Constraints,
        "The minLength of a request property was lowered.",
        at(Request, Property, MinLength, Decreased);
    // request property min set
    RequestBodyMinSet = "request-body-min-set", Warning, Constraints,
        "A minimum was set on the request body.",
        at(Request, Body, Minimum, Set);
    RequestPropertyMinSet = "request-property-min-set", Warning, Constraints,
        "A minimum was set on a request property.",
        at(Request, Property, Minimum, Set);
    RequestBodyExclusiveMinSet = "request-body-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on the request body.",
        at(Request, Body, ExclusiveMinimum, Set);
    RequestPropertyExclusiveMinSet = "request-property-exclusive-min-set", Warning, Constraints,
        "An exclusiveMinimum was set on a request property.",
        at(Request, Property, ExclusiveMinimum, Set);
    // request property one of updated
    RequestBodyOneOfAdded = "request-body-one-of-added", Info, Structure,
        "A subschema was added to the oneOf of the request body.",
        at(Request, Body, OneOf, Added);
    RequestBodyOneOfRemoved = "request-body-one-of-removed", Error, Structure,
        "A subschema was removed from the oneOf of the request body.",
        at(Request, Body, OneOf, Removed);
    RequestPropertyOneOfAdded = "request-property-one-of-added", Info, Structure,
        "A subschema was added to the oneOf of a request property.",
        at(Request, Property, OneOf, Added);
    RequestPropertyOneOfRemoved = "request-property-one-of-removed", Error, Structure,
        "A subschema was removed from the oneOf of a request property.",
        at(Request, Property, OneOf, Removed);
    // request property pattern updated
    RequestPropertyPatternRemoved = "request-property-pattern-removed", Info, Constraints,
        "The pattern of a request property was removed.",
        at(Request, Property, Pattern, Unset),
        rust_client(Error, VALIDATING_NEWTYPE);
    RequestPropertyPatternAdded = "request-property-pattern-added", Error, Constraints,
        "A pattern was added to a request property.",
        at(Request, Property, Pattern, Set);
    RequestPropertyPatternChanged = "request-property-pattern-changed", Warning, Constraints,
        "The pattern of a request property changed.",
        at(Request, Property, Pattern, Changed);
    RequestPropertyPatternGeneralized = "request-property-pattern-generalized", Info, Constraints,
        "The pattern of a request property was relaxed to match anything.",
        at(Request, Property, Pattern, Generalized);
    // request property required updated
    RequestPropertyBecameRequired = "request-property-became-required", Error, Requiredness,
        "A request property became required.",
        at(Request, Property, Required, Set);
    RequestPropertyBecameRequiredWithDefault = "request-property-became-required-with-default", Error, Requiredness,
        "A request property that has a default value became required.",
        at(Request, Property + WithDefault, Required, Set);
    RequestPropertyBecameOptional = "request-property-became-optional", Info, Requiredness,
        "A request property became optional.",
        at(Request, Property, Required, Unset),
        rust_client(Error, "the field's type changes from `T` to `Option<T>`, so code that reads or assigns it stops compiling");
    // request property type changed
    RequestBodyTypeGeneralized = "request-body-type-generalized", Info, Type,
        "The type or format of the request body was widened.",
        at(Request, Body, Type, Generalized),
        rust_client(Error, "a wider type or format is a different Rust type (`i32` to `i64`, `i64` to `f64`), so code that builds the value with the old type stops compiling");
    RequestBodyTypeCompatible = "request-body-type-compatible", Info, Type,
        "The type of the request body changed in a way its media type tolerates.",
        at(Request, Body, Type, Compatible);
    RequestBodyTypeChanged = "request-body-type-changed", Error, Type,
        "The type or format of the request body changed incompatibly.",
        at(Request, Body, Type, Changed);
    RequestPropertyTypeGeneralized = "request-property-type-generalized", Info, Type,
        "The type or format of a request property was widened.",
        at(Request, Property, Type, Generalized),
        rust_client(Error, "a wider type or format is a different Rust type (`i32` to `i64`, `i64` to `f64`), so code that assigns the field with the old type stops compiling");
    RequestPropertyTypeCompatible = "request-property-type-compatible", Info, Type,
        "The type of a request property changed in a way its media type tolerates.",
        at(Request, Property, Type, Compatible);
    RequestPropertyTypeChanged = "request-property-type-changed", Error, Type,
        "The type or format of a request property changed incompatibly.",
        at(Request, Property, Type, Changed);
    // request property updated
    RequestPropertyRemoved = "request-property-removed", Warning, Existence,
        "A request property was removed.",
        at(Request, Property, Existence, Removed),
        rust_client(Error, "the field disappears from the generated request struct, so every caller that sets it stops compiling");
    NewRequiredRequestProperty = "new-required-request-property", Error, Existence,
        "A required request property was added.",
        at(Request, Property + Required, Existence, Added);
    NewRequiredRequestPropertyWithDefault = "new-required-request-property-with-default", Error, Existence,
        "A required request property with a default value was added.",
        at(Request, Property + Required + WithDefault, Existence, Added);
    NewOptionalRequestProperty = "new-optional-request-property", Info, Existence,
        "An optional request property was added.",
        at(Request, Property, Existence, Added);
    RequestBodyWrappedInOneOf = "request-body-wrapped-in-one-of", Error, Structure,
        "The request body was wrapped into a oneOf of alternatives.",
        at(Request, Body, OneOf, Wrapped);
    // request property write only read only
    RequestOptionalPropertyBecameNotWriteOnly = "request-optional-property-became-not-write-only", Info, Mutability,
        "An optional request property stopped being write-only.",
        at(Request, Property, WriteOnly, Unset);
    RequestOptionalPropertyBecameWriteOnly = "request-optional-property-became-write-only", Info, Mutability,
        "An optional request property became write-only.",
        at(Request, Property, WriteOnly, Set);
    RequestOptionalPropertyBecameReadOnly = "request-optional-property-became-read-only", Info, Mutability,
        "An optional request property became read-only.",
        at(Request, Property, ReadOnly, Set);
    RequestOptionalPropertyBecameNotReadOnly = "request-optional-property-became-not-read-only", Info, Mutability,
        "An optional request property stopped being read-only.",
        at(Request, Property, ReadOnly, Unset);
    RequestRequiredPropertyBecameNotWriteOnly = "request-required-property-became-not-write-only", Info, Mutability,
        "A required request property stopped being write-only.",
        at(Request, Property + Required, WriteOnly, Unset);
    RequestRequiredPropertyBecameWriteOnly = "request-required-property-became-write-only", Info, Mutability,
        "A required request property became write-only.",
        at(Request, Property + Required, WriteOnly, Set);
    RequestRequiredPropertyBecameReadOnly = "request-required-property-became-read-only", Info, Mutability,
        "A required request property became read-only.",
        at(Request, Property + Required, ReadOnly, Set);
    RequestRequiredPropertyBecameNotReadOnly = "request-required-property-became-not-read-only", Info, Mutability,
        "A required request property stopped being read-only.",
        at(Request, Property + Required, ReadOnly, Unset);
    // request property x extensible enum value removed
    RequestPropertyXExtensibleEnumValueRemoved = "request-property-x-extensible-enum-value-removed", Error, Values,
        "A value was removed from the x-extensible-enum of a request property.",
        at(Request, Property, ExtensibleEnumValue, Removed);
    // response discriminator updated
    ResponseBodyDiscriminatorAdded = "response-body-discriminator-added", Info, Structure,
        "A discriminator was added to the response body.",
        at(Response, Body, Discriminator, Added);
    ResponseBodyDiscriminatorRemoved = "response-body-discriminator-removed", Info, Structure,
        "The discriminator of the response body was removed.",
        at(Response, Body, Discriminator, Removed);
    ResponseBodyDiscriminatorPropertyNameChanged = "response-body-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of the response body changed.",
        at(Response, Body, DiscriminatorPropertyName, Changed);
    ResponseBodyDiscriminatorMappingAdded = "response-body-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to the response body.",
        at(Response, Body, DiscriminatorMapping, Added);
    ResponseBodyDiscriminatorMappingDeleted = "response-body-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from the response body.",
        at(Response, Body, DiscriminatorMapping, Removed);
    ResponseBodyDiscriminatorMappingChanged = "response-body-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of the response body points elsewhere.",
        at(Response, Body, DiscriminatorMapping, Changed);
    ResponsePropertyDiscriminatorAdded = "response-property-discriminator-added", Info, Structure,
        "A discriminator was added to a response property.",
        at(Response, Property, Discriminator, Added);
    ResponsePropertyDiscriminatorRemoved = "response-property-discriminator-removed", Info, Structure,
        "The discriminator of a response property was removed.",
        at(Response, Property, Discriminator, Removed);
    ResponsePropertyDiscriminatorPropertyNameChanged = "response-property-discriminator-property-name-changed", Info, Structure,
        "The discriminator property name of a response property changed.",
        at(Response, Property, DiscriminatorPropertyName, Changed);
    ResponsePropertyDiscriminatorMappingAdded = "response-property-discriminator-mapping-added", Info, Structure,
        "Discriminator mapping entries were added to a response property.",
        at(Response, Property, DiscriminatorMapping, Added);
    ResponsePropertyDiscriminatorMappingDeleted = "response-property-discriminator-mapping-deleted", Info, Structure,
        "Discriminator mapping entries were removed from a response property.",
        at(Response, Property, DiscriminatorMapping, Removed);
    ResponsePropertyDiscriminatorMappingChanged = "response-property-discriminator-mapping-changed", Info, Structure,
        "A discriminator mapping entry of a response property points elsewhere.",
        at(Response, Property, DiscriminatorMapping, Changed);
    // response header became optional
    ResponseHeaderBecameOptional = "response-header-became-optional", Error, Requiredness,
        "A response header became optional.",
        at(Response, Header, Required, Unset);
    // response header removed
    RequiredResponseHeaderRemoved = "required-response-header-removed", Error, Existence,
        "A required response header was removed.",
        at(Response, Header + Required, Existence, Removed);
    OptionalResponseHeaderRemoved = "optional-response-header-removed", Warning, Existence,
        "An optional response header was removed.",
        at(Response, Header, Existence, Removed);
    // response header added
    ResponseHeaderAdded = "response-header-added", Info, Existence,
        "A response header was added.",
        at(Response, Header, Existence, Added);
    // response header type changed
    ResponseHeaderTypeChanged = "response-header-type-changed", Error, Type,
        "The type or format of a response header changed incompatibly.",
        at(Response, Header, Type, Changed);
    ResponseHeaderTypeGeneralized = "response-header-type-generalized", Error, Type,
        "The type or format of a response header was widened.",
        at(Response, Header, Type, Generalized);
    ResponseHeaderTypeSpecialized = "response-header-type-specialized", Info, Type,
        "The type or format of a response header was narrowed.",
        at(Response, Header, Type, Specialized);
    ResponseHeaderTypeCompatible = "response-header-type-compatible", Info, Type,
        "The type of a response header changed in a way its media type tolerates.",
        at(Response, Header, Type, Compatible);
    // response header became nullable
    ResponseHeaderBecameNullable = "response-header-became-nullable", Error, Requiredness,
        "A response header now accepts null.",
        at(Response, Header, Nullable, Set);
    ResponseHeaderBecameNotNullable = "response-header-became-not-nullable", Info, Requiredness,
        "A response header no longer accepts null.",
        at(Response, Header, Nullable, Unset);
    // response media type updated
    ResponseMediaTypeRemoved = "response-media-type-removed", Error, Existence,
        "A media type was removed from a response.",
        at(Response, MediaType, Existence, Removed);
    ResponseMediaTypeAdded = "response-media-type-added", Info, Existence,
        "A media type was added to a response.",
        at(Response, MediaType, Existence, Added);
    // response media type name updated
    ResponseMediaTypeNameChanged = "response-media-type-name-changed", Info, Type,
        "The parameters of a response media type name changed.",
        at(Response, MediaType, Name, Changed);
    ResponseMediaTypeNameGeneralized = "response-media-type-name-generalized", Error, Type,
        "A response media type was replaced by a more general one.",
        at(Response, MediaType, Name, Generalized);
    ResponseMediaTypeNameSpecialized = "response-media-type-name-specialized", Info, Type,
        "A response media type was replaced by a more specific one.",
        at(Response, MediaType, Name, Specialized);
    // response optional property updated
    ResponseOptionalPropertyRemoved = "response-optional-property-removed", Warning, Existence,
        "An optional response property was removed.",
        at(Response, Property, Existence, Removed),
        rust_client(Error, "the field disappears from the generated response struct, so every caller that reads it stops compiling");
    ResponseOptionalWriteOnlyPropertyRemoved = "response-optional-write-only-property-removed", Info, Existence,
        "An optional write-only response property was removed.",
        at(Response, Property + WriteOnly, Existence, Removed);
    ResponseOptionalPropertyAdded = "response-optional-property-added", Info, Existence,
        "An optional response property was added.",
        at(Response, Property, Existence, Added);
    ResponseOptionalWriteOnlyPropertyAdded = "response-optional-write-only-property-added", Info, Existence,
        "An optional write-only response property was added.",
        at(Response, Property + WriteOnly, Existence, Added);
    // response optional property write only read only
    ResponseOptionalPropertyBecameNotWriteOnly = "response-optional-property-became-not-write-only", Info, Mutability,
        "An optional response property stopped being write-only.",
        at(Response, Property, WriteOnly, Unset);
    ResponseOptionalPropertyBecameWriteOnly = "response-optional-property-became-write-only", Info, Mutability,
        "An optional response property became write-only.",
        at(Response, Property, WriteOnly, Set);
    ResponseOptionalPropertyBecameReadOnly = "response-optional-property-became-read-only", Info, Mutability,
        "An optional response property became read-only.",
        at(Response, Property, ReadOnly, Set);
    ResponseOptionalPropertyBecameNotReadOnly = "response-optional-property-became-not-read-only", Info, Mutability,
        "An optional response property stopped being read-only.",
        at(Response, Property, ReadOnly, Unset);
    // response pattern added or changed
    ResponsePropertyPatternAdded = "response-property-pattern-added", Info, Constraints,
        "A pattern was added to a response property.",
        at(Response, Property, Pattern, Set),
        rust_client(Error, VALIDATING_NEWTYPE);
    ResponsePropertyPatternChanged = "response-property-pattern-changed", Info, Constraints,
        "The pattern of a response property changed.",
        at(Response, Property, Pattern, Changed | Generalized);
    ResponsePropertyPatternRemoved = "response-property-pattern-removed", Info, Constraints,
        "The pattern of a response property was removed.",
        at(Response, Property, Pattern, Unset),
        rust_client(Error, VALIDATING_NEWTYPE);
    // response property all of updated
    ResponseBodyAllOfAdded = "response-body-all-of-added", Info, Structure,
        "A subschema was added to the allOf of the response body.",
        at(Response, Body, AllOf, Added);
    ResponseBodyAllOfRemoved = "response-body-all-of-removed", Info, Structure,
        "A subschema was removed from the allOf of the response body.",
        at(Response, Body, AllOf, Removed);
    ResponsePropertyAllOfAdded = "response-property-all-of-added", Info, Structure,
        "A subschema was added to the allOf of a response property.",
        at(Response, Property, AllOf, Added);
    ResponsePropertyAllOfRemoved = "response-property-all-of-removed", Info, Structure,
        "A subschema was removed from the allOf of a response property.",
        at(Response, Property, AllOf, Removed);
    ResponseBodyAllOfAddedAnnotationOnly = "response-body-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of the response body.",
        at(Response, Body, AllOf, AddedAnnotationOnly);
    ResponseBodyAllOfRemovedAnnotationOnly = "response-body-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of the response body.",
        at(Response, Body, AllOf, RemovedAnnotationOnly);
    ResponsePropertyAllOfAddedAnnotationOnly = "response-property-all-of-added-annotation-only", Info, Structure,
        "An annotation-only subschema was added to the allOf of a response property.",
        at(Response, Property, AllOf, AddedAnnotationOnly);
    ResponsePropertyAllOfRemovedAnnotationOnly = "response-property-all-of-removed-annotation-only", Info, Structure,
        "An annotation-only subschema was removed from the allOf of a response property.",
        at(Response, Property, AllOf, RemovedAnnotationOnly);
    // response property any of updated
    ResponseBodyAnyOfAdded = "response-body-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of the response body.",
        at(Response, Body, AnyOf, Added);
    ResponseBodyAnyOfRemoved = "response-body-any-of-removed", Info, Structure,
        "A subschema was removed from the anyOf of the response body.",
        at(Response, Body, AnyOf, Removed);
    ResponsePropertyAnyOfAdded = "response-property-any-of-added", Info, Structure,
        "A subschema was added to the anyOf of a response property.",
        at(Response, Property, AnyOf, Added);
    ResponsePropertyAnyOfRemoved = "response-property-any-of-removed", Info, Structure,
        "A subschema was removed from the anyOf of a response property.",
        at(Response, Property, AnyOf, Removed);
    // response property became nullable
    ResponsePropertyBecameNullable = "response-property-became-nullable", Error, Requiredness,
        "A response property now accepts null.",
        at(Response, Property, Nullable, Set);
    ResponseBodyBecameNullable = "response-body-became-nullable", Error, Requiredness,
        "The response body now accepts null.",
        at(Response, Body, Nullable, Set);
    ResponsePropertyBecameNotNullable = "response-property-became-not-nullable", Info, Requiredness,
        "A response property no longer accepts null.",
        at(Response, Property, Nullable, Unset);
    ResponseBodyBecameNotNullable = "response-body-became-not-nullable", Info, Requiredness,
        "The response body no longer accepts null.",
        at(Response, Body, Nullable, Unset);
    // response property became optional
    ResponsePropertyBecameOptional = "response-property-became-optional", Error, Requiredness,
        "A response property became optional.",
        at(Response, Property, Required, Unset);
    ResponseWriteOnlyPropertyBecameOptional = "response-write-only-property-became-optional", Info, Requiredness,
        "A write-only response property became optional.",
        at(Response, Property + WriteOnly, Required, Unset);
    // response property became required
    ResponsePropertyBecameRequired = "response-property-became-required", Info, Requiredness,
        "A response property became required.",
        at(Response, Property, Required, Set),
        rust_client(Error, "the field's type changes from `Option<T>` to `T`, so code that matches `Some`/`None` on it, or passes it on as an `Option`, stops compiling");
    ResponseWriteOnlyPropertyBecameRequired = "response-write-only-property-became-required", Info, Requiredness,
        "A write-only response property became required.",
        at(Response, Property + WriteOnly, Required, Set);
    // response property default value changed
    ResponseBodyDefaultValueAdded = "response-body-default-value-added", Info, Values,
        "The response body got a default value.",
        at(Response, Body, Default, Set);
    ResponseBodyDefaultValueRemoved = "response-body-default-value-removed", Info, Values,
        "The default value of the response body was removed.",
        at(Response, Body, Default, Unset);
    ResponseBodyDefaultValueChanged = "response-body-default-value-changed", Info, Values,
        "The default value of the response body changed.",
        at(Response, Body, Default, Changed);
    ResponsePropertyDefaultValueAdded = "response-property-default-value-added", Info, Values,
        "A response property got a default value.",
        at(Response, Property, Default, Set);
    ResponsePropertyDefaultValueRemoved = "response-property-default-value-removed", Info, Values,
        "The default value of a response property was removed.",
        at(Response, Property, Default, Unset);
    ResponsePropertyDefaultValueChanged = "response-property-default-value-changed", Info, Values,
        "The default value of a response property changed.",
        at(Response, Property, Default, Changed);
    // response property const changed
    ResponseBodyConstAdded = "response-body-const-added", Info, Values,
        "The response body got a const value.",
        at(Response, Body, Const, Set);
    ResponseBodyConstRemoved = "response-body-const-removed", Error, Values,
        "The const value of the response body was removed.",
        at(Response, Body, Const, Unset);
    ResponseBodyConstChanged = "response-body-const-changed", Error, Values,
        "The const value of the response body changed.",
        at(Response, Body, Const, Changed);
    ResponsePropertyConstAdded = "response-property-const-added", Info, Values,
        "A response property got a const value.",
        at(Response, Property, Const, Set);
    ResponsePropertyConstRemoved = "response-property-const-removed", Error, Values,
        "The const value of a response property was removed.",
        at(Response, Property, Const, Unset);
    ResponsePropertyConstChanged = "response-property-const-changed", Error, Values,
        "The const value of a response property changed.",
        at(Response, Property, Const, Changed);
    // response property enum value added
    ResponsePropertyEnumValueAdded = "response-property-enum-value-added", Warning, Values,
        "An enum value was added to a response property.",
        at(Response, Property, EnumValue, Added),
        rust_client(Info, "every generated enum has an `Unknown` variant that keeps unseen values, so a new value decodes");
    ResponseWriteOnlyPropertyEnumValueAdded = "response-write-only-property-enum-value-added", Info, Values,
        "An enum value was added to a write-only response property.",
        at(Response, Property + WriteOnly, EnumValue, Added);
    // response property max increased
    ResponseBodyMaxIncreased = "response-body-max-increased", Error, Constraints,
        "The maximum of the response body was raised.",
        at(Response, Body, Maximum, Increased);
    ResponsePropertyMaxIncreased = "response-property-max-increased", Error, Constraints,
        "The maximum of a response property was raised.",
        at(Response, Property, Maximum, Increased);
    ResponseBodyExclusiveMaxIncreased = "response-body-exclusive-max-increased", Error, Constraints,
        "The exclusiveMaximum of the response body was raised.",
        at(Response, Body, ExclusiveMaximum, Increased);
    ResponsePropertyExclusiveMaxIncreased = "response-property-exclusive-max-increased", Error, Constraints,
        "The exclusiveMaximum of a response property was raised.",
        at(Response, Property, ExclusiveMaximum, Increased);
    // response property max length increased
    ResponseBodyMaxLengthIncreased = "response-body-max-length-increased", Error, Constraints,
        "The maxLength of the response body was raised.",
        at(Response, Body, MaxLength, Increased);
    ResponsePropertyMaxLengthIncreased = "response-property-max-length-increased", Error, Constraints,
        "The maxLength of a response property was raised.",
        at(Response, Property, MaxLength, Increased);
    // response property max length unset
    ResponseBodyMaxLengthUnset = "response-body-max-length-unset", Error, Constraints,
        "The maxLength of the response body was removed.",
        at(Response, Body, MaxLength, Unset);
    ResponsePropertyMaxLengthUnset = "response-property-max-length-unset", Error, Constraints,
        "The maxLength of a response property was removed.",
        at(Response, Property, MaxLength, Unset);
    // response property min decreased
    ResponseBodyMinDecreased = "response-body-min-decreased", Error, Constraints,
        "The minimum of the response body was lowered.",
        at(Response, Body, Minimum, Decreased);
    ResponsePropertyMinDecreased = "response-property-min-decreased", Error, Constraints,
        "The minimum of a response property was lowered.",
        at(Response, Property, Minimum, Decreased);
    ResponseBodyExclusiveMinDecreased = "response-body-exclusive-min-decreased", Error, Constraints,
        "The exclusiveMinimum of the response body was lowered.",
        at(Response, Body, ExclusiveMinimum, Decreased);
    ResponsePropertyExclusiveMinDecreased = "response-property-exclusive-min-decreased", Error, Constraints,
        "The exclusiveMinimum of a response property was lowered.",
        at(Response, Property, ExclusiveMinimum, Decreased);
    // response property min items decreased
    ResponseBodyMinItemsDecreased = "response-body-min-items-decreased", Error, Constraints,
        "The minItems of the response body was lowered.",
        at(Response, Body, MinItems, Decreased);
    ResponsePropertyMinItemsDecreased = "response-property-min-items-decreased", Error, Constraints,
        "The minItems of a response property was lowered.",
        at(Response, Property, MinItems, Decreased);
    // response property min length decreased
    ResponseBodyMinLengthDecreased = "response-body-min-length-decreased", Error, Constraints,
        "The minLength of the response body was lowered.",
        at(Response, Body, MinLength, Decreased);
    ResponsePropertyMinLengthDecreased = "response-property-min-length-decreased", Error, Constraints,
        "The minLength of a response property was lowered.",
        at(Response, Property, MinLength, Decreased);
    // response property one of updated
    ResponseBodyOneOfAdded = "response-body-one-of-added", Error, Structure,
        "A subschema was added to the oneOf of the response body.",
        at(Response, Body, OneOf, Added);
    ResponseBodyOneOfRemoved = "response-body-one-of-removed", Info, Structure,
        "A subschema was removed from the oneOf of the response body.",
        at(Response, Body, OneOf, Removed);
    ResponsePropertyOneOfAdded = "response-property-one-of-added", Error, Structure,
        "A subschema was added to the oneOf of a response property.",
        at(Response, Property, OneOf, Added);
    ResponsePropertyOneOfRemoved = "response-property-one-of-removed", Info, Structure,
        "A subschema was removed from the oneOf of a response property.",
        at(Response, Property, OneOf, Removed);
    // response property type changed
    ResponseBodyTypeChanged = "response-body-type-changed", Error, Type,
        "The type or format of the response body changed incompatibly.",
        at(Response, Body, Type, Changed);
    ResponseBodyTypeGeneralized = "response-body-type-generalized", Error, Type,
        "The type or format of the response body was widened.",
        at(Response, Body, Type, Generalized);
    ResponseBodyTypeSpecialized = "response-body-type-specialized", Info, Type,
        "The type or format of the response body was narrowed.",
        at(Response, Body, Type, Specialized);
    ResponseBodyTypeCompatible = "response-body-type-compatible", Info, Type,
        "The type of the response body changed in a way its media type tolerates.",
        at(Response, Body, Type, Compatible);
    ResponsePropertyTypeChanged = "response-property-type-changed", Error, Type,
        "The type or format of a response property changed incompatibly.",
        at(Response, Property, Type, Changed);
    ResponsePropertyTypeGeneralized = "response-property-type-generalized", Error, Type,
        "The type or format of a response property was widened.",
        at(Response, Property, Type, Generalized);
    ResponsePropertyTypeSpecialized = "response-property-type-specialized", Info, Type,
        "The type or format of a response property was narrowed.",
        at(Response, Property, Type, Specialized);
    ResponsePropertyTypeCompatible = "response-property-type-compatible", Info, Type,
        "The type of a response property changed in a way its media type tolerates.",
        at(Response, Property, Type, Compatible);
    // response required property updated
    ResponseRequiredPropertyRemoved = "response-required-property-removed", Error, Existence,
        "A required response property was removed.",
        at(Response, Property + Required, Existence, Removed);
    ResponseRequiredWriteOnlyPropertyRemoved = "response-required-write-only-property-removed", Info, Existence,
        "A required write-only response property was removed.",
        at(Response, Property + Required + WriteOnly, Existence, Removed);
    ResponseRequiredPropertyAdded = "response-required-property-added", Info, Existence,
        "A required response property was added.",
        at(Response, Property + Required, Existence, Added);
    ResponseRequiredWriteOnlyPropertyAdded = "response-required-write-only-property-added", Info, Existence,
        "A required write-only response property was added.",
        at(Response, Property + Required + WriteOnly, Existence, Added);
    ResponseBodyWrappedInOneOf = "response-body-wrapped-in-one-of", Error, Structure,
        "The response body was wrapped into a oneOf of alternatives.",
        at(Response, Body, OneOf, Wrapped);
    // response required property write only read only
    ResponseRequiredPropertyBecameNotWriteOnly = "response-required-property-became-not-write-only", Warning, Mutability,
        "A required response property stopped being write-only.",
        at(Response, Property + Required, WriteOnly, Unset);
    ResponseRequiredPropertyBecameWriteOnly = "response-required-property-became-write-only", Info, Mutability,
        "A required response property became write-only.",
        at(Response, Property + Required, WriteOnly, Set);
    ResponseRequiredPropertyBecameReadOnly = "response-required-property-became-read-only", Info, Mutability,
        "A required response property became read-only.",
        at(Response, Property + Required, ReadOnly, Set);
    ResponseRequiredPropertyBecameNotReadOnly = "response-required-property-became-not-read-only", Info, Mutability,
        "A required response property stopped being read-only.",
        at(Response, Property + Required, ReadOnly, Unset);
    // response success status updated
    ResponseSuccessStatusRemoved = "response-success-status-removed", Error, Existence,
        "A success status was removed from a response.",
        at(Response, SuccessStatus, Existence, Removed);
    ResponseSuccessStatusAdded = "response-success-status-added", Info, Existence,
        "A success status was added to an operation.",
        at(Response, SuccessStatus, Existence, Added),
        rust_client(Error, "progenitor matches documented statuses only: a deployed client turns the new success status into `Error::UnexpectedResponse`");
    // response non success status updated
    ResponseNonSuccessStatusRemoved = "response-non-success-status-removed", Info, Existence,
        "A non-success status was removed from an operation.",
        at(Response, NonSuccessStatus, Existence, Removed);
    ResponseNonSuccessStatusAdded = "response-non-success-status-added", Info, Existence,
        "A non-success status was added to an operation.",
        at(Response, NonSuccessStatus, Existence, Added);
    // operation operation id updated
    ApiOperationIdRemoved = "api-operation-id-removed", Info, Existence,
        "The operationId of an operation was removed or changed.",
        at(Neither, Operation, OperationId, Removed | Changed);
    ApiOperationIdAdded = "api-operation-id-added", Info, Existence,
        "An operation got an operationId.",
        at(Neither, Operation, OperationId, Added);
    // operation tag updated
    ApiTagRemoved = "api-tag-removed", Info, Existence,
        "A tag was removed from an operation.",
        at(Neither, Operation, Tag, Removed);
    ApiTagAdded = "api-tag-added", Info, Existence,
        "A tag was added to an operation.",
        at(Neither, Operation, Tag, Added);
    // webhook updated
    WebhookAdded = "webhook-added", Info, Existence,
        "A webhook was added.",
        at(Neither, Webhook, Existence, Added);
    WebhookRemoved = "webhook-removed", Error, Existence,
        "A webhook was removed.",
        at(Neither, Webhook, Existence, Removed);
    // operation component schema removed
    ApiSchemaRemoved = "api-schema-removed", Info, Existence,
        "A schema was removed from components.",
        at(Neither, ComponentSchema, Existence, Removed),
        rust_client(Error, "every component schema is a generated type (`types::Name`), so removing or renaming a schema removes a type callers name");
    // response parameter enum value removed
    ResponsePropertyEnumValueRemoved = "response-property-enum-value-removed", Info, Values,
        "An enum value was removed from a response property.",
        at(Response, Property, EnumValue, Removed),
        rust_client(Error, ENUM_VARIANT_REMOVED);
    // response media type enum value removed
    ResponseMediatypeEnumValueRemoved = "response-mediatype-enum-value-removed", Info, Values,
        "An enum value was removed from a response body schema.",
        at(Response, Body, EnumValue, Removed),
        rust_client(Error, ENUM_VARIANT_REMOVED);
    // request body enum value removed
    RequestBodyEnumValueRemoved = "request-body-enum-value-removed", Error, Values,
        "An enum value was removed from the request body.",
        at(Request, Body, EnumValue, Removed);
    // request property list of types changed
    RequestBodyListOfTypesWidened = "request-body-list-of-types-widened", Info, Type,
        "Types were added to the list of types the request body allows.",
        at(Request, Body, ListOfTypes, Widened);
    RequestBodyListOfTypesNarrowed = "request-body-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types the request body allows.",
        at(Request, Body, ListOfTypes, Narrowed | Changed);
    RequestPropertyListOfTypesWidened = "request-property-list-of-types-widened", Info, Type,
        "Types were added to the list of types a request property allows.",
        at(Request, Property, ListOfTypes, Widened);
    RequestPropertyListOfTypesNarrowed = "request-property-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a request property allows.",
        at(Request, Property, ListOfTypes, Narrowed | Changed);
    // response property list of types changed
    ResponseBodyListOfTypesWidened = "response-body-list-of-types-widened", Error, Type,
        "Types were added to the list of types the response body allows.",
        at(Response, Body, ListOfTypes, Widened | Changed);
    ResponseBodyListOfTypesNarrowed = "response-body-list-of-types-narrowed", Info, Type,
        "Types were removed from the list of types the response body allows.",
        at(Response, Body, ListOfTypes, Narrowed);
    ResponsePropertyListOfTypesWidened = "response-property-list-of-types-widened", Error, Type,
        "Types were added to the list of types a response property allows.",
        at(Response, Property, ListOfTypes, Widened | Changed);
    ResponsePropertyListOfTypesNarrowed = "response-property-list-of-types-narrowed", Info, Type,
        "Types were removed from the list of types a response property allows.",
        at(Response, Property, ListOfTypes, Narrowed);
    // request parameter list of types changed
    RequestParameterListOfTypesWidened = "request-parameter-list-of-types-widened", Info, Type,
        "Types were added to the list of types a request parameter allows.",
        at(Request, Parameter, ListOfTypes, Widened);
    RequestParameterListOfTypesNarrowed = "request-parameter-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a request parameter allows.",
        at(Request, Parameter, ListOfTypes, Narrowed | Changed);
    RequestParameterPropertyListOfTypesWidened = "request-parameter-property-list-of-types-widened", Info, Type,
        "Types were added to the list of types a property of a request parameter allows.",
        at(Request, ParameterProperty, ListOfTypes, Widened);
    RequestParameterPropertyListOfTypesNarrowed = "request-parameter-property-list-of-types-narrowed", Error, Type,
        "Types were removed from the list of types a property of a request parameter allows.",
        at(Request, ParameterProperty, ListOfTypes, Narrowed | Changed);
    // request property prefix items updated
    RequestBodyPrefixItemsAdded = "request-body-prefix-items-added", Info, Structure,
        "PrefixItems were added to the request body.",
        at(Request, Body, PrefixItems, Added);
    RequestBodyPrefixItemsRemoved = "request-body-prefix-items-removed", Error, Structure,
        "PrefixItems were removed from the request body.",
        at(Request, Body, PrefixItems, Removed);
    RequestPropertyPrefixItemsAdded = "request-property-prefix-items-added", Info, Structure,
        "PrefixItems were added to a request property.",
        at(Request, Property, PrefixItems, Added);
    RequestPropertyPrefixItemsRemoved = "request-property-prefix-items-removed", Error, Structure,
        "PrefixItems were removed from a request property.",
        at(Request, Property, PrefixItems, Removed);
    // response property prefix items updated
    ResponseBodyPrefixItemsAdded = "response-body-prefix-items-added", Error, Structure,
        "PrefixItems were added to the response body.",
        at(Response, Body, PrefixItems, Added);
    ResponseBodyPrefixItemsRemoved = "response-body-prefix-items-removed", Info, Structure,
        "PrefixItems were removed from the response body.",
        at(Response, Body, PrefixItems, Removed);
    ResponsePropertyPrefixItemsAdded = "response-property-prefix-items-added", Error, Structure,
        "PrefixItems were added to a response property.",
        at(Response, Property, PrefixItems, Added);
    ResponsePropertyPrefixItemsRemoved = "response-property-prefix-items-removed", Info, Structure,
        "PrefixItems were removed from a response property.",
        at(Response, Property, PrefixItems, Removed);
    // request property if updated
    RequestBodyIfAdded = "request-body-if-added", Error, Structure,
        "An if schema was added to the request body.",
        at(Request, Body, If, Added);
    RequestBodyIfRemoved = "request-body-if-removed", Info, Structure,
        "The if schema of the request body was removed.",
        at(Request, Body, If, Removed);
    RequestBodyThenAdded = "request-body-then-added", Error, Structure,
        "A then schema was added to the request body.",
        at(Request, Body, Then, Added);
    RequestBodyThenRemoved = "request-body-then-removed", Info, Structure,
        "The then schema of the request body was removed.",
        at(Request, Body, Then, Removed);
    RequestBodyElseAdded = "request-body-else-added", Error, Structure,
        "An else schema was added to the request body.",
        at(Request, Body, Else, Added);
    RequestBodyElseRemoved = "request-body-else-removed", Info, Structure,
        "The else schema of the request body was removed.",
        at(Request, Body, Else, Removed);
    RequestPropertyIfAdded = "request-property-if-added", Error, Structure,
        "An if schema was added to a request property.",
        at(Request, Property, If, Added);
    RequestPropertyIfRemoved = "request-property-if-removed", Info, Structure,
        "The if schema of a request property was removed.",
        at(Request, Property, If, Removed);
    RequestPropertyThenAdded = "request-property-then-added", Error, Structure,
        "A then schema was added to a request property.",
        at(Request, Property, Then, Added);
    RequestPropertyThenRemoved = "request-property-then-removed", Info, Structure,
        "The then schema of a request property was removed.",
        at(Request, Property, Then, Removed);
    RequestPropertyElseAdded = "request-property-else-added", Error, Structure,
        "An else schema was added to a request property.",
        at(Request, Property, Else, Added);
    RequestPropertyElseRemoved = "request-property-else-removed", Info, Structure,
        "The else schema of a request property was removed.",
        at(Request, Property, Else, Removed);
    // response property if updated
    ResponseBodyIfAdded = "response-body-if-added", Info, Structure,
        "An if schema was added to the response body.",
        at(Response, Body, If, Added);
    ResponseBodyIfRemoved = "response-body-if-removed", Error, Structure,
        "The if schema of the response body was removed.",
        at(Response, Body, If, Removed);
    ResponseBodyThenAdded = "response-body-then-added", Info, Structure,
        "A then schema was added to the response body.",
        at(Response, Body, Then, Added);
    ResponseBodyThenRemoved = "response-body-then-removed", Error, Structure,
        "The then schema of the response body was removed.",
        at(Response, Body, Then, Removed);
    ResponseBodyElseAdded = "response-body-else-added", Info, Structure,
        "An else schema was added to the response body.",
        at(Response, Body, Else, Added);
    ResponseBodyElseRemoved = "response-body-else-removed", Error, Structure,
        "The else schema of the response body was removed.",
        at(Response, Body, Else, Removed);
    ResponsePropertyIfAdded = "response-property-if-added", Info, Structure,
        "An if schema was added to a response property.",
        at(Response, Property, If, Added);
    ResponsePropertyIfRemoved = "response-property-if-removed", Error, Structure,
        "The if schema of a response property was removed.",
        at(Response, Property, If, Removed);
    ResponsePropertyThenAdded = "response-property-then-added", Info, Structure,
        "A then schema was added to a response property.",
        at(Response, Property, Then, Added);
    ResponsePropertyThenRemoved = "response-property-then-removed", Error, Structure,
        "The then schema of a response property was removed.",
        at(Response, Property, Then, Removed);
    ResponsePropertyElseAdded = "response-property-else-added", Info, Structure,
        "An else schema was added to a response property.",
        at(Response, Property, Else, Added);
    ResponsePropertyElseRemoved = "response-property-else-removed", Error, Structure,
        "The else schema of a response property was removed.",
        at(Response, Property, Else, Removed);
    // request property contains updated
    RequestBodyContainsAdded = "request-body-contains-added", Error, Structure,
        "A contains schema was added to the request body.",
        at(Request, Body, Contains, Added);
    RequestBodyContainsRemoved = "request-body-contains-removed", Info, Structure,
        "The contains schema of the request body was removed.",
        at(Request, Body, Contains, Removed);
    RequestBodyMinContainsIncreased = "request-body-min-contains-increased", Error, Constraints,
        "The minContains of the request body was raised.",
        at(Request, Body, MinContains, Increased);
    RequestBodyMinContainsDecreased = "request-body-min-contains-decreased", Info, Constraints,
        "The minContains of the request body was lowered.",
        at(Request, Body, MinContains, Decreased);
    RequestBodyMaxContainsIncreased = "request-body-max-contains-increased", Info, Constraints,
        "The maxContains of the request body was raised.",
        at(Request, Body, MaxContains, Increased);
    RequestBodyMaxContainsDecreased = "request-body-max-contains-decreased", Error, Constraints,
        "The maxContains of the request body was lowered.",
        at(Request, Body, MaxContains, Decreased);
    RequestPropertyContainsAdded = "request-property-contains-added", Error, Structure,
        "A contains schema was added to a request property.",
        at(Request, Property, Contains, Added);
    RequestPropertyContainsRemoved = "request-property-contains-removed", Info, Structure,
        "The contains schema of a request property was removed.",
        at(Request, Property, Contains, Removed);
    RequestPropertyMinContainsIncreased = "request-property-min-contains-increased", Error, Constraints,
        "The minContains of a request property was raised.",
        at(Request, Property, MinContains, Increased);
    RequestPropertyMinContainsDecreased = "request-property-min-contains-decreased", Info, Constraints,
        "The minContains of a request property was lowered.",
        at(Request, Property, MinContains, Decreased);
    RequestPropertyMaxContainsIncreased = "request-property-max-contains-increased", Info, Constraints,
        "The maxContains of a request property was raised.",
        at(Request, Property, MaxContains, Increased);
    RequestPropertyMaxContainsDecreased = "request-property-max-contains-decreased", Error, Constraints,
        "The maxContains of a request property was lowered.",
        at(Request, Property, MaxContains, Decreased);
    // response property contains updated
    ResponseBodyContainsAdded = "response-body-contains-added", Info, Structure,
        "A contains schema was added to the response body.",
        at(Response, Body, Contains, Added);
    ResponseBodyContainsRemoved = "response-body-contains-removed", Error, Structure,
        "The contains schema of the response body was removed.",
        at(Response, Body, Contains, Removed);
    ResponseBodyMinContainsIncreased = "response-body-min-contains-increased", Info, Constraints,
        "The minContains of the response body was raised.",
        at(Response, Body, MinContains, Increased);
    ResponseBodyMinContainsDecreased = "response-body-min-contains-decreased", Error, Constraints,
        "The minContains of the response body was lowered.",
        at(Response, Body, MinContains, Decreased);
    ResponseBodyMaxContainsIncreased = "response-body-max-contains-increased", Error, Constraints,
        "The maxContains of the response body was raised.",
        at(Response, Body, MaxContains, Increased);
    ResponseBodyMaxContainsDecreased = "response-body-max-contains-decreased", Info, Constraints,
        "The maxContains of the response body was lowered.",
        at(Response, Body, MaxContains, Decreased);
    ResponsePropertyContainsAdded = "response-property-contains-added", Info, Structure,
        "A contains schema was added to a response property.",
        at(Response, Property, Contains, Added);
    ResponsePropertyContainsRemoved = "response-property-contains-removed", Error, Structure,
        "The contains schema of a response property was removed.",
        at(Response, Property, Contains, Removed);
    ResponsePropertyMinContainsIncreased = "response-property-min-contains-increased", Info, Constraints,
        "The minContains of a response property was raised.",
        at(Response, Property, MinContains, Increased);
    ResponsePropertyMinContainsDecreased = "response-property-min-contains-decreased", Error, Constraints,
        "The minContains of a response property was lowered.",
        at(Response, Property, MinContains, Decreased);
    ResponsePropertyMaxContainsIncreased = "response-property-max-contains-increased", Error, Constraints,
        "The maxContains of a response property was raised.",
        at(Response, Property, MaxContains, Increased);
    ResponsePropertyMaxContainsDecreased = "response-property-max-contains-decreased", Info, Constraints,
        "The maxContains of a response property was lowered.",
        at(Response, Property, MaxContains, Decreased);
    // request property dependent required changed
    RequestBodyDependentRequiredAdded = "request-body-dependent-required-added", Error, Structure,
        "A dependentRequired entry was added to the request body.",
        at(Request, Body, DependentRequired, Added);
    RequestBodyDependentRequiredRemoved = "request-body-dependent-required-removed", Info, Structure,
        "A dependentRequired entry was removed from the request body.",
        at(Request, Body, DependentRequired, Removed);
    RequestBodyDependentRequiredChanged = "request-body-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of the request body changed.",
        at(Request, Body, DependentRequired, Changed);
    RequestPropertyDependentRequiredAdded = "request-property-dependent-required-added", Error, Structure,
        "A dependentRequired entry was added to a request property.",
        at(Request, Property, DependentRequired, Added);
    RequestPropertyDependentRequiredRemoved = "request-property-dependent-required-removed", Info, Structure,
        "A dependentRequired entry was removed from a request property.",
        at(Request, Property, DependentRequired, Removed);
    RequestPropertyDependentRequiredChanged = "request-property-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of a request property changed.",
        at(Request, Property, DependentRequired, Changed);
    // response property dependent required changed
    ResponseBodyDependentRequiredAdded = "response-body-dependent-required-added", Info, Structure,
        "A dependentRequired entry was added to the response body.",
        at(Response, Body, DependentRequired, Added);
    ResponseBodyDependentRequiredRemoved = "response-body-dependent-required-removed", Error, Structure,
        "A dependentRequired entry was removed from the response body.",
        at(Response, Body, DependentRequired, Removed);
    ResponseBodyDependentRequiredChanged = "response-body-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of the response body changed.",
        at(Response, Body, DependentRequired, Changed);
    ResponsePropertyDependentRequiredAdded = "response-property-dependent-required-added", Info, Structure,
        "A dependentRequired entry was added to a response property.",
        at(Response, Property, DependentRequired, Added);
    ResponsePropertyDependentRequiredRemoved = "response-property-dependent-required-removed", Error, Structure,
        "A dependentRequired entry was removed from a response property.",
        at(Response, Property, DependentRequired, Removed);
    ResponsePropertyDependentRequiredChanged = "response-property-dependent-required-changed", Error, Structure,
        "A dependentRequired entry of a response property changed.",
        at(Response, Property, DependentRequired, Changed);
    // request property dependent schemas updated
    RequestBodyDependentSchemaAdded = "request-body-dependent-schema-added", Error, Structure,
        "A dependentSchemas entry was added to the request body.",
        at(Request, Body, DependentSchema, Added);
    RequestBodyDependentSchemaRemoved = "request-body-dependent-schema-removed", Info, Structure,
        "A dependentSchemas entry was removed from the request body.",
        at(Request, Body, DependentSchema, Removed);
    RequestPropertyDependentSchemaAdded = "request-property-dependent-schema-added", Error, Structure,
        "A dependentSchemas entry was added to a request property.",
        at(Request, Property, DependentSchema, Added);
    RequestPropertyDependentSchemaRemoved = "request-property-dependent-schema-removed", Info, Structure,
        "A dependentSchemas entry was removed from a request property.",
        at(Request, Property, DependentSchema, Removed);
    // response property dependent schemas updated
    ResponseBodyDependentSchemaAdded = "response-body-dependent-schema-added", Info, Structure,
        "A dependentSchemas entry was added to the response body.",
        at(Response, Body, DependentSchema, Added);
    ResponseBodyDependentSchemaRemoved = "response-body-dependent-schema-removed", Error, Structure,
        "A dependentSchemas entry was removed from the response body.",
        at(Response, Body, DependentSchema, Removed);
    ResponsePropertyDependentSchemaAdded = "response-property-dependent-schema-added", Info, Structure,
        "A dependentSchemas entry was added to a response property.",
        at(Response, Property, DependentSchema, Added);
    ResponsePropertyDependentSchemaRemoved = "response-property-dependent-schema-removed", Error, Structure,
        "A dependentSchemas entry was removed from a response property.",
        at(Response, Property, DependentSchema, Removed);
    // request property pattern properties updated
    RequestBodyPatternPropertyAdded = "request-body-pattern-property-added", Error, Constraints,
        "A patternProperties entry was added to the request body.",
        at(Request, Body, PatternProperty, Added);
    RequestBodyPatternPropertyRemoved = "request-body-pattern-property-removed", Info, Constraints,
        "A patternProperties entry was removed from the request body.",
        at(Request, Body, PatternProperty, Removed);
    RequestPropertyPatternPropertyAdded = "request-property-pattern-property-added", Error, Constraints,
        "A patternProperties entry was added to a request property.",
        at(Request, Property, PatternProperty, Added);
    RequestPropertyPatternPropertyRemoved = "request-property-pattern-property-removed", Info, Constraints,
        "A patternProperties entry was removed from a request property.",
        at(Request, Property, PatternProperty, Removed);
    // response property pattern properties updated
    ResponseBodyPatternPropertyAdded = "response-body-pattern-property-added", Info, Constraints,
        "A patternProperties entry was added to the response body.",
        at(Response, Body, PatternProperty, Added);
    ResponseBodyPatternPropertyRemoved = "response-body-pattern-property-removed", Error, Constraints,
        "A patternProperties entry was removed from the response body.",
        at(Response, Body, PatternProperty, Removed);
    ResponsePropertyPatternPropertyAdded = "response-property-pattern-property-added", Info, Constraints,
        "A patternProperties entry was added to a response property.",
        at(Response, Property, PatternProperty, Added);
    ResponsePropertyPatternPropertyRemoved = "response-property-pattern-property-removed", Error, Constraints,
        "A patternProperties entry was removed from a response property.",
        at(Response, Property, PatternProperty, Removed);
    // request property property names updated
    RequestBodyPropertyNamesAdded = "request-body-property-names-added", Error, Structure,
        "A propertyNames schema was added to the request body.",
        at(Request, Body, PropertyNames, Added);
    RequestBodyPropertyNamesRemoved = "request-body-property-names-removed", Info, Structure,
        "The propertyNames schema of the request body was removed.",
        at(Request, Body, PropertyNames, Removed);
    RequestPropertyPropertyNamesAdded = "request-property-property-names-added", Error, Structure,
        "A propertyNames schema was added to a request property.",
        at(Request, Property, PropertyNames, Added);
    RequestPropertyPropertyNamesRemoved = "request-property-property-names-removed", Info, Structure,
        "The propertyNames schema of a request property was removed.",
        at(Request, Property, PropertyNames, Removed);
    // response property property names updated
    ResponseBodyPropertyNamesAdded = "response-body-property-names-added", Info, Structure,
        "A propertyNames schema was added to the response body.",
        at(Response, Body, PropertyNames, Added);
    ResponseBodyPropertyNamesRemoved = "response-body-property-names-removed", Error, Structure,
        "The propertyNames schema of the response body was removed.",
        at(Response, Body, PropertyNames, Removed);
    ResponsePropertyPropertyNamesAdded = "response-property-property-names-added", Info, Structure,
        "A propertyNames schema was added to a response property.",
        at(Response, Property, PropertyNames, Added);
    ResponsePropertyPropertyNamesRemoved = "response-property-property-names-removed", Error, Structure,
        "The propertyNames schema of a response property was removed.",
        at(Response, Property, PropertyNames, Removed);
    // request property unevaluated updated
    RequestBodyUnevaluatedItemsAdded = "request-body-unevaluated-items-added", Error, Structure,
        "An unevaluatedItems schema was added to the request body.",
        at(Request, Body, UnevaluatedItems, Added);
    RequestBodyUnevaluatedItemsRemoved = "request-body-unevaluated-items-removed", Info, Structure,
        "The unevaluatedItems schema of the request body was removed.",
        at(Request, Body, UnevaluatedItems, Removed);
    RequestBodyUnevaluatedPropertiesAdded = "request-body-unevaluated-properties-added", Error, Structure,
        "An unevaluatedProperties schema was added to the request body.",
        at(Request, Body, UnevaluatedProperties, Added);
    RequestBodyUnevaluatedPropertiesRemoved = "request-body-unevaluated-properties-removed", Info, Structure,
        "The unevaluatedProperties schema of the request body was removed.",
        at(Request, Body, UnevaluatedProperties, Removed);
    RequestPropertyUnevaluatedItemsAdded = "request-property-unevaluated-items-added", Error, Structure,
        "An unevaluatedItems schema was added to a request property.",
        at(Request, Property, UnevaluatedItems, Added);
    RequestPropertyUnevaluatedItemsRemoved = "request-property-unevaluated-items-removed", Info, Structure,
        "The unevaluatedItems schema of a request property was removed.",
        at(Request, Property, UnevaluatedItems, Removed);
    RequestPropertyUnevaluatedPropertiesAdded = "request-property-unevaluated-properties-added", Error, Structure,
        "An unevaluatedProperties schema was added to a request property.",
        at(Request, Property, UnevaluatedProperties, Added);
    RequestPropertyUnevaluatedPropertiesRemoved = "request-property-unevaluated-properties-removed", Info, Structure,
        "The unevaluatedProperties schema of a request property was removed.",
        at(Request, Property, UnevaluatedProperties, Removed);
    // response property unevaluated updated
    ResponseBodyUnevaluatedItemsAdded = "response-body-unevaluated-items-added", Info, Structure,
        "An unevaluatedItems schema was added to the response body.",
        at(Response, Body, UnevaluatedItems, Added);
    ResponseBodyUnevaluatedItemsRemoved = "response-body-unevaluated-items-removed", Error, Structure,
        "The unevaluatedItems schema of the response body was removed.",
        at(Response, Body, UnevaluatedItems, Removed);
    ResponseBodyUnevaluatedPropertiesAdded = "response-body-unevaluated-properties-added", Info, Structure,
        "An unevaluatedProperties schema was added to the response body.",
        at(Response, Body, UnevaluatedProperties, Added);
    ResponseBodyUnevaluatedPropertiesRemoved = "response-body-unevaluated-properties-removed", Error, Structure,
        "The unevaluatedProperties schema of the response body was removed.",
        at(Response, Body, UnevaluatedProperties, Removed);
    ResponsePropertyUnevaluatedItemsAdded = "response-property-unevaluated-items-added", Info, Structure,
        "An unevaluatedItems schema was added to a response property.",
        at(Response, Property, UnevaluatedItems, Added);
    ResponsePropertyUnevaluatedItemsRemoved = "response-property-unevaluated-items-removed", Error, Structure,
        "The unevaluatedItems schema of a response property was removed.",
        at(Response, Property, UnevaluatedItems, Removed);
    ResponsePropertyUnevaluatedPropertiesAdded = "response-property-unevaluated-properties-added", Info, Structure,
        "An unevaluatedProperties schema was added to a response property.",
        at(Response, Property, UnevaluatedProperties, Added);
    ResponsePropertyUnevaluatedPropertiesRemoved = "response-property-unevaluated-properties-removed", Error, Structure,
        "The unevaluatedProperties schema of a response property was removed.",
        at(Response, Property, UnevaluatedProperties, Removed);
    // request property content updated
    RequestBodyContentSchemaAdded = "request-body-content-schema-added", Error, Existence,
        "A contentSchema was added to the request body.",
        at(Request, Body, ContentSchema, Added);
    RequestBodyContentSchemaRemoved = "request-body-content-schema-removed", Info, Existence,
        "The contentSchema of the request body was removed.",
        at(Request, Body, ContentSchema, Removed);
    RequestBodyContentMediaTypeChanged = "request-body-content-media-type-changed", Error, Type,
        "The contentMediaType of the request body changed.",
        at(Request, Body, ContentMediaType, Changed);
    RequestBodyContentEncodingChanged = "request-body-content-encoding-changed", Error, Type,
        "The contentEncoding of the request body changed.",
        at(Request, Body, ContentEncoding, Changed);
    RequestPropertyContentSchemaAdded = "request-property-content-schema-added", Error, Existence,
        "A contentSchema was added to a request property.",
        at(Request, Property, ContentSchema, Added);
    RequestPropertyContentSchemaRemoved = "request-property-content-schema-removed", Info, Existence,
        "The contentSchema of a request property was removed.",
        at(Request, Property, ContentSchema, Removed);
    RequestPropertyContentMediaTypeChanged = "request-property-content-media-type-changed", Error, Type,
        "The contentMediaType of a request property changed.",
        at(Request, Property, ContentMediaType, Changed);
    RequestPropertyContentEncodingChanged = "request-property-content-encoding-changed", Error, Type,
        "The contentEncoding of a request property changed.",
        at(Request, Property, ContentEncoding, Changed);
    // response property content updated
    ResponseBodyContentSchemaAdded = "response-body-content-schema-added", Info, Existence,
        "A contentSchema was added to the response body.",
        at(Response, Body, ContentSchema, Added);
    ResponseBodyContentSchemaRemoved = "response-body-content-schema-removed", Error, Existence,
        "The contentSchema of the response body was removed.",
        at(Response, Body, ContentSchema, Removed);
    ResponseBodyContentMediaTypeChanged = "response-body-content-media-type-changed", Error, Type,
        "The contentMediaType of the response body changed.",
        at(Response, Body, ContentMediaType, Changed);
    ResponseBodyContentEncodingChanged = "response-body-content-encoding-changed", Error, Type,
        "The contentEncoding of the response body changed.",
        at(Response, Body, ContentEncoding, Changed);
    ResponsePropertyContentSchemaAdded = "response-property-content-schema-added", Info, Existence,
        "A contentSchema was added to a response property.",
        at(Response, Property, ContentSchema, Added);
    ResponsePropertyContentSchemaRemoved = "response-property-content-schema-removed", Error, Existence,
        "The contentSchema of a response property was removed.",
        at(Response, Property, ContentSchema, Removed);
    ResponsePropertyContentMediaTypeChanged = "response-property-content-media-type-changed", Error, Type,
        "The contentMediaType of a response property changed.",
        at(Response, Property, ContentMediaType, Changed);
    ResponsePropertyContentEncodingChanged = "response-property-content-encoding-changed", Error, Type,
        "The contentEncoding of a response property changed.",
        at(Response, Property, ContentEncoding, Changed);
    // our own rules
    RequestPathParameterRenamed = "request-path-parameter-renamed", Error, Existence,
        "A path parameter was renamed (the path template is the same).",
        at(Request, Parameter + InPath, Name, Changed),
        extension("oasdiff matches a renamed path parameter by its position in the template and reports nothing, but the generated builder names its setter after the parameter (`.customer_id()`), so callers stop compiling");
    ResponseBodyEnumValueAdded = "response-body-enum-value-added", Info, Values,
        "An enum value was added to the response body.",
        at(Response, Body, EnumValue, Added),
        extension("oasdiff reports new enum values of response properties only; a new value of a top-level response enum reaches callers the same way, and is harmless to ours because every generated enum keeps unseen values in its `Unknown` variant");
    SchemaNestingTooDeep = "schema-nesting-too-deep", Error, Structure,
        "Schemas nest deeper than the diff compares them; below that it may miss changes.",
        at(Neither, Document, SchemaNesting, TooDeep),
        extension("the comparison recurses, and a chain of references can be as long as a document likes; past a fixed depth two schemas are compared as written, and a gate must not pass on a comparison it did not finish");
}
