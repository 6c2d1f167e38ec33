//! JSON pointers (RFC 6901), used to say where in a spec a problem is.

/// Escapes one reference token: `~` becomes `~0` and `/` becomes `~1`.
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Joins escaped tokens onto `base`.
pub fn join<T: AsRef<str>>(base: &str, tokens: impl IntoIterator<Item = T>) -> String {
    let mut out = base.to_owned();
    for token in tokens {
        out.push('/');
        out.push_str(&escape(token.as_ref()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_slashes_and_tildes() {
        assert_eq!(
            join("", ["paths", "/api/a~b/{id}", "get"]),
            "/paths/~1api~1a~0b~1{id}/get"
        );
    }
}
