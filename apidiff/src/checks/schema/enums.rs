//! Enums: a schema becoming an enum, values added and removed, and `x-extensible-enum`
//! values removed.

use serde_json::Value;

use super::Body;
use crate::checks::Report;
use crate::model::{Schema, SchemaDiff};
use crate::rules::Rule;

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
                Rule::RequestBodyBecameEnum,
                Some(op),
                root.base_at(),
                root.head_at(),
                format!("{} became an enum", body.subject()),
            );
        }
        for value in &e.deleted {
            report.add(
                Rule::RequestBodyEnumValueRemoved,
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
        if let Some(e) = &node.diff.enum_values {
            if e.enum_added {
                report.at_node(
                    Rule::RequestPropertyBecameEnum,
                    op,
                    node.diff,
                    format!("`{name}` {} became an enum", body.place()),
                );
            }
            for value in &e.deleted {
                let rule = if read_only {
                    Rule::RequestReadOnlyPropertyEnumValueRemoved
                } else {
                    Rule::RequestPropertyEnumValueRemoved
                };
                report.at_node(
                    rule,
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
                    Rule::RequestPropertyEnumValueAdded,
                    op,
                    node.diff,
                    format!("added the enum value {value} to `{name}` {}", body.place()),
                );
            }
        }
        if !read_only {
            for value in extensible_values_removed(node.diff) {
                report.at_node(
                    Rule::RequestPropertyXExtensibleEnumValueRemoved,
                    op,
                    node.diff,
                    format!(
                        "removed `{value}` from the x-extensible-enum of `{name}` {}",
                        body.place()
                    ),
                );
            }
        }
    });
}

fn response(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let (root, op) = (body.root, body.op);
    if let Some(e) = &root.enum_values {
        for value in &e.deleted {
            report.add(
                Rule::ResponseMediatypeEnumValueRemoved,
                Some(op),
                root.base_at(),
                root.head_at(),
                format!("removed the enum value {value} from {}", body.subject()),
            );
        }
        for value in &e.added {
            report.at_node(
                Rule::ResponseBodyEnumValueAdded,
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
        for value in &e.added {
            let rule = if write_only {
                Rule::ResponseWriteOnlyPropertyEnumValueAdded
            } else {
                Rule::ResponsePropertyEnumValueAdded
            };
            report.at_node(
                rule,
                op,
                node.diff,
                format!("added the enum value {value} to `{name}` {}", body.place()),
            );
        }
        for value in &e.deleted {
            report.at_node(
                Rule::ResponsePropertyEnumValueRemoved,
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
