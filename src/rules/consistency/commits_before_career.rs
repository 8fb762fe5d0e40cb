//! HL118 commits-before-career: the person's own commits start years
//! before the career or the account they claim.

use super::claims::value_evidence;
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL118",
    name: "commits-before-career",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I53", "I54"],
    title: "Commits older than the claimed career or account",
    innocent: "Coding as a teenager or a hobbyist, an old personal project pushed later, or a history imported from another system.",
    verify: "Ask about the oldest projects in the history and how the repository came to be; compare with the person's account of their first programming work.",
    docs: Docs {
        what_it_sees: "The author dates of the profile's `commits` (contract v1.1; `hirelens check --git`) against the earliest `start` of its `employment` and `education`, and, on a GitHub profile (`platform` \"github\"), its `member_since` (the account's creation). Fires when at least 3 commits are more than 3 years older than the earliest claimed education or employment, or more than a year older than the GitHub account (a few stray dates are a wrong clock, not evidence). Always `low`.",
        why_it_matters: "Researchers found persona GitHub accounts created recently that show years of history (I53), and histories copied from other people's repositories with the author rewritten (I54); a history that starts long before the person says they began studying or working is one sign of it.",
        innocent_explanations: "Many developers start young or as hobbyists and list only paid work; an old personal project pushed to a new account; a history imported from Subversion or another host keeps its old dates; a machine with a wrong clock.",
        example: "> education: [{\"start\": \"2018-09\"}]; commits: three from 2012\n\nFires at low: \"3 commits are more than 3 years older than the earliest claimed education or employment (2018-09), the oldest from 2012-03.\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else { return };
    if p.commits.len() < 3 {
        return;
    }
    let pre = a.profile_prefix;
    let dated: Vec<(usize, i32)> = p
        .commits
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((i, c.at?.month_index())))
        .collect();
    let mut parts = Vec::new();
    let mut ev = Vec::new();
    let mut oldest: Option<(usize, i32)> = None;
    let mut check_against = |limit: i32, what: String, ev_path: String, ev_text: String| {
        let before: Vec<&(usize, i32)> = dated.iter().filter(|(_, m)| *m < limit).collect();
        if before.len() >= 3 {
            if let Some(&&(i, m)) = before.iter().min_by_key(|(_, m)| *m) {
                if oldest.is_none_or(|(_, o)| m < o) {
                    oldest = Some((i, m));
                }
            }
            parts.push(format!("{} {what}", before.len()));
            ev.push(value_evidence(ev_path, ev_text));
        }
    };
    let career = p
        .employment
        .iter()
        .map(|e| (e.start.as_ref(), "employment"))
        .chain(p.education.iter().map(|e| (e.start.as_ref(), "education")))
        .enumerate()
        .filter_map(|(k, (d, kind))| Some((d?.month_index()?, d?.to_string(), kind, k)))
        .min_by_key(|x| x.0);
    if let Some((m, text, kind, k)) = career {
        let idx = if kind == "employment" {
            k
        } else {
            k - p.employment.len()
        };
        check_against(
            m - 36,
            format!(
                "commits are more than 3 years older than the earliest claimed education or employment ({text})"
            ),
            format!("{pre}{kind}[{idx}].start"),
            text.clone(),
        );
    }
    if p.platform
        .as_deref()
        .is_some_and(|s| s.eq_ignore_ascii_case("github"))
    {
        if let Some(ms) = p
            .member_since
            .as_ref()
            .and_then(|d| Some((d.month_index()?, d.to_string())))
        {
            check_against(
                ms.0 - 12,
                format!(
                    "commits are more than a year older than the account ({})",
                    ms.1
                ),
                format!("{pre}member_since"),
                ms.1.clone(),
            );
        }
    }
    let Some((i, m)) = oldest else { return };
    if let Some(t) = p.commits.get(i).and_then(|c| c.at) {
        ev.insert(
            0,
            value_evidence(format!("{pre}commits[{i}].at"), t.to_rfc3339()),
        );
    }
    out.emit(
        &RULE,
        format!(
            "{}, the oldest from {:04}-{:02}.",
            parts.join("; "),
            m.div_euclid(12),
            m.rem_euclid(12) + 1
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn history_years_before_the_career_or_account_is_low() {
        let d = json!({"kind":"profile","education":[{"school":"S","start":"2018-09"}],
            "employment":[{"company":"A","start":"2022-01"}],
            "commits":[{"at":"2012-03-01T10:00:00+01:00"},{"at":"2012-04-01T10:00:00+01:00"},
                       {"at":"2013-01-01T10:00:00+01:00"},{"at":"2024-01-01T10:00:00+01:00"}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "3 commits are more than 3 years older than the earliest claimed education or employment (2018-09), the oldest from 2012-03."
        );
        assert_eq!(h[0].evidence[0].field, "commits[0].at");
        assert_eq!(h[0].evidence[1].field, "education[0].start");
        let d = json!({"kind":"profile","platform":"github","member_since":"2024-05",
            "commits":[{"at":"2019-03-01T10:00:00Z"},{"at":"2019-04-01T10:00:00Z"},{"at":"2020-01-01T10:00:00Z"}]});
        let h = test_run(&RULE, d);
        assert_eq!(
            h[0].message,
            "3 commits are more than a year older than the account (2024-05), the oldest from 2019-03."
        );
    }

    #[test]
    fn a_student_coding_before_the_first_job_and_stray_dates_do_not_fire() {
        // commits during studies, before the first job
        let d = json!({"kind":"profile","education":[{"school":"S","start":"2014-09"}],
            "employment":[{"company":"A","start":"2019-01"}],
            "commits":[{"at":"2015-03-01T10:00:00+01:00"},{"at":"2016-04-01T10:00:00+01:00"},{"at":"2017-01-01T10:00:00+01:00"}]});
        assert!(test_run(&RULE, d).is_empty());
        // two commits with a wrong clock
        let d = json!({"kind":"profile","employment":[{"company":"A","start":"2019-01"}],
            "commits":[{"at":"1980-01-01T00:00:00Z"},{"at":"1980-01-02T00:00:00Z"},{"at":"2020-01-01T10:00:00+01:00"}]});
        assert!(test_run(&RULE, d).is_empty());
        // not a GitHub profile: the account date is the platform's, not the history's
        let d = json!({"kind":"profile","platform":"upwork","member_since":"2024-05",
            "commits":[{"at":"2019-03-01T10:00:00Z"},{"at":"2019-04-01T10:00:00Z"},{"at":"2020-01-01T10:00:00Z"}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
