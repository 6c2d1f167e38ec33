use std::collections::BTreeSet;

use serde_json::Value;

use crate::error::{PipelineError, Result};
use crate::notice::{NoticeKind, Notices};
use crate::operations::{METHODS, OperationKey, template_variables};
use crate::pass::Context;
use crate::pointer;

/// Makes path parameters agree with the path template, refusing what cannot be repaired and
/// reporting every repair:
/// - each path parameter becomes `required: true` and loses `nullable`;
/// - a declared path parameter whose name differs from a template variable only in letter case
///   (`id` for `{Id}`) is renamed to the template's spelling;
/// - a declared path parameter the template does not contain is dropped;
/// - a template variable with no declared path parameter is an error.
///
/// Why: OpenAPI requires all of it, and progenitor 0.15 asserts it (`parameter_data.required`,
/// "{} missing from path"); a nullable path value becomes an `Option` that cannot be written
/// into the URL. Real specs break each rule: NSwag marks `int?` route values nullable, a Prowlarr
/// spec declares a `path` parameter on `/`, and ASP.NET matches route values case-insensitively,
/// so `{Id}` beside `id` is one parameter on the server. A template variable with no parameter
/// is different: guessing its type would invent API surface, so the spec must be fixed.
pub(crate) fn reconcile_path_parameters(doc: &mut Value, cx: &mut Context<'_>) -> Result<()> {
    let notices = &mut cx.notices;
    let components = doc.get("components").cloned().unwrap_or(Value::Null);
    let lookup = serde_json::json!({ "components": components });
    if let Some(params) = doc
        .pointer_mut("/components/parameters")
        .and_then(Value::as_object_mut)
    {
        for (name, param) in params.iter_mut() {
            let at = pointer::join("/components/parameters", [name]);
            require(param, &at, None, notices);
        }
    }
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return Ok(());
    };
    for (path, item) in paths.iter_mut() {
        let template = template_variables(path)?;
        let Some(item) = item.as_object_mut() else {
            continue;
        };
        let item_at = pointer::join("", ["paths", path]);
        let mut site = Site {
            template: &template,
            lookup: &lookup,
            notices: &mut *notices,
        };
        let item_declared = site.fix_list(item.get_mut("parameters"), &item_at, None);
        for (method, op) in item.iter_mut() {
            let Some(op) = op
                .as_object_mut()
                .filter(|_| METHODS.contains(&method.as_str()))
            else {
                continue;
            };
            let key = OperationKey::new(method, path);
            let mut declared = site.fix_list(op.get_mut("parameters"), &key.pointer(), Some(&key));
            declared.extend(item_declared.iter().cloned());
            if let Some(missing) = template.iter().find(|v| !declared.contains(*v)) {
                let known: Vec<String> = declared.iter().map(|d| format!("`{d}`")).collect();
                return Err(PipelineError::in_operation(
                    &key,
                    key.pointer(),
                    format!(
                        "the path template variable `{{{missing}}}` has no declared path \
                         parameter (declared: {}); OpenAPI requires one for each variable",
                        if known.is_empty() {
                            "none".to_owned()
                        } else {
                            known.join(", ")
                        }
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// One path's template, and where repairs are reported.
struct Site<'a> {
    template: &'a BTreeSet<String>,
    /// The document's components, to read the names of referenced parameters.
    lookup: &'a Value,
    notices: &'a mut Notices,
}

impl Site<'_> {
    /// Repairs the path parameters of one `parameters` list; returns the names it keeps.
    fn fix_list(
        &mut self,
        params: Option<&mut Value>,
        owner_at: &str,
        key: Option<&OperationKey>,
    ) -> BTreeSet<String> {
        let mut kept = BTreeSet::new();
        let Some(list) = params.and_then(Value::as_array_mut) else {
            return kept;
        };
        let list_at = pointer::join(owner_at, ["parameters"]);
        // Names declared exactly, so a case-insensitive twin is not renamed onto a taken name.
        let exact: BTreeSet<String> = list
            .iter()
            .filter_map(|p| self.path_name(p))
            .filter(|n| self.template.contains(n))
            .collect();
        let mut index = 0;
        let operation = key;
        list.retain_mut(|param| {
            let at = pointer::join(&list_at, [index.to_string()]);
            index += 1;
            let Some(name) = self.path_name(param) else {
                return true;
            };
            if self.template.contains(&name) {
                require(param, &at, operation, self.notices);
                kept.insert(name);
                return true;
            }
            let twin = self.template.iter().find(|v| {
                v.eq_ignore_ascii_case(&name) && !exact.contains(*v) && !kept.contains(*v)
            });
            match twin {
                Some(variable) => {
                    if param.get("$ref").is_some() {
                        *param = revolv3_oas::resolve_value(self.lookup, param).clone();
                    }
                    param["name"] = Value::String(variable.clone());
                    self.notices.push(
                        NoticeKind::Repaired,
                        at.clone(),
                        operation,
                        format!(
                            "renamed path parameter `{name}` to `{variable}`, the spelling of \
                             the path template (they differ only in letter case)"
                        ),
                    );
                    require(param, &at, operation, self.notices);
                    kept.insert(variable.clone());
                    true
                }
                None => {
                    self.notices.push(
                        NoticeKind::Dropped,
                        at,
                        operation,
                        format!(
                            "path parameter `{name}` is not in the path template, so it is left out"
                        ),
                    );
                    false
                }
            }
        });
        kept
    }

    /// The name of a path parameter, inline or referenced; `None` for other parameters.
    fn path_name(&self, param: &Value) -> Option<String> {
        let param = revolv3_oas::resolve_value(self.lookup, param);
        (param.get("in").and_then(Value::as_str) == Some("path"))
            .then(|| param.get("name").and_then(Value::as_str).map(str::to_owned))
            .flatten()
    }
}

/// Makes an inline path parameter required and not nullable, reporting each change.
fn require(param: &mut Value, at: &str, operation: Option<&OperationKey>, notices: &mut Notices) {
    let Some(obj) = param
        .as_object_mut()
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("path"))
    else {
        return;
    };
    let name = obj
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    if obj.get("required") != Some(&Value::Bool(true)) {
        obj.insert("required".into(), Value::Bool(true));
        notices.push(
            NoticeKind::Repaired,
            pointer::join(at, ["required"]),
            operation,
            format!(
                "path parameter `{name}` is now required, as OpenAPI requires of path parameters"
            ),
        );
    }
    if let Some(schema) = obj.get_mut("schema").and_then(Value::as_object_mut)
        && schema
            .remove("nullable")
            .is_some_and(|n| n == Value::Bool(true))
    {
        notices.push(
            NoticeKind::Repaired,
            pointer::join(at, ["schema", "nullable"]),
            operation,
            format!("path parameter `{name}` is no longer nullable: a URL segment cannot be null"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pass::Context;
    use serde_json::json;

    fn reconcile(doc: &mut Value) -> Result<Vec<String>> {
        let mut cx = Context::default();
        reconcile_path_parameters(doc, &mut cx)?;
        Ok(cx
            .notices
            .into_vec()
            .iter()
            .map(ToString::to_string)
            .collect())
    }

    #[test]
    fn path_parameters_become_required_and_others_are_untouched() {
        let mut doc = json!({
            "paths": { "/a/{id}": { "get": { "parameters": [
                { "name": "id", "in": "path", "schema": { "type": "string", "nullable": true } },
                { "name": "q", "in": "query", "schema": { "type": "string", "nullable": true } }
            ]}}},
            "components": { "parameters": { "Id": { "name": "id", "in": "path", "required": false } } }
        });
        let notices = reconcile(&mut doc).unwrap();
        let params = &doc["paths"]["/a/{id}"]["get"]["parameters"];
        assert_eq!(params[0]["required"], true);
        assert!(params[0]["schema"].get("nullable").is_none());
        assert!(params[1].get("required").is_none());
        assert_eq!(params[1]["schema"]["nullable"], true);
        assert_eq!(doc["components"]["parameters"]["Id"]["required"], true);
        assert_eq!(
            notices,
            [
                "repaired at /components/parameters/Id/required: path parameter `id` is now required, as OpenAPI requires of path parameters",
                "repaired at /paths/~1a~1{id}/get/parameters/0/required (GET /a/{id}): path parameter `id` is now required, as OpenAPI requires of path parameters",
                "repaired at /paths/~1a~1{id}/get/parameters/0/schema/nullable (GET /a/{id}): path parameter `id` is no longer nullable: a URL segment cannot be null",
            ]
        );
    }

    #[test]
    fn a_parameter_outside_the_template_is_dropped_with_a_notice() {
        let mut doc = json!({ "paths": {
            "/": { "get": { "parameters": [{ "name": "path", "in": "path", "required": true, "schema": { "type": "string" } }] } }
        }});
        let notices = reconcile(&mut doc).unwrap();
        assert_eq!(doc["paths"]["/"]["get"]["parameters"], json!([]));
        assert_eq!(
            notices,
            [
                "dropped at /paths/~1/get/parameters/0 (GET /): path parameter `path` is not in the path template, so it is left out"
            ]
        );
    }

    #[test]
    fn a_case_only_difference_is_renamed_to_the_template_spelling() {
        let mut doc = json!({ "paths": {
            "/b/{Id}/{x}": {
                "parameters": [{ "name": "X", "in": "path", "required": true }],
                "get": { "parameters": [{ "$ref": "#/components/parameters/Id" }] }
            }
        }, "components": { "parameters": { "Id": { "name": "id", "in": "path", "required": true } } } });
        let notices = reconcile(&mut doc).unwrap();
        assert_eq!(doc["paths"]["/b/{Id}/{x}"]["parameters"][0]["name"], "x");
        assert_eq!(
            doc["paths"]["/b/{Id}/{x}"]["get"]["parameters"][0],
            json!({ "name": "Id", "in": "path", "required": true })
        );
        assert_eq!(
            doc["components"]["parameters"]["Id"]["name"], "id",
            "the component stays"
        );
        assert_eq!(notices.len(), 2);
        assert!(notices[1].starts_with("repaired at /paths/~1b~1{Id}~1{x}/get/parameters/0 (GET /b/{Id}/{x}): renamed path parameter `id` to `Id`"), "{notices:?}");
    }

    #[test]
    fn a_template_variable_without_a_parameter_is_an_error_naming_it() {
        let mut doc = json!({ "paths": { "/a/{id}": { "get": { "parameters": [
            { "name": "other", "in": "path", "required": true, "schema": { "type": "string" } }
        ]}}}});
        let e = reconcile(&mut doc).unwrap_err();
        assert_eq!(e.pointer(), "/paths/~1a~1{id}/get");
        assert_eq!(
            e.operation.as_ref().map(ToString::to_string).as_deref(),
            Some("GET /a/{id}")
        );
        assert!(
            e.message
                .contains("`{id}` has no declared path parameter (declared: none)"),
            "{e}"
        );
    }
}
