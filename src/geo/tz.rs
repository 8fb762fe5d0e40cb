//! A compact time-zone table: the UTC offset a browser's IANA time zone
//! shows at a given instant, daylight saving included, and which of a
//! country's offsets are in use at that instant.
//!
//! # Why a table and not the tz database
//!
//! The platform rules (HL5xx) compare a session's browser time zone with
//! the claimed location *at the session's time*. The full IANA database is
//! hundreds of kilobytes; the WebAssembly module has a size budget. So this
//! is a hand-written table of the zones browsers commonly report (about 190
//! names and aliases, a few kilobytes) with their standard offset and one of
//! eight daylight-saving rules in force in 2025/2026, written from the IANA
//! tz database's published rules (no code copied):
//!
//! | rule | DST from | DST until | used by |
//! |---|---|---|---|
//! | `Eu` | last Sunday of March | last Sunday of October | EU/EEA, UK, Ukraine, Moldova, Balkans, Lebanon (approx.), Greenland (Nuuk) |
//! | `Us` | second Sunday of March | first Sunday of November | US, Canada, Cuba, Bahamas, Haiti |
//! | `AuSouth` | first Sunday of October | first Sunday of April | NSW, ACT, Victoria, Tasmania, South Australia |
//! | `Nz` | last Sunday of September | first Sunday of April | New Zealand |
//! | `Chile` | Sunday on or after 2 September | Sunday on or after 2 April | Chile (mainland) |
//! | `Israel` | Friday before the last Sunday of March | last Sunday of October | Israel |
//! | `Egypt` | last Friday of April | last Thursday of October | Egypt (since 2023) |
//! | `Both` | — (both offsets all year) | — | Morocco (Ramadan changes), Palestine |
//!
//! The change happens at different hours in different rules; instead of
//! modelling the hour, [`Zone::offsets_at`] answers **both** offsets from a day
//! before to a day after each change, so a session near a change never
//! counts as a mismatch. Zones not in the table give `None` (the rules then
//! skip that session and say so); `Etc/GMT±N` (sign inverted, as in POSIX)
//! and `UTC` are understood. Countries whose zones are missing keep every
//! offset of `geo::countries` all year, so a gap in this table can only
//! make a rule quieter, never louder. Every zone's offsets are offsets its
//! country uses in `geo::countries` (a test checks), so `Asia/Urumqi` is
//! left out, as it is there.

use super::countries::{self, Country};
use crate::date::days_from_civil;

/// A daylight-saving rule (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dst {
    None,
    Eu,
    Us,
    AuSouth,
    Nz,
    Chile,
    Israel,
    Egypt,
    Both,
}

#[derive(Debug, Clone, Copy)]
/// One zone: IANA name, ISO country, standard offset (minutes east of UTC), rule.
pub struct Zone {
    pub name: &'static str,
    pub country: &'static str,
    pub std: i16,
    pub dst: Dst,
}

const fn z(name: &'static str, country: &'static str, std: i16, dst: Dst) -> Zone {
    Zone {
        name,
        country,
        std,
        dst,
    }
}

use Dst::{AuSouth, Both, Chile, Egypt, Eu, Israel, Nz, Us};
const N: Dst = Dst::None;

/// The table, sorted by nothing in particular (lookups are linear over ~190 rows).
pub static ZONES: &[Zone] = &[
    // Europe
    z("Europe/London", "GB", 0, Eu),
    z("Europe/Dublin", "IE", 0, Eu),
    z("Europe/Lisbon", "PT", 0, Eu),
    z("Atlantic/Madeira", "PT", 0, Eu),
    z("Atlantic/Azores", "PT", -60, Eu),
    z("Atlantic/Canary", "ES", 0, Eu),
    z("Atlantic/Reykjavik", "IS", 0, N),
    z("Atlantic/Faroe", "FO", 0, Eu),
    z("Europe/Madrid", "ES", 60, Eu),
    z("Europe/Paris", "FR", 60, Eu),
    z("Europe/Berlin", "DE", 60, Eu),
    z("Europe/Amsterdam", "NL", 60, Eu),
    z("Europe/Brussels", "BE", 60, Eu),
    z("Europe/Luxembourg", "LU", 60, Eu),
    z("Europe/Zurich", "CH", 60, Eu),
    z("Europe/Vienna", "AT", 60, Eu),
    z("Europe/Rome", "IT", 60, Eu),
    z("Europe/Prague", "CZ", 60, Eu),
    z("Europe/Bratislava", "SK", 60, Eu),
    z("Europe/Warsaw", "PL", 60, Eu),
    z("Europe/Budapest", "HU", 60, Eu),
    z("Europe/Stockholm", "SE", 60, Eu),
    z("Europe/Oslo", "NO", 60, Eu),
    z("Europe/Copenhagen", "DK", 60, Eu),
    z("Europe/Belgrade", "RS", 60, Eu),
    z("Europe/Zagreb", "HR", 60, Eu),
    z("Europe/Ljubljana", "SI", 60, Eu),
    z("Europe/Sarajevo", "BA", 60, Eu),
    z("Europe/Skopje", "MK", 60, Eu),
    z("Europe/Podgorica", "ME", 60, Eu),
    z("Europe/Tirane", "AL", 60, Eu),
    z("Europe/Malta", "MT", 60, Eu),
    z("Europe/Monaco", "MC", 60, Eu),
    z("Europe/Andorra", "AD", 60, Eu),
    z("Europe/Gibraltar", "GI", 60, Eu),
    z("Europe/Helsinki", "FI", 120, Eu),
    z("Europe/Tallinn", "EE", 120, Eu),
    z("Europe/Riga", "LV", 120, Eu),
    z("Europe/Vilnius", "LT", 120, Eu),
    z("Europe/Athens", "GR", 120, Eu),
    z("Europe/Bucharest", "RO", 120, Eu),
    z("Europe/Sofia", "BG", 120, Eu),
    z("Europe/Kyiv", "UA", 120, Eu),
    z("Europe/Kiev", "UA", 120, Eu),
    z("Europe/Chisinau", "MD", 120, Eu),
    z("Asia/Nicosia", "CY", 120, Eu),
    z("Europe/Kaliningrad", "RU", 120, N),
    z("Europe/Istanbul", "TR", 180, N),
    z("Europe/Moscow", "RU", 180, N),
    z("Europe/Minsk", "BY", 180, N),
    z("Europe/Volgograd", "RU", 180, N),
    z("Europe/Samara", "RU", 240, N),
    // Asia
    z("Asia/Dubai", "AE", 240, N),
    z("Asia/Muscat", "OM", 240, N),
    z("Asia/Baku", "AZ", 240, N),
    z("Asia/Tbilisi", "GE", 240, N),
    z("Asia/Yerevan", "AM", 240, N),
    z("Asia/Kabul", "AF", 270, N),
    z("Asia/Tehran", "IR", 210, N),
    z("Asia/Karachi", "PK", 300, N),
    z("Asia/Tashkent", "UZ", 300, N),
    z("Asia/Samarkand", "UZ", 300, N),
    z("Asia/Almaty", "KZ", 300, N),
    z("Asia/Dushanbe", "TJ", 300, N),
    z("Asia/Ashgabat", "TM", 300, N),
    z("Asia/Yekaterinburg", "RU", 300, N),
    z("Indian/Maldives", "MV", 300, N),
    z("Asia/Kolkata", "IN", 330, N),
    z("Asia/Calcutta", "IN", 330, N),
    z("Asia/Colombo", "LK", 330, N),
    z("Asia/Kathmandu", "NP", 345, N),
    z("Asia/Katmandu", "NP", 345, N),
    z("Asia/Dhaka", "BD", 360, N),
    z("Asia/Bishkek", "KG", 360, N),
    z("Asia/Thimphu", "BT", 360, N),
    z("Asia/Omsk", "RU", 360, N),
    z("Asia/Yangon", "MM", 390, N),
    z("Asia/Rangoon", "MM", 390, N),
    z("Asia/Bangkok", "TH", 420, N),
    z("Asia/Ho_Chi_Minh", "VN", 420, N),
    z("Asia/Saigon", "VN", 420, N),
    z("Asia/Jakarta", "ID", 420, N),
    z("Asia/Phnom_Penh", "KH", 420, N),
    z("Asia/Vientiane", "LA", 420, N),
    z("Asia/Novosibirsk", "RU", 420, N),
    z("Asia/Krasnoyarsk", "RU", 420, N),
    z("Asia/Shanghai", "CN", 480, N),
    z("Asia/Chongqing", "CN", 480, N),
    z("Asia/Hong_Kong", "HK", 480, N),
    z("Asia/Macau", "MO", 480, N),
    z("Asia/Taipei", "TW", 480, N),
    z("Asia/Singapore", "SG", 480, N),
    z("Asia/Kuala_Lumpur", "MY", 480, N),
    z("Asia/Manila", "PH", 480, N),
    z("Asia/Makassar", "ID", 480, N),
    z("Asia/Irkutsk", "RU", 480, N),
    z("Asia/Ulaanbaatar", "MN", 480, N),
    z("Asia/Brunei", "BN", 480, N),
    z("Australia/Perth", "AU", 480, N),
    z("Asia/Tokyo", "JP", 540, N),
    z("Asia/Seoul", "KR", 540, N),
    z("Asia/Pyongyang", "KP", 540, N),
    z("Asia/Jayapura", "ID", 540, N),
    z("Asia/Dili", "TL", 540, N),
    z("Asia/Yakutsk", "RU", 540, N),
    z("Asia/Vladivostok", "RU", 600, N),
    z("Asia/Magadan", "RU", 660, N),
    z("Asia/Kamchatka", "RU", 720, N),
    z("Asia/Riyadh", "SA", 180, N),
    z("Asia/Baghdad", "IQ", 180, N),
    z("Asia/Kuwait", "KW", 180, N),
    z("Asia/Qatar", "QA", 180, N),
    z("Asia/Bahrain", "BH", 180, N),
    z("Asia/Aden", "YE", 180, N),
    z("Asia/Amman", "JO", 180, N),
    z("Asia/Damascus", "SY", 180, N),
    z("Asia/Beirut", "LB", 120, Eu),
    z("Asia/Jerusalem", "IL", 120, Israel),
    z("Asia/Tel_Aviv", "IL", 120, Israel),
    z("Asia/Gaza", "PS", 120, Both),
    z("Asia/Hebron", "PS", 120, Both),
    // Africa
    z("Africa/Cairo", "EG", 120, Egypt),
    z("Africa/Casablanca", "MA", 0, Both),
    z("Africa/Lagos", "NG", 60, N),
    z("Africa/Algiers", "DZ", 60, N),
    z("Africa/Tunis", "TN", 60, N),
    z("Africa/Kinshasa", "CD", 60, N),
    z("Africa/Luanda", "AO", 60, N),
    z("Africa/Douala", "CM", 60, N),
    z("Africa/Accra", "GH", 0, N),
    z("Africa/Abidjan", "CI", 0, N),
    z("Africa/Dakar", "SN", 0, N),
    z("Africa/Johannesburg", "ZA", 120, N),
    z("Africa/Lubumbashi", "CD", 120, N),
    z("Africa/Khartoum", "SD", 120, N),
    z("Africa/Tripoli", "LY", 120, N),
    z("Africa/Harare", "ZW", 120, N),
    z("Africa/Maputo", "MZ", 120, N),
    z("Africa/Lusaka", "ZM", 120, N),
    z("Africa/Kigali", "RW", 120, N),
    z("Africa/Windhoek", "NA", 120, N),
    z("Africa/Nairobi", "KE", 180, N),
    z("Africa/Addis_Ababa", "ET", 180, N),
    z("Africa/Kampala", "UG", 180, N),
    z("Africa/Dar_es_Salaam", "TZ", 180, N),
    z("Africa/Mogadishu", "SO", 180, N),
    z("Indian/Antananarivo", "MG", 180, N),
    z("Indian/Mauritius", "MU", 240, N),
    // Americas
    z("America/New_York", "US", -300, Us),
    z("America/Detroit", "US", -300, Us),
    z("America/Indiana/Indianapolis", "US", -300, Us),
    z("America/Kentucky/Louisville", "US", -300, Us),
    z("America/Chicago", "US", -360, Us),
    z("America/Denver", "US", -420, Us),
    z("America/Boise", "US", -420, Us),
    z("America/Phoenix", "US", -420, N),
    z("America/Los_Angeles", "US", -480, Us),
    z("America/Anchorage", "US", -540, Us),
    z("Pacific/Honolulu", "US", -600, N),
    z("America/Toronto", "CA", -300, Us),
    z("America/Montreal", "CA", -300, Us),
    z("America/Winnipeg", "CA", -360, Us),
    z("America/Regina", "CA", -360, N),
    z("America/Edmonton", "CA", -420, Us),
    z("America/Vancouver", "CA", -480, Us),
    z("America/Halifax", "CA", -240, Us),
    z("America/St_Johns", "CA", -210, Us),
    z("America/Mexico_City", "MX", -360, N),
    z("America/Monterrey", "MX", -360, N),
    z("America/Cancun", "MX", -300, N),
    z("America/Tijuana", "MX", -480, Us),
    z("America/Guatemala", "GT", -360, N),
    z("America/Costa_Rica", "CR", -360, N),
    z("America/El_Salvador", "SV", -360, N),
    z("America/Tegucigalpa", "HN", -360, N),
    z("America/Managua", "NI", -360, N),
    z("America/Havana", "CU", -300, Us),
    z("America/Jamaica", "JM", -300, N),
    z("America/Panama", "PA", -300, N),
    z("America/Bogota", "CO", -300, N),
    z("America/Lima", "PE", -300, N),
    z("America/Guayaquil", "EC", -300, N),
    z("America/Puerto_Rico", "PR", -240, N),
    z("America/Santo_Domingo", "DO", -240, N),
    z("America/Caracas", "VE", -240, N),
    z("America/La_Paz", "BO", -240, N),
    z("America/Manaus", "BR", -240, N),
    z("America/Santiago", "CL", -240, Chile),
    z("America/Asuncion", "PY", -180, N),
    z("America/Sao_Paulo", "BR", -180, N),
    z("America/Fortaleza", "BR", -180, N),
    z("America/Recife", "BR", -180, N),
    z("America/Bahia", "BR", -180, N),
    z("America/Belem", "BR", -180, N),
    z("America/Argentina/Buenos_Aires", "AR", -180, N),
    z("America/Buenos_Aires", "AR", -180, N),
    z("America/Montevideo", "UY", -180, N),
    z("America/Nuuk", "GL", -120, Eu),
    z("America/Godthab", "GL", -120, Eu),
    // Oceania
    z("Australia/Sydney", "AU", 600, AuSouth),
    z("Australia/Melbourne", "AU", 600, AuSouth),
    z("Australia/Hobart", "AU", 600, AuSouth),
    z("Australia/Canberra", "AU", 600, AuSouth),
    z("Australia/Brisbane", "AU", 600, N),
    z("Australia/Adelaide", "AU", 570, AuSouth),
    z("Australia/Darwin", "AU", 570, N),
    z("Pacific/Auckland", "NZ", 720, Nz),
    z("Pacific/Chatham", "NZ", 765, Nz),
    z("Pacific/Fiji", "FJ", 720, N),
    z("Pacific/Guam", "GU", 600, N),
    z("Pacific/Port_Moresby", "PG", 600, N),
    z("Pacific/Noumea", "NC", 660, N),
    z("Pacific/Tongatapu", "TO", 780, N),
    z("Pacific/Apia", "WS", 780, N),
    // Legacy links browsers still report
    z("US/Eastern", "US", -300, Us),
    z("US/Central", "US", -360, Us),
    z("US/Mountain", "US", -420, Us),
    z("US/Arizona", "US", -420, N),
    z("US/Pacific", "US", -480, Us),
    z("US/Alaska", "US", -540, Us),
    z("US/Hawaii", "US", -600, N),
];

/// A zone by IANA name (case-insensitive), or `None` when the table lacks it.
/// `UTC`/`Etc/UTC`/`GMT` and `Etc/GMT±N` are understood without a row.
pub fn zone(name: &str) -> Option<Zone> {
    let n = name.trim();
    if let Some(z) = ZONES.iter().find(|z| z.name.eq_ignore_ascii_case(n)) {
        return Some(*z);
    }
    let upper = n.to_ascii_uppercase();
    let bare = upper.strip_prefix("ETC/").unwrap_or(&upper);
    if matches!(bare, "UTC" | "GMT" | "UCT" | "ZULU" | "UNIVERSAL") {
        return Some(z("UTC", "", 0, Dst::None));
    }
    // Etc/GMT+5 is five hours *west* of UTC (POSIX sign).
    let rest = upper.strip_prefix("ETC/GMT")?;
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (-1i16, rest.get(1..)?),
        b'-' => (1i16, rest.get(1..)?),
        _ => return None,
    };
    let h: i16 = digits.parse().ok().filter(|h| (0..=14).contains(h))?;
    Some(z("Etc/GMT", "", sign * h * 60, Dst::None))
}

/// Days since the epoch of the `n`-th (1-based) `weekday` (0 = Sunday) of a
/// month, or of the last one when `n` is 0.
fn nth_weekday(y: i32, m: u8, weekday: i64, n: u8) -> i64 {
    let wd = |d: i64| (d + 4).rem_euclid(7); // 1970-01-01 was a Thursday
    if n == 0 {
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let last = days_from_civil(ny, nm, 1) - 1;
        last - (wd(last) - weekday).rem_euclid(7)
    } else {
        let first = days_from_civil(y, m, 1);
        first + (weekday - wd(first)).rem_euclid(7) + 7 * i64::from(n - 1)
    }
}

/// The first weekday on or after day `d` of the month.
fn weekday_on_or_after(y: i32, m: u8, d: u8, weekday: i64) -> i64 {
    let day = days_from_civil(y, m, d);
    day + (weekday - (day + 4).rem_euclid(7)).rem_euclid(7)
}

/// (start, end) days of daylight saving in year `y`; southern rules start
/// late in the year and end early in it.
fn window(dst: Dst, y: i32) -> Option<(i64, i64)> {
    const SUN: i64 = 0;
    Some(match dst {
        Dst::None | Dst::Both => return None,
        Dst::Eu => (nth_weekday(y, 3, SUN, 0), nth_weekday(y, 10, SUN, 0)),
        Dst::Us => (nth_weekday(y, 3, SUN, 2), nth_weekday(y, 11, SUN, 1)),
        Dst::AuSouth => (nth_weekday(y, 10, SUN, 1), nth_weekday(y, 4, SUN, 1)),
        Dst::Nz => (nth_weekday(y, 9, SUN, 0), nth_weekday(y, 4, SUN, 1)),
        Dst::Chile => (
            weekday_on_or_after(y, 9, 2, SUN),
            weekday_on_or_after(y, 4, 2, SUN),
        ),
        Dst::Israel => (nth_weekday(y, 3, SUN, 0) - 2, nth_weekday(y, 10, SUN, 0)),
        Dst::Egypt => (nth_weekday(y, 4, 5, 0), nth_weekday(y, 10, 4, 0)),
    })
}

/// Whether `day` (days since the epoch, local standard time) is in daylight
/// saving: `Some(true/false)`, or `None` within a day of a change.
fn in_dst(dst: Dst, day: i64) -> Option<bool> {
    let (y, _, _) = crate::date::civil_from_days(day);
    let (start, end) = window(dst, y)?;
    if (day - start).abs() <= 1 || (day - end).abs() <= 1 {
        return None;
    }
    Some(if start < end {
        day > start && day < end
    } else {
        day > start || day < end
    })
}

impl Zone {
    /// The offsets (minutes east of UTC) local clocks show at `unix`
    /// (seconds): one, or both around a change and for `Both` zones.
    pub fn offsets_at(&self, unix: i64) -> Vec<i16> {
        let day = (unix + i64::from(self.std) * 60).div_euclid(86_400);
        match self.dst {
            Dst::None => vec![self.std],
            Dst::Both => vec![self.std, self.std + 60],
            d => match in_dst(d, day) {
                Some(true) => vec![self.std + 60],
                Some(false) => vec![self.std],
                None => vec![self.std, self.std + 60],
            },
        }
    }

    /// Every offset of the year.
    pub fn offsets(&self) -> Vec<i16> {
        match self.dst {
            Dst::None => vec![self.std],
            _ => vec![self.std, self.std + 60],
        }
    }
}

/// The offsets in use in `country` at `unix`, limited to `within` (the
/// claimed region's offsets) when given: every all-year offset of the
/// country that some zone of the table shows at that instant, or that no
/// zone of the table covers (kept all year: a gap in the table makes the
/// answer wider, never narrower).
pub fn country_offsets_at(country: &Country, within: Option<&[i16]>, unix: i64) -> Vec<i16> {
    let zones: Vec<&Zone> = ZONES.iter().filter(|z| z.country == country.code).collect();
    let mut now: Vec<i16> = Vec::new();
    let mut covered: Vec<i16> = Vec::new();
    for z in &zones {
        now.extend(z.offsets_at(unix));
        covered.extend(z.offsets());
    }
    country
        .offsets
        .iter()
        .copied()
        .filter(|o| within.is_none_or(|w| w.contains(o)))
        .filter(|o| now.contains(o) || !covered.contains(o))
        .collect()
}

/// [`country_offsets_at`] for a country given by code, name or alias.
pub fn country_name_offsets_at(country: &str, unix: i64) -> Option<Vec<i16>> {
    let c = countries::lookup(country)?;
    Some(country_offsets_at(c, None, unix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Timestamp;

    fn at(s: &str) -> i64 {
        Timestamp::parse(s).map(|t| t.unix).unwrap_or_default()
    }

    #[test]
    fn dst_at_the_session_time() {
        let ny = zone("America/New_York").unwrap();
        assert_eq!(ny.offsets_at(at("2026-01-15T12:00:00Z")), vec![-300]);
        assert_eq!(ny.offsets_at(at("2026-07-15T12:00:00Z")), vec![-240]);
        // 2026-03-08 is the second Sunday of March: both offsets that day
        assert_eq!(ny.offsets_at(at("2026-03-08T12:00:00Z")), vec![-300, -240]);
        let berlin = zone("europe/berlin").unwrap();
        assert_eq!(berlin.offsets_at(at("2026-03-20T12:00:00Z")), vec![60]);
        assert_eq!(berlin.offsets_at(at("2026-04-02T12:00:00Z")), vec![120]);
        assert_eq!(berlin.offsets_at(at("2026-10-20T12:00:00Z")), vec![120]);
        assert_eq!(berlin.offsets_at(at("2026-11-02T12:00:00Z")), vec![60]);
        // southern hemisphere: Sydney is on daylight time in January
        let syd = zone("Australia/Sydney").unwrap();
        assert_eq!(syd.offsets_at(at("2026-01-15T00:00:00Z")), vec![660]);
        assert_eq!(syd.offsets_at(at("2026-07-15T00:00:00Z")), vec![600]);
        let akl = zone("Pacific/Auckland").unwrap();
        assert_eq!(akl.offsets_at(at("2026-12-01T00:00:00Z")), vec![780]);
        let scl = zone("America/Santiago").unwrap();
        assert_eq!(scl.offsets_at(at("2026-01-10T00:00:00Z")), vec![-180]);
        assert_eq!(scl.offsets_at(at("2026-06-10T00:00:00Z")), vec![-240]);
        assert_eq!(zone("Asia/Seoul").unwrap().offsets_at(0), vec![540]);
        assert_eq!(zone("Etc/GMT+5").unwrap().std, -300);
        assert_eq!(zone("Etc/GMT-9").unwrap().std, 540);
        assert_eq!(zone("UTC").unwrap().std, 0);
        assert!(zone("Mars/Olympus_Mons").is_none());
        assert!(zone("Etc/GMT+99").is_none());
    }

    /// The zone table agrees with the country table: every zone's offsets
    /// are offsets its country uses, so a clock can never be called foreign
    /// to its own country.
    #[test]
    fn zones_agree_with_countries() {
        for z in ZONES {
            let c = countries::by_code(z.country)
                .unwrap_or_else(|| panic!("{}: unknown country {}", z.name, z.country));
            for o in z.offsets() {
                assert!(
                    c.offsets.contains(&o),
                    "{}: {o} not among {}'s offsets {:?}",
                    z.name,
                    c.code,
                    c.offsets
                );
            }
            assert!(zone(z.name).is_some());
        }
    }

    #[test]
    fn weekday_arithmetic() {
        // last Sunday of March 2026 is the 29th; first Sunday of November the 1st
        assert_eq!(nth_weekday(2026, 3, 0, 0), days_from_civil(2026, 3, 29));
        assert_eq!(nth_weekday(2026, 11, 0, 1), days_from_civil(2026, 11, 1));
        assert_eq!(nth_weekday(2026, 3, 0, 2), days_from_civil(2026, 3, 8));
        assert_eq!(
            weekday_on_or_after(2024, 9, 2, 0),
            days_from_civil(2024, 9, 8)
        );
    }

    #[test]
    fn country_offsets_follow_the_season() {
        let us = countries::by_code("US").unwrap();
        let jan = country_offsets_at(us, None, at("2026-01-15T12:00:00Z"));
        let jul = country_offsets_at(us, None, at("2026-07-15T12:00:00Z"));
        assert!(jan.contains(&-300) && jan.contains(&-480) && !jan.contains(&-240));
        assert!(jul.contains(&-240) && jul.contains(&-420)); // EDT; Arizona MST all year
        // Texas in July: CDT (and El Paso's MDT), never EST
        let tx = countries::region("US", "TX").unwrap();
        let txj = country_offsets_at(us, Some(tx.offsets), at("2026-07-15T12:00:00Z"));
        assert!(txj.contains(&-300), "{txj:?}");
        let de = countries::by_code("DE").unwrap();
        assert_eq!(
            country_offsets_at(de, None, at("2026-07-15T12:00:00Z")),
            vec![120]
        );
        // a country the table does not cover keeps its all-year offsets
        let ws = countries::by_code("VU").unwrap();
        assert_eq!(country_offsets_at(ws, None, 0).len(), ws.offsets.len());
    }
}
