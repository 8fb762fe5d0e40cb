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
        for v in common::read_jsonl(&f).unwrap_or_default() {
            if let Some(t) = v.get("text").and_then(Value::as_str) {
                let lang = v.get("lang").and_then(Value::as_str).unwrap_or("en");
                out.push((lang.to_owned(), t.to_owned()));
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
    detector_other: usize,
    ns_shortcut: u128,
    ns_detector: u128,
}

impl Row {
    fn print(&self, name: &str) {
        let n = self.detectable.max(1) as f64;
        println!(
            "| {name} | {} | {} ({:.1} %) | {} | {} | {} | {:.1} | {:.1} |",
            self.detectable,
            self.shortcut,
            100.0 * self.shortcut as f64 / n,
            self.agree,
            self.detector_unsure,
            self.detector_other,
            self.ns_shortcut as f64 / n / 1000.0,
            self.ns_detector as f64 / n / 1000.0,
        );
    }

    fn add(&mut self, r: &Row) {
        self.detectable += r.detectable;
        self.shortcut += r.shortcut;
        self.agree += r.agree;
        self.detector_unsure += r.detector_unsure;
        self.detector_other += r.detector_other;
        self.ns_shortcut += r.ns_shortcut;
        self.ns_detector += r.ns_detector;
    }
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
            let fast = english::clearly_english_words(std::hint::black_box(&f).sample_words());
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
                    row.detector_other += 1;
                    let cut: String = t.chars().take(90).collect();
                    eprintln!("  {name}: {lang}→{code}: {cut}");
                }
            }
        }
        row.print(name);
        total.add(&row);
    }
    total.print("**all**");
}
