//! HL117 cross-profile-languages: the same person's profiles claim very
//! different levels in one language.

use super::same_person::{ev, others};
use crate::analysis::Analysis;
use crate::model::{LanguageClaim, Profile};
use crate::report::{Family, Severity};
use crate::rules::stylometry::claims::language_code;
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL117",
    name: "cross-profile-languages",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I16"],
    title: "The person's profiles claim different language levels",
    innocent: "Levels chosen from different scales on different sites, a modest or a generous self-assessment, or a profile written years apart.",
    verify: "Hold part of the interview in the language claimed as native, on camera.",
    docs: Docs {
        what_it_sees: "The `languages` of the profile against those of each `same_person` profile (contract v1.1). Levels are ranked native/bilingual > fluent > conversational > basic; a language claimed `native` or `bilingual` on one side and `conversational` or `basic` on the other fires. Languages are matched by name (\"English\", \"American English\"). A language listed on one side only is not compared (sites ask differently). Always `low`.",
        why_it_matters: "Personas claim the native language of the country they pretend to live in; a second profile of the same person that rates that language as basic is a disagreement to ask about (I16).",
        innocent_explanations: "Sites use different scales and defaults; people under- or over-rate themselves; a profile written years earlier, before the person learned the language.",
        example: "> languages: [{\"language\": \"English\", \"level\": \"native\"}]; same_person: [{\"platform\": \"linkedin\", \"languages\": [{\"language\": \"English\", \"level\": \"basic\"}]}]\n\nFires at low: \"This profile claims English at native level; the LinkedIn profile claims it at basic level.\"",
    },
    check,
};

fn rank(level: &str) -> Option<u8> {
    let l = level.to_lowercase();
    if l.contains("native") || l.contains("bilingual") || l.contains("mother") {
        Some(4)
    } else if l.contains("fluent") || l.contains("full professional") || l.contains("advanced") {
        Some(3)
    } else if l.contains("conversational")
        || l.contains("intermediate")
        || l.contains("limited working")
    {
        Some(2)
    } else if l.contains("basic") || l.contains("elementary") || l.contains("beginner") {
        Some(1)
    } else {
        None
    }
}

fn claims(p: &Profile) -> Vec<(usize, &'static str, u8, &LanguageClaim)> {
    p.languages
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let code = language_code(l.language.as_deref()?)?;
            let r = rank(l.level.as_deref()?)?;
            Some((i, code, r, l))
        })
        .collect()
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some((p, others)) = others(a) else { return };
    let mine = claims(p);
    let pre = a.profile_prefix;
    for o in others {
        for (j, code, r2, l2) in claims(o.p) {
            let Some((i, _, r1, l1)) = mine.iter().find(|m| m.1 == code) else {
                continue;
            };
            let (hi, lo) = if *r1 >= r2 { (*r1, r2) } else { (r2, *r1) };
            if hi < 4 || lo > 2 {
                continue;
            }
            let (lvl1, lvl2) = (
                l1.level.as_deref().unwrap_or(""),
                l2.level.as_deref().unwrap_or(""),
            );
            out.emit(
                &RULE,
                format!(
                    "This profile claims {} at {} level; {} claims it at {} level.",
                    l1.language.as_deref().unwrap_or("").trim(),
                    lvl1.trim().to_lowercase(),
                    o.label,
                    lvl2.trim().to_lowercase()
                ),
                vec![
                    ev(format!("{pre}languages[{i}].level"), lvl1),
                    ev(format!("{}languages[{j}].level", o.pre), lvl2),
                ],
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
    fn native_against_basic_is_low_with_both_sides() {
        let d = json!({"kind":"profile","languages":[{"language":"English","level":"Native or Bilingual"}],
            "same_person":[{"platform":"linkedin","languages":[{"language":"English","level":"Elementary proficiency"}]}]});
        let h = test_run(&RULE, d);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "This profile claims English at native or bilingual level; the LinkedIn profile claims it at elementary proficiency level."
        );
        assert_eq!(h[0].evidence[1].field, "same_person[0].languages[0].level");
    }

    #[test]
    fn neighbouring_levels_and_one_sided_languages_do_not_fire() {
        let d = json!({"kind":"profile","languages":[{"language":"English","level":"native"},{"language":"German","level":"basic"}],
            "same_person":[{"languages":[{"language":"American English","level":"Full professional proficiency"},
                                          {"language":"Korean","level":"native"}]}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
