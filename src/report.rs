//! Reports: hints with evidence, and how they add up to a score and a level.
//!
//! Scoring (DESIGN.md): each hint has a weight from the rule catalog (a
//! log-likelihood-ratio-like number). Within a rule only the strongest hint
//! counts; within a family weights add up to the family's cap; families add;
//! a logistic maps the sum to 0–100; fixed cut-offs give the level. The
//! constants are data, printed in `docs/hints.md`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }
    /// The weight a hint of this severity carries unless its rule says otherwise.
    pub fn default_weight(self) -> f64 {
        match self {
            Severity::Info => 0.3,
            Severity::Low => 1.0,
            Severity::Medium => 2.5,
            Severity::High => 4.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Consistency,
    Stylometry,
    Tradecraft,
    Linkage,
    /// What the platform logs: sessions, networks, devices, payouts, reviews, bids.
    Platform,
}

impl Family {
    pub const ALL: [Family; 5] = [
        Family::Consistency,
        Family::Stylometry,
        Family::Tradecraft,
        Family::Linkage,
        Family::Platform,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Family::Consistency => "consistency",
            Family::Stylometry => "stylometry",
            Family::Tradecraft => "tradecraft",
            Family::Linkage => "linkage",
            Family::Platform => "platform",
        }
    }
    /// The most weight hints of one family can add to the sum.
    pub fn cap(self) -> f64 {
        match self {
            Family::Consistency => 6.0,
            // Writing style alone never goes past `low`.
            Family::Stylometry => 2.0,
            Family::Tradecraft => 6.0,
            Family::Linkage => 6.0,
            // Platform logs alone reach `medium` at most: a person's network
            // and devices have too many innocent explanations for `high`.
            Family::Platform => 3.5,
        }
    }
    pub fn code_prefix(self) -> &'static str {
        match self {
            Family::Consistency => "HL1",
            Family::Stylometry => "HL2",
            Family::Tradecraft => "HL3",
            Family::Linkage => "HL4",
            Family::Platform => "HL5",
        }
    }
}

/// The overall level of a report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    None,
    Low,
    Medium,
    High,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "none" => Level::None,
            "low" => Level::Low,
            "medium" => Level::Medium,
            "high" => Level::High,
            _ => return None,
        })
    }
}

/// Logistic centre: the summed weight at which the curve is at its midpoint.
pub const LOGISTIC_CENTRE: f64 = 3.0;
/// Score cut-offs for `low`, `medium` and `high`.
pub const CUTOFF_LOW: f64 = 5.0;
pub const CUTOFF_MEDIUM: f64 = 30.0;
pub const CUTOFF_HIGH: f64 = 65.0;

/// Map a summed weight to 0–100: a logistic shifted so that 0 maps to 0.
pub fn score_of_sum(sum: f64) -> f64 {
    let sig = |x: f64| 1.0 / (1.0 + (-x).exp());
    let base = sig(-LOGISTIC_CENTRE);
    let s = (sig(sum - LOGISTIC_CENTRE) - base) / (1.0 - base);
    (s * 100.0).clamp(0.0, 100.0)
}

pub fn level_of_score(score: f64) -> Level {
    if score >= CUTOFF_HIGH {
        Level::High
    } else if score >= CUTOFF_MEDIUM {
        Level::Medium
    } else if score >= CUTOFF_LOW {
        Level::Low
    } else {
        Level::None
    }
}

/// Where a hint's evidence is: UTF-16 code-unit offsets into the original
/// text of `field` (what a DOM `Range` needs), and that text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub field: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One risk hint: what was seen, where, why it matters, how it can be innocent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hint {
    pub code: String,
    pub rule: String,
    pub family: Family,
    pub severity: Severity,
    pub weight: f64,
    pub title: String,
    pub message: String,
    pub evidence: Vec<Evidence>,
    pub indicators: Vec<String>,
    pub innocent: String,
    pub verify: String,
}

/// Facts measured on the document, shown beside the hints.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// ISO 639-3 code of the main language of the freelancer's own prose:
    /// that of the longest text whose language is detected reliably.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub words: usize,
    pub fields: usize,
    pub contacts: usize,
}

/// The result of analysing one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub kind: String,
    pub score: f64,
    pub level: Level,
    pub hints: Vec<Hint>,
    pub facts: Facts,
    /// Fields that were longer than the limit and were cut before analysis.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub truncated: Vec<String>,
    /// Set by [`Corpus::analyze`](crate::Corpus::analyze) when it compared the
    /// document with the same person's documents seen before: per
    /// `same_person[i]` of the analysed profile, the document it came from
    /// (a corpus document id; for profiles the caller gave, their `id` or "").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub same_person: Vec<String>,
}

/// Sum of weights after the per-rule maximum and per-family caps.
pub fn weighted_sum(hints: &[Hint]) -> f64 {
    let mut per_rule: BTreeMap<&str, (Family, f64)> = BTreeMap::new();
    for h in hints {
        let e = per_rule.entry(h.code.as_str()).or_insert((h.family, 0.0));
        e.1 = e.1.max(h.weight);
    }
    let mut per_family: BTreeMap<Family, f64> = BTreeMap::new();
    for (fam, w) in per_rule.values() {
        *per_family.entry(*fam).or_insert(0.0) += w;
    }
    per_family.iter().map(|(f, w)| w.min(f.cap())).sum()
}

/// Score and level for a set of hints.
pub fn score(hints: &[Hint]) -> (f64, Level) {
    let s = score_of_sum(weighted_sum(hints));
    (s, level_of_score(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curve() {
        assert_eq!(score_of_sum(0.0), 0.0);
        assert_eq!(
            level_of_score(score_of_sum(Severity::Info.default_weight())),
            Level::None
        );
        assert_eq!(
            level_of_score(score_of_sum(Severity::Low.default_weight())),
            Level::Low
        );
        assert_eq!(
            level_of_score(score_of_sum(Severity::Medium.default_weight())),
            Level::Medium
        );
        assert_eq!(
            level_of_score(score_of_sum(Severity::High.default_weight())),
            Level::High
        );
        // platform logs alone stay below high
        assert_eq!(
            level_of_score(score_of_sum(Family::Platform.cap())),
            Level::Medium
        );
        // a family at its cap: stylometry alone stays low
        assert_eq!(
            level_of_score(score_of_sum(Family::Stylometry.cap())),
            Level::Low
        );
        assert!(score_of_sum(100.0) <= 100.0);
    }
}
