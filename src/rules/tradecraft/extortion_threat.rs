//! HL310 extortion-threat: a threat to publish, sell or destroy code or data
//! unless paid.

use super::frames::{self, Frame, need, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

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
        what_it_sees: "A sentence (or two neighbouring sentences) in the freelancer's own text that threatens to publish, leak, sell, delete or hand over the client's code, data or repositories, together with a demand or condition about payment (\"unless you pay\", \"if I'm not paid\", \"支払わなければ\", \"입금하지 않으면\"), in English, Japanese or Korean. Frame (`frames.rs`): a demand to pay, then \"or/otherwise/unless\", then a threat of harm (bombarded, destroyed, leaked, you'd better) within two sentences — `high`. Near-miss: \"who will pay the damage after the storm destroyed the roof?\".",
        why_it_matters: "The FBI's 2025 PSA and the US Department of Justice describe workers who, after being discovered or let go, copied company code to personal accounts and demanded ransom, threatening to release it (I63). The threat itself is the harm.",
        innocent_explanations: "Almost none. A freelancer who was not paid may threaten to keep the code or to file a dispute; that is a contract matter and is not matched unless code or data is to be published, sold or destroyed.",
        example: "> If you don't pay the remaining $5,000 by Friday, I will publish your source code on GitHub.\n\nFires at high.",
    },
    check,
};

/// Harm to the client's code or data.
static HARM: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?-u:\b)(?:publish|leak|release|sell|post|expose|dump|delete|destroy|wipe|upload|share|give|hand\s+over|send)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:your|the|all\s+(?:of\s+)?(?:your|the)|company|client)\s+(?:(?:private|source|internal|customer|user|client)\s+)?(?:code|source\s+code|codebase|data|database|repos?|repositor(?:y|ies)|files|credentials|keys|secrets)(?-u:\b)",
        r"|(?:コード|ソースコード|データ|リポジトリ|顧客情報|個人情報|ソース)(?:を|は)?(?:すべて|全部)?(?:公開|流出|売|販売|削除|拡散|ばらま|晒)",
        r"|(?:코드|소스\s*코드|데이터|저장소|고객\s*정보|개인\s*정보|소스)(?:를|을|는)?\s*(?:전부|모두)?\s*(?:공개|유출|팔|판매|삭제|퍼뜨|뿌리)",
    ))
});

/// A condition or demand about payment.
static UNLESS_PAID: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?-u:\b)(?:unless|until)\s+(?:you\s+)?(?:pay|paid|send|transfer)(?-u:\b)",
        r"|(?-u:\b)if\s+(?:you\s+)?(?:don'?t|do\s+not|won'?t|refuse\s+to|fail\s+to)\s+(?:pay|send|transfer)(?-u:\b)",
        r"|(?-u:\b)if\s+i\s+(?:am\s+not|'m\s+not|don'?t\s+get|do\s+not\s+get)\s+paid(?-u:\b)",
        r"|(?-u:\b)(?:pay|send|transfer)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:or|otherwise|or\s+else)\s+(?:i|we)(?-u:\b)",
        r"|(?-u:\b)ransom(?-u:\b)",
        r"|(?:支払わ|払わ|振り込ま|入金し|送金し)(?:なければ|ないなら|ない場合|ないと)|(?:支払い|入金|送金)が(?:なければ|ない場合|ないなら)",
        r"|(?:지불하지|입금하지|송금하지|돈을\s*안\s*주|안\s*보내|결제하지)\s*(?:않으면|면|않는다면)",
    ))
});

/// "Pay the damage, or … will be bombarded": a demand to pay, then "or", then a
/// threat of harm (two sentences).
static PAY_OR_HARM: Frame = Frame {
    slots: &[need(DEMAND), need(COND), need(frames::tag::HARM)],
    window: 2,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, true)
        .find(a, &PAY_OR_HARM)
        .into_iter()
        // in that order: the demand, "or", the harm
        .filter(|h| h.before(0, 1, 20) && h.before(1, 2, 80))
        .map(|h| (h, "payment with a threat of harm", Severity::High))
        .collect();
    frames::emit(a, out, &RULE, "demands", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let mut hits: Vec<Hit> = Vec::new();
    for (fi, f) in a.subject_prose() {
        // a sentence with both parts, or two neighbouring sentences
        let sents = &f.sentences;
        for (i, s) in sents.iter().enumerate() {
            let window_end = sents.get(i + 1).map_or(s.end, |n| n.end);
            let Some(text) = f.norm.get(s.start..window_end) else {
                continue;
            };
            let Some(sent) = f.norm.get(s.clone()) else {
                continue;
            };
            if !(HARM.is_match(sent) || UNLESS_PAID.is_match(sent)) {
                continue;
            }
            if let Some(r) = scan::span_of(text, &[&HARM, &UNLESS_PAID], &[]) {
                hits.push(Hit {
                    field: fi,
                    range: s.start + r.start..s.start + r.end,
                });
            }
        }
    }
    let hits = scan::merge(hits);
    if hits.is_empty() {
        return;
    }
    out.emit(
        &RULE,
        "The freelancer threatens to publish, sell or destroy the client's code or data unless paid.",
        scan::evidence(a, &hits),
    );
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
