//! Body properties deprecated (with or without a sunset date) or no longer deprecated, judged
//! by the deprecation policy for the operation's stability.

use super::Body;
use crate::checks::Report;
use crate::checks::lifecycle;
use crate::rules::{Action, Attribute, Place};

/// Property deprecation rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let Ok(stability) = lifecycle::stability(body.op_diff.head.object.get("x-stability-level"))
    else {
        return;
    };
    let options = report.options();
    body.properties(&mut |node| {
        let Some(change) = node.diff.deprecated else {
            return;
        };
        let who = body.node_subject(node);
        let (action, message) = if !change.to {
            (
                Action::Reactivated,
                format!("{who} is no longer deprecated"),
            )
        } else {
            let sunset = node
                .diff
                .head_schema()
                .and_then(|s| s.extension("x-sunset"));
            let deprecation = lifecycle::judge(options, stability, sunset);
            let message = deprecation.message(&who);
            (deprecation.action(), message)
        };
        report.at_node(
            body.columns(Place::Property, Attribute::Deprecation, action),
            body.op,
            node.diff,
            message,
        );
    });
}
