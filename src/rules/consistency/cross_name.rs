//! HL113 cross-profile-name: the same person's profiles carry names that
//! share no part.

use super::claims::{is_latin, name_tokens, names_compatible};
use super::same_person::{ev, others};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL113",
    name: "cross-profile-name",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I01", "I16"],
    title: "The person's profiles carry different names",
    innocent: "A married or changed name, an English or work name on one site, a nickname, or a transliteration the name table does not know.",
    verify: "Ask about the other name, and compare the name on a camera-on call, an ID check and the contract with both profiles.",
    docs: Docs {
        what_it_sees: "The `name` of the profile against the `name` of each of its `same_person` profiles (contract v1.1: the person's other profiles, e.g. the LinkedIn profile an Upwork profile links to, or `hirelens check A --same-person B`). Names are folded and compared token by token with the tolerance of HL106 (order, initials, short forms, common nicknames, transliteration variants); the hint fires only when no token matches. Names in non-Latin scripts are not compared.",
        why_it_matters: "Investigators put a persona's profiles side by side; a name that changes between the freelance profile and the LinkedIn or GitHub profile it points to is the first inconsistency the US advisory of May 2022 lists (I01), and different claims across a persona's profiles are I16.",
        innocent_explanations: "Names change with marriage; many people use an English or work name on one site and their legal name on another; a nickname or transliteration the table does not know; the link may point at a colleague's or an employer's profile by mistake.",
        example: "> name: \"Daniel Kim\"; same_person: [{\"platform\": \"linkedin\", \"name\": \"Kevin Park\"}]\n\nFires at medium: \"This profile's name \\\"Daniel Kim\\\" shares no part with the name on the LinkedIn profile, \\\"Kevin Park\\\".\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some((p, others)) = others(a) else { return };
    let Some(name) = p.name.as_deref().filter(|n| !n.trim().is_empty()) else {
        return;
    };
    let mine = name_tokens(name);
    if !is_latin(&mine) {
        return;
    }
    for o in others {
        let Some(theirs) = o.p.name.as_deref().filter(|n| !n.trim().is_empty()) else {
            continue;
        };
        let t = name_tokens(theirs);
        if !is_latin(&t) || names_compatible(&mine, &t) {
            continue;
        }
        out.emit(
            &RULE,
            format!(
                "This profile's name \"{}\" shares no part with the name on {}, \"{}\".",
                name.trim(),
                o.label,
                theirs.trim()
            ),
            vec![
                ev(format!("{}name", a.profile_prefix), name),
                ev(format!("{}name", o.pre), theirs),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn different_names_fire_with_both_sides() {
        let d = json!({"kind":"profile","name":"Daniel Kim","same_person":[{"platform":"linkedin","name":"Kevin Park"}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            h[0].message,
            "This profile's name \"Daniel Kim\" shares no part with the name on the LinkedIn profile, \"Kevin Park\"."
        );
        assert_eq!(h[0].evidence[0].field, "name");
        assert_eq!(h[0].evidence[1].field, "same_person[0].name");
        assert_eq!(h[0].evidence[1].text, "Kevin Park");
    }

    #[test]
    fn benign_variants_do_not_fire() {
        for (a, b) in [
            ("Daniel Kim", "Dan Kim"),
            ("Robert Smith", "Bob S."),
            ("Sergey Ivanov", "Serhii Ivanov"),
            ("María José García", "Maria Garcia"),
            ("Kim Daniel", "Daniel K"),
        ] {
            let d = json!({"kind":"profile","name":a,"same_person":[{"name":b}]});
            assert!(test_run(&RULE, d).is_empty(), "{a} / {b}");
        }
        // other scripts are not compared; an embedded profile path is kept
        let d = json!({"kind":"profile","name":"김민준","same_person":[{"name":"John Park"}]});
        assert!(test_run(&RULE, d).is_empty());
        let d = json!({"kind":"proposal","profile":{"name":"Ann Lee","same_person":[{"url":"https://github.com/x","name":"Omar Diaz"}]}});
        let h = test_run(&RULE, d);
        assert_eq!(h[0].evidence[1].field, "profile.same_person[0].name");
        assert!(h[0].message.contains("the GitHub profile"));
    }
}
