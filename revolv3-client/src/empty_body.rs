//! Success responses that the spec documents without a body.

use crate::response_head::ResponseHead;
use crate::EMPTY_SUCCESS_BODIES;

/// Gives a body-less success response the JSON value the pipeline recorded for it.
///
/// `GET /api/Subscriptions` answers `204 No Content` when there is nothing to list. The
/// pipeline gives that 204 the 200's array type and records `[]` for it, so callers get `Ok`
/// with an empty list and the real status instead of an error. Responses that do carry a body,
/// and all other statuses and operations, pass through untouched.
pub(crate) async fn fill_documented_empty_body(
    response: reqwest::Response,
    operation_id: &str,
) -> reqwest::Result<reqwest::Response> {
    let status = response.status();
    let Some((_, _, empty_value)) = EMPTY_SUCCESS_BODIES
        .iter()
        .find(|(op, s, _)| *op == operation_id && *s == status.as_u16())
    else {
        return Ok(response);
    };
    let head = ResponseHead::of(&response);
    let bytes = response.bytes().await?;
    let body = if bytes.is_empty() {
        reqwest::Body::from(*empty_value)
    } else {
        reqwest::Body::from(bytes)
    };
    Ok(head.with_body(body))
}
