//! Inputs found by fuzzing (`scripts/fuzz.sh`), kept as regression tests with
//! the input inlined. Each names the target that found it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hirelens::date::{PartialDate, Timestamp};

/// `dates`: a timestamp in year 0 parsed as a profile date of year 0, outside
/// the 1900–2200 range every other date form keeps, and printed as `0-01-01`,
/// which does not parse back.
#[test]
fn dates_timestamp_outside_the_year_range() {
    let input = "0000-01-01T00:00:00-14:00";
    assert!(Timestamp::parse(input).is_some(), "still a valid timestamp");
    assert_eq!(PartialDate::parse(input), None);
    for ok in [
        "1900-01-01T00:00:00Z",
        "2200-12-31T23:59:59+14:00",
        "2026-11-20T01:12:00+09:00",
    ] {
        let d = PartialDate::parse(ok).unwrap();
        assert_eq!(PartialDate::parse(&d.to_string()), Some(d), "{ok}");
    }
    // As a field of a document: a clear error naming the field.
    let e = hirelens::analyze_json(
        &format!(r#"{{"kind":"profile","employment":[{{"start":"{input}"}}]}}"#),
        &hirelens::Options::default(),
    )
    .unwrap_err();
    assert_eq!(e.field, "employment[0].start");
}

/// The text a UTF-16 span names in a string.
fn utf16_span(s: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&units[start..end]).unwrap()
}

/// `analyze_fields`: HL107 quoted the rate currency upper-cased and trimmed
/// ("LIN") as evidence for the span 0..3 of a field that held "lin": the
/// evidence named text that is not in the document. It now quotes the
/// trimmed original.
#[test]
fn analyze_fields_currency_evidence_quotes_the_field() {
    for (currency, start, text) in [("lin", 0, "lin"), ("  cNy ", 2, "cNy"), ("ＣＮＹ", 0, "")] {
        let json = serde_json::json!({"kind": "profile", "name": "Fixture Traveller",
            "location": {"country": "Germany"}, "utc_offset_minutes": 600,
            "contacts": {"phones": ["+86 138 0013 8000"]},
            "hourly_rate": {"amount": 30, "currency": currency}});
        let report =
            hirelens::analyze_json(&json.to_string(), &hirelens::Options::default()).unwrap();
        let ev: Vec<_> = report
            .hints
            .iter()
            .flat_map(|h| &h.evidence)
            .filter(|e| e.field == "hourly_rate.currency")
            .collect();
        if text.is_empty() {
            // Full-width letters are 9 bytes, not a 3-letter code: no evidence.
            assert!(ev.is_empty(), "{ev:?}");
            continue;
        }
        assert!(
            report.hints.iter().any(|h| h.code == "HL107"),
            "{currency:?}"
        );
        assert_eq!(ev.len(), 1, "{currency:?}: {ev:?}");
        assert_eq!((ev[0].start, ev[0].text.as_str()), (start, text));
        assert_eq!(utf16_span(currency, ev[0].start, ev[0].end), ev[0].text);
    }
}
