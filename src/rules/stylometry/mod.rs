//! Stylometry rules.

use super::Rule;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[];
