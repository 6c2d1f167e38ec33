//! The rule registry: every finding the diff can report is one entry of [`Rule`], with its
//! oasdiff id and level, the `rust-client` level where it differs and why, a one-line
//! description, for rules of our own why we add them, and the columns that pick it: which
//! changes it reports, as direction, place, attribute and action (`columns`).
//!
//! Checks never choose a rule: they describe the change they observed in those columns and
//! [`lookup`] finds the row that covers it. Changes observed that oasdiff reports nothing for are
//! silent rows (`silent.rs`), each with its reason; a change no row covers is reported nowhere
//! but remembered ([`unmatched_changes`]), and the test suites fail on it. Adding a rule for a change checks already
//! observe is one entry in `registry.rs` (and a fixture pair).

use serde::Serialize;

use crate::Level;

/// Which aspect of the contract a rule is about. Schema transitions (see
/// `checks::claims`) silence the rules of the aspects they explain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Something was added or removed.
    Existence,
    /// Something became required or optional.
    Requiredness,
    /// readOnly / writeOnly.
    Mutability,
    /// Type and format.
    Type,
    /// Bounds, lengths, patterns.
    Constraints,
    /// Enums, defaults, const.
    Values,
    /// Composition and other structure (allOf, oneOf, prefixItems, ...).
    Structure,
    /// Deprecation, sunset, stability.
    Lifecycle,
}

/// One registry entry.
#[derive(Debug)]
pub struct RuleDef {
    /// The rule this entry describes (`RULES[rule as usize].rule == rule`).
    pub rule: Rule,
    /// The stable id: oasdiff's, or ours for an extension.
    pub id: &'static str,
    /// oasdiff's default level; for an extension, the level we give it.
    pub level: Level,
    /// What the rule is about.
    pub kind: Kind,
    /// What the rule reports, in one line.
    pub description: &'static str,
    /// The level for callers of `revolv3-client` where it differs from `level`, and why.
    pub rust_client: Option<(Level, &'static str)>,
    /// For a rule oasdiff does not have: why we report it.
    pub extension: Option<&'static str>,
    /// The changes the rule reports.
    pub at: &'static [Pattern],
}

/// Expands the registry table into [`Rule`] and [`RULES`], in the same order.
macro_rules! registry {
    ($(
        $variant:ident = $id:literal, $level:ident, $kind:ident, $description:literal
        $(, at($($at:tt)*))+
        $(, rust_client($rust_level:ident, $rust_reason:expr))?
        $(, extension($extension_reason:literal))?
    ;)*) => {
        /// Every rule the diff can report; see [`RuleDef`] for what is known about each.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(
                #[doc = $description]
                $variant,
            )*
        }

        /// The registry, indexed by [`Rule`].
        pub static RULES: &[RuleDef] = &[$(
            RuleDef {
                rule: Rule::$variant,
                id: $id,
                level: Level::$level,
                kind: Kind::$kind,
                description: $description,
                rust_client: registry!(@maybe $((Level::$rust_level, $rust_reason))?),
                extension: registry!(@maybe $($extension_reason)?),
                at: &[$($crate::rules::columns::pattern!($($at)*)),+],
            },
        )*];
    };
    (@maybe) => { None };
    (@maybe $value:expr) => { Some($value) };
}
mod columns;
mod lookup;
mod registry;
mod silent;

pub use columns::{Action, Attribute, Columns, Direction, Pattern, Place, Qualifier, Qualifiers};
pub use lookup::{lookup, unmatched_changes};
pub use registry::{RULES, Rule};

impl Rule {
    /// This rule's registry entry.
    pub fn def(self) -> &'static RuleDef {
        &RULES[self as usize]
    }

    /// The stable id.
    pub fn id(self) -> &'static str {
        self.def().id
    }

    /// What the rule is about.
    pub fn kind(self) -> Kind {
        self.def().kind
    }

    /// The rule with id `id`, if the registry has one.
    pub fn from_id(id: &str) -> Option<Rule> {
        RULES.iter().find(|r| r.id == id).map(|r| r.rule)
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// Which levels to report with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Profile {
    /// oasdiff's own rules and levels, to compare results one to one; our extensions are
    /// left out.
    Oasdiff,
    /// Levels for callers of `revolv3-client` (the default).
    #[default]
    RustClient,
}

impl Profile {
    /// The level of `rule` under this profile, or `None` when the profile does not report it.
    pub fn level(self, rule: Rule) -> Option<Level> {
        let def = rule.def();
        match self {
            Profile::Oasdiff if def.extension.is_some() => None,
            Profile::Oasdiff => Some(def.level),
            Profile::RustClient => Some(def.rust_client.map_or(def.level, |(level, _)| level)),
        }
    }
}

/// One row of `xtask diff --list-rules`.
#[derive(Debug, Serialize)]
pub struct RuleListing {
    /// The stable id.
    pub id: &'static str,
    /// oasdiff's level; `null` for an extension.
    pub oasdiff_level: Option<Level>,
    /// The level under the default `rust-client` profile.
    pub rust_client_level: Level,
    /// Whether the rule is ours rather than oasdiff's.
    pub extension: bool,
    /// The changes the rule reports, in the registry's columns.
    pub at: &'static [Pattern],
}

/// The registry as `xtask diff --list-rules` prints it.
pub fn listing() -> Vec<RuleListing> {
    RULES
        .iter()
        .map(|def| RuleListing {
            id: def.id,
            oasdiff_level: Profile::Oasdiff.level(def.rule),
            rust_client_level: Profile::RustClient.level(def.rule).unwrap_or(def.level),
            extension: def.extension.is_some(),
            at: def.at,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_indexed_by_rule_and_ids_are_unique() {
        let mut ids = std::collections::HashSet::new();
        for (i, def) in RULES.iter().enumerate() {
            assert_eq!(def.rule as usize, i, "{} is out of place", def.id);
            assert!(ids.insert(def.id), "{} appears twice", def.id);
            assert_eq!(Rule::from_id(def.id), Some(def.rule));
        }
        assert_eq!(Rule::from_id("response-property-max-length-set"), None);
    }

    #[test]
    fn every_deviation_and_extension_says_why_and_deviations_really_differ() {
        for def in RULES {
            if let Some((level, reason)) = def.rust_client {
                assert_ne!(level, def.level, "{} is not a deviation", def.id);
                assert!(reason.len() > 20, "{} needs a reason", def.id);
            }
            if let Some(reason) = def.extension {
                assert!(reason.len() > 20, "{} needs a reason", def.id);
            }
        }
    }

    #[test]
    fn extensions_are_left_out_of_the_oasdiff_profile() {
        let renamed = Rule::RequestPathParameterRenamed;
        assert_eq!(Profile::Oasdiff.level(renamed), None);
        assert_eq!(Profile::RustClient.level(renamed), Some(Level::Error));
        assert_eq!(
            Profile::Oasdiff.level(Rule::EndpointAdded),
            Some(Level::Info)
        );
    }
}
