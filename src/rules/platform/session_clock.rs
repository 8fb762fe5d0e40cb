//! HL502 session-clock-vs-claim: the browser's clock, at the session's
//! time, fits neither the claimed location nor the session's network.

use super::{Claim, plural};
use crate::analysis::Analysis;
use crate::geo::tz;
use crate::platform::{self, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::consistency::claims::fmt_offset;
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL502",
    name: "session-clock-vs-claim",
    family: Family::Platform,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I02", "I42", "I66"],
    title: "Browser clock does not fit the claimed location",
    innocent: "A laptop left on another time zone, a traveller using a VPN home, or a person who keeps their computer on a client's or a team's clock.",
    verify: "Ask which time zone the person works in and schedule a camera-on call at a time that is early morning or late evening there.",
    docs: Docs {
        what_it_sees: "Each session's `browser_timezone` (an IANA name), turned into the UTC offset it showed *at the session's time* (`at`), daylight saving included, from the compact zone table in `geo::tz`. The offset is compared with the offsets the claimed `location.country` (narrowed to `location.region`) used at that same moment, and with the stated `utc_offset_minutes` as one of the zone's offsets of the year. A session whose clock fits neither the claim nor the country of its own network (when that network is not a VPN, proxy, Tor or hosting provider) is unexplained by travel. `medium` when at least 3 sessions and half of the sessions with a known zone are unexplained and most of them are 3 hours or more from the claim; `low` from 2 sessions and a quarter; `info` whenever a quarter of the sessions show the person abroad with a clock that fits the network's country (a traveller, whose unexplained sessions are likely a VPN to home). Zones the table does not know are skipped.",
        why_it_matters: "Advisories describe workers abroad who claim a Western location and reach the platform through VPNs or laptops in that country; the browser's own time zone is one of the few traces of where the keyboard is (I02, I42, I66).",
        innocent_explanations: "A traveller who keeps a VPN to home; a computer set to a client's or a distributed team's time zone; a device restored from a backup made elsewhere; a person who moved.",
        example: "> location: {\"country\": \"US\", \"region\": \"TX\"}; 20 sessions through US VPN exits with browser_timezone \"Asia/Tokyo\"\n\nFires at medium: \"In 20 of 20 sessions the browser's clock (most often UTC+9) fitted neither the claimed location (United States) nor the country of the session's network; 20 of them came through VPN, proxy, Tor or hosting providers.\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some(claim) = Claim::of(a) else {
        return;
    };
    let mut with_zone = 0usize;
    let mut unexplained: Vec<(usize, i16, bool)> = Vec::new(); // index, offset, anonymising
    let mut far = 0usize;
    let mut travelled = 0usize;
    for s in platform::sessions(a) {
        let (Some(t), Some(zone)) = (s.unix(), s.s.browser_timezone.as_deref().and_then(tz::zone))
        else {
            continue;
        };
        with_zone += 1;
        if claim.fits(&zone, t) {
            continue;
        }
        let now = zone.offsets_at(t);
        let travel = !s.network.is_anonymising()
            && s.country.is_some_and(|c| {
                tz::country_offsets_at(c, None, t)
                    .iter()
                    .any(|o| now.contains(o))
            });
        if travel {
            travelled += 1;
            continue;
        }
        if claim.distance(&zone, t) >= 180 {
            far += 1;
        }
        let off = now.first().copied().unwrap_or(zone.std);
        unexplained.push((s.i, off, s.network.is_anonymising()));
    }
    let m = unexplained.len();
    let mut sev = if m >= 3 && 2 * m >= with_zone && 2 * far >= m {
        Severity::Medium
    } else if m >= 2 && 4 * m >= with_zone {
        Severity::Low
    } else {
        return;
    };
    // A quarter of the sessions show the person abroad with a clock that
    // fits where they are: a traveller, whose other sessions are likely a
    // VPN to home.
    if 4 * travelled >= with_zone {
        sev = Severity::Info;
    }
    let mut counts: Vec<(i16, usize)> = Vec::new();
    for (_, o, _) in &unexplained {
        match counts.iter_mut().find(|(x, _)| x == o) {
            Some(c) => c.1 += 1,
            None => counts.push((*o, 1)),
        }
    }
    let mut common = 0i32;
    let mut most = 0usize;
    for (o, n) in &counts {
        if *n > most || (*n == most && i32::from(*o) < common) {
            (common, most) = (i32::from(*o), *n);
        }
    }
    let anon = unexplained.iter().filter(|u| u.2).count();
    let place = match &claim.country {
        Some(c) => c.name().to_owned(),
        None => claim
            .stated
            .as_ref()
            .map_or_else(String::new, |(o, _)| format!("stated {}", fmt_offset(*o))),
    };
    let idx: Vec<usize> = unexplained.iter().map(|u| u.0).collect();
    let mut ev = sessions_evidence(a, &idx);
    ev.extend(claim.evidence());
    out.emit_at(
        &RULE,
        sev,
        format!(
            "In {m} of {} the browser's clock (most often {}) fitted neither the claimed location ({place}) nor the country of the session's network; {anon} of them came through VPN, proxy, Tor or hosting providers.{}",
            plural(with_zone, "session"),
            fmt_offset(common),
            if travelled > 0 {
                format!(
                    " {} from abroad had a clock that fits the network's country.",
                    plural(travelled, "other session")
                )
            } else {
                String::new()
            }
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(loc: Value, sessions: &[(&str, &str, &str, &str)]) -> Value {
        let s: Vec<Value> = sessions
            .iter()
            .map(|(at, tz, c, n)| json!({"at": at, "browser_timezone": tz, "ip_country": c, "network": n}))
            .collect();
        json!({"kind":"profile","location": loc, "sessions": s})
    }

    #[test]
    fn vpn_into_the_claimed_country_with_a_far_clock_is_medium() {
        let s = [
            ("2026-01-05T01:00:00Z", "Asia/Tokyo", "US", "vpn"),
            ("2026-01-06T01:00:00Z", "Asia/Tokyo", "US", "vpn"),
            ("2026-01-07T01:00:00Z", "Asia/Tokyo", "US", "hosting"),
            (
                "2026-01-08T01:00:00Z",
                "America/Chicago",
                "US",
                "residential",
            ),
        ];
        let h = test_run(&RULE, doc(json!({"country":"US","region":"TX"}), &s));
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            h[0].message,
            "In 3 of 4 sessions the browser's clock (most often UTC+9) fitted neither the claimed location (United States) nor the country of the session's network; 3 of them came through VPN, proxy, Tor or hosting providers."
        );
        assert_eq!(h[0].evidence[0].field, "sessions[0]");
        assert_eq!(h[0].evidence[3].field, "location.country");
        assert!(!h[0].message.contains("Japan") && !h[0].message.contains("Tokyo"));
    }

    #[test]
    fn daylight_saving_is_read_at_the_session_time() {
        // Berlin in July is UTC+2; a claim of Germany fits in both seasons,
        // and Helsinki's winter clock (UTC+2) is Berlin's summer offset but
        // not its winter one.
        let s = [
            ("2026-07-05T10:00:00Z", "Europe/Berlin", "DE", "residential"),
            ("2026-01-05T10:00:00Z", "Europe/Berlin", "DE", "residential"),
        ];
        assert!(test_run(&RULE, doc(json!({"country":"Germany"}), &s)).is_empty());
        let winter = [
            ("2026-01-05T10:00:00Z", "Europe/Helsinki", "DE", "vpn"),
            ("2026-01-06T10:00:00Z", "Europe/Helsinki", "DE", "vpn"),
        ];
        let h = test_run(&RULE, doc(json!({"country":"Germany"}), &winter));
        assert_eq!(h[0].severity, Severity::Low, "{h:?}");
        let summer = [
            ("2026-07-05T10:00:00Z", "Europe/Helsinki", "DE", "vpn"),
            ("2026-07-06T10:00:00Z", "Europe/Helsinki", "DE", "vpn"),
        ];
        // Helsinki in July is UTC+3, Germany UTC+2: still one hour off
        assert_eq!(
            test_run(&RULE, doc(json!({"country":"Germany"}), &summer)).len(),
            1
        );
        // Arizona (no DST) in July is UTC−7 = Pacific daylight time: fits California
        let az = [
            ("2026-07-05T18:00:00Z", "America/Phoenix", "US", "vpn"),
            ("2026-07-06T18:00:00Z", "America/Phoenix", "US", "vpn"),
            ("2026-07-07T18:00:00Z", "America/Phoenix", "US", "vpn"),
        ];
        assert!(test_run(&RULE, doc(json!({"country":"US","region":"CA"}), &az)).is_empty());
    }

    #[test]
    fn travel_explains_a_clock_that_fits_the_network_country() {
        let s = [
            ("2026-02-01T03:00:00Z", "Asia/Makassar", "ID", "residential"),
            ("2026-02-02T03:00:00Z", "Asia/Makassar", "ID", "mobile"),
            ("2026-02-03T03:00:00Z", "Asia/Makassar", "ID", "business"),
        ];
        assert!(test_run(&RULE, doc(json!({"country":"US"}), &s)).is_empty());
        // a traveller's VPN to home, beside sessions that show the trip
        let s = [
            ("2026-02-01T03:00:00Z", "Asia/Makassar", "ID", "residential"),
            ("2026-02-02T03:00:00Z", "Asia/Makassar", "US", "vpn"),
            ("2026-02-03T03:00:00Z", "Asia/Makassar", "US", "vpn"),
            ("2026-02-04T03:00:00Z", "Asia/Makassar", "US", "vpn"),
        ];
        let h = test_run(&RULE, doc(json!({"country":"US"}), &s));
        assert_eq!(h[0].severity, Severity::Info, "{h:?}");
        assert!(
            h[0].message.ends_with(
                " 1 other session from abroad had a clock that fits the network's country."
            ),
            "{}",
            h[0].message
        );
        // the stated offset as either side of the zone's daylight saving fits
        let d = json!({"kind":"profile","utc_offset_minutes": -240, "sessions":[
            {"at":"2026-01-05T10:00:00Z","browser_timezone":"America/New_York","network":"vpn"},
            {"at":"2026-01-06T10:00:00Z","browser_timezone":"America/New_York","network":"vpn"}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
