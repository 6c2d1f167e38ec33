//! What a diff run may be told besides the two documents: oasdiff's policy options, with
//! oasdiff's defaults.

use crate::{Date, Profile};

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
}
