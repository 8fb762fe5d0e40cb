//! HL304 account-borrowing: work continued through someone else's account or
//! name, often after the freelancer's own account was suspended.

use super::frames::{self, Frame, FrameHit, need, opt, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL304",
    name: "account-borrowing",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I29", "I33"],
    title: "Works through someone else's account",
    innocent: "A platform may suspend an account by mistake, and a small agency may send work through a colleague's account openly.",
    verify: "Contract only with the account of the person you interviewed on camera; ask why the account changed and check the new account's name against their ID.",
    docs: Docs {
        what_it_sees: "The freelancer's own text saying the work, the offer or the contract will go through a friend's, relative's or partner's account, profile or name (\"my friend will send the proposal from his account\", \"友人のアカウントで\", \"친구 계정으로\"), or that their account was suspended together with a move to another or a new account. A suspension mentioned alone is a low hint; a move to a new account without a suspension is medium. Frames (`frames.rs`, any message whoever wrote it — the freelancer's own text, the client's messages or a job post; the hint says which): an account word (account, profile, アカウント, 계정, 名義/명의) within two sentences of a transfer verb (rent, lend, borrow, buy, sell, lease, 貸して, 빌려, 구매) right around it plus whose account it is (\"your\", \"his\", \"my friend's\") and a platform or money arrangement; or a use verb (use, access, work through) with the reader's or a third person's account and a platform or arrangement; or a hiring verb with a third person's account (\"hire my friend's account and pay there\"); or \"need/want\" + a platform account asked of the reader; or \"your account\" within three sentences of a partner sought (\"looking for someone\", \"collaborate with me\") and a share of income, no verb needed (`high` when the writer's own account was suspended); or an account \"you don't use\" asked for with pay or a platform. Directions: *asks the reader to lend, rent or sell their account*; *asks for the work, the contract or the payment to go through another person's account* (with *says their own account was suspended* when it does); *offers to rent out or sell their own account*; *asks to buy a platform account*. Shapes seen in real messages (the unsolicited GitHub \"collaboration\" issues of 2024–2026 (e.g. AwlsomeAlex/natick#21, codeWithMarina/codeWithMarina#6, samuelmarina/is-even#281), Upwork's 2020 community warning on paid and leased accounts, and the Telegram logs in tayvano/lazarus-bluenoroff-research (dprk-it-workers/)): a stranger who says the previous account owner stopped helping and asks to use your idle Upwork account for a share of the monthly income; a one-line Telegram post wanting to buy an account on a named platform. Reported speech or a refusal (\"someone asked me to rent my account, I said no\", \"beware\") is `low` and says so.",
        why_it_matters: "The FBI's and State Department's guidance (I29) describe workers whose account was suspended continuing under another person's account or name; South Korea and Japan describe operators borrowing the platform accounts of foreigners and relatives (I33). A different account means the identity checks the platform made no longer describe the person doing the work.",
        innocent_explanations: "Platforms sometimes suspend accounts by mistake and honest freelancers say so. Agencies route work through a colleague's account when the owner is away, and say so openly; a one-person business may move to a company account. Near-misses the frames must not fire on (unit tests): account managers and accounting in résumés, \"share your Upwork profile link\", \"I rent a flat … from my bank account\", \"use your GitHub account invite\", a bank account in a payout question, a platform notice \"your account has been suspended, update your payment method\", \"thanks for the collaboration, your account manager will send the invoice\".",
        example: "> My Upwork account was suspended last week, so please send the offer to my friend's account, I will do the work.\n\nFires at high: a suspension and a friend's account.",
    },
    check,
};

/// Someone else's account, profile or name used for the work.
/// Needed by `BORROWED`: a relation word, or Japanese or Korean text.
fn borrowed_gate(w: &Words) -> bool {
    w.any(&[
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
        "teammate",
        "roommate",
        "acquaintance",
        "boss",
        "manager",
    ]) || w.cjk()
}

static BORROWED: Gated = Gated::new(borrowed_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:use|using|through|via|from|on|under|with|to|into)\s+(?:my|our|a|his|her)\s+(?:friend|cousin|brother|sister|uncle|aunt|partner|colleague|relative|wife|husband|father|mother|dad|mom|teammate|roommate|acquaintance|boss|manager)(?:'s|s'|’s)\s+(?:upwork\s+|fiverr\s+|freelancer\s+|linkedin\s+|platform\s+)?(?:account|profile|id|login)(?-u:\b)",
        r"|(?-u:\b)(?:through|via|from|on|under|using|use)\s+(?:the\s+)?(?:account|profile|name)\s+of\s+(?:my|a)\s+(?:friend|cousin|brother|sister|partner|colleague|relative)(?-u:\b)",
        r"|(?-u:\b)(?:account|profile|contract)\s+(?:is|will\s+be)\s+(?:in|under)\s+(?:my\s+)?(?:friend|cousin|brother|sister|partner|colleague|relative)(?:'s|s'|’s)?\s+name(?-u:\b)",
        r"|(?:友人|友達|知人|知り合い|兄|弟|姉|妹|いとこ|従兄弟|親戚|家族|同僚|パートナー|妻|夫)(?:の)(?:アカウント|プロフィール|名義|ID)(?:で|を使|から|に|を)",
        r"|(?:친구|지인|형|동생|누나|언니|오빠|사촌|친척|가족|동료|파트너|아내|남편)(?:의)?\s*(?:계정|프로필|명의|아이디)(?:으로|로|을|를|에서)",
    ))
});

/// The freelancer's own platform account suspended or banned.
/// Needed by `SUSPENDED`.
fn suspended_gate(w: &Words) -> bool {
    w.any(&[
        "suspended",
        "banned",
        "blocked",
        "closed",
        "restricted",
        "disabled",
        "deactivated",
        "locked",
        "terminated",
        "removed",
        "flagged",
    ]) || w.cjk()
}

static SUSPENDED: Gated = Gated::new(suspended_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:my|our)\s+(?:upwork\s+|fiverr\s+|freelancer\s+|linkedin\s+|previous\s+|old\s+|main\s+|original\s+)?(?:account|profile)\s+(?:was|got|has\s+been|is|have\s+been|had\s+been)\s+(?:suspended|banned|blocked|closed|restricted|disabled|deactivated|locked|terminated|removed|flagged)(?-u:\b)",
        r"|(?:アカウント|プロフィール)(?:が|は)?(?:停止|凍結|BAN|ban|利用停止|削除|制限|ロック)(?:され|に|と)",
        r"|(?:계정|프로필)(?:이|가|은|는)?\s*(?:정지|차단|막혔|막혀|중지|폐쇄|제한|삭제|잠겼|잠겨)",
    ))
});

/// A move to another or a new account.
/// Needed by `OTHER_ACCOUNT`.
fn other_account_gate(w: &Words) -> bool {
    (w.any(&["account", "profile"])
        && w.any(&["another", "different", "new", "other", "second", "this"]))
        || w.cjk()
}

static OTHER_ACCOUNT: Gated = Gated::new(other_account_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:another|a\s+different|my\s+new|a\s+new|new|my\s+other|my\s+second|a\s+second|this)\s+(?:upwork\s+|fiverr\s+|freelancer\s+)?(?:account|profile)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:continue|work|contract|hire|offer|invite|send|use|switch|move)(?-u:\b)",
        r"|(?-u:\b)(?:continue|work|contract|hire|offer|invite|send|switch|move)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:to|on|with|through|from|via)\s+(?:another|a\s+different|my\s+new|a\s+new|my\s+other|my\s+second|a\s+second)\s+(?:upwork\s+|fiverr\s+|freelancer\s+)?(?:account|profile)(?-u:\b)",
        r"|(?:別の|新しい|新規|もう一つの|サブ|二つ目の)(?:アカウント|プロフィール)(?:で|から|に|へ)",
        r"|(?:다른|새|새로운|두\s*번째|또\s*다른)\s*(?:계정|프로필)(?:으로|로|에서|에)",
    ))
});

/// Payment words: "send the payment to my friend's account" is HL303's, not this rule's.
static PAYMENT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?-u:\b)(?:pay|paid|payment|payments|money|transfer|wire|invoice|salary|deposit|remit|funds)(?-u:\b)|支払|払|送金|振込|振り込|入金|報酬|지급|지불|송금|입금|결제|급여|대금",
    )
});

/// The frame: an account + a transfer verb, or a use, request or hiring verb,
/// with whose account it is, the platform and the arrangement as they come
/// (two sentences; the verb in the account's own sentence).
static SOLICIT: Frame = Frame {
    slots: &[
        need(ACCOUNT),
        opt(TRANSFER),
        opt(USE | NEEDV | SHAREV | HIRE),
        opt(READER | THIRD),
        opt(PLATFORM),
        opt(OWN),
        opt(PAY | REMOTE),
        opt(SUSPEND),
    ],
    window: 2,
};

/// A partnership run through the reader's account: "your account" + a
/// partner sought ("looking for someone", "collaborate with me") + a share
/// of the income (three sentences, no verb needed:
/// "as long as we collaborate and it's your account … an income split").
static ACCOUNT_PARTNER: Frame = Frame {
    slots: &[
        need(ACCOUNT),
        need(READER),
        need(SEEK),
        need(PAY),
        opt(SUSPEND),
        opt(OWN),
    ],
    window: 3,
};

/// The reader's idle account asked for: an account + "that you don't use".
static IDLE_ACCOUNT: Frame = Frame {
    slots: &[need(IDLE), need(ACCOUNT), need(READER), opt(PAY | PLATFORM)],
    window: 1,
};

/// What a solicitation frame hit says, or `None` when its slots do not
/// make one: (direction, high).
fn solicitation(h: &FrameHit, a: &Analysis) -> Option<(&'static str, bool)> {
    let in_sentence = |slot: usize| h.same_sentence(a, 0, slot);
    let transfer = in_sentence(1);
    let verb = if in_sentence(2) { h.tags(2) } else { 0 };
    // whose account: right around it ("your Upwork account", "his account",
    // "my friend's account"), or the one asked in the next sentence
    // ("… account. Can you provide it?")
    // "your account", not "you … from the account"
    let possessive = h.fill(3).is_some_and(|o| {
        a.field(h.field)
            .and_then(|f| f.norm.get(o.range.clone()))
            .is_some_and(|t| !t.eq_ignore_ascii_case("you"))
    });
    let owner = if h.before(3, 0, 25) && possessive {
        h.tags(3)
    } else {
        0
    };
    let asked = h.tags(3) & READER;
    let platform = h.tags(4) != 0;
    let own = h.tags(5) != 0;
    let arrangement = h.tags(6) != 0;
    let suspended = h.tags(7) != 0;
    // "my account", "my Upwork account": the writer's own, right before it
    let own_adjacent = own
        && match (h.fill(0), h.fill(5)) {
            (Some(acc), Some(o)) => {
                o.range.end <= acc.range.start
                    && a.field(h.field).is_some_and(|f| {
                        f.norm
                            .get(o.range.end..acc.range.start)
                            .is_some_and(|g| g.len() <= 12 && !g.contains(['.', ',', '!', '?']))
                    })
            }
            _ => false,
        };
    // the transfer verb right around the account ("rent your account",
    // "an account … and lend me it"), not "the rent" three clauses away
    let transfer = transfer && h.near(0, 1, 40);
    if transfer {
        if own_adjacent {
            return Some(("offers to rent out or sell their own account", arrangement));
        }
        if owner & READER != 0 && (platform || arrangement) {
            return Some(("asks the reader to lend, rent or sell their account", true));
        }
        if owner & THIRD != 0 {
            return Some(("asks to rent or use another person's account", true));
        }
        if platform {
            return Some(("asks to buy, rent or sell a platform account", true));
        }
        return None;
    }
    if verb == 0 {
        return None;
    }
    if owner & THIRD != 0
        && (verb & HIRE != 0 || (verb & USE != 0 && (platform || arrangement || suspended)))
    {
        return Some((
            if suspended {
                "says their own account was suspended and asks for the work or the payment to go through another person's account"
            } else {
                "asks for the work, the contract or the payment to go through another person's account"
            },
            true,
        ));
    }
    if owner & READER != 0 && verb & USE != 0 && (platform || arrangement) {
        return Some(("asks to use the reader's account", arrangement));
    }
    if owner & READER != 0 && verb & SHAREV != 0 && arrangement {
        return Some(("asks the reader to share their account for money", true));
    }
    // "I need a freelancer account": the verb and the platform right at the account
    if verb & NEEDV != 0 && h.near(0, 2, 30) && h.near(0, 4, 30) && (asked != 0 || arrangement) {
        return Some(("asks the reader for a platform account", arrangement));
    }
    None
}

/// The solicitation hints: (hits, message, severity).
fn solicitations(a: &Analysis, out: &mut Sink) -> bool {
    let scanned = frames::scan(a, false);
    let mut found: Vec<(FrameHit, &'static str, bool)> = Vec::new();
    for h in frames::dedup(scanned.find(a, &SOLICIT)) {
        if let Some((what, high)) = solicitation(&h, a) {
            found.push((h, what, high));
        }
    }
    for h in scanned.find(a, &ACCOUNT_PARTNER) {
        // "your account", with the partner and the split said by the writer
        let yours = h.before(1, 0, 25)
            && a.field(h.field)
                .and_then(|f| h.fill(1).and_then(|o| f.norm.get(o.range.clone())))
                .is_some_and(|t| t.eq_ignore_ascii_case("your"));
        if yours {
            // the writer's own account suspended ("my profile got suspended")
            let suspended = h.tags(4) != 0 && h.near(5, 4, 30);
            found.push((
                h,
                if suspended {
                    "says their own account was suspended and proposes a partnership run through the reader's account for a share of the income"
                } else {
                    "proposes a partnership run through the reader's account for a share of the income"
                },
                suspended,
            ));
        }
    }
    for h in scanned.find(a, &IDLE_ACCOUNT) {
        if h.near(0, 1, 40) && h.near(1, 2, 40) && h.tags(3) != 0 {
            found.push((h, "asks to use an account the reader does not use", true));
        }
    }
    frames::emit_graded(a, out, &RULE, "", found)
}

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, solicitations, legacy);
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let borrowed: Vec<Hit> = scan::subject_matches(a, &BORROWED)
        .into_iter()
        .filter(|h| !sentence_of(a, h).is_some_and(|s| PAYMENT.is_match(s)))
        .collect();
    let suspended = scan::subject_matches(a, &SUSPENDED);
    let other = scan::subject_matches(a, &OTHER_ACCOUNT);
    let n_borrowed = borrowed.len();
    if !borrowed.is_empty() || (!suspended.is_empty() && !other.is_empty()) {
        let mut hits: Vec<Hit> = borrowed;
        hits.extend(suspended.iter().cloned());
        hits.extend(other.iter().cloned());
        let hits = scan::merge(hits);
        let msg = match (n_borrowed > 0, !suspended.is_empty()) {
            (true, true) => {
                "The freelancer says their account was suspended and that the work will go through another person's account or name."
            }
            (true, false) => {
                "The freelancer says the work, offer or contract will go through another person's account or name."
            }
            _ => {
                "The freelancer says their account was suspended and asks to continue with another account."
            }
        };
        out.emit(&RULE, msg, scan::evidence(a, &hits));
    } else if !other.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Medium,
            "The freelancer asks to continue with another or a new account.",
            scan::evidence(a, &other),
        );
    } else if !suspended.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Low,
            "The freelancer mentions that their account was suspended.",
            scan::evidence(a, &suspended),
        );
    }
}

/// The sentence a hit starts in.
fn sentence_of<'a>(a: &'a Analysis, h: &Hit) -> Option<&'a str> {
    let f = a.field(h.field)?;
    let s = f
        .sentences
        .iter()
        .find(|s| s.start <= h.range.start && h.range.start < s.end)?;
    f.norm.get(s.clone())
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn suspended_and_friends_account_is_high() {
        let h = run(
            &RULE,
            message(
                "My Upwork account was suspended last week, so please send the offer to my friend's account, I will do the work.",
            ),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(
            texts(&h),
            ["My Upwork account was suspended", "to my friend's account"]
        );
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(
            &RULE,
            message("アカウントが停止されたので、友人のアカウントで契約をお願いします。"),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["アカウントが停止され", "友人のアカウントで"]);
        let h = run(
            &RULE,
            message("제 계정이 정지되어서 친구 계정으로 계약을 진행해 주세요."),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["계정이 정지", "친구 계정으로"]);
        let h = run(
            &RULE,
            message("계정이 정지되었습니다. 새 계정으로 초대해 주세요."),
        );
        assert_eq!(h[0].severity, Severity::High);
    }

    #[test]
    fn new_account_alone_is_medium_and_suspension_alone_low() {
        let h = run(
            &RULE,
            message("Please send the invite to my new account, the link is below."),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["send the invite to my new account"]);
        let h = run(
            &RULE,
            proposal(
                "My old account was suspended in 2021 after a payment dispute, which the platform later reviewed.",
            ),
        );
        assert_eq!(h[0].severity, Severity::Low);
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "I built account management for a SaaS: users can suspend and reactivate accounts.",
            "Please create a new account for me on your Jira so I can track the tasks.",
            "My friend recommended your company, and I'd love to help with the migration.",
            "I implemented login with a Google account and account linking for a fintech app.",
            "Blocking my wife's account, at the advice of my therapist.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn payment_to_a_friends_account_is_left_to_hl303() {
        let h = run(
            &RULE,
            message("Please send the payment to my friend's account this time."),
        );
        assert!(h.is_empty(), "{h:?}");
    }

    #[test]
    fn the_other_partys_solicitation_is_a_hint_naming_its_writer() {
        // Fixture (written for this test): the client's side asks for the
        // work to go through a colleague's account.
        let h = run(
            &RULE,
            thread(&[
                (
                    "client",
                    "Our old account was suspended, please use my colleague's account to send the invoice.",
                ),
                ("freelancer", "Sure, no problem."),
            ]),
        );
        assert_eq!(h.len(), 1);
        assert!(
            h[0].message.starts_with("A message from the other party"),
            "{}",
            h[0].message
        );
        assert!(!h[0].message.contains("The freelancer"));
    }

    #[test]
    fn both_directions_say_which_way_they_run() {
        // Fixtures written for these tests, in the shapes seen in unsolicited
        // GitHub "collaboration" issues and platform warnings.
        let h = run(
            &RULE,
            message(
                "If you are not using your Upwork account, I would like to rent it; I pay 20% of the income every month.",
            ),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert!(
            h[0].message
                .contains("asks the reader to lend, rent or sell their account"),
            "{}",
            h[0].message
        );
        assert!(
            texts(&h).iter().any(|t| t.contains("your Upwork account")),
            "{:?}",
            texts(&h)
        );
        let h = run(
            &RULE,
            message(
                "My account got suspended. Can you please hire my friend's account and pay there? If you know someone in the US who can rent me his account I will share 20%.",
            ),
        );
        assert!(h[0].severity >= Severity::Medium);
        assert!(
            h[0].message.contains("another person's account"),
            "{}",
            h[0].message
        );
        let h = run(&RULE, message("Hi. I want to buy a Fiverr account, DM me."));
        assert_eq!(h[0].severity, Severity::High);
        let h = run(
            &RULE,
            message("I need a freelancer account. Can you provide it?"),
        );
        assert!(h[0].severity >= Severity::Medium);
    }

    #[test]
    fn reported_speech_and_refusals_are_low_and_say_so() {
        for t in [
            "Someone asked me to rent my Upwork account for $200 a month, I said no.",
            "Beware: people on Telegram ask to borrow your Upwork account for a monthly fee.",
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert_eq!(h[0].severity, Severity::Low, "{t}");
            assert!(h[0].message.contains("reported speech"), "{}", h[0].message);
        }
    }

    #[test]
    fn japanese_and_korean_solicitations() {
        let h = run(
            &RULE,
            message("ランサーズのアカウントを貸していただけませんか。毎月報酬をお支払いします。"),
        );
        assert_eq!(h[0].severity, Severity::High);
        let h = run(
            &RULE,
            message("크몽 계정을 빌려 주시면 매달 수익의 20%를 드립니다."),
        );
        assert_eq!(h[0].severity, Severity::High);
    }

    #[test]
    fn benign_account_talk_does_not_fire() {
        for t in [
            "I can use your GitHub account invite to access the repository.",
            "Please share your Upwork profile link so I can check your reviews.",
            "I rent a flat and pay the rent monthly from my bank account.",
            "We take into account the monthly fee of the Upwork plan.",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_partnership_through_the_readers_account() {
        // Fixtures written for this test, in the shape of the "collaboration"
        // issues whose writer says their own account was suspended.
        let h = run(
            &RULE,
            message(
                "My profile got suspended, so I'm looking for a partner. It would be your account, you stay in control. We split the income 60/40 in your favour.",
            ),
        );
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::High, "{}", h[0].message);
        let h = run(
            &RULE,
            message("If you have a Fiverr account you don't use, I can pay you monthly for it."),
        );
        assert_eq!(h[0].severity, Severity::High, "{h:?}");
        for t in [
            "Your account has been suspended. Please update your payment method to continue the partnership program.",
            "Thanks for the collaboration! Your account manager will send the invoice for the monthly fee.",
            "I don't use my old account anymore, please pay to the new PayPal address.",
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
