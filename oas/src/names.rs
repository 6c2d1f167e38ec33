//! Choosing a component name that does not overwrite one the document already has.

/// `wanted` if `taken` says it is free, else the first of `wanted2`, `wanted3`, ... that is.
///
/// Why: passes that add components (hoisted enums, response unions) must never replace an
/// upstream schema that happens to have the name they would pick.
pub fn free_name(wanted: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(wanted) {
        return wanted.to_owned();
    }
    (2u64..)
        .map(|n| format!("{wanted}{n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| wanted.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_until_free() {
        let taken = ["A", "A2", "B"];
        assert_eq!(free_name("A", |n| taken.contains(&n)), "A3");
        assert_eq!(free_name("C", |n| taken.contains(&n)), "C");
    }
}
