//! Type and format changes. A change is judged toward the side that must accept the other's
//! values: the head for what clients send, the base for what they receive. Widening
//! (`integer` → `number`, `date` → `date-time`, dropping `format`) is safe on the way in,
//! narrowing on the way out; in loosely typed media (not JSON) anything may become a string.

use super::Body;
use super::walk;
use crate::model::{Delta, SchemaDiff, StringsDiff};
use crate::rules::{Action, Attribute, Place, Qualifier};

/// Every value of type `sub` is a value of type `sup` (an integer is a number).
fn subtype(sub: &str, sup: &str) -> bool {
    sub == sup || (sub == "integer" && sup == "number")
}

/// `sub` is non-empty and each of its types is within one of `sup`'s.
fn type_set_within(sub: &[&str], sup: &[&str]) -> bool {
    !sub.is_empty() && sub.iter().all(|t| sup.iter().any(|s| subtype(t, s)))
}

/// Types `to` (added) accept whatever `from` (removed) allowed.
fn type_contained(to: &[&str], from: &[&str], strongly_typed: bool) -> bool {
    if let ([to], [from]) = (to, from)
        && subtype(from, to)
    {
        return true;
    }
    // Anything reads as a string where values are not typed on the wire.
    !strongly_typed && (to.is_empty() || to == ["string"])
}

/// Format `to` accepts whatever format `from` allowed, for a schema of types `types`.
fn format_contained(types: &[&str], to: &str, from: &str) -> bool {
    if to.is_empty() {
        return true;
    }
    match types {
        ["number"] => to == "double" && from == "float",
        ["integer"] => matches!(
            (to, from),
            ("int64", "int32") | ("bigint", "int32") | ("bigint", "int64")
        ),
        ["string"] => to == "date-time" && matches!(from, "date" | "time"),
        _ => false,
    }
}

/// Whether a type or format change breaks toward a schema of types `to_types`, each axis on
/// its own. `types` holds the types gained (`added`) and lost (`deleted`) in that direction.
pub fn type_or_format_breaking(
    types: Option<&StringsDiff<'_>>,
    format: Option<Delta<&str>>,
    strongly_typed: bool,
    to_types: &[&str],
) -> bool {
    types.is_some_and(|t| !type_contained(&t.added, &t.deleted, strongly_typed))
        || format.is_some_and(|f| !format_contained(to_types, f.to, f.from))
}

fn base_types<'a>(node: &SchemaDiff<'a>) -> Vec<&'a str> {
    node.base_schema().map(|s| s.types()).unwrap_or_default()
}

fn head_types<'a>(node: &SchemaDiff<'a>) -> Vec<&'a str> {
    node.head_schema().map(|s| s.types()).unwrap_or_default()
}

fn widened(node: &SchemaDiff<'_>) -> bool {
    node.types.is_some() && type_set_within(&base_types(node), &head_types(node))
}

fn narrowed(node: &SchemaDiff<'_>) -> bool {
    node.types.is_some() && type_set_within(&head_types(node), &base_types(node))
}

fn concrete_swap(node: &SchemaDiff<'_>) -> bool {
    node.types.is_some() && !base_types(node).is_empty() && !head_types(node).is_empty()
}

/// How a type/format change of something clients send reads: `Changed` (incompatible),
/// `Generalized` (accepts more) or `Compatible` (a swap only tolerated because the media type
/// is not strongly typed).
pub fn request_verdict(node: &SchemaDiff<'_>, strongly_typed: bool) -> Action {
    let types = if widened(node) {
        None
    } else {
        node.types.as_ref()
    };
    let to = head_types(node);
    let breaking = !(types.is_some() && to.is_empty())
        && type_or_format_breaking(types, node.format, strongly_typed, &to);
    if breaking {
        Action::Changed
    } else if concrete_swap(node) && !widened(node) {
        Action::Compatible
    } else {
        Action::Generalized
    }
}

/// How a type/format change of something clients receive reads: `Changed`, `Generalized`,
/// `Specialized` (accepts less) or `Compatible`.
pub fn response_verdict(node: &SchemaDiff<'_>, strongly_typed: bool) -> Action {
    let reversed = node.types.as_ref().map(|t| StringsDiff {
        added: t.deleted.clone(),
        deleted: t.added.clone(),
    });
    let types = if narrowed(node) {
        None
    } else {
        reversed.as_ref()
    };
    let to = base_types(node);
    let format = node.format.map(|f| Delta {
        from: f.to,
        to: f.from,
    });
    let breaking = !(types.is_some() && to.is_empty())
        && type_or_format_breaking(types, format, strongly_typed, &to);
    if breaking {
        if widened(node) {
            Action::Generalized
        } else {
            Action::Changed
        }
    } else if concrete_swap(node) && !narrowed(node) {
        Action::Compatible
    } else {
        Action::Specialized
    }
}

/// `string/date` → `integer`, for messages.
pub fn describe(node: &SchemaDiff<'_>) -> String {
    let show = |types: Vec<&str>, format: &str| {
        let t = if types.is_empty() {
            "any".to_owned()
        } else {
            types.join(", ")
        };
        if format.is_empty() {
            t
        } else {
            format!("{t}/{format}")
        }
    };
    format!(
        "`{}` to `{}`",
        show(
            base_types(node),
            node.base_schema().map_or("", |s| s.format())
        ),
        show(
            head_types(node),
            node.head_schema().map_or("", |s| s.format())
        )
    )
}

fn changed(node: &SchemaDiff<'_>) -> bool {
    node.types.is_some() || node.format.is_some()
}

/// Type changes of request and response bodies and their properties.
pub fn check(body: &Body<'_, '_>, report: &mut crate::checks::Report<'_>) {
    let strong = crate::model::is_strongly_typed(body.media_type);
    let verdict = |node: &SchemaDiff<'_>| {
        if body.request {
            request_verdict(node, strong)
        } else {
            response_verdict(node, strong)
        }
    };
    if changed(body.root) {
        report.at_node(
            body.columns(Place::Body, Attribute::Type, verdict(body.root)),
            body.op,
            body.root,
            format!(
                "the type of {} changed from {}",
                body.subject(),
                describe(body.root)
            ),
        );
    }
    body.properties(&mut |node: &walk::Node<'_, '_>| {
        if changed(node.diff) {
            report.at_node(
                body.columns(Place::Property, Attribute::Type, verdict(node.diff))
                    .with(Qualifier::ReadOnly, read_only(node.diff)),
                body.op,
                node.diff,
                format!(
                    "the type of {} changed from {}",
                    body.node_subject(node),
                    describe(node.diff)
                ),
            );
        }
    });
}

/// Whether the head schema is read-only.
fn read_only(node: &SchemaDiff<'_>) -> bool {
    node.head_schema().is_some_and(|s| s.read_only())
}

/// How a list of types changed: `Widened`, `Narrowed`, or `Changed` when types were both added
/// and removed.
pub fn list_action(d: &StringsDiff<'_>) -> Action {
    Action::alternatives(!d.added.is_empty(), !d.deleted.is_empty())
}

/// Types added to or removed from a list of types (`oneOf: [{type: string}, {type: integer}]`).
pub fn list_of_types(body: &Body<'_, '_>, report: &mut crate::checks::Report<'_>) {
    let message = |what: String, d: &StringsDiff<'_>| {
        format!("the types {what} allows changed: {}", list_change(d))
    };
    if let Some(d) = &body.root.list_of_types {
        report.at_node(
            body.columns(Place::Body, Attribute::ListOfTypes, list_action(d)),
            body.op,
            body.root,
            message(body.subject().to_owned(), d),
        );
    }
    body.properties(&mut |node| {
        if let Some(d) = &node.diff.list_of_types {
            report.at_node(
                body.columns(Place::Property, Attribute::ListOfTypes, list_action(d))
                    .with(Qualifier::ReadOnly, read_only(node.diff)),
                body.op,
                node.diff,
                message(body.node_subject(node), d),
            );
        }
    });
}

/// `added string; removed integer`.
pub fn list_change(d: &StringsDiff<'_>) -> String {
    let mut parts = Vec::new();
    if !d.added.is_empty() {
        parts.push(format!("added {}", d.added.join(", ")));
    }
    if !d.deleted.is_empty() {
        parts.push(format!("removed {}", d.deleted.join(", ")));
    }
    parts.join("; ")
}
