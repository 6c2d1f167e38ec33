//! Properties added, removed, becoming required or optional, read-only or write-only, and an
//! object body wrapped into a `oneOf`. Read-only properties are never sent and write-only
//! ones never received, so each direction leaves out (or tells apart) its own kind.

use serde_json::Value;

use super::Body;
use super::walk::{self, Lone};
use crate::checks::Report;
use crate::model::{Schema, SchemaDiff};
use crate::pointer::push;
use crate::rules::{Action, Attribute, Columns, Place, Qualifier};

/// Property `name` of `object` (a schema of `doc`), references followed.
fn property<'a>(doc: &'a Value, object: Option<Schema<'a>>, name: &str) -> Option<Schema<'a>> {
    object?
        .property(name)
        .map(|v| Schema::new(revolv3_oas::resolve_value(doc, v)))
}

fn moved(lone: &Lone<'_, '_>) -> bool {
    lone.parent
        .one_of_wrapping
        .as_ref()
        .is_some_and(|m| m.contains(&lone.name))
}

/// Property rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    if body.root.one_of_wrapping.is_some() {
        report.at_node(
            body.columns(Place::Body, Attribute::OneOf, Action::Wrapped),
            body.op,
            body.root,
            format!(
                "{} was wrapped into a oneOf of alternatives",
                body.subject()
            ),
        );
    }
    removed(body, report);
    added(body, report);
    requiredness(body, report);
    mutability(body, report);
}

fn removed(body: &Body<'_, '_>, report: &mut Report<'_>) {
    walk::lone_properties(body.base_doc, body.root, &body.nodes, false, &mut |lone| {
        if moved(lone) {
            return;
        }
        let required = lone
            .parent
            .base_schema()
            .is_some_and(|s| s.requires(lone.name));
        let message = format!(
            "removed the property `{}` {}",
            lone.full_name(),
            body.place()
        );
        let columns = body
            .columns(Place::Property, Attribute::Existence, Action::Removed)
            .with(Qualifier::ReadOnly, lone.schema.read_only())
            .with(Qualifier::WriteOnly, lone.schema.write_only())
            .with(Qualifier::Required, required);
        report.claimed_at_locations(columns, body.op, Some(&lone.at), None, lone.parent, message);
    });
}

fn added(body: &Body<'_, '_>, report: &mut Report<'_>) {
    walk::lone_properties(body.head_doc, body.root, &body.nodes, true, &mut |lone| {
        let required = lone
            .parent
            .head_schema()
            .is_some_and(|s| s.requires(lone.name));
        let what = if required { "required" } else { "optional" };
        let message = format!(
            "added the {what} property `{}` {}",
            lone.full_name(),
            body.place()
        );
        let columns = body
            .columns(Place::Property, Attribute::Existence, Action::Added)
            .with(Qualifier::ReadOnly, lone.schema.read_only())
            .with(Qualifier::WriteOnly, lone.schema.write_only())
            .with(Qualifier::Required, required)
            .with(
                Qualifier::WithDefault,
                lone.schema.default_value().is_some(),
            );
        report.claimed_at_locations(columns, body.op, None, Some(&lone.at), lone.parent, message);
    });
}

/// A property (`base` and `head`, when each side has it) that became required
/// (`became_required`) or optional in a body, at the body's top level (`top`) or below, as the
/// change to report; `None` when it is not a change of a property on both sides.
fn requiredness_change(
    body: &Body<'_, '_>,
    top: bool,
    became_required: bool,
    base: Option<Schema<'_>>,
    head: Option<Schema<'_>>,
) -> Option<Columns> {
    let head = head?;
    // A property the base lacks was added (reported as such), except at a response's top
    // level, where oasdiff reports one that became optional as having become optional.
    if base.is_none() && (body.request || became_required || !top) {
        return None;
    }
    // At a response's top the head property's write-only flag decides, below it the base's.
    let write_only = if top {
        head.write_only()
    } else {
        base.is_some_and(|p| p.write_only())
    };
    Some(
        body.columns(
            Place::Property,
            Attribute::Required,
            Action::flag(became_required),
        )
        .with(Qualifier::ReadOnly, head.read_only())
        .with(Qualifier::WriteOnly, write_only)
        .with(Qualifier::WithDefault, head.default_value().is_some()),
    )
}

/// Properties present on both sides that became required or optional.
fn requiredness(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let mut node_changes = |path: &str, node: &SchemaDiff<'_>, top: bool| {
        let Some(required) = &node.required else {
            return;
        };
        let (base, head) = (node.base_schema(), node.head_schema());
        // The property's own entry where the schema lists it, else the schema: a `required`
        // name may come with no `properties` entry there (or one in an `allOf` member).
        let location = |name: &str, head_side: bool| {
            let (side, doc) = if head_side {
                (node.head_at(), body.head_doc)
            } else {
                (node.base_at(), body.base_doc)
            };
            side.map(|at| {
                let entry = push(&push(at, "properties"), name);
                if revolv3_oas::pointer::get(doc, &entry).is_some() {
                    entry
                } else {
                    at.to_owned()
                }
            })
        };
        for (names, became_required) in [(&required.added, true), (&required.deleted, false)] {
            for name in names {
                let Some(columns) = requiredness_change(
                    body,
                    top,
                    became_required,
                    property(body.base_doc, base, name),
                    property(body.head_doc, head, name),
                ) else {
                    continue;
                };
                let what = if became_required {
                    "required"
                } else {
                    "optional"
                };
                let message = format!(
                    "the property `{}` {} became {what}",
                    walk::join(path, name),
                    body.place()
                );
                // Requests judge every level against the body's transitions; responses judge
                // below the top against the node's own.
                let claim = if body.request || top { body.root } else { node };
                let (b, h) = (location(name, false), location(name, true));
                report.claimed_at_locations(
                    columns,
                    body.op,
                    b.as_deref(),
                    h.as_deref(),
                    claim,
                    message,
                );
            }
        }
    };
    node_changes("", body.root, true);
    body.properties(&mut |node| node_changes(node.full_name(), node.diff, false));
}

/// Properties that became (or stopped being) read-only or write-only.
fn mutability(body: &Body<'_, '_>, report: &mut Report<'_>) {
    body.properties(&mut |node| {
        if !node.is_property_in_head() {
            return;
        }
        let required = node
            .parent
            .base_schema()
            .is_some_and(|s| s.requires(node.name));
        let name = node.full_name();
        for (attribute, change, flag) in [
            (Attribute::WriteOnly, node.diff.write_only, "write-only"),
            (Attribute::ReadOnly, node.diff.read_only, "read-only"),
        ] {
            let Some(d) = change else { continue };
            let now = if d.to {
                format!("became {flag}")
            } else {
                format!("is no longer {flag}")
            };
            report.at_node(
                body.columns(Place::Property, attribute, Action::flag(d.to))
                    .with(Qualifier::Required, required),
                body.op,
                node.diff,
                format!("`{name}` {} {now}", body.place()),
            );
        }
    });
}
