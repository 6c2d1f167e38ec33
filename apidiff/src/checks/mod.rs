//! The rules: each family reads the structural diff (`model`) and reports the changes it finds
//! in the registry's columns (`rules::Columns`); the registry says which rule, if any, each is.
//! Run order follows oasdiff: the stability policy first (it reports invalid and changed
//! stability levels, then takes operations below the threshold out of scope), then every
//! family over what is in scope.

mod claims;
mod components;
mod endpoints;
mod lifecycle;
mod metadata;
mod parameters;
mod request_body;
mod responses;
mod schema;
mod security;
mod stability;
mod versioning;

use revolv3_oas::OperationKey;
use serde_json::Value;

use crate::Options;
use crate::model::{MAX_NESTING, Model, OpDiff, PathDiff, SchemaDiff};
use crate::rules::{self, Action, Attribute, Columns, Direction, Place, Rule};

/// A finding before a profile gives it a level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub operation: Option<OperationKey>,
    pub base_location: Option<String>,
    pub head_location: Option<String>,
    pub message: String,
}

/// An operation in both versions, as the rules see it.
pub struct Op<'m, 'a> {
    /// What changed in it.
    pub diff: &'m OpDiff<'a>,
    /// `METHOD /path`, as reported.
    pub name: OperationKey,
    /// The base document.
    pub base_doc: &'a Value,
    /// The head document.
    pub head_doc: &'a Value,
}

impl<'m, 'a> Op<'m, 'a> {
    fn new(model: &Model<'a>, path: &PathDiff<'a>, diff: &'m OpDiff<'a>) -> Self {
        Op {
            diff,
            name: operation_name(diff.method, &path.path),
            base_doc: model.differ.base_doc(),
            head_doc: model.differ.head_doc(),
        }
    }
}

/// A media type's schema that appeared or went: the action, and how a message says it.
fn schema_presence(schema: &SchemaDiff<'_>) -> Option<(Action, &'static str)> {
    if schema.added {
        Some((Action::Added, "got a schema"))
    } else if schema.deleted {
        Some((Action::Removed, "lost its schema"))
    } else {
        None
    }
}

/// `GET /pets`.
pub fn operation_name(method: &str, path: &str) -> OperationKey {
    OperationKey::new(method, path)
}

/// Where findings go.
pub struct Report<'o> {
    options: &'o Options,
    findings: Vec<Finding>,
}

impl<'o> Report<'o> {
    /// The run's options.
    pub fn options(&self) -> &'o Options {
        self.options
    }

    /// Reports the change `columns` for `operation` with the given locations, as the rule the
    /// registry gives it (nothing, for a silent row).
    pub fn add(
        &mut self,
        columns: Columns,
        operation: Option<&OperationKey>,
        base: Option<&str>,
        head: Option<&str>,
        message: String,
    ) {
        if let Some(rule) = rules::lookup(columns) {
            self.push(rule, operation, base, head, message);
        }
    }

    fn push(
        &mut self,
        rule: Rule,
        operation: Option<&OperationKey>,
        base: Option<&str>,
        head: Option<&str>,
        message: String,
    ) {
        self.findings.push(Finding {
            rule,
            operation: operation.cloned(),
            base_location: base.map(str::to_owned),
            head_location: head.map(str::to_owned),
            message,
        });
    }

    /// Reports the change `columns`, found at schema `node`, at the node's locations, unless a
    /// transition at the node explains it (see `claims`).
    pub fn at_node(
        &mut self,
        columns: Columns,
        operation: &OperationKey,
        node: &SchemaDiff<'_>,
        message: String,
    ) {
        self.claimed_at(columns, operation, node, node, message);
    }

    /// Reports the change `columns` at `node`'s locations, dropped when a transition at
    /// `claim_node` explains it.
    pub fn claimed_at(
        &mut self,
        columns: Columns,
        operation: &OperationKey,
        node: &SchemaDiff<'_>,
        claim_node: &SchemaDiff<'_>,
        message: String,
    ) {
        self.claimed_at_locations(
            columns,
            operation,
            node.base_at(),
            node.head_at(),
            claim_node,
            message,
        );
    }

    /// Reports the change `columns` at the given locations, dropped when a transition at
    /// `claim_node` explains it.
    pub fn claimed_at_locations(
        &mut self,
        columns: Columns,
        operation: &OperationKey,
        base: Option<&str>,
        head: Option<&str>,
        claim_node: &SchemaDiff<'_>,
        message: String,
    ) {
        if let Some(rule) = rules::lookup(columns)
            && !claims::claimed(rule, &columns, claim_node)
        {
            self.push(rule, Some(operation), base, head, message);
        }
    }
}

/// Every finding from `base` to `head`.
pub fn run(model: &Model<'_>, options: &Options) -> Vec<Finding> {
    let mut report = Report {
        options,
        findings: Vec::new(),
    };
    let scope = stability::policy(model, &mut report);
    let in_scope = |path: &PathDiff<'_>, op: &OpDiff<'_>| scope.keeps(&path.path, op.method);
    endpoints::check(model, &scope, &mut report);
    for path in model.paths_modified.iter().chain(&model.webhooks_modified) {
        for diff in path.modified.iter().filter(|op| in_scope(path, op)) {
            let op = Op::new(model, path, diff);
            parameters::check(model, &op, &mut report);
            request_body::check(&op, &mut report);
            responses::check(&op, &mut report);
            schema::check(&op, &mut report);
            security::check_operation(&op, &mut report);
            metadata::check(&op, &mut report);
        }
    }
    parameters::check_path_level(model, &mut report);
    security::check_document(model, &mut report);
    components::check(model, &mut report);
    if model.differ.gave_up() {
        report.add(
            Columns::new(
                Direction::Neither,
                Place::Document,
                Attribute::SchemaNesting,
                Action::TooDeep,
            ),
            None,
            None,
            None,
            format!(
                "schemas nest deeper than {MAX_NESTING} levels; below that they were compared as written, so changes there may be missing"
            ),
        );
    }
    if options.versioning_policy {
        versioning::check(
            model.differ.base_doc(),
            model.differ.head_doc(),
            &mut report,
        );
    }
    report.findings
}
