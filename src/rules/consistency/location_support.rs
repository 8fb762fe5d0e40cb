//! HL107 location-unsupported: nothing else in the profile places the person in the claimed country.

use super::claims::{self, fmt_offset, offset_distance};
use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::geo::countries::by_calling_code;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::Source;

pub static RULE: Rule = Rule {
    code: "HL107",
    name: "location-unsupported",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I02", "I14"],
    title: "Nothing else supports the claimed location",
    innocent: "Migrants, expatriates and remote workers keep a home phone, a foreign currency account and old employers; recent movers have no local history yet.",
    verify: "Ask about the person's current city and work set-up on a camera-on call, and check the payee's country against the claimed one.",
    docs: Docs {
        what_it_sees: "The claimed `location.country` against a \"location vector\": the calling codes of the freelancer's phone numbers (international format only), the hourly rate's currency, the stated time zone (`utc_offset_minutes` or `local_time`), and the countries named in employment and education locations. Each piece either supports the claim, points elsewhere, or says nothing (USD and EUR rates, numbers without a country code, places that do not resolve, time zones within two hours of the country's say nothing). The hint fires only when *no* piece supports the claim and at least two independent pieces point elsewhere: `low` for two, `medium` for three or more. It never says where they point.",
        why_it_matters: "The advisories describe personas whose claimed home is contradicted by the rest of the profile: a US address with only overseas schooling and employers, or a phone prefix, currency or time zone from another region (I02); phone numbers that do not fit the claimed country (I14).",
        innocent_explanations: "People who moved recently have only foreign history; expatriates keep a home-country phone and bank account; remote workers are paid in their employer's currency; a profile can be half-updated after a move. That is why one contradicting piece never fires and any supporting piece silences the rule.",
        example: "> location.country: \"United States\"; phone \"+86 138 0013 8000\"; hourly_rate currency \"CNY\"; utc_offset_minutes: 480\n\nFires at medium: \"Nothing else in the profile places the person in United States: the phone code +86, the rate currency CNY and the time zone UTC+8 all point elsewhere.\"",
    },
    check,
};

/// Currencies that freelance platforms and international clients use
/// everywhere: a rate in them says nothing about where someone lives.
const GLOBAL_CURRENCIES: &[&str] = &["USD", "EUR"];

fn check(a: &Analysis, out: &mut Sink) {
    let Some(c) = claims::claimed_country(a) else {
        return;
    };
    let Some(p) = a.profile else {
        return;
    };
    let pre = a.profile_prefix;
    let mut support = 0usize;
    let mut against: Vec<(String, Vec<Evidence>)> = Vec::new();

    // Phone calling codes.
    let mut phone_against: Vec<Evidence> = Vec::new();
    let mut phone_code = String::new();
    for (f, contact) in a.subject_contacts() {
        if contact.kind != ContactKind::Phone || !contact.value.starts_with('+') {
            continue;
        }
        let found = by_calling_code(contact.value.trim_start_matches('+'));
        if found.is_empty() {
            continue;
        }
        if found.iter().any(|x| c.contains(x)) {
            support += 1;
        } else {
            if phone_code.is_empty() {
                let digits = contact.value.trim_start_matches('+');
                phone_code = found
                    .first()
                    .and_then(|x| {
                        x.calling_codes
                            .iter()
                            .filter(|cc| digits.starts_with(**cc))
                            .max_by_key(|cc| cc.len())
                    })
                    .map(|cc| format!("+{cc}"))
                    .unwrap_or_default();
            }
            phone_against.push(f.evidence(contact.range.clone()));
        }
    }
    if !phone_against.is_empty() {
        against.push((format!("the phone code {phone_code}"), phone_against));
    }

    // Rate currency.
    if let Some((raw, cur)) = p
        .hourly_rate
        .as_ref()
        .and_then(|r| r.currency.as_deref())
        .map(|s| (s, s.trim().to_ascii_uppercase()))
        .filter(|(_, s)| s.len() == 3)
    {
        if c.countries.iter().any(|x| x.uses_currency(&cur)) {
            support += 1;
        } else if !GLOBAL_CURRENCIES.contains(&cur.as_str()) {
            against.push((
                format!("the rate currency {cur}"),
                vec![claims::trimmed_value_evidence(
                    format!("{pre}hourly_rate.currency"),
                    raw,
                )],
            ));
        }
    }

    // Time zone.
    if let Some((o, ev)) = claims::stated_offset(a) {
        let offsets = c.offsets();
        let d = offsets
            .iter()
            .map(|x| offset_distance(*x, o))
            .min()
            .unwrap_or(0);
        if d == 0 {
            support += 1;
        } else if d >= 120 {
            against.push((format!("the time zone {}", fmt_offset(o)), vec![ev]));
        }
    }

    // Employer and school locations.
    let mut places_against = Vec::new();
    for f in a
        .fields
        .iter()
        .filter(|f| f.source == Source::EmploymentLocation && f.path.starts_with(pre))
    {
        if let Some(place) = claims::place_country(&f.norm) {
            if c.contains(place) {
                support += 1;
            } else {
                places_against.push(f.evidence_all());
            }
        }
    }
    if !places_against.is_empty() {
        let n = places_against.len();
        against.push((
            format!(
                "{n} employer or school location{}",
                if n == 1 { "" } else { "s" }
            ),
            places_against,
        ));
    }

    if support > 0 || against.len() < 2 {
        return;
    }
    let sev = if against.len() >= 3 {
        Severity::Medium
    } else {
        Severity::Low
    };
    let names: Vec<&str> = against.iter().map(|(n, _)| n.as_str()).collect();
    let list = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => names.join(""),
    };
    let mut ev = vec![c.field.evidence_all()];
    ev.extend(against.into_iter().flat_map(|(_, e)| e));
    out.emit_at(
        &RULE,
        sev,
        format!(
            "Nothing else in the profile places the person in {}: {list} all point elsewhere.",
            c.name()
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
    fn three_contrary_pieces_and_no_support_is_medium() {
        let doc = json!({"kind":"profile","location":{"country":"United States"},
            "contacts":{"phones":["+86 138 0013 8000"]},
            "hourly_rate":{"amount":30,"currency":"CNY"},"utc_offset_minutes":480});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Medium);
        assert_eq!(
            hints[0].message,
            "Nothing else in the profile places the person in United States: the phone code +86, the rate currency CNY and the time zone UTC+8 all point elsewhere."
        );
        assert_eq!(hints[0].evidence[0].field, "location.country");
        assert_eq!(hints[0].evidence[1].field, "contacts.phones[0]");
        assert_eq!(hints[0].evidence[1].text, "+86 138 0013 8000");
    }

    #[test]
    fn two_pieces_is_low() {
        let doc = json!({"kind":"profile","location":{"country":"Japan"},
            "utc_offset_minutes":-300,
            "employment":[{"company":"A","location":"Kyiv, Ukraine"},{"company":"B","location":"Lviv, Ukraine"}]});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Low);
        assert!(
            hints[0].message.contains("2 employer or school locations"),
            "{}",
            hints[0].message
        );
    }

    #[test]
    fn one_supporting_piece_or_one_contrary_piece_is_benign() {
        // A migrant: foreign schools and employers, but a local phone.
        let doc = json!({"kind":"profile","location":{"country":"United States"},
            "contacts":{"phones":["+1 512 555 0134"]},
            "hourly_rate":{"amount":60,"currency":"INR"},
            "employment":[{"location":"Bengaluru, India"}],"education":[{"location":"Pune, India"}]});
        assert!(test_run(&RULE, doc).is_empty());
        // Remote worker paid in USD, employers abroad, local time zone.
        let doc = json!({"kind":"profile","location":{"country":"Mexico"},"utc_offset_minutes":-360,
            "hourly_rate":{"currency":"USD"},"employment":[{"location":"Austin, TX, United States"}]});
        assert!(test_run(&RULE, doc).is_empty());
        // Only one contrary piece.
        let doc = json!({"kind":"profile","location":{"country":"Germany"},
            "contacts":{"phones":["+380 67 123 4567"]}});
        assert!(test_run(&RULE, doc).is_empty());
    }
}
