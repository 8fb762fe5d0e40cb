//! HL505 remote-desktop: sessions the platform saw coming through remote-desktop software.

use super::plural;
use crate::analysis::Analysis;
use crate::platform::{self, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL505",
    name: "remote-desktop-sessions",
    family: Family::Platform,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I66", "I67"],
    title: "Works through remote-desktop sessions",
    innocent: "Developers reach office workstations, build servers and clients' machines by remote desktop every day.",
    verify: "Ask what machine the person works on; for company equipment, check it stays with the verified hire and watch for remote-access tools on it.",
    docs: Docs {
        what_it_sees: "Sessions with `remote_desktop: true` (the platform's own detection). Fires when at least 2 sessions, and a quarter of the sessions that say either way, were remote-desktop sessions. Never more than `low` alone.",
        why_it_matters: "Laptop farms: company laptops kept at a facilitator's home in the claimed country and operated from abroad through remote-desktop tools or IP-KVMs (I67); guidance for platforms names remote-desktop ports and tools (I66).",
        innocent_explanations: "Remote work on an office or lab workstation; a powerful build machine at home reached from a laptop; thin clients and virtual desktops in large companies.",
        example: "> 9 of 12 sessions with remote_desktop: true\n\nFires at low: \"9 of 12 sessions were remote-desktop sessions.\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let ss = platform::sessions(a);
    let known = ss.iter().filter(|s| s.s.remote_desktop.is_some()).count();
    let rd: Vec<usize> = ss
        .iter()
        .filter(|s| s.s.remote_desktop == Some(true))
        .map(|s| s.i)
        .collect();
    if rd.len() < 2 || 4 * rd.len() < known {
        return;
    }
    out.emit(
        &RULE,
        format!(
            "{} of {} were remote-desktop sessions.",
            rd.len(),
            plural(known, "session")
        ),
        sessions_evidence(a, &rd),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(v: &[bool]) -> Value {
        let s: Vec<Value> = v.iter().map(|b| json!({"remote_desktop": b})).collect();
        json!({"kind":"profile","sessions": s})
    }

    #[test]
    fn share_of_remote_desktop_sessions() {
        let h = test_run(&RULE, doc(&[true, true, false, true]));
        assert_eq!(
            h[0].message,
            "3 of 4 sessions were remote-desktop sessions."
        );
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(h[0].evidence[2].field, "sessions[3]");
        let mut v = vec![false; 10];
        v.extend([true, true]);
        assert!(test_run(&RULE, doc(&v)).is_empty());
        assert!(test_run(&RULE, doc(&[true])).is_empty());
    }
}
