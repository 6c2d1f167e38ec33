//! JSON pointers (RFC 6901): how both libraries say where in a document something is.

use std::borrow::Cow;

use serde_json::Value;

/// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
pub fn escape(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    push_escaped(&mut out, token);
    out
}

/// Appends `token` to `out`, escaped, without an intermediate string.
fn push_escaped(out: &mut String, token: &str) {
    // Copies the runs between special characters whole: media type names all have a `/`.
    let mut rest = token;
    while let Some(at) = rest.find(['~', '/']) {
        out.push_str(&rest[..at]);
        out.push_str(if rest.as_bytes()[at] == b'~' {
            "~0"
        } else {
            "~1"
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// Undoes [`escape`] on one reference token.
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// `base` with one more token, escaped.
pub fn push(base: &str, token: &str) -> String {
    let mut out = String::with_capacity(base.len() + token.len() + 1);
    out.push_str(base);
    out.push('/');
    push_escaped(&mut out, token);
    out
}

/// `base` with each of `tokens` appended, escaped.
pub fn join<T: AsRef<str>>(base: &str, tokens: impl IntoIterator<Item = T>) -> String {
    tokens
        .into_iter()
        .fold(base.to_owned(), |at, token| push(&at, token.as_ref()))
}

/// The value at `pointer` in `doc`, like `Value::pointer` but unescaping only the tokens that
/// need it, so a lookup allocates nothing in the usual case.
pub fn get<'a>(doc: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(doc);
    }
    let rest = pointer.strip_prefix('/')?;
    rest.split('/').try_fold(doc, |value, token| {
        let token = if token.contains('~') {
            Cow::Owned(unescape(token))
        } else {
            Cow::Borrowed(token)
        };
        match value {
            Value::Object(map) => map.get(token.as_ref()),
            Value::Array(items) => {
                let index = token
                    .parse::<usize>()
                    .ok()
                    .filter(|_| token == "0" || !token.starts_with('0'))?;
                items.get(index)
            }
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_slashes_and_tildes_and_round_trips() {
        let at = join("", ["paths", "/api/a~b/{id}", "get"]);
        assert_eq!(at, "/paths/~1api~1a~0b~1{id}/get");
        assert_eq!(unescape("~1api~1a~0b"), "/api/a~b");
        assert_eq!(unescape("~01"), "~1");
        assert_eq!(push("/a", "b/c"), "/a/b~1c");
        let doc = serde_json::json!({"a/b": [{"~x": 1}], "": 2});
        for p in [
            "",
            "/a~1b",
            "/a~1b/0",
            "/a~1b/0/~0x",
            "/",
            "/nope",
            "/a~1b/01",
            "/a~1b/1",
            "x",
        ] {
            assert_eq!(get(&doc, p), doc.pointer(p), "{p}");
        }
    }
}
