//! HL402 shared-identifier: the same contact detail or account under another name.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL402",
    name: "shared-identifier",
    family: Family::Linkage,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I59", "I61", "I66"],
    title: "Contact detail shared with another document",
    innocent: "Family members, agencies and shared office numbers can put one contact detail on several profiles.",
    verify: "Ask why the contact detail also appears on the other profile; pay only an account in the verified name of the person you interviewed.",
    docs: Docs {
        what_it_sees: "An e-mail address, phone number, messenger handle, wallet address, portfolio link or bank account of this document also appears in a document seen earlier. Values are compared in canonical form: Gmail ignores dots and `+tags`, other sub-addressing providers ignore `+tags`; phones match on their last 9 digits; handles ignore `@` and case. From what platforms log (contract v1.1), a session's device, its IP address and that address's /24 (IPv4) or /64 (IPv6) network, and a payout account are identifiers too; addresses seen through VPN, proxy, Tor or hosting networks are not (strangers share exits), and mobile addresses only exactly. The corpus stores only keyed HMAC-SHA-256 digests of these values. High when the names differ, medium when a name is unknown, low under the same name (probably one person with two accounts). A device or payout account shared by two accounts is low (a household as often as not) and follows the names from three accounts on; a shared IP address is low and a shared network `info`, and neither joins clusters.",
        why_it_matters: "Advisories recommend cross-checking applicant contact and payment details, because operators reuse phones, e-mails, wallets and accounts across personas with different names (I59); personas that vouch for each other share them too (I61).",
        innocent_explanations: "A shared family phone, an agency's inbox, a co-working space's number, or one person with an old and a new account; for devices, addresses and payout accounts, a family computer, a shared office, a household's payout account.",
        example: "Profile \"Alice Moreau\" lists `a.l.i.c.e.dev+jobs@gmail.com`; profile \"Brian Okafor\" seen yesterday listed `alicedev@gmail.com`: the same Gmail mailbox, high.",
    },
    check: super::corpus_only,
};
