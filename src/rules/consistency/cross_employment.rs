//! HL115 cross-profile-employment: the same person's profiles tell
//! different employment stories.

use super::claims::fold;
use super::same_person::{Other, ev, is_freelance, others};
use crate::analysis::Analysis;
use crate::model::{Employment, Profile};
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL115",
    name: "cross-profile-employment",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I16"],
    title: "The person's profiles list different employment",
    innocent: "Profiles updated at different times, a title translated or shortened, freelance or side work listed on one site only, or a company renamed or acquired.",
    verify: "Ask for the employment history in one place and check one employer with a reference call; ask why the two profiles differ.",
    docs: Docs {
        what_it_sees: "The `employment` of the profile against the `employment` of each `same_person` profile (contract v1.1). Roles are matched by company (folded; legal suffixes such as Inc., LLC, GmbH ignored; one name contained in the other matches). Three disagreements: a matched role whose start or end dates differ by more than 6 months (a role that is `Present` on one side and ended on the other is an update, not a disagreement); a role on one side only, within the years the other side covers; and, the strongest, two roles that each side lists alone and that overlap by 12 months or more (each source admits a different employer for the same year). Freelance, contract and self-employed roles are never counted as missing. `medium` for an overlap of roles only one source admits; `low` otherwise.",
        why_it_matters: "Investigators compare the employer and the years on the freelance profile with the LinkedIn profile it links to; personas built by several operators carry histories that do not agree (I16).",
        innocent_explanations: "One profile updated more recently; a title translated or shortened; freelance work, side projects or an internship listed on one site only; an employer renamed, merged or acquired; an agency placement listed under the client on one side and the agency on the other.",
        example: "> employment: [{\"company\": \"Acme\", \"start\": \"2019-01\", \"end\": \"2023-06\"}]; same_person: [{\"platform\": \"linkedin\", \"employment\": [{\"company\": \"Globex\", \"start\": \"2018-06\", \"end\": \"2023-01\"}]}]\n\nFires at medium: \"This profile lists Acme (2019-01 – 2023-06) and the LinkedIn profile lists Globex (2018-06 – 2023-01) for the same 49 months, and neither lists the other.\"",
    },
    check,
};

const LEGAL: &[&str] = &[
    "inc",
    "llc",
    "ltd",
    "limited",
    "gmbh",
    "corp",
    "corporation",
    "co",
    "company",
    "sa",
    "ag",
    "plc",
    "the",
    "group",
    "bv",
    "srl",
    "oy",
    "ab",
    "kk",
    "pvt",
    "pte",
];

fn company_tokens(c: &str) -> Vec<String> {
    fold(c)
        .split_whitespace()
        .filter(|t| !LEGAL.contains(t))
        .map(str::to_owned)
        .collect()
}

fn same_company(a: &str, b: &str) -> bool {
    let (x, y) = (company_tokens(a), company_tokens(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let (short, long) = if x.len() <= y.len() {
        (&x, &y)
    } else {
        (&y, &x)
    };
    short.iter().all(|t| long.contains(t)) || x.concat() == y.concat()
}

/// (first month, last month) of a role; `Present` or a missing end runs to `now`.
fn span(e: &Employment, now: i32) -> Option<(i32, i32)> {
    let s = e.start.as_ref()?.month_index()?;
    let end = match &e.end {
        Some(d) if d.is_present() => now,
        Some(d) => d.month_index_end()?,
        None => now,
    };
    (end >= s).then_some((s, end))
}

fn dates(e: &Employment) -> String {
    let s = e.start.as_ref().map_or("?".to_owned(), ToString::to_string);
    let t = e.end.as_ref().map_or("?".to_owned(), ToString::to_string);
    format!("{s} – {t}")
}

fn company(e: &Employment) -> Option<&str> {
    e.company
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// For each role of `a`, the index of its match in `b`.
fn matches(a: &Profile, b: &Profile) -> Vec<Option<usize>> {
    a.employment
        .iter()
        .map(|e| {
            let c = company(e)?;
            b.employment
                .iter()
                .position(|f| company(f).is_some_and(|d| same_company(c, d)))
        })
        .collect()
}

/// The months a profile's roles cover, first to last.
fn career(p: &Profile, now: i32) -> Option<(i32, i32)> {
    let spans: Vec<(i32, i32)> = p.employment.iter().filter_map(|e| span(e, now)).collect();
    Some((
        spans.iter().map(|s| s.0).min()?,
        spans.iter().map(|s| s.1).max()?,
    ))
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some((p, others)) = others(a) else { return };
    let now = a.now().map_or_else(
        || {
            // without a clock, the latest month either side mentions
            std::iter::once(p)
                .chain(p.same_person.iter())
                .flat_map(|q| q.employment.iter())
                .flat_map(|e| [e.start.as_ref(), e.end.as_ref()])
                .flatten()
                .filter_map(|d| d.month_index_end())
                .max()
                .unwrap_or(0)
        },
        |t| t.month_index(),
    );
    for o in &others {
        compare(a, p, o, now, out);
    }
}

fn compare(a: &Analysis, p: &Profile, o: &Other, now: i32, out: &mut Sink) {
    let pre = a.profile_prefix;
    let mine = matches(p, o.p);
    let theirs = matches(o.p, p);
    let here = |i: usize, e: &Employment| -> Evidence {
        ev(
            format!("{pre}employment[{i}].company"),
            company(e).unwrap_or(""),
        )
    };
    let there = |i: usize, e: &Employment| -> Evidence {
        ev(
            format!("{}employment[{i}].company", o.pre),
            company(e).unwrap_or(""),
        )
    };
    // 1. roles each side lists alone, overlapping 12 months or more
    let mut conflicts = 0;
    for (i, e) in p.employment.iter().enumerate() {
        if mine.get(i).copied().flatten().is_some() || is_freelance(e) || company(e).is_none() {
            continue;
        }
        let Some((s1, e1)) = span(e, now) else {
            continue;
        };
        for (j, f) in o.p.employment.iter().enumerate() {
            if theirs.get(j).copied().flatten().is_some() || is_freelance(f) || company(f).is_none()
            {
                continue;
            }
            let Some((s2, e2)) = span(f, now) else {
                continue;
            };
            let overlap = e1.min(e2) - s1.max(s2) + 1;
            if overlap >= 12 {
                conflicts += 1;
                let mut ev = vec![here(i, e), there(j, f)];
                ev.extend(
                    [
                        dates_ev(format!("{pre}employment[{i}].start"), e),
                        dates_ev(format!("{}employment[{j}].start", o.pre), f),
                    ]
                    .into_iter()
                    .flatten(),
                );
                out.emit(
                    &RULE,
                    format!(
                        "This profile lists {} ({}) and {} lists {} ({}) for the same {overlap} months, and neither lists the other.",
                        company(e).unwrap_or(""),
                        dates(e),
                        o.label,
                        company(f).unwrap_or(""),
                        dates(f)
                    ),
                    ev,
                );
            }
        }
    }
    // 2. matched roles whose dates disagree by more than 6 months
    for (i, e) in p.employment.iter().enumerate() {
        let Some(j) = mine.get(i).copied().flatten() else {
            continue;
        };
        let Some(f) = o.p.employment.get(j) else {
            continue;
        };
        let start_gap = match (
            e.start.as_ref().and_then(|d| d.month_index()),
            f.start.as_ref().and_then(|d| d.month_index()),
        ) {
            (Some(x), Some(y)) => (x - y).abs(),
            _ => 0,
        };
        let end_gap = match (&e.end, &f.end) {
            (Some(x), Some(y)) if !x.is_present() && !y.is_present() => {
                match (x.month_index(), y.month_index()) {
                    (Some(x), Some(y)) => (x - y).abs(),
                    _ => 0,
                }
            }
            _ => 0,
        };
        let gap = start_gap.max(end_gap);
        if gap > 6 {
            out.emit_at(
                &RULE,
                Severity::Low,
                format!(
                    "{} is listed here as {} and on {} as {}: {gap} months apart.",
                    company(e).unwrap_or(""),
                    dates(e),
                    o.label,
                    dates(f)
                ),
                vec![here(i, e), there(j, f)],
            );
        }
    }
    // 3. a role on one side only, within the years the other side covers
    if conflicts > 0 {
        return;
    }
    let mut missing: Vec<(String, Evidence)> = Vec::new();
    let their_career = career(o.p, now);
    for (i, e) in p.employment.iter().enumerate() {
        if mine.get(i).copied().flatten().is_some() || is_freelance(e) {
            continue;
        }
        let (Some(c), Some((s, t)), Some((cs, ct))) = (company(e), span(e, now), their_career)
        else {
            continue;
        };
        if s >= cs && t <= ct {
            missing.push((
                format!("{c} ({}) is not on {}", dates(e), o.label),
                here(i, e),
            ));
        }
    }
    let my_career = career(p, now);
    for (j, f) in o.p.employment.iter().enumerate() {
        if theirs.get(j).copied().flatten().is_some() || is_freelance(f) {
            continue;
        }
        let (Some(c), Some((s, t)), Some((cs, ct))) = (company(f), span(f, now), my_career) else {
            continue;
        };
        if s >= cs && t <= ct {
            missing.push((
                format!("{c} ({}) on {} is not on this profile", dates(f), o.label),
                there(j, f),
            ));
        }
    }
    if !missing.is_empty() {
        let (msgs, ev): (Vec<String>, Vec<Evidence>) = missing.into_iter().unzip();
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("{}, within the years both profiles cover.", msgs.join("; ")),
            ev,
        );
    }
}

fn dates_ev(path: String, e: &Employment) -> Option<Evidence> {
    let d = e.start.as_ref()?;
    Some(ev(path, &d.to_string()))
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(mine: Value, theirs: Value) -> Value {
        json!({"kind":"profile","employment": mine,
               "same_person":[{"platform":"linkedin","employment": theirs}]})
    }

    #[test]
    fn roles_only_one_source_admits_for_the_same_years_are_medium() {
        let d = doc(
            json!([{"company":"Acme","start":"2019-01","end":"2023-06"}]),
            json!([{"company":"Globex","start":"2018-06","end":"2023-01"}]),
        );
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            h[0].message,
            "This profile lists Acme (2019-01 – 2023-06) and the LinkedIn profile lists Globex (2018-06 – 2023-01) for the same 49 months, and neither lists the other."
        );
        assert_eq!(h[0].evidence[0].field, "employment[0].company");
        assert_eq!(
            h[0].evidence[1].field,
            "same_person[0].employment[0].company"
        );
    }

    #[test]
    fn dates_and_missing_roles_are_low() {
        let d = doc(
            json!([{"company":"Acme Inc.","start":"2019-01","end":"2023-06"},
                   {"company":"Initech","start":"2020-01","end":"2021-01"}]),
            json!([{"company":"ACME","start":"2017-01","end":"2023-06"}]),
        );
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 2, "{h:?}");
        assert!(h.iter().all(|h| h.severity == Severity::Low));
        assert_eq!(
            h[0].message,
            "Acme Inc. is listed here as 2019-01 – 2023-06 and on the LinkedIn profile as 2017-01 – 2023-06: 24 months apart."
        );
        assert_eq!(
            h[1].message,
            "Initech (2020-01 – 2021-01) is not on the LinkedIn profile, within the years both profiles cover."
        );
    }

    #[test]
    fn profiles_updated_at_different_times_stay_at_low_or_below() {
        // LinkedIn not updated since the move: still "Present" at Acme,
        // and the new role is missing there
        let d = json!({"kind":"profile","now":"2026-11-01",
            "employment":[{"company":"Acme","start":"2019-01","end":"2026-03"},
                          {"company":"Globex","start":"2026-04","end":"Present"}],
            "same_person":[{"platform":"linkedin","employment":[{"company":"Acme","start":"2019-02","end":"Present"}]}]});
        let h = test_run(&RULE, d);
        assert!(h.iter().all(|h| h.severity <= Severity::Low), "{h:?}");
        // translated title, legal suffix, freelance work only on one side
        let d = doc(
            json!([{"title":"Softwareentwickler","company":"Siemens AG","start":"2018-01","end":"2022-12"},
                   {"title":"Freelance developer","company":"Upwork clients","start":"2019-01","end":"2022-12"}]),
            json!([{"title":"Software Engineer","company":"Siemens","start":"2018-02","end":"2022-11"}]),
        );
        assert!(test_run(&RULE, d).is_empty());
    }
}
