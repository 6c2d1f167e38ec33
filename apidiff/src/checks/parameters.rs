//! Request parameters: added, removed, required, deprecated and sunset, and their schemas
//! (types, enums, bounds, patterns, defaults, nullability), header parameters' object
//! properties, and parameters added to a whole path item.

use serde_json::Value;

use super::lifecycle::{self, Removal, SunsetChange};
use super::schema::{bounds as schema_bounds, nullability, types, values, walk};
use super::{Op, Report, operation_name};
use crate::model::{Differ, Doc, Hidden, Model, Param, ParamDiff, SchemaDiff, Site};
use crate::pointer::push;
use crate::rules::{Action, Attribute, Columns, Direction, Place, Qualifier};

/// A change of a request parameter, or of something in its schema (`place`).
fn request(place: Place, attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Request, place, attribute, action)
}

/// The parameter rules of one operation.
pub fn check(model: &Model<'_>, op: &Op<'_, '_>, report: &mut Report<'_>) {
    let Some(params) = &op.diff.parameters else {
        return;
    };
    for param in &params.deleted {
        removed(op, param, report);
    }
    for param in &params.added {
        let in_path = param.location == "path";
        let what = match (in_path, param.required()) {
            (true, _) => "path",
            (_, true) => "required",
            (_, false) => "optional",
        };
        let message = format!(
            "added the {what} `{}` parameter `{}`",
            param.location, param.name
        );
        let added = request(Place::Parameter, Attribute::Existence, Action::Added)
            .with(Qualifier::InPath, in_path)
            .with(Qualifier::Required, param.required());
        report.add(added, Some(&op.name), None, Some(&param.at), message);
    }
    for param in &params.modified {
        modified(&model.differ, op, param, report);
    }
}

fn subject(param: &ParamDiff<'_>) -> String {
    format!("the `{}` parameter `{}`", param.location(), param.name())
}

fn removed(op: &Op<'_, '_>, param: &Param<'_>, report: &mut Report<'_>) {
    let what = format!("the `{}` parameter `{}`", param.location, param.name);
    let removal = lifecycle::removal(
        report.options(),
        param.deprecated(),
        param.extension("x-sunset"),
    );
    let message = match &removal {
        Removal::WithoutDeprecation => format!("removed {what}"),
        Removal::WithDeprecation => format!("removed the deprecated {what}"),
        Removal::SunsetUnreadable(e) => format!("removed {what}: {e}"),
        Removal::BeforeSunset(date) => format!("removed {what} before its sunset date {date}"),
        Removal::AfterSunset => format!("removed {what} after its sunset date"),
    };
    report.add(
        request(Place::Parameter, Attribute::Existence, removal.action()),
        Some(&op.name),
        Some(&param.at),
        None,
        message,
    );
}

fn modified(differ: &Differ<'_>, op: &Op<'_, '_>, param: &ParamDiff<'_>, report: &mut Report<'_>) {
    let name = &op.name;
    let at = (Some(param.base.at.as_str()), Some(param.head.at.as_str()));
    let in_path = param.location() == "path";
    if let Some(renamed) = param.name.filter(|_| in_path) {
        let message = format!(
            "renamed the path parameter `{}` to `{}`",
            renamed.from, renamed.to
        );
        report.add(
            request(Place::Parameter, Attribute::Name, Action::Changed)
                .with(Qualifier::InPath, in_path),
            Some(name),
            at.0,
            at.1,
            message,
        );
    }
    if let Some(required) = param.required {
        let what = if required.to { "required" } else { "optional" };
        report.add(
            request(
                Place::Parameter,
                Attribute::Required,
                Action::flag(required.to),
            ),
            Some(name),
            at.0,
            at.1,
            format!("{} became {what}", subject(param)),
        );
    }
    deprecation(op, param, report);
    sunset(op, param, report);
    if let Some(schema) = &param.schema
        && schema.both_sides()
    {
        schema_rules(differ, op, param, schema, report);
        if param.location() == "header" {
            header_properties(op, param, schema, report);
        }
    }
}

fn deprecation(op: &Op<'_, '_>, param: &ParamDiff<'_>, report: &mut Report<'_>) {
    let Some(deprecated) = param.deprecated else {
        return;
    };
    let at = (Some(param.base.at.as_str()), Some(param.head.at.as_str()));
    if !deprecated.to {
        report.add(
            request(
                Place::Parameter,
                Attribute::Deprecation,
                Action::Reactivated,
            ),
            Some(&op.name),
            at.0,
            at.1,
            format!("{} is no longer deprecated", subject(param)),
        );
        return;
    }
    let Ok(stability) = lifecycle::stability(op.diff.head.object.get("x-stability-level")) else {
        return;
    };
    let deprecation = lifecycle::judge(
        report.options(),
        stability,
        param.head.extension("x-sunset"),
    );
    let who = subject(param);
    let message = deprecation.message(&who);
    report.add(
        request(
            Place::Parameter,
            Attribute::Deprecation,
            deprecation.action(),
        ),
        Some(&op.name),
        at.0,
        at.1,
        message,
    );
}

fn sunset(op: &Op<'_, '_>, param: &ParamDiff<'_>, report: &mut Report<'_>) {
    let Some(extensions) = &param.extensions else {
        return;
    };
    if !param.head.deprecated() {
        return;
    }
    let Some(change) = lifecycle::sunset_change(
        report.options(),
        extensions,
        param.base.extension("x-sunset"),
        param.head.extension("x-sunset"),
        op.diff.head.object.get("x-stability-level"),
    ) else {
        return;
    };
    let who = subject(param);
    let message = match &change {
        SunsetChange::Deleted => {
            format!("the sunset date of {who}, which is deprecated, was removed")
        }
        SunsetChange::Unreadable(e) => format!("{who}: {e}"),
        SunsetChange::TooSoon(old, new, days) => format!(
            "the sunset date of {who} moved from {old} to {new}, less than the {days} days the policy requires"
        ),
    };
    report.add(
        request(Place::Parameter, Attribute::Sunset, change.action()),
        Some(&op.name),
        Some(&param.base.at),
        Some(&param.head.at),
        message,
    );
}

fn without_null(types: Vec<&str>) -> Vec<&str> {
    types.into_iter().filter(|t| *t != "null").collect()
}

/// A query or cookie parameter that became a `form`/`explode` array whose items accept every
/// value the old scalar did: a single value is still a valid one-element array.
fn scalar_to_exploded_array(
    differ: &Differ<'_>,
    param: &ParamDiff<'_>,
    schema: &SchemaDiff<'_>,
) -> bool {
    let (Some(types), Some(base), Some(head)) = (&schema.types, &schema.base, &schema.head) else {
        return false;
    };
    let added: Vec<&str> = types
        .added
        .iter()
        .copied()
        .filter(|t| *t != "null")
        .collect();
    let base_types = without_null(base.schema.types());
    if added != ["array"]
        || base_types.is_empty()
        || param.head.style() != "form"
        || !param.head.explode()
    {
        return false;
    }
    let Some(items) = head.schema.items() else {
        return false;
    };
    let items_at = push(&head.at, "items");
    let item = revolv3_oas::resolve(differ.doc(Doc::Head), items, &items_at);
    let item_types = without_null(crate::model::Schema::new(item.value).types());
    let contained = match (item_types.as_slice(), base_types.as_slice()) {
        ([to], [from]) if from == to || (*from == "integer" && *to == "number") => true,
        (to, _) => to.is_empty() || to == ["string"],
    };
    let hide = Hidden::TYPE.with(Hidden::NULLABLE);
    contained
        && differ.equivalent(
            Site::hiding(base.value, base.at.clone(), hide),
            Doc::Base,
            Site::hiding(item.value, item.pointer, hide),
            Doc::Head,
        )
}

fn schema_rules(
    differ: &Differ<'_>,
    op: &Op<'_, '_>,
    param: &ParamDiff<'_>,
    schema: &SchemaDiff<'_>,
    report: &mut Report<'_>,
) {
    let name = &op.name;
    let who = subject(param);
    let at = |attribute: Attribute, action: Action| request(Place::Parameter, attribute, action);
    if schema.types.is_some() || schema.format.is_some() {
        let to = schema.head_schema().map(|s| s.types()).unwrap_or_default();
        let breaking =
            types::type_or_format_breaking(schema.types.as_ref(), schema.format, false, &to);
        let action = if breaking && !scalar_to_exploded_array(differ, param, schema) {
            Action::Changed
        } else {
            Action::Generalized
        };
        report.at_node(
            at(Attribute::Type, action),
            name,
            schema,
            format!("the type of {who} changed from {}", types::describe(schema)),
        );
    }
    if let Some(d) = &schema.list_of_types {
        report.at_node(
            at(Attribute::ListOfTypes, types::list_action(d)),
            name,
            schema,
            format!("the types {who} allows changed: {}", types::list_change(d)),
        );
    }
    if let Some(nullable) = nullability::change(schema) {
        report.at_node(
            at(Attribute::Nullable, Action::flag(nullable)),
            name,
            schema,
            format!("{who} {}", nullability::words(nullable)),
        );
    }
    if let Some(e) = &schema.enum_values {
        if e.enum_added {
            report.at_node(
                at(Attribute::Enum, Action::Set),
                name,
                schema,
                format!("{who} became an enum"),
            );
        }
        for value in &e.deleted {
            report.at_node(
                at(Attribute::EnumValue, Action::Removed),
                name,
                schema,
                format!("removed the enum value {value} from {who}"),
            );
        }
        for value in &e.added {
            report.at_node(
                at(Attribute::EnumValue, Action::Added),
                name,
                schema,
                format!("added the enum value {value} to {who}"),
            );
        }
    }
    for value in super::schema::enums::extensible_values_removed(schema) {
        report.add(
            at(Attribute::ExtensibleEnumValue, Action::Removed),
            Some(name),
            schema.base_at(),
            schema.head_at(),
            format!("removed `{value}` from the x-extensible-enum of {who}"),
        );
    }
    if let Some(p) = schema.pattern {
        report.at_node(
            at(Attribute::Pattern, values::pattern_action(p)),
            name,
            schema,
            format!(
                "the pattern of {who} changed from `{}` to `{}`",
                p.from, p.to
            ),
        );
    }
    if let Some(d) = &schema.default {
        let show = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), Value::to_string);
        // A required parameter is always sent: its default never applies.
        let required = param.base.required() || param.head.required();
        report.add(
            at(Attribute::Default, values::value_action(d)).with(Qualifier::Required, required),
            Some(name),
            schema.base_at(),
            schema.head_at(),
            format!(
                "the default of {who} changed from {} to {}",
                show(d.from),
                show(d.to)
            ),
        );
    }
    bounds(op, &who, schema, report);
    walk::modified(schema, &mut |node| property_rules(op, &who, node, report));
}

fn bounds(op: &Op<'_, '_>, who: &str, schema: &SchemaDiff<'_>, report: &mut Report<'_>) {
    let mut say = |attribute: Attribute, action: Action, keyword: &str, from, to| {
        report.add(
            request(Place::Parameter, attribute, action),
            Some(&op.name),
            schema.base_at(),
            schema.head_at(),
            format!("the {keyword} of {who} changed from {from} to {to}"),
        );
    };
    // An array parameter's maxItems, or its items' when its own did not change; reported only
    // while set on both sides.
    let max_items = schema
        .max_items
        .or_else(|| schema.items.as_ref().and_then(|i| i.max_items));
    if let Some(d) = max_items
        && let (Some(from), Some(to)) = (d.from, d.to)
    {
        say(
            Attribute::MaxItems,
            Action::compare(from, to),
            "maxItems",
            from.to_string(),
            to.to_string(),
        );
    }
    for bound in schema_bounds::moves(schema) {
        say(
            bound.attribute,
            bound.action,
            bound.keyword,
            bound.from,
            bound.to,
        );
    }
}

fn property_rules(op: &Op<'_, '_>, who: &str, node: &walk::Node<'_, '_>, report: &mut Report<'_>) {
    let diff = node.diff;
    let property = node.full_name();
    let at =
        |attribute: Attribute, action: Action| request(Place::ParameterProperty, attribute, action);
    if diff.types.is_some() || diff.format.is_some() {
        let to = diff.head_schema().map(|s| s.types()).unwrap_or_default();
        let strong = types::type_or_format_breaking(diff.types.as_ref(), diff.format, true, &to);
        let weak = types::type_or_format_breaking(diff.types.as_ref(), diff.format, false, &to);
        // How an object parameter is serialized is unknown: when the two readings disagree
        // the change may or may not break.
        let action = match (strong, weak) {
            (true, true) => Action::Specialized,
            (false, false) => Action::Generalized,
            _ => Action::Changed,
        };
        report.at_node(
            at(Attribute::Type, action),
            &op.name,
            diff,
            format!(
                "the type of `{property}` in {who} changed from {}",
                types::describe(diff)
            ),
        );
    }
    if let Some(d) = &diff.list_of_types {
        report.at_node(
            at(Attribute::ListOfTypes, types::list_action(d)),
            &op.name,
            diff,
            format!(
                "the types `{property}` in {who} allows changed: {}",
                types::list_change(d)
            ),
        );
    }
    if diff.both_sides()
        && let Some(nullable) = nullability::change(diff)
    {
        report.at_node(
            at(Attribute::Nullable, Action::flag(nullable)),
            &op.name,
            diff,
            format!("`{property}` in {who} {}", nullability::words(nullable)),
        );
    }
    if let Some(e) = &diff.enum_values {
        for value in &e.deleted {
            report.at_node(
                at(Attribute::EnumValue, Action::Removed),
                &op.name,
                diff,
                format!("removed the enum value {value} from `{property}` in {who}"),
            );
        }
        for value in &e.added {
            report.at_node(
                at(Attribute::EnumValue, Action::Added),
                &op.name,
                diff,
                format!("added the enum value {value} to `{property}` in {who}"),
            );
        }
    }
}

/// Changes to the object properties of a header parameter's schema.
fn header_properties(
    op: &Op<'_, '_>,
    param: &ParamDiff<'_>,
    schema: &SchemaDiff<'_>,
    report: &mut Report<'_>,
) {
    let who = subject(param);
    let at =
        |attribute: Attribute, action: Action| request(Place::HeaderProperty, attribute, action);
    let nodes = walk::collect(schema);
    walk::lone_properties(op.head_doc, schema, &nodes, true, &mut |lone| {
        let required = lone
            .parent
            .head_schema()
            .is_some_and(|s| s.requires(lone.name));
        let what = if required { "required" } else { "optional" };
        let message = format!("added the {what} property `{}` to {who}", lone.full_name());
        report.add(
            at(Attribute::Existence, Action::Added)
                .with(Qualifier::ReadOnly, lone.schema.read_only())
                .with(Qualifier::Required, required),
            Some(&op.name),
            None,
            Some(&lone.at),
            message,
        );
    });
    let became_enum = |report: &mut Report<'_>, node: &SchemaDiff<'_>, message: String| {
        if node.enum_values.as_ref().is_some_and(|e| e.enum_added) {
            report.add(
                at(Attribute::Enum, Action::Set),
                Some(&op.name),
                node.base_at(),
                node.head_at(),
                message,
            );
        }
    };
    became_enum(report, schema, format!("{who} became an enum"));
    required_added(op, &who, "", schema, true, report);
    for node in &nodes {
        became_enum(
            report,
            node.diff,
            format!("`{}` in {who} became an enum", node.full_name()),
        );
        required_added(op, &who, node.full_name(), node.diff, false, report);
    }
}

/// Properties of a header parameter's object that became required.
fn required_added(
    op: &Op<'_, '_>,
    who: &str,
    path: &str,
    node: &SchemaDiff<'_>,
    top: bool,
    report: &mut Report<'_>,
) {
    let (Some(required), Some(head)) = (&node.required, node.head_schema()) else {
        return;
    };
    for name in &required.added {
        let Some(property) = head
            .property(name)
            .map(|v| crate::model::Schema::new(revolv3_oas::resolve_value(op.head_doc, v)))
        else {
            continue;
        };
        // A property new at the top was reported as added.
        if top
            && node
                .base_schema()
                .is_none_or(|b| b.property(name).is_none())
        {
            continue;
        }
        let message = format!(
            "the property `{}` of {who} became required",
            walk::join(path, name)
        );
        report.add(
            request(Place::HeaderProperty, Attribute::Required, Action::Set)
                .with(Qualifier::ReadOnly, property.read_only()),
            Some(&op.name),
            node.base_at(),
            node.head_at(),
            message,
        );
    }
}

/// Parameters added to a path item: every operation of the path gets them.
pub fn check_path_level(model: &Model<'_>, report: &mut Report<'_>) {
    for path in model.paths_modified.iter().chain(&model.webhooks_modified) {
        let Some(params) = &path.parameters else {
            continue;
        };
        for param in &params.added {
            let what = if param.required() {
                "required"
            } else {
                "optional"
            };
            let added = request(
                Place::PathItemParameter,
                Attribute::Existence,
                Action::Added,
            )
            .with(Qualifier::InPath, param.location == "path")
            .with(Qualifier::Required, param.required());
            for method in revolv3_oas::METHODS
                .into_iter()
                .filter(|m| model.operation(&path.head, Doc::Head, m).is_some())
            {
                let message = format!(
                    "added the {what} `{}` parameter `{}` to every operation of the path",
                    param.location, param.name
                );
                report.add(
                    added,
                    Some(&operation_name(method, &path.path)),
                    None,
                    Some(&param.at),
                    message,
                );
            }
        }
    }
}
