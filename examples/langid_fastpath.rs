//! Does the English shortcut (`text::english::clearly_english`) ever change
//! the language a field gets? For every text of the evaluation data long
//! enough to pass the detection gate (120 letters, 40 for CJK), compare the shortcut with the general
//! detector on the same sample, and time both.
//!
//!   cargo run --release --example langid_fastpath
//!
//! Data: ../shared/data (or $HIRELENS_DATA); English corpora as they are,
//! langid-lingua-testdata sentences singly and joined in threes.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;
use common::data_dir;
use hirelens::text::{self, Author, Field, Source, english};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn texts(dir: &Path, sub: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir.join(sub)) else {
        eprintln!("missing {sub}: skipped");
        return out;
    };
    let mut files: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    for f in files {
        let r = std::io::BufReader::new(std::fs::File::open(f).unwrap());
        for l in r.lines().map_while(Result::ok) {
            if let Ok(v) = serde_json::from_str::<Value>(&l) {
                if let Some(t) = v.get("text").and_then(Value::as_str) {
                    let lang = v.get("lang").and_then(Value::as_str).unwrap_or("en");
                    out.push((lang.to_owned(), t.to_owned()));
                }
            }
        }
    }
    out
}

#[derive(Default)]
struct Row {
    detectable: usize,
    shortcut: usize,
    agree: usize,
    detector_unsure: usize,
    detector_other: Vec<String>,
    ns_shortcut: u128,
    ns_detector: u128,
}

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "langid_fastpath: no evaluation data (../shared/data or $HIRELENS_DATA); nothing measured."
        );
        return;
    };
    let mut sets: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for sub in [
        "cover-letter-samples",
        "resumes-updatedresumedataset",
        "reuters-c50",
        "fce-learner-l1",
        "outfox-student-essays",
        "argugpt-machine-essays",
        "hc3plus-si-en-val",
        "tweepfake-tweets",
        "gutenberg-author-chunks",
    ] {
        sets.push((sub.to_owned(), texts(&dir, sub)));
    }
    let lingua = texts(&dir, "langid-lingua-testdata");
    let mut by_lang: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (l, t) in lingua {
        by_lang.entry(l).or_default().push(t);
    }
    let (mut en, mut other) = (Vec::new(), Vec::new());
    for (l, ts) in &by_lang {
        let joined: Vec<String> = ts.chunks(3).map(|c| c.join(" ")).collect();
        let dest = if l == "en" { &mut en } else { &mut other };
        for t in ts.iter().chain(&joined) {
            dest.push((l.clone(), t.clone()));
        }
    }
    sets.push(("lingua sentences, English".into(), en));
    sets.push(("lingua sentences, 74 other languages".into(), other));

    println!(
        "| texts | detectable | shortcut taken | detector agrees | detector unsure | detector says another language | shortcut µs/text | detector µs/text |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut total = Row::default();
    for (name, items) in &sets {
        let mut row = Row::default();
        for (lang, t) in items {
            let f = Field::new("t".into(), Source::MessageText, Author::Subject, None, t);
            // The same length gate as `Field::language`.
            let letters = f.norm.chars().filter(|c| c.is_alphabetic()).count();
            if letters < text::LANGUAGE_MIN_CHARS && !f.scripts.iter().any(|(s, _)| s.is_cjk()) {
                continue;
            }
            row.detectable += 1;
            let sample = text::language_sample(&f.norm);
            let t0 = Instant::now();
            let fast = english::clearly_english(std::hint::black_box(sample));
            let t1 = Instant::now();
            let det = text::detector_language(std::hint::black_box(sample));
            let t2 = Instant::now();
            row.ns_shortcut += (t1 - t0).as_nanos();
            row.ns_detector += (t2 - t1).as_nanos();
            if !fast {
                continue;
            }
            row.shortcut += 1;
            match det {
                Some("eng") => row.agree += 1,
                None => row.detector_unsure += 1,
                Some(code) => {
                    if row.detector_other.len() < 3 {
                        let cut: String = t.chars().take(90).collect();
                        row.detector_other.push(format!("{lang}→{code}: {cut}"));
                    }
                    row.detector_other.push(String::new());
                }
            }
        }
        let others = row.detector_other.iter().filter(|s| s.is_empty()).count();
        let n = row.detectable.max(1) as f64;
        println!(
            "| {name} | {} | {} ({:.1} %) | {} | {} | {} | {:.1} | {:.1} |",
            row.detectable,
            row.shortcut,
            100.0 * row.shortcut as f64 / n,
            row.agree,
            row.detector_unsure,
            others,
            row.ns_shortcut as f64 / n / 1000.0,
            row.ns_detector as f64 / n / 1000.0,
        );
        for s in row.detector_other.iter().filter(|s| !s.is_empty()) {
            eprintln!("  {name}: {s}");
        }
        total.detectable += row.detectable;
        total.shortcut += row.shortcut;
        total.agree += row.agree;
        total.detector_unsure += row.detector_unsure;
        total
            .detector_other
            .extend(row.detector_other.into_iter().filter(String::is_empty));
        total.ns_shortcut += row.ns_shortcut;
        total.ns_detector += row.ns_detector;
    }
    let n = total.detectable.max(1) as f64;
    println!(
        "| **all** | {} | {} ({:.1} %) | {} | {} | {} | {:.1} | {:.1} |",
        total.detectable,
        total.shortcut,
        100.0 * total.shortcut as f64 / n,
        total.agree,
        total.detector_unsure,
        total.detector_other.len(),
        total.ns_shortcut as f64 / n / 1000.0,
        total.ns_detector as f64 / n / 1000.0,
    );
}
