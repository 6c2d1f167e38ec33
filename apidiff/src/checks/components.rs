//! Components and webhooks: schemas removed, security schemes added, removed and changed,
//! webhooks added and removed.

use super::Report;
use crate::model::Model;
use crate::rules::{Action, Attribute, Columns, Direction, Place};

/// A change of a component or webhook.
fn component(place: Place, attribute: Attribute, action: Action) -> Columns {
    Columns::new(Direction::Neither, place, attribute, action)
}

/// The component and webhook rules.
pub fn check(model: &Model<'_>, report: &mut Report<'_>) {
    for (name, at) in &model.schemas_deleted {
        report.add(
            component(
                Place::ComponentSchema,
                Attribute::Existence,
                Action::Removed,
            ),
            None,
            Some(at),
            None,
            format!("removed the schema `{name}` from components"),
        );
    }
    for (name, at) in &model.webhooks_added {
        report.add(
            component(Place::Webhook, Attribute::Existence, Action::Added),
            None,
            None,
            Some(at),
            format!("added the webhook `{name}`"),
        );
    }
    for (name, at) in &model.webhooks_deleted {
        report.add(
            component(Place::Webhook, Attribute::Existence, Action::Removed),
            None,
            Some(at),
            None,
            format!("removed the webhook `{name}`"),
        );
    }
    let Some(schemes) = &model.security_schemes else {
        return;
    };
    let at = |name: &str| crate::pointer::push("/components/securitySchemes", name);
    for name in &schemes.added {
        report.add(
            component(Place::SecurityScheme, Attribute::Existence, Action::Added),
            None,
            None,
            Some(&at(name)),
            format!("added the security scheme `{name}`"),
        );
    }
    for name in &schemes.deleted {
        report.add(
            component(Place::SecurityScheme, Attribute::Existence, Action::Removed),
            None,
            Some(&at(name)),
            None,
            format!("removed the security scheme `{name}`"),
        );
    }
    for scheme in &schemes.modified {
        let here = at(scheme.name);
        let both = (Some(here.as_str()), Some(here.as_str()));
        let name = scheme.name;
        for (attribute, what, change) in [
            (Attribute::Type, "type", scheme.kind),
            (
                Attribute::AuthorizationUrl,
                "authorization URL",
                scheme.implicit_authorization_url,
            ),
            (Attribute::TokenUrl, "token URL", scheme.implicit_token_url),
        ] {
            if let Some(change) = change {
                let message = format!(
                    "the {what} of `{name}` changed from `{}` to `{}`",
                    change.from, change.to
                );
                report.add(
                    component(Place::SecurityScheme, attribute, Action::Changed),
                    None,
                    both.0,
                    both.1,
                    message,
                );
            }
        }
        for scope in &scheme.implicit_scopes_added {
            report.add(
                component(Place::SecurityScheme, Attribute::OauthScope, Action::Added),
                None,
                None,
                both.1,
                format!("added the scope `{scope}` to `{name}`"),
            );
        }
        for scope in &scheme.implicit_scopes_deleted {
            report.add(
                component(
                    Place::SecurityScheme,
                    Attribute::OauthScope,
                    Action::Removed,
                ),
                None,
                both.0,
                None,
                format!("removed the scope `{scope}` from `{name}`"),
            );
        }
        for (scope, from, to) in &scheme.implicit_scopes_changed {
            let message = format!(
                "the description of the scope `{scope}` of `{name}` changed from `{from}` to `{to}`"
            );
            report.add(
                component(
                    Place::SecurityScheme,
                    Attribute::OauthScope,
                    Action::Changed,
                ),
                None,
                both.0,
                both.1,
                message,
            );
        }
    }
}
