//! HL504 anonymising-network: VPN, proxy, Tor or hosting networks are the
//! usual way in.

use super::plural;
use crate::analysis::Analysis;
use crate::model::Network;
use crate::platform::{self, sessions_evidence};
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL504",
    name: "anonymising-network",
    family: Family::Platform,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I66"],
    title: "Usually connects through VPN, proxy, Tor or hosting networks",
    innocent: "Privacy-minded people use VPNs every day, and whole companies route their staff through one.",
    verify: "Nothing to ask on this alone; read it beside the other hints. If the role needs it, ask for a session without the VPN during onboarding.",
    docs: Docs {
        what_it_sees: "The `network` of each session. Fires when at least 3 sessions, and half of the sessions whose network is known, came through a VPN, a proxy, Tor or a hosting provider; `info` from a fifth. Never more than `low`: a VPN alone says nothing about a person.",
        why_it_matters: "The FBI's guidance names VPN services (one provider by name) and virtual private servers among the ways remote IT workers hide where they are (I66). It matters when it hides the location another hint questions.",
        innocent_explanations: "Personal privacy VPNs; corporate VPNs; universities and co-working spaces that exit through a cloud provider; Tor users in countries that censor the web.",
        example: "> 24 of 40 sessions with network \"vpn\", 4 \"hosting\"\n\nFires at low: \"28 of 40 sessions came through VPN, proxy, Tor or hosting networks (vpn 24, hosting 4).\"",
    },
    check,
};

fn check(a: &Analysis, out: &mut Sink) {
    let ss = platform::sessions(a);
    let known = ss.iter().filter(|s| s.network != Network::Unknown).count();
    let anon: Vec<_> = ss.iter().filter(|s| s.network.is_anonymising()).collect();
    let n = anon.len();
    if n < 3 || 5 * n < known {
        return;
    }
    let sev = if 2 * n >= known {
        Severity::Low
    } else {
        Severity::Info
    };
    let parts: Vec<String> = Network::ALL
        .iter()
        .filter(|k| k.is_anonymising())
        .filter_map(|k| {
            let c = anon.iter().filter(|s| s.network == *k).count();
            (c > 0).then(|| format!("{} {c}", k.as_str()))
        })
        .collect();
    let idx: Vec<usize> = anon.iter().map(|s| s.i).collect();
    out.emit_at(
        &RULE,
        sev,
        format!(
            "{n} of {} came through VPN, proxy, Tor or hosting networks ({}).",
            plural(known, "session"),
            parts.join(", ")
        ),
        sessions_evidence(a, &idx),
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::{Value, json};

    fn doc(nets: &[&str]) -> Value {
        let s: Vec<Value> = nets.iter().map(|n| json!({"network": n})).collect();
        json!({"kind":"profile","sessions": s})
    }

    #[test]
    fn vpn_alone_is_at_most_low() {
        let h = test_run(&RULE, doc(&["vpn"; 60]));
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(h[0].evidence.len(), 51, "50 listed and one naming the rest");
        assert_eq!(h[0].evidence[50].field, "sessions");
        assert!(
            h[0].evidence[50].text.starts_with("and sessions 50, 51,"),
            "{:?}",
            h[0].evidence[50]
        );
        let h = test_run(
            &RULE,
            doc(&["vpn", "vpn", "hosting", "residential", "tor", "unknown"]),
        );
        assert_eq!(
            h[0].message,
            "4 of 5 sessions came through VPN, proxy, Tor or hosting networks (hosting 1, vpn 2, tor 1)."
        );
        let mut v = vec!["residential"; 8];
        v.extend(["vpn", "vpn", "vpn"]);
        assert_eq!(test_run(&RULE, doc(&v))[0].severity, Severity::Info);
        assert!(test_run(&RULE, doc(&["vpn", "vpn", "residential"])).is_empty());
    }
}
