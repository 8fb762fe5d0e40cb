//! HL103 activity-hours-vs-timezone: activity fits another working day.

use super::claims::{self, distinct_days, fmt_band, local_hour, offset_distance, value_evidence};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL103",
    name: "activity-hours-vs-timezone",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I42", "I43"],
    title: "Activity fits a different time zone",
    innocent: "Night owls, shift workers, people serving clients in other time zones and travellers keep hours that do not match their home clock.",
    verify: "Schedule a camera-on call during the person's claimed business hours, and ask about their usual working hours.",
    docs: Docs {
        what_it_sees: "The subject's timestamps (profile activity, the `sent_at` of proposals and the freelancer's messages), only when there are at least 20 of them over at least 3 distinct days. Each whole-hour UTC offset is scored by how well the activity fits an ordinary day (09:00–18:00 full weight, evenings and early mornings partly, 00:00–06:00 none). When the claimed offset (`utc_offset_minutes`, the offset in `local_time`, or the offsets of the claimed country and region) fits much worse than the best band (by 0.3 on that 0–1 scale), the best band is at least 3 hours away, and either 30 % of the activity falls between 00:00 and 06:00 at the claimed offset or at most 10 % falls in its 09:00–18:00, the hint names the band of offsets that fits best — never a country. It is `medium` with at least 30 timestamps over 5 days, at most 15 % of them in the claimed business hours and 25 % at night, `low` otherwise.",
        why_it_matters: "The US advisory of May 2022 lists an inability to work during the client's business hours and an \"assessed location and hours\" that do not match the claimed one; later reporting describes activity fitting a working day in UTC+7…+10 under personas claiming the Americas or Europe (I42).",
        innocent_explanations: "Freelancers often work nights for clients in Asia or Australia, or keep a second job by day; parents work after the children sleep; people travel or move and forget to update the profile; platforms sometimes show timestamps in the viewer's zone, so check which zone the timestamps were taken in.",
        example: "> utc_offset_minutes: -360, with 42 messages over 9 days sent between 18:00 and 03:00 UTC−6 (09:00–18:00 in UTC+9)\n\nFires at medium: \"Activity fits UTC+8…+10 better than the claimed UTC−6 (42 timestamps over 9 days; at the claimed offset 0 % fall in 09:00–18:00 and 33 % in 00:00–06:00)\".",
    },
    check,
};

/// How well each local hour fits an ordinary working day (0–1).
const DAY_PROFILE: [f64; 24] = [
    0.0, 0.0, 0.0, 0.0, 0.0, 0.0, // 00–05
    0.3, 0.6, 1.0, 1.0, 1.0, 1.0, // 06–11
    0.9, 1.0, 1.0, 1.0, 1.0, 1.0, // 12–17
    0.8, 0.6, 0.6, 0.6, 0.4, 0.2, // 18–23
];

pub const MIN_TIMESTAMPS: usize = 20;
pub const MIN_DAYS: usize = 3;

fn fit(ts: &[crate::date::Timestamp], offset: i32) -> f64 {
    if ts.is_empty() {
        return 0.0;
    }
    let sum: f64 = ts
        .iter()
        .map(|t| {
            DAY_PROFILE
                .get(local_hour(t, offset))
                .copied()
                .unwrap_or(0.0)
        })
        .sum();
    sum / ts.len() as f64
}

fn night_share(ts: &[crate::date::Timestamp], offset: i32) -> f64 {
    if ts.is_empty() {
        return 0.0;
    }
    ts.iter().filter(|t| local_hour(t, offset) < 6).count() as f64 / ts.len() as f64
}

fn business_share(ts: &[crate::date::Timestamp], offset: i32) -> f64 {
    if ts.is_empty() {
        return 0.0;
    }
    ts.iter()
        .filter(|t| (9..18).contains(&local_hour(t, offset)))
        .count() as f64
        / ts.len() as f64
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(claim) = claims::claimed_offsets(a) else {
        return;
    };
    let stamped = claims::timestamps(a);
    let days = distinct_days(&stamped);
    if stamped.len() < MIN_TIMESTAMPS || days < MIN_DAYS {
        return;
    }
    let ts: Vec<_> = stamped.iter().map(|(t, _)| *t).collect();
    // Whole-hour candidates UTC−12 … UTC+14.
    let cands: Vec<(i32, f64)> = (-12..=14).map(|h| (h * 60, fit(&ts, h * 60))).collect();
    let Some(&(best_off, best_fit)) = cands.iter().max_by(|x, y| {
        x.1.total_cmp(&y.1)
            // prefer the offset nearest the claim among ties: the most charitable reading
            .then_with(|| {
                let dx = claim.offsets.iter().map(|c| offset_distance(*c, x.0)).min();
                let dy = claim.offsets.iter().map(|c| offset_distance(*c, y.0)).min();
                dy.cmp(&dx)
            })
    }) else {
        return;
    };
    // The contiguous band of offsets around the best that fit nearly as well.
    let good = |o: i32| cands.iter().any(|&(c, f)| c == o && f >= best_fit - 0.04);
    let mut lo = best_off;
    while lo > -720 && good(lo - 60) {
        lo -= 60;
    }
    let mut hi = best_off;
    while hi < 840 && good(hi + 60) {
        hi += 60;
    }
    if hi - lo > 6 * 60 {
        return; // activity too spread out to point anywhere
    }
    let Some(&(claimed, claimed_fit)) = claim
        .offsets
        .iter()
        .map(|&o| (o, fit(&ts, o)))
        .collect::<Vec<_>>()
        .iter()
        .max_by(|x, y| x.1.total_cmp(&y.1))
    else {
        return;
    };
    let night = night_share(&ts, claimed);
    let dist = claim
        .offsets
        .iter()
        .map(|&c| {
            if (lo..=hi).contains(&c) {
                0
            } else {
                offset_distance(c, lo).min(offset_distance(c, hi))
            }
        })
        .min()
        .unwrap_or(0);
    let business = business_share(&ts, claimed);
    if best_fit - claimed_fit < 0.3 || dist < 180 || (night < 0.3 && business > 0.1) {
        return;
    }
    let strong =
        ts.len() >= 30 && days >= 5 && business <= 0.15 && night >= 0.25 && best_fit >= 0.75;
    let msg = format!(
        "Activity fits {} better than the claimed {} ({} timestamps over {} days; at the claimed offset {:.0} % fall in 09:00–18:00 and {:.0} % in 00:00–06:00).",
        fmt_band(lo, hi),
        claim.label(claimed),
        ts.len(),
        days,
        business * 100.0,
        night * 100.0
    );
    let mut ev = claim.evidence.clone();
    // The night-time timestamps at the claimed offset, a few of them.
    ev.extend(
        stamped
            .iter()
            .filter(|(t, _)| local_hour(t, claimed) < 6)
            .take(5)
            .map(|(t, path)| value_evidence(path.clone(), t.to_rfc3339())),
    );
    if strong {
        out.emit(&RULE, msg, ev);
    } else {
        out.emit_at(&RULE, Severity::Low, msg, ev);
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    /// `n` timestamps over `days` days at local hours `start..start+span` of `offset_h`.
    fn activity(n: usize, days: usize, offset_h: i64, start: i64, span: i64) -> Vec<String> {
        (0..n)
            .map(|i| {
                let day = (i % days) as i64;
                let hour = start + (i as i64 * 7) % span;
                let unix = 1_790_000_000 / 86_400 * 86_400
                    + day * 86_400
                    + (hour - offset_h) * 3600
                    + (i as i64 * 13 % 60) * 60;
                crate::date::Timestamp {
                    unix,
                    offset_minutes: Some(0),
                }
                .to_rfc3339()
            })
            .collect()
    }

    fn profile(offset: i32, act: Vec<String>) -> serde_json::Value {
        json!({"kind":"profile","utc_offset_minutes": offset, "activity": act})
    }

    #[test]
    fn working_day_in_another_zone_fires() {
        // Working 09–18 in UTC+9, claiming UTC−6.
        let hints = test_run(&RULE, profile(-360, activity(42, 9, 9, 9, 9)));
        assert_eq!(hints.len(), 1, "{hints:?}");
        let h = &hints[0];
        assert_eq!(h.severity, Severity::Medium);
        // A band around UTC+9 that excludes the claim, never a country.
        assert!(
            h.message
                .starts_with("Activity fits UTC+8…+10 better than the claimed UTC\u{2212}6"),
            "{}",
            h.message
        );
        assert!(h.message.contains("42 timestamps"), "{}", h.message);
        assert_eq!(h.evidence[0].field, "utc_offset_minutes");
        assert_eq!(h.evidence[0].text, "-360");
        assert!(h.evidence[1].field.starts_with("activity["));
    }

    #[test]
    fn fewer_timestamps_is_low_and_too_few_is_nothing() {
        let hints = test_run(&RULE, profile(-360, activity(24, 3, 9, 9, 9)));
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].severity, Severity::Low);
        assert!(test_run(&RULE, profile(-360, activity(19, 9, 9, 9, 9))).is_empty());
        assert!(test_run(&RULE, profile(-360, activity(40, 2, 9, 9, 9))).is_empty());
    }

    #[test]
    fn matching_zone_and_night_owls_are_benign() {
        // Working day at the claimed offset.
        assert!(test_run(&RULE, profile(-360, activity(60, 10, -6, 9, 9))).is_empty());
        // A night owl: 14:00–02:00 local.
        assert!(test_run(&RULE, profile(-360, activity(60, 10, -6, 14, 12))).is_empty());
        // No claimed zone: nothing to compare with.
        let doc = json!({"kind":"profile","activity": activity(42, 9, 9, 9, 9)});
        assert!(test_run(&RULE, doc).is_empty());
    }

    #[test]
    fn claimed_country_gives_the_offsets() {
        // No stated offset: the claimed state's offsets (Central time, CST/CDT) are the claim.
        let doc = json!({"kind":"profile","location":{"country":"United States","region":"Illinois"},
            "activity": activity(42, 9, 9, 9, 9)});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert!(
            hints[0]
                .message
                .contains("than the claimed UTC\u{2212}6…\u{2212}5 of the claimed location"),
            "{}",
            hints[0].message
        );
        assert_eq!(hints[0].evidence[0].field, "location.country");
        assert_eq!(hints[0].evidence[1].field, "location.region");
        // Working hours that fit the claimed state.
        let doc = json!({"kind":"profile","location":{"country":"United States","region":"Illinois"},
            "activity": activity(42, 9, -6, 9, 9)});
        assert!(test_run(&RULE, doc).is_empty());
    }

    #[test]
    fn local_time_offset_is_a_claim() {
        let doc = json!({"kind":"profile","local_time":"2026-11-23T21:14:00-05:00",
            "activity": activity(40, 8, 8, 9, 9)});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].evidence[0].field, "local_time");
    }
}
