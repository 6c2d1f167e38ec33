//! Writing an action's `target` for a place known by its JSON pointer.

use serde_json::Value;

/// The JSONPath query that selects exactly the node at `pointer` in `doc`
/// (`/components/schemas/Invoice` is `$.components.schemas.Invoice`), or `None` when nothing
/// is there. The document decides whether a numeric token is an array index or a key.
pub fn target_for_pointer(doc: &Value, pointer: &str) -> Option<String> {
    doc.pointer(pointer)?;
    let mut query = String::from("$");
    let mut node = doc;
    for token in pointer.split('/').skip(1) {
        let token = revolv3_oas::pointer::unescape(token);
        match node {
            Value::Array(items) => {
                let index: usize = token.parse().ok()?;
                query.push_str(&format!("[{index}]"));
                node = items.get(index)?;
            }
            Value::Object(map) => {
                if is_shorthand_name(&token) {
                    query.push('.');
                    query.push_str(&token);
                } else {
                    query.push_str(&format!("['{}']", quoted(&token)));
                }
                node = map.get(&token)?;
            }
            _ => return None,
        }
    }
    Some(query)
}

/// RFC 9535's member-name shorthand: a letter or `_` (or any non-ASCII), then those or digits.
fn is_shorthand_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || !c.is_ascii())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii())
}

/// The inside of a single-quoted RFC 9535 string literal.
fn quoted(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
