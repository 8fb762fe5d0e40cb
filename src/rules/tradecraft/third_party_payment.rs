//! HL303 third-party-payment: payment to be sent to someone else.

use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL303",
    name: "third-party-payment",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I47", "I29"],
    title: "Asks for payment to another person's account",
    innocent: "A freelancer may work through a small agency or a spouse's business account, and say so openly.",
    verify: "Pay only an account in the verified name of the person you interviewed on camera; ask for the contract to be in that name.",
    docs: Docs {
        what_it_sees: "A sentence in the freelancer's own text asking that payment go to a friend's, relative's, partner's or other person's account, wallet or name (\"send it to my cousin's PayPal\", \"友人の口座\", \"친구 계좌로\").",
        why_it_matters: "Japan's 2024 advisory names a payee whose name differs from the platform name, and frequent changes of bank account, as signs of a borrowed identity; the FBI's 2024 PSA asks payroll teams to flag rerouted payments (I47). Using someone else's account is also how suspended operators keep working (I29).",
        innocent_explanations: "Family businesses and one-person agencies invoice under a company or a spouse's name; the honest version is stated up front and matches the contract.",
        example: "> My bank has a problem, please send the payment to my friend's account, his name is Li Wei.\n\nFires at high.",
    },
    check,
};

static THIRD: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\b(?:pay|paid|payment|send|transfer|wire|deposit|remit)\b[^.!?\n]{0,60}?\b(?:my\s+)?(?:friend|cousin|brother|sister|uncle|aunt|partner|colleague|relative|wife|husband|father|mother|dad|mom|roommate|agent|manager|boss)(?:'s|s')?\s+(?:bank\s+)?(?:account|wallet|paypal|payoneer|wise|bank|card|name)",
        r"|\b(?:account|wallet|paypal|payoneer|bank)\b[^.!?\n]{0,30}\b(?:is\s+)?(?:in|under)\s+(?:the\s+)?(?:name\s+of|my\s+(?:friend|cousin|partner|relative)'?s?\s+name)",
        r"|(?:友人|友達|いとこ|兄|弟|姉|妹|親戚|家族|知人|パートナー)(?:の)?(?:口座|名義|ウォレット|アカウント)",
        r"|(?:친구|사촌|형|동생|누나|언니|오빠|친척|가족|지인|파트너)(?:의)?\s*(?:계좌|명의|지갑|계정)",
    ))
});

fn check(a: &Analysis, out: &mut Sink) {
    let mut ev = Vec::new();
    for (_, f) in a.subject_prose() {
        for m in THIRD.find_iter(&f.norm) {
            // "hire me through my friend's account" is account borrowing, not payment.
            ev.push(f.evidence(m.range()));
        }
    }
    if !ev.is_empty() {
        out.emit(
            &RULE,
            "The freelancer asks for payment to an account or name that is not their own.",
            ev,
        );
    }
}
