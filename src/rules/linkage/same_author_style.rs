//! HL404 same-author-style: writing style close to another name's text.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL404",
    name: "same-author-style",
    family: Family::Linkage,
    severity: Severity::Low,
    weight: 0.8,
    indicators: &["I61"],
    title: "Writing style close to another name's",
    innocent: "People of one background, school or template write alike; automatic style matching is often wrong.",
    verify: "Treat as a weak lead only: look for stronger links (same text, contacts, photo) between the two documents.",
    docs: Docs {
        what_it_sees: "Character 3-gram and function-word profiles of the subject's prose (at least 150 words on each side, otherwise no answer) have a calibrated similarity of 0.8 or more to a document under a different or unknown name. Scores between 0.35 and 0.65 are treated as no answer. Low weight, and never joins clusters.",
        why_it_matters: "Support personas written by the same hand vouch for each other (I61), and one operator keeps habits of writing across names. But authorship verification on short text is weak: on our measurements (docs/evaluation.md) the profile separates Reuters journalists at AUC 0.73 on 200-word windows and learner essays not at all, so this is a lead, not evidence.",
        innocent_explanations: "Shared templates, the same style guide or education, the same AI writing assistant, or simply a short and formulaic register.",
        example: "Two 300-word proposals under different names score 0.86: low, listed beside any stronger link.",
    },
    check: super::corpus_only,
};
