//! The columns that pick a rule: which way the changed thing travels, where it is (and what it
//! is, where rules tell such things apart), which of its attributes changed, and how. A check
//! describes what it observed in these terms ([`Columns`]); the registry's rows say which
//! rule, if any, that is.

use serde::{Serialize, Serializer};

/// Declares a column's enum with `ALL`, its every value (what `_` stands for in a row).
macro_rules! column {
    ($(#[$meta:meta])* $name:ident { $($(#[$variant_meta:meta])* $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($(#[$variant_meta])* $variant,)*
        }

        impl $name {
            /// Every value: what `_` stands for in a registry row.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
        }
    };
}

column! {
    /// Which way the changed thing travels.
    Direction {
        /// Clients send it: narrowing it breaks them.
        Request,
        /// Clients receive it: widening it breaks them.
        Response,
        /// Neither: the API's shape (operations, security, components, the document).
        Neither,
    }
}

column! {
    /// Where the change is.
    Place {
        /// The document as a whole (`info.version`, document-level security).
        Document,
        /// A path and every operation under it.
        Path,
        /// One operation.
        Operation,
        /// A webhook.
        Webhook,
        /// A schema under `components/schemas`.
        ComponentSchema,
        /// A security scheme under `components/securitySchemes`.
        SecurityScheme,
        /// A parameter of an operation.
        Parameter,
        /// A parameter declared on the path item, shared by its operations.
        PathItemParameter,
        /// A schema below a parameter's schema.
        ParameterProperty,
        /// The schema of a header parameter, or a property of its object.
        HeaderProperty,
        /// A request or response body (its schema's root, for schema attributes).
        Body,
        /// A media type of a body.
        MediaType,
        /// A schema below a body's root: a property, `items`, a member of a composition, ...
        Property,
        /// A response header.
        Header,
        /// A single 2XX response status.
        SuccessStatus,
        /// A single response status outside 2XX.
        NonSuccessStatus,
        /// A status range (`4XX`) or `default`.
        StatusRange,
    }
}

column! {
    /// What about the place changed: one of its keywords, or the thing itself.
    Attribute {
        /// The thing itself: added or removed.
        Existence,
        /// Its name (a path parameter's, a media type's).
        Name,
        /// `type` or `format`.
        Type,
        /// The types a list of types (`type: [a, b]`, `oneOf` of plain types) allows.
        ListOfTypes,
        /// Whether it accepts `null`.
        Nullable,
        /// Whether it is required.
        Required,
        /// `readOnly`.
        ReadOnly,
        /// `writeOnly`.
        WriteOnly,
        /// Being restricted to an `enum`.
        Enum,
        /// A value of its `enum`.
        EnumValue,
        /// A value of its `x-extensible-enum`.
        ExtensibleEnumValue,
        /// `default`.
        Default,
        /// `const`.
        Const,
        /// `pattern`.
        Pattern,
        /// `maximum`.
        Maximum,
        /// `exclusiveMaximum` (3.1's number, or 3.0's flag on `maximum`).
        ExclusiveMaximum,
        /// `minimum`.
        Minimum,
        /// `exclusiveMinimum` (3.1's number, or 3.0's flag on `minimum`).
        ExclusiveMinimum,
        /// `maxLength`.
        MaxLength,
        /// `minLength`.
        MinLength,
        /// `maxItems`.
        MaxItems,
        /// `minItems`.
        MinItems,
        /// A member of `allOf`.
        AllOf,
        /// A member of `anyOf`.
        AnyOf,
        /// A member of `oneOf`.
        OneOf,
        /// `discriminator`.
        Discriminator,
        /// `discriminator.propertyName`.
        DiscriminatorPropertyName,
        /// An entry of `discriminator.mapping`.
        DiscriminatorMapping,
        /// `contains`.
        Contains,
        /// `minContains`.
        MinContains,
        /// `maxContains`.
        MaxContains,
        /// `if`.
        If,
        /// `then`.
        Then,
        /// `else`.
        Else,
        /// `prefixItems`.
        PrefixItems,
        /// An entry of `dependentRequired`.
        DependentRequired,
        /// An entry of `dependentSchemas`.
        DependentSchema,
        /// An entry of `patternProperties`.
        PatternProperty,
        /// `propertyNames`.
        PropertyNames,
        /// `unevaluatedItems`.
        UnevaluatedItems,
        /// `unevaluatedProperties`.
        UnevaluatedProperties,
        /// `contentSchema`.
        ContentSchema,
        /// `contentMediaType`.
        ContentMediaType,
        /// `contentEncoding`.
        ContentEncoding,
        /// A media type's `schema`.
        Schema,
        /// `deprecated`, judged by the deprecation policy.
        Deprecation,
        /// `x-sunset`, of something deprecated.
        Sunset,
        /// `x-stability-level`.
        Stability,
        /// `info.version`, against the breaking changes found.
        Version,
        /// How deep schemas nest, against how deep the diff compares them.
        SchemaNesting,
        /// `operationId`.
        OperationId,
        /// A tag.
        Tag,
        /// A security requirement.
        Security,
        /// The empty security requirement `{}` (no authentication).
        AnonymousSecurity,
        /// A scope of a security requirement.
        SecurityScope,
        /// An OAuth flow's `authorizationUrl`.
        AuthorizationUrl,
        /// An OAuth flow's `tokenUrl`.
        TokenUrl,
        /// A scope of an OAuth flow.
        OauthScope,
    }
}

column! {
    /// How the attribute changed.
    Action {
        /// It appeared.
        Added,
        /// It disappeared.
        Removed,
        /// It is different, neither higher nor lower, wider nor narrower.
        Changed,
        /// A keyword got a value, or a flag was turned on (became required, nullable, an enum).
        Set,
        /// A keyword lost its value, or a flag was turned off.
        Unset,
        /// A number went up.
        Increased,
        /// A number went down.
        Decreased,
        /// A type or media type now accepts more.
        Generalized,
        /// A type or media type now accepts less.
        Specialized,
        /// A type swap only tolerated because the media type is not strongly typed.
        Compatible,
        /// Alternatives were only added.
        Widened,
        /// Alternatives were only removed.
        Narrowed,
        /// The thing was wrapped into the keyword (an object into a `oneOf`).
        Wrapped,
        /// A member that only annotates (accepts everything) appeared.
        AddedAnnotationOnly,
        /// A member that only annotates disappeared.
        RemovedAnnotationOnly,
        /// Deprecated, and the policy asks for no sunset date.
        Deprecated,
        /// Deprecated with a sunset date far enough ahead.
        DeprecatedWithSunset,
        /// Deprecated without the sunset date the policy asks for.
        DeprecatedSunsetMissing,
        /// Deprecated with a sunset date that cannot be read.
        DeprecatedSunsetUnreadable,
        /// Deprecated with a sunset date closer than the policy allows.
        DeprecatedSunsetTooSoon,
        /// No longer deprecated.
        Reactivated,
        /// Removed without having been deprecated.
        RemovedWithoutDeprecation,
        /// Removed after being deprecated without a sunset date.
        RemovedWithDeprecation,
        /// Removed, deprecated with a sunset date that cannot be read.
        RemovedSunsetUnreadable,
        /// Removed before its sunset date.
        RemovedBeforeSunset,
        /// Removed after its sunset date, as announced.
        RemovedAfterSunset,
        /// Its value cannot be read.
        Unreadable,
        /// A date moved earlier than the policy allows.
        ChangedTooSoon,
        /// A version that should have gone up stayed the same.
        NotBumped,
        /// A version went up, but not by the major part a breaking change calls for.
        MajorNotBumped,
        /// Deeper than the diff compares.
        TooDeep,
    }
}

impl Action {
    /// `Set` for a flag turned on, `Unset` for one turned off.
    pub fn flag(on: bool) -> Action {
        if on { Action::Set } else { Action::Unset }
    }

    /// How a keyword's value changed, from present (`had`) or not to present (`has`) or not:
    /// `Set`, `Unset`, or `Changed` when present on both sides.
    pub fn value(had: bool, has: bool) -> Action {
        match (had, has) {
            (false, _) => Action::Set,
            (_, false) => Action::Unset,
            _ => Action::Changed,
        }
    }

    /// How a number changed from `from` to `to`: `Changed` when neither is higher.
    pub fn compare<T: PartialOrd>(from: T, to: T) -> Action {
        if to > from {
            Action::Increased
        } else if to < from {
            Action::Decreased
        } else {
            Action::Changed
        }
    }

    /// How a set of alternatives changed: `Widened` when some were only `added`, `Narrowed`
    /// when some were only `removed`, `Changed` when both.
    pub fn alternatives(added: bool, removed: bool) -> Action {
        match (added, removed) {
            (true, false) => Action::Widened,
            (false, true) => Action::Narrowed,
            _ => Action::Changed,
        }
    }
}

/// What the changed thing is, where rules tell such things apart. Listed by rank: when rows
/// differing only in qualifiers all fit a change, the row holding the higher-ranked qualifier
/// wins (a row with more of them wins over one with fewer, for the same reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// A parameter `in: path`.
    InPath,
    /// A property marked `readOnly` (never sent).
    ReadOnly,
    /// A property marked `writeOnly` (never received).
    WriteOnly,
    /// Required.
    Required,
    /// Having a `default`.
    WithDefault,
}

impl Qualifier {
    /// Every qualifier, highest rank first.
    pub const ALL: [Qualifier; 5] = [
        Qualifier::InPath,
        Qualifier::ReadOnly,
        Qualifier::WriteOnly,
        Qualifier::Required,
        Qualifier::WithDefault,
    ];

    /// The qualifier's bit: higher-ranked ones weigh more than all lower ones together.
    const fn bit(self) -> u8 {
        1 << (Qualifier::ALL.len() - 1 - self as usize)
    }
}

/// A set of [`Qualifier`]s.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Qualifiers(u8);

/// As the set of qualifiers: `{ReadOnly, Required}`.
impl std::fmt::Debug for Qualifiers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl Qualifiers {
    /// The qualifiers in `list`.
    pub const fn of(list: &[Qualifier]) -> Self {
        let mut bits = 0;
        let mut i = 0;
        while i < list.len() {
            bits |= list[i].bit();
            i += 1;
        }
        Qualifiers(bits)
    }

    /// These qualifiers, plus `qualifier` when `present`.
    pub fn with(self, qualifier: Qualifier, present: bool) -> Self {
        if present {
            Qualifiers(self.0 | qualifier.bit())
        } else {
            self
        }
    }

    /// Whether every qualifier of `other` is among these.
    pub fn includes(self, other: Qualifiers) -> bool {
        self.0 & other.0 == other.0
    }

    /// How a row holding these qualifiers ranks against other rows that fit the same change.
    pub(super) fn rank(self) -> u8 {
        self.0
    }

    /// The qualifiers, highest rank first.
    pub fn iter(self) -> impl Iterator<Item = Qualifier> {
        Qualifier::ALL
            .into_iter()
            .filter(move |q| self.0 & q.bit() != 0)
    }
}

impl Serialize for Qualifiers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A change as a check observed it, in the registry's columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Columns {
    /// Which way the thing travels.
    pub direction: Direction,
    /// Where it is.
    pub place: Place,
    /// What the thing is, as far as rules tell such things apart.
    pub qualifiers: Qualifiers,
    /// What about it changed.
    pub attribute: Attribute,
    /// How.
    pub action: Action,
}

impl Columns {
    /// A change without qualifiers.
    pub const fn new(
        direction: Direction,
        place: Place,
        attribute: Attribute,
        action: Action,
    ) -> Self {
        Columns {
            direction,
            place,
            qualifiers: Qualifiers(0),
            attribute,
            action,
        }
    }

    /// The same change, of a thing that is also `qualifier` when `present`.
    pub fn with(self, qualifier: Qualifier, present: bool) -> Self {
        Columns {
            qualifiers: self.qualifiers.with(qualifier, present),
            ..self
        }
    }
}

/// One `at(...)` of a registry row: the changes it covers. Each column lists its values
/// (`_` in the row: all of them); the row fits a change whose values are all listed and whose
/// qualifiers include the pattern's.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Pattern {
    /// Directions covered.
    pub directions: &'static [Direction],
    /// Places covered.
    pub places: &'static [Place],
    /// Qualifiers the thing must have.
    pub qualifiers: Qualifiers,
    /// Attributes covered.
    pub attributes: &'static [Attribute],
    /// Actions covered.
    pub actions: &'static [Action],
}

impl Pattern {
    /// Every change the pattern covers, with exactly its qualifiers.
    pub fn expand(&self) -> impl Iterator<Item = Columns> + '_ {
        self.directions.iter().flat_map(move |&direction| {
            self.places.iter().flat_map(move |&place| {
                self.attributes.iter().flat_map(move |&attribute| {
                    self.actions.iter().map(move |&action| Columns {
                        direction,
                        place,
                        qualifiers: self.qualifiers,
                        attribute,
                        action,
                    })
                })
            })
        })
    }
}

/// Builds a [`Pattern`] from a row's `at(...)`: `Direction, Place + Qualifier, Attribute,
/// Action`, each column one value, several joined by `|`, or `_` for all (qualifiers apply
/// to every place listed).
macro_rules! pattern {
    (
        $($direction:tt)|+,
        $($place:tt)|+ $(+ $qualifier:ident)*,
        $($attribute:tt)|+,
        $($action:tt)|+ $(,)?
    ) => {
        $crate::rules::columns::Pattern {
            directions: $crate::rules::columns::pattern!(@values Direction; $($direction)|+),
            places: $crate::rules::columns::pattern!(@values Place; $($place)|+),
            qualifiers: $crate::rules::columns::Qualifiers::of(
                &[$($crate::rules::columns::Qualifier::$qualifier),*]
            ),
            attributes: $crate::rules::columns::pattern!(@values Attribute; $($attribute)|+),
            actions: $crate::rules::columns::pattern!(@values Action; $($action)|+),
        }
    };
    (@values $column:ident; _) => {
        $crate::rules::columns::$column::ALL
    };
    (@values $column:ident; $($value:ident)|+) => {
        &[$($crate::rules::columns::$column::$value),+]
    };
}
pub(super) use pattern;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_higher_ranked_qualifier_outranks_all_lower_ones_together() {
        let read_only = Qualifiers::of(&[Qualifier::ReadOnly]);
        let lower = Qualifiers::of(&[
            Qualifier::WriteOnly,
            Qualifier::Required,
            Qualifier::WithDefault,
        ]);
        assert!(read_only.rank() > lower.rank());
        assert!(lower.includes(Qualifiers::of(&[Qualifier::Required])));
        assert!(!lower.includes(read_only));
        assert_eq!(
            Qualifiers::default()
                .with(Qualifier::Required, true)
                .with(Qualifier::InPath, false),
            Qualifiers::of(&[Qualifier::Required])
        );
    }
}
