//! Walks below a changed schema the way every property rule does: through changed
//! `allOf`/`anyOf`/`oneOf` members, `items`, changed properties, `additionalProperties` and
//! the 2020-12 sub-schemas, visiting each changed node below the root.

use std::borrow::Cow;

use serde_json::Value;

use crate::model::{ModifiedSub, Schema, SchemaDiff};
use crate::pointer::push;

/// A changed node below a root schema.
pub struct Node<'d, 'a> {
    /// The property name when the node is a property, else `""`.
    pub name: &'a str,
    /// The way down from the root, `/`-separated (`items`, `allOf[#1]`, `address/city`),
    /// built once: most rules name the node.
    full: String,
    /// What changed at the node.
    pub diff: &'d SchemaDiff<'a>,
    /// The node it hangs from.
    pub parent: &'d SchemaDiff<'a>,
}

impl Node<'_, '_> {
    /// The node as named in messages: the way down, ending in the property name.
    pub fn full_name(&self) -> &str {
        &self.full
    }

    /// Whether the node is a property its parent's head still has.
    pub fn is_property_in_head(&self) -> bool {
        !self.name.is_empty()
            && self
                .parent
                .head_schema()
                .is_some_and(|s| s.property(self.name).is_some())
    }
}

/// `path/segment`, or `segment` at the top.
pub fn join(path: &str, segment: &str) -> String {
    if path.is_empty() {
        return segment.to_owned();
    }
    if segment.is_empty() {
        return path.to_owned();
    }
    let mut joined = String::with_capacity(path.len() + 1 + segment.len());
    joined.push_str(path);
    joined.push('/');
    joined.push_str(segment);
    joined
}

/// A changed list member as named in paths: `#1`, or `#1 -> Cat` when it was renamed.
fn member(m: &ModifiedSub<'_>) -> String {
    let (base, head) = (m.base.to_string(), m.head.to_string());
    if base == head {
        base
    } else {
        format!("{base} -> {head}")
    }
}

/// The sub-schemas of `diff` the walk descends into, with the path segment each adds, and,
/// for properties, the property name.
fn children<'d, 'a>(
    diff: &'d SchemaDiff<'a>,
    mut each: impl FnMut(Cow<'static, str>, &'a str, &'d SchemaDiff<'a>),
) {
    for (key, list) in [
        ("allOf", &diff.all_of),
        ("anyOf", &diff.any_of),
        ("oneOf", &diff.one_of),
    ] {
        for m in list.iter().flat_map(|s| &s.modified) {
            each(format!("{key}[{}]", member(m)).into(), "", &m.diff);
        }
    }
    if let Some(items) = &diff.items {
        each("items".into(), "", items);
    }
    for (name, child) in diff.properties.iter().flat_map(|p| &p.modified) {
        each("".into(), name, child);
    }
    if let Some(additional) = &diff.additional_properties {
        each("additionalProperties".into(), "", additional);
    }
    for m in diff.prefix_items.iter().flat_map(|s| &s.modified) {
        each(format!("prefixItems[{}]", member(m)).into(), "", &m.diff);
    }
    for (key, child) in [
        ("contains", &diff.contains),
        ("propertyNames", &diff.property_names),
        ("unevaluatedItems", &diff.unevaluated_items),
        ("unevaluatedProperties", &diff.unevaluated_properties),
        ("if", &diff.if_schema),
        ("then", &diff.then_schema),
        ("else", &diff.else_schema),
        ("not", &diff.not),
        ("contentSchema", &diff.content_schema),
    ] {
        if let Some(child) = child {
            each(key.into(), "", child);
        }
    }
    for (key, map) in [
        ("patternProperties", &diff.pattern_properties),
        ("dependentSchemas", &diff.dependent_schemas),
    ] {
        for (name, child) in map.iter().flat_map(|m| &m.modified) {
            each(format!("{key}[{name}]").into(), "", child);
        }
    }
}

/// Visits every changed node below `root` (not `root` itself), parents before children.
pub fn modified<'d, 'a>(root: &'d SchemaDiff<'a>, visit: &mut dyn FnMut(&Node<'d, 'a>)) {
    collect(root).iter().for_each(visit);
}

/// Every changed node below `root`, parents before children.
pub fn collect<'d, 'a>(root: &'d SchemaDiff<'a>) -> Vec<Node<'d, 'a>> {
    let mut nodes = Vec::new();
    descend("", root, &mut nodes);
    nodes
}

fn descend<'d, 'a>(path: &str, diff: &'d SchemaDiff<'a>, nodes: &mut Vec<Node<'d, 'a>>) {
    children(diff, |segment, name, child| {
        let full = join(&join(path, &segment), name);
        let at = nodes.len();
        nodes.push(Node {
            name,
            full: String::new(),
            diff: child,
            parent: diff,
        });
        // The node's name is lent to its children's while they are built.
        descend(&full, child, nodes);
        nodes[at].full = full;
    });
}

/// A property that exists on one side only.
pub struct Lone<'d, 'a> {
    /// The way down to the object holding it.
    pub path: String,
    /// The property name.
    pub name: &'a str,
    /// Its schema (references followed).
    pub schema: Schema<'a>,
    /// Pointer to it.
    pub at: String,
    /// The object's diff.
    pub parent: &'d SchemaDiff<'a>,
}

impl Lone<'_, '_> {
    /// The property as named in messages.
    pub fn full_name(&self) -> String {
        join(&self.path, self.name)
    }
}

/// Visits the properties added (`head_side`) or removed at `root` and at its changed nodes
/// `nodes` (from [`collect`]).
pub fn lone_properties<'d, 'a>(
    doc: &'a Value,
    root: &'d SchemaDiff<'a>,
    nodes: &[Node<'d, 'a>],
    head_side: bool,
    visit: &mut dyn FnMut(&Lone<'d, 'a>),
) {
    lone_in(doc, "", root, head_side, visit);
    for node in nodes.iter().filter(|n| n.diff.properties.is_some()) {
        lone_in(doc, node.full_name(), node.diff, head_side, visit);
    }
}

fn lone_in<'d, 'a>(
    doc: &'a Value,
    path: &str,
    diff: &'d SchemaDiff<'a>,
    head_side: bool,
    visit: &mut dyn FnMut(&Lone<'d, 'a>),
) {
    let Some(properties) = &diff.properties else {
        return;
    };
    let (names, side) = if head_side {
        (&properties.added, &diff.head)
    } else {
        (&properties.deleted, &diff.base)
    };
    let Some(side) = side else { return };
    for name in names {
        let Some(value) = side.schema.property(name) else {
            continue;
        };
        let at = push(&push(&side.at, "properties"), name);
        let resolved = revolv3_oas::resolve(doc, value, &at);
        visit(&Lone {
            path: path.to_owned(),
            name,
            schema: Schema::new(resolved.value),
            at,
            parent: diff,
        });
    }
}
