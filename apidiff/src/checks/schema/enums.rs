//! Enums: a schema becoming an enum, values added and removed, and `x-extensible-enum`
//! values removed.

use serde_json::Value;

use super::Body;
use crate::checks::Report;
use crate::model::{Schema, SchemaDiff};
use crate::rules::{Action, Attribute, Place, Qualifier};

/// The string values of `x-extensible-enum` on the base that the head dropped, when that
/// extension changed and is a list on both sides.
pub fn extensible_values_removed<'a>(node: &SchemaDiff<'a>) -> Vec<&'a str> {
    if !node
        .extensions
        .as_ref()
        .is_some_and(|e| e.modified("x-extensible-enum"))
    {
        return Vec::new();
    }
    let list = |s: Option<Schema<'a>>| -> Option<Vec<&'a str>> {
        let values = s?.extension("x-extensible-enum")?.as_array()?;
        Some(values.iter().filter_map(Value::as_str).collect())
    };
    let (Some(base), Some(head)) = (list(node.base_schema()), list(node.head_schema())) else {
        return Vec::new();
    };
    base.into_iter().filter(|v| !head.contains(v)).collect()
}

/// Enum rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    if body.request {
        request(body, report)
    } else {
        response(body, report)
    }
}

fn request(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let (root, op) = (body.root, body.op);
    if let Some(e) = &root.enum_values {
        if e.enum_added {
            report.add(
                body.columns(Place::Body, Attribute::Enum, Action::Set),
                Some(op),
                root.base_at(),
                root.head_at(),
                format!("{} became an enum", body.subject()),
            );
        }
        for value in &e.deleted {
            report.add(
                body.columns(Place::Body, Attribute::EnumValue, Action::Removed),
                Some(op),
                root.base_at(),
                root.head_at(),
                format!("removed the enum value {value} from {}", body.subject()),
            );
        }
    }
    body.properties(&mut |node| {
        let name = node.full_name();
        let read_only = node.diff.head_schema().is_some_and(|s| s.read_only());
        let property = |attribute, action| {
            body.columns(Place::Property, attribute, action)
                .with(Qualifier::ReadOnly, read_only)
        };
        if let Some(e) = &node.diff.enum_values {
            if e.enum_added {
                report.at_node(
                    property(Attribute::Enum, Action::Set),
                    op,
                    node.diff,
                    format!("`{name}` {} became an enum", body.place()),
                );
            }
            for value in &e.deleted {
                report.at_node(
                    property(Attribute::EnumValue, Action::Removed),
                    op,
                    node.diff,
                    format!(
                        "removed the enum value {value} from `{name}` {}",
                        body.place()
                    ),
                );
            }
            for value in &e.added {
                report.at_node(
                    property(Attribute::EnumValue, Action::Added),
                    op,
                    node.diff,
                    format!("added the enum value {value} to `{name}` {}", body.place()),
                );
            }
        }
        for value in extensible_values_removed(node.diff) {
            report.at_node(
                property(Attribute::ExtensibleEnumValue, Action::Removed),
                op,
                node.diff,
                format!(
                    "removed `{value}` from the x-extensible-enum of `{name}` {}",
                    body.place()
                ),
            );
        }
    });
}

fn response(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let (root, op) = (body.root, body.op);
    if let Some(e) = &root.enum_values {
        for value in &e.deleted {
            report.add(
                body.columns(Place::Body, Attribute::EnumValue, Action::Removed),
                Some(op),
                root.base_at(),
                root.head_at(),
                format!("removed the enum value {value} from {}", body.subject()),
            );
        }
        for value in &e.added {
            report.at_node(
                body.columns(Place::Body, Attribute::EnumValue, Action::Added),
                op,
                root,
                format!("added the enum value {value} to {}", body.subject()),
            );
        }
    }
    body.properties(&mut |node| {
        let Some(e) = &node.diff.enum_values else {
            return;
        };
        let name = node.full_name();
        let write_only = node.diff.head_schema().is_some_and(|s| s.write_only());
        let property = |action| {
            body.columns(Place::Property, Attribute::EnumValue, action)
                .with(Qualifier::WriteOnly, write_only)
        };
        for value in &e.added {
            report.at_node(
                property(Action::Added),
                op,
                node.diff,
                format!("added the enum value {value} to `{name}` {}", body.place()),
            );
        }
        for value in &e.deleted {
            report.at_node(
                property(Action::Removed),
                op,
                node.diff,
                format!(
                    "removed the enum value {value} from `{name}` {}",
                    body.place()
                ),
            );
        }
    });
}
