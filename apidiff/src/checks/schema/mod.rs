//! Rules about request and response body schemas: each family looks at the body's root and
//! at every changed node below it (see `walk`).

pub mod bounds;
mod compositions;
mod deprecation;
mod discriminator;
pub mod enums;
mod keywords;
pub mod nullability;
mod properties;
pub mod types;
pub mod values;
pub mod walk;

use std::cell::OnceCell;

use revolv3_oas::OperationKey;
use serde_json::Value;

use super::{Op, Report};
use crate::model::{MediaDiff, OpDiff, SchemaDiff};
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// One changed body schema, with what rules report about it.
pub struct Body<'x, 'a> {
    /// `METHOD /path`.
    pub op: &'x OperationKey,
    /// The operation's diff.
    pub op_diff: &'x OpDiff<'a>,
    /// Whether this is a request body (else a response body).
    pub request: bool,
    /// The head's media type name.
    pub media_type: &'a str,
    /// The schema diff at the body's root.
    pub root: &'x SchemaDiff<'a>,
    /// The document properties are added in.
    pub head_doc: &'a Value,
    /// The document properties are removed from.
    pub base_doc: &'a Value,
    /// The changed nodes below the root, collected once for every family.
    pub nodes: Vec<walk::Node<'x, 'a>>,
    /// The response status (`""` for a request body).
    status: &'a str,
    /// Whether messages name the media type: several of the body's changed.
    name_media_type: bool,
    // Built when a rule first reports: most bodies report nothing.
    subject: OnceCell<String>,
    place: OnceCell<String>,
}

impl<'x, 'a> Body<'x, 'a> {
    fn new(
        op: &'x Op<'_, 'a>,
        request: bool,
        status: &'a str,
        media: &'x MediaDiff<'a>,
        count: usize,
        root: &'x SchemaDiff<'a>,
    ) -> Self {
        Body {
            op: &op.name,
            op_diff: op.diff,
            request,
            media_type: media.head_name,
            root,
            head_doc: op.head_doc,
            base_doc: op.base_doc,
            nodes: walk::collect(root),
            status,
            name_media_type: count > 1,
            subject: OnceCell::new(),
            place: OnceCell::new(),
        }
    }

    /// Which way the body travels.
    pub fn direction(&self) -> Direction {
        if self.request {
            Direction::Request
        } else {
            Direction::Response
        }
    }

    /// A change of the body (`place` [`Place::Body`], its schema's root) or of a node below it
    /// ([`Place::Property`]).
    pub fn columns(&self, place: Place, attribute: Attribute, action: Action) -> Columns {
        Columns::new(self.direction(), place, attribute, action)
    }

    /// `the request body` or `the 200 response body`, with the media type when several
    /// changed.
    pub fn subject(&self) -> &str {
        self.subject.get_or_init(|| {
            let body = if self.request {
                "the request body".to_owned()
            } else {
                format!("the {} response body", self.status)
            };
            if self.name_media_type {
                format!("{body} ({})", self.media_type)
            } else {
                body
            }
        })
    }

    /// `in the request body` or `in the 200 response`.
    pub fn place(&self) -> &str {
        self.place.get_or_init(|| {
            if self.request {
                "in the request body".to_owned()
            } else {
                format!("in the {} response", self.status)
            }
        })
    }

    /// A changed node below the root as messages name it: `` `address/city` in the request
    /// body ``.
    pub fn node_subject(&self, node: &walk::Node<'_, '_>) -> String {
        format!("`{}` {}", node.full_name(), self.place())
    }

    /// Visits every changed node below the root that exists on both sides.
    pub fn properties(&self, visit: &mut dyn FnMut(&walk::Node<'x, 'a>)) {
        self.nodes
            .iter()
            .filter(|node| node.diff.both_sides())
            .for_each(visit);
    }
}

/// The media types of a body whose schema changed on both sides.
fn changed_schemas<'x, 'a>(
    modified: &'x [MediaDiff<'a>],
) -> impl Iterator<Item = (&'x MediaDiff<'a>, &'x SchemaDiff<'a>)> {
    modified.iter().filter_map(|m| {
        m.schema
            .as_deref()
            .filter(|s| s.both_sides())
            .map(|s| (m, s))
    })
}

/// Every body-schema rule for one operation.
pub fn check(op: &Op<'_, '_>, report: &mut Report<'_>) {
    if let Some(content) = op
        .diff
        .request_body
        .as_ref()
        .and_then(|b| b.content.as_ref())
    {
        for (media, root) in changed_schemas(&content.modified) {
            let body = Body::new(op, true, "", media, content.modified.len(), root);
            families(&body, report);
        }
    }
    for response in op.diff.responses.iter().flat_map(|r| &r.modified) {
        let Some(content) = &response.content else {
            continue;
        };
        for (media, root) in changed_schemas(&content.modified) {
            let body = Body::new(
                op,
                false,
                response.status,
                media,
                content.modified.len(),
                root,
            );
            families(&body, report);
        }
    }
}

fn families(body: &Body<'_, '_>, report: &mut Report<'_>) {
    types::check(body, report);
    types::list_of_types(body, report);
    nullability::check(body, report);
    enums::check(body, report);
    bounds::check(body, report);
    values::check(body, report);
    properties::check(body, report);
    compositions::check(body, report);
    discriminator::check(body, report);
    keywords::check(body, report);
    deprecation::check(body, report);
}
