//! Reading an Overlay document (JSON or YAML) into [`Overlay`], refusing anything the
//! Overlay 1.0 or 1.1 schema does not allow, with the JSON pointer of the value at fault.

use serde_json::{Map, Value};
use serde_json_path::JsonPath;

use super::{Action, Change, Overlay, OverlayVersion};
use crate::error::{PipelineError, Result};
use crate::pointer;

impl Overlay {
    /// Parses an Overlay document. Errors carry a JSON pointer into the overlay itself
    /// (`/actions/2/target`), for the caller to prefix with the file's name.
    pub fn parse(bytes: &[u8]) -> Result<Self> {
        Self::from_value(&Self::parse_document(bytes)?)
    }

    /// The document an overlay file holds (JSON or YAML text), not yet checked against the
    /// Overlay schema: what a tool that edits the file reads, as [`parse`](Self::parse) does.
    pub fn parse_document(bytes: &[u8]) -> Result<Value> {
        Ok(revolv3_oas::document::parse(bytes)?)
    }

    /// Reads an Overlay document already parsed into a JSON value.
    pub fn from_value(document: &Value) -> Result<Self> {
        let root = document
            .as_object()
            .ok_or_else(|| PipelineError::at("", "an Overlay document must be an object"))?;
        only_known_fields(root, "", &["overlay", "info", "extends", "actions"])?;
        let version = match root.get("overlay").and_then(Value::as_str) {
            Some(text) => OverlayVersion::parse(text).ok_or_else(|| {
                PipelineError::at(
                    "/overlay",
                    format!("`{text}` is not an Overlay version this tool reads (1.0.x or 1.1.x)"),
                )
            })?,
            None => {
                return Err(PipelineError::at(
                    "/overlay",
                    "missing `overlay` version string",
                ));
            }
        };
        let info = root
            .get("info")
            .and_then(Value::as_object)
            .ok_or_else(|| PipelineError::at("/info", "missing `info` object"))?;
        let info_fields: &[&str] = match version {
            OverlayVersion::V1_0 => &["title", "version"],
            OverlayVersion::V1_1 => &["title", "version", "description"],
        };
        only_known_fields(info, "/info", info_fields)?;
        for field in ["title", "version"] {
            string_field(info, "/info", field)?.ok_or_else(|| {
                PipelineError::at("/info", format!("missing `info.{field}` string"))
            })?;
        }
        string_field(root, "", "extends")?;
        let actions = root
            .get("actions")
            .and_then(Value::as_array)
            .ok_or_else(|| PipelineError::at("/actions", "missing `actions` list"))?;
        if actions.is_empty() {
            return Err(PipelineError::at(
                "/actions",
                "an overlay needs at least one action",
            ));
        }
        let actions = actions
            .iter()
            .enumerate()
            .map(|(index, action)| parse_action(action, index, version))
            .collect::<Result<_>>()?;
        Ok(Overlay { version, actions })
    }
}

fn parse_action(value: &Value, index: usize, version: OverlayVersion) -> Result<Action> {
    let at = pointer::push("/actions", &index.to_string());
    let action = value
        .as_object()
        .ok_or_else(|| PipelineError::at(&at, "an action must be an object"))?;
    let fields: &[&str] = match version {
        OverlayVersion::V1_0 => &["target", "description", "update", "remove"],
        OverlayVersion::V1_1 => &["target", "description", "update", "remove", "copy"],
    };
    only_known_fields(action, &at, fields)?;
    let target = string_field(action, &at, "target")?
        .ok_or_else(|| PipelineError::at(&at, "missing `target` JSONPath query"))?;
    let query = parse_query(target, &pointer::push(&at, "target"))?;
    let description = string_field(action, &at, "description")?.map(str::to_owned);
    let remove = match action.get("remove") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            return Err(PipelineError::at(
                pointer::push(&at, "remove"),
                "`remove` must be true or false",
            ));
        }
    };
    let copy = string_field(action, &at, "copy")?;
    // The spec gives `remove: true` precedence over `update` and `copy`; `update` and `copy`
    // each say the other takes precedence, so an action with both means nothing definite.
    let change = match (remove, action.get("update"), copy) {
        (true, _, _) => Change::Remove,
        (false, Some(_), Some(_)) => {
            return Err(PipelineError::at(
                &at,
                "an action cannot have both `update` and `copy`",
            ));
        }
        (false, Some(update), None) => Change::Update(update.clone()),
        (false, None, Some(source)) => Change::Copy {
            query: parse_query(source, &pointer::push(&at, "copy"))?,
            source: source.to_owned(),
        },
        (false, None, None) => {
            let copy = match version {
                OverlayVersion::V1_0 => "",
                OverlayVersion::V1_1 => ", `copy`",
            };
            return Err(PipelineError::at(
                &at,
                format!("the action changes nothing: give it `update`{copy} or `remove: true`"),
            ));
        }
    };
    Ok(Action {
        target: target.to_owned(),
        query,
        description,
        change,
    })
}

/// An RFC 9535 query; the Overlay schema also requires it to start at the root, `$`.
fn parse_query(text: &str, at: &str) -> Result<JsonPath> {
    if !text.starts_with('$') {
        return Err(PipelineError::at(
            at,
            format!("`{text}` is not a JSONPath query: it must start with `$`"),
        ));
    }
    if let Some(offset) = short_unicode_escape(text) {
        return Err(PipelineError::at(
            at,
            format!(
                "`{text}` is not an RFC 9535 JSONPath query: the `\\u` escape at character \
                 {offset} needs four hex digits"
            ),
        ));
    }
    JsonPath::parse(text).map_err(|e| {
        PipelineError::at(
            at,
            format!("`{text}` is not an RFC 9535 JSONPath query: {e}"),
        )
    })
}

/// Where (in characters, from 0) a `\u` escape without four hex digits after it starts.
///
/// RFC 9535 requires the four digits. serde_json_path 0.7.2 parses the digits of an escape
/// with a streaming `one_of` (its only streaming parser), which at the end of the query
/// returns `Incomplete`, and `JsonPath::parse` answers that with `unreachable!`: a panic.
/// Found by the `overlay` fuzz target; refusing these escapes first keeps a user's overlay
/// from crashing the build. Since the escape is the only way in, this check is the whole fix,
/// not one case of many.
fn short_unicode_escape(query: &str) -> Option<usize> {
    let mut chars = query.chars().enumerate();
    while let Some((offset, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        // Whatever is escaped is skipped, so `\\u` (a backslash, then `u`) is no escape.
        if let Some((_, 'u')) = chars.next() {
            let digits = chars.clone().take(4).filter(|(_, d)| d.is_ascii_hexdigit());
            if digits.count() < 4 {
                return Some(offset);
            }
        }
    }
    None
}

/// The string value of `field`, if present; any other type is an error.
fn string_field<'a>(
    object: &'a Map<String, Value>,
    at: &str,
    field: &str,
) -> Result<Option<&'a str>> {
    match object.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(PipelineError::at(
            pointer::push(at, field),
            format!("`{field}` must be a string"),
        )),
    }
}

/// Refuses a field the schema does not define (a misspelt `updates:` would otherwise be
/// ignored), allowing `x-` extensions.
fn only_known_fields(object: &Map<String, Value>, at: &str, known: &[&str]) -> Result<()> {
    match object
        .keys()
        .find(|k| !known.contains(&k.as_str()) && !k.starts_with("x-"))
    {
        Some(unknown) => Err(PipelineError::at(
            pointer::push(at, unknown),
            format!(
                "`{unknown}` is not a field here (expected {})",
                known.join(", ")
            ),
        )),
        None => Ok(()),
    }
}

impl OverlayVersion {
    /// `1.0.x` or `1.1.x`: the patch number does not change the feature set.
    fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split('.');
        let (major, minor, patch) = (parts.next()?, parts.next()?, parts.next()?);
        let is_number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || major != "1" || !is_number(patch) {
            return None;
        }
        match minor {
            "0" => Some(Self::V1_0),
            "1" => Some(Self::V1_1),
            _ => None,
        }
    }
}
