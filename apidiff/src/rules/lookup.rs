//! Which rule a change gets: the registry's rows and the silent rows, read as one table.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, OnceLock};

use super::columns::{Action, Attribute, Columns, Direction, Place, Qualifiers};
use super::silent::{SILENT, SilentRow};
use super::{RULES, Rule};

/// What the table says about a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Report this rule.
    Rule(Rule),
    /// Report nothing, as this silent row says.
    Silent(&'static SilentRow),
}

type Key = (Direction, Place, Attribute, Action);

fn key(columns: &Columns) -> Key {
    (
        columns.direction,
        columns.place,
        columns.attribute,
        columns.action,
    )
}

/// Every row's outcome by the changes it covers (qualifiers apart), highest-ranked qualifiers
/// first. Built on the first lookup, which only happens once a check has found a change.
fn index() -> &'static HashMap<Key, Vec<(Qualifiers, Outcome)>> {
    static INDEX: OnceLock<HashMap<Key, Vec<(Qualifiers, Outcome)>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let rules = RULES
            .iter()
            .flat_map(|def| def.at.iter().map(|at| (at, Outcome::Rule(def.rule))));
        let silent = SILENT.iter().map(|row| (&row.at, Outcome::Silent(row)));
        let mut index: HashMap<Key, Vec<(Qualifiers, Outcome)>> = HashMap::new();
        for (at, outcome) in rules.chain(silent) {
            for columns in at.expand() {
                index
                    .entry(key(&columns))
                    .or_default()
                    .push((columns.qualifiers, outcome));
            }
        }
        for outcomes in index.values_mut() {
            outcomes.sort_by_key(|(qualifiers, _)| std::cmp::Reverse(qualifiers.rank()));
        }
        index
    })
}

/// The row for `columns`: of the rule and silent rows that cover it and whose qualifiers the
/// changed thing has, the highest-ranked (see [`super::Qualifier`]); `None` when no row does.
pub fn find(columns: &Columns) -> Option<Outcome> {
    index()
        .get(&key(columns))?
        .iter()
        .find(|(qualifiers, _)| columns.qualifiers.includes(*qualifiers))
        .map(|&(_, outcome)| outcome)
}

/// The rule to report for a change a check observed, or `None` when a silent row says oasdiff
/// reports nothing there. A change no row covers is a row missing from the registry: it is
/// reported nowhere (input never makes the diff panic), but remembered for the tests and the
/// fuzz target, which fail on it (see [`unmatched_changes`]).
pub fn lookup(columns: Columns) -> Option<Rule> {
    match find(&columns) {
        Some(Outcome::Rule(rule)) => Some(rule),
        Some(Outcome::Silent(row)) => {
            met(row);
            None
        }
        None => {
            UNMATCHED
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(format!("{columns:?}"));
            None
        }
    }
}

/// Changes no row covered, since the process started.
static UNMATCHED: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// The changes that no registry row (rule or silent) covered, since the process started, as
/// their columns: each is a row missing from the registry. Not API: for tests and fuzzing.
#[doc(hidden)]
pub fn unmatched_changes() -> Vec<String> {
    UNMATCHED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .cloned()
        .collect()
}

/// Notes that a lookup met `row`: only the tests keep count (see `tests::met`).
#[cfg(not(test))]
fn met(_row: &'static SilentRow) {}

#[cfg(test)]
use tests::met;

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::path::Path;

    use super::*;
    use crate::rules::columns::{Pattern, Qualifier};
    use crate::{Date, Options};

    /// The silent rows lookups met so far, by index: every test's lookups, on any thread.
    static MET: Mutex<BTreeSet<usize>> = Mutex::new(BTreeSet::new());

    /// Notes that a lookup met `row`.
    pub(super) fn met(row: &'static SilentRow) {
        if let Some(i) = SILENT.iter().position(|r| std::ptr::eq(r, row)) {
            MET.lock().unwrap_or_else(|e| e.into_inner()).insert(i);
        }
    }

    /// `fixtures/silent/` holds a change for every silent row: each row is something checks
    /// really observe (none is dead), and its lookup runs in every test run.
    #[test]
    fn every_silent_row_is_met_in_the_silent_fixture() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/silent");
        let load = |name: &str| {
            let bytes = std::fs::read(dir.join(name)).expect("the silent fixture");
            crate::load_document(name, &bytes).expect("a valid document")
        };
        let options = Options {
            today: Date::parse("2025-06-01").expect("a date"),
            ..Options::default()
        };
        crate::diff_with(&load("base.yaml"), &load("head.yaml"), &options)
            .expect("nothing to flatten");
        let met = MET.lock().unwrap_or_else(|e| e.into_inner());
        let unmet: Vec<String> = SILENT
            .iter()
            .enumerate()
            .filter(|(i, _)| !met.contains(i))
            .map(|(_, row)| format!("{:?}: {}", row.at, row.why))
            .collect();
        assert!(
            unmet.is_empty(),
            "no change in fixtures/silent meets these silent rows:\n{}",
            unmet.join("\n")
        );
    }

    /// Whether two patterns cover a common change with the same qualifiers.
    fn overlap(a: &Pattern, b: &Pattern) -> bool {
        fn meet<T: PartialEq>(a: &[T], b: &[T]) -> bool {
            a.iter().any(|x| b.contains(x))
        }
        a.qualifiers == b.qualifiers
            && meet(a.directions, b.directions)
            && meet(a.places, b.places)
            && meet(a.attributes, b.attributes)
            && meet(a.actions, b.actions)
    }

    #[test]
    fn every_change_a_rule_row_covers_is_its_own() {
        let mut seen = HashSet::new();
        for def in RULES {
            for columns in def.at.iter().flat_map(Pattern::expand) {
                assert!(
                    seen.insert(columns),
                    "{} covers {columns:?}, which another rule row covers",
                    def.id
                );
                assert_eq!(find(&columns), Some(Outcome::Rule(def.rule)), "{}", def.id);
            }
        }
    }

    #[test]
    fn silent_rows_say_why_and_overlap_no_other_row() {
        for (i, row) in SILENT.iter().enumerate() {
            assert!(row.why.len() > 20, "{:?} needs a reason", row.at);
            for def in RULES {
                for pattern in def.at {
                    assert!(
                        !overlap(&row.at, pattern),
                        "{:?} is silent, but {} covers part of it",
                        row.at,
                        def.id
                    );
                }
            }
            for other in &SILENT[i + 1..] {
                assert!(
                    !overlap(&row.at, &other.at),
                    "{:?} and {:?} overlap",
                    row.at,
                    other.at
                );
            }
        }
    }

    /// No column value is dead: each is named (not just meant by a `_`) in some row.
    #[test]
    fn every_column_value_is_named_by_a_row() {
        let patterns: Vec<&Pattern> = RULES
            .iter()
            .flat_map(|def| def.at)
            .chain(SILENT.iter().map(|row| &row.at))
            .collect();
        fn named<T: PartialEq + std::fmt::Debug>(
            all: &[T],
            patterns: &[&Pattern],
            column: fn(&Pattern) -> &'static [T],
        ) {
            for value in all {
                assert!(
                    patterns.iter().any(|p| {
                        let values = column(p);
                        values.len() < all.len() && values.contains(value)
                    }),
                    "no row names {value:?}"
                );
            }
        }
        named(Direction::ALL, &patterns, |p| p.directions);
        named(Place::ALL, &patterns, |p| p.places);
        named(Attribute::ALL, &patterns, |p| p.attributes);
        named(Action::ALL, &patterns, |p| p.actions);
    }

    /// Bounds are where most changes report nothing, so their whole domain (every way
    /// `checks::schema::bounds::moves` can see a bound move, wherever it is) must have rows.
    #[test]
    fn every_way_a_bound_can_move_has_a_row() {
        use super::super::columns::{Action::*, Attribute::*, Direction::*, Place::*};
        let numbers = [Set, Unset, Increased, Decreased, Changed];
        let domain: [(Attribute, &[Action]); 7] = [
            (Maximum, &numbers),
            (ExclusiveMaximum, &numbers),
            (Minimum, &numbers),
            (ExclusiveMinimum, &numbers),
            (MaxLength, &[Set, Unset, Increased, Decreased]),
            (MinLength, &[Increased, Decreased]),
            (MinItems, &[Increased, Decreased]),
        ];
        let places = [
            (Request, Body, None),
            (Request, Property, None),
            (Request, Property, Some(Qualifier::ReadOnly)),
            (Request, Parameter, None),
            (Response, Body, None),
            (Response, Property, None),
            (Response, Property, Some(Qualifier::WriteOnly)),
        ];
        for (direction, place, qualifier) in places {
            for (attribute, actions) in domain {
                for &action in actions {
                    let columns = Columns::new(direction, place, attribute, action);
                    let columns = qualifier.map_or(columns, |q| columns.with(q, true));
                    assert!(find(&columns).is_some(), "no row covers {columns:?}");
                }
            }
        }
    }

    #[test]
    fn the_highest_ranked_qualifier_decides() {
        use super::super::columns::{Action::*, Attribute::*, Direction::*, Place::*};
        let decreased = Columns::new(Request, Property, Maximum, Decreased);
        assert_eq!(lookup(decreased), Some(Rule::RequestPropertyMaxDecreased));
        assert_eq!(
            lookup(decreased.with(Qualifier::ReadOnly, true)),
            Some(Rule::RequestReadOnlyPropertyMaxDecreased)
        );
        let set = Columns::new(Request, Property, Maximum, Set);
        assert_eq!(lookup(set), Some(Rule::RequestPropertyMaxSet));
        assert!(matches!(
            find(&set.with(Qualifier::ReadOnly, true)),
            Some(Outcome::Silent(_))
        ));
        assert!(matches!(
            find(&Columns::new(Response, Body, Maximum, Decreased)),
            Some(Outcome::Silent(_))
        ));
    }
}
