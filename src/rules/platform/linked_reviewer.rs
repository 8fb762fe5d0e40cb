//! HL508 review-from-linked-account: a reviewing client shares a device,
//! network address or payout account with the freelancer.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL508",
    name: "review-from-linked-account",
    family: Family::Platform,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I26", "I59"],
    title: "Reviewed by an account that shares a device or payout account",
    innocent: "A family member or flatmate who hired the freelancer, or a small company whose owner also freelances from the same office.",
    verify: "Ask how the person knows the client; weigh the profile's reputation without that client's reviews.",
    docs: Docs {
        what_it_sees: "Needs the corpus (`hirelens link`, `Corpus::analyze`): a review on this profile whose `client_id` is the id of a document in the corpus that shares a device or a payout account (HL402's keyed identifiers) with this profile. `low` when the shared identifier is only an IP address or network.",
        why_it_matters: "Guidance for platforms names clients and developers who are the same party, sharing payout accounts, as a way to build reputation by self-dealing (I26, I59).",
        innocent_explanations: "Relatives or flatmates who hired each other; a shared office computer; a small agency whose owner both hires and freelances.",
        example: "> profile f-9 reviewed by client c-4; c-4's profile lists the same payout account as f-9\n\nFires at medium: \"1 review came from c-4, which shares a payout account with this profile.\"",
    },
    check: crate::rules::linkage::corpus_only,
};
