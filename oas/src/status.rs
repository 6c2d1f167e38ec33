//! Response status keys: what a key of a `responses` object means.

/// The class of a `responses` key: a status code (`"200"`), a range (`"2XX"`), or `default`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusClass {
    /// 1XX.
    Informational,
    /// 2XX: the operation did what was asked.
    Success,
    /// 3XX.
    Redirection,
    /// 4XX.
    ClientError,
    /// 5XX.
    ServerError,
    /// `default`: any status not listed.
    Default,
}

impl StatusClass {
    /// The class of a `responses` key, or `None` when the key is not one OpenAPI allows
    /// (three digits from 100 to 599, a range `1XX`–`5XX` in either case, or `default`).
    pub fn of(key: &str) -> Option<Self> {
        if key == "default" {
            return Some(Self::Default);
        }
        let bytes = key.as_bytes();
        if bytes.len() != 3 {
            return None;
        }
        // Bytes, not `&str` slices: a three-byte key such as `€` has no char boundary at 1.
        let rest = &bytes[1..];
        let digits = rest.iter().all(u8::is_ascii_digit);
        if !digits && !rest.eq_ignore_ascii_case(b"xx") {
            return None;
        }
        match bytes[0] {
            b'1' => Some(Self::Informational),
            b'2' => Some(Self::Success),
            b'3' => Some(Self::Redirection),
            b'4' => Some(Self::ClientError),
            b'5' => Some(Self::ServerError),
            _ => None,
        }
    }

    /// Whether `key` is a success status or range (`2XX`); `default` is not.
    pub fn is_success(key: &str) -> bool {
        Self::of(key) == Some(Self::Success)
    }
}

/// The key of `responses` that documents `status`: the code itself, else its range (`4XX`, in
/// either case), else `default`; `None` when the operation documents nothing that covers it.
pub fn documented_key<'a>(keys: impl IntoIterator<Item = &'a str>, status: u16) -> Option<&'a str> {
    let code = status.to_string();
    let (mut range, mut default) = (None, None);
    for key in keys {
        if key == code {
            return Some(key);
        }
        if key.len() == 3
            && key[1..].eq_ignore_ascii_case("xx")
            && key.as_bytes()[0] == code.as_bytes()[0]
        {
            range = Some(key);
        } else if key == "default" {
            default = Some(key);
        }
    }
    range.or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_codes_ranges_and_default() {
        assert_eq!(StatusClass::of("204"), Some(StatusClass::Success));
        assert_eq!(StatusClass::of("2XX"), Some(StatusClass::Success));
        assert_eq!(StatusClass::of("4xx"), Some(StatusClass::ClientError));
        assert_eq!(StatusClass::of("default"), Some(StatusClass::Default));
        for bad in ["20", "2000", "600", "0XX", "2X1", "OK", "", "€", "2€"] {
            assert_eq!(StatusClass::of(bad), None, "{bad}");
        }
        assert!(StatusClass::is_success("201") && !StatusClass::is_success("default"));
    }

    #[test]
    fn a_status_is_documented_by_its_code_then_its_range_then_default() {
        let keys = ["200", "4xx", "default"];
        assert_eq!(documented_key(keys, 200), Some("200"));
        assert_eq!(documented_key(keys, 404), Some("4xx"));
        assert_eq!(documented_key(keys, 503), Some("default"));
        assert_eq!(documented_key(["200", "404"], 503), None);
    }
}
