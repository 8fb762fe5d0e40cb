//! HL116 cross-profile-education: the same person's profiles date the
//! same school differently, or list different schools for the same years.

use super::claims::fold;
use super::same_person::{ev, others};
use crate::analysis::Analysis;
use crate::model::Education;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL116",
    name: "cross-profile-education",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I16"],
    title: "The person's profiles list different education",
    innocent: "A school written in another language or abbreviated, a start year given instead of an end year, or an exchange semester listed on one site only.",
    verify: "Ask for the degree certificate or verify the degree with the school.",
    docs: Docs {
        what_it_sees: "The `education` of the profile against that of each `same_person` profile (contract v1.1). Schools are matched by their folded names (one name contained in the other matches: \"Kyiv Polytechnic Institute\" and \"Kyiv Polytechnic\"). A matched school whose end (or start) years differ by more than one year fires; so do two schools that only one side lists each, with overlapping years, when both sides list exactly one school. Always `low`: names of schools are abbreviated and translated too often for more.",
        why_it_matters: "Personas' education is invented per profile; two profiles of one person that disagree on where or when they studied is one of the inconsistencies investigators list (I16).",
        innocent_explanations: "A school's name translated (\"Universidad de Buenos Aires\" / \"University of Buenos Aires\") or abbreviated (\"UT Austin\"); an expected graduation year on one side and the real one on the other; a transfer between schools listed as one entry.",
        example: "> education: [{\"school\": \"State University\", \"end\": \"2014\"}]; same_person: [{\"platform\": \"linkedin\", \"education\": [{\"school\": \"State University\", \"end\": \"2018\"}]}]\n\nFires at low: \"State University is listed here ending 2014 and on the LinkedIn profile ending 2018.\"",
    },
    check,
};

fn year(d: Option<&crate::date::PartialDate>) -> Option<i32> {
    d?.month_index().map(|m| m.div_euclid(12))
}

fn same_school(a: &str, b: &str) -> bool {
    let (x, y) = (fold(a), fold(b));
    let (x, y) = (
        x.split_whitespace().collect::<Vec<_>>().join(" "),
        y.split_whitespace().collect::<Vec<_>>().join(" "),
    );
    !x.is_empty() && !y.is_empty() && (x.contains(&y) || y.contains(&x))
}

fn school(e: &Education) -> Option<&str> {
    e.school.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some((p, others)) = others(a) else { return };
    let pre = a.profile_prefix;
    for o in others {
        let here = |i: usize, s: &str| ev(format!("{pre}education[{i}].school"), s);
        let there = |j: usize, s: &str| ev(format!("{}education[{j}].school", o.pre), s);
        let mut matched = false;
        for (i, e) in p.education.iter().enumerate() {
            let Some(s1) = school(e) else { continue };
            for (j, f) in o.p.education.iter().enumerate() {
                let Some(s2) = school(f) else { continue };
                if !same_school(s1, s2) {
                    continue;
                }
                matched = true;
                for (what, y1, y2) in [
                    ("ending", year(e.end.as_ref()), year(f.end.as_ref())),
                    ("starting", year(e.start.as_ref()), year(f.start.as_ref())),
                ] {
                    let (Some(y1), Some(y2)) = (y1, y2) else {
                        continue;
                    };
                    if (y1 - y2).abs() > 1 {
                        out.emit(
                            &RULE,
                            format!(
                                "{s1} is listed here {what} {y1} and on {} {what} {y2}.",
                                o.label
                            ),
                            vec![here(i, s1), there(j, s2)],
                        );
                        break;
                    }
                }
            }
        }
        // one school each, different, same years
        if matched || p.education.len() != 1 || o.p.education.len() != 1 {
            continue;
        }
        let (Some(e), Some(f)) = (p.education.first(), o.p.education.first()) else {
            continue;
        };
        let (Some(s1), Some(s2)) = (school(e), school(f)) else {
            continue;
        };
        let span = |x: &Education| Some((year(x.start.as_ref())?, year(x.end.as_ref())?));
        let (Some((a1, b1)), Some((a2, b2))) = (span(e), span(f)) else {
            continue;
        };
        if b1.min(b2) - a1.max(a2) >= 2 {
            let ev: Vec<Evidence> = vec![here(0, s1), there(0, s2)];
            out.emit(
                &RULE,
                format!(
                    "This profile lists {s1} ({a1}–{b1}) and {} lists {s2} ({a2}–{b2}) for the same years.",
                    o.label
                ),
                ev,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn different_years_or_schools_are_low() {
        let d = json!({"kind":"profile","education":[{"school":"State University","start":"2010","end":"2014"}],
            "same_person":[{"platform":"linkedin","education":[{"school":"State University","start":"2014","end":"2018"}]}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1, "{h:?}");
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "State University is listed here ending 2014 and on the LinkedIn profile ending 2018."
        );
        let d = json!({"kind":"profile","education":[{"school":"North Institute","start":"2010","end":"2014"}],
            "same_person":[{"education":[{"school":"South College","start":"2009","end":"2013"}]}]});
        let h = test_run(&RULE, d);
        assert_eq!(
            h[0].message,
            "This profile lists North Institute (2010–2014) and the other profile lists South College (2009–2013) for the same years."
        );
        assert_eq!(h[0].evidence[1].field, "same_person[0].education[0].school");
    }

    #[test]
    fn abbreviations_a_year_apart_and_extra_schools_do_not_fire() {
        let d = json!({"kind":"profile","education":[{"school":"Kyiv Polytechnic Institute","start":"2010","end":"2014"}],
            "same_person":[{"education":[{"school":"Kyiv Polytechnic","start":"2010","end":"2015"},
                                          {"school":"Exchange semester, TU Berlin","start":"2013","end":"2013"}]}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
