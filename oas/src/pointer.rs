//! JSON pointers (RFC 6901): how both libraries say where in a document something is.

/// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
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
    out.push_str(&escape(token));
    out
}

/// `base` with each of `tokens` appended, escaped.
pub fn join<T: AsRef<str>>(base: &str, tokens: impl IntoIterator<Item = T>) -> String {
    tokens
        .into_iter()
        .fold(base.to_owned(), |at, token| push(&at, token.as_ref()))
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
    }
}
