//! Every evidence span names exactly the original text it reports, in UTF-16
//! code units, whatever the field holds: astral characters, combining marks,
//! CRLF, full-width forms, invisible characters.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hirelens::text::{Author, Field, Source};
use proptest::prelude::*;

fn utf16_slice(s: &str, a: usize, b: usize) -> Option<String> {
    let v: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(v.get(a..b)?).ok()
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Telegram: @dev_01".to_owned()),
        Just("ｔｅｌｅｇｒａｍ：＠ｄｅｖ".to_owned()),
        Just("e\u{301}\u{327}".to_owned()),
        Just("😀👩\u{200D}💻".to_owned()),
        Just("\r\n".to_owned()),
        Just("USDT로 지급".to_owned()),
        Just("報酬はUSDTで".to_owned()),
        Just("Jоhn".to_owned()),
        Just("a\u{200B}b".to_owned()),
        Just("\u{202E}evil\u{202C}".to_owned()),
        Just("ﬁ ㌔ Ⅻ".to_owned()),
        "[ -~]{0,12}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

proptest! {
    #[test]
    fn every_span_maps_back(parts in prop::collection::vec(piece(), 0..12), a in 0usize..200, len in 0usize..60) {
        let text: String = parts.concat();
        let f = Field::new("t".into(), Source::MessageText, Author::Subject, None, &text);
        // any normalized range
        let start = a.min(f.norm.len());
        let end = (start + len).min(f.norm.len());
        let e = f.evidence(start..end);
        prop_assert_eq!(utf16_slice(&text, e.start, e.end), Some(e.text.clone()));
        // every word and sentence
        for r in f.words.iter().chain(f.sentences.iter()) {
            let e = f.evidence(r.clone());
            prop_assert_eq!(utf16_slice(&text, e.start, e.end), Some(e.text.clone()));
            prop_assert!(!e.text.is_empty());
        }
    }

    #[test]
    fn hints_from_analysis_map_back(parts in prop::collection::vec(piece(), 1..10)) {
        let text: String = parts.concat();
        let doc = serde_json::json!({"kind": "message", "text": format!("Let's continue on {text} please pay me in USDT"), "author": {"name": text}});
        let original = doc["text"].as_str().unwrap().to_owned();
        let r = hirelens::analyze_value(doc.clone(), &hirelens::Options::default()).unwrap();
        for h in &r.hints {
            for e in &h.evidence {
                let src = match e.field.as_str() { "text" => &original, "author.name" => &text, other => panic!("{other}") };
                prop_assert_eq!(utf16_slice(src, e.start, e.end), Some(e.text.clone()));
            }
        }
    }
}
