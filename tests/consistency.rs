//! The consistency rules together, through the public API: a persona whose
//! claims contradict each other, and honest profiles that are merely messy.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hirelens::{Level, Options, analyze_value};
use serde_json::{Value, json};

fn now() -> Options {
    Options {
        now: hirelens::date::Timestamp::parse("2026-11-24T00:00:00Z"),
        ..Default::default()
    }
}

/// `n` timestamps, one day after another, at UTC hours `first..first+span`.
fn activity(n: usize, first_utc_hour: i64, span: i64) -> Vec<String> {
    let base = hirelens::date::days_from_civil(2026, 11, 2) * 86_400;
    (0..n as i64)
        .map(|i| {
            let t = hirelens::date::Timestamp {
                unix: base + (i % 10) * 86_400 + (first_utc_hour + (i * 5) % span) * 3600 + 600,
                offset_minutes: None,
            };
            t.to_rfc3339()
        })
        .collect()
}

fn codes(doc: Value) -> (Level, Vec<String>) {
    let r = analyze_value(doc, &now()).unwrap();
    (r.level, r.hints.iter().map(|h| h.code.clone()).collect())
}

#[test]
fn contradicting_persona_reaches_high_without_naming_a_country() {
    let doc = doc_with_offset();
    let r = analyze_value(doc.clone(), &now()).unwrap();
    let got: Vec<&str> = r.hints.iter().map(|h| h.code.as_str()).collect();
    for code in ["HL103", "HL105", "HL106", "HL107", "HL108"] {
        assert!(got.contains(&code), "{code} missing from {got:?}");
    }
    assert_eq!(r.level, Level::High, "{got:?}");
    // The same profile with the time zone field filled in as the activity
    // suggests: now the field itself contradicts the claimed state.
    let mut doc2 = doc;
    doc2["utc_offset_minutes"] = json!(540);
    let (_, got2) = codes(doc2);
    assert!(got2.contains(&"HL102".to_owned()), "{got2:?}");
    assert!(!got2.contains(&"HL103".to_owned()), "{got2:?}");
    for h in &r.hints {
        assert!(!h.evidence.is_empty(), "{} without evidence", h.code);
        for country in ["China", "Korea", "Japan", "Russia"] {
            assert!(
                !h.message.contains(country),
                "{} names a country: {}",
                h.code,
                h.message
            );
        }
    }
}

fn doc_with_offset() -> Value {
    json!({"kind":"profile","id":"p1","platform":"upwork",
        "name":"Daniel Kim","headline":"Senior Full Stack Engineer",
        "overview":"Senior engineer with 15+ years of experience.",
        "location":{"country":"United States","region":"IL"},
        "hourly_rate":{"amount":25,"currency":"CNY"},
        "contacts":{"emails":["kevin.lee92@gmail.com"],"phones":["+86 138 0013 8000"]},
        "education":[{"school":"State University","start":"2016","end":"2020"}],
        "member_since":"2025-01",
        "employment":[{"company":"Upwork","title":"Freelance developer","start":"2021-02","end":"Present"}],
        // A working day in UTC+9 (00:00–09:00 UTC).
        "activity": activity(40, 0, 9)})
}

#[test]
fn messy_honest_profiles_stay_below_medium() {
    // Moved from India to the US two years ago: foreign schools and employers,
    // an Indian rate currency left over, but a US phone and a US time zone.
    let migrant = json!({"kind":"profile","name":"Priya Raghavan",
        "location":{"country":"United States","region":"WA"},"utc_offset_minutes":-480,
        "hourly_rate":{"amount":3500,"currency":"INR"},
        "contacts":{"phones":["+1 206 555 0143"],"emails":["priya.r@outlook.com"]},
        "languages":[{"language":"Tamil","level":"native"},{"language":"English","level":"fluent"}],
        "overview":"Backend developer with 9 years of experience.",
        "employment":[{"company":"Infosys","location":"Bengaluru, India","start":"2017-06","end":"2024-08"},
                      {"company":"Contoso","location":"Seattle, WA","start":"2024-10","end":"Present"}],
        "education":[{"school":"Anna University","location":"Chennai, India","start":"2013","end":"2017"}],
        // Evening and night hours: a night owl on Pacific time (16:00–01:00 local).
        "activity": activity(40, 0, 9)});
    let (level, got) = codes(migrant);
    assert!(level < Level::Medium, "{level:?} {got:?}");

    // A Korean-speaking developer in Germany who signs with a nickname.
    let thread = json!({"kind":"thread","profile":{"name":"Min-jun Park",
            "location":{"country":"Germany"},"utc_offset_minutes":60,
            "languages":[{"language":"Korean","level":"native"}],
            "contacts":{"emails":["mjpark@posteo.de"]}},
        "messages":[{"role":"freelancer","text":"Pushed the fix.\n\nBest regards,\nMinjun"},
                    {"role":"client","text":"Thanks,\nKevin"}]});
    let (level, got) = codes(thread);
    assert!(level < Level::Medium, "{level:?} {got:?}");
    assert!(!got.contains(&"HL106".to_owned()), "{got:?}");
}
