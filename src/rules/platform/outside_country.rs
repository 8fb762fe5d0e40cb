//! HL501 sessions-outside-country: most sessions came from networks outside
//! the claimed country.

use super::plural;
use crate::analysis::Analysis;
use crate::geo::tz;
use crate::platform::{self, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::consistency::claims;
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL501",
    name: "sessions-outside-country",
    family: Family::Platform,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I66", "I02"],
    title: "Sessions from outside the claimed country",
    innocent: "Travel, a long stay abroad, a corporate VPN that exits in another country, or an IP database that places the network wrongly.",
    verify: "Ask where the person has been working from lately; a camera-on call in their claimed business hours settles most cases.",
    docs: Docs {
        what_it_sees: "The `ip_country` of each session in `sessions` against the profile's claimed `location.country`. Fires when at least 3 sessions, and at least 30 % of the sessions whose IP country is known, came from outside the claimed country: `low` from half of them, unless most of those sessions explain themselves by their browser clock (it fits the network's country: a trip; or it fits the claim: a VPN or corporate exit used from home), `info` otherwise. The share of those sessions that came through VPN, proxy, Tor or hosting networks is shown beside it. The hint names the sessions, never the countries they came from.",
        why_it_matters: "The FBI's and partner agencies' guidance lists logins from outside the claimed location, and IP geolocation that does not match the claimed address, among the platform-side red flags (I66, I02).",
        innocent_explanations: "Travellers and digital nomads; people who moved and did not update the profile; corporate VPNs exiting in the head office's country; mobile roaming, which often exits in the home country; wrong IP geolocation.",
        example: "> location: {\"country\": \"US\"}; 40 sessions, 31 with ip_country outside the US, 12 of them through VPN or hosting\n\nFires at low: \"31 of 40 sessions came from networks outside the claimed country (United States); 12 of those through VPN, proxy, Tor or hosting providers.\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some(claim) = claims::claimed_country(a) else {
        return;
    };
    let ss = platform::sessions(a);
    let known: Vec<_> = ss.iter().filter(|s| s.country.is_some()).collect();
    let outside: Vec<_> = known
        .iter()
        .filter(|s| s.country.is_some_and(|c| !claim.contains(c)))
        .collect();
    let (n, k) = (outside.len(), known.len());
    if n < 3 || (n as f64) < 0.3 * k as f64 {
        return;
    }
    let anon = outside
        .iter()
        .filter(|s| s.network.is_anonymising())
        .count();
    // Outside sessions whose browser clock fits the network's country (a
    // trip) or the claim (a VPN or corporate exit used from home) explain
    // themselves; the rest carry the hint.
    let claim_clock = super::Claim::of(a);
    let explained = outside
        .iter()
        .filter(|s| {
            let (Some(t), Some(z)) = (s.unix(), s.s.browser_timezone.as_deref().and_then(tz::zone))
            else {
                return false;
            };
            let now = z.offsets_at(t);
            let trip = !s.network.is_anonymising()
                && s.country.is_some_and(|c| {
                    tz::country_offsets_at(c, None, t)
                        .iter()
                        .any(|o| now.contains(o))
                });
            trip || claim_clock.as_ref().is_some_and(|c| c.fits(&z, t))
        })
        .count();
    let sev = if 2 * n >= k && 2 * explained < n {
        Severity::Low
    } else {
        Severity::Info
    };
    let idx: Vec<usize> = outside.iter().map(|s| s.i).collect();
    let mut ev = sessions_evidence(a, &idx);
    ev.push(claim.field.evidence_all());
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{n} of {} came from networks outside the claimed country ({}); {anon} of those through VPN, proxy, Tor or hosting providers.",
            plural(k, "session"),
            claim.name()
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(countries: &[(&str, &str)]) -> Value {
        let s: Vec<Value> = countries
            .iter()
            .enumerate()
            .map(|(i, (c, n))| json!({"at": format!("2026-03-{:02}T10:00:00Z", i + 1), "ip_country": c, "network": n}))
            .collect();
        json!({"kind":"profile","location":{"country":"United States"},"sessions": s})
    }

    #[test]
    fn counts_and_names_the_sessions_not_the_countries() {
        let mut v = vec![("US", "residential"); 2];
        v.extend([("KR", "vpn"), ("JP", "hosting"), ("DE", "residential")]);
        let h = test_run(&RULE, doc(&v));
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "3 of 5 sessions came from networks outside the claimed country (United States); 2 of those through VPN, proxy, Tor or hosting providers."
        );
        let fields: Vec<&str> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "sessions[2]",
                "sessions[3]",
                "sessions[4]",
                "location.country"
            ]
        );
        assert_eq!(h[0].evidence[0].text, "2026-03-03T10:00:00Z · vpn");
        for e in &h[0].evidence {
            assert!(!e.text.contains("KR") && !e.text.contains("JP"), "{e:?}");
        }
    }

    #[test]
    fn a_minority_is_info_and_a_few_trips_nothing() {
        let mut v = vec![("US", "residential"); 6];
        v.extend([("MX", "mobile"), ("CA", "residential"), ("FR", "business")]);
        assert_eq!(test_run(&RULE, doc(&v))[0].severity, Severity::Info);
        // abroad with the local clock: a trip, info only
        let trip = json!({"kind":"profile","location":{"country":"US"},"sessions":[
            {"at":"2026-03-01T10:00:00Z","ip_country":"TH","network":"residential","browser_timezone":"Asia/Bangkok"},
            {"at":"2026-03-02T10:00:00Z","ip_country":"TH","network":"mobile","browser_timezone":"Asia/Bangkok"},
            {"at":"2026-03-03T10:00:00Z","ip_country":"VN","network":"business","browser_timezone":"Asia/Ho_Chi_Minh"}]});
        assert_eq!(test_run(&RULE, trip)[0].severity, Severity::Info);
        // a corporate exit abroad used from home: info only
        let corp = json!({"kind":"profile","location":{"country":"DE"},"sessions":[
            {"at":"2026-03-01T10:00:00Z","ip_country":"NL","network":"business","browser_timezone":"Europe/Berlin"},
            {"at":"2026-03-02T10:00:00Z","ip_country":"US","network":"vpn","browser_timezone":"Europe/Berlin"},
            {"at":"2026-03-03T10:00:00Z","ip_country":"US","network":"vpn","browser_timezone":"Europe/Berlin"}]});
        assert_eq!(test_run(&RULE, corp)[0].severity, Severity::Info);
        let mut v = vec![("US", "residential"); 10];
        v.extend([("MX", "mobile"), ("CA", "residential")]);
        assert!(test_run(&RULE, doc(&v)).is_empty());
        // no claim, nothing to compare
        let d = json!({"kind":"profile","sessions":[{"ip_country":"KR"},{"ip_country":"KR"},{"ip_country":"KR"}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
