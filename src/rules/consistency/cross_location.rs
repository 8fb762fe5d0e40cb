//! HL114 cross-profile-location: the same person's profiles claim
//! different countries or UTC offsets.

use super::claims::{fmt_offset, offset_distance};
use super::same_person::{ev, others};
use crate::analysis::Analysis;
use crate::geo::countries::{self, Country};
use crate::model::Profile;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL114",
    name: "cross-profile-location",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I16", "I02"],
    title: "The person's profiles claim different places",
    innocent: "A move, with one profile not yet updated; a profile that shows the employer's location; a person who works from two places.",
    verify: "Ask where the person lives and works now, and when each profile was last updated.",
    docs: Docs {
        what_it_sees: "The claimed `location.country` and the stated `utc_offset_minutes` of the profile against those of each `same_person` profile (contract v1.1). Countries are compared by every country the text may name (\"Korea\" gives both Koreas, and fits either); stated offsets two hours or more apart disagree. Always `low`: profiles are updated at different times, and a move explains most differences.",
        why_it_matters: "A persona's profiles are often written at different times by different operators; one that says Texas and another that says Serbia for the same person is a disagreement to ask about (I16), like the claims-vs-clock checks (I02).",
        innocent_explanations: "People move and update one profile and not the other; LinkedIn shows the employer's or the city's metropolitan area; freelancers near a border or with two homes; a profile set to a client's time zone.",
        example: "> location: {\"country\": \"US\"}; same_person: [{\"platform\": \"linkedin\", \"location\": {\"country\": \"Canada\"}}]\n\nFires at low: \"This profile claims United States; the LinkedIn profile claims Canada.\"",
    },
    check,
};

fn countries_of(p: &Profile) -> Option<(Vec<&'static Country>, &str)> {
    let t = p.location.as_ref()?.country.as_deref()?;
    let c = countries::candidates(t);
    (!c.is_empty()).then_some((c, t))
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some((p, others)) = others(a) else { return };
    let pre = a.profile_prefix;
    let mine = countries_of(p);
    for o in others {
        let mut parts = Vec::new();
        let mut evidence: Vec<Evidence> = Vec::new();
        if let (Some((mc, mt)), Some((tc, tt))) = (&mine, countries_of(o.p)) {
            if !mc.iter().any(|x| tc.iter().any(|y| x.code == y.code)) {
                parts.push((
                    mc.first().map_or(*mt, |c| c.name).to_owned(),
                    tc.first().map_or(tt, |c| c.name).to_owned(),
                ));
                evidence.push(ev(format!("{pre}location.country"), mt));
                evidence.push(ev(format!("{}location.country", o.pre), tt));
            }
        }
        if let (Some(m), Some(t)) = (p.utc_offset_minutes, o.p.utc_offset_minutes) {
            if offset_distance(m, t) >= 120 {
                parts.push((fmt_offset(m), fmt_offset(t)));
                evidence.push(ev(format!("{pre}utc_offset_minutes"), &m.to_string()));
                evidence.push(ev(format!("{}utc_offset_minutes", o.pre), &t.to_string()));
            }
        }
        if parts.is_empty() {
            continue;
        }
        let mine_s: Vec<&str> = parts.iter().map(|x| x.0.as_str()).collect();
        let theirs_s: Vec<&str> = parts.iter().map(|x| x.1.as_str()).collect();
        out.emit(
            &RULE,
            format!(
                "This profile claims {}; {} claims {}.",
                mine_s.join(" and "),
                o.label,
                theirs_s.join(" and ")
            ),
            evidence,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn different_countries_and_offsets_are_low_with_both_sides() {
        let d = json!({"kind":"profile","location":{"country":"US"},"utc_offset_minutes":-360,
            "same_person":[{"platform":"linkedin","location":{"country":"Canada"},"utc_offset_minutes":60}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "This profile claims United States and UTC−6; the LinkedIn profile claims Canada and UTC+1."
        );
        let f: Vec<&str> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            f,
            [
                "location.country",
                "same_person[0].location.country",
                "utc_offset_minutes",
                "same_person[0].utc_offset_minutes"
            ]
        );
    }

    #[test]
    fn same_place_in_other_words_does_not_fire() {
        for (a, b) in [
            ("US", "United States"),
            ("Korea", "South Korea"),
            ("UK", "United Kingdom"),
        ] {
            let d = json!({"kind":"profile","location":{"country":a},"same_person":[{"location":{"country":b}}]});
            assert!(test_run(&RULE, d).is_empty(), "{a} / {b}");
        }
        // an hour apart (daylight saving read at different times) is not a disagreement
        let d = json!({"kind":"profile","utc_offset_minutes":-360,"same_person":[{"utc_offset_minutes":-300}]});
        assert!(test_run(&RULE, d).is_empty());
        // one side silent: nothing to compare
        let d = json!({"kind":"profile","location":{"country":"US"},"same_person":[{"name":"A"}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
