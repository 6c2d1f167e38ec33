//! The normalization pass: named transformations that make upstream's Swashbuckle output
//! generator-ready.
//!
//! Each transformation is a [`Pass`] over the JSON document and says which generator limit or
//! upstream quirk it exists for. [`NORMALIZE`] lists them in order; the last one,
//! `check_generator_limits`, turns every remaining construct that would make progenitor 0.15
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

use body_encoding::drop_body_encodings;
pub(crate) use empty_success::EMPTY_SUCCESS_EXTENSION;
use empty_success::mark_empty_success_responses;
use generator_limits::check_generator_limits;
use inline_enums::hoist_inline_enums;
use operation_ids::assign_operation_ids;
use parameters::dedupe_parameters;
use path_parameters::reconcile_path_parameters;
use properties::dedupe_properties;
use request_bodies::reduce_request_bodies_to_json;
use response_unions::unify_response_bodies;
use responses::reduce_responses_to_json;
use server_urls::trim_server_urls;
use unknown_fields::allow_unknown_fields;
use unsupported::skip_unsupported_operations;

use serde_json::Value;

use crate::pass::{Pass, passes};

/// Every transformation, in an order where each sees the output of the ones before; the last
/// turns what progenitor would panic on into an error with its pointer.
pub(crate) const NORMALIZE: &[Pass] = passes![
    V3_0: assign_operation_ids,
    V3_0: trim_server_urls,
    V3_0: reconcile_path_parameters,
    V3_0: dedupe_parameters,
    V3_0: reduce_request_bodies_to_json,
    V3_0: drop_body_encodings,
    V3_0: skip_unsupported_operations,
    V3_0: reduce_responses_to_json,
    V3_0: unify_response_bodies,
    V3_0: allow_unknown_fields,
    V3_0: dedupe_properties,
    V3_0: hoist_inline_enums,
    V3_0: mark_empty_success_responses,
    V3_0: check_generator_limits,
];

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

#[cfg(test)]
mod tests {
    use super::*;

    /// ARCHITECTURE.md lists the passes in the order they run; it stays true.
    #[test]
    fn architecture_lists_the_passes_in_their_order() {
        let text = include_str!("../../../ARCHITECTURE.md");
        let start = text
            .find("in the stage `normalize::NORMALIZE`:")
            .expect("ARCHITECTURE.md lists the normalization passes");
        let mut listed: Vec<&str> = text[start..]
            .split("`check_generator_limits`")
            .next()
            .unwrap_or_default()
            .split('`')
            .skip(3)
            .step_by(2)
            .collect();
        listed.push("check_generator_limits");
        let run: Vec<&str> = NORMALIZE.iter().map(|pass| pass.name).collect();
        assert_eq!(listed, run);
    }
}
