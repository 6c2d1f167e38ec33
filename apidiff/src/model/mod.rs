//! The structural diff: what changed between two documents, organized the way the rules ask
//! about it (paths, operations, parameters, bodies, responses, schemas). Computed once; the
//! rules in `checks` only read it.

mod address_map;
mod content;
mod media_type;
mod operation;
mod parameters;
mod same;
mod schema;
mod schema_diff;
mod security;
mod shapes;
mod subschemas;
mod values;

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use crate::pointer::push;
use crate::{Options, PathMatching};
use parameters::ParamSource;
use revolv3_oas::METHODS;

pub use content::MediaDiff;
pub use media_type::is_strongly_typed;
pub use operation::{HeaderDiff, Located, OpDiff, ResponseDiff};
pub use parameters::{Param, ParamDiff, ParamsDiff, Renames};
pub use schema::{Bound, Hidden, Schema};
pub use schema_diff::{Child, Differ, Doc, MAX_NESTING, SchemaDiff, Site};
pub use security::{SchemesDiff, SecurityDiff};
pub use subschemas::{ModifiedSub, Sub, names as subschema_names};
pub use values::{Delta, KeysDiff, StringsDiff, json_eq};

/// A path item in both versions that changed.
#[derive(Debug)]
pub struct PathDiff<'a> {
    /// The path as reported: the base's key, or `webhook:<name>` for a webhook.
    pub path: String,
    /// The base path item.
    pub base: Located<'a>,
    /// The head path item.
    pub head: Located<'a>,
    /// Path-level `parameters`.
    pub parameters: Option<ParamsDiff<'a>>,
    /// Methods only the head has.
    pub added: Vec<&'static str>,
    /// Methods only the base had.
    pub deleted: Vec<&'static str>,
    /// Operations in both that changed.
    pub modified: Vec<OpDiff<'a>>,
}

/// Two documents compared.
pub struct Model<'a> {
    /// The schema comparer, for rules that need to compare schemas afresh.
    pub differ: Differ<'a>,
    /// Paths only the head has: key and path item.
    pub paths_added: Vec<(&'a str, Located<'a>)>,
    /// Paths only the base had.
    pub paths_deleted: Vec<(&'a str, Located<'a>)>,
    /// Paths in both that changed.
    pub paths_modified: Vec<PathDiff<'a>>,
    /// Webhooks only the head has.
    pub webhooks_added: Vec<(&'a str, String)>,
    /// Webhooks only the base had.
    pub webhooks_deleted: Vec<(&'a str, String)>,
    /// Webhooks in both that changed (paths named `webhook:<name>`).
    pub webhooks_modified: Vec<PathDiff<'a>>,
    /// Document-level `security`.
    pub security: Option<SecurityDiff<'a>>,
    /// Schemas the base's components had and the head's do not: name and pointer.
    pub schemas_deleted: Vec<(&'a str, String)>,
    /// `components.securitySchemes`.
    pub security_schemes: Option<SchemesDiff<'a>>,
}

/// `/pets/{id}` → (`/pets/{}`, `["id"]`). Path keys were validated as templates on loading;
/// one that does not parse is its own shape, with no variables.
fn shape(path: &str) -> (String, Vec<&str>) {
    match revolv3_oas::PathTemplate::parse(path) {
        Ok(template) => (template.shape(), template.variables().collect()),
        Err(_) => (path.to_owned(), Vec::new()),
    }
}

fn object_of<'a>(doc: &'a Value, key: &str) -> Option<&'a Map<String, Value>> {
    doc.get(key).and_then(Value::as_object)
}

impl<'a> Model<'a> {
    /// Compares `base` with `head` as `options` say.
    pub fn new(base: &'a Value, head: &'a Value, options: &'a Options) -> Self {
        let mut model = Model {
            differ: Differ::new(base, head, options),
            paths_added: Vec::new(),
            paths_deleted: Vec::new(),
            paths_modified: Vec::new(),
            webhooks_added: Vec::new(),
            webhooks_deleted: Vec::new(),
            webhooks_modified: Vec::new(),
            security: security::compare(base.get("security"), head.get("security")),
            schemas_deleted: Vec::new(),
            security_schemes: None,
        };
        model.paths();
        model.webhooks();
        model.components();
        model
    }

    /// Whether a path item or an operation is compared, by its extensions.
    fn object_in_scope(&self, object: &Map<String, Value>) -> bool {
        let names = values::x_entries(object).map(|(name, _)| name.as_str());
        self.differ.options().scope.keeps_extensions(names)
    }

    /// Whether the path item `item` (as written in `doc`) is compared, by its extensions.
    fn item_in_scope(&self, doc: &'a Value, item: &'a Value) -> bool {
        revolv3_oas::resolve_value(doc, item)
            .as_object()
            .is_none_or(|item| self.object_in_scope(item))
    }

    /// Whether the path `key` (path item `item`, as written in `doc`) is compared.
    fn path_in_scope(&self, doc: &'a Value, key: &str, item: &'a Value) -> bool {
        self.differ.options().scope.keeps_path_key(key) && self.item_in_scope(doc, item)
    }

    /// The paths of `doc` that are compared, as written, in the document's order.
    fn paths_in_scope(&self, doc: &'a Value) -> Vec<(&'a str, &'a Value)> {
        object_of(doc, "paths")
            .into_iter()
            .flatten()
            .filter(|(key, item)| self.path_in_scope(doc, key, item))
            .map(|(key, item)| (key.as_str(), item))
            .collect()
    }

    /// The operation `method` of path item `item` (in document `doc`), unless it is out of
    /// scope.
    pub fn operation(&self, item: &Located<'a>, doc: Doc, method: &str) -> Option<Located<'a>> {
        item.child(self.differ.doc(doc), method)
            .filter(|op| self.object_in_scope(op.object))
    }

    fn paths(&mut self) {
        let (base, head) = (self.differ.base_doc(), self.differ.head_doc());
        let ignoring_names =
            self.differ.options().path_matching == PathMatching::IgnoringVariableNames;
        let base_paths = self.paths_in_scope(base);
        let head_list = self.paths_in_scope(head);
        let head_paths: HashMap<&'a str, &'a Value> = head_list.iter().copied().collect();
        let mut head_shapes: HashMap<String, Vec<&'a str>> = HashMap::new();
        let mut base_shapes: HashSet<String> = HashSet::new();
        if ignoring_names {
            for (path, _) in &head_list {
                head_shapes.entry(shape(path).0).or_default().push(path);
            }
            base_shapes.extend(base_paths.iter().map(|(path, _)| shape(path).0));
        }
        for &(path, item) in &base_paths {
            let at = push("/paths", path);
            let Some(base_item) = Located::resolve(base, item, &at) else {
                continue;
            };
            let partner = if head_paths.contains_key(path) {
                Some((path, Renames::new()))
            } else {
                let (normalized, vars) = shape(path);
                head_shapes.get(&normalized).and_then(|candidates| {
                    candidates.iter().find_map(|candidate| {
                        let head_vars = shape(candidate).1;
                        (head_vars.len() == vars.len())
                            .then(|| (*candidate, vars.iter().copied().zip(head_vars).collect()))
                    })
                })
            };
            match partner {
                None => self.paths_deleted.push((path, base_item)),
                Some((head_path, renames)) => {
                    let Some(head_item) =
                        Located::resolve(head, head_paths[head_path], &push("/paths", head_path))
                    else {
                        continue;
                    };
                    if let Some(d) = self.path_item(path.to_owned(), base_item, head_item, &renames)
                    {
                        self.paths_modified.push(d);
                    }
                }
            }
        }
        let base_keys: HashSet<&str> = base_paths.iter().map(|(path, _)| *path).collect();
        for (path, item) in head_list {
            let known = base_keys.contains(path) || base_shapes.contains(&shape(path).0);
            if !known && let Some(head_item) = Located::resolve(head, item, &push("/paths", path)) {
                self.paths_added.push((path, head_item));
            }
        }
    }

    fn path_item(
        &mut self,
        path: String,
        base: Located<'a>,
        head: Located<'a>,
        renames: &Renames<'a>,
    ) -> Option<PathDiff<'a>> {
        let same_variables = renames.iter().all(|(from, to)| from == to);
        if same_variables && self.differ.same(base.value, head.value) {
            return None;
        }
        let flatten_params = self.differ.options().flatten_params;
        let mut diff = PathDiff {
            path,
            // Flattened, path-level parameters are compared as the operations' own.
            parameters: if flatten_params {
                None
            } else {
                parameters::compare(
                    &mut self.differ,
                    ParamSource::own(&base),
                    ParamSource::own(&head),
                    renames,
                )
            },
            added: Vec::new(),
            deleted: Vec::new(),
            modified: Vec::new(),
            base,
            head,
        };
        let path_params_same = !flatten_params || {
            let params = |item: &Located<'a>| item.object.get("parameters");
            match (params(&diff.base), params(&diff.head)) {
                (Some(b), Some(h)) => self.differ.same(b, h),
                (b, h) => b.is_none() && h.is_none(),
            }
        };
        let inherited = flatten_params.then_some((&diff.base, &diff.head));
        for method in METHODS {
            match (
                self.operation(&diff.base, Doc::Base, method),
                self.operation(&diff.head, Doc::Head, method),
            ) {
                (Some(b), Some(h)) => {
                    let unchanged =
                        same_variables && path_params_same && self.differ.same(b.value, h.value);
                    if !unchanged
                        && let Some(op) =
                            operation::compare(&mut self.differ, method, b, h, inherited, renames)
                    {
                        diff.modified.push(op);
                    }
                }
                (Some(_), None) => diff.deleted.push(method),
                (None, Some(_)) => diff.added.push(method),
                (None, None) => {}
            }
        }
        let other = ["summary", "description", "servers"]
            .into_iter()
            .any(|k| diff.base.object.get(k) != diff.head.object.get(k))
            || self
                .differ
                .x_diff(diff.base.object, diff.head.object)
                .is_some();
        let changed = other
            || diff.parameters.is_some()
            || !diff.added.is_empty()
            || !diff.deleted.is_empty()
            || !diff.modified.is_empty();
        changed.then_some(diff)
    }

    fn webhooks(&mut self) {
        let (base, head) = (self.differ.base_doc(), self.differ.head_doc());
        let in_scope = |doc: &'a Value| -> Vec<(&'a String, &'a Value)> {
            object_of(doc, "webhooks")
                .into_iter()
                .flatten()
                .filter(|(_, item)| self.item_in_scope(doc, item))
                .collect()
        };
        let (bw, hw) = (in_scope(base), in_scope(head));
        let head_item = |name: &str| hw.iter().find(|(k, _)| *k == name).map(|(_, item)| *item);
        for &(name, item) in &bw {
            let at = push("/webhooks", name);
            match head_item(name) {
                None => self.webhooks_deleted.push((name.as_str(), at)),
                Some(other) => {
                    let (Some(b), Some(h)) = (
                        Located::resolve(base, item, &at),
                        Located::resolve(head, other, &push("/webhooks", name)),
                    ) else {
                        continue;
                    };
                    if let Some(d) =
                        self.path_item(format!("webhook:{name}"), b, h, &Renames::new())
                    {
                        self.webhooks_modified.push(d);
                    }
                }
            }
        }
        for (name, _) in &hw {
            if !bw.iter().any(|(k, _)| k == name) {
                self.webhooks_added
                    .push((name.as_str(), push("/webhooks", name)));
            }
        }
    }

    fn components(&mut self) {
        let (base, head) = (self.differ.base_doc(), self.differ.head_doc());
        let component = |doc: &'a Value, kind: &str| {
            doc.get("components")
                .and_then(|c| c.get(kind))
                .and_then(Value::as_object)
        };
        if let Some(schemas) = component(base, "schemas") {
            let kept = component(head, "schemas");
            for name in schemas.keys() {
                if kept.is_none_or(|k| !k.contains_key(name)) {
                    self.schemas_deleted
                        .push((name.as_str(), push("/components/schemas", name)));
                }
            }
        }
        let schemes = |doc: &'a Value| -> Vec<(&'a str, &'a Value)> {
            component(doc, "securitySchemes")
                .into_iter()
                .flatten()
                .map(|(name, value)| (name.as_str(), revolv3_oas::resolve_value(doc, value)))
                .collect()
        };
        self.security_schemes = security::compare_schemes(&schemes(base), &schemes(head));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_shapes_ignore_variable_names() {
        assert_eq!(
            shape("/pets/{id}/toys/{toy}"),
            ("/pets/{}/toys/{}".to_owned(), vec!["id", "toy"])
        );
        assert_eq!(shape("/a/{b"), ("/a/{b".to_owned(), vec![]));
    }
}
