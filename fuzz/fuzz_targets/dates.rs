//! Dates and timestamps from arbitrary strings: parsing never panics, and
//! what parses prints back to something that parses to the same value.
#![no_main]

use hirelens::date::{PartialDate, Timestamp, civil_from_days, days_from_civil};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(t) = Timestamp::parse(s) {
        let again = Timestamp::parse(&t.to_rfc3339()).expect("printed timestamp parses");
        assert_eq!(again.unix, t.unix, "{s:?}");
        let _ = (t.utc_date(), t.month_index(), t.local_seconds());
    }
    if let Some(d) = PartialDate::parse(s) {
        let again = PartialDate::parse(&d.to_string()).expect("printed date parses");
        assert_eq!(again, d, "{s:?}");
        let _ = (d.month_index(), d.month_index_end());
    }
    // The calendar arithmetic round-trips for any day a timestamp can name.
    if data.len() >= 8 {
        let mut b = [0u8; 8];
        b.copy_from_slice(&data[..8]);
        let z = i64::from_le_bytes(b) % 4_000_000; // ±10,000 years
        let (y, m, d) = civil_from_days(z);
        assert_eq!(days_from_civil(y, m, d), z);
    }
    // JSON numbers and strings in date fields.
    let json = format!(r#"{{"kind":"profile","member_since":{s:?},"activity":[{s:?}],"employment":[{{"start":{s}}}]}}"#);
    let _ = hirelens::analyze_json(&json, &hirelens::Options::default());
});
