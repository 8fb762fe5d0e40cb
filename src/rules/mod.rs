//! The rule catalog.
//!
//! A rule is one file under `src/rules/<family>/` declaring a `pub static
//! RULE: Rule` (code, kebab-case name, family, default severity and weight,
//! indicator ids, docs) and its check function. The family module lists its
//! rules; [`catalog`] joins the families. `docs/hints.md`, `hirelens rules`
//! and `hirelens explain` are all generated from these declarations.

pub mod consistency;
pub mod doc;
pub mod linkage;
pub mod platform;
pub mod stylometry;
pub mod tradecraft;

use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Hint, Severity};
use serde::Serialize;

/// The four documentation sections every rule carries (Markdown).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Docs {
    pub what_it_sees: &'static str,
    pub why_it_matters: &'static str,
    pub innocent_explanations: &'static str,
    pub example: &'static str,
}

/// A rule's declaration.
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable code: `HL1xx` consistency, `HL2xx` stylometry, `HL3xx` tradecraft, `HL4xx` linkage, `HL5xx` platform.
    pub code: &'static str,
    /// Stable kebab-case name.
    pub name: &'static str,
    pub family: Family,
    pub severity: Severity,
    /// Weight of a hint at the default severity (see `report::score`).
    pub weight: f64,
    /// Ids of the published indicators (`../shared/indicators.md`) the rule implements.
    pub indicators: &'static [&'static str],
    /// Short title shown on the hint.
    pub title: &'static str,
    /// One-sentence innocent explanation shown with every hint.
    pub innocent: &'static str,
    /// What a hiring manager can do to verify.
    pub verify: &'static str,
    pub docs: Docs,
    #[serde(skip)]
    pub check: fn(&Analysis, &mut Sink),
}

impl Rule {
    pub fn hint(&'static self, message: impl Into<String>) -> Hint {
        Hint {
            code: self.code.to_owned(),
            rule: self.name.to_owned(),
            family: self.family,
            severity: self.severity,
            weight: self.weight,
            title: self.title.to_owned(),
            message: message.into(),
            evidence: Vec::new(),
            indicators: self.indicators.iter().map(|s| (*s).to_owned()).collect(),
            innocent: self.innocent.to_owned(),
            verify: self.verify.to_owned(),
        }
    }
}

/// Where rules put their hints.
#[derive(Debug, Default)]
pub struct Sink {
    pub(crate) hints: Vec<Hint>,
}

impl Sink {
    /// Emit a hint of `rule` at its default severity and weight.
    pub fn emit(
        &mut self,
        rule: &'static Rule,
        message: impl Into<String>,
        evidence: Vec<Evidence>,
    ) -> &mut Hint {
        let mut h = rule.hint(message);
        h.evidence = evidence;
        self.hints.push(h);
        let Some(h) = self.hints.last_mut() else {
            unreachable!("a hint was just pushed")
        };
        h
    }

    /// Emit a hint at a lower severity than the rule's default, with that
    /// severity's weight scaled by the rule's own weight ratio.
    pub fn emit_at(
        &mut self,
        rule: &'static Rule,
        severity: Severity,
        message: impl Into<String>,
        evidence: Vec<Evidence>,
    ) -> &mut Hint {
        let h = self.emit(rule, message, evidence);
        if severity < rule.severity {
            h.severity = severity;
            h.weight = severity.default_weight().min(rule.weight);
        }
        h
    }

    pub fn hints(&self) -> &[Hint] {
        &self.hints
    }
}

/// Every rule, in code order.
pub fn catalog() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = consistency::RULES
        .iter()
        .chain(stylometry::RULES)
        .chain(tradecraft::RULES)
        .chain(linkage::RULES)
        .chain(platform::RULES)
        .copied()
        .collect();
    crate::sort::by_key(&mut all, |r| r.code);
    all
}

/// Find a rule by code (`HL301`) or name (`off-platform-contact`), case-insensitively.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    let q = code_or_name.trim();
    catalog()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(q) || r.name.eq_ignore_ascii_case(q))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{Level, level_of_score, score_of_sum};
    use std::collections::HashSet;

    #[test]
    fn catalog_is_well_formed() {
        let all = catalog();
        assert!(all.len() >= 3);
        let mut codes = HashSet::new();
        let mut names = HashSet::new();
        for r in &all {
            assert!(codes.insert(r.code), "duplicate code {}", r.code);
            assert!(names.insert(r.name), "duplicate name {}", r.name);
            assert!(
                r.code.starts_with(r.family.code_prefix()) && r.code.len() == 5,
                "{}: code/family",
                r.code
            );
            assert!(
                r.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}: name must be kebab-case",
                r.code
            );
            assert!(!r.indicators.is_empty(), "{}: cites no indicator", r.code);
            for i in r.indicators {
                assert!(
                    i.starts_with('I') && i.len() == 3,
                    "{}: bad indicator id {i}",
                    r.code
                );
            }
            for (s, what) in [
                (r.docs.what_it_sees, "what it sees"),
                (r.docs.why_it_matters, "why it matters"),
                (r.docs.innocent_explanations, "innocent explanations"),
                (r.docs.example, "example"),
                (r.innocent, "innocent"),
                (r.verify, "verify"),
                (r.title, "title"),
            ] {
                assert!(s.trim().len() >= 10, "{}: {what} is empty", r.code);
            }
            assert!(r.weight > 0.0 && r.weight <= Severity::High.default_weight());
        }
    }

    /// No single hint below `high` severity reaches the `high` level, and
    /// no `info`/`low` hint alone reaches `medium`.
    #[test]
    fn no_single_weak_hint_reaches_high() {
        for r in catalog() {
            let level = level_of_score(score_of_sum(r.weight.min(r.family.cap())));
            if r.severity < Severity::High {
                assert!(level < Level::High, "{} alone reaches high", r.code);
            }
            if r.severity <= Severity::Low {
                assert!(level < Level::Medium, "{} alone reaches medium", r.code);
            }
        }
    }
}
