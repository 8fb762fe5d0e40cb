//! False positives of the tradecraft rules (HL3xx) on benign text that is
//! not about hiring at all: tweets, news, novels, student essays, short
//! answers, and sentences in 75 languages (Japanese and Korean among them).
//! Every record is analysed as a message by the freelancer, with the full
//! catalog; the table counts documents with a tradecraft hint, per rule and
//! by severity.
//!
//! ```sh
//! cargo run --release --example eval_tradecraft            # reads ../shared/data
//! HIRELENS_DATA=/path/to/data cargo run --release --example eval_tradecraft
//! ```
//!
//! The data is never part of the project (see ../shared/data/README.md);
//! without it the example says so and exits successfully.

mod common;
use common::data_dir;
use hirelens::report::{Family, Severity};
use hirelens::{Options, analyze_value};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::BufRead;

const SETS: &[(&str, &str)] = &[
    ("tweets (human and bot)", "tweepfake-tweets/tweepfake.jsonl"),
    ("Reuters news", "reuters-c50/c50.jsonl"),
    (
        "Gutenberg chunks",
        "gutenberg-author-chunks/gutenberg_chunks_300w.jsonl",
    ),
    (
        "student essays (human and LLM)",
        "outfox-student-essays/outfox_valid_test.jsonl",
    ),
    (
        "short answers (human and LLM)",
        "hc3plus-si-en-val/hc3plus_si_en_val.jsonl",
    ),
    (
        "sentences, 75 languages",
        "langid-lingua-testdata/lingua_testdata_sentences.jsonl",
    ),
    (
        "PAN essays",
        "pan14-authorship-verification/pan14_av_en_essays.jsonl",
    ),
];

#[derive(Default)]
struct Count {
    docs: usize,
    any: usize,
    medium: usize,
    high: usize,
}

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "eval_tradecraft: no evaluation data (../shared/data or $HIRELENS_DATA); nothing to measure"
        );
        return;
    };
    let options = Options::default();
    let mut per_rule: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut examples: Vec<String> = Vec::new();
    let mut rows = Vec::new();
    let mut total = Count::default();
    for (name, file) in SETS {
        let path = dir.join(file);
        let Ok(f) = std::fs::File::open(&path) else {
            println!("eval_tradecraft: {} missing; set skipped", path.display());
            continue;
        };
        let mut c = Count::default();
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let Ok(line) = line else { continue };
            let Ok(rec) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            // PAN records hold several texts; every other set one `text`.
            let texts: Vec<&str> = match rec.get("text").and_then(Value::as_str) {
                Some(t) => vec![t],
                None => ["known", "unknown"]
                    .iter()
                    .filter_map(|k| rec.get(*k))
                    .flat_map(|v| match v {
                        Value::String(s) => vec![s.as_str()],
                        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                        _ => vec![],
                    })
                    .collect(),
            };
            for t in texts.into_iter().filter(|t| !t.trim().is_empty()) {
                c.docs += 1;
                let doc = json!({"kind": "message", "id": format!("{i}"), "text": t});
                let Ok(r) = analyze_value(doc, &options) else {
                    continue;
                };
                let hints: Vec<_> = r
                    .hints
                    .iter()
                    .filter(|h| h.family == Family::Tradecraft)
                    .collect();
                if hints.is_empty() {
                    continue;
                }
                c.any += 1;
                let worst = hints
                    .iter()
                    .map(|h| h.severity)
                    .max()
                    .unwrap_or(Severity::Info);
                c.medium += usize::from(worst >= Severity::Medium);
                c.high += usize::from(worst >= Severity::High);
                let mut seen: Vec<&str> = Vec::new();
                for h in &hints {
                    if seen.contains(&h.code.as_str()) {
                        continue;
                    }
                    seen.push(&h.code);
                    let e = per_rule.entry(h.code.clone()).or_default();
                    if let Some(n) = e.get_mut(h.severity as usize) {
                        *n += 1;
                    }
                    if h.severity >= Severity::Medium && examples.len() < 15 {
                        let ev: Vec<&str> = h.evidence.iter().map(|e| e.text.as_str()).collect();
                        examples.push(format!(
                            "- {name} #{i}: {} {} — {}",
                            h.code,
                            h.severity.as_str(),
                            ev.join(" | ").chars().take(120).collect::<String>()
                        ));
                    }
                }
            }
        }
        rows.push(format!(
            "| {name} | {} | {} | {} | {} |",
            c.docs,
            pct(c.any, c.docs),
            pct(c.medium, c.docs),
            pct(c.high, c.docs)
        ));
        total.docs += c.docs;
        total.any += c.any;
        total.medium += c.medium;
        total.high += c.high;
    }
    println!("| set | documents | any tradecraft hint | tradecraft medium+ | tradecraft high |");
    println!("|---|---|---|---|---|");
    for r in &rows {
        println!("{r}");
    }
    println!(
        "| **all** | {} | {} | {} | {} |",
        total.docs,
        pct(total.any, total.docs),
        pct(total.medium, total.docs),
        pct(total.high, total.docs)
    );
    println!("\nDocuments per rule and severity (info / low / medium / high):\n");
    println!("| rule | info | low | medium | high |");
    println!("|---|---|---|---|---|");
    for (code, [info, low, medium, high]) in &per_rule {
        println!("| {code} | {info} | {low} | {medium} | {high} |");
    }
    if !examples.is_empty() {
        println!("\nTradecraft hints at medium or above:\n");
        for e in &examples {
            println!("{e}");
        }
    }
}

fn pct(n: usize, of: usize) -> String {
    if of == 0 {
        return "0".to_owned();
    }
    format!("{n} ({:.2} %)", 100.0 * n as f64 / of as f64)
}
