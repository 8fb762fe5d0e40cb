#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The TypeScript types of the npm package (js/src/types.ts) against the Rust
//! serde types, both ways.
//!
//! This test builds fully-populated documents, a report and a catalog entry,
//! checks that they really are complete for the Rust types (every field set,
//! no field the Rust types ignore), and writes them as TypeScript object
//! literals to js/test/contract.generated.ts, each `satisfies` an exact,
//! all-required view of the TS type. `tsc --noEmit -p js/tsconfig.json` (run
//! by scripts/test-js.sh and js/test/types.test.mjs) then fails when a field
//! is missing from, extra in, or typed differently in the TS types.
//!
//! When the Rust types change, this test fails until the fixture is updated:
//! `HIRELENS_BLESS=1 cargo test --test js_contract`, then fix js/src/types.ts
//! until tsc passes.

use hirelens::corpus::ident::IdentKind;
use hirelens::corpus::style::Verdict;
use hirelens::corpus::{
    Cluster, ClusterReason, Comparison, DocKey, Link, LinkKind, Names, NearDuplicate,
    SharedIdentifier, Span, StyleScore,
};
use hirelens::model::{Network, Role};
use hirelens::report::Facts;
use hirelens::{Document, Evidence, Family, Hint, Level, Report, Severity};
use serde_json::{Value, json};

fn full_profile(with_kind: bool) -> Value {
    let mut p = json!({
        "id": "p1", "platform": "upwork", "url": "https://www.upwork.com/freelancers/~01",
        "name": "Ann Example", "headline": "Rust developer", "overview": "I build services.",
        "location": {"country": "US", "region": "TX", "city": "Austin"},
        "utc_offset_minutes": -360, "local_time": "2026-11-23T21:14:00-06:00",
        "hourly_rate": {"amount": 45, "currency": "USD"},
        "languages": [{"language": "English", "level": "native"}],
        "skills": ["Rust"],
        "employment": [{"title": "Engineer", "company": "Acme", "start": "2019-03", "end": "2024-06",
                        "location": "Austin, TX", "description": "Payments."}],
        "education": [{"school": "UT", "degree": "BSc", "start": "2010", "end": 2014, "location": "Austin"}],
        "member_since": "2024-05", "jobs_completed": 3,
        "contacts": {"emails": ["a@example.com"], "phones": ["+1 512 555 0100"], "links": ["https://example.com"],
                     "handles": ["@ann"], "wallets": ["0x0000000000000000000000000000000000000001"]},
        "activity": ["2026-11-20T01:12:00Z"],
        "photo": {"dhash": "00ff00ff00ff00ff"},
        "payment": {"payee_name": "Ann Example", "method": "bank", "account": "****1234", "country": "US"},
        "sessions": [{"at": "2026-11-20T01:12:00Z", "ip_country": "US", "ip_region": "TX", "network": "residential",
                      "asn": 7922, "ip": "203.0.113.7", "ip_hash": "9f86d081", "device": "dev-1",
                      "browser_timezone": "America/Chicago", "browser_languages": ["en-US"],
                      "remote_desktop": false, "duration_minutes": 42.5}],
        "payouts": [{"method": "bank", "account": "DE89370400440532013000", "account_hash": "2c26b46b",
                     "holder_name": "Ann Example", "country": "US", "added_at": "2025-01-02T00:00:00Z"}],
        "reviews": [{"client_id": "c1", "rating": 5, "at": "2026-10-01T00:00:00Z"}],
        "bids": {"sent": 40, "won": 6, "since": "2025-09"},
        "commits": [{"at": "2026-03-01T10:00:00-06:00", "author_email_hash": "5d41402a", "repo": "ann/tool",
                     "committer_at": "2026-03-02T09:00:00Z", "coauthored": false}],
        "repositories": [{"name": "ann/tool", "own": true, "commits": 40, "author_commits": 30,
                          "other_authors": 2, "other_author_commits": 8, "copied_commits": 0,
                          "copied_from": "ann/old", "rewritten_commits": 1, "rewrite_days": 0,
                          "author_span_days": 0}]
    });
    // another profile of the same person
    let mut other = p.clone();
    other["same_person"] = json!([]);
    p["same_person"] = json!([other]);
    if with_kind {
        p["kind"] = json!("profile");
    }
    p
}

fn full_message_fields() -> Value {
    json!({"id": "m1", "platform": "upwork", "url": "https://www.upwork.com/messages/1",
           "author": {"name": "Ann", "profile_id": "p1", "handle": "ann"},
           "role": "freelancer", "text": "Hello", "sent_at": "2026-11-20T09:15:00+09:00",
           "profile": full_profile(true)})
}

fn documents() -> Vec<(&'static str, &'static str, Value)> {
    let mut message = full_message_fields();
    message["kind"] = json!("message");
    vec![
        ("profile", "ProfileDocument", full_profile(true)),
        (
            "proposal",
            "ProposalDocument",
            json!({"kind": "proposal", "id": "q1", "platform": "upwork", "url": "https://www.upwork.com/ab/proposals/1",
                   "author": {"name": "Ann", "profile_id": "p1", "handle": "ann"},
                   "text": "I can do this.", "sent_at": "2026-11-20T09:15:00Z",
                   "job": {"title": "API", "description": "Build an API"},
                   "rate": {"amount": 40, "currency": "USD"}, "profile": full_profile(true)}),
        ),
        ("message", "MessageDocument", message),
        (
            "thread",
            "ThreadDocument",
            json!({"kind": "thread", "id": "t1", "platform": "upwork", "url": "https://www.upwork.com/messages/rooms/1",
                   "job": {"title": "API", "description": "Build an API"},
                   "messages": [full_message_fields()], "profile": full_profile(true)}),
        ),
    ]
}

/// Every key of `sample` is a field the Rust type keeps (it comes back when
/// serialized), and every field of the Rust type is set (no `null` comes back).
fn check_complete(sample: &Value, back: &Value, path: &str) {
    match (sample, back) {
        (Value::Object(s), Value::Object(b)) => {
            for k in b.keys() {
                assert!(
                    s.contains_key(k) || k == "kind",
                    "{path}.{k}: a Rust field the contract sample does not set; add it to the sample and to js/src/types.ts"
                );
            }
            for (k, v) in s {
                match b.get(k) {
                    Some(bv) => check_complete(v, bv, &format!("{path}.{k}")),
                    None => assert!(
                        k == "kind",
                        "{path}.{k}: the Rust types ignore this field; remove it from the sample and js/src/types.ts"
                    ),
                }
            }
        }
        (Value::Array(s), Value::Array(b)) => {
            assert_eq!(s.len(), b.len(), "{path}");
            for (i, (sv, bv)) in s.iter().zip(b).enumerate() {
                check_complete(sv, bv, &format!("{path}[{i}]"));
            }
        }
        (_, Value::Null) => panic!("{path}: null after the round trip; the sample must set it"),
        _ => {}
    }
}

fn full_report() -> Report {
    Report {
        id: Some("p1".into()),
        kind: "profile".into(),
        score: 42.5,
        level: Level::Medium,
        hints: vec![Hint {
            code: "HL301".into(),
            rule: "off-platform-contact".into(),
            family: Family::Tradecraft,
            severity: Severity::Medium,
            weight: 2.5,
            title: "Asks to move off the platform".into(),
            message: "Asks to continue on Telegram".into(),
            evidence: vec![Evidence {
                field: "overview".into(),
                start: 1,
                end: 5,
                text: "text".into(),
            }],
            indicators: vec!["I30".into()],
            innocent: "Some clients prefer chat apps.".into(),
            verify: "Keep the conversation on the platform.".into(),
        }],
        facts: Facts {
            language: Some("eng".into()),
            words: 10,
            fields: 3,
            contacts: 1,
        },
        truncated: vec!["overview".into()],
        same_person: vec!["li-1".into()],
    }
}

fn full_link() -> Link {
    let span = |t: &str| Span {
        field: "text".into(),
        start: 0,
        end: 4,
        text: Some(t.into()),
    };
    Link {
        a: "a".into(),
        b: "b".into(),
        key_a: DocKey(0),
        key_b: DocKey(1),
        kind: LinkKind::SharedIdentifier,
        score: 1.0,
        severity: Severity::High,
        strong: true,
        names: Names::Differ,
        reason: "same wallet".into(),
        jaccard: Some(0.9),
        containment: Some(0.95),
        identifier: Some(IdentKind::Wallet),
        value: Some("0x00".into()),
        distance: Some(3),
        style_z: None,
        spans_a: vec![span("same")],
        spans_b: vec![span("same")],
    }
}

fn full_cluster() -> Cluster {
    Cluster {
        members: vec!["a".into(), "b".into()],
        reasons: vec![ClusterReason {
            kind: LinkKind::NearDuplicateText,
            a: "a".into(),
            b: "b".into(),
            score: 0.9,
            reason: "near-identical text".into(),
        }],
    }
}

fn full_comparison() -> Comparison {
    Comparison {
        near_duplicate: NearDuplicate {
            jaccard: Some(0.5),
            containment: Some(0.6),
            shared_shingles: Some(12),
        },
        style: StyleScore {
            score: Some(0.7),
            verdict: Verdict::Scored { score: 0.7 },
        },
        shared_identifiers: vec![SharedIdentifier {
            kind: IdentKind::Email,
            value: "a@example.com".into(),
        }],
        photo_distance: Some(4),
        names: Names::Same,
        name_variant: true,
    }
}

fn ts_literal(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap()
}

fn generate() -> String {
    let mut out = String::from(
        "// Generated by tests/js_contract.rs: HIRELENS_BLESS=1 cargo test --test js_contract. Do not edit.\n\
         // `tsc -p js/tsconfig.json` checks these Rust-made values against js/src/types.ts, exactly.\n\
         import type * as T from '../src/types.js';\n\
         import type { DeepRequired, Equal, Expect } from './contract-check.js';\n\n",
    );
    for (name, ty, sample) in documents() {
        let doc = Document::from_value(sample.clone()).expect("contract sample parses");
        let back = serde_json::to_value(&doc).unwrap();
        check_complete(&sample, &back, name);
        out.push_str(&format!(
            "export const {name} = {} satisfies DeepRequired<T.{ty}>;\n\n",
            ts_literal(&sample)
        ));
    }
    let report = serde_json::to_value(full_report()).unwrap();
    out.push_str(&format!(
        "export const report = {} satisfies DeepRequired<T.Report>;\n\n",
        ts_literal(&report)
    ));
    let rule = serde_json::to_value(hirelens::rules::catalog()[0]).unwrap();
    out.push_str(&format!(
        "export const rule = {} satisfies DeepRequired<T.RuleInfo>;\n\n",
        ts_literal(&rule)
    ));
    for (name, ty, v) in [
        ("link", "Link", serde_json::to_value(full_link()).unwrap()),
        (
            "cluster",
            "Cluster",
            serde_json::to_value(full_cluster()).unwrap(),
        ),
        (
            "comparison",
            "Comparison",
            serde_json::to_value(full_comparison()).unwrap(),
        ),
    ] {
        out.push_str(&format!(
            "export const {name} = {} satisfies DeepRequired<T.{ty}>;\n\n",
            ts_literal(&v)
        ));
    }
    // Every verdict variant, each exactly one of the TS union's members.
    let verdicts = [
        Verdict::InsufficientText {
            words_a: 3,
            words_b: 4,
        },
        Verdict::Uncertain { score: 0.5 },
        Verdict::Scored { score: 0.9 },
    ];
    for v in verdicts {
        match v {
            Verdict::InsufficientText { .. }
            | Verdict::Uncertain { .. }
            | Verdict::Scored { .. } => {}
        }
    }
    out.push_str(&format!(
        "export const verdicts = {} satisfies DeepRequired<T.StyleVerdict>[];\nexport const verdictAnswers = {} as const;\nexport type Check_StyleVerdict = Expect<Equal<(typeof verdictAnswers)[number], T.StyleVerdict['answer']>>;\n\n",
        ts_literal(&serde_json::to_value(verdicts).unwrap()),
        serde_json::to_string(
            &verdicts
                .into_iter()
                .map(|v| serde_json::to_value(v).unwrap()["answer"].clone())
                .collect::<Vec<_>>()
        )
        .unwrap()
    ));
    let enums: [(&str, &str, Value); 8] = [
        (
            "networks",
            "Network",
            serde_json::to_value(Network::ALL).unwrap(),
        ),
        (
            "severities",
            "Severity",
            serde_json::to_value([
                Severity::Info,
                Severity::Low,
                Severity::Medium,
                Severity::High,
            ])
            .unwrap(),
        ),
        (
            "levels",
            "Level",
            serde_json::to_value([Level::None, Level::Low, Level::Medium, Level::High]).unwrap(),
        ),
        (
            "families",
            "Family",
            serde_json::to_value(Family::ALL).unwrap(),
        ),
        (
            "roles",
            "Role",
            serde_json::to_value([Role::Freelancer, Role::Client, Role::Other]).unwrap(),
        ),
        (
            "link_kinds",
            "LinkKind",
            serde_json::to_value([
                LinkKind::NearDuplicateText,
                LinkKind::SharedIdentifier,
                LinkKind::SamePhoto,
                LinkKind::SameAuthorStyle,
                LinkKind::NameVariant,
            ])
            .unwrap(),
        ),
        (
            "ident_kinds",
            "IdentKind",
            serde_json::to_value(IdentKind::ALL).unwrap(),
        ),
        (
            "name_comparisons",
            "NameComparison",
            serde_json::to_value([Names::Differ, Names::Same, Names::Unknown]).unwrap(),
        ),
    ];
    for (name, ty, v) in enums {
        out.push_str(&format!(
            "export const {name} = {} as const;\nexport type Check_{ty} = Expect<Equal<(typeof {name})[number], T.{ty}>>;\n\n",
            serde_json::to_string(&v).unwrap()
        ));
    }
    let kinds: Vec<&str> = documents().iter().map(|d| d.0).collect();
    out.push_str(&format!(
        "export const kinds = {} as const;\nexport type Check_DocumentKind = Expect<Equal<(typeof kinds)[number], T.DocumentKind>>;\n",
        serde_json::to_string(&kinds).unwrap()
    ));
    out
}

#[test]
fn typescript_contract_fixture_is_current() {
    // Every severity/level/family/role variant must be listed above: match exhaustively.
    for s in [Severity::Info] {
        match s {
            Severity::Info | Severity::Low | Severity::Medium | Severity::High => {}
        }
    }
    for r in [Role::Freelancer] {
        match r {
            Role::Freelancer | Role::Client | Role::Other => {}
        }
    }
    for k in [LinkKind::NearDuplicateText] {
        match k {
            LinkKind::NearDuplicateText
            | LinkKind::SharedIdentifier
            | LinkKind::SamePhoto
            | LinkKind::SameAuthorStyle
            | LinkKind::NameVariant => {}
        }
    }
    for n in [Names::Same] {
        match n {
            Names::Differ | Names::Same | Names::Unknown => {}
        }
    }
    for l in [Level::None] {
        match l {
            Level::None | Level::Low | Level::Medium | Level::High => {}
        }
    }
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("js/test/contract.generated.ts");
    let want = generate();
    if std::env::var_os("HIRELENS_BLESS").is_some() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "js/test/contract.generated.ts is stale: run `HIRELENS_BLESS=1 cargo test --test js_contract`, then make `tsc -p js/tsconfig.json` pass by fixing js/src/types.ts"
    );
}
