//! HL309 prepayment-pressure: repeated demands to be paid in advance, or
//! pressure to pay now.

use super::frames::{self, Frame, need, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;

pub static RULE: Rule = Rule {
    code: "HL309",
    name: "prepayment-pressure",
    family: Family::Tradecraft,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I49", "I50"],
    title: "Presses for payment in advance",
    innocent: "Independent contractors often ask for a deposit, especially after being burned by clients who did not pay.",
    verify: "Pay through the platform's escrow or by milestone against delivered work; do not pay in advance to an account outside the platform.",
    docs: Docs {
        what_it_sees: "The freelancer's own requests to be paid before the work (\"50% upfront\", \"advance payment\", \"前払い\", \"선입금\") and pressure to pay now (\"pay today or I stop\", \"至急お支払い\", \"당장 입금\"). One request for a deposit is a low hint; requests in two or more messages, or a request with pressure, are medium. Frame (`frames.rs`): \"before developing/starting\" + a percentage + the writer (we, I) in one sentence — `low` (as in TrillCyborg/fullstack#20).",
        why_it_matters: "South Korea's 2023 advisory lists repeated demands for prepayment, with anger when refused, among the behaviours of North Korean IT workers on freelance platforms (I49); the US advisory adds requests for payment without milestones or check-ins (I50).",
        innocent_explanations: "Deposits are normal for fixed-price work outside escrow, and freelancers who were not paid before ask for them; a reminder about an overdue invoice is not pressure.",
        example: "> I need 50% upfront before I start.\n> (later) Please send the advance payment today, otherwise I will stop the work.\n\nFires at medium.",
    },
    check,
};

/// Needed by `PREPAY`, alternative by alternative: an amount or a payment
/// verb right before "up front", "in advance" or "before I/we start" (the
/// first two); an advance, up-front or pre- payment, or a prepayment (the
/// third); a deposit or an advance (the fourth); Japanese or Korean text.
fn prepay_gate(w: &Words) -> bool {
    const TAIL: &[&str] = &["up", "upfront", "in", "before"];
    let tail = w.has("upfront")
        || w.pair_any(&["up"], &["front"])
        || w.pair_any(&["in"], &["advance"])
        || (w.pair_any(&["before"], &["i", "we"])
            && w.pair_any(&["i", "we"], &["start", "begin", "continue"]));
    let head = w.pair_any(
        &[
            "%",
            "half",
            "part",
            "deposit",
            "money",
            "payment",
            "amount",
            "everything",
            "pay",
            "send",
            "transfer",
            "me",
            "it",
            "some",
            "fee",
            "milestone",
        ],
        TAIL,
    );
    (tail && head)
        || w.any(&[
            "advance",
            "upfront",
            "prepay",
            "predeposit",
            "prefee",
            "deposit",
        ])
        || w.pair_any(&["up"], &["front"])
        || (w.is("pre") && w.any(&["payment", "deposit", "fee"]))
        || w.cjk()
}

static PREPAY: Gated = Gated::new(prepay_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:\d{1,3}\s?%|half|part|a\s+deposit|the\s+deposit|some\s+money|full\s+payment|the\s+full\s+amount|everything)\s+(?:up[- ]?front|in\s+advance|before\s+(?:i|we)\s+(?:start|begin))(?-u:\b)",
        r"|(?-u:\b)(?:pay|send|transfer|deposit)\s+(?:me\s+)?(?:(?:\d{1,3}\s?%|half|part|it|some|everything|(?:the|a)\s+(?:money|payment|amount|deposit|fee|first\s+milestone))\s+)?(?:up[- ]?front|in\s+advance|before\s+(?:i|we)\s+(?:start|begin|continue))(?-u:\b)",
        r"|(?-u:\b)(?:advance|up[- ]?front|pre-?)\s?(?:payment|deposit|fee)(?-u:\b)|(?-u:\b)prepay(?:ment)?(?-u:\b)",
        r"|(?-u:\b)(?:need|require|want|ask\s+for)\s+(?:a\s+|the\s+)?(?:deposit|advance)(?-u:\b)",
        r"|前払い|先払い|前金|着手金|前渡し|先に(?:お支払い|支払|払|入金|送金)",
        r"|선불|선입금|선금|착수금|먼저\s*(?:입금|송금|지불|결제|지급)",
    ))
});

/// `PRESSURE` is searched only when `PREPAY` matched: no gate.
static PRESSURE: Gated = Gated::new(
    |_| true,
    || {
        re(concat!(
            r"(?i)(?-u:\b)(?:pay|send|transfer)(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:now|today|immediately|asap|right\s+now|right\s+away|within\s+(?:an?\s+|\d+\s+)?hours?)(?-u:\b)",
            r"|(?-u:\b)(?:or|otherwise)\s+(?:else\s+)?i\s+(?:will|'ll|am\s+going\s+to|must)\s+(?:stop|quit|leave|cancel|not\s+(?:start|continue|deliver|work))(?-u:\b)",
            r"|(?-u:\b)why\s+(?:haven'?t|didn'?t|don'?t)\s+you\s+(?:paid|pay|sent|send)(?-u:\b)|(?-u:\b)last\s+(?:warning|chance)(?-u:\b)",
            r"|(?:至急|今すぐ|すぐに|本日中に|早く)(?:お支払い|支払|払|入金|送金|振込|振り込)|(?:支払|入金)(?:が|し)?(?:なければ|ないなら|ない場合)(?:作業|開発)?(?:を)?(?:止め|中止|停止)",
            r"|(?:당장|지금\s*바로|빨리|오늘\s*안에|즉시)\s*(?:입금|송금|지불|결제|보내)|(?:입금|지불|결제)(?:하지|을\s*안\s*하)?\s*(?:않으면|안\s*하면)\s*(?:작업|개발)?(?:을|를)?\s*(?:중단|그만|멈추)",
        ))
    },
);

/// "We ask 30% paid before developing": before the work + a percentage + the writer (one sentence).
static ADVANCE_PAY: Frame = Frame {
    slots: &[need(ADVANCE), need(PCT), need(FIRST | OWN)],
    window: 1,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, true)
        .find(a, &ADVANCE_PAY)
        .into_iter()
        .map(|h| (h, "to be paid before the work starts", Severity::Low))
        .collect();
    frames::emit(a, out, &RULE, "asks", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let prepay = scan::subject_matches(a, &PREPAY);
    if prepay.is_empty() {
        return;
    }
    let pressure = scan::subject_matches(a, &PRESSURE);
    let n = scan::distinct_fields(&prepay);
    if n >= 2 || !pressure.is_empty() {
        let mut hits: Vec<Hit> = prepay;
        hits.extend(pressure.iter().cloned());
        let why = if pressure.is_empty() {
            format!("in {n} messages")
        } else {
            "with pressure to pay now".to_owned()
        };
        out.emit(
            &RULE,
            format!("The freelancer asks to be paid in advance, {why}."),
            scan::evidence(a, &scan::merge(hits)),
        );
    } else {
        out.emit_at(
            &RULE,
            Severity::Low,
            "The freelancer asks to be paid in advance.",
            scan::evidence(a, &prepay),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn once_is_low_repeated_or_pressed_is_medium() {
        let h = run(&RULE, proposal("I need 50% upfront before I start."));
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(texts(&h), ["50% upfront"]);
        let h = run(
            &RULE,
            thread(&[
                ("freelancer", "I need 50% upfront before I start."),
                ("client", "We pay by milestone through escrow."),
                (
                    "freelancer",
                    "Please send the advance payment today, otherwise I will stop the work.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            texts(&h),
            [
                "50% upfront",
                "send the advance payment today",
                "otherwise I will stop"
            ]
        );
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(
            &RULE,
            message("着手金として前払いをお願いします。至急お支払いください。"),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["着手金", "前払い", "至急お支払い"]);
        let h = run(&RULE, message("선입금 부탁드립니다. 당장 입금해 주세요."));
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["선입금", "당장 입금"]);
    }

    #[test]
    fn benign_payment_talk_does_not_fire() {
        for t in [
            "Milestone payments through Upwork escrow work well for me.",
            "I built a prepaid card top-up flow for a telecom app.",
            "Could you send the specs today so I can estimate?",
            "I will pay attention to the details in advance of the launch.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_percentage_before_the_work() {
        // Fixture written for this test.
        let h = run(
            &RULE,
            message("As usual we ask 40% paid before starting development."),
        );
        assert_eq!(h[0].severity, Severity::Low, "{h:?}");
    }
}
