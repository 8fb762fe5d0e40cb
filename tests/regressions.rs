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
