//! HL102 timezone-vs-location: the stated time zone is not one the claimed place uses.

use super::claims::{self, fmt_band, fmt_offset, offset_distance};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL102",
    name: "timezone-vs-location",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I02", "I42"],
    title: "Time zone does not fit the claimed location",
    innocent: "People travel, move without updating the profile, or set their device to a client's or their home country's clock.",
    verify: "Ask where the person is working from this month and schedule a camera-on call in their claimed business hours.",
    docs: Docs {
        what_it_sees: "The profile's `utc_offset_minutes` (or the offset written in `local_time`) against every offset the claimed `location.country` uses during the year (daylight saving included, from the IANA time zone facts in `geo::countries`), narrowed to `location.region` when the region is known. An offset 3 hours or more from any the country uses is `medium`; a smaller miss, or an offset the country uses but the claimed region does not, is `low`. Only the claimed country is named; the hint never says which country the offset would fit.",
        why_it_matters: "Advisories list a location that the rest of the profile does not support, naming the time-zone field among the tell-tales (I02), and an \"assessed location\" or working hours that differ from the claim (I42).",
        innocent_explanations: "Travel and relocation; a device or browser left on a previous time zone; a platform that derives the time zone from a VPN or a company laptop; border regions and countries that changed their zones recently.",
        example: "> location: {\"country\": \"United States\", \"region\": \"TX\"}, utc_offset_minutes: 540\n\nFires at medium: \"The stated time zone UTC+9 is not used in the claimed location United States (UTC−10…−4).\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let Some((offset, offset_ev)) = claims::stated_offset(a) else {
        return;
    };
    let Some(c) = claims::claimed_country(a) else {
        return;
    };
    let country = c.offsets();
    let in_country = country.contains(&offset);
    let near = country
        .iter()
        .map(|o| offset_distance(*o, offset))
        .min()
        .unwrap_or(0);
    let band = |v: &[i32]| {
        let lo = v.iter().copied().min().unwrap_or(0);
        let hi = v.iter().copied().max().unwrap_or(0);
        fmt_band(lo, hi)
    };
    if !in_country {
        let sev = if near >= 180 {
            Severity::Medium
        } else {
            Severity::Low
        };
        out.emit_at(
            &RULE,
            sev,
            format!(
                "The stated time zone {} is not used in the claimed location {} ({}).",
                fmt_offset(offset),
                c.name(),
                band(&country)
            ),
            vec![offset_ev, c.field.evidence_all()],
        );
        return;
    }
    if let Some((rf, r)) = &c.region {
        let region: Vec<i32> = r.offsets.iter().map(|o| i32::from(*o)).collect();
        if !region.is_empty() && !region.contains(&offset) {
            out.emit_at(
                &RULE,
                Severity::Low,
                format!(
                    "The stated time zone {} is used in {} but not in the claimed region {} ({}).",
                    fmt_offset(offset),
                    c.name(),
                    r.name,
                    band(&region)
                ),
                vec![offset_ev, c.field.evidence_all(), rf.evidence_all()],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    fn doc(country: &str, region: Option<&str>, offset: i32) -> serde_json::Value {
        json!({"kind":"profile","location":{"country":country,"region":region},
               "utc_offset_minutes":offset})
    }

    #[test]
    fn far_offset_is_medium_and_names_only_the_claim() {
        let hints = test_run(&RULE, doc("United States", Some("TX"), 540));
        assert_eq!(hints.len(), 1, "{hints:?}");
        let h = &hints[0];
        assert_eq!(h.severity, Severity::Medium);
        assert_eq!(
            h.message,
            "The stated time zone UTC+9 is not used in the claimed location United States (UTC\u{2212}10…\u{2212}4)."
        );
        assert_eq!(h.evidence[0].field, "utc_offset_minutes");
        assert_eq!(h.evidence[1].field, "location.country");
        assert_eq!(h.evidence[1].text, "United States");
    }

    #[test]
    fn near_miss_and_wrong_region_are_low() {
        // Germany uses +1/+2; +3 is one hour off.
        let hints = test_run(&RULE, doc("Germany", None, 180));
        assert_eq!(hints[0].severity, Severity::Low);
        // Pacific time claimed in Texas: the country uses it, the region does not.
        let hints = test_run(&RULE, doc("US", Some("Texas"), -480));
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].severity, Severity::Low);
        assert!(hints[0].message.contains("Texas"), "{}", hints[0].message);
    }

    #[test]
    fn matching_zones_are_benign() {
        assert!(test_run(&RULE, doc("United States", Some("TX"), -300)).is_empty()); // CDT
        assert!(test_run(&RULE, doc("US", Some("TX"), -360)).is_empty()); // CST
        assert!(test_run(&RULE, doc("Deutschland", None, 60)).is_empty());
        assert!(test_run(&RULE, doc("India", None, 330)).is_empty());
        assert!(test_run(&RULE, doc("Korea", None, 540)).is_empty());
        // Unknown place or no stated offset: nothing to compare.
        assert!(test_run(&RULE, doc("Atlantis", None, 540)).is_empty());
        let d = json!({"kind":"profile","location":{"country":"US"}});
        assert!(test_run(&RULE, d).is_empty());
        // local_time carries the offset too.
        let d = json!({"kind":"profile","location":{"country":"Japan"},
                       "local_time":"2026-11-23T21:14:00+09:00"});
        assert!(test_run(&RULE, d).is_empty());
    }
}
