//! Which findings cause a Rust change, by operation and schema pointer.
//!
//! - A `Client` method: the findings about its operation as a whole (the path, the operation,
//!   its own fields such as `deprecated`), and what `send` returns: those under `responses`.
//! - A setter: the findings about its parameter (by the parameter's name, as progenitor turns
//!   it into the setter's), or for `body`, about the request body.
//! - A type, a field, a variant: the findings at the schema typify named the type after (a
//!   component schema, or the inline schema of one of its properties), at its property of
//!   that name, or at its `enum`.
//!
//! A type no finding is about directly (a new inline type, say) changes with the fields and
//! setters whose types name it, and a member of such a type with the type.

use heck::ToSnakeCase;
use revolv3_apidiff::Change;
use revolv3_oas::{OperationKey, PathTemplate};
use serde_json::Value;

use super::Sides;
use super::compare::Found;
use super::items::Origin;

/// For each Rust change in `found`, the indices in `changes` of the findings behind it.
pub fn link(found: &[Found], sides: &Sides<'_>, changes: &[Change]) -> Vec<Vec<usize>> {
    let mut links: Vec<Vec<usize>> = found
        .iter()
        .map(|f| {
            (0..changes.len())
                .filter(|&i| causes(&changes[i], f, sides))
                .collect()
        })
        .collect();
    // What no finding is about directly changes with what it belongs to or names.
    for borrow in BORROWS {
        for i in 0..found.len() {
            if links[i].is_empty() {
                links[i] = borrowed(found, &links, |other| borrow(&found[i], other));
            }
        }
    }
    links
}

/// Whether a Rust change no finding is about directly (the first) takes the findings of
/// another: in this order, so that what one step links, the next can build on.
type Borrow = fn(&Found, &Found) -> bool;

const BORROWS: [Borrow; 4] = [
    // A change whose type names a changed type (`send` now returns a renamed struct).
    |this, other| matches!(&other.origin, Origin::Type(name) if this.mentions(name)),
    // A type that the changed type of a field, setter or `send` names (a new inline type).
    |this, other| matches!(&this.origin, Origin::Type(name) if other.mentions(name)),
    // A field or variant: its type's.
    |this, other| matches!((&this.origin, &other.origin), (Origin::Member(of, _), Origin::Type(name)) if of == name),
    // A setter or `send` of an operation's builder: the operation's `Client` method's.
    |this, other| {
        let id = match &this.origin {
            Origin::Parameter(id, _) | Origin::Operation(id) => id,
            _ => return false,
        };
        other.origin == Origin::Operation(id.clone()) && other.change.item.starts_with("Client::")
    },
];

/// The findings linked to the Rust changes `pick` chooses, each once.
fn borrowed(found: &[Found], links: &[Vec<usize>], pick: impl Fn(&Found) -> bool) -> Vec<usize> {
    let mut out: Vec<usize> = found
        .iter()
        .zip(links)
        .filter(|(other, _)| pick(other))
        .flat_map(|(_, linked)| linked.iter().copied())
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

impl Found {
    /// Whether this change's type, before or after, names the type `name`.
    fn mentions(&self, name: &str) -> bool {
        [&self.change.before, &self.change.after]
            .into_iter()
            .flatten()
            .any(|ty| {
                ty.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|word| word == name)
            })
    }
}

/// Whether `change` (a finding) is behind the Rust change `found`.
fn causes(change: &Change, found: &Found, sides: &Sides<'_>) -> bool {
    // The side the item's origin is read from: BASE for what HEAD no longer has.
    let (api, _) = if found.in_base_only {
        sides.base
    } else {
        sides.head
    };
    let at = |wanted: &dyn Fn(&str) -> bool| pointers(change).any(|(pointer, _)| wanted(pointer));
    match &found.origin {
        Origin::Operation(id) => {
            let Some(key) = api.operations.get(id) else {
                return false;
            };
            if !same_route(change.operation.as_ref(), key) {
                return false;
            }
            if found.change.item.ends_with("::send") {
                at(&|p| p.contains("/responses"))
            } else {
                about_the_operation(change, key)
            }
        }
        Origin::Parameter(id, setter) => {
            let Some(key) = api.operations.get(id) else {
                return false;
            };
            if !same_route(change.operation.as_ref(), key) {
                return false;
            }
            if setter == "body" {
                return at(&|p| p.contains("/requestBody"));
            }
            pointers(change).any(|(pointer, side)| {
                parameter_name(side.document(sides), pointer)
                    .is_some_and(|name| name.to_snake_case() == setter.trim_end_matches('_'))
            })
        }
        Origin::Type(name) => match api.schemas.get(name) {
            Some(schema) => {
                at(&|p| at_or_under(p, schema) && !at_or_under(p, &format!("{schema}/properties")))
            }
            None => false,
        },
        Origin::Member(type_name, spec_name) => {
            let escaped = revolv3_oas::pointer::escape(spec_name);
            let is_enum = api
                .items
                .get(&format!("types::{type_name}"))
                .is_some_and(|item| item.ty == "enum");
            match api.schemas.get(type_name) {
                Some(schema) if is_enum => {
                    at(&|p| p == schema || at_or_under(p, &format!("{schema}/enum")))
                }
                Some(schema) => at(&|p| at_or_under(p, &format!("{schema}/properties/{escaped}"))),
                // A type typify named after something else (an operation's inline body):
                // the finding is at a property of that name.
                None if is_enum => false,
                None => at(&|p| {
                    let step = format!("/properties/{escaped}");
                    p.ends_with(&step) || p.contains(&format!("{step}/"))
                }),
            }
        }
    }
}

/// Which document a finding's pointer points into.
#[derive(Clone, Copy)]
enum Side {
    Base,
    Head,
}

impl Side {
    fn document<'a>(self, sides: &Sides<'a>) -> &'a Value {
        match self {
            Side::Base => sides.base.1,
            Side::Head => sides.head.1,
        }
    }
}

/// A finding's pointers, each with the side whose document it points into.
fn pointers(change: &Change) -> impl Iterator<Item = (&str, Side)> {
    [
        (&change.base_location, Side::Base),
        (&change.head_location, Side::Head),
    ]
    .into_iter()
    .filter_map(|(location, side)| Some((location.as_ref()?.pointer.as_str(), side)))
}

/// Whether a finding on operation `key` is about the operation as a whole: no place, its
/// path, itself, or a field of its own (not a parameter, body, response or callback).
fn about_the_operation(change: &Change, key: &OperationKey) -> bool {
    let operation = key.pointer();
    let path = revolv3_oas::pointer::join("", ["paths", &key.path]);
    let mut places = pointers(change).map(|(p, _)| p).peekable();
    if places.peek().is_none() {
        return true;
    }
    places.any(|p| {
        if p == path || p == operation {
            return true;
        }
        p.strip_prefix(&format!("{operation}/"))
            .is_some_and(|rest| {
                let field = rest.split('/').next().unwrap_or_default();
                !["parameters", "requestBody", "responses", "callbacks"].contains(&field)
            })
    })
}

/// The name of the parameter a pointer is at or under (`/paths/~1pets/get/parameters/0/...`,
/// `/paths/~1pets/parameters/1`, `/components/parameters/Page/...`), following `$ref`s.
fn parameter_name<'d>(doc: &'d Value, pointer: &str) -> Option<&'d str> {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let end = match tokens.as_slice() {
        ["components", "parameters", _, ..] => 3,
        ["paths", _, "parameters", _, ..] => 4,
        ["paths", _, _, "parameters", _, ..] => 5,
        _ => return None,
    };
    let at = format!("/{}", tokens[..end].join("/"));
    let parameter = revolv3_oas::pointer::get(doc, &at)?;
    revolv3_oas::resolve_value(doc, parameter)
        .get("name")?
        .as_str()
}

/// Whether a finding's operation is `key`'s route: the same method and path, whatever the
/// path's variables are called (the diff names a renamed route by its BASE path).
fn same_route(operation: Option<&OperationKey>, key: &OperationKey) -> bool {
    let shape = |path: &str| PathTemplate::parse(path).map(|t| t.shape()).ok();
    operation.is_some_and(|op| {
        op.method == key.method && (op.path == key.path || shape(&op.path) == shape(&key.path))
    })
}

fn at_or_under(pointer: &str, prefix: &str) -> bool {
    pointer == prefix
        || pointer
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_parameter_a_pointer_is_under() {
        let doc = serde_json::json!({
            "paths": {"/pets": {
                "parameters": [{"name": "tenantId", "in": "header"}],
                "get": {"parameters": [{"$ref": "#/components/parameters/Page"}]}
            }},
            "components": {"parameters": {"Page": {"name": "pageSize", "in": "query"}}}
        });
        assert_eq!(
            parameter_name(&doc, "/paths/~1pets/get/parameters/0/schema/type"),
            Some("pageSize")
        );
        assert_eq!(
            parameter_name(&doc, "/paths/~1pets/parameters/0"),
            Some("tenantId")
        );
        assert_eq!(
            parameter_name(&doc, "/components/parameters/Page/schema"),
            Some("pageSize")
        );
        assert_eq!(parameter_name(&doc, "/paths/~1pets/get/responses"), None);
    }

    #[test]
    fn a_prefix_is_a_whole_step() {
        assert!(at_or_under("/a/properties/b", "/a/properties/b"));
        assert!(at_or_under("/a/properties/b/type", "/a/properties/b"));
        assert!(!at_or_under("/a/properties/bc", "/a/properties/b"));
    }
}
