//! Security requirements and security schemes compared.

use serde_json::Value;

use super::values::{Delta, StringsDiff, empty_map};

/// One alternative of a `security` list: scheme names with their scopes, sorted by scheme.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative<'a> {
    /// `(scheme, scopes)`.
    pub schemes: Vec<(&'a str, Vec<&'a str>)>,
}

impl Alternative<'_> {
    fn names(&self) -> Vec<&str> {
        self.schemes.iter().map(|(name, _)| *name).collect()
    }

    /// Whether the alternative is `{}` (no security needed).
    pub fn is_anonymous(&self) -> bool {
        self.schemes.is_empty()
    }
}

impl std::fmt::Display for Alternative<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.schemes.is_empty() {
            return f.write_str("{}");
        }
        let parts: Vec<String> = self
            .schemes
            .iter()
            .map(|(name, scopes)| {
                if scopes.is_empty() {
                    (*name).to_owned()
                } else {
                    let mut sorted = scopes.clone();
                    sorted.sort_unstable();
                    format!("{name}: [{}]", sorted.join(", "))
                }
            })
            .collect();
        f.write_str(&parts.join(" AND "))
    }
}

/// An alternative whose schemes stayed but whose scopes changed.
#[derive(Debug, Clone)]
pub struct ScopesChanged<'a> {
    /// Per scheme, the scopes added and removed.
    pub scopes: Vec<(&'a str, StringsDiff<'a>)>,
}

/// Two `security` lists compared.
#[derive(Debug, Clone, Default)]
pub struct SecurityDiff<'a> {
    /// Alternatives only the head has.
    pub added: Vec<Alternative<'a>>,
    /// Alternatives only the base had.
    pub deleted: Vec<Alternative<'a>>,
    /// Alternatives with the same schemes and other scopes.
    pub modified: Vec<ScopesChanged<'a>>,
}

fn alternatives(list: Option<&Value>) -> Vec<Alternative<'_>> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
        .map(|requirement| Alternative {
            schemes: requirement
                .iter()
                .map(|(name, scopes)| {
                    let scopes = scopes
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    (name.as_str(), scopes)
                })
                .collect(),
        })
        .collect()
}

fn scopes_diff<'a>(a: &Alternative<'a>, b: &Alternative<'a>) -> Vec<(&'a str, StringsDiff<'a>)> {
    a.schemes
        .iter()
        .filter_map(|(name, scopes)| {
            let other = b.schemes.iter().find(|(n, _)| n == name)?;
            StringsDiff::of(scopes, &other.1).map(|d| (*name, d))
        })
        .collect()
}

/// Whether exactly one unmatched alternative of `list` has the schemes `names`.
fn unique_unmatched(list: &[Alternative<'_>], matched: &[bool], names: &[&str]) -> bool {
    list.iter()
        .zip(matched)
        .filter(|(a, m)| !**m && a.names() == names)
        .count()
        == 1
}

/// Two `security` lists compared (absent reads as empty). Alternatives pair up when they name
/// the same schemes with the same scopes; left-over alternatives with the same schemes pair up
/// as a scope change when each is the only one of its kind.
pub fn compare<'a>(base: Option<&'a Value>, head: Option<&'a Value>) -> Option<SecurityDiff<'a>> {
    let (b, h) = (alternatives(base), alternatives(head));
    let mut bm = vec![false; b.len()];
    let mut hm = vec![false; h.len()];
    for (i, alt) in b.iter().enumerate() {
        if let Some(j) = (0..h.len())
            .find(|&j| !hm[j] && h[j].names() == alt.names() && scopes_diff(alt, &h[j]).is_empty())
        {
            bm[i] = true;
            hm[j] = true;
        }
    }
    let mut diff = SecurityDiff::default();
    for (i, alt) in b.iter().enumerate() {
        if bm[i] || !unique_unmatched(&b, &bm, &alt.names()) {
            continue;
        }
        let Some(j) = (0..h.len()).find(|&j| !hm[j] && h[j].names() == alt.names()) else {
            continue;
        };
        if !unique_unmatched(&h, &hm, &h[j].names()) {
            continue;
        }
        bm[i] = true;
        hm[j] = true;
        let scopes = scopes_diff(alt, &h[j]);
        if !scopes.is_empty() {
            diff.modified.push(ScopesChanged { scopes });
        }
    }
    diff.deleted = b
        .iter()
        .zip(&bm)
        .filter(|(_, m)| !**m)
        .map(|(a, _)| a.clone())
        .collect();
    diff.added = h
        .iter()
        .zip(&hm)
        .filter(|(_, m)| !**m)
        .map(|(a, _)| a.clone())
        .collect();
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}

/// A security scheme in both versions that changed, as far as rules read it.
#[derive(Debug, Clone, Default)]
pub struct SchemeDiff<'a> {
    /// Its name in `components.securitySchemes`.
    pub name: &'a str,
    /// `type`.
    pub kind: Option<Delta<&'a str>>,
    /// `flows.implicit.authorizationUrl`.
    pub implicit_authorization_url: Option<Delta<&'a str>>,
    /// `flows.implicit.tokenUrl`.
    pub implicit_token_url: Option<Delta<&'a str>>,
    /// Scopes of the implicit flow only the head has.
    pub implicit_scopes_added: Vec<&'a str>,
    /// Scopes of the implicit flow only the base had.
    pub implicit_scopes_deleted: Vec<&'a str>,
    /// Scopes of the implicit flow whose description changed: name, old, new.
    pub implicit_scopes_changed: Vec<(&'a str, &'a str, &'a str)>,
}

/// `components.securitySchemes` compared.
#[derive(Debug, Clone, Default)]
pub struct SchemesDiff<'a> {
    /// Schemes only the head has.
    pub added: Vec<&'a str>,
    /// Schemes only the base had.
    pub deleted: Vec<&'a str>,
    /// Schemes in both that changed.
    pub modified: Vec<SchemeDiff<'a>>,
}

fn text<'a>(object: &'a Value, pointer: &str) -> &'a str {
    object
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// The security schemes of two documents (resolved objects by name) compared.
pub fn compare_schemes<'a>(
    base: &[(&'a str, &'a Value)],
    head: &[(&'a str, &'a Value)],
) -> Option<SchemesDiff<'a>> {
    let find = |list: &[(&'a str, &'a Value)], name: &str| {
        list.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    };
    let mut diff = SchemesDiff {
        added: head
            .iter()
            .filter(|(n, _)| find(base, n).is_none())
            .map(|(n, _)| *n)
            .collect(),
        deleted: base
            .iter()
            .filter(|(n, _)| find(head, n).is_none())
            .map(|(n, _)| *n)
            .collect(),
        modified: Vec::new(),
    };
    for (name, b) in base {
        let Some(h) = find(head, name) else { continue };
        let scopes = |s: &'a Value| {
            s.pointer("/flows/implicit/scopes")
                .and_then(Value::as_object)
                .unwrap_or(empty_map())
        };
        let (bs, hs) = (scopes(b), scopes(h));
        let kind = Delta::of(text(b, "/type"), text(h, "/type"));
        // Flow changes are only read when both versions have an implicit flow.
        let implicit = |s: &Value| s.pointer("/flows/implicit").is_some_and(Value::is_object);
        if !(implicit(b) && implicit(h)) {
            if kind.is_some() {
                diff.modified.push(SchemeDiff {
                    name,
                    kind,
                    ..SchemeDiff::default()
                });
            }
            continue;
        }
        let scheme = SchemeDiff {
            name,
            kind,
            implicit_authorization_url: Delta::of(
                text(b, "/flows/implicit/authorizationUrl"),
                text(h, "/flows/implicit/authorizationUrl"),
            ),
            implicit_token_url: Delta::of(
                text(b, "/flows/implicit/tokenUrl"),
                text(h, "/flows/implicit/tokenUrl"),
            ),
            implicit_scopes_added: hs
                .keys()
                .filter(|k| !bs.contains_key(*k))
                .map(String::as_str)
                .collect(),
            implicit_scopes_deleted: bs
                .keys()
                .filter(|k| !hs.contains_key(*k))
                .map(String::as_str)
                .collect(),
            implicit_scopes_changed: bs
                .iter()
                .filter_map(|(k, v)| {
                    let other = hs.get(k)?;
                    (v != other).then(|| {
                        (
                            k.as_str(),
                            v.as_str().unwrap_or(""),
                            other.as_str().unwrap_or(""),
                        )
                    })
                })
                .collect(),
        };
        let changed = scheme.kind.is_some()
            || scheme.implicit_authorization_url.is_some()
            || scheme.implicit_token_url.is_some()
            || !scheme.implicit_scopes_added.is_empty()
            || !scheme.implicit_scopes_deleted.is_empty()
            || !scheme.implicit_scopes_changed.is_empty();
        if changed {
            diff.modified.push(scheme);
        }
    }
    (!diff.added.is_empty() || !diff.deleted.is_empty() || !diff.modified.is_empty())
        .then_some(diff)
}
