//! HL108 phone-vs-country: a phone number that cannot be a number of the claimed country.

use super::claims;
use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::geo::countries::by_calling_code;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL108",
    name: "phone-vs-country",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I14"],
    title: "Phone number does not fit the claimed country",
    innocent: "People keep a number from a previous country, use a work or travel SIM, or mistype a digit.",
    verify: "Call the number during the person's claimed business hours, and ask for a local contact number if the role needs one.",
    docs: Docs {
        what_it_sees: "Phone numbers in international format (`+` and country code) in the freelancer's profile contacts and own text, against the claimed `location.country`. A number with the claimed country's calling code but a national number too short or too long for that country's numbering plan (lengths from the ITU-notified national plans in `geo::countries`, kept generous) is `low`. A number whose calling code is another country's is `info`: on its own it is common, and the location-support rule (HL107) weighs it with the other pieces.",
        why_it_matters: "Amazon's security team described applicants whose phone numbers had the wrong format for the country they claimed, and Canada's 2025 advisory notes virtual numbers (I14). A number that cannot exist in the claimed country was typed to fit a persona, not dialled.",
        innocent_explanations: "A digit dropped when typing; a number written with a trunk prefix (`+44 0…`); expatriates keeping a home number; eSIM and travel numbers. Virtual numbers cannot be told apart offline and are not judged.",
        example: "> location.country: \"United States\"; phone \"+1 512 555 013\"\n\nFires at low: \"The phone number +1512555013 has 9 digits after +1; numbers in United States have 10.\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some(c) = claims::claimed_country(a) else {
        return;
    };
    for (f, contact) in a.subject_contacts() {
        if contact.kind != ContactKind::Phone || !contact.value.starts_with('+') {
            continue;
        }
        let digits = contact.value.trim_start_matches('+');
        let found = by_calling_code(digits);
        let Some(first) = found.first() else { continue };
        let ev = vec![c.field.evidence_all(), f.evidence(contact.range.clone())];
        let own = found.iter().find(|x| c.contains(x));
        match own {
            Some(country) => {
                let Some(cc) = country
                    .calling_codes
                    .iter()
                    .filter(|cc| digits.starts_with(**cc))
                    .max_by_key(|cc| cc.len())
                else {
                    continue;
                };
                let mut nsn = digits.len() - cc.len();
                // A national trunk 0 written after the country code.
                if digits.get(cc.len()..cc.len() + 1) == Some("0") && country.code != "IT" {
                    nsn -= 1;
                }
                let (lo, hi) = country.nsn_len;
                if nsn < usize::from(lo) || nsn > usize::from(hi) {
                    let want = if lo == hi {
                        format!("{lo}")
                    } else {
                        format!("{lo}–{hi}")
                    };
                    out.emit(
                        &RULE,
                        format!(
                            "The phone number {} has {nsn} digits after +{cc}; numbers in {} have {want}.",
                            contact.value, country.name
                        ),
                        ev,
                    );
                }
            }
            None => {
                let cc = first
                    .calling_codes
                    .iter()
                    .filter(|cc| digits.starts_with(**cc))
                    .max_by_key(|cc| cc.len())
                    .map_or(String::new(), |cc| format!("+{cc}"));
                out.emit_at(
                    &RULE,
                    Severity::Info,
                    format!(
                        "The phone code {cc} is not a code of the claimed location {}.",
                        c.name()
                    ),
                    ev,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    fn doc(country: &str, phone: &str) -> serde_json::Value {
        json!({"kind":"profile","location":{"country":country},"contacts":{"phones":[phone]}})
    }

    #[test]
    fn wrong_length_is_low() {
        let hints = test_run(&RULE, doc("United States", "+1 512 555 013"));
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Low);
        assert_eq!(
            hints[0].message,
            "The phone number +1512555013 has 9 digits after +1; numbers in United States have 10."
        );
        assert_eq!(hints[0].evidence[1].text, "+1 512 555 013");
    }

    #[test]
    fn other_country_code_is_info_only() {
        let hints = test_run(&RULE, doc("Germany", "+380 67 123 4567"));
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].severity, Severity::Info);
        assert!(hints[0].message.contains("+380"), "{}", hints[0].message);
        assert!(
            !hints[0].message.contains("Ukraine"),
            "never names where it points"
        );
    }

    #[test]
    fn valid_numbers_are_benign() {
        for (c, p) in [
            ("United States", "+1 512 555 0134"),
            ("Canada", "+1 416 555 0199"),
            ("United Kingdom", "+44 20 7946 0958"),
            ("UK", "+44 (0)20 7946 0958"),
            ("South Korea", "+82 10-1234-5678"),
            ("Japan", "+81 90-1234-5678"),
            ("Germany", "+49 30 901820"),
        ] {
            let hints = test_run(&RULE, doc(c, p));
            assert!(hints.is_empty(), "{c} {p}: {hints:?}");
        }
    }
}
