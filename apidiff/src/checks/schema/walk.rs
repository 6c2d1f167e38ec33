//! Walks below a changed schema the way every property rule does: through changed
//! `allOf`/`anyOf`/`oneOf` members, `items`, changed properties, `additionalProperties` and
//! the 2020-12 sub-schemas, visiting each changed node below the root.

use serde_json::Value;

use crate::model::{ModifiedSub, Schema, SchemaDiff};
use crate::pointer::push;

/// A changed node below a root schema.
pub struct Node<'d, 'a> {
    /// The way down from the root, `/`-separated (`items`, `allOf[#1]`, `address`).
    pub path: String,
    /// The property name when the node is a property, else `""`.
    pub name: &'a str,
    /// What changed at the node.
    pub diff: &'d SchemaDiff<'a>,
    /// The node it hangs from.
    pub parent: &'d SchemaDiff<'a>,
}

impl Node<'_, '_> {
    /// The node as named in messages: path and property name joined.
    pub fn full_name(&self) -> String {
        join(&self.path, self.name)
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
    match (path.is_empty(), segment.is_empty()) {
        (true, _) => segment.to_owned(),
        (_, true) => path.to_owned(),
        _ => format!("{path}/{segment}"),
    }
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
    mut each: impl FnMut(String, &'a str, &'d SchemaDiff<'a>),
) {
    for (key, list) in [
        ("allOf", &diff.all_of),
        ("anyOf", &diff.any_of),
        ("oneOf", &diff.one_of),
    ] {
        for m in list.iter().flat_map(|s| &s.modified) {
            each(format!("{key}[{}]", member(m)), "", &m.diff);
        }
    }
    if let Some(items) = &diff.items {
        each("items".into(), "", items);
    }
    for (name, child) in diff.properties.iter().flat_map(|p| &p.modified) {
        each(String::new(), name, child);
    }
    if let Some(additional) = &diff.additional_properties {
        each("additionalProperties".into(), "", additional);
    }
    for m in diff.prefix_items.iter().flat_map(|s| &s.modified) {
        each(format!("prefixItems[{}]", member(m)), "", &m.diff);
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
            each(format!("{key}[{name}]"), "", child);
        }
    }
}

/// Visits every changed node below `root` (not `root` itself), parents before children.
pub fn modified<'d, 'a>(root: &'d SchemaDiff<'a>, visit: &mut dyn FnMut(&Node<'d, 'a>)) {
    descend("", root, visit);
}

/// Every changed node below `root`, in the order [`modified`] visits them, for callers that
/// walk the same tree several times.
pub fn collect<'d, 'a>(root: &'d SchemaDiff<'a>) -> Vec<Node<'d, 'a>> {
    let mut nodes = Vec::new();
    descend("", root, &mut |node| {
        nodes.push(Node {
            path: node.path.clone(),
            name: node.name,
            diff: node.diff,
            parent: node.parent,
        })
    });
    nodes
}

fn descend<'d, 'a>(path: &str, diff: &'d SchemaDiff<'a>, visit: &mut dyn FnMut(&Node<'d, 'a>)) {
    children(diff, |segment, name, child| {
        let node = Node {
            path: join(path, &segment),
            name,
            diff: child,
            parent: diff,
        };
        visit(&node);
        descend(&node.full_name(), child, visit);
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
        lone_in(doc, &node.full_name(), node.diff, head_side, visit);
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
