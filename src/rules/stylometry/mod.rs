//! Stylometry rules: writing compared with what the profile claims, AI-style
//! markers, generic proposals and changes of style within a thread. Writing
//! evidence is weak: the family is capped (2.0) so it alone never goes past
//! `low`, and no rule fires on non-native writing by itself.

use super::Rule;

pub mod ai_style;
pub mod claims;
pub mod generic_proposal;
pub mod input_residue;
pub mod language_vs_claims;
pub mod native_fluency;
pub mod style_drift;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &language_vs_claims::RULE,
    &native_fluency::RULE,
    &input_residue::RULE,
    &ai_style::RULE,
    &generic_proposal::RULE,
    &style_drift::RULE,
];
