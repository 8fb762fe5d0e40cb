//! HL110 rate-vs-seniority: a very low rate for a senior claim.

use super::claims::{self, value_evidence};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::{Source, re};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL110",
    name: "rate-vs-seniority",
    family: Family::Consistency,
    severity: Severity::Info,
    weight: 0.3,
    indicators: &["I28"],
    title: "Very low rate for a senior claim",
    innocent: "Low rates are common and honest: new accounts bid low to win first reviews, and living costs differ widely.",
    verify: "Nothing to verify on the rate alone; weigh it only together with other hints.",
    docs: Docs {
        what_it_sees: "The profile's hourly rate in US dollars (or with no currency given) against a seniority claim: \"senior\", \"lead\", \"principal\", \"staff\", \"architect\" or \"expert\" in the headline or name of a current role, or 8 or more years of experience claimed in the text. Below US$12 an hour it is noted at `info`, the weakest level, which never raises the score by itself.",
        why_it_matters: "Japan's 2024 advisory and Canada's 2025 advisory mention bids well below market, and researchers describe 25–50 % discounts accepted without negotiation (I28). It is context only.",
        innocent_explanations: "New accounts bid low to get first reviews; rates follow local living costs; students and career changers call themselves senior in a narrow skill; many honest freelancers are simply cheap.",
        example: "> headline: \"Senior Full Stack Engineer\"; hourly_rate: 8 USD\n\nNoted at info: \"A rate of US$8/h for a senior claim.\"",
    },
    check,
};

static SENIOR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:senior|sr\.?|lead|principal|staff|architect|expert)\b"));

const FLOOR_USD: f64 = 12.0;

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else { return };
    let Some(rate) = &p.hourly_rate else { return };
    let Some(amount) = rate.amount.filter(|x| *x > 0.0) else {
        return;
    };
    let usd = rate
        .currency
        .as_deref()
        .is_none_or(|c| c.trim().eq_ignore_ascii_case("USD") || c.trim() == "$");
    if !usd || amount >= FLOOR_USD {
        return;
    }
    let pre = a.profile_prefix;
    let mut ev = vec![value_evidence(
        format!("{pre}hourly_rate.amount"),
        format!("{amount}"),
    )];
    let title = a
        .fields
        .iter()
        .filter(|f| {
            f.path.starts_with(pre)
                && matches!(f.source, Source::Headline | Source::EmploymentTitle)
        })
        .find_map(|f| SENIOR.find(&f.norm).map(|m| f.evidence(m.range())));
    let years = claims::years_claims(a)
        .into_iter()
        .filter(|c| c.years >= 8)
        .max_by_key(|c| c.years)
        .and_then(|c| a.field(c.field).map(|f| f.evidence(c.range)));
    let Some(claim) = title.or(years) else { return };
    ev.push(claim);
    out.emit(
        &RULE,
        format!("A rate of US${amount}/h for a senior claim."),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn low_rate_senior_is_info() {
        let doc = json!({"kind":"profile","headline":"Senior Full Stack Engineer",
            "hourly_rate":{"amount":8,"currency":"USD"}});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].severity, Severity::Info);
        assert_eq!(hints[0].message, "A rate of US$8/h for a senior claim.");
        assert_eq!(hints[0].evidence[1].text, "Senior");
    }

    #[test]
    fn ordinary_rates_are_benign() {
        let doc =
            json!({"kind":"profile","headline":"Senior Engineer","hourly_rate":{"amount":45}});
        assert!(test_run(&RULE, doc).is_empty());
        let doc =
            json!({"kind":"profile","headline":"Junior developer","hourly_rate":{"amount":8}});
        assert!(test_run(&RULE, doc).is_empty());
        // Another currency: no conversion table, no judgement.
        let doc = json!({"kind":"profile","headline":"Senior Engineer",
            "hourly_rate":{"amount":8,"currency":"GBP"}});
        assert!(test_run(&RULE, doc).is_empty());
    }
}
