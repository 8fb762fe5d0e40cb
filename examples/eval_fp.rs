//! False positives on real benign text: run the FULL rule catalog over
//! human cover letters (as proposals), résumés (as profile overviews) and
//! learner essays (as messages), and print the share of documents whose
//! report reaches `medium` or above, and `high`.
//!
//! ```sh
//! cargo run --release --example eval_fp            # reads ../shared/data
//! HIRELENS_DATA=/path/to/data cargo run --release --example eval_fp
//! ```
//!
//! The data is never part of the project (see ../shared/data/README.md);
//! without it the example says so and exits successfully.

mod common;
use common::data_dir;
use hirelens::report::Level;
use hirelens::{Options, analyze_value};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::io::BufRead;

/// One evaluation set: a file, how to wrap a record, and how to group it.
struct Set {
    name: &'static str,
    file: &'static str,
    wrap: fn(usize, &Value) -> Option<Value>,
    group: fn(&Value) -> Option<String>,
}

fn text(r: &Value) -> Option<&str> {
    r.get("text")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
}

const SETS: &[Set] = &[
    Set {
        name: "cover letters as proposals",
        file: "cover-letter-samples/cover_letters.jsonl",
        wrap: |i, r| Some(json!({"kind":"proposal","id":format!("cl{i}"),"text":text(r)?})),
        group: |_| None,
    },
    Set {
        name: "résumés as profile overviews",
        file: "resumes-updatedresumedataset/resumes.jsonl",
        wrap: |i, r| Some(json!({"kind":"profile","id":format!("cv{i}"),"overview":text(r)?})),
        group: |_| None,
    },
    Set {
        name: "FCE learner essays as messages",
        file: "fce-learner-l1/fce_all.jsonl",
        wrap: |i, r| Some(json!({"kind":"message","id":format!("fce{i}"),"text":text(r)?})),
        group: |r| {
            r.get("l1")
                .and_then(Value::as_str)
                .map(|l| format!("L1 {l}"))
        },
    },
];

#[derive(Default, Clone)]
struct Count {
    docs: usize,
    medium_plus: usize,
    high: usize,
}

impl Count {
    fn add(&mut self, level: Level) {
        self.docs += 1;
        self.medium_plus += usize::from(level >= Level::Medium);
        self.high += usize::from(level >= Level::High);
    }
    fn pct(n: usize, d: usize) -> f64 {
        if d == 0 {
            0.0
        } else {
            100.0 * n as f64 / d as f64
        }
    }
    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} ({:.2} %) | {} ({:.2} %) |",
            self.docs,
            self.medium_plus,
            Self::pct(self.medium_plus, self.docs),
            self.high,
            Self::pct(self.high, self.docs)
        )
    }
}

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "eval_fp: no evaluation data (set HIRELENS_DATA or put it at ../shared/data); skipped"
        );
        return;
    };
    let options = Options::default();
    let mut total = Count::default();
    let mut rows = Vec::new();
    let mut groups: BTreeMap<String, Count> = BTreeMap::new();
    // rule code -> (documents with a hint of that rule, of which at medium+ severity)
    let mut by_rule: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut examples: Vec<String> = Vec::new();
    let rules = hirelens::rules::catalog().len();
    for set in SETS {
        let path = dir.join(set.file);
        let Ok(f) = std::fs::File::open(&path) else {
            println!("eval_fp: {} missing; set skipped", path.display());
            continue;
        };
        let mut count = Count::default();
        for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
            let Ok(line) = line else { continue };
            let Ok(record) = serde_json::from_str::<Value>(&line) else {
                continue;
            };
            let Some(doc) = (set.wrap)(i, &record) else {
                continue;
            };
            let report = match analyze_value(doc, &options) {
                Ok(r) => r,
                Err(e) => {
                    eprintln!("eval_fp: {} record {i}: {e}", set.name);
                    continue;
                }
            };
            count.add(report.level);
            total.add(report.level);
            if let Some(g) = (set.group)(&record) {
                groups.entry(g).or_default().add(report.level);
            }
            let mut seen: Vec<&str> = Vec::new();
            for h in &report.hints {
                if seen.contains(&h.code.as_str()) {
                    continue;
                }
                seen.push(&h.code);
                let e = by_rule.entry(h.code.clone()).or_default();
                e.0 += 1;
                e.1 += usize::from(h.severity >= hirelens::Severity::Medium);
            }
            if report.level >= Level::Medium && examples.len() < 12 {
                let h = report.hints.first();
                examples.push(format!(
                    "{} #{i}: {} {} — {}",
                    set.name,
                    report.level.as_str(),
                    h.map_or("", |h| h.code.as_str()),
                    h.map_or(String::new(), |h| h
                        .evidence
                        .first()
                        .map(|e| e.text.chars().take(80).collect())
                        .unwrap_or_default())
                ));
            }
        }
        rows.push(count.row(set.name));
    }
    println!("Rules in the catalog: {rules}\n");
    println!("| set | documents | medium or above | high |");
    println!("|---|---|---|---|");
    for r in &rows {
        println!("{r}");
    }
    println!("{}", total.row("**all**"));
    if let Some((g, c)) = groups.iter().filter(|(_, c)| c.docs >= 20).max_by(|a, b| {
        Count::pct(a.1.medium_plus, a.1.docs).total_cmp(&Count::pct(b.1.medium_plus, b.1.docs))
    }) {
        println!("{}", c.row(&format!("worst FCE group ({g})")));
    }
    if let Some(c) = groups.get("L1 ko") {
        println!("{}", c.row("FCE, Korean L1"));
    }
    println!("\nDocuments with at least one hint, per rule (of which at medium+ severity):\n");
    println!("| rule | documents | at medium+ |");
    println!("|---|---|---|");
    for (code, (n, m)) in &by_rule {
        println!("| {code} | {n} | {m} |");
    }
    if !examples.is_empty() {
        println!("\nFirst documents at medium or above:");
        for e in &examples {
            println!("- {e}");
        }
    }
}
