//! `allOf`/`anyOf`/`oneOf`/`prefixItems` lists compared, matching their members the way
//! oasdiff does:
//!
//! 1. members that are `$ref`s pair up by reference, in order;
//! 2. inline members identical to an inline member on the other side are unchanged; of the
//!    rest, members with the same `title` pair up, and a last untitled pair pairs up too;
//! 3. what is left on one side as a `$ref` and on the other inline pairs up when the two accept
//!    the same instances (an inline schema moved into a component, or back).

use std::collections::HashMap;
use std::rc::Rc;

use serde_json::Value;

use super::schema::Schema;
use super::schema_diff::{Differ, Doc, SchemaDiff, Side, Site};
use crate::pointer::push;

/// A member of a list, as named in messages.
#[derive(Debug, Clone, Copy)]
pub struct Sub<'a> {
    /// Position in its list.
    pub index: usize,
    /// The component name when the member is a `$ref` (the last segment), else `""`.
    pub component: &'a str,
    /// Its `title`, if any.
    pub title: &'a str,
    /// Whether it only annotates (accepts everything, like `{}`).
    pub annotation_only: bool,
}

impl std::fmt::Display for Sub<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if !self.title.is_empty() {
            write!(f, "#{} `{}`", self.index + 1, self.title)
        } else if !self.component.is_empty() {
            write!(f, "`{}`", self.component)
        } else {
            write!(f, "#{}", self.index + 1)
        }
    }
}

/// A member present on both sides that changed.
#[derive(Debug, Clone)]
pub struct ModifiedSub<'a> {
    /// The base member.
    pub base: Sub<'a>,
    /// The head member.
    pub head: Sub<'a>,
    /// What changed.
    pub diff: Rc<SchemaDiff<'a>>,
}

/// A list of sub-schemas compared.
#[derive(Debug, Clone, Default)]
pub struct Subschemas<'a> {
    /// Members only the head has.
    pub added: Vec<Sub<'a>>,
    /// Members only the base had.
    pub deleted: Vec<Sub<'a>>,
    /// Members on both sides that changed.
    pub modified: Vec<ModifiedSub<'a>>,
}

/// Names `subs` for a message: `#1, \`Cat\``.
pub fn names(subs: &[Sub<'_>]) -> String {
    subs.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

struct Member<'a> {
    value: &'a Value,
    at: String,
    reference: Option<&'a str>,
    title: &'a str,
}

fn members<'a>(doc: &'a Value, side: &Side<'a>, key: &str, list: &'a [Value]) -> Vec<Member<'a>> {
    let at = push(&side.at, key);
    list.iter()
        .enumerate()
        .map(|(i, value)| Member {
            value,
            at: push(&at, &i.to_string()),
            reference: value.get("$ref").and_then(Value::as_str),
            title: Schema::new(revolv3_oas::resolve_value(doc, value)).title(),
        })
        .collect()
}

impl<'a> Member<'a> {
    fn site(&self) -> Site<'a, 'static> {
        Site::new(self.value, self.at.clone())
    }

    fn sub(&self, index: usize, differ: &Differ<'a>, doc: Doc, annotations: bool) -> Sub<'a> {
        let component = self
            .reference
            .map_or("", |r| r.rsplit('/').next().unwrap_or(r));
        let annotation_only = annotations && differ.accepts_anything(self.site(), doc);
        Sub {
            index,
            component,
            title: self.title,
            annotation_only,
        }
    }
}

/// The list `key` (read with `pick`) of `base` and `head` compared; `None` when it did not
/// change.
pub fn compare<'a>(
    differ: &mut Differ<'a>,
    base: &Side<'a>,
    head: &Side<'a>,
    key: &str,
    pick: fn(Schema<'a>) -> &'a [Value],
) -> Option<Subschemas<'a>> {
    let (bl, hl) = (pick(base.schema), pick(head.schema));
    if bl.is_empty() && hl.is_empty() {
        return None;
    }
    let b = members(differ.base_doc(), base, key, bl);
    let h = members(differ.head_doc(), head, key, hl);
    // Whether a member only annotates matters to the allOf rules alone.
    let annotations = key == "allOf";
    let mut added: Vec<usize> = Vec::new();
    let mut deleted: Vec<usize> = Vec::new();
    let mut modified = Vec::new();

    // 1. References, by name and in order.
    let mut by_reference: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, m) in h.iter().enumerate() {
        if let Some(r) = m.reference {
            by_reference.entry(r).or_default().push(j);
        }
    }
    let mut head_matched = vec![false; h.len()];
    for (i, m) in b.iter().enumerate() {
        let Some(r) = m.reference else { continue };
        let queue = by_reference.get_mut(r);
        match queue.and_then(|q| (!q.is_empty()).then(|| q.remove(0))) {
            Some(j) => {
                head_matched[j] = true;
                if let Some(diff) = differ.compare(Some(m.site()), Some(h[j].site())) {
                    modified.push((i, j, diff));
                }
            }
            None => deleted.push(i),
        }
    }
    added.extend((0..h.len()).filter(|&j| h[j].reference.is_some() && !head_matched[j]));

    // 2. Inline members: identical ones are unchanged.
    let unmatched_head = inline_without_twin(differ, &b, &h, true);
    let unmatched_base = inline_without_twin(differ, &b, &h, false);
    let (mut inline_added, mut inline_deleted) = (unmatched_head, unmatched_base);
    // ... then by title ...
    let mut titles_taken: Vec<&str> = Vec::new();
    let mut pairs = Vec::new();
    for &j in &inline_added {
        let title = h[j].title;
        if title.is_empty() || titles_taken.contains(&title) {
            continue;
        }
        if let Some(&i) = inline_deleted.iter().find(|&&i| b[i].title == title) {
            titles_taken.push(title);
            pairs.push((i, j));
        }
    }
    for &(i, j) in &pairs {
        if let Some(diff) = differ.compare(Some(b[i].site()), Some(h[j].site())) {
            modified.push((i, j, diff));
        }
    }
    inline_added.retain(|j| !pairs.iter().any(|(_, pj)| pj == j));
    inline_deleted.retain(|i| !pairs.iter().any(|(pi, _)| pi == i));
    // ... and a last untitled pair.
    if let ([j], [i]) = (inline_added.as_slice(), inline_deleted.as_slice())
        && h[*j].title.is_empty()
        && b[*i].title.is_empty()
    {
        if let Some(diff) = differ.compare(Some(b[*i].site()), Some(h[*j].site())) {
            modified.push((*i, *j, diff));
        }
        inline_added.clear();
        inline_deleted.clear();
    }
    added.extend(inline_added);
    deleted.extend(inline_deleted);

    // 3. A reference on one side and an equivalent inline schema on the other.
    let mut matched_added = vec![false; added.len()];
    let mut matched_deleted = vec![false; deleted.len()];
    for (di, &i) in deleted.iter().enumerate() {
        for (ai, &j) in added.iter().enumerate() {
            if matched_added[ai] || b[i].reference.is_some() == h[j].reference.is_some() {
                continue;
            }
            if differ.equivalent(b[i].site(), Doc::Base, h[j].site(), Doc::Head) {
                matched_added[ai] = true;
                matched_deleted[di] = true;
                break;
            }
        }
    }
    let result = Subschemas {
        added: added
            .iter()
            .zip(&matched_added)
            .filter(|(_, m)| !**m)
            .map(|(&j, _)| h[j].sub(j, differ, Doc::Head, annotations))
            .collect(),
        deleted: deleted
            .iter()
            .zip(&matched_deleted)
            .filter(|(_, m)| !**m)
            .map(|(&i, _)| b[i].sub(i, differ, Doc::Base, annotations))
            .collect(),
        modified: modified
            .into_iter()
            .map(|(i, j, diff)| ModifiedSub {
                base: b[i].sub(i, differ, Doc::Base, false),
                head: h[j].sub(j, differ, Doc::Head, false),
                diff,
            })
            .collect(),
    };
    (!result.added.is_empty() || !result.deleted.is_empty() || !result.modified.is_empty())
        .then_some(result)
}

/// The inline members of one side (the head's when `head_side`) with no unchanged inline twin
/// on the other side; each twin is used once.
fn inline_without_twin<'a>(
    differ: &mut Differ<'a>,
    b: &[Member<'a>],
    h: &[Member<'a>],
    head_side: bool,
) -> Vec<usize> {
    let (mine, theirs) = if head_side { (h, b) } else { (b, h) };
    let mut used = vec![false; theirs.len()];
    let mut lonely = Vec::new();
    for (i, m) in mine.iter().enumerate() {
        if m.reference.is_some() {
            continue;
        }
        let twin = (0..theirs.len()).find(|&j| {
            if used[j] || theirs[j].reference.is_some() {
                return false;
            }
            let (bs, hs) = if head_side {
                (theirs[j].site(), m.site())
            } else {
                (m.site(), theirs[j].site())
            };
            differ.compare(Some(bs), Some(hs)).is_none()
        });
        match twin {
            Some(j) => used[j] = true,
            None => lonely.push(i),
        }
    }
    lonely
}
