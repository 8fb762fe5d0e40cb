//! HL509 bid-volume: very many bids, very few wins.

use crate::analysis::Analysis;
use crate::platform::value_evidence;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL509",
    name: "bid-volume",
    family: Family::Platform,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I27"],
    title: "Very many bids, very few wins",
    innocent: "New freelancers bid widely before their first reviews; some markets are crowded.",
    verify: "Nothing to ask on this alone; read it beside the other hints.",
    docs: Docs {
        what_it_sees: "`bids.sent` and `bids.won`: 200 or more bids with fewer than 2 % won. Never more than `low`. `won` above `sent` is refused as an input error.",
        why_it_matters: "Reports on remote IT worker schemes describe identities sending proposals at industrial volume — over a hundred identities behind thousands of first interviews — with few contracts each (I27).",
        innocent_explanations: "Newcomers without reviews; generalists bidding in crowded categories; automated bidding tools some platforms sell.",
        example: "> bids: {\"sent\": 640, \"won\": 3, \"since\": \"2025-09\"}\n\nFires at low: \"640 bids sent since 2025-09, 3 won (0.5 %).\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some(b) = a.profile.and_then(|p| p.bids.as_ref()) else {
        return;
    };
    let (Some(sent), Some(won)) = (b.sent, b.won) else {
        return;
    };
    if sent < 200 || f64::from(won) >= 0.02 * f64::from(sent) {
        return;
    }
    let since = b
        .since
        .as_ref()
        .map_or_else(String::new, |d| format!(" since {d}"));
    let pre = a.profile_prefix;
    out.emit(
        &RULE,
        format!(
            "{sent} bids sent{since}, {won} won ({:.1} %).",
            100.0 * f64::from(won) / f64::from(sent)
        ),
        vec![
            value_evidence(format!("{pre}bids.sent"), sent.to_string()),
            value_evidence(format!("{pre}bids.won"), won.to_string()),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn volume_against_wins() {
        let h = test_run(
            &RULE,
            json!({"kind":"profile","bids":{"sent":640,"won":3,"since":"2025-09"}}),
        );
        assert_eq!(h[0].message, "640 bids sent since 2025-09, 3 won (0.5 %).");
        assert_eq!(h[0].severity, Severity::Low);
        assert!(
            test_run(
                &RULE,
                json!({"kind":"profile","bids":{"sent":640,"won":40}})
            )
            .is_empty()
        );
        assert!(test_run(&RULE, json!({"kind":"profile","bids":{"sent":50,"won":0}})).is_empty());
    }
}
