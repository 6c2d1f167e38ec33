//! Properties added, removed, becoming required or optional, read-only or write-only, and an
//! object body wrapped into a `oneOf`. Read-only properties are never sent and write-only
//! ones never received, so each direction leaves out (or tells apart) its own kind.

use serde_json::Value;

use super::Body;
use super::walk::{self, Lone};
use crate::checks::Report;
use crate::model::{Schema, SchemaDiff};
use crate::pointer::push;
use crate::rules::Rule;

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
        let rule = if body.request {
            Rule::RequestBodyWrappedInOneOf
        } else {
            Rule::ResponseBodyWrappedInOneOf
        };
        report.at_node(
            rule,
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
        let write_only = lone.schema.write_only();
        let rule = match (body.request, required, write_only) {
            (true, ..) if lone.schema.read_only() => return,
            (true, ..) => Rule::RequestPropertyRemoved,
            (false, true, true) => Rule::ResponseRequiredWriteOnlyPropertyRemoved,
            (false, true, false) => Rule::ResponseRequiredPropertyRemoved,
            (false, false, true) => Rule::ResponseOptionalWriteOnlyPropertyRemoved,
            (false, false, false) => Rule::ResponseOptionalPropertyRemoved,
        };
        let message = format!(
            "removed the property `{}` {}",
            lone.full_name(),
            body.place()
        );
        report.claimed_at_locations(rule, body.op, Some(&lone.at), None, lone.parent, message);
    });
}

fn added(body: &Body<'_, '_>, report: &mut Report<'_>) {
    walk::lone_properties(body.head_doc, body.root, &body.nodes, true, &mut |lone| {
        let required = lone
            .parent
            .head_schema()
            .is_some_and(|s| s.requires(lone.name));
        let rule = match (body.request, required, lone.schema.write_only()) {
            (true, ..) if lone.schema.read_only() => return,
            (true, true, _) if lone.schema.default_value().is_some() => {
                Rule::NewRequiredRequestPropertyWithDefault
            }
            (true, true, _) => Rule::NewRequiredRequestProperty,
            (true, false, _) => Rule::NewOptionalRequestProperty,
            (false, true, true) => Rule::ResponseRequiredWriteOnlyPropertyAdded,
            (false, true, false) => Rule::ResponseRequiredPropertyAdded,
            (false, false, true) => Rule::ResponseOptionalWriteOnlyPropertyAdded,
            (false, false, false) => Rule::ResponseOptionalPropertyAdded,
        };
        let what = if required { "required" } else { "optional" };
        let message = format!(
            "added the {what} property `{}` {}",
            lone.full_name(),
            body.place()
        );
        report.claimed_at_locations(rule, body.op, None, Some(&lone.at), lone.parent, message);
    });
}

/// The rule for a property (`base` and `head`, when each side has it) that became required
/// (`became_required`) or optional in a request or response body, at the body's top level
/// (`top`) or below; `None` when that is not reported.
fn requiredness_rule(
    request: bool,
    top: bool,
    became_required: bool,
    base: Option<Schema<'_>>,
    head: Option<Schema<'_>>,
) -> Option<Rule> {
    let head = head?;
    if request {
        if base.is_none() || head.read_only() {
            return None;
        }
        return Some(match (became_required, head.default_value().is_some()) {
            (true, false) => Rule::RequestPropertyBecameRequired,
            (true, true) => Rule::RequestPropertyBecameRequiredWithDefault,
            (false, _) => Rule::RequestPropertyBecameOptional,
        });
    }
    if base.is_none() && (became_required || !top) {
        return None;
    }
    // At the top the head property's write-only flag decides, below it the base's.
    let write_only = if top {
        head.write_only()
    } else {
        base.is_some_and(|p| p.write_only())
    };
    Some(match (became_required, write_only) {
        (true, true) => Rule::ResponseWriteOnlyPropertyBecameRequired,
        (true, false) => Rule::ResponsePropertyBecameRequired,
        (false, true) => Rule::ResponseWriteOnlyPropertyBecameOptional,
        (false, false) => Rule::ResponsePropertyBecameOptional,
    })
}

/// Properties present on both sides that became required or optional.
fn requiredness(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let mut node_changes = |path: &str, node: &SchemaDiff<'_>, top: bool| {
        let Some(required) = &node.required else {
            return;
        };
        let (base, head) = (node.base_schema(), node.head_schema());
        let location = |name: &str, head_side: bool| {
            let side = if head_side {
                node.head_at()
            } else {
                node.base_at()
            };
            side.map(|at| push(&push(at, "properties"), name))
        };
        for (names, became_required) in [(&required.added, true), (&required.deleted, false)] {
            for name in names {
                let Some(rule) = requiredness_rule(
                    body.request,
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
                    rule,
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
    use Rule::*;
    body.properties(&mut |node| {
        if !node.is_property_in_head() {
            return;
        }
        let required = node
            .parent
            .base_schema()
            .is_some_and(|s| s.requires(node.name));
        let name = node.full_name();
        if let Some(d) = node.diff.write_only {
            let rule = match (body.request, required, d.to) {
                (true, true, true) => RequestRequiredPropertyBecameWriteOnly,
                (true, true, false) => RequestRequiredPropertyBecameNotWriteOnly,
                (true, false, true) => RequestOptionalPropertyBecameWriteOnly,
                (true, false, false) => RequestOptionalPropertyBecameNotWriteOnly,
                (false, true, true) => ResponseRequiredPropertyBecameWriteOnly,
                (false, true, false) => ResponseRequiredPropertyBecameNotWriteOnly,
                (false, false, true) => ResponseOptionalPropertyBecameWriteOnly,
                (false, false, false) => ResponseOptionalPropertyBecameNotWriteOnly,
            };
            let now = if d.to {
                "became write-only"
            } else {
                "is no longer write-only"
            };
            report.at_node(
                rule,
                body.op,
                node.diff,
                format!("`{name}` {} {now}", body.place()),
            );
        }
        if let Some(d) = node.diff.read_only {
            let rule = match (body.request, required, d.to) {
                (true, true, true) => RequestRequiredPropertyBecameReadOnly,
                (true, true, false) => RequestRequiredPropertyBecameNotReadOnly,
                (true, false, true) => RequestOptionalPropertyBecameReadOnly,
                (true, false, false) => RequestOptionalPropertyBecameNotReadOnly,
                (false, true, true) => ResponseRequiredPropertyBecameReadOnly,
                (false, true, false) => ResponseRequiredPropertyBecameNotReadOnly,
                (false, false, true) => ResponseOptionalPropertyBecameReadOnly,
                (false, false, false) => ResponseOptionalPropertyBecameNotReadOnly,
            };
            let now = if d.to {
                "became read-only"
            } else {
                "is no longer read-only"
            };
            report.at_node(
                rule,
                body.op,
                node.diff,
                format!("`{name}` {} {now}", body.place()),
            );
        }
    });
}
