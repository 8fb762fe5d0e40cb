//! Properties over arbitrary documents: `analyze` never panics, the score is
//! a number in 0–100, and every evidence span names exactly its text in the
//! original field, in UTF-16 code units — with astral characters, combining
//! marks, CRLF, full-width forms, invisible and control characters mixed in.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{analyze_checked, doc};
use hirelens::Options;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Pieces of text that are hard for offsets, and pieces that make rules fire.
const PIECES: &[&str] = &[
    "😀",
    "𝕬",
    "e\u{301}",
    "n\u{303}\u{323}",
    "\r\n",
    "\n",
    "\t",
    "Ｔｅｌｅｇｒａｍ",
    "＠ｆａｓｔ",
    "ｗｗｗ．ａ．ｃｏ",
    "\u{200b}",
    "\u{200d}",
    "\u{202e}",
    "\u{feff}",
    "\0",
    "\u{1b}[2J",
    "ﬁ",
    "㎏",
    "Ⅻ",
    "가",
    "각",
    "テ",
    "ﾃﾞ",
    "中",
    "Let's continue on Telegram: @dev_pro",
    "contact me on WhatsApp +1 415 555 0100",
    "pay me in USDT to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "카톡으로 연락 주세요",
    "LINEで連絡ください",
    "I am a native English speaker based in Austin, Texas.",
    "15 years of experience",
    "a@b.co",
    "www.x.io/a",
    "Moreover, I delve into robust solutions.",
    "send the laptop to my cousin",
    "Best regards,\nJohn Smith",
    ". ",
    "! ",
    " ",
    "Present",
    "2019-03",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(PIECES).prop_map(str::to_owned),
            2 => "\\PC{0,12}",
            1 => any::<String>(),
        ],
        0..12,
    )
    .prop_map(|v| v.concat())
}

fn opt_text() -> impl Strategy<Value = Value> {
    prop_oneof![1 => Just(Value::Null), 4 => text().prop_map(Value::from)]
}

fn date() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        (1900i32..=2200, 1u8..=12).prop_map(|(y, m)| json!(format!("{y}-{m:02}"))),
        Just(json!("Present")),
        (1900i32..=2200).prop_map(|y| json!(y)),
    ]
}

fn profile() -> impl Strategy<Value = Value> {
    (
        (opt_text(), opt_text(), opt_text(), opt_text(), opt_text()),
        (any::<Option<i32>>(), any::<Option<u32>>(), prop::option::of(-1e12f64..1e12)),
        prop::collection::vec((opt_text(), opt_text(), opt_text(), date(), date()), 0..4),
        prop::collection::vec(text(), 0..4),
        (opt_text(), opt_text(), date()),
        prop::collection::vec(
            (0i64..253_402_300_799).prop_map(|s| {
                hirelens::date::Timestamp { unix: s, offset_minutes: Some(0) }.to_rfc3339()
            }),
            0..4,
        ),
    )
        .prop_map(|(t, n, emp, skills, lang, activity)| {
            json!({
                "name": t.0, "headline": t.1, "overview": t.2,
                "location": {"country": t.3, "city": t.4},
                "utc_offset_minutes": n.0, "jobs_completed": n.1, "hourly_rate": {"amount": n.2, "currency": "USD"},
                "employment": emp.into_iter().map(|(a, b, c, s, e)| json!({"title": a, "company": b, "description": c, "start": s, "end": e})).collect::<Vec<_>>(),
                "skills": skills,
                "languages": [{"language": lang.0, "level": lang.1}],
                "member_since": lang.2,
                "contacts": {"emails": [t.0], "handles": [t.1]},
                "payment": {"payee_name": t.3},
                "activity": activity,
            })
        })
}

fn document() -> impl Strategy<Value = Value> {
    prop_oneof![
        profile().prop_map(|mut p| {
            p["kind"] = json!("profile");
            p
        }),
        (opt_text(), opt_text(), opt_text(), prop::option::of(profile())).prop_map(|(a, t, j, p)| {
            json!({"kind": "proposal", "author": {"name": a}, "text": t, "job": {"description": j}, "profile": p})
        }),
        (opt_text(), opt_text(), prop::option::of(profile())).prop_map(|(a, t, p)| {
            json!({"kind": "message", "author": {"handle": a}, "text": t, "profile": p})
        }),
        (
            prop::collection::vec((opt_text(), 0u8..3), 0..6),
            opt_text(),
            prop::option::of(profile())
        )
            .prop_map(|(m, j, p)| {
                let msgs: Vec<Value> = m
                    .into_iter()
                    .map(|(t, r)| {
                        let role = ["freelancer", "client", "other"][r as usize];
                        json!({"text": t, "role": role})
                    })
                    .collect();
                json!({"kind": "thread", "messages": msgs, "job": {"title": j}, "profile": p})
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn analyze_never_panics_and_spans_are_exact(v in document()) {
        // Arbitrary numbers may not fit the contract (a date outside 1900–2200
        // is an error naming the field); what parses is analysed.
        if let Ok(d) = hirelens::Document::from_value(v) {
            let r = analyze_checked(d, &Options::default());
            prop_assert!((0.0..=100.0).contains(&r.score));
        }
    }

    #[test]
    fn json_text_with_escapes_parses_or_names_the_problem(s in "\\PC{0,40}", pre in prop::sample::select(&["\\ud800", "\\udc00", "\\ud83d\\ude00", "\\\\ud800", "\\u0000", ""][..])) {
        let j = format!(r#"{{"kind":"message","text":"{pre}{}"}}"#, s.replace('\\', "\\\\").replace('"', "\\\""));
        match hirelens::analyze_json(&j, &Options::default()) {
            Ok(r) => prop_assert!(r.score.is_finite()),
            Err(e) => prop_assert!(!e.message.is_empty()),
        }
    }
}

#[test]
fn spans_with_every_hard_piece() {
    // Each hard piece before and inside a contact the extractor finds.
    for p in PIECES {
        let t = format!(
            "{p}{p} Let's continue on Telegram: @dev{p}pro {p} or mail me at a@b.co{p}\r\n{p}"
        );
        let r = analyze_checked(
            doc(json!({"kind": "proposal", "text": t, "profile": {"overview": t, "name": p}})),
            &Options::default(),
        );
        assert!(!r.hints.is_empty(), "{p:?}: nothing found in {t:?}");
    }
}
