#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Every tradecraft rule's documented example does what its docs say: the
//! quoted text, sent as the freelancer's message, fires the rule at the
//! severity named after "Fires at", with evidence that is exactly a part of
//! the original text.

use hirelens::report::{Family, Severity};
use hirelens::{Options, analyze_json, rules};

fn severity_named(s: &str) -> Option<Severity> {
    let after = s.split("Fires at ").nth(1)?;
    let word: String = after
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect();
    Some(match word.as_str() {
        "info" => Severity::Info,
        "low" => Severity::Low,
        "medium" => Severity::Medium,
        "high" => Severity::High,
        _ => return None,
    })
}

#[test]
fn documented_examples_fire_as_documented() {
    let mut checked = 0;
    for r in rules::catalog()
        .into_iter()
        .filter(|r| r.family == Family::Tradecraft)
    {
        let ex = r.docs.example;
        // Examples that need a watchlist or a profile are tested in the rule's own tests.
        if !ex.starts_with("> ") {
            continue;
        }
        let quoted: Vec<&str> = ex
            .lines()
            .take_while(|l| l.starts_with("> "))
            .map(|l| l.trim_start_matches("> ").trim_start_matches("(later) "))
            .collect();
        let text = quoted.join("\n");
        let want =
            severity_named(ex).unwrap_or_else(|| panic!("{}: no 'Fires at' in {ex:?}", r.code));
        let doc = serde_json::json!({"kind": "message", "id": r.code, "text": text});
        let report = analyze_json(&doc.to_string(), &Options::default()).unwrap();
        let hint = report
            .hints
            .iter()
            .filter(|h| h.code == r.code)
            .max_by_key(|h| h.severity)
            .unwrap_or_else(|| panic!("{}: example does not fire: {text:?}", r.code));
        assert_eq!(hint.severity, want, "{}: {text:?}", r.code);
        let units: Vec<u16> = text.encode_utf16().collect();
        for e in &hint.evidence {
            assert_eq!(
                String::from_utf16(&units[e.start..e.end]).unwrap(),
                e.text,
                "{}",
                r.code
            );
        }
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} examples checked");
}
