//! Linkage rules: reuse across documents (text, contact details, photos,
//! names, writing style).
//!
//! These rules need more than one document, so their `check` does nothing
//! on a single [`Analysis`]: the declarations here (code, severity, weight,
//! indicators, docs) are the registry entries, and
//! [`Corpus`](crate::corpus::Corpus) emits hints for them when it analyses
//! a document against everything it has seen. See the
//! [corpus module docs](crate::corpus) for how the two meet.

use super::{Rule, Sink};
use crate::analysis::Analysis;

pub mod name_variant;
pub mod near_duplicate;
pub mod same_author_style;
pub mod same_photo;
pub mod shared_identifier;

/// The single-document check of a linkage rule: nothing to see in one document.
pub fn corpus_only(_: &Analysis, _: &mut Sink) {}

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &near_duplicate::RULE,
    &shared_identifier::RULE,
    &same_photo::RULE,
    &same_author_style::RULE,
    &name_variant::RULE,
];
