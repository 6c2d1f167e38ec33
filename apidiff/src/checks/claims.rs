//! Schema transitions that read as several raw changes but are one (see `model::shapes`): a
//! finding computed at a schema node where such a transition happened is dropped when the
//! transition explains its kind of change, unless it is one of the transition's own reports.
//! Decided per finding from the rule's [`Kind`], so new rules of an explained kind are covered
//! without a list.

use crate::model::SchemaDiff;
use crate::rules::{Kind, Rule};

const NULLABILITY: &[Rule] = &[
    Rule::RequestBodyBecameNullable,
    Rule::RequestBodyBecameNotNullable,
    Rule::RequestPropertyBecameNullable,
    Rule::RequestPropertyBecameNotNullable,
    Rule::ResponseBodyBecameNullable,
    Rule::ResponseBodyBecameNotNullable,
    Rule::ResponsePropertyBecameNullable,
    Rule::ResponsePropertyBecameNotNullable,
    Rule::RequestParameterBecameNullable,
    Rule::RequestParameterBecameNotNullable,
    Rule::RequestParameterPropertyBecameNullable,
    Rule::RequestParameterPropertyBecameNotNullable,
];

const ONE_OF_WRAPPING: &[Rule] = &[
    Rule::RequestBodyWrappedInOneOf,
    Rule::ResponseBodyWrappedInOneOf,
    Rule::RequestPropertyOneOfAdded,
    Rule::ResponsePropertyOneOfAdded,
];

const LIST_OF_TYPES: &[Rule] = &[
    Rule::RequestBodyListOfTypesWidened,
    Rule::RequestBodyListOfTypesNarrowed,
    Rule::RequestPropertyListOfTypesWidened,
    Rule::RequestPropertyListOfTypesNarrowed,
    Rule::ResponseBodyListOfTypesWidened,
    Rule::ResponseBodyListOfTypesNarrowed,
    Rule::ResponsePropertyListOfTypesWidened,
    Rule::ResponsePropertyListOfTypesNarrowed,
    Rule::RequestParameterListOfTypesWidened,
    Rule::RequestParameterListOfTypesNarrowed,
    Rule::RequestParameterPropertyListOfTypesWidened,
    Rule::RequestParameterPropertyListOfTypesNarrowed,
];

/// Whether the only type change at `node` is `null` joining or leaving the type list.
pub fn only_null_changed(node: &SchemaDiff<'_>) -> bool {
    node.types
        .as_ref()
        .is_some_and(|t| t.added.iter().chain(&t.deleted).all(|name| *name == "null"))
        && node.format.is_none()
}

/// Whether a finding of `rule` at `node` is one of the raw echoes of a transition there.
pub fn claimed(rule: Rule, node: &SchemaDiff<'_>) -> bool {
    use Kind::*;
    let kind = rule.kind();
    let explains = |present: bool, kinds: &[Kind], reporters: &[Rule]| {
        present && kinds.contains(&kind) && !reporters.contains(&rule)
    };
    explains(
        node.nullable_wrapping.is_some(),
        &[
            Type,
            Values,
            Constraints,
            Structure,
            Existence,
            Requiredness,
        ],
        NULLABILITY,
    ) || explains(
        node.one_of_wrapping.is_some(),
        &[Type, Structure],
        ONE_OF_WRAPPING,
    ) || explains(
        node.list_of_types.is_some(),
        &[Type, Structure],
        LIST_OF_TYPES,
    ) || explains(only_null_changed(node), &[Type], NULLABILITY)
}
