//! HL310 extortion-threat: a threat to publish, sell or destroy code or data
//! unless paid.

use super::frames::{self, Frame, FrameHit, need, opt, tag::*};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use std::ops::Range;

pub static RULE: Rule = Rule {
    code: "HL310",
    name: "extortion-threat",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I63"],
    title: "Threatens to leak code or data unless paid",
    innocent: "Hardly any: an honest dispute goes to the platform's mediation, not to a threat against the client's code or data.",
    verify: "Do not pay; preserve the messages, revoke every access the person has, and contact your security team and law enforcement.",
    docs: Docs {
        what_it_sees: "Frames only (`frames.rs`; no phrase pattern): a sentence (or two neighbouring sentences) in the freelancer's own text that threatens to publish, leak, sell, delete or hand over the client's code, data or repositories, together with a demand or condition about payment (\"unless you pay\", \"if I'm not paid\", \"支払わなければ\", \"입금하지 않으면\"), in English, Japanese or Korean. Frame (`frames.rs`): a demand to pay, then \"or/otherwise/unless\", then a threat of harm (bombarded, destroyed, leaked, you'd better) within two sentences — `high`. Near-miss: \"who will pay the damage after the storm destroyed the roof?\".",
        why_it_matters: "The FBI's 2025 PSA and the US Department of Justice describe workers who, after being discovered or let go, copied company code to personal accounts and demanded ransom, threatening to release it (I63). The threat itself is the harm.",
        innocent_explanations: "Almost none. A freelancer who was not paid may threaten to keep the code or to file a dispute; that is a contract matter and is not matched unless code or data is to be published, sold or destroyed.",
        example: "> If you don't pay the remaining $5,000 by Friday, I will publish your source code on GitHub.\n\nFires at high.",
    },
    check,
};

/// Exposing or destroying the client's code or data on a payment condition:
/// "if you don't pay …, I will publish your source code", "Pay me 2 BTC or I
/// will leak the customer data", "支払わなければ、ソースコードを公開します"
/// (two sentences; the exposing verb within 40 bytes of the data).
static EXPOSE_UNLESS_PAID: Frame = Frame {
    slots: &[
        need(EXPOSE),
        need(DATA | IDENTITY),
        opt(UNLESS),
        opt(DEMAND),
        opt(COND),
    ],
    window: 2,
};

/// "Pay the damage, or … will be bombarded": a demand to pay, then "or", then a
/// threat of harm (two sentences).
static PAY_OR_HARM: Frame = Frame {
    slots: &[need(DEMAND), need(COND), need(frames::tag::HARM)],
    window: 2,
};

fn check(a: &Analysis, out: &mut Sink) {
    framed(a, out);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let scanned = frames::scan(a, true);
    let mut found: Vec<(FrameHit, &'static str, Severity)> = scanned
        .find(a, &PAY_OR_HARM)
        .into_iter()
        // in that order: the demand, "or", the harm
        .filter(|h| h.before(0, 1, 20) && h.before(1, 2, 80))
        .map(|h| (h, "payment with a threat of harm", Severity::High))
        .collect();
    let mut spans: Vec<(usize, Range<usize>)> = Vec::new();
    for h in scanned.find(a, &EXPOSE_UNLESS_PAID) {
        // the data right around the verb ("publish your source code",
        // "ソースコードを公開")
        if !h.near(0, 1, 40) {
            continue;
        }
        // a condition on payment, or "pay … or" before the threat
        let unless = h.fill(2).is_some();
        let pay_or = h.before(3, 4, 40) && h.before(4, 0, 20);
        if !(unless || pay_or) {
            continue;
        }
        let used: Vec<&Range<usize>> = [0, 1, if unless { 2 } else { 3 }]
            .iter()
            .filter_map(|&i| h.fill(i).map(|o| &o.range))
            .collect();
        let (Some(start), Some(end)) = (
            used.iter().map(|r| r.start).min(),
            used.iter().map(|r| r.end).max(),
        ) else {
            continue;
        };
        if !h.reported {
            spans.push((h.field, start..end));
        }
        found.push((
            h,
            "payment, threatening to publish, sell or destroy the client's code or data",
            Severity::High,
        ));
    }
    if spans.is_empty() {
        return frames::emit(a, out, &RULE, "demands", found);
    }
    // The whole threat as one span: from the condition to the data.
    crate::sort::by_key(&mut spans, |(f, r)| (*f, r.start));
    spans.dedup();
    let ev = spans
        .into_iter()
        .filter_map(|(fi, r)| a.field(fi).map(|f| f.evidence(r)))
        .collect();
    out.emit_at(
        &RULE,
        Severity::High,
        "The freelancer threatens to publish, sell or destroy the client's code or data unless paid.",
        ev,
    );
    true
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn threat_with_condition_is_high() {
        let h = run(
            &RULE,
            message(
                "If you don't pay the remaining $5,000 by Friday, I will publish your source code on GitHub.",
            ),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(
            texts(&h),
            ["If you don't pay the remaining $5,000 by Friday, I will publish your source code"]
        );
        let h = run(
            &RULE,
            message(
                "I still have a copy of the repository. Pay me 2 BTC or I will leak the customer data.",
            ),
        );
        assert_eq!(texts(&h), ["Pay me 2 BTC or I will leak the customer data"]);
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(
            &RULE,
            message("残りの報酬を支払わなければ、ソースコードを公開します。"),
        );
        assert_eq!(texts(&h), ["支払わなければ、ソースコードを公開"]);
        let h = run(
            &RULE,
            message("입금하지 않으면 소스 코드를 공개하겠습니다."),
        );
        assert_eq!(texts(&h), ["입금하지 않으면 소스 코드를 공개"]);
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "I will publish the code to your GitHub once you approve the milestone.",
            "If you don't pay this week, I will open a dispute with Upwork.",
            "I will delete the test data before handing over the repository.",
            "Please send the payment when the milestone is approved; I will push the code to your repo.",
            "承認後、ソースコードをリポジトリに公開します。",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_pay_or_harm() {
        // Fixture written for this test.
        let h = run(
            &RULE,
            message("Pay the damage now, or your servers will be bombarded tonight."),
        );
        assert_eq!(h[0].severity, Severity::High, "{h:?}");
        assert!(
            run(
                &RULE,
                message("Who will pay the damage after the storm destroyed the roof?")
            )
            .is_empty()
        );
    }
}
