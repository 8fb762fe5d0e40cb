//! HL303 third-party-payment: payment to be sent to someone else: another
//! person's account, a payee name that is not the profile's, or bank details
//! that keep changing.

use super::frames::{self, Frame, need, opt, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::consistency::claims::{fold, is_latin, name_tokens, names_compatible};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::{Author, Source, re};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL303",
    name: "third-party-payment",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I47", "I29"],
    title: "Payment to another person's account or name",
    innocent: "A freelancer may work through a small agency or a spouse's business account, say so openly, or change banks for ordinary reasons.",
    verify: "Pay only an account in the verified name of the person you interviewed on camera; ask for the contract to be in that name, and confirm any change of bank details by a call you place yourself.",
    docs: Docs {
        what_it_sees: "Three things, each in the freelancer's own text or profile: (1) a request that payment go to a friend's, relative's, partner's or other person's account, wallet or name (\"send it to my cousin's PayPal\", \"友人の口座\", \"친구 계좌로\") — high; (2) a payee name (`payment.payee_name`, or \"account holder: …\", \"口座名義：…\", \"예금주: …\" in a message) that shares no part with the profile name, after folding case and diacritics and allowing order, initials, nicknames and transliteration variants — high; a payee that is a company is only info, names in different scripts are not compared; (3) new bank or payment details (\"please use this new account\", \"振込先が変わりました\", \"새 계좌로\") — medium once, high when it happens in two or more messages, or when two different valid IBANs appear in different messages. Frames (`frames.rs`, any message): money received through the reader's account or payment service (withdraw, local payments, reimburse) together with passing it on (send the rest, keep your share, give me the rest) within two sentences — `high`. Shape seen in real messages (AwlsomeAlex/natick#21, nickdehart/GitGraphGud#3): earnings from your account withdrawn to your PayPal or card, you keep a percentage and send the rest. A payment method the reader does not use asked for (\"provide a payment method that you don't use\": the idle words, a payment word, the reader and a verb to provide or use, one sentence) — `medium` (as in samuelmarina/is-even#281). Near-misses: \"you can withdraw your earnings to PayPal once a week\", \"I don't use PayPal, could you pay by bank transfer?\", \"please provide your PayPal e-mail so I can pay you\".",
        why_it_matters: "Japan's 2024 advisory names a payee whose name differs from the platform name, and frequent changes of bank account, as signs of a borrowed identity; the FBI's 2024 PSA asks payroll teams to flag rerouted payments and changed bank details (I47). Using someone else's account is also how suspended operators keep working (I29).",
        innocent_explanations: "Family businesses and one-person agencies invoice under a company or a spouse's name; people change banks, and a married name may differ from an old account. The honest version is stated up front, matches the contract, and is confirmed on a call.",
        example: "> My bank has a problem, please send the payment to my friend's account, his name is Li Wei.\n\nFires at high. A profile named \"Daniel Kim\" with `payment.payee_name` \"Wang Lei\" fires at high; \"Kim Daniel\" or \"D. Kim\" does not.",
    },
    check,
};

/// Relatives and others whose account a payment could go to (the words of
/// `THIRD`'s first alternative, each after `\b`).
const RELATION: &[&str] = &[
    "friend",
    "cousin",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "partner",
    "colleague",
    "relative",
    "wife",
    "husband",
    "father",
    "mother",
    "dad",
    "mom",
    "roommate",
    "agent",
    "manager",
    "boss",
];

/// Needed by `THIRD`: a relation word (first alternative), "name" (second),
/// or Japanese or Korean text (the others).
fn third_gate(w: &Words) -> bool {
    w.any(RELATION) || w.has("name") || w.cjk()
}

static THIRD: Gated = Gated::new(third_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:pay|paid|payment|send|transfer|wire|deposit|remit)(?-u:\b)[^.!?\n]{0,60}?(?-u:\b)(?:my\s+)?(?:friend|cousin|brother|sister|uncle|aunt|partner|colleague|relative|wife|husband|father|mother|dad|mom|roommate|agent|manager|boss)(?:'s|s')?\s+(?:bank\s+)?(?:account|wallet|paypal|payoneer|wise|bank|card|name)",
        r"|(?-u:\b)(?:account|wallet|paypal|payoneer|bank)(?-u:\b)[^.!?\n]{0,30}(?-u:\b)(?:is\s+)?(?:in|under)\s+(?:the\s+)?(?:name\s+of|my\s+(?:friend|cousin|partner|relative)'?s?\s+name)",
        r"|(?:友人|友達|いとこ|兄|弟|姉|妹|親戚|家族|知人|パートナー)(?:の)?(?:銀行口座|口座|ウォレット|名義の口座|名義で(?:振込|振り込|送金|支払))",
        r"|(?:친구|사촌|형|동생|누나|언니|오빠|친척|가족|지인|파트너)(?:의)?\s*(?:은행\s*계좌|계좌|지갑|명의\s*계좌|명의로\s*(?:입금|송금|지급))",
    ))
});

/// Needed by `NEW_ACCOUNT`, alternative by alternative: "new…" and an
/// account word (the first and third), "changed" (the second and third),
/// "old…" and "closed…" (the fourth), Japanese or Korean text (the others).
fn new_account_gate(w: &Words) -> bool {
    (w.any(&["new", "other", "different", "another", "updated"])
        && w.any(&[
            "account",
            "wallet",
            "iban",
            "paypal",
            "payoneer",
            "wise",
            "bank",
            "payment",
            "card",
            "receiving",
        ]))
        || w.has("changed")
        || (w.any(&["old", "previous", "former"])
            && w.any(&[
                "closed",
                "blocked",
                "frozen",
                "suspended",
                "limited",
                "restricted",
                "not",
                "no",
            ]))
        || w.cjk()
}

/// New bank or payment details.
static NEW_ACCOUNT: Gated = Gated::new(new_account_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:use|send\s+(?:it|the\s+payment|payment|the\s+money)\s+to|pay\s+(?:to|into)|switch\s+to|update\s+(?:it\s+)?to)\s+(?:my\s+|this\s+|the\s+)?(?:new|other|different|another|updated)\s+(?:bank\s+)?(?:account|wallet|iban|paypal|payoneer|wise|bank\s+details|payment\s+details|card)(?-u:\b)",
        r"|(?-u:\b)(?:my|the)\s+(?:bank\s+(?:account|details)|payment\s+(?:details|account|info)|paypal|payoneer|wise|iban|wallet|receiving\s+account)\s+(?:has\s+|have\s+)?(?:changed|is\s+changed|was\s+changed)(?-u:\b)",
        r"|(?-u:\b)(?:changed|updated|new)\s+(?:my\s+)?(?:bank\s+(?:account|details)|payment\s+(?:details|info|method)|receiving\s+account)(?-u:\b)",
        r"|(?-u:\b)(?:old|previous|former)\s+(?:bank\s+)?(?:account|wallet|paypal|payoneer)\s+(?:is|was|got|has\s+been)\s+(?:closed|blocked|frozen|suspended|limited|restricted|not\s+working|no\s+longer)(?-u:\b)",
        r"|新しい(?:銀行)?口座|(?:振込先|振込口座|口座|送金先|受取口座)(?:を|が|は)?(?:変更|変わ|新しく)|(?:以前|前)の口座(?:は|が)?(?:使え|凍結|停止|閉鎖)",
        r"|새\s*(?:은행\s*)?계좌|(?:입금\s*계좌|계좌|송금\s*계좌|받는\s*계좌)(?:를|가|는)?\s*(?:변경|바뀌|바꿨|바꾸)|(?:이전|예전|기존)\s*계좌(?:는|가)?\s*(?:막혔|정지|동결|사용\s*(?:못|불가))",
    ))
});

/// Needed by `PAYEE_LABEL`: one of its English labels' words, or Japanese or
/// Korean text.
fn payee_gate(w: &Words) -> bool {
    w.any(&["beneficiary", "payee"])
        || (w.has("name") && w.any(&["account", "recipient"]))
        || (w.has("account") && w.has("holder"))
        || w.cjk()
}

/// A payee name stated in a message: "account holder: Wang Lei".
static PAYEE_LABEL: Gated = Gated::new(payee_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:account\s+(?:holder(?:'s)?|name)|beneficiary(?:\s+name)?|payee(?:\s+name)?|recipient\s+name|name\s+on\s+the\s+account)\s*(?:is|:|：|-)\s*",
        r"((?-i:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)(?:[ \t]+(?-i:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){0,3})",
        r"|(?:口座名義|名義人|受取人(?:名)?)\s*(?:は|：|:)\s*([\p{L}・ー]+(?:[ \t　][\p{L}ー]+){0,3})",
        r"|(?:예금주|수취인|받는\s*분)\s*(?:은|는|:|：)?\s*([\p{L}]+(?:[ \t][\p{L}]+){0,3})",
    ))
});

/// Words that make a payee an organisation rather than a person.
static COMPANY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:llc|l\.l\.c|ltd|limited|inc|incorporated|corp|corporation|co|company|gmbh|s\.?a\.?r\.?l|sarl|bv|b\.v|oy|ab|pte|pty|plc|s\.?a|studio|agency|solutions|technologies|labs|consulting|group)(?-u:\b)|株式会社|合同会社|有限会社|\(株\)|（株）|주식회사|\(주\)|（주）|유한회사",
    )
});

/// Money received through the reader's account and passed on: a money flow +
/// the reader + passing the rest on (two sentences).
static PASS_ON: Frame = Frame {
    slots: &[
        need(MONEY_FLOW | FORWARD),
        need(READER),
        need(FORWARD),
        opt(INSTRUMENT | ACCOUNT),
    ],
    window: 2,
};

/// A payment method of the reader's that they do not use, asked for
/// ("provide a payment method that you don't frequently use").
static IDLE_INSTRUMENT: Frame = Frame {
    slots: &[
        need(IDLE),
        need(INSTRUMENT | PAY),
        need(READER),
        need(SHAREV | USE | NEEDV),
    ],
    window: 1,
};

/// Frame hints (any writer): true when one was emitted.
fn frame_hints(a: &Analysis, out: &mut Sink) -> bool {
    let scanned = frames::scan(a, false);
    let idle = scanned
        .find(a, &IDLE_INSTRUMENT)
        .into_iter()
        .filter(|h| h.near(0, 1, 40) && h.near(0, 2, 20) && h.near(1, 3, 40))
        .map(|h| {
            (
                h,
                "for a payment method the reader does not use, to receive the writer's payments",
                Severity::Medium,
            )
        });
    let found = scanned
        .find(a, &PASS_ON)
        .into_iter()
        .filter(|h| h.tags(0) & MONEY_FLOW != 0 || h.tags(3) != 0)
        .map(|h| {
            (
                h,
                "that payments be received through the reader's account and the money passed on to the writer",
                Severity::High,
            )
        })
        .chain(idle)
        .collect();
    frames::emit(a, out, &RULE, "asks", found)
}

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, frame_hints, legacy);
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let third: Vec<Hit> = scan::subject_matches(a, &THIRD)
        .into_iter()
        .map(|h| tighten(a, h))
        .collect();
    if !third.is_empty() {
        out.emit(
            &RULE,
            "The freelancer asks for payment to an account or name that is not their own.",
            scan::evidence(a, &third),
        );
    }
    payee_mismatch(a, out);
    let changes = scan::subject_matches(a, &NEW_ACCOUNT);
    if !changes.is_empty() {
        let n = scan::distinct_fields(&changes);
        if n >= 2 {
            out.emit(
                &RULE,
                format!("The freelancer's bank or payment details change again and again ({n} messages)."),
                scan::evidence(a, &changes),
            );
        } else {
            out.emit_at(
                &RULE,
                Severity::Medium,
                "The freelancer asks you to pay to new bank or payment details.",
                scan::evidence(a, &changes),
            );
        }
    }
    ibans_change(a, out);
}

/// An IBAN as written (groups of four may be separated by single spaces).
static IBAN: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?-u:\b)[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?-u:\b)")
});

/// The IBAN without spaces, when its ISO 13616 check digits (mod 97) are right.
pub(crate) fn iban(s: &str) -> Option<String> {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) {
        return None;
    }
    let (head, tail) = compact.split_at(4);
    let mut rem: u32 = 0;
    for c in tail.chars().chain(head.chars()) {
        let v = c.to_digit(36)?;
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    (rem == 1).then_some(compact)
}

/// Two or more different IBANs given by the freelancer in different messages.
fn ibans_change(a: &Analysis, out: &mut Sink) {
    let mut seen: Vec<(String, Hit)> = Vec::new();
    for (fi, f) in a.fields.iter().enumerate() {
        if f.author != Author::Subject {
            continue;
        }
        for m in IBAN.find_iter(&f.norm) {
            if let Some(v) = iban(m.as_str()) {
                if !seen.iter().any(|(s, _)| *s == v) {
                    seen.push((
                        v,
                        Hit {
                            field: fi,
                            range: m.range(),
                        },
                    ));
                }
            }
        }
    }
    let hits: Vec<Hit> = seen.into_iter().map(|(_, h)| h).collect();
    if hits.len() >= 2 && scan::distinct_fields(&hits) >= 2 {
        out.emit(
            &RULE,
            format!(
                "The freelancer gives {} different bank accounts (IBANs) in different messages.",
                hits.len()
            ),
            scan::evidence(a, &hits),
        );
    }
}

/// Payment verbs: where a request may start.
static PAY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?-u:\b)(?:pay|paid|payment|send|transfer|wire|deposit|remit)(?-u:\b)")
});

/// "payment I prefer USDT, please send it to my friend's wallet": start the
/// evidence at the last payment verb from which the request still matches
/// ("send it to my friend's wallet").
fn tighten(a: &Analysis, h: Hit) -> Hit {
    let Some(f) = a.field(h.field) else { return h };
    let Some(text) = f.norm.get(h.range.clone()) else {
        return h;
    };
    let mut best = h.range.start;
    for v in PAY_VERB.find_iter(text).skip(1) {
        let start = h.range.start + v.start();
        let same_end = f
            .norm
            .get(start..h.range.end)
            .and_then(|t| THIRD.regex().find(t))
            .is_some_and(|m| m.start() == 0 && start + m.end() == h.range.end);
        if same_end {
            best = start;
        }
    }
    Hit {
        field: h.field,
        range: best..h.range.end,
    }
}

/// The name the payee is compared with: the profile name, else the subject's author name.
fn reference_name<'a>(a: &'a Analysis) -> Option<(usize, &'a str)> {
    let profile_name = format!("{}name", a.profile_prefix);
    a.fields
        .iter()
        .enumerate()
        .find(|(_, f)| f.source == Source::Name && f.path == profile_name)
        .or_else(|| {
            a.fields
                .iter()
                .enumerate()
                .find(|(_, f)| f.source == Source::AuthorName && f.author == Author::Subject)
        })
        .map(|(i, f)| (i, f.norm.as_str()))
}

fn payee_mismatch(a: &Analysis, out: &mut Sink) {
    let Some((ref_field, reference)) = reference_name(a) else {
        return;
    };
    let ref_tokens = name_tokens(&fold(reference));
    if ref_tokens.is_empty() || !is_latin(&ref_tokens) {
        return;
    }
    // (field, byte range of the payee name in norm)
    let mut payees: Vec<Hit> = Vec::new();
    for (fi, f) in a.fields.iter().enumerate() {
        if f.author != Author::Subject {
            continue;
        }
        if f.source == Source::Payee {
            let t = f.norm.trim_end();
            let start = t.len() - t.trim_start().len();
            payees.push(Hit {
                field: fi,
                range: start..t.len(),
            });
        } else if let Some(label) = f.source.is_prose().then(|| PAYEE_LABEL.get(f)).flatten() {
            for c in label.captures_iter(&f.norm) {
                if let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) {
                    payees.push(Hit {
                        field: fi,
                        range: m.range(),
                    });
                }
            }
        }
    }
    for p in payees {
        let Some(f) = a.field(p.field) else { continue };
        let Some(name) = f.norm.get(p.range.clone()) else {
            continue;
        };
        let tokens = name_tokens(&fold(name));
        if tokens.is_empty() || !is_latin(&tokens) {
            continue; // another script: transliteration cannot be judged offline
        }
        let mut ev = Vec::new();
        ev.extend(p.evidence(a));
        if COMPANY.is_match(name) {
            out.emit_at(
                &RULE,
                Severity::Info,
                format!(
                    "The payee \"{}\" is an organisation, not the profile name.",
                    name.trim()
                ),
                ev,
            );
            continue;
        }
        let initials_only = tokens.iter().all(|t| t.chars().count() == 1);
        let compatible = if initials_only {
            tokens
                .iter()
                .all(|t| ref_tokens.iter().any(|r| r.starts_with(t.as_str())))
        } else {
            names_compatible(&tokens, &ref_tokens)
        };
        if compatible {
            continue;
        }
        if let Some(r) = a.field(ref_field) {
            ev.push(r.evidence_all());
        }
        out.emit(
            &RULE,
            format!(
                "The payee name \"{}\" shares no part with the name \"{}\".",
                name.trim(),
                reference.trim()
            ),
            ev,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;
    use serde_json::json;

    fn profile(name: &str, payee: &str) -> serde_json::Value {
        json!({"kind": "profile", "id": "p", "name": name, "payment": {"payee_name": payee}})
    }

    #[test]
    fn payee_name_differs_from_the_profile() {
        let h = run(&RULE, profile("Daniel Kim", "Wang Lei"));
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["Wang Lei", "Daniel Kim"]);
        assert_eq!(h[0].evidence[0].field, "payment.payee_name");
    }

    #[test]
    fn payee_variants_of_the_same_name_do_not_fire() {
        for (name, payee) in [
            ("Daniel Kim", "Kim Daniel"),
            ("Daniel Kim", "D. Kim"),
            ("Daniel Kim", "D K"),
            ("José Peña", "Jose Pena"),
            ("Robert Smith", "Bob Smith"),
            ("Daniel Kim", "  DANIEL KIM "),
            ("Daniel Kim", "김다니엘"),
        ] {
            assert!(
                run(&RULE, profile(name, payee)).is_empty(),
                "{name} / {payee}"
            );
        }
    }

    #[test]
    fn company_payee_is_info() {
        let h = run(&RULE, profile("Daniel Kim", "Brightline Studio LLC"));
        assert_eq!(h[0].severity, Severity::Info);
    }

    #[test]
    fn payee_stated_in_a_thread() {
        let doc = json!({"kind": "thread", "id": "t",
        "profile": {"name": "Anna Novak"},
        "messages": [
            {"role": "client", "text": "Where should I send the first payment?"},
            {"role": "freelancer", "text": "Bank: First Coast. Account holder: Chen Hao. Thanks!"}
        ]});
        let h = run(&RULE, doc);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["Chen Hao", "Anna Novak"]);
        let doc = json!({"kind": "message", "id": "m",
            "profile": {"name": "Anna Novak"},
            "text": "Account holder: Anna Novak, IBAN below."});
        assert!(run(&RULE, doc).is_empty());
    }

    #[test]
    fn bank_details_keep_changing() {
        let h = run(
            &RULE,
            message("Please use this new account for the next invoice."),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["use this new account"]);
        let h = run(
            &RULE,
            thread(&[
                (
                    "freelancer",
                    "My bank account has changed, details attached.",
                ),
                ("client", "OK, noted."),
                (
                    "freelancer",
                    "Sorry, my old account was frozen. Please send the payment to my new PayPal.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert!(h[0].message.contains("2 messages"), "{}", h[0].message);
        let h = run(
            &RULE,
            message("振込先が変更になりました。新しい口座にお願いします。"),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["振込先が変更", "新しい口座"]);
        let h = run(
            &RULE,
            message("입금 계좌가 바뀌었습니다. 새 계좌로 보내 주세요."),
        );
        assert_eq!(texts(&h), ["입금 계좌가 바뀌", "새 계좌"]);
    }

    #[test]
    fn different_ibans_in_different_messages() {
        // check digits valid (ISO 13616 examples and a computed one)
        assert!(iban("GB82 WEST 1234 5698 7654 32").is_some());
        assert!(iban("DE89 3704 0044 0532 0130 00").is_some());
        assert!(iban("GB82 WEST 1234 5698 7654 33").is_none());
        let h = run(
            &RULE,
            thread(&[
                ("freelancer", "My IBAN: GB82 WEST 1234 5698 7654 32"),
                ("client", "Paid, thanks."),
                (
                    "freelancer",
                    "Next time please pay to DE89 3704 0044 0532 0130 00 instead.",
                ),
            ]),
        );
        let ibans: Vec<_> = h.iter().filter(|h| h.message.contains("IBAN")).collect();
        assert_eq!(ibans.len(), 1);
        assert_eq!(ibans[0].severity, Severity::High);
        assert_eq!(
            ibans[0]
                .evidence
                .iter()
                .map(|e| e.text.as_str())
                .collect::<Vec<_>>(),
            ["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00"]
        );
        // the same IBAN twice, or two in one message (a list of options), is no change
        let h = run(
            &RULE,
            thread(&[
                ("freelancer", "My IBAN: GB82 WEST 1234 5698 7654 32"),
                ("freelancer", "Reminder, IBAN GB82WEST12345698765432."),
            ]),
        );
        assert!(h.is_empty(), "{h:?}");
    }

    #[test]
    fn evidence_starts_at_the_request() {
        let h = run(
            &RULE,
            message("For payment I prefer USDT (TRC20), please send it to my friend's wallet now."),
        );
        assert_eq!(texts(&h), ["send it to my friend's wallet"]);
    }

    #[test]
    fn benign_payment_talk_does_not_fire() {
        for t in [
            "I set up a new Stripe account for the client's shop and migrated the products.",
            "Please pay through Upwork as usual.",
            "I built a bank account reconciliation tool in Python.",
            "友人のアカウントで契約をお願いします。",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_money_through_the_readers_account() {
        // Fixture written for this test, in the shape of the account-rental issues.
        let h = run(
            &RULE,
            message(
                "When clients pay, you withdraw the money to your PayPal, keep your share and send the rest to me.",
            ),
        );
        assert_eq!(h[0].severity, Severity::High, "{h:?}");
        assert!(
            run(
                &RULE,
                message("You can withdraw your earnings to PayPal once a week.")
            )
            .is_empty()
        );
    }

    #[test]
    fn frames_a_payment_method_the_reader_does_not_use() {
        // Fixture written for this test, in the shape of the account-rental issues.
        let h = run(
            &RULE,
            message(
                "We will link a card to the platform account for the payments; you only need to provide a payment method you don't use often.",
            ),
        );
        assert_eq!(h.len(), 1, "{h:?}");
        assert!(h[0].severity >= Severity::Medium);
        for t in [
            "I don't use PayPal, could you pay by bank transfer?",
            "Please provide your PayPal e-mail so I can pay you.",
        ] {
            assert!(
                run(&RULE, message(t))
                    .iter()
                    .all(|h| h.severity < Severity::Medium),
                "{t}"
            );
        }
    }
}
