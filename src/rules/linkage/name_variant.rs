//! HL405 name-variant: the same display name spelled with look-alike letters,
//! accents or spacing on another profile.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL405",
    name: "name-variant",
    family: Family::Linkage,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I09", "I29"],
    title: "Name is a variant of another profile's name",
    innocent: "People write their own name with and without accents or spaces on different sites; transliteration varies.",
    verify: "Ask whether the freelancer has or had another account; check the ID against the exact spelling.",
    docs: Docs {
        what_it_sees: "This document's display name reads the same as the name on another profile — same letters after mapping look-alike characters to Latin, removing invisible characters and accents, and ignoring spaces and punctuation — but is spelled differently. Medium when one of the names uses look-alike letters from another script or invisible characters (a spelling no keyboard produces by accident); low for accent, spacing or punctuation variants.",
        why_it_matters: "Operators re-register suspended personas under near-identical names so that searches and blocklists miss them (I29), and keep one identity across several profiles (I09).",
        innocent_explanations: "\"José Núñez\" and \"Jose Nunez\" are the same honest person on a site without accents; \"Mary-Jane\" and \"Mary Jane\" likewise.",
        example: "Profile \"Jоhn Smith\" (with a Cyrillic о) after a profile \"John Smith\": medium.",
    },
    check: super::corpus_only,
};
