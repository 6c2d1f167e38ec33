//! `content` maps (media type → media type object) compared. A media type renamed to a
//! refinement or generalization of itself (`application/json` ↔ `application/problem+json`)
//! is compared with its old self rather than reported as removed and added.

use serde_json::{Map, Value};

use revolv3_oas::media::MediaTypeName;

use super::media_type;
use super::schema_diff::{Child, Differ};
use super::values::{differs, empty_map};
use crate::pointer::push;

/// How a paired media type's name changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameChange {
    /// Its parameters (`; charset=...`) changed.
    pub parameters_changed: bool,
    /// The head name refines the base name (`application/json` → `application/problem+json`).
    pub refined: bool,
}

/// One media type present on both sides that changed.
#[derive(Debug, Clone)]
pub struct MediaDiff<'a> {
    /// The base's name for it.
    pub base_name: &'a str,
    /// The head's name for it.
    pub head_name: &'a str,
    /// Pointer to the base media type object.
    pub base_at: String,
    /// Pointer to the head media type object.
    pub head_at: String,
    /// Set when the two names differ.
    pub name_change: Option<NameChange>,
    /// What changed in its schema (`added`/`deleted` when only one side has one).
    pub schema: Child<'a>,
}

/// A `content` map compared.
#[derive(Debug, Clone, Default)]
pub struct ContentDiff<'a> {
    /// Media types only the head has.
    pub added: Vec<&'a str>,
    /// Media types only the base had.
    pub deleted: Vec<&'a str>,
    /// Media types on both sides that changed.
    pub modified: Vec<MediaDiff<'a>>,
}

/// The media types `base` and `head` (in `content` maps at `base_content`/`head_content`)
/// compared.
fn media_diff<'a>(
    differ: &mut Differ<'a>,
    (base_name, base, base_content): (&'a str, &'a Value, &str),
    (head_name, head, head_content): (&'a str, &'a Value, &str),
) -> Option<MediaDiff<'a>> {
    // Most media types of two versions are the same; that is found without building pointers.
    if base_name == head_name && differ.same(base, head) {
        return None;
    }
    let b = revolv3_oas::resolve(differ.base_doc(), base, &push(base_content, base_name));
    let h = revolv3_oas::resolve(differ.head_doc(), head, &push(head_content, head_name));
    let schema = differ.compare_key((b.value, &b.pointer), (h.value, &h.pointer), "schema");
    let (bm, hm) = (
        b.value.as_object().unwrap_or(empty_map()),
        h.value.as_object().unwrap_or(empty_map()),
    );
    let other_changed = ["example", "examples", "encoding"]
        .into_iter()
        .any(|k| differs(bm.get(k), hm.get(k)))
        || differ.x_diff(bm, hm).is_some();
    let name_change = (base_name != head_name).then(|| {
        let params = |n: &str| {
            MediaTypeName::parse(n)
                .map(|m| m.parameters)
                .unwrap_or_default()
        };
        NameChange {
            parameters_changed: params(base_name) != params(head_name),
            refined: media_type::contains(base_name, head_name),
        }
    });
    (schema.is_some() || other_changed || name_change.is_some()).then_some(MediaDiff {
        base_name,
        head_name,
        base_at: b.pointer,
        head_at: h.pointer,
        name_change,
        schema,
    })
}

/// The `content` maps of a base and a head object (a request body, response or parameter, at
/// `base_at`/`head_at`) compared.
pub fn compare<'a>(
    differ: &mut Differ<'a>,
    (base, base_at): (&'a Map<String, Value>, &str),
    (head, head_at): (&'a Map<String, Value>, &str),
) -> Option<ContentDiff<'a>> {
    let content = |object: &'a Map<String, Value>| object.get("content").and_then(Value::as_object);
    let (base, head) = match (content(base), content(head)) {
        (None, None) => return None,
        (b, h) => (b.into_iter().flatten(), h.into_iter().flatten()),
    };
    let base: Vec<(&'a String, &'a Value)> = base.collect();
    let head: Vec<(&'a String, &'a Value)> = head.collect();
    let (base_content, head_content) = (push(base_at, "content"), push(head_at, "content"));
    let mut diff = ContentDiff::default();
    let mut deleted = Vec::new();
    for (name, value) in &base {
        match head.iter().find(|(n, _)| n == name) {
            Some((_, other)) => {
                if let Some(d) = media_diff(
                    differ,
                    (name, value, &base_content),
                    (name, other, &head_content),
                ) {
                    diff.modified.push(d);
                }
            }
            None => deleted.push((name.as_str(), *value)),
        }
    }
    let mut paired = vec![false; deleted.len()];
    for (name, value) in &head {
        if base.iter().any(|(n, _)| n == name) {
            continue;
        }
        let partner = deleted
            .iter()
            .enumerate()
            .find(|(i, (old, _))| !paired[*i] && media_type::related(name, old));
        match partner {
            Some((i, (old, old_value))) => {
                paired[i] = true;
                let d = media_diff(
                    differ,
                    (old, old_value, &base_content),
                    (name, value, &head_content),
                );
                diff.modified.extend(d);
            }
            None => diff.added.push(name.as_str()),
        }
    }
    diff.deleted = deleted
        .iter()
        .zip(&paired)
        .filter(|(_, p)| !**p)
        .map(|((n, _), _)| *n)
        .collect();
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}
