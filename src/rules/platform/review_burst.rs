//! HL507 review-burst: many top reviews from one client in a short window.

use crate::analysis::Analysis;
use crate::platform::value_evidence;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL507",
    name: "review-burst",
    family: Family::Platform,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I26"],
    title: "A burst of top reviews from one client",
    innocent: "A client who splits one project into many small fixed-price contracts reviews each of them.",
    verify: "Look at what the contracts were and what they paid; ask the client, through the platform, about the work.",
    docs: Docs {
        what_it_sees: "`reviews` with a rating of 4.5 or more (on the 0–5 scale), grouped by `client_id`: the most one client left within any 14 days. 4 or more is `medium`, 3 is `low`. The hint names the reviews.",
        why_it_matters: "Guidance for platforms lists several highly rated developer accounts reviewed by the same client within a short window, and clients and developers that are the same party, as signs of reputation built by self-dealing (I26).",
        innocent_explanations: "Milestone-based contracts that each end with a review; a happy repeat client; an agency that hires the same freelancer for many small tasks.",
        example: "> reviews: 5 × {\"client_id\": \"c-17\", \"rating\": 5} within 9 days\n\nFires at medium: \"5 reviews rated 4.5 or more came from one client within 9 days.\"",
    },
    check,
};

/// Evidence naming one review.
pub fn review_evidence(a: &Analysis, i: usize) -> Option<Evidence> {
    let r = a.profile?.reviews.get(i)?;
    let mut text =
        r.at.map_or_else(|| format!("review {}", i + 1), |t| t.to_rfc3339());
    if let Some(x) = r.rating {
        text.push_str(&format!(" · {x}"));
    }
    Some(value_evidence(
        format!("{}reviews[{i}]", a.profile_prefix),
        text,
    ))
}

const WINDOW: usize = 14 * 1440;

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else { return };
    let mut by_client: Vec<(&str, Vec<(usize, usize)>)> = Vec::new();
    for (i, r) in p.reviews.iter().enumerate() {
        let (Some(c), Some(t), Some(x)) = (r.client_id.as_deref(), r.at, r.rating) else {
            continue;
        };
        if x < 4.5 || c.trim().is_empty() {
            continue;
        }
        // minutes since 1970 (timestamps are 1990–2100: they fit a usize)
        let m = (t.unix.max(0) / 60) as usize;
        match by_client.iter_mut().find(|(k, _)| *k == c) {
            Some((_, v)) => v.push((m, i)),
            None => by_client.push((c, vec![(m, i)])),
        }
    }
    // the densest 14-day window of any client
    let mut best: Vec<(usize, usize)> = Vec::new();
    for (_, v) in &mut by_client {
        crate::sort::values(v);
        let mut lo = 0;
        for hi in 0..v.len() {
            while v
                .get(hi)
                .map(|x| x.0)
                .unwrap_or(0)
                .saturating_sub(v.get(lo).map(|x| x.0).unwrap_or(0))
                > WINDOW
            {
                lo += 1;
            }
            if hi + 1 - lo > best.len() {
                best = v.get(lo..=hi).map(<[_]>::to_vec).unwrap_or_default();
            }
        }
    }
    let n = best.len();
    let sev = match n {
        0..=2 => return,
        3 => Severity::Low,
        _ => Severity::Medium,
    };
    let span = match (best.first(), best.last()) {
        (Some(f), Some(l)) => ((l.0 - f.0) as f64 / 1440.0).ceil().max(1.0) as i64,
        _ => 0,
    };
    let ev = best
        .iter()
        .filter_map(|(_, i)| review_evidence(a, *i))
        .collect();
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{n} reviews rated 4.5 or more came from one client within {span} day{}.",
            if span == 1 { "" } else { "s" }
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(r: &[(&str, f64, &str)]) -> Value {
        let v: Vec<Value> = r
            .iter()
            .map(|(c, x, at)| json!({"client_id": c, "rating": x, "at": at}))
            .collect();
        json!({"kind":"profile","reviews": v})
    }

    #[test]
    fn burst_from_one_client() {
        let h = test_run(
            &RULE,
            doc(&[
                ("c1", 5.0, "2026-01-01"),
                ("c2", 5.0, "2026-01-02"),
                ("c1", 5.0, "2026-01-03"),
                ("c1", 4.8, "2026-01-06"),
                ("c1", 5.0, "2026-01-10"),
                ("c1", 5.0, "2026-03-10"),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            h[0].message,
            "4 reviews rated 4.5 or more came from one client within 9 days."
        );
        let f: Vec<&str> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(f, ["reviews[0]", "reviews[2]", "reviews[3]", "reviews[4]"]);
        assert_eq!(h[0].evidence[0].text, "2026-01-01T00:00:00Z · 5");
    }

    #[test]
    fn spread_out_or_mixed_reviews_are_not_a_burst() {
        let h = test_run(
            &RULE,
            doc(&[
                ("c1", 5.0, "2026-01-01"),
                ("c1", 5.0, "2026-01-05"),
                ("c1", 5.0, "2026-01-09"),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Low);
        assert!(
            test_run(
                &RULE,
                doc(&[
                    ("c1", 5.0, "2026-01-01"),
                    ("c1", 5.0, "2026-02-01"),
                    ("c1", 5.0, "2026-03-01")
                ])
            )
            .is_empty()
        );
        assert!(
            test_run(
                &RULE,
                doc(&[
                    ("c1", 3.0, "2026-01-01"),
                    ("c1", 3.0, "2026-01-02"),
                    ("c1", 3.0, "2026-01-03")
                ])
            )
            .is_empty()
        );
    }
}
