//! The normalization pass: named transformations that make upstream's Swashbuckle output
//! generator-ready.
//!
//! Each transformation is a function over the JSON document and says which generator limit or
//! upstream quirk it exists for. [`normalize`] runs them in order; the last one,
//! [`check_generator_limits`], turns every remaining construct that would make progenitor 0.15
//! panic into a [`PipelineError`](crate::PipelineError) naming the operation and JSON pointer.

mod body_encoding;
mod empty_success;
mod generator_limits;
mod inline_enums;
mod operation_ids;
mod parameters;
mod path_parameters;
mod properties;
mod request_bodies;
mod response_unions;
mod responses;
mod server_urls;
mod unknown_fields;
mod unsupported;

pub use body_encoding::drop_body_encodings;
pub use empty_success::{EMPTY_SUCCESS_EXTENSION, mark_empty_success_responses};
pub use generator_limits::check_generator_limits;
pub use inline_enums::hoist_inline_enums;
pub use operation_ids::assign_operation_ids;
pub use parameters::dedupe_parameters;
pub use path_parameters::reconcile_path_parameters;
pub use properties::dedupe_properties;
pub use request_bodies::reduce_request_bodies_to_json;
pub use response_unions::unify_response_bodies;
pub use responses::reduce_responses_to_json;
pub use server_urls::trim_server_urls;
pub use unknown_fields::allow_unknown_fields;
pub use unsupported::skip_unsupported_operations;

use serde_json::Value;

use crate::error::Result;
use crate::names::NameTable;
use crate::notice::Notices;

/// Runs every transformation, in an order where each sees the output of the ones before.
/// Returns what the passes left out, dropped or repaired, for the caller to report.
pub fn normalize(doc: &mut Value, names: &NameTable) -> Result<Notices> {
    let mut notices = Notices::default();
    assign_operation_ids(doc, names)?;
    trim_server_urls(doc, &mut notices);
    reconcile_path_parameters(doc, &mut notices)?;
    dedupe_parameters(doc, &mut notices);
    reduce_request_bodies_to_json(doc);
    drop_body_encodings(doc);
    skip_unsupported_operations(doc, &mut notices);
    reduce_responses_to_json(doc);
    unify_response_bodies(doc);
    allow_unknown_fields(doc);
    dedupe_properties(doc, &mut notices);
    hoist_inline_enums(doc);
    mark_empty_success_responses(doc);
    check_generator_limits(doc)?;
    Ok(notices)
}

/// Calls `f` on each response object of each operation, with its status and JSON pointer.
/// Responses given as `$ref` are left to the `components/responses` walk.
pub(crate) fn for_each_response_mut(
    doc: &mut Value,
    mut f: impl FnMut(&str, &mut serde_json::Map<String, Value>),
) {
    crate::operations::for_each_operation_mut(doc, |key, op| {
        let base = key.pointer();
        if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
            for (status, response) in responses.iter_mut() {
                if let Some(obj) = response.as_object_mut() {
                    f(&crate::pointer::join(&base, ["responses", status]), obj);
                }
            }
        }
    });
    if let Some(responses) = doc
        .pointer_mut("/components/responses")
        .and_then(Value::as_object_mut)
    {
        for (name, response) in responses.iter_mut() {
            if let Some(obj) = response.as_object_mut() {
                f(&crate::pointer::join("/components/responses", [name]), obj);
            }
        }
    }
}
