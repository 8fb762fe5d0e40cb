//! Recall and false alarms of the tradecraft rules (HL3xx) on real messages
//! quoted from public material (`real-tradecraft-messages/messages.jsonl`,
//! see its README), and optionally on a second JSON Lines file of the same
//! form (`HIRELENS_EXTRA_MESSAGES=/path/extra.jsonl`).
//!
//! Every record is analysed twice: as a message the freelancer wrote (the
//! subject's own text) and as a message the client's side sent in a thread
//! (a solicitation that reaches the reader). Per category and language it
//! prints, for actor-written positives, how often the hint for the right
//! indicator fires and how often the report reaches `medium`; for benign
//! look-alikes, how often the report reaches `medium`.
//!
//! ```sh
//! cargo run --release --example eval_real_tradecraft
//! HIRELENS_EXTRA_MESSAGES=/path/extra.jsonl cargo run --release --example eval_real_tradecraft
//! HIRELENS_VERBOSE=1 cargo run --release --example eval_real_tradecraft   # one line per record
//! ```
//!
//! The data is never part of the project; without it the example says so
//! and exits successfully.

mod common;
use common::{data_dir, read_jsonl};
use hirelens::report::{Family, Level, Report};
use hirelens::{Options, analyze_value};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// The rule whose hint is "the right indicator" for a category.
fn right_rule(category: &str) -> Option<&'static str> {
    Some(match category {
        "off_platform" => "HL301",
        "crypto_payment" => "HL302",
        "third_party_payment" => "HL303",
        "account_borrowing" => "HL304",
        "identity_rental" => "HL305",
        "equipment_reshipping" => "HL306",
        "remote_access" => "HL307",
        "camera_refusal" => "HL308",
        "prepayment_pressure" => "HL309",
        "extortion" => "HL310",
        "team_referral" => "HL311",
        _ => return None,
    })
}

#[derive(Default, Clone, Copy)]
struct Row {
    n: usize,
    right: usize,
    medium: usize,
    right_received: usize,
}

fn as_subject(text: &str) -> Value {
    json!({"kind": "message", "id": "m", "text": text})
}

fn as_received(text: &str) -> Value {
    json!({"kind": "thread", "id": "t", "messages": [{"role": "client", "text": text}]})
}

fn tradecraft_codes(r: &Report) -> Vec<(String, hirelens::report::Severity)> {
    r.hints
        .iter()
        .filter(|h| h.family == Family::Tradecraft)
        .map(|h| (h.code.clone(), h.severity))
        .collect()
}

fn main() {
    let mut sets: Vec<(String, PathBuf)> = Vec::new();
    if let Some(dir) = data_dir() {
        sets.push((
            "real-tradecraft-messages".to_owned(),
            dir.join("real-tradecraft-messages/messages.jsonl"),
        ));
    }
    if let Some(p) = std::env::var_os("HIRELENS_EXTRA_MESSAGES") {
        sets.push((
            "extra (HIRELENS_EXTRA_MESSAGES)".to_owned(),
            PathBuf::from(p),
        ));
    }
    if sets.is_empty() {
        println!(
            "eval_real_tradecraft: no evaluation data (../shared/data or $HIRELENS_DATA); nothing to measure"
        );
        return;
    }
    let verbose = std::env::var_os("HIRELENS_VERBOSE").is_some();
    let options = Options::default();
    for (name, path) in sets {
        let Some(records) = read_jsonl(&path) else {
            println!(
                "eval_real_tradecraft: {} missing; set skipped",
                path.display()
            );
            continue;
        };
        // (category, lang) -> row, for actor-written positives; benign separately.
        let mut pos: BTreeMap<(String, String), Row> = BTreeMap::new();
        let mut benign: BTreeMap<String, Row> = BTreeMap::new();
        let mut described = Row::default();
        for rec in &records {
            let text = rec.get("text").and_then(Value::as_str).unwrap_or_default();
            let cat = rec
                .get("category")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let lang = rec.get("lang").and_then(Value::as_str).unwrap_or("?");
            let actor = rec
                .get("actor_written")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let id = rec.get("id").and_then(Value::as_str).unwrap_or("?");
            if text.trim().is_empty() {
                continue;
            }
            let Ok(r) = analyze_value(as_subject(text), &options) else {
                continue;
            };
            let received = analyze_value(as_received(text), &options).ok();
            let codes = tradecraft_codes(&r);
            let medium = r.level >= Level::Medium;
            if verbose {
                let c: Vec<String> = codes
                    .iter()
                    .map(|(c, s)| format!("{c}:{}", s.as_str()))
                    .collect();
                let rc: Vec<String> = received
                    .as_ref()
                    .map(|r| {
                        tradecraft_codes(r)
                            .iter()
                            .map(|(c, s)| format!("{c}:{}", s.as_str()))
                            .collect()
                    })
                    .unwrap_or_default();
                println!(
                    "{id} {cat} {lang} actor={actor} level={} [{}] received=[{}]",
                    r.level.as_str(),
                    c.join(" "),
                    rc.join(" ")
                );
            }
            if cat == "benign" {
                let row = benign.entry(lang.to_owned()).or_default();
                row.n += 1;
                row.medium += usize::from(medium);
                continue;
            }
            let Some(want) = right_rule(cat) else {
                continue;
            };
            let right = codes.iter().any(|(c, _)| c == want);
            let right_received = received
                .as_ref()
                .is_some_and(|r| tradecraft_codes(r).iter().any(|(c, _)| c == want));
            let row = if actor {
                pos.entry((cat.to_owned(), lang.to_owned())).or_default()
            } else {
                &mut described
            };
            row.n += 1;
            row.right += usize::from(right);
            row.medium += usize::from(medium);
            row.right_received += usize::from(right_received);
        }
        println!("\n### {name} ({} records)\n", records.len());
        println!(
            "Actor-written positives (analysed as the freelancer's message; \"received\" = the same text as a client's message in a thread):\n"
        );
        println!(
            "| category | lang | n | right indicator | report medium+ | right indicator (received) |"
        );
        println!("|---|---|---|---|---|---|");
        let mut all = Row::default();
        let mut by_lang: BTreeMap<String, Row> = BTreeMap::new();
        for ((cat, lang), r) in &pos {
            println!(
                "| {cat} | {lang} | {} | {} | {} | {} |",
                r.n,
                pct(r.right, r.n),
                pct(r.medium, r.n),
                pct(r.right_received, r.n)
            );
            for t in [&mut all, by_lang.entry(lang.clone()).or_default()] {
                t.n += r.n;
                t.right += r.right;
                t.medium += r.medium;
                t.right_received += r.right_received;
            }
        }
        for (lang, r) in &by_lang {
            println!(
                "| *all* | {lang} | {} | {} | {} | {} |",
                r.n,
                pct(r.right, r.n),
                pct(r.medium, r.n),
                pct(r.right_received, r.n)
            );
        }
        println!(
            "| **all** | | {} | {} | {} | {} |",
            all.n,
            pct(all.right, all.n),
            pct(all.medium, all.n),
            pct(all.right_received, all.n)
        );
        if described.n > 0 {
            println!(
                "\nDescriptions (advisories, notices, victims; not actor-written): {} records, right indicator {}, report medium+ {}.",
                described.n,
                pct(described.right, described.n),
                pct(described.medium, described.n)
            );
        }
        println!("\nBenign look-alikes:\n");
        println!("| lang | n | report medium+ |");
        println!("|---|---|---|");
        let mut b = Row::default();
        for (lang, r) in &benign {
            println!("| {lang} | {} | {} |", r.n, pct(r.medium, r.n));
            b.n += r.n;
            b.medium += r.medium;
        }
        println!("| **all** | {} | {} |", b.n, pct(b.medium, b.n));
    }
}

fn pct(n: usize, of: usize) -> String {
    if of == 0 {
        return "–".to_owned();
    }
    format!("{n}/{of} ({:.0} %)", 100.0 * n as f64 / of as f64)
}
