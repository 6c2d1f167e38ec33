//! Body properties deprecated (with or without a sunset date) or no longer deprecated, judged
//! by the deprecation policy for the operation's stability.

use super::Body;
use crate::checks::Report;
use crate::checks::lifecycle::{self, Deprecation};
use crate::rules::Rule;

/// Property deprecation rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    use Rule::*;
    let Ok(stability) = lifecycle::stability(body.op_diff.head.object.get("x-stability-level"))
    else {
        return;
    };
    let options = report.options();
    body.properties(&mut |node| {
        let Some(deprecated) = node.diff.deprecated else { return };
        let name = node.full_name();
        let (rule, message) = if !deprecated.to {
            let rule = if body.request { RequestPropertyReactivated } else { ResponsePropertyReactivated };
            (rule, format!("`{name}` {} is no longer deprecated", body.place()))
        } else {
            let sunset = node.diff.head_schema().and_then(|s| s.extension("x-sunset"));
            match (lifecycle::judge(options, stability, sunset), body.request) {
                (Deprecation::Plain, request) => {
                    (if request { RequestPropertyDeprecated } else { ResponsePropertyDeprecated }, format!("`{name}` {} was deprecated", body.place()))
                }
                (Deprecation::SunsetMissing, request) => (
                    if request { RequestPropertyDeprecatedSunsetMissing } else { ResponsePropertyDeprecatedSunsetMissing },
                    format!("`{name}` {} was deprecated without the sunset date the policy requires", body.place()),
                ),
                (Deprecation::SunsetUnreadable(e), request) => (
                    if request { RequestPropertyDeprecatedSunsetInvalid } else { ResponsePropertyDeprecatedSunsetInvalid },
                    format!("`{name}` {} was deprecated: {e}", body.place()),
                ),
                (Deprecation::SunsetTooSoon(date, days), request) => (
                    if request { RequestPropertySunsetDateTooSmall } else { ResponsePropertySunsetDateTooSmall },
                    format!("`{name}` {} was deprecated with sunset {date}, less than the {days} days the policy requires", body.place()),
                ),
                (Deprecation::WithSunset(date), request) => (
                    if request { RequestPropertyDeprecatedWithSunset } else { ResponsePropertyDeprecatedWithSunset },
                    format!("`{name}` {} was deprecated with sunset {date}", body.place()),
                ),
            }
        };
        report.at_node(rule, body.op, node.diff, message);
    });
}
