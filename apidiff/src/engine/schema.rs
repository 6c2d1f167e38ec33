//! Comparing two schemas in one direction.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::{Direction, Engine, SchemaCtx};
use crate::pointer::push;

/// Schema rule ids are `{prefix}-{suffix}`, e.g. `request-property-type-changed`.
fn rule(prefix: &str, suffix: &str) -> String {
    format!("{prefix}-{suffix}")
}

fn types(schema: &Value) -> Option<&str> {
    schema.get("type").and_then(Value::as_str)
}

fn format_of(schema: &Value) -> Option<&str> {
    schema.get("format").and_then(Value::as_str)
}

fn number(schema: &Value, key: &str) -> Option<f64> {
    schema.get(key).and_then(Value::as_f64)
}

fn required_set(schema: &Value) -> BTreeSet<&str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect()
}

/// Format changes that accept every value the old format did.
fn format_widens(from: Option<&str>, to: Option<&str>) -> bool {
    matches!(
        (from, to),
        (Some("float"), Some("double"))
            | (Some("int32"), Some("int64" | "bigint"))
            | (Some("int64"), Some("bigint"))
            | (Some("date" | "time"), Some("date-time"))
    )
}

/// A pattern every string matches, so replacing another pattern with it only widens.
fn matches_anything(pattern: &str) -> bool {
    matches!(pattern, ".*" | "^.*$" | "^.*" | ".*$" | "(.*)" | "^(.*)$")
}

fn flag(schema: &Value, key: &str) -> bool {
    schema.get(key).and_then(Value::as_bool) == Some(true)
}

impl Engine<'_> {
    /// Compares `base` and `head` (each resolved through `$ref`s). `stack` holds the pairs of
    /// schemas being compared further up, so a recursive schema terminates.
    pub(super) fn schema(
        &mut self,
        ctx: &SchemaCtx<'_>,
        base: &Value,
        head: &Value,
        base_ptr: &str,
        head_ptr: &str,
        stack: &mut Vec<(String, String)>,
    ) {
        let (b, bp) = Self::resolve(self.base, base, base_ptr);
        let (h, hp) = Self::resolve(self.head, head, head_ptr);
        let pair = (bp.clone(), hp.clone());
        if stack.contains(&pair) || stack.len() > 64 {
            return;
        }
        stack.push(pair);
        self.schema_resolved(ctx, b, h, &bp, &hp, stack);
        stack.pop();
    }

    fn schema_resolved(
        &mut self,
        ctx: &SchemaCtx<'_>,
        b: &Value,
        h: &Value,
        bp: &str,
        hp: &str,
        stack: &mut Vec<(String, String)>,
    ) {
        let prefix = ctx.prefix();
        let subject = ctx.subject();
        let op = Some(ctx.operation);
        let locs = || (Some(bp.to_owned()), Some(hp.to_owned()));

        self.type_and_format(ctx, b, h, bp, hp);

        self.enums(ctx, b, h, bp, hp);

        match (flag(b, "nullable"), flag(h, "nullable")) {
            (true, false) => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "became-not-nullable"),
                    op,
                    l1,
                    l2,
                    format!("{subject} became not nullable"),
                );
            }
            (false, true) => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "became-nullable"),
                    op,
                    l1,
                    l2,
                    format!("{subject} became nullable"),
                );
            }
            _ => {}
        }

        match (
            b.get("pattern").and_then(Value::as_str),
            h.get("pattern").and_then(Value::as_str),
        ) {
            (None, Some(p)) => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "pattern-added"),
                    op,
                    l1,
                    l2,
                    format!("added the pattern `{p}` to {subject}"),
                );
            }
            (Some(old), Some(new)) if old != new && matches_anything(new) => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "pattern-generalized"),
                    op,
                    l1,
                    l2,
                    format!("relaxed the pattern of {subject} from `{old}` to `{new}`"),
                );
            }
            (Some(old), Some(new)) if old != new => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "pattern-changed"),
                    op,
                    l1,
                    l2,
                    format!("changed the pattern of {subject} from `{old}` to `{new}`"),
                );
            }
            (Some(old), None) => {
                let (l1, l2) = locs();
                self.report(
                    rule(prefix, "pattern-removed"),
                    op,
                    l1,
                    l2,
                    format!("removed the pattern `{old}` from {subject}"),
                );
            }
            _ => {}
        }

        self.bounds(ctx, b, h, bp, hp);

        self.compositions(ctx, b, h, bp, hp, stack);

        if let (Some(bi), Some(hi)) = (b.get("items"), h.get("items")) {
            let child = ctx.child("items");
            self.schema(
                &child,
                bi,
                hi,
                &push(bp, "items"),
                &push(hp, "items"),
                stack,
            );
        }

        self.properties(ctx, b, h, bp, hp, stack);
    }

    /// One finding per schema for a type or format change, classified the way oasdiff does:
    /// a change that only widens what the client sends (or narrows what it receives) is not
    /// breaking, and for non-JSON media a switch to (or from) `string` is loose.
    fn type_and_format(&mut self, ctx: &SchemaCtx<'_>, b: &Value, h: &Value, bp: &str, hp: &str) {
        let (bt, ht) = (types(b), types(h));
        let (bf, hf) = (format_of(b), format_of(h));
        let type_diff = bt != ht && (bt.is_some() || ht.is_some());
        let format_diff = bf != hf && (bf.is_some() || hf.is_some());
        if !type_diff && !format_diff {
            return;
        }
        let suffix = if ctx.direction == Direction::Request {
            if type_diff && (ht.is_none() || (bt == Some("integer") && ht == Some("number"))) {
                "type-generalized"
            } else if type_diff && !ctx.json && ht == Some("string") {
                "type-compatible"
            } else if !type_diff && (hf.is_none() || format_widens(bf, hf)) {
                "type-generalized"
            } else {
                "type-changed"
            }
        } else if type_diff && (bt.is_none() || (bt == Some("number") && ht == Some("integer"))) {
            "type-specialized"
        } else if type_diff && !ctx.json && bt == Some("string") {
            "type-compatible"
        } else if type_diff && bt == Some("integer") && ht == Some("number") {
            "type-generalized"
        } else if !type_diff && (bf.is_none() || format_widens(hf, bf)) {
            "type-specialized"
        } else {
            "type-changed"
        };
        let show = |t: Option<&str>, f: Option<&str>| match (t, f) {
            (Some(t), Some(f)) => format!("{t}/{f}"),
            (Some(t), None) => t.to_owned(),
            (None, Some(f)) => format!("(any)/{f}"),
            (None, None) => "(any)".to_owned(),
        };
        self.report(
            rule(ctx.prefix(), suffix),
            Some(ctx.operation),
            Some(bp.to_owned()),
            Some(hp.to_owned()),
            format!(
                "the type of {} changed from `{}` to `{}`",
                ctx.subject(),
                show(bt, bf),
                show(ht, hf)
            ),
        );
    }

    fn enums(&mut self, ctx: &SchemaCtx<'_>, b: &Value, h: &Value, bp: &str, hp: &str) {
        let prefix = ctx.prefix();
        let subject = ctx.subject();
        let op = Some(ctx.operation);
        let values = |s: &Value| s.get("enum").and_then(Value::as_array).cloned();
        match (values(b), values(h)) {
            (None, Some(_)) if ctx.direction == Direction::Request => {
                self.report(
                    rule(prefix, "became-enum"),
                    op,
                    Some(bp.to_owned()),
                    Some(hp.to_owned()),
                    format!("{subject} became an enum"),
                );
            }
            (Some(old), Some(new)) => {
                for removed in old.iter().filter(|v| !new.contains(v)) {
                    self.report(
                        rule(prefix, "enum-value-removed"),
                        op,
                        Some(bp.to_owned()),
                        Some(hp.to_owned()),
                        format!("removed the enum value {removed} of {subject}"),
                    );
                }
                for added in new.iter().filter(|v| !old.contains(v)) {
                    self.report(
                        rule(prefix, "enum-value-added"),
                        op,
                        Some(bp.to_owned()),
                        Some(hp.to_owned()),
                        format!("added the enum value {added} to {subject}"),
                    );
                }
            }
            _ => {}
        }
    }

    /// Numeric and length bounds: tightening what a client may send, or loosening what a
    /// server may return.
    fn bounds(&mut self, ctx: &SchemaCtx<'_>, b: &Value, h: &Value, bp: &str, hp: &str) {
        let prefix = ctx.prefix();
        let subject = ctx.subject();
        // Whether a change tightens or loosens is the rule level's business (rules.rs).
        for (key, label) in [
            ("maximum", "max"),
            ("maxLength", "max-length"),
            ("maxItems", "max-items"),
            ("minimum", "min"),
            ("minLength", "min-length"),
            ("minItems", "min-items"),
        ] {
            let (suffix, message) = match (number(b, key), number(h, key)) {
                (Some(old), Some(new)) if new < old => {
                    ("decreased", format!("decreased from {old} to {new}"))
                }
                (Some(old), Some(new)) if new > old => {
                    ("increased", format!("increased from {old} to {new}"))
                }
                (None, Some(new)) => ("set", format!("was set to {new}")),
                _ => continue,
            };
            self.report(
                rule(prefix, &format!("{label}-{suffix}")),
                Some(ctx.operation),
                Some(bp.to_owned()),
                Some(hp.to_owned()),
                format!("the {key} of {subject} {message}"),
            );
        }
    }

    /// `oneOf`/`anyOf`/`allOf`: sub-schemas are matched by the component they reference, or
    /// by position when inline.
    fn compositions(
        &mut self,
        ctx: &SchemaCtx<'_>,
        b: &Value,
        h: &Value,
        bp: &str,
        hp: &str,
        stack: &mut Vec<(String, String)>,
    ) {
        let prefix = ctx.prefix();
        let subject = ctx.subject();
        for (key, label) in [
            ("oneOf", "one-of"),
            ("anyOf", "any-of"),
            ("allOf", "all-of"),
        ] {
            let empty = Vec::new();
            let old = b.get(key).and_then(Value::as_array).unwrap_or(&empty);
            let new = h.get(key).and_then(Value::as_array).unwrap_or(&empty);
            let identity = |i: usize, s: &Value| {
                s.get("$ref")
                    .and_then(Value::as_str)
                    .map_or_else(|| format!("#{i}"), str::to_owned)
            };
            let new_ids: Vec<String> = new
                .iter()
                .enumerate()
                .map(|(i, s)| identity(i, s))
                .collect();
            let old_ids: Vec<String> = old
                .iter()
                .enumerate()
                .map(|(i, s)| identity(i, s))
                .collect();
            for (i, s) in old.iter().enumerate() {
                let id = &old_ids[i];
                let sbp = push(&push(bp, key), &i.to_string());
                match new_ids.iter().position(|n| n == id) {
                    Some(j) => {
                        let shp = push(&push(hp, key), &j.to_string());
                        self.schema(ctx, s, &new[j], &sbp, &shp, stack);
                    }
                    None => self.report(
                        rule(prefix, &format!("{label}-removed")),
                        Some(ctx.operation),
                        Some(sbp),
                        Some(hp.to_owned()),
                        format!("removed `{id}` from the {key} of {subject}"),
                    ),
                }
            }
            for (j, id) in new_ids.iter().enumerate() {
                if !old_ids.contains(id) {
                    self.report(
                        rule(prefix, &format!("{label}-added")),
                        Some(ctx.operation),
                        Some(bp.to_owned()),
                        Some(push(&push(hp, key), &j.to_string())),
                        format!("added `{id}` to the {key} of {subject}"),
                    );
                }
            }
        }
    }

    fn properties(
        &mut self,
        ctx: &SchemaCtx<'_>,
        b: &Value,
        h: &Value,
        bp: &str,
        hp: &str,
        stack: &mut Vec<(String, String)>,
    ) {
        let empty = Map::new();
        let base = b
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head = h
            .get("properties")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let base_required = required_set(b);
        let head_required = required_set(h);
        let request = ctx.direction == Direction::Request;
        let op = Some(ctx.operation);
        // A read-only property is never sent, a write-only one never received.
        let irrelevant = |s: &Value, doc: &Value| {
            let (s, _) = Self::resolve(doc, s, "");
            if request {
                flag(s, "readOnly")
            } else {
                flag(s, "writeOnly")
            }
        };
        for (name, base_schema) in base {
            let child = ctx.child(name);
            let path = &child.property;
            let pbp = push(&push(bp, "properties"), name);
            let Some(head_schema) = head.get(name) else {
                if irrelevant(base_schema, self.base) {
                    continue;
                }
                let id = match (request, base_required.contains(name.as_str())) {
                    (true, _) => "request-property-removed",
                    (false, true) => "response-required-property-removed",
                    (false, false) => "response-optional-property-removed",
                };
                self.report(
                    id,
                    op,
                    Some(pbp),
                    None,
                    format!("removed the property `{path}`"),
                );
                continue;
            };
            let php = push(&push(hp, "properties"), name);
            let was = base_required.contains(name.as_str());
            let is = head_required.contains(name.as_str());
            if was != is && !irrelevant(head_schema, self.head) {
                let id = match (request, is) {
                    (true, true) => "request-property-became-required",
                    (true, false) => "request-property-became-optional",
                    (false, true) => "response-property-became-required",
                    (false, false) => "response-property-became-optional",
                };
                let what = if is { "required" } else { "optional" };
                self.report(
                    id,
                    op,
                    Some(pbp.clone()),
                    Some(php.clone()),
                    format!("the property `{path}` became {what}"),
                );
            }
            self.schema(&child, base_schema, head_schema, &pbp, &php, stack);
        }
        for (name, head_schema) in head {
            if base.contains_key(name) || irrelevant(head_schema, self.head) {
                continue;
            }
            let path = ctx.child(name).property;
            let required = head_required.contains(name.as_str());
            let id = match (request, required) {
                (true, true) => "new-required-request-property",
                (true, false) => "new-optional-request-property",
                (false, true) => "response-required-property-added",
                (false, false) => "response-optional-property-added",
            };
            let what = if required { "required" } else { "optional" };
            self.report(
                id,
                op,
                None,
                Some(push(&push(hp, "properties"), name)),
                format!("added the {what} property `{path}`"),
            );
        }
    }
}
