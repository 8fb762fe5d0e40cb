//! HL503 impossible-travel: sessions from countries far apart, closer in
//! time than any traveller could cover, with different browser clocks.

use super::plural;
use crate::analysis::Analysis;
use crate::geo::tz;
use crate::model::Network;
use crate::platform::{self, Sess, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::consistency::claims::offset_distance;
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL503",
    name: "impossible-travel",
    family: Family::Platform,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I66"],
    title: "Sessions from far-apart countries within hours",
    innocent: "An account used by a colleague or an assistant with permission, a phone and a laptop on different networks, or a wrongly placed IP address.",
    verify: "Ask who else has access to the account; require two-factor authentication bound to the verified person's device.",
    docs: Docs {
        what_it_sees: "Consecutive sessions (by `at`) whose IP countries are at least 3 hours of time zones apart (the closest offsets of the two places, from `geo::countries`: the `ip_region` when it is known there, else the whole country) and whose start times are closer than 2 hours plus one hour per hour of time-zone distance — less than any flight plus airport time. VPN, proxy, Tor and hosting sessions are left out (their country is the service's), and so are mobile ones (roaming data exits in the home country). A pair is left out when both sessions show the same browser clock or the same device: one clock and one device is one person whose network moved (roaming, a corporate VPN). `medium` from 2 such pairs, `low` for one. Neighbouring countries cannot be judged without coordinates and are never counted.",
        why_it_matters: "Guidance for platforms lists logins to one account from several countries within a short time (I66): an account run by a facilitator in the claimed country and a worker abroad, or rented out.",
        innocent_explanations: "A colleague or assistant using the account with permission; a phone roaming through its home network while the laptop is on local Wi-Fi; IP databases that place a network in the wrong country.",
        example: "> sessions at 09:00Z from a US residential network (browser clock UTC−5) and at 09:40Z from a residential network 13 hours of time zones away (browser clock UTC+8)\n\nOne such pair fires at low; two at medium: \"2 pairs of sessions came from countries at least 13 hours of time zones apart within 40 minutes of each other, with different browser clocks or devices.\"",
    },
    check,
};

/// Whether two sessions show the same clock at their times, or the same device.
fn same_person_trace(x: &Sess, y: &Sess) -> bool {
    if let (Some(dx), Some(dy)) = (&x.s.device, &y.s.device) {
        if dx == dy {
            return true;
        }
    }
    let (Some(tx), Some(ty)) = (x.unix(), y.unix()) else {
        return false;
    };
    let zx = x.s.browser_timezone.as_deref().and_then(tz::zone);
    let zy = y.s.browser_timezone.as_deref().and_then(tz::zone);
    match (zx, zy) {
        (Some(zx), Some(zy)) => {
            let ox = zx.offsets_at(tx);
            zy.offsets_at(ty).iter().any(|o| ox.contains(o))
        }
        _ => false,
    }
}

fn check(a: &Analysis, out: &mut Sink) {
    let ss: Vec<Sess> = platform::sessions(a)
        .into_iter()
        .filter(|s| {
            s.country.is_some()
                && s.unix().is_some()
                && !s.network.is_anonymising()
                && s.network != Network::Mobile
        })
        .collect();
    // by start minute (timestamps are 1990–2100, so minutes fit a usize),
    // then by position
    let mut order: Vec<(usize, usize)> = ss
        .iter()
        .enumerate()
        .map(|(k, s)| ((s.unix().unwrap_or(0).max(0) / 60) as usize, k))
        .collect();
    crate::sort::values(&mut order);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut widest, mut closest) = (0i32, i64::MAX);
    for w in order.windows(2) {
        let [(_, kx), (_, ky)] = w else { continue };
        let (Some(x), Some(y)) = (ss.get(*kx), ss.get(*ky)) else {
            continue;
        };
        let (Some(cx), Some(cy)) = (x.country, y.country) else {
            continue;
        };
        if cx.code == cy.code {
            continue;
        }
        let (ox, oy) = (x.place_offsets(), y.place_offsets());
        let gap = ox
            .iter()
            .flat_map(|a| {
                oy.iter()
                    .map(move |b| offset_distance(i32::from(*a), i32::from(*b)))
            })
            .min()
            .unwrap_or(0);
        if gap < 180 {
            continue;
        }
        let dt = (y.unix().unwrap_or(0) - x.unix().unwrap_or(0)) / 60;
        if dt >= 120 + i64::from(gap) || same_person_trace(x, y) {
            continue;
        }
        widest = widest.max(gap);
        closest = closest.min(dt);
        pairs.push((x.i, y.i));
    }
    let sev = match pairs.len() {
        0 => return,
        1 => Severity::Low,
        _ => Severity::Medium,
    };
    let mut idx: Vec<usize> = pairs.iter().flat_map(|(x, y)| [*x, *y]).collect();
    idx.dedup();
    let hours = widest / 60;
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{} of sessions came from countries at least {hours} hours of time zones apart within {closest} minutes of each other, with different browser clocks or devices.",
            plural(pairs.len(), "pair")
        ),
        sessions_evidence(a, &idx),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn s(at: &str, c: &str, tz: &str, dev: &str) -> Value {
        json!({"at": at, "ip_country": c, "network": "residential", "browser_timezone": tz, "device": dev})
    }

    #[test]
    fn two_people_on_one_account() {
        let d = json!({"kind":"profile","sessions":[
            s("2026-03-02T09:00:00Z","US","America/New_York","a"),
            s("2026-03-02T09:40:00Z","SG","Asia/Singapore","b"),
            s("2026-03-03T09:00:00Z","US","America/New_York","a"),
            s("2026-03-03T10:10:00Z","SG","Asia/Singapore","b")]});
        let h = test_run(&RULE, d);
        assert_eq!(h[0].severity, Severity::Medium, "{h:?}");
        assert_eq!(
            h[0].message,
            "2 pairs of sessions came from countries at least 6 hours of time zones apart within 40 minutes of each other, with different browser clocks or devices."
        );
        let f: Vec<&str> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            f,
            ["sessions[0]", "sessions[1]", "sessions[2]", "sessions[3]"]
        );
    }

    #[test]
    fn one_clock_or_a_real_trip_or_neighbours_are_not_counted() {
        // same device, same clock: roaming or a corporate VPN
        let d = json!({"kind":"profile","sessions":[
            s("2026-03-02T09:00:00Z","US","Europe/Paris","a"),
            s("2026-03-02T09:30:00Z","FR","Europe/Paris","a"),
            s("2026-03-02T10:00:00Z","US","Europe/Paris","a")]});
        assert!(test_run(&RULE, d).is_empty());
        // a flight: 14 hours later
        let d = json!({"kind":"profile","sessions":[
            s("2026-03-02T09:00:00Z","US","America/New_York","a"),
            s("2026-03-03T00:00:00Z","JP","Asia/Tokyo","a2")]});
        assert!(test_run(&RULE, d).is_empty());
        // the region narrows a wide country: Vladivostok is 10 hours from Moscow
        let d = json!({"kind":"profile","sessions":[
            {"at":"2026-03-02T07:00:00Z","ip_country":"RU","ip_region":"Moscow","network":"residential","device":"a"},
            {"at":"2026-03-02T08:00:00Z","ip_country":"RU","network":"residential","device":"b"},
            {"at":"2026-03-03T07:00:00Z","ip_country":"US","ip_region":"CA","network":"residential","device":"a"},
            {"at":"2026-03-03T08:00:00Z","ip_country":"RU","ip_region":"Primorsky Krai","network":"residential","device":"b"}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Low);
        let f: Vec<&str> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(f, ["sessions[2]", "sessions[3]"]);
        // commuters across a border: neighbours are never judged
        let d = json!({"kind":"profile","sessions":[
            s("2026-03-02T07:00:00Z","FR","Europe/Paris","home"),
            s("2026-03-02T07:40:00Z","CH","Europe/Zurich","work")]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
