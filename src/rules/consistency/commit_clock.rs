//! HL112 commit-clock-vs-claim: the UTC offsets the person's git commits
//! carry do not fit the claimed location or stated offset.
//!
//! A commit's author date keeps the offset of the author's machine
//! (`git log --format=%aI`). The rule reads each commit's offset against
//! the offsets the claimed location used *at that commit's time* (daylight
//! saving from `geo::tz`) and the stated offset. It only states offsets,
//! never where an offset points.

use crate::analysis::Analysis;
use crate::model::Commit;
use crate::report::{Evidence, Family, Severity};
use crate::rules::consistency::claims::{fmt_offset, offset_distance, value_evidence};
use crate::rules::platform::{Claim, plural};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL112",
    name: "commit-clock-vs-claim",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I42", "I02"],
    title: "Git commits carry a clock that does not fit the claimed location",
    innocent: "A computer kept on a client's, an employer's or a team's time zone, a person who moved or works abroad, or commits replayed from someone else's machine.",
    verify: "Ask which time zone the person works in and why their commits carry another; schedule a camera-on call at a time that is early morning or late evening in the claimed place.",
    docs: Docs {
        what_it_sees: "The profile's `commits` (contract v1.1, or `hirelens check --git PATH --author EMAIL`): each commit's author date (`at`) with the UTC offset git recorded. Only commits from the last two years of the history are read (people move), co-authored commits are skipped (whose clock is unclear), and commits in UTC (`Z`, `+00:00`) are not evidence (servers, CI, containers and many imports write UTC). Each remaining offset is compared with the offsets the claimed `location.country` (narrowed to `location.region`) used at that commit's time, daylight saving included, and with the stated `utc_offset_minutes` (± one hour, for daylight saving). A commit is off when it is two hours or more from every claimed offset. `medium` when at least 20 commits are read, at least 15 and four in five of them are off, most of the off ones by three hours or more, and one offset carries at least half of them; `low` when at least 3 commits and half of those read are off. Fewer commits never go above `low`; a minority of other offsets (travel) gives nothing. The author date is read, not the committer date, so rebases and imports keep the author's clock.",
        why_it_matters: "Researchers who trace remote IT-worker schemes compare the clock offset in a persona's commits with the place the persona claims: a machine's time zone is one of the few traces of where the keyboard is, and it is rarely faked consistently (I42). It is the git-history form of the browser-clock check (I02).",
        innocent_explanations: "A laptop kept on the time zone of a client, an employer's headquarters or a distributed team; a person who moved within the window, or works from abroad for long stretches; commits written on a remote machine or cherry-picked from another author's work; an identity shared by a pair of people. The hint states offsets, never a place.",
        example: "> location: {\"country\": \"US\", \"region\": \"TX\"}; 50 commits from the last year, 47 at `+09:00`, 3 at `-06:00`\n\nFires at medium: \"47 of 50 commits with a local clock carry an offset the claimed location did not use at the time, most often UTC+9 (47 commits); the profile claims United States (TX).\"",
    },
    check,
};

/// Commits older than this before the newest one are not read (people move).
pub const WINDOW_SECONDS: i64 = 2 * 365 * 86_400;

/// What the rule read from a list of commits (also used by the evaluation).
#[derive(Debug, Default, Clone)]
pub struct CommitClock {
    /// Commits read: in the window, with a non-UTC offset, not co-authored.
    pub read: usize,
    /// Indexes of the commits two hours or more from every claimed offset.
    pub off: Vec<usize>,
    /// How many of `off` are three hours or more away.
    pub far: usize,
    /// The most frequent offset among `off`, and how many carry it.
    pub top: Option<(i16, usize)>,
    pub utc: usize,
    pub coauthored: usize,
    pub older: usize,
}

impl CommitClock {
    /// `claimed(unix)` gives the offsets the claim allows at that instant.
    pub fn read(commits: &[Commit], claimed: impl Fn(i64) -> Vec<i32>) -> CommitClock {
        let mut r = CommitClock::default();
        let newest = commits.iter().filter_map(|c| c.at).map(|t| t.unix).max();
        let Some(newest) = newest else {
            return r;
        };
        let mut counts: Vec<(i16, usize)> = Vec::new();
        for (i, c) in commits.iter().enumerate() {
            let Some(t) = c.at else { continue };
            let Some(off) = t.offset_minutes else {
                continue;
            };
            if c.coauthored == Some(true) {
                r.coauthored += 1;
                continue;
            }
            if t.unix < newest - WINDOW_SECONDS {
                r.older += 1;
                continue;
            }
            if off == 0 {
                r.utc += 1;
                continue;
            }
            let allowed = claimed(t.unix);
            let Some(dist) = allowed
                .iter()
                .map(|c| offset_distance(i32::from(off), *c))
                .min()
            else {
                continue;
            };
            r.read += 1;
            if dist >= 120 {
                r.off.push(i);
                if dist >= 180 {
                    r.far += 1;
                }
                match counts.iter_mut().find(|(o, _)| *o == off) {
                    Some(x) => x.1 += 1,
                    None => counts.push((off, 1)),
                }
            }
        }
        crate::sort::by_key(&mut counts, |(o, n)| (std::cmp::Reverse(*n), *o));
        r.top = counts.first().copied();
        r
    }

    /// The severity the reading supports, `None` for no hint.
    pub fn severity(&self) -> Option<Severity> {
        let (n, m) = (self.read, self.off.len());
        let top = self.top.map_or(0, |t| t.1);
        if n >= 20 && m >= 15 && 5 * m >= 4 * n && 2 * self.far >= m && 2 * top >= m {
            Some(Severity::Medium)
        } else if m >= 3 && 2 * m >= n {
            Some(Severity::Low)
        } else {
            None
        }
    }
}

/// The offsets a claim allows at `unix`: the claimed location's (daylight
/// saving at that instant) and the stated offset with an hour either side.
pub fn claimed_offsets_at(claim: &Claim, unix: i64) -> Vec<i32> {
    let mut v: Vec<i32> = claim
        .location_offsets_at(unix)
        .iter()
        .map(|o| i32::from(*o))
        .collect();
    if let Some((s, _)) = &claim.stated {
        v.extend([*s - 60, *s, *s + 60]);
    }
    v
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else { return };
    if p.commits.is_empty() {
        return;
    }
    let Some(claim) = Claim::of(a) else { return };
    let r = CommitClock::read(&p.commits, |t| claimed_offsets_at(&claim, t));
    let Some(sev) = r.severity() else { return };
    let pre = a.profile_prefix;
    let (top, k) = r.top.unwrap_or((0, 0));
    let mut claims = Vec::new();
    if let Some(c) = &claim.country {
        match &c.region {
            Some((f, _)) => claims.push(format!("{} ({})", c.name(), f.original)),
            None => claims.push(c.name().to_owned()),
        }
    }
    if let Some((s, _)) = &claim.stated {
        claims.push(format!("a stated {}", fmt_offset(*s)));
    }
    let mut skipped = Vec::new();
    if r.utc > 0 {
        skipped.push(format!("{} in UTC (servers, CI)", plural(r.utc, "commit")));
    }
    if r.coauthored > 0 {
        skipped.push(format!("{} co-authored", r.coauthored));
    }
    if r.older > 0 {
        skipped.push(format!(
            "{} older than two years before the newest",
            r.older
        ));
    }
    let mut ev: Vec<Evidence> = r
        .off
        .iter()
        .take(5)
        .filter_map(|&i| {
            let t = p.commits.get(i)?.at?;
            Some(value_evidence(
                format!("{pre}commits[{i}].at"),
                t.to_rfc3339(),
            ))
        })
        .collect();
    ev.extend(claim.evidence());
    if let Some((f, _)) = claim.country.as_ref().and_then(|c| c.region.as_ref()) {
        ev.push(f.evidence_all());
    }
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{} of {} with a local clock carry an offset the claimed location did not use at the time, most often {} ({}); the profile claims {}.{}",
            r.off.len(),
            plural(r.read, "commit"),
            fmt_offset(i32::from(top)),
            plural(k, "commit"),
            claims.join(" and "),
            if skipped.is_empty() {
                String::new()
            } else {
                format!(" Not read: {}.", skipped.join(", "))
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

    /// `n` commits a day apart from 2025-01-06, at local 10:00 with `off`.
    fn commits(n: usize, off: &str, day0: u32) -> Vec<Value> {
        (0..n)
            .map(|i| {
                let d = day0 as usize + i;
                let (m, d) = (1 + d / 28, 1 + d % 28);
                json!({"at": format!("2025-{m:02}-{d:02}T10:00:00{off}")})
            })
            .collect()
    }

    fn doc(loc: Value, c: Vec<Value>) -> Value {
        json!({"kind":"profile","location": loc, "commits": c})
    }

    #[test]
    fn far_clock_in_most_commits_is_medium_and_names_no_place() {
        let mut c = commits(47, "+09:00", 0);
        c.extend(commits(3, "-06:00", 100));
        let h = test_run(&RULE, doc(json!({"country":"US","region":"TX"}), c));
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            h[0].message,
            "47 of 50 commits with a local clock carry an offset the claimed location did not use at the time, most often UTC+9 (47 commits); the profile claims United States (TX)."
        );
        assert_eq!(h[0].evidence[0].field, "commits[0].at");
        assert_eq!(h[0].evidence[0].text, "2025-01-01T10:00:00+09:00");
        assert_eq!(h[0].evidence.last().unwrap().field, "location.region");
        for w in ["Japan", "Korea", "Tokyo", "Seoul", "China"] {
            assert!(!h[0].message.contains(w));
        }
    }

    #[test]
    fn few_commits_reach_low_at_most() {
        let h = test_run(
            &RULE,
            doc(json!({"country":"US"}), commits(10, "+09:00", 0)),
        );
        assert_eq!(h[0].severity, Severity::Low, "{h:?}");
        // two off commits are not enough for anything
        let h = test_run(&RULE, doc(json!({"country":"US"}), commits(2, "+09:00", 0)));
        assert!(h.is_empty(), "{h:?}");
    }

    #[test]
    fn utc_coauthored_and_travel_are_not_evidence() {
        // servers and CI write UTC: 40 UTC commits and 10 at home say nothing
        let mut c = commits(40, "Z", 0);
        c.extend(commits(40, "+00:00", 50).into_iter().take(5));
        c.extend(commits(10, "-05:00", 120));
        assert!(test_run(&RULE, doc(json!({"country":"US"}), c)).is_empty());
        // co-authored commits are skipped
        let c: Vec<Value> = commits(30, "+09:00", 0)
            .into_iter()
            .map(|mut v| {
                v["coauthored"] = json!(true);
                v
            })
            .collect();
        assert!(test_run(&RULE, doc(json!({"country":"US"}), c)).is_empty());
        // a trip: 8 of 40 commits at another offset
        let mut c = commits(32, "+01:00", 0);
        c.extend(commits(8, "+09:00", 40));
        assert!(test_run(&RULE, doc(json!({"country":"Germany"}), c)).is_empty());
    }

    #[test]
    fn daylight_saving_is_read_at_each_commit_time() {
        // Berlin: +01:00 in winter, +02:00 in summer; both fit Germany
        let c = vec![
            json!({"at":"2025-01-10T10:00:00+01:00"}),
            json!({"at":"2025-07-10T10:00:00+02:00"}),
            json!({"at":"2025-07-11T10:00:00+02:00"}),
            json!({"at":"2025-07-12T10:00:00+02:00"}),
        ];
        assert!(test_run(&RULE, doc(json!({"country":"Germany"}), c)).is_empty());
        // a stated -06:00 fits -05:00 (daylight saving) but not +03:00
        let d =
            json!({"kind":"profile","utc_offset_minutes":-360,"commits": commits(25, "-05:00", 0)});
        assert!(test_run(&RULE, d).is_empty());
        let d =
            json!({"kind":"profile","utc_offset_minutes":-360,"commits": commits(25, "+03:00", 0)});
        let h = test_run(&RULE, d);
        assert_eq!(h[0].severity, Severity::Medium, "{h:?}");
        assert!(
            h[0].message.ends_with("the profile claims a stated UTC−6."),
            "{}",
            h[0].message
        );
    }

    #[test]
    fn old_history_is_not_read_and_nearby_offsets_fit() {
        // a person who moved: old commits elsewhere, the last two years at home
        let mut c: Vec<Value> = (0..40)
            .map(|i| json!({"at": format!("2019-03-{:02}T10:00:00+09:00", 1 + i % 28)}))
            .collect();
        c.extend(commits(20, "+01:00", 0));
        let h = test_run(&RULE, doc(json!({"country":"Germany"}), c));
        assert!(h.is_empty(), "{h:?}");
        // one hour from the claim (a neighbouring zone) is not off
        let h = test_run(
            &RULE,
            doc(json!({"country":"Germany"}), commits(30, "+02:00", 0)),
        );
        assert!(h.is_empty(), "{h:?}");
        // no claim, no hint
        let d = json!({"kind":"profile","commits": commits(30, "+09:00", 0)});
        assert!(test_run(&RULE, d).is_empty());
    }
}
