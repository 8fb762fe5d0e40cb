//! HL401 near-duplicate-text: the same proposal or bio text under another name.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL401",
    name: "near-duplicate-text",
    family: Family::Linkage,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I17", "I22", "I34"],
    title: "Same text as another document",
    innocent: "Career sites and agencies hand out stock templates, and one person may keep two accounts or reuse their own proposal.",
    verify: "Compare the linked documents side by side; ask the freelancer about the other profile, and verify identity on a camera-on call.",
    docs: Docs {
        what_it_sees: "The subject's prose (overview, headline, work descriptions, proposal or message text) shares most of its word 3-shingles with a document seen earlier: exact Jaccard ≥ 0.5, or ≥ 0.8 of the shorter text contained in the other (a stock template with a custom first line). Candidates come from MinHash LSH and are always confirmed on the exact shingle sets; the shared passages are marked in this document. Documents of the same profile (a profile and its own proposals) are never compared. Severity: high when near-identical (Jaccard ≥ 0.9 or containment ≥ 0.95) under a different name; medium when largely the same under a different name, or near-identical where a name is unknown; low otherwise, and low under the same name.",
        why_it_matters: "US, South Korean and Japanese advisories and researchers describe operators who run many accounts with the same CV text and the same bidding templates (I17, I34) and generic bios shared across accounts (I22).",
        innocent_explanations: "Cover-letter templates from career sites are used by thousands of honest applicants; agencies write proposals for their staff; a freelancer may have an old and a new account, or reuse their own proposal for similar jobs.",
        example: "> I have read your job post carefully and I am confident I can deliver… (220 words)\n\nThe same 220 words arrived last week from \"Brian Okafor\"; now from \"Alice Moreau\": high, with the shared passages marked.",
    },
    check: super::corpus_only,
};
