//! The items generated code expects from the crate it is compiled in, in one table: what
//! `revolv3-client` (and `xtask try-spec`'s throw-away crate) must provide at these paths.

use proc_macro2::TokenStream;

/// `Bounded<MIN, MAX>`: an integer checked to be in range before a request is sent.
pub const BOUNDED: &str = "crate::Bounded";
/// The hand-written state the generated `Client` carries (token, retry policy).
pub const CLIENT_STATE: &str = "crate::ClientState";
/// The module holding the `string_enum!` and `integer_enum!` macros.
pub const FORWARD_COMPATIBLE: &str = "crate::forward_compatible";
/// The module holding `paginate` and `collect_all`.
pub const PAGINATION: &str = "crate::pagination";
/// The `Stream` trait that `stream()` on paged builders returns.
pub const STREAM: &str = "futures_util::Stream";

/// `path` as tokens to splice into generated code.
pub(crate) fn tokens(path: &str) -> TokenStream {
    path.parse().expect("the paths above are valid Rust paths")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path above.
    const ALL: [&str; 5] = [
        BOUNDED,
        CLIENT_STATE,
        FORWARD_COMPATIBLE,
        PAGINATION,
        STREAM,
    ];

    #[test]
    fn every_path_parses_as_a_rust_path() {
        for path in ALL {
            syn::parse_str::<syn::Path>(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        }
    }
}
