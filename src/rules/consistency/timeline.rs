//! HL105 timeline-contradiction: dates that cannot all be true.

use super::claims::{self, value_evidence};
use crate::analysis::Analysis;
use crate::date::PartialDate;
use crate::model::Profile;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL105",
    name: "timeline-contradiction",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I15", "I25", "I07"],
    title: "Dates in the profile contradict each other",
    innocent: "Profiles are often filled in hastily: a typo in a year, a trimmed work history, freelance work counted as experience, or an account re-created after a platform migration.",
    verify: "Ask the person to walk you through their history with dates, and check one employer and the school through contact details you find yourself.",
    docs: Docs {
        what_it_sees: "Dates the profile gives: employment and education start/end, `member_since`, the subject's activity, and \"N years of experience\" claims in the overview, headline, proposal or messages (English, Japanese 年の経験, Korean 년 경력). It reports: (1) more years of experience claimed than the whole dated history allows — `low` when the claim exceeds the span from the earliest job or school date by more than 3 years, `medium` by more than 6; (2) an on-platform history (activity, or a job at the platform itself) older than `member_since` — `medium` by 12 months or more, `low` by 3; (3) three or more current full-time roles at once (titles saying freelance, contract, part-time, founder, owner, advisor, consultant or volunteer are not counted) — `low`; (4) an end before its start, or an employment start or `member_since` in the future — `low`; (5) exactly two current full-time roles together with a years-of-experience claim more than 3 years beyond the history since the first job or graduation (education end) — `low`. \"Now\" is the caller's `now` option, else the latest timestamp in the document; without either, future-date checks are skipped.",
        why_it_matters: "The US advisory of May 2022 lists biographical information that does not fit together (I15); reporting on personas describes accounts far younger than the history they display (I07) and people holding several full-time jobs at once (I25).",
        innocent_explanations: "Work histories are often trimmed to recent roles while the overview counts everything; experience can include study projects, hobby work and freelance gigs; platforms migrated accounts (Elance and oDesk became Upwork in 2015); some people hold two part-time roles or a job plus a side business; a mistyped year is common.",
        example: "> overview: \"Senior engineer with 17+ years of experience\"; employment from 2021-03; education 2017–2021; now 2026-11\n\nFires at medium: \"The text claims 17 years of experience, but the earliest date in the history (2017) is 9.8 years ago.\" With 15 years it is `low`; with 12 years (within 3 years of the history) nothing fires.",
    },
    check,
};

/// Titles that are not a full-time job. Only `is_match` is asked, so a stem
/// needs no `\w*\b` after it: the longest run of ASCII word characters after
/// "contract" always ends at the (ASCII) word boundary that `contract\w*\b`
/// looks for, and `\w*`, a Unicode class, was most of the cost of building the
/// pattern (the test `stems_need_no_word_tail` compares the two).
static NOT_FULL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:free-?lanc|contract|volunteer|advis[oe]r|consult|mentor)|(?i)\b(?:part[- ]time|self[- ]employed|(?:co-?)?founder|owner|board|member|instructor|tutor|hobby|personal|open[- ]source)\b|フリーランス|業務委託|副業|프리랜서|계약직|파트타임",
    )
});

fn date_ev(pre: &str, path: String, d: &PartialDate) -> Evidence {
    value_evidence(format!("{pre}{path}"), d.to_string())
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else {
        return;
    };
    let pre = a.profile_prefix;
    let now_month = a.now().map(|t| t.month_index());
    ends_before_starts(p, pre, out);
    if let Some(now) = now_month {
        future_dates(p, pre, now, out);
        experience_vs_history(a, p, pre, now, out);
        two_roles_and_experience(a, p, pre, now, out);
    }
    member_since_vs_history(a, p, pre, out);
    concurrent_roles(p, pre, out);
}

fn ends_before_starts(p: &Profile, pre: &str, out: &mut Sink) {
    let mut ev = Vec::new();
    let pairs = p
        .employment
        .iter()
        .enumerate()
        .map(|(i, e)| (format!("employment[{i}]"), e.start, e.end))
        .chain(
            p.education
                .iter()
                .enumerate()
                .map(|(i, e)| (format!("education[{i}]"), e.start, e.end)),
        );
    for (path, start, end) in pairs {
        let (Some(s), Some(e)) = (start, end) else {
            continue;
        };
        if let (Some(si), Some(ei)) = (s.month_index(), e.month_index_end()) {
            if ei < si {
                ev.push(date_ev(pre, format!("{path}.start"), &s));
                ev.push(date_ev(pre, format!("{path}.end"), &e));
            }
        }
    }
    if !ev.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Low,
            "An entry in the history ends before it starts.",
            ev,
        );
    }
}

fn future_dates(p: &Profile, pre: &str, now: i32, out: &mut Sink) {
    let mut ev = Vec::new();
    for (i, e) in p.employment.iter().enumerate() {
        if let Some(s) = e
            .start
            .filter(|s| s.month_index().is_some_and(|m| m > now + 1))
        {
            ev.push(date_ev(pre, format!("employment[{i}].start"), &s));
        }
    }
    if let Some(m) = p
        .member_since
        .filter(|s| s.month_index().is_some_and(|m| m > now))
    {
        ev.push(date_ev(pre, "member_since".to_owned(), &m));
    }
    if !ev.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Low,
            "A job start or the membership date lies in the future.",
            ev,
        );
    }
}

/// The earliest of some dated points of a profile (month index, path under
/// the profile, date), as a month index and evidence.
fn earliest_of<'p>(
    pre: &str,
    points: impl Iterator<Item = (Option<i32>, String, &'p PartialDate)>,
) -> Option<(i32, Evidence)> {
    points
        .filter_map(|(m, path, d)| Some((m?, path, d)))
        .min_by_key(|(m, _, _)| *m)
        .map(|(m, path, d)| (m, date_ev(pre, path, d)))
}

/// Every job's start, as points for [`earliest_of`].
fn job_starts(p: &Profile) -> impl Iterator<Item = (Option<i32>, String, &PartialDate)> {
    p.employment.iter().enumerate().filter_map(|(i, e)| {
        let s = e.start.as_ref()?;
        Some((s.month_index(), format!("employment[{i}].start"), s))
    })
}

/// The earliest dated point of the history, as a month index and evidence.
fn earliest(p: &Profile, pre: &str) -> Option<(i32, Evidence)> {
    let schools = p.education.iter().enumerate().filter_map(|(i, e)| {
        if let Some(s) = &e.start {
            Some((s.month_index(), format!("education[{i}].start"), s))
        } else {
            // no start: assume a four-year programme before the end
            let end = e.end.as_ref()?;
            Some((
                end.month_index().map(|m| m - 48),
                format!("education[{i}].end"),
                end,
            ))
        }
    });
    earliest_of(pre, job_starts(p).chain(schools))
}

fn experience_vs_history(a: &Analysis, p: &Profile, pre: &str, now: i32, out: &mut Sink) {
    let claimed = claims::years_claims(a);
    let Some(top) = claimed.iter().max_by_key(|c| c.years) else {
        return;
    };
    let Some((first, first_ev)) = earliest(p, pre) else {
        return;
    };
    let available = f64::from(now - first) / 12.0;
    let excess = f64::from(top.years) - available;
    if excess <= 3.0 {
        return;
    }
    let Some(f) = a.field(top.field) else {
        return;
    };
    let sev = if excess > 6.0 {
        Severity::Medium
    } else {
        Severity::Low
    };
    out.emit_at(
        &RULE,
        sev,
        format!(
            "The text claims {} years of experience, but the earliest date in the history ({}) is {:.1} years ago.",
            top.years, first_ev.text, available
        ),
        vec![f.evidence(top.range.clone()), first_ev],
    );
}

/// The start of working life: the first job's start or the first graduation
/// (an education end), whichever is earlier.
fn working_start(p: &Profile, pre: &str) -> Option<(i32, Evidence)> {
    let graduations = p.education.iter().enumerate().filter_map(|(i, e)| {
        let end = e.end.as_ref()?;
        Some((end.month_index(), format!("education[{i}].end"), end))
    });
    earliest_of(pre, job_starts(p).chain(graduations))
}

/// Two current full-time roles at once, together with more years of
/// experience than the history since the first job or graduation allows
/// (by more than 3 years): `low`. (Three current roles, or a claim beyond
/// the first school date, are reported by the checks above.)
fn two_roles_and_experience(a: &Analysis, p: &Profile, pre: &str, now: i32, out: &mut Sink) {
    let roles = current_full_time(p, pre);
    if roles.len() != 2 {
        return;
    }
    let claimed = claims::years_claims(a);
    let Some(top) = claimed.iter().max_by_key(|c| c.years) else {
        return;
    };
    let Some((start, start_ev)) = working_start(p, pre) else {
        return;
    };
    let available = f64::from(now - start) / 12.0;
    if f64::from(top.years) - available <= 3.0 {
        return;
    }
    // already reported against the first school date
    if earliest(p, pre).is_some_and(|(m, _)| f64::from(top.years) - f64::from(now - m) / 12.0 > 3.0)
    {
        return;
    }
    let Some(f) = a.field(top.field) else {
        return;
    };
    let mut ev = vec![f.evidence(top.range.clone()), start_ev];
    ev.extend(roles);
    out.emit_at(
        &RULE,
        Severity::Low,
        format!(
            "Two full-time roles are listed as current at the same time, and the text claims {} years of experience while the history since the first job or graduation spans {:.1} years.",
            top.years, available
        ),
        ev,
    );
}

fn member_since_vs_history(a: &Analysis, p: &Profile, pre: &str, out: &mut Sink) {
    let Some(since) = p.member_since else {
        return;
    };
    let Some(since_m) = since.month_index() else {
        return;
    };
    let mut older: Vec<(i32, Evidence)> = Vec::new();
    for (t, path) in claims::timestamps(a) {
        if path.starts_with(&format!("{pre}activity[")) {
            older.push((t.month_index(), value_evidence(path, t.to_rfc3339())));
        }
    }
    if let Some(platform) = p.platform.as_deref().map(str::to_lowercase) {
        let platform = platform.trim().trim_end_matches(".com").to_owned();
        for (i, e) in p.employment.iter().enumerate() {
            let at_platform = e
                .company
                .as_deref()
                .map(str::to_lowercase)
                .is_some_and(|c| platform.len() >= 3 && c.contains(&platform));
            if let (true, Some(s)) = (at_platform, e.start) {
                if let Some(m) = s.month_index_end() {
                    older.push((m, date_ev(pre, format!("employment[{i}].start"), &s)));
                }
            }
        }
    }
    let Some((oldest, oldest_ev)) = older.into_iter().min_by_key(|(m, _)| *m) else {
        return;
    };
    let gap = since_m - oldest;
    if gap < 3 {
        return;
    }
    let sev = if gap >= 12 {
        Severity::Medium
    } else {
        Severity::Low
    };
    out.emit_at(
        &RULE,
        sev,
        format!(
            "The account shows on-platform history from {} months before its \"member since\" date ({since}).",
            gap
        ),
        vec![date_ev(pre, "member_since".to_owned(), &since), oldest_ev],
    );
}

/// Evidence for every employment entry listed as current and full-time.
fn current_full_time(p: &Profile, pre: &str) -> Vec<Evidence> {
    let mut ev = Vec::new();
    for (i, e) in p.employment.iter().enumerate() {
        let current = match e.end {
            Some(PartialDate::Present) => true,
            None => e.start.is_some(),
            Some(_) => false,
        };
        let text = format!(
            "{} {}",
            e.title.as_deref().unwrap_or_default(),
            e.company.as_deref().unwrap_or_default()
        );
        if current && !NOT_FULL_TIME.is_match(&text) {
            let label = e
                .title
                .as_deref()
                .or(e.company.as_deref())
                .unwrap_or("role");
            let path = if e.title.is_some() {
                "title"
            } else if e.company.is_some() {
                "company"
            } else {
                "start"
            };
            ev.push(value_evidence(
                format!("{pre}employment[{i}].{path}"),
                if path == "start" {
                    e.start.map(|d| d.to_string()).unwrap_or_default()
                } else {
                    label.to_owned()
                },
            ));
        }
    }
    ev
}

fn concurrent_roles(p: &Profile, pre: &str, out: &mut Sink) {
    let ev = current_full_time(p, pre);
    if ev.len() >= 3 {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!(
                "{} full-time roles are listed as current at the same time.",
                ev.len()
            ),
            ev,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::{test_run, test_run_with};
    use super::*;
    use crate::date::Timestamp;
    use serde_json::json;

    fn now() -> crate::Options {
        crate::Options {
            now: Timestamp::parse("2026-11-20T10:00:00Z"),
            ..Default::default()
        }
    }

    #[test]
    fn claimed_years_beyond_history() {
        let doc = json!({"kind":"profile",
            "overview":"Senior engineer with 17+ years of experience in web development.",
            "employment":[{"title":"Developer","company":"Acme","start":"2021-03","end":"Present"}],
            "education":[{"school":"State University","start":"2017","end":"2021"}]});
        let hints = test_run_with(&RULE, doc, &now());
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Medium);
        assert_eq!(hints[0].evidence[0].text, "17+ years of experience");
        assert_eq!(hints[0].evidence[0].field, "overview");
        assert_eq!(hints[0].evidence[1].field, "education[0].start");
        // 15 years: low; 12 years: nothing (within the 3-year tolerance).
        let doc = json!({"kind":"profile","overview":"I have 15 years of professional experience.",
            "education":[{"start":"2017","end":"2021"}]});
        assert_eq!(test_run_with(&RULE, doc, &now())[0].severity, Severity::Low);
        let doc = json!({"kind":"profile","overview":"I have 12 years of professional experience.",
            "education":[{"start":"2017","end":"2021"}]});
        assert!(test_run_with(&RULE, doc, &now()).is_empty());
    }

    #[test]
    fn member_since_after_platform_history() {
        let doc = json!({"kind":"profile","platform":"upwork","member_since":"2024-05",
            "employment":[{"company":"Upwork","title":"Freelance developer","start":"2021-01","end":"Present"}]});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Medium);
        assert!(
            hints[0].message.contains("40 months"),
            "{}",
            hints[0].message
        );
        // Activity older than membership, by 4 months: low.
        let doc =
            json!({"kind":"profile","member_since":"2024-05","activity":["2024-01-10T10:00:00Z"]});
        assert_eq!(test_run(&RULE, doc)[0].severity, Severity::Low);
        // Ordinary: a new account with an older off-platform career.
        let doc = json!({"kind":"profile","platform":"upwork","member_since":"2024-05",
            "employment":[{"company":"Globex","start":"2015-01","end":"2024-04"}]});
        assert!(test_run(&RULE, doc).is_empty());
    }

    #[test]
    fn concurrent_roles_and_date_errors() {
        let doc = json!({"kind":"profile","employment":[
            {"title":"Senior Engineer","company":"A","start":"2023-01","end":"Present"},
            {"title":"Lead Developer","company":"B","start":"2024-01","end":"Present"},
            {"title":"Staff Engineer","company":"C","start":"2024-06"}]});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].evidence.len(), 3);
        assert_eq!(hints[0].evidence[0].text, "Senior Engineer");
        // Freelance and founder roles alongside a job are ordinary.
        let doc = json!({"kind":"profile","employment":[
            {"title":"Senior Engineer","company":"A","start":"2023-01","end":"Present"},
            {"title":"Freelance developer","start":"2024-01","end":"Present"},
            {"title":"Co-founder","company":"C","start":"2024-06","end":"Present"}]});
        assert!(test_run(&RULE, doc).is_empty());
        let doc = json!({"kind":"profile","employment":[{"start":"2022-05","end":"2021-01"}],
            "member_since":"2027-02"});
        let hints = test_run_with(&RULE, doc, &now());
        assert_eq!(hints.len(), 2, "{hints:?}");
        assert!(hints.iter().all(|h| h.severity == Severity::Low));
    }

    #[test]
    fn two_current_roles_and_experience_beyond_working_history() {
        // Fixture: two current full-time jobs; 12 years claimed; first job
        // 2019, graduation 2018 — the school start (2014) allows it, the
        // working history (since 2018) does not.
        let doc = json!({"kind":"profile","overview":"Full-stack engineer with 12 years of experience.",
            "employment":[
                {"title":"Senior Engineer","company":"A","start":"2019-01","end":"Present"},
                {"title":"Lead Developer","company":"B","start":"2023-06","end":"Present"}],
            "education":[{"start":"2014","end":"2018"}]});
        let hints = test_run_with(&RULE, doc, &now());
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Low);
        assert!(
            hints[0].message.starts_with("Two full-time roles"),
            "{}",
            hints[0].message
        );
        assert_eq!(hints[0].evidence.len(), 4);
        // one current role, or a claim the working history allows: nothing
        let doc = json!({"kind":"profile","overview":"Full-stack engineer with 12 years of experience.",
            "employment":[
                {"title":"Senior Engineer","company":"A","start":"2019-01","end":"Present"},
                {"title":"Freelance developer","start":"2023-06","end":"Present"}],
            "education":[{"start":"2014","end":"2018"}]});
        assert!(test_run_with(&RULE, doc, &now()).is_empty());
        let doc = json!({"kind":"profile","overview":"Full-stack engineer with 9 years of experience.",
            "employment":[
                {"title":"Senior Engineer","company":"A","start":"2019-01","end":"Present"},
                {"title":"Lead Developer","company":"B","start":"2023-06","end":"Present"}],
            "education":[{"start":"2014","end":"2018"}]});
        assert!(test_run_with(&RULE, doc, &now()).is_empty());
    }

    #[test]
    fn japanese_and_korean_claims() {
        let doc = json!({"kind":"profile","overview":"Web開発で20年以上の実務経験があります。",
            "education":[{"start":"2015","end":"2019"}]});
        let hints = test_run_with(&RULE, doc, &now());
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].evidence[0].text, "20年以上の実務経験");
        let doc = json!({"kind":"profile","overview":"웹 개발 20년 이상의 경력이 있습니다.",
            "education":[{"start":"2015","end":"2019"}]});
        assert_eq!(test_run_with(&RULE, doc, &now()).len(), 1);
    }

    #[test]
    fn stems_need_no_word_tail() {
        let before = crate::text::reference_re(
            r"(?i)\b(?:free-?lanc\w*|contract\w*|part[- ]time|self[- ]employed|(?:co-?)?founder|owner|volunteer\w*|advis[oe]r\w*|consult\w*|mentor\w*|board|member|instructor|tutor|hobby|personal|open[- ]source)\b|フリーランス|業務委託|副業|프리랜서|계약직|파트타임",
        );
        for t in [
            "Freelance developer",
            "freelancer",
            "Freelancé",
            "contractor_x",
            "Contractuel",
            "subcontractor",
            "contract",
            "Advisor",
            "adviserü",
            "Consultancé",
            "mentorship-lead",
            "Owner",
            "owners",
            "Co-founder",
            "cofounderx",
            "Part-time",
            "part time",
            "parttime",
            "Senior Engineer Acme",
            "業務委託エンジニア",
            "xcontract",
            "contract9",
            "contractü",
            "",
        ] {
            assert_eq!(NOT_FULL_TIME.is_match(t), before.is_match(t), "{t:?}");
        }
    }
}
