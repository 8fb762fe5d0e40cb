//! Dates as platforms show them, and RFC 3339 timestamps.
//!
//! Profile dates are often partial (`2019`, `Mar 2019`) or open (`Present`).
//! [`PartialDate`] keeps exactly the precision it was given. [`Timestamp`]
//! is an instant with the UTC offset it was written with, when it had one.

use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::fmt;

/// Error text shared by every date field, so messages read the same everywhere.
pub const DATE_EXPECTED: &str = "expected a date such as 2019-03 or \"Present\"";
/// Error text for timestamp fields.
pub const TIMESTAMP_EXPECTED: &str =
    "expected an RFC 3339 timestamp such as 2026-11-20T09:15:00+09:00";

/// A calendar date with the precision it was written with, or "present".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum PartialDate {
    Date {
        year: i32,
        #[serde(skip_serializing_if = "Option::is_none")]
        month: Option<u8>,
        #[serde(skip_serializing_if = "Option::is_none")]
        day: Option<u8>,
    },
    Present,
}

const MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const PRESENT: [&str; 10] = [
    "present",
    "now",
    "current",
    "currently",
    "today",
    "ongoing",
    "現在",
    "現在まで",
    "현재",
    "至今",
];

impl PartialDate {
    /// Parse what a platform or a person writes for a date.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let t = s.trim();
        if t.is_empty() {
            return None;
        }
        let lower = t.to_lowercase();
        if PRESENT.contains(&lower.as_str()) {
            return Some(PartialDate::Present);
        }
        // RFC 3339 timestamp: keep the date part.
        if t.len() > 10
            && t.as_bytes()
                .get(10)
                .is_some_and(|b| *b == b'T' || *b == b't' || *b == b' ')
        {
            let ts = Timestamp::parse(t)?;
            let (y, m, d) = civil_from_days(ts.local_seconds().div_euclid(86_400));
            // The same year range as every other form (found by fuzzing:
            // `0000-01-01T00:00:00-14:00` gave year 0, which printed as a
            // date that does not parse back).
            if !(1900..=2200).contains(&y) {
                return None;
            }
            return Some(PartialDate::Date {
                year: y,
                month: Some(m),
                day: Some(d),
            });
        }
        // CJK: 2019年3月(1日) / 2019년 3월 (1일)
        if let Some(d) = parse_cjk(t) {
            return Some(d);
        }
        let parts: Vec<&str> = lower
            .split(['-', '/', '.', ' ', ','])
            .filter(|p| !p.is_empty())
            .collect();
        match parts.as_slice() {
            [y] => year(y).map(|year| PartialDate::Date {
                year,
                month: None,
                day: None,
            }),
            [a, b] => {
                // 2019-03, 2019/3, 03/2019, Mar 2019, March 2019
                if let (Some(y), Some(m)) = (year(a), month_num(b)) {
                    return Some(PartialDate::Date {
                        year: y,
                        month: Some(m),
                        day: None,
                    });
                }
                let m = month_name(a).or_else(|| month_num(a))?;
                let y = year(b)?;
                Some(PartialDate::Date {
                    year: y,
                    month: Some(m),
                    day: None,
                })
            }
            [a, b, c] => {
                if let (Some(y), Some(m), Some(d)) = (year(a), month_num(b), day(c)) {
                    return valid(y, m, d);
                }
                // Mar 3 2019 / March 3, 2019
                if let (Some(m), Some(d), Some(y)) = (month_name(a), day(b), year(c)) {
                    return valid(y, m, d);
                }
                // 3 March 2019
                if let (Some(d), Some(m), Some(y)) = (day(a), month_name(b), year(c)) {
                    return valid(y, m, d);
                }
                None
            }
            _ => None,
        }
    }

    /// Months since year 0 for the first month this date can mean.
    pub fn month_index(&self) -> Option<i32> {
        match self {
            PartialDate::Date { year, month, .. } => {
                Some(year * 12 + i32::from(month.unwrap_or(1)) - 1)
            }
            PartialDate::Present => None,
        }
    }

    /// Months since year 0 for the last month this date can mean.
    pub fn month_index_end(&self) -> Option<i32> {
        match self {
            PartialDate::Date { year, month, .. } => {
                Some(year * 12 + i32::from(month.unwrap_or(12)) - 1)
            }
            PartialDate::Present => None,
        }
    }

    pub fn is_present(&self) -> bool {
        matches!(self, PartialDate::Present)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Present => f.write_str("Present"),
            PartialDate::Date {
                year, month: None, ..
            } => write!(f, "{year}"),
            PartialDate::Date {
                year,
                month: Some(m),
                day: None,
            } => write!(f, "{year}-{m:02}"),
            PartialDate::Date {
                year,
                month: Some(m),
                day: Some(d),
            } => {
                write!(f, "{year}-{m:02}-{d:02}")
            }
        }
    }
}

fn parse_cjk(t: &str) -> Option<PartialDate> {
    let (ys, rest) = t.split_once(['年', '년'])?;
    let y = year(ys.trim())?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(PartialDate::Date {
            year: y,
            month: None,
            day: None,
        });
    }
    let (ms, rest) = rest.split_once(['月', '월'])?;
    let m = month_num(ms.trim())?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(PartialDate::Date {
            year: y,
            month: Some(m),
            day: None,
        });
    }
    let ds = rest.trim_end_matches(['日', '일']).trim();
    valid(y, m, day(ds)?)
}

fn year(s: &str) -> Option<i32> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = s.parse().ok()?;
        (1900..=2200).contains(&y).then_some(y)
    } else {
        None
    }
}

fn month_num(s: &str) -> Option<u8> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return month_name(s);
    }
    let m: u8 = s.parse().ok()?;
    (1..=12).contains(&m).then_some(m)
}

fn month_name(s: &str) -> Option<u8> {
    let s = s.trim_end_matches('.');
    MONTHS.iter().find(|(n, _)| *n == s).map(|(_, m)| *m)
}

fn day(s: &str) -> Option<u8> {
    let s = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u8 = s.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn valid(y: i32, m: u8, d: u8) -> Option<PartialDate> {
    (d <= days_in_month(y, m)).then_some(PartialDate::Date {
        year: y,
        month: Some(m),
        day: Some(d),
    })
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = PartialDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(DATE_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<PartialDate, E> {
                PartialDate::parse(v).ok_or_else(|| E::custom(DATE_EXPECTED))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<PartialDate, E> {
                i32::try_from(v)
                    .ok()
                    .filter(|y| (1900..=2200).contains(y))
                    .map(|year| PartialDate::Date {
                        year,
                        month: None,
                        day: None,
                    })
                    .ok_or_else(|| E::custom(DATE_EXPECTED))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<PartialDate, E> {
                u64::try_from(v)
                    .map_err(|_| E::custom(DATE_EXPECTED))
                    .and_then(|v| self.visit_u64(v))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<PartialDate, E> {
                if v.fract() == 0.0 && (1900.0..=2200.0).contains(&v) {
                    self.visit_u64(v as u64)
                } else {
                    Err(E::custom(DATE_EXPECTED))
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// An instant, with the UTC offset it was written in when it carried one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z.
    pub unix: i64,
    /// The offset written in the timestamp (`+09:00` → 540), `None` for a
    /// timestamp without one (treated as UTC).
    pub offset_minutes: Option<i16>,
}

impl Timestamp {
    /// Parse RFC 3339 (`2026-11-20T01:12:00Z`, `…+09:00`, fractional seconds),
    /// also with a space instead of `T`, and a bare date (`2026-11-20`, UTC).
    pub fn parse(s: &str) -> Option<Timestamp> {
        let b = s.trim().as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = b.get(r)?;
            if part.is_empty() || !part.iter().all(u8::is_ascii_digit) {
                return None;
            }
            std::str::from_utf8(part).ok()?.parse().ok()
        };
        let y = num(0..4)?;
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let mo = num(5..7)?;
        let d = num(8..10)?;
        if !(1..=12).contains(&mo) || d < 1 || d > i64::from(days_in_month(y as i32, mo as u8)) {
            return None;
        }
        let days = days_from_civil(y as i32, mo as u8, d as u8);
        if b.len() == 10 {
            return Some(Timestamp {
                unix: days * 86_400,
                offset_minutes: None,
            });
        }
        if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(13) != Some(&b':') {
            return None;
        }
        let h = num(11..13)?;
        let mi = num(14..16)?;
        let mut i = 16;
        let mut sec = 0;
        if b.get(16) == Some(&b':') {
            sec = num(17..19)?;
            i = 19;
            if b.get(19) == Some(&b'.') {
                i = 20;
                while b.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                if i == 20 {
                    return None;
                }
            }
        }
        if h > 23 || mi > 59 || sec > 60 {
            return None;
        }
        let offset = match b.get(i) {
            None => None,
            Some(b'Z' | b'z') if b.len() == i + 1 => Some(0i64),
            Some(sign @ (b'+' | b'-')) if b.len() == i + 6 && b.get(i + 3) == Some(&b':') => {
                let oh = num(i + 1..i + 3)?;
                let om = num(i + 4..i + 6)?;
                if oh > 14 || om > 59 {
                    return None;
                }
                let o = oh * 60 + om;
                Some(if *sign == b'-' { -o } else { o })
            }
            _ => return None,
        };
        let local = days * 86_400 + h * 3600 + mi * 60 + sec.min(59);
        Some(Timestamp {
            unix: local - offset.unwrap_or(0) * 60,
            offset_minutes: offset.map(|o| o as i16),
        })
    }

    /// Seconds since the epoch on the clock the timestamp was written with.
    pub fn local_seconds(&self) -> i64 {
        self.unix + i64::from(self.offset_minutes.unwrap_or(0)) * 60
    }

    /// The calendar date (UTC) as `(year, month, day)`.
    pub fn utc_date(&self) -> (i32, u8, u8) {
        civil_from_days(self.unix.div_euclid(86_400))
    }

    /// Months since year 0 (UTC).
    pub fn month_index(&self) -> i32 {
        let (y, m, _) = self.utc_date();
        y * 12 + i32::from(m) - 1
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(TIMESTAMP_EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Timestamp, E> {
                Timestamp::parse(v).ok_or_else(|| E::custom(TIMESTAMP_EXPECTED))
            }
        }
        d.deserialize_any(V)
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.to_rfc3339())
    }
}

impl Timestamp {
    pub fn to_rfc3339(&self) -> String {
        let local = self.local_seconds();
        let (y, m, d) = civil_from_days(local.div_euclid(86_400));
        let rem = local.rem_euclid(86_400);
        let (h, mi, s) = (rem / 3600, rem % 3600 / 60, rem % 60);
        let off = match self.offset_minutes {
            None | Some(0) => "Z".to_owned(),
            Some(o) => {
                let sign = if o < 0 { '-' } else { '+' };
                let a = o.unsigned_abs();
                format!("{sign}{:02}:{:02}", a / 60, a % 60)
            }
        };
        format!("{y:04}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}{off}")
    }
}

/// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(y: i32, m: u8) -> PartialDate {
        PartialDate::Date {
            year: y,
            month: Some(m),
            day: None,
        }
    }

    #[test]
    fn platform_dates() {
        assert_eq!(
            PartialDate::parse("2019"),
            Some(PartialDate::Date {
                year: 2019,
                month: None,
                day: None
            })
        );
        assert_eq!(PartialDate::parse("2019-03"), Some(ym(2019, 3)));
        assert_eq!(PartialDate::parse("Mar 2019"), Some(ym(2019, 3)));
        assert_eq!(PartialDate::parse("March 2019"), Some(ym(2019, 3)));
        assert_eq!(PartialDate::parse("Sept. 2021"), Some(ym(2021, 9)));
        assert_eq!(PartialDate::parse("03/2019"), Some(ym(2019, 3)));
        assert_eq!(PartialDate::parse("2019年3月"), Some(ym(2019, 3)));
        assert_eq!(PartialDate::parse("2019년 3월"), Some(ym(2019, 3)));
        for p in ["Present", "now", "現在", "현재", "Current"] {
            assert_eq!(PartialDate::parse(p), Some(PartialDate::Present), "{p}");
        }
        assert_eq!(
            PartialDate::parse("2019-03-31"),
            Some(PartialDate::Date {
                year: 2019,
                month: Some(3),
                day: Some(31)
            })
        );
        assert_eq!(PartialDate::parse("2019-02-30"), None);
        assert_eq!(PartialDate::parse("2019-13"), None);
        assert_eq!(PartialDate::parse("yesterday"), None);
        assert_eq!(
            PartialDate::parse("2021-06-01T10:00:00+09:00"),
            Some(PartialDate::Date {
                year: 2021,
                month: Some(6),
                day: Some(1)
            })
        );
    }

    #[test]
    fn timestamps() {
        let t = Timestamp::parse("2026-11-23T21:14:00-06:00").unwrap();
        assert_eq!(t.offset_minutes, Some(-360));
        assert_eq!(
            Timestamp::parse("2026-11-24T03:14:00Z").unwrap().unix,
            t.unix
        );
        assert_eq!(t.to_rfc3339(), "2026-11-23T21:14:00-06:00");
        assert!(Timestamp::parse("2026-11-24T03:14:00.123456Z").is_some());
        assert!(Timestamp::parse("2026-11-24 03:14").is_some());
        assert!(Timestamp::parse("2026-11-24T25:00:00Z").is_none());
        assert!(Timestamp::parse("2026-11-24T03:14:00+0900").is_none());
        assert!(Timestamp::parse("").is_none());
        assert!(Timestamp::parse("２０２６-11-24").is_none());
    }

    #[test]
    fn civil_roundtrip() {
        for z in [-800_000i64, -1, 0, 1, 10_957, 20_000, 2_932_896] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }
}
