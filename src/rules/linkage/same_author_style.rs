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
        what_it_sees: "Four views of the subject's prose (at least 150 words on each side) — character 4-grams and words, weighted by a background model of public-domain English plus the corpus's own frequencies; character 4-grams of the text with every letter of an infrequent word masked; and word 2- and 3-grams of that masked text (function words, punctuation, capitals and spacing only) — are far more alike than this corpus's documents usually are: in each view the pair's min–max similarity is measured against each document's own similarity to a sample of 64 earlier documents (the corpus is the impostor set, so a genre's shared phrasing does not count), in that document's own standard deviations, averaged over the two documents and then over the views (the two masked views at half weight), and must reach 7. Where the corpus holds documents under one name, it learns from them how much of that score should first take shared subject out (a share of the char and masked-char views ranked on what their content-word similarity does not explain), judged where the hint fires — those pairs against the highest-scoring tenth of pairs of different writers: none where writers keep to their subjects, more where one writer changes subject; the two texts must also share little wording (word 3-shingle containment under 0.08; copies are near-duplicate text). At most the 3 best such links per document. Under a different or unknown name only. Low weight, and never joins clusters.",
        why_it_matters: "Support personas written by the same hand vouch for each other (I61), and one operator keeps habits of writing across names. But authorship verification on short text is weak: through the corpus, on real text by different writers of one genre, the hint fires on 0.2 % of cover letters, 0.3 % of learner answers and 0.4 % of student essays, and it finds a same-journalist link for only 18 % of 250-word Reuters texts (90 % of its links right; docs/evaluation.md). A lead, not evidence.",
        innocent_explanations: "Shared templates, the same style guide or education, the same AI writing assistant, or simply a short and formulaic register.",
        example: "Two 300-word proposals under different names stand 7.6 deviations above what the site's proposals share: low, listed beside any stronger link.",
    },
    check: super::corpus_only,
};
