//! Body properties deprecated (with or without a sunset date) or no longer deprecated, judged
//! by the deprecation policy for the operation's stability.

use super::Body;
use crate::checks::Report;
use crate::checks::lifecycle::{self, Deprecation};
use crate::rules::Rule;

/// `[reactivated, deprecated, deprecated with sunset, sunset missing, sunset invalid, sunset
/// too soon]` for properties of a request body (`true`) or a response body.
fn rules(request: bool) -> [Rule; 6] {
    use Rule::*;
    if request {
        [
            RequestPropertyReactivated,
            RequestPropertyDeprecated,
            RequestPropertyDeprecatedWithSunset,
            RequestPropertyDeprecatedSunsetMissing,
            RequestPropertyDeprecatedSunsetInvalid,
            RequestPropertySunsetDateTooSmall,
        ]
    } else {
        [
            ResponsePropertyReactivated,
            ResponsePropertyDeprecated,
            ResponsePropertyDeprecatedWithSunset,
            ResponsePropertyDeprecatedSunsetMissing,
            ResponsePropertyDeprecatedSunsetInvalid,
            ResponsePropertySunsetDateTooSmall,
        ]
    }
}

/// Property deprecation rules of request and response bodies.
pub fn check(body: &Body<'_, '_>, report: &mut Report<'_>) {
    let Ok(stability) = lifecycle::stability(body.op_diff.head.object.get("x-stability-level"))
    else {
        return;
    };
    let options = report.options();
    let [
        reactivated,
        deprecated,
        with_sunset,
        sunset_missing,
        sunset_invalid,
        too_soon,
    ] = rules(body.request);
    body.properties(&mut |node| {
        let Some(change) = node.diff.deprecated else {
            return;
        };
        let who = body.node_subject(node);
        let (rule, message) = if !change.to {
            (reactivated, format!("{who} is no longer deprecated"))
        } else {
            let sunset = node.diff.head_schema().and_then(|s| s.extension("x-sunset"));
            match lifecycle::judge(options, stability, sunset) {
                Deprecation::Plain => (deprecated, format!("{who} was deprecated")),
                Deprecation::WithSunset(date) => {
                    (with_sunset, format!("{who} was deprecated with sunset {date}"))
                }
                Deprecation::SunsetMissing => (
                    sunset_missing,
                    format!("{who} was deprecated without the sunset date the policy requires"),
                ),
                Deprecation::SunsetUnreadable(e) => {
                    (sunset_invalid, format!("{who} was deprecated: {e}"))
                }
                Deprecation::SunsetTooSoon(date, days) => (
                    too_soon,
                    format!(
                        "{who} was deprecated with sunset {date}, less than the {days} days the policy requires"
                    ),
                ),
            }
        };
        report.at_node(rule, body.op, node.diff, message);
    });
}
