//! Consistency rules: claims against claims (location, time zone, timeline,
//! names, contacts).

use super::Rule;

pub mod unicode_spoofing;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[&unicode_spoofing::RULE];
