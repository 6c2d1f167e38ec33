//! Request bodies and responses.

use serde_json::Value;

use super::{Direction, Engine, OperationPair, SchemaCtx, Site};
use crate::pointer::push;

/// Status checks only see numeric codes: `default` and ranges such as `2XX` are skipped,
/// as oasdiff does.
fn numeric(status: &str) -> Option<u16> {
    status.parse().ok()
}

/// JSON media types, as the codegen crate counts them: `application/json`, `text/json` and
/// `+json` types, case-insensitively.
fn is_json(media: &str) -> bool {
    let essence = media
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence == "text/json" || essence.ends_with("+json")
}

impl Engine<'_> {
    pub(super) fn request_body(&mut self, op: &OperationPair<'_>) {
        let operation = op.operation;
        let base_ptr = push(op.base_ptr, "requestBody");
        let head_ptr = push(op.head_ptr, "requestBody");
        let base = op
            .base_op
            .get("requestBody")
            .map(|b| Self::resolve(self.base, b, &base_ptr));
        let head = op
            .head_op
            .get("requestBody")
            .map(|b| Self::resolve(self.head, b, &head_ptr));
        let required = |b: &Value| b.get("required").and_then(Value::as_bool) == Some(true);
        match (base, head) {
            (None, None) => {}
            (Some(_), None) => self.report(
                "request-body-removed",
                Some(operation),
                Some(base_ptr),
                None,
                "request body removed".into(),
            ),
            (None, Some((h, _))) => {
                let (id, what) = if required(h) {
                    ("added-required-request-body", "required")
                } else {
                    ("added-optional-request-body", "optional")
                };
                self.report(
                    id,
                    Some(operation),
                    None,
                    Some(head_ptr),
                    format!("added {what} request body"),
                );
            }
            (Some((b, bp)), Some((h, hp))) => {
                if !required(b) && required(h) {
                    self.report(
                        "request-body-became-required",
                        Some(operation),
                        Some(bp.clone()),
                        Some(hp.clone()),
                        "request body became required".into(),
                    );
                } else if required(b) && !required(h) {
                    self.report(
                        "request-body-became-optional",
                        Some(operation),
                        Some(bp.clone()),
                        Some(hp.clone()),
                        "request body became optional".into(),
                    );
                }
                self.content(operation, Direction::Request, b, h, &bp, &hp);
            }
        }
    }

    pub(super) fn responses(&mut self, op: &OperationPair<'_>) {
        let operation = op.operation;
        let empty = serde_json::Map::new();
        let base = op
            .base_op
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head = op
            .head_op
            .get("responses")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let base_ptr = push(op.base_ptr, "responses");
        let head_ptr = push(op.head_ptr, "responses");
        for (status, base_response) in base {
            let bp = push(&base_ptr, status);
            let Some(head_response) = head.get(status) else {
                let Some(code) = numeric(status) else {
                    continue;
                };
                let id = if (200..300).contains(&code) {
                    "response-success-status-removed"
                } else {
                    "response-non-success-status-removed"
                };
                self.report(
                    id,
                    Some(operation),
                    Some(bp),
                    None,
                    format!("removed the `{status}` response"),
                );
                continue;
            };
            let hp = push(&head_ptr, status);
            let (b, bp) = Self::resolve(self.base, base_response, &bp);
            let (h, hp) = Self::resolve(self.head, head_response, &hp);
            self.response_headers(operation, status, b, h, &bp);
            self.content(operation, Direction::Response, b, h, &bp, &hp);
        }
        for status in head.keys().filter(|s| !base.contains_key(*s)) {
            let Some(code) = numeric(status) else {
                continue;
            };
            let id = if (200..300).contains(&code) {
                "response-success-status-added"
            } else {
                "response-non-success-status-added"
            };
            self.report(
                id,
                Some(operation),
                None,
                Some(push(&head_ptr, status)),
                format!("added the `{status}` response"),
            );
        }
    }

    fn response_headers(&mut self, operation: &str, status: &str, b: &Value, h: &Value, bp: &str) {
        let empty = serde_json::Map::new();
        let base = b
            .get("headers")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head = h
            .get("headers")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        for (name, header) in base {
            let found = head.keys().any(|k| k.eq_ignore_ascii_case(name));
            if found {
                continue;
            }
            let (header, _) = Self::resolve(self.base, header, "");
            let required = header.get("required").and_then(Value::as_bool) == Some(true);
            let id = if required {
                "required-response-header-removed"
            } else {
                "optional-response-header-removed"
            };
            self.report(
                id,
                Some(operation),
                Some(push(&push(bp, "headers"), name)),
                None,
                format!("removed the response header `{name}` of the `{status}` response"),
            );
        }
    }

    /// Media types of a body or response, and the schemas under each.
    fn content(
        &mut self,
        operation: &str,
        direction: Direction,
        b: &Value,
        h: &Value,
        bp: &str,
        hp: &str,
    ) {
        let empty = serde_json::Map::new();
        let base = b
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let head = h
            .get("content")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        let (removed, added) = match direction {
            Direction::Request => (
                "request-body-media-type-removed",
                "request-body-media-type-added",
            ),
            Direction::Response => ("response-media-type-removed", "response-media-type-added"),
        };
        for (media, base_media) in base {
            let bmp = push(&push(bp, "content"), media);
            let Some(head_media) = head.get(media) else {
                self.report(
                    removed,
                    Some(operation),
                    Some(bmp),
                    None,
                    format!("removed the media type `{media}`"),
                );
                continue;
            };
            let hmp = push(&push(hp, "content"), media);
            if let (Some(bs), Some(hs)) = (base_media.get("schema"), head_media.get("schema")) {
                let ctx = SchemaCtx {
                    operation,
                    direction,
                    site: Site::Body,
                    property: String::new(),
                    parameter: None,
                    json: is_json(media),
                };
                self.schema(
                    &ctx,
                    bs,
                    hs,
                    &push(&bmp, "schema"),
                    &push(&hmp, "schema"),
                    &mut Vec::new(),
                );
            }
        }
        for media in head.keys().filter(|m| !base.contains_key(*m)) {
            self.report(
                added,
                Some(operation),
                None,
                Some(push(&push(hp, "content"), media)),
                format!("added the media type `{media}`"),
            );
        }
    }
}
