#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Contract v1.1 end to end: platform identifiers linked in the corpus
//! (HL402) with nothing in clear in its bytes, self-dealing reviews (HL508),
//! and the CLI reading the same JSON Lines.

use hirelens::corpus::ident::IdentKind;
use hirelens::{Corpus, Document, Options, Report, Severity};
use serde_json::{Value, json};
use std::process::Command;

fn doc(v: Value) -> Document {
    Document::from_value(v).unwrap()
}

fn profile(id: &str, name: &str, sessions: Value, payouts: Value) -> Document {
    doc(json!({"kind":"profile","id":id,"name":name,"sessions":sessions,"payouts":payouts}))
}

fn hint<'a>(r: &'a Report, code: &str) -> Option<&'a hirelens::Hint> {
    r.hints.iter().find(|h| h.code == code)
}

#[test]
fn one_device_for_many_names_is_high_and_for_a_household_low() {
    let s = json!([{"device":"dev-a41f","network":"residential","ip":"203.0.113.7"}]);
    let mut c = Corpus::with_key(b"k");
    c.add(profile("p1", "Ann Lee", s.clone(), json!([])));
    let r = c.analyze(
        profile("p2", "Bob Stone", s.clone(), json!([])),
        &Options::default(),
    );
    let h = hint(&r, "HL402").unwrap();
    assert_eq!(
        h.severity,
        Severity::Low,
        "two accounts: a household as often as not"
    );
    assert!(h.message.contains("the same device"), "{}", h.message);
    let fields: Vec<&str> = h.evidence.iter().map(|e| e.field.as_str()).collect();
    assert!(fields.contains(&"sessions[0].device"), "{fields:?}");
    let r = c.analyze(
        profile("p3", "Cy Moreau", s.clone(), json!([])),
        &Options::default(),
    );
    assert_eq!(hint(&r, "HL402").unwrap().severity, Severity::High);
    let l = c.links_of("p3");
    assert!(l.iter().any(|l| l.identifier == Some(IdentKind::Device)));
    assert!(l.iter().any(|l| l.identifier == Some(IdentKind::IpAddress)
        && l.severity == Severity::Low
        && !l.strong));
    assert!(
        l.iter()
            .any(|l| l.identifier == Some(IdentKind::IpNetwork) && l.severity == Severity::Info)
    );
    // nothing in clear in the bytes
    let bytes = c.to_bytes();
    for secret in ["dev-a41f", "203.0.113.7", "203.0.113.0"] {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret} in clear"
        );
    }
    // and they come back linkable
    let mut back = Corpus::from_bytes(&bytes, Some(b"k")).unwrap();
    let r = back.analyze(profile("p4", "Di Park", s, json!([])), &Options::default());
    assert_eq!(hint(&r, "HL402").unwrap().severity, Severity::High);
}

#[test]
fn vpn_exits_and_neighbouring_addresses() {
    let mut c = Corpus::with_key(b"k");
    c.add(profile(
        "p1",
        "Ann Lee",
        json!([{"ip":"198.51.100.9","network":"vpn"},{"ip":"192.0.2.10","network":"business"}]),
        json!([]),
    ));
    // the same VPN exit links nothing
    let r = c.analyze(
        profile(
            "p2",
            "Bob Stone",
            json!([{"ip":"198.51.100.9","network":"vpn"}]),
            json!([]),
        ),
        &Options::default(),
    );
    assert!(hint(&r, "HL402").is_none(), "{:?}", r.hints);
    // the same office network, another address: info only
    let r = c.analyze(
        profile(
            "p3",
            "Cy Moreau",
            json!([{"ip":"192.0.2.77","network":"business"}]),
            json!([]),
        ),
        &Options::default(),
    );
    let h = hint(&r, "HL402").unwrap();
    assert_eq!(h.severity, Severity::Info);
    assert!(h.message.contains("IP network"), "{}", h.message);
}

#[test]
fn payout_account_shared_with_a_reviewing_client() {
    let acct = json!([{"account":"DE89 3704 0044 0532 0130 00","holder_name":"Ann Lee"}]);
    let mut c = Corpus::with_key(b"k");
    c.add(doc(
        json!({"kind":"profile","id":"client-4","name":"Acme Buyer","payouts":acct}),
    ));
    let f = doc(
        json!({"kind":"profile","id":"f-9","name":"Ann Lee","payouts":acct,
        "reviews":[{"client_id":"client-4","rating":5,"at":"2026-01-02"},{"client_id":"client-5","rating":5,"at":"2026-01-03"}]}),
    );
    let r = c.analyze(f, &Options::default());
    let h = hint(&r, "HL508").unwrap();
    assert_eq!(h.severity, Severity::Medium);
    assert_eq!(
        h.message,
        "1 review came from client-4, which shares a payout account with this profile."
    );
    let fields: Vec<&str> = h.evidence.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["reviews[0]", "payouts[0].account"]);
    let bytes = c.to_bytes();
    assert!(!bytes.windows(10).any(|w| w == b"0532013000"));
}

#[test]
fn cli_check_reads_platform_fields_from_jsonl() {
    let line = |id: &str, clock: &str| {
        let sessions: Vec<Value> = (1..=4)
            .map(|d| {
                json!({"at": format!("2026-02-0{d}T01:00:00Z"), "ip_country": "US",
                       "network": "vpn", "browser_timezone": clock})
            })
            .collect();
        json!({"kind":"profile","id":id,"location":{"country":"US"},"sessions":sessions})
            .to_string()
    };
    let input = format!(
        "{}\n{}\n{{\"kind\":\"profile\",\"reviews\":[{{\"rating\":11}}]}}\n",
        line("a", "Asia/Tokyo"),
        line("b", "America/Chicago")
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirelens"))
        .args(["check", "--format", "jsonl", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3, "{out}");
    let codes = |v: &Value| -> Vec<String> {
        v["hints"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|h| h["code"].as_str().unwrap().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert!(
        codes(&lines[0]).contains(&"HL502".to_owned()),
        "{}",
        lines[0]
    );
    assert!(
        !codes(&lines[1]).contains(&"HL502".to_owned()),
        "{}",
        lines[1]
    );
    assert!(out.contains("reviews[0].rating"), "{out}");
}
