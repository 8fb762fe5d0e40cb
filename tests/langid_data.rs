//! The product's language decision (`Report::facts.language`: length gate,
//! English shortcut, whatlang on the capped sample) on real sentences
//! (`langid-lingua-testdata` in ../shared/data or $HIRELENS_DATA; skipped
//! with a message when absent). The full measurement, per language and
//! against plain whatlang, is `cargo run --release --example langid_gate`
//! (docs/evaluation.md); this test pins what must not regress, on every
//! 8th message-length text (three sentences joined) of the 57 languages
//! whatlang knows:
//!
//! - when the product names a language, it is right ≥ 99.5 % of the time
//!   (measured 99.9 %);
//! - it names one for ≥ 90 % of these texts (measured 92.7 % on all of them).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

#[path = "../examples/common/mod.rs"]
mod evaldata;
use evaldata::{LANG_CODES, data_dir};
use hirelens::{Options, analyze_value};
use serde_json::{Value, json};
use std::collections::BTreeMap;

#[test]
fn language_decision_is_right_when_made() {
    let Some(dir) = data_dir() else {
        eprintln!("langid_data: no ../shared/data; skipped");
        return;
    };
    let Some(rows) =
        evaldata::read_jsonl(&dir.join("langid-lingua-testdata/lingua_testdata_sentences.jsonl"))
    else {
        eprintln!("langid_data: langid-lingua-testdata missing; skipped");
        return;
    };
    // the data set's languages that whatlang knows
    let codes: BTreeMap<&str, &str> = LANG_CODES
        .iter()
        .copied()
        .filter(|(_, c)| whatlang::Lang::from_code(*c).is_some())
        .collect();
    assert_eq!(codes.len(), 57);
    let mut by_lang: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &rows {
        if let (Some(l), Some(t)) = (
            r.get("lang").and_then(Value::as_str),
            r.get("text").and_then(Value::as_str),
        ) && codes.contains_key(l)
        {
            by_lang.entry(l).or_default().push(t);
        }
    }
    assert_eq!(
        by_lang.len(),
        57,
        "every language of the table is in the data"
    );
    let (mut n, mut decided, mut right) = (0usize, 0usize, 0usize);
    let mut wrong: Vec<String> = Vec::new();
    for (lang, texts) in &by_lang {
        let want = codes[lang];
        for chunk in texts.chunks(3).step_by(8) {
            let text = chunk.join(" ");
            let doc = json!({"kind": "message", "id": "m", "text": text});
            let got = analyze_value(doc, &Options::default())
                .unwrap()
                .facts
                .language;
            n += 1;
            if let Some(g) = got {
                decided += 1;
                if g == want {
                    right += 1;
                } else {
                    wrong.push(format!("{lang}→{g}"));
                }
            }
        }
    }
    let precision = right as f64 / decided as f64;
    let coverage = decided as f64 / n as f64;
    eprintln!(
        "langid_data: {n} texts, decided {decided} ({:.1} %), right {right} ({:.2} %); wrong: {wrong:?}",
        100.0 * coverage,
        100.0 * precision
    );
    assert!(n > 2000, "{n}");
    assert!(precision >= 0.995, "right {right} of {decided}: {wrong:?}");
    assert!(coverage >= 0.90, "decided {decided} of {n}");
}
