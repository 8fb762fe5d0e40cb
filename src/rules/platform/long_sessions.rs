//! HL506 days-long-sessions: sessions lasting a day or more.

use super::plural;
use crate::analysis::Analysis;
use crate::platform::{self, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL506",
    name: "days-long-sessions",
    family: Family::Platform,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I67"],
    title: "Sessions lasting days",
    innocent: "A browser tab left open over a weekend, or a platform that counts a remembered login as one session.",
    verify: "Read it beside the other session hints; on its own it only says a browser stayed open.",
    docs: Docs {
        what_it_sees: "`duration_minutes` of each session: 24 hours or more. Two or more such sessions fire at `low`, one at `info`. Durations beyond a year are refused as input errors.",
        why_it_matters: "Machines in laptop farms stay connected around the clock so that operators abroad can use them at any hour (I67).",
        innocent_explanations: "Tabs left open; always-on desktops; platforms that measure a session from login to logout however long the gap.",
        example: "> sessions with duration_minutes 2900 and 4320\n\nFires at low: \"2 sessions lasted a day or more (longest 3.0 days).\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let long: Vec<(usize, f64)> = platform::sessions(a)
        .iter()
        .filter_map(|s| {
            s.s.duration_minutes
                .filter(|d| *d >= 1440.0)
                .map(|d| (s.i, d))
        })
        .collect();
    let sev = match long.len() {
        0 => return,
        1 => Severity::Info,
        _ => Severity::Low,
    };
    let longest = long.iter().map(|x| x.1).fold(0.0, f64::max) / 1440.0;
    let idx: Vec<usize> = long.iter().map(|x| x.0).collect();
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{} lasted a day or more (longest {longest:.1} days).",
            plural(long.len(), "session")
        ),
        sessions_evidence(a, &idx),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn long_sessions() {
        let d = json!({"kind":"profile","sessions":[{"duration_minutes":2900},{"duration_minutes":30},{"duration_minutes":4320}]});
        let h = test_run(&RULE, d);
        assert_eq!(
            h[0].message,
            "2 sessions lasted a day or more (longest 3.0 days)."
        );
        assert_eq!(h[0].severity, Severity::Low);
        let d = json!({"kind":"profile","sessions":[{"duration_minutes":1500}]});
        assert_eq!(test_run(&RULE, d)[0].severity, Severity::Info);
        let d = json!({"kind":"profile","sessions":[{"duration_minutes":600}]});
        assert!(test_run(&RULE, d).is_empty());
    }
}
