//! What a diff run may be told besides the two documents: oasdiff's policy, scoping and
//! severity options, with oasdiff's defaults.

use std::collections::BTreeSet;

use regex::Regex;

use crate::severity::{Severity, SeverityLevels};
use crate::{Date, Level, Profile, Rule};

/// How stable an operation or property says it is (`x-stability-level`), least stable first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Stability {
    /// `draft`.
    Draft,
    /// `alpha`.
    Alpha,
    /// `beta`.
    Beta,
    /// `stable`, and what no `x-stability-level` means.
    Stable,
}

impl Stability {
    /// Parses `draft`, `alpha`, `beta` or `stable`, as written in specs.
    pub fn parse(text: &str) -> Option<Self> {
        <Self as clap::ValueEnum>::from_str(text, false).ok()
    }
}

/// The label, as written in specs.
impl std::fmt::Display for Stability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        crate::value_name(self, f)
    }
}

/// How header names compare, wherever headers are matched: parameters `in: header` (of path
/// items and operations) and the keys of a response's `headers`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HeaderNames {
    /// As HTTP compares them (RFC 9110, section 5.1): `X-Request-Id` is `x-request-id`.
    /// oasdiff's default (`--case-insensitive-headers`).
    #[default]
    CaseInsensitive,
    /// Character for character (`--case-sensitive-headers`).
    CaseSensitive,
}

impl HeaderNames {
    /// Whether `a` and `b` name the same header: the one comparison of header names.
    pub fn same(self, a: &str, b: &str) -> bool {
        match self {
            // Field names are tokens, ASCII only.
            HeaderNames::CaseInsensitive => a.eq_ignore_ascii_case(b),
            HeaderNames::CaseSensitive => a == b,
        }
    }
}

/// How a path of the base finds its path in the head.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathMatching {
    /// The same template whatever its variables are called, variables paired by position
    /// (`/pets/{id}` is `/pets/{petId}`, and the parameter was renamed). oasdiff's default.
    #[default]
    IgnoringVariableNames,
    /// The same key, character for character (`--include-path-params`): a renamed variable
    /// makes a path removed and another added.
    Exact,
}

/// Which paths and operations are compared; what is out of scope is left out of both
/// documents before they are compared (oasdiff's `--match-path`, `--unmatch-path` and
/// `--filter-extension`; everything by default). Regular expressions match anywhere in what
/// they are matched against, unless anchored with `^` and `$`.
#[derive(Debug, Clone, Default)]
pub struct PathScope {
    /// Only paths whose key (as written under `paths`, template variables included, without
    /// any server URL) matches.
    pub only_paths: Option<Regex>,
    /// No path whose key matches.
    pub except_paths: Option<Regex>,
    /// No path item and no operation, under `paths` or `webhooks`, with an extension whose
    /// name matches (whatever its value).
    pub except_with_extension: Option<Regex>,
}

impl PathScope {
    /// Whether the path `key` is compared, by its key. Webhooks have names, not paths, and
    /// are not filtered by key (as in oasdiff).
    pub fn keeps_path_key(&self, key: &str) -> bool {
        self.only_paths.as_ref().is_none_or(|re| re.is_match(key))
            && self
                .except_paths
                .as_ref()
                .is_none_or(|re| !re.is_match(key))
    }

    /// Whether a path item or an operation with extensions named `extensions` is compared:
    /// `except_with_extension` matches none of them.
    pub fn keeps_extensions<'n>(&self, mut extensions: impl Iterator<Item = &'n str>) -> bool {
        self.except_with_extension
            .as_ref()
            .is_none_or(|re| !extensions.any(|name| re.is_match(name)))
    }
}

/// What oasdiff's `--exclude-elements` can leave out of a diff. Only `extensions` changes a
/// finding here: no rule reads the others (they are accepted so that oasdiff's command lines
/// and configurations run unchanged).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum Element {
    /// `description` fields; no rule reads them.
    Description,
    /// `example` and `examples`; no rule reads them.
    Examples,
    /// `title` fields; no rule reads them (subschemas are still paired by title).
    Title,
    /// `summary` fields; no rule reads them.
    Summary,
    /// oasdiff's listing of endpoints added, removed and modified, a section of its `diff`
    /// report that changes none of its findings. Our report is the findings, so nothing is
    /// left out: added and removed endpoints are still reported, as oasdiff's `breaking` and
    /// `changelog` report them, so a gate cannot pass a removed endpoint unseen.
    Endpoints,
    /// Every extension: left out wherever two versions' extensions are compared, as if
    /// `excluded_extensions` named them all.
    Extensions,
}

/// Options of one diff run. `Options::default()` is oasdiff's configuration, with today's
/// date from the clock.
#[derive(Debug, Clone)]
pub struct Options {
    /// Which levels findings get.
    pub profile: Profile,
    /// The day sunset dates are measured from.
    pub today: Date,
    /// Days a `beta` operation must stay deprecated before its sunset (oasdiff: 0).
    pub deprecation_days_beta: u32,
    /// Days a `stable` operation must stay deprecated before its sunset (oasdiff: 0).
    pub deprecation_days_stable: u32,
    /// Operations and properties less stable than this are left out (oasdiff: `beta`).
    pub stability_level: Stability,
    /// Whether a breaking change must come with a major bump of a semantic `info.version`
    /// (oasdiff: on).
    pub versioning_policy: bool,
    /// How header names compare (oasdiff: case-insensitively).
    pub header_names: HeaderNames,
    /// How paths of the two versions pair up (oasdiff: ignoring variable names).
    pub path_matching: PathMatching,
    /// Which paths and operations are compared (oasdiff: all).
    pub scope: PathScope,
    /// What `--exclude-elements` left out (oasdiff: nothing).
    pub excluded_elements: BTreeSet<Element>,
    /// Extensions, by exact name, left out wherever the extensions of two versions are
    /// compared (oasdiff's `--exclude-extensions`: none). That silences the changes found by
    /// comparing them (a sunset date changed or removed, `x-extensible-enum` values removed,
    /// a property's stability level changed); rules that read an extension's value on one
    /// side still read it (a deprecation's sunset date, an operation's stability level).
    pub excluded_extensions: BTreeSet<String>,
    /// Path-level parameters are each operation's own, after the operation's parameters
    /// and unless one of them has the same location and name (oasdiff's `--flatten-params`;
    /// off): moving a parameter between a path item and its operations changes nothing.
    pub flatten_params: bool,
    /// Every `allOf` is merged into one schema before comparing (oasdiff's
    /// `--flatten-allof`; off): see `flatten`.
    pub flatten_all_of: bool,
    /// Levels that replace the profile's for some rules (oasdiff's `--severity-levels`).
    pub severity_levels: SeverityLevels,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            profile: Profile::default(),
            today: Date::today(),
            deprecation_days_beta: 0,
            deprecation_days_stable: 0,
            stability_level: Stability::Beta,
            versioning_policy: true,
            header_names: HeaderNames::default(),
            path_matching: PathMatching::default(),
            scope: PathScope::default(),
            excluded_elements: BTreeSet::new(),
            excluded_extensions: BTreeSet::new(),
            flatten_params: false,
            flatten_all_of: false,
            severity_levels: SeverityLevels::default(),
        }
    }
}

impl Options {
    /// The minimum deprecation period for something at `stability` (none for draft and alpha).
    pub fn deprecation_days(&self, stability: Option<Stability>) -> u32 {
        match stability {
            Some(Stability::Draft | Stability::Alpha) => 0,
            Some(Stability::Beta) => self.deprecation_days_beta,
            Some(Stability::Stable) | None => self.deprecation_days_stable,
        }
    }

    /// Whether the extension `name` counts where the extensions of two versions are compared.
    pub fn compares_extension(&self, name: &str) -> bool {
        !self.excluded_elements.contains(&Element::Extensions)
            && !self.excluded_extensions.contains(name)
    }

    /// The level findings of `rule` get: the severity levels' when they name it, else the
    /// profile's; `None` when the run does not report the rule.
    pub fn level(&self, rule: Rule) -> Option<Level> {
        match self.severity_levels.get(rule) {
            Some(Severity::At(level)) => Some(level),
            Some(Severity::Dropped) => None,
            None => self.profile.level(rule),
        }
    }
}
