//! HL104 round-the-clock-activity: active more than 16 hours a day, day after day.

use super::claims::{self, value_evidence};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use std::collections::BTreeMap;

pub static RULE: Rule = Rule {
    code: "HL104",
    name: "round-the-clock-activity",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I43"],
    title: "Active around the clock",
    innocent: "Crunch weeks, launches, on-call duty and notifications answered from a phone produce long days for one honest person.",
    verify: "Ask who else has access to the account, and agree core hours in which the person will be on camera.",
    docs: Docs {
        what_it_sees: "The subject's timestamps, grouped into days that start at the hour with the least activity overall (so a late worker's evening is not cut in two). A day counts as round-the-clock when its activity spans more than 16 hours and touches at least 10 different clock hours. The hint needs at least 20 timestamps and at least 3 such days; it never uses a time zone, so it says nothing about where anyone is.",
        why_it_matters: "The US advisory of May 2022 notes accounts logged in continuously for a day or more; leaked operator chats describe 14-hour-plus shifts and accounts passed between workers (I43). Sustained activity no single person keeps up suggests a shared account.",
        innocent_explanations: "Launch weeks, incidents and on-call rotations; a phone that answers messages at any hour; platforms that log automatic events (status changes, read receipts) as activity; two legitimate members of a small agency sharing one account openly.",
        example: "> 64 activity timestamps over 4 days, each day from 06:00 to 02:00 the next morning\n\nFires at low: \"Activity spans more than 16 hours on 4 days …\".",
    },
    check,
};

pub const MIN_TIMESTAMPS: usize = 20;
pub const MIN_LONG_DAYS: usize = 3;
const LONG_SPAN_SECONDS: i64 = 16 * 3600;
const MIN_DISTINCT_HOURS: usize = 10;

fn check(a: &Analysis, out: &mut Sink) {
    let stamped = claims::timestamps(a);
    if stamped.len() < MIN_TIMESTAMPS {
        return;
    }
    // The UTC hour with the least activity starts the day.
    let mut per_hour = [0usize; 24];
    for (t, _) in &stamped {
        if let Some(c) = per_hour.get_mut(claims::local_hour(t, 0)) {
            *c += 1;
        }
    }
    let quiet = per_hour
        .iter()
        .enumerate()
        .min_by_key(|(h, c)| (**c, *h))
        .map_or(0, |(h, _)| h as i64);
    let mut days: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (k, (t, _)) in stamped.iter().enumerate() {
        let day = (t.unix - quiet * 3600).div_euclid(86_400);
        days.entry(day).or_default().push(k);
    }
    let mut long_days = Vec::new();
    for idx in days.values() {
        let times: Vec<i64> = idx
            .iter()
            .filter_map(|&k| stamped.get(k).map(|(t, _)| t.unix))
            .collect();
        let (Some(min), Some(max)) = (times.iter().min(), times.iter().max()) else {
            continue;
        };
        let mut hours: Vec<i64> = times.iter().map(|u| u.div_euclid(3600)).collect();
        crate::sort::values(&mut hours);
        hours.dedup();
        if max - min > LONG_SPAN_SECONDS && hours.len() >= MIN_DISTINCT_HOURS {
            long_days.push((idx.clone(), max - min));
        }
    }
    if long_days.len() < MIN_LONG_DAYS {
        return;
    }
    let longest = long_days.iter().map(|(_, s)| *s).max().unwrap_or(0);
    let mut ev = Vec::new();
    for (idx, _) in long_days.iter().take(3) {
        // first and last timestamp of the day
        let first = idx
            .iter()
            .filter_map(|&k| stamped.get(k))
            .min_by_key(|(t, _)| t.unix);
        let last = idx
            .iter()
            .filter_map(|&k| stamped.get(k))
            .max_by_key(|(t, _)| t.unix);
        for (t, path) in first.into_iter().chain(last) {
            ev.push(value_evidence(path.clone(), t.to_rfc3339()));
        }
    }
    out.emit(
        &RULE,
        format!(
            "Activity spans more than 16 hours on {} days (longest {:.1} hours), from {} timestamps.",
            long_days.len(),
            longest as f64 / 3600.0,
            stamped.len()
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    fn stamps(days: i64, per_day: i64, first_h: i64, step_min: i64) -> Vec<String> {
        let base = 1_790_000_000 / 86_400 * 86_400;
        let mut v = Vec::new();
        for d in 0..days {
            for i in 0..per_day {
                let unix = base + d * 86_400 + first_h * 3600 + i * step_min * 60;
                v.push(
                    crate::date::Timestamp {
                        unix,
                        offset_minutes: None,
                    }
                    .to_rfc3339(),
                );
            }
        }
        v
    }

    #[test]
    fn twenty_hour_days_fire() {
        // 16 timestamps a day, every 80 minutes from 06:00: 20 hours a day.
        let doc = json!({"kind":"profile","activity": stamps(4, 16, 6, 80)});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert!(
            hints[0].message.contains("on 4 days"),
            "{}",
            hints[0].message
        );
        assert_eq!(hints[0].evidence.len(), 6);
        assert!(hints[0].evidence[0].field.starts_with("activity["));
    }

    #[test]
    fn ordinary_and_late_days_are_benign() {
        // 10-hour days.
        let doc = json!({"kind":"profile","activity": stamps(6, 10, 8, 60)});
        assert!(test_run(&RULE, doc).is_empty());
        // A late worker, 14:00–04:00 (14 hours), crossing midnight UTC.
        let doc = json!({"kind":"profile","activity": stamps(6, 15, 14, 60)});
        assert!(test_run(&RULE, doc).is_empty());
        // Two long days only.
        let doc = json!({"kind":"profile","activity": stamps(2, 16, 6, 80)});
        assert!(test_run(&RULE, doc).is_empty());
    }
}
