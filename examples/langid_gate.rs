//! Accuracy of the product's language decision on `langid-lingua-testdata`,
//! against plain whatlang on the same text.
//!
//!   cargo run --release --example langid_gate
//!
//! "Product" is `Report::facts.language` of `hirelens::analyze` on a message whose
//! text is the test text: the length gate (120 letters, 40 for CJK), the
//! English shortcut, else whatlang on the capped sample (the first 512 bytes
//! of the normalized text) when it calls its answer reliable; nothing
//! otherwise. "whatlang" is `whatlang::detect` on the whole raw text, its
//! answer taken whether reliable or not (and, separately, only when reliable).
//! Texts are grouped by the dataset's `kind` and, as a message-length split,
//! the sentences of a language joined three at a time. Every `.jsonl` file
//! of the folder is read: the shared copy holds the sentences only; Lingua's
//! single words and word pairs (`language-models/<iso>/testdata/` of
//! lingua-rs, the same commit) written as records of the same form
//! (`lang`, `kind` "single word" / "word pair", `text`) into another file of
//! a copy of the folder add those splits (point $HIRELENS_DATA at it).
//!
//! A second table compares the sample cap: the product's decision rebuilt
//! from the public parts (gate, shortcut, detector) with the sample capped at
//! 256 and 512 bytes and uncapped, and at 512 bytes without the English
//! shortcut (whatlang alone, as before the shortcut). The 512-byte variant
//! with the shortcut must equal the product's answer on every text (the
//! count of differences is printed).
//!
//! Data: ../shared/data (or $HIRELENS_DATA).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;
use common::{LANG_CODES, data_dir};
use hirelens::text::{self, Author, Field, Source, english};
use hirelens::{Document, Options};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// Counts for one group of texts.
#[derive(Default, Clone, Copy)]
struct Tally {
    n: usize,
    /// The product gave a language / gave the right one.
    decided: usize,
    correct: usize,
    /// whatlang on the whole text: right answer (reliable or not).
    wl_correct: usize,
    /// whatlang on the whole text, reliable answers only: given / right.
    wl_reliable: usize,
    wl_reliable_correct: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.n += o.n;
        self.decided += o.decided;
        self.correct += o.correct;
        self.wl_correct += o.wl_correct;
        self.wl_reliable += o.wl_reliable;
        self.wl_reliable_correct += o.wl_reliable_correct;
    }
    fn cells(&self) -> String {
        format!(
            "{} | {} | {} | {} | {} ({})",
            self.n,
            self.decided,
            pct(self.correct, self.decided),
            pct(self.wl_correct, self.n),
            self.wl_reliable,
            pct(self.wl_reliable_correct, self.wl_reliable),
        )
    }

    fn short_cells(&self) -> String {
        format!(
            "{} | {} | {}",
            self.decided,
            pct(self.correct, self.decided),
            pct(self.wl_correct, self.n)
        )
    }
}

/// `a` of `b` as a percentage, "—" when `b` is 0.
fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "—".to_owned()
    } else {
        format!("{:.1} %", 100.0 * a as f64 / b as f64)
    }
}

/// Byte offset at most `i`, on a character boundary of `s`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The product's decision rebuilt from its public parts, with the sample
/// capped at `cap` bytes (`usize::MAX`: the whole normalized text).
fn decide(f: &Field, cap: usize, shortcut: bool) -> Option<&'static str> {
    let letters = f.norm.chars().filter(|c| c.is_alphabetic()).count();
    let cjk = f.scripts.iter().any(|(s, _)| s.is_cjk());
    if letters < if cjk { 40 } else { text::LANGUAGE_MIN_CHARS } {
        return None;
    }
    let sample = &f.norm[..floor_boundary(&f.norm, cap)];
    if shortcut && english::clearly_english(sample) {
        return Some("eng");
    }
    text::detector_language(sample)
}

fn product(t: &str) -> Option<String> {
    let doc = Document::from_value(json!({"kind": "message", "id": "m", "text": t}))
        .expect("valid message");
    hirelens::analyze(doc, &Options::default()).facts.language
}

/// Sample caps compared, and whether the English shortcut runs first.
/// The message-length split: a language's sentences joined three at a time.
const JOINED: &str = "sentences joined ×3";

const CAPS: [(usize, bool); 4] = [(256, true), (512, true), (usize::MAX, true), (512, false)];

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "langid_gate: no evaluation data (../shared/data or $HIRELENS_DATA); nothing measured."
        );
        return;
    };
    // Every JSON Lines file of the folder: the shared copy has the sentences;
    // a copy with Lingua's single words and word pairs adds those splits.
    let folder = dir.join("langid-lingua-testdata");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let rows: Vec<Value> = files
        .iter()
        .flat_map(|f| common::read_jsonl(f).unwrap_or_default())
        .collect();
    if rows.is_empty() {
        println!(
            "langid_gate: no texts in {}; nothing measured.",
            folder.display()
        );
        return;
    }
    let codes: BTreeMap<&str, &str> = LANG_CODES.iter().copied().collect();
    // (split, language) → texts
    let mut groups: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for r in &rows {
        let (Some(lang), Some(t)) = (
            r.get("lang").and_then(Value::as_str),
            r.get("text").and_then(Value::as_str),
        ) else {
            continue;
        };
        let kind = r.get("kind").and_then(Value::as_str).unwrap_or("sentence");
        groups
            .entry((kind.to_owned(), lang.to_owned()))
            .or_default()
            .push(t.to_owned());
    }
    let sentences: Vec<((String, String), Vec<String>)> = groups
        .iter()
        .filter(|((k, _), _)| k == "sentence")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for ((_, lang), ts) in sentences {
        let joined = ts.chunks(3).map(|c| c.join(" ")).collect();
        groups.insert((JOINED.to_owned(), lang), joined);
    }

    let mut per: BTreeMap<(String, String), Tally> = BTreeMap::new();
    // split → cap → (decided, correct) over languages whatlang knows
    let mut caps: BTreeMap<String, [(usize, usize); CAPS.len()]> = BTreeMap::new();
    let mut rebuilt_differs = 0usize;
    let mut confusions: BTreeMap<(String, String, String), usize> = BTreeMap::new();
    for ((split, lang), ts) in &groups {
        let want = codes.get(lang.as_str()).copied().unwrap_or("?");
        let known = whatlang::Lang::from_code(want).is_some();
        let tally = per.entry((split.clone(), lang.clone())).or_default();
        let cap_row = caps.entry(split.clone()).or_default();
        for t in ts {
            tally.n += 1;
            let got = product(t);
            if let Some(g) = &got {
                tally.decided += 1;
                if g == want {
                    tally.correct += 1;
                } else {
                    *confusions
                        .entry((split.clone(), lang.clone(), g.clone()))
                        .or_default() += 1;
                }
            }
            if let Some(info) = whatlang::detect(t) {
                let right = info.lang().code() == want;
                tally.wl_correct += usize::from(right);
                if info.is_reliable() {
                    tally.wl_reliable += 1;
                    tally.wl_reliable_correct += usize::from(right);
                }
            }
            let f = Field::new("text".into(), Source::MessageText, Author::Subject, None, t);
            for (k, &(cap, shortcut)) in CAPS.iter().enumerate() {
                let d = decide(&f, cap, shortcut);
                if (cap, shortcut) == (512, true) && d != got.as_deref() {
                    rebuilt_differs += 1;
                }
                if known && let Some(d) = d {
                    cap_row[k].0 += 1;
                    cap_row[k].1 += usize::from(d == want);
                }
            }
        }
    }

    // Shortest texts first.
    let order = ["single word", "word pair", "sentence", JOINED];
    let mut splits: Vec<String> = per.keys().map(|(k, _)| k.clone()).collect();
    splits.dedup();
    splits.sort_by_key(|s| order.iter().position(|o| o == s).unwrap_or(order.len()));
    let mut langs: Vec<String> = per.keys().map(|(_, l)| l.clone()).collect();
    langs.sort();
    langs.dedup();
    let supported =
        |l: &str| whatlang::Lang::from_code(codes.get(l).copied().unwrap_or("?")).is_some();
    let mut totals: BTreeMap<(bool, String), Tally> = BTreeMap::new();
    for ((split, lang), t) in &per {
        totals
            .entry((supported(lang), split.clone()))
            .or_default()
            .add(t);
    }
    let n_known = langs.iter().filter(|l| supported(l)).count();
    println!("## Product decision vs plain whatlang, overall\n");
    println!(
        "| texts | languages | texts | product decides | product right (share of decided) | whatlang on the whole text right (share of all) | whatlang reliable (right) |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|");
    for split in &splits {
        let known = totals
            .get(&(true, split.clone()))
            .copied()
            .unwrap_or_default();
        let unknown = totals
            .get(&(false, split.clone()))
            .copied()
            .unwrap_or_default();
        let mut all = known;
        all.add(&unknown);
        println!("| {split} | {n_known} whatlang knows | {} |", known.cells());
        println!(
            "| {split} | {} it does not know (every answer wrong) | {} |",
            langs.len() - n_known,
            unknown.cells()
        );
        println!("| {split} | **all {}** | {} |", langs.len(), all.cells());
    }

    println!("\n## Per language\n");
    println!(
        "Per split: product decides | product right (share of decided) | whatlang right (share of all)\n"
    );
    let head: Vec<String> = splits
        .iter()
        .map(|s| format!("{s}: decides | right | whatlang right"))
        .collect();
    println!("| language | texts per split | {} |", head.join(" | "));
    println!("|---|---:|{}", "---:|".repeat(3 * splits.len()));
    for lang in &langs {
        let mark = if supported(lang) {
            ""
        } else {
            " (not in whatlang)"
        };
        let tallies: Vec<Tally> = splits
            .iter()
            .map(|s| {
                per.get(&(s.clone(), lang.clone()))
                    .copied()
                    .unwrap_or_default()
            })
            .collect();
        let sizes: Vec<String> = tallies.iter().map(|t| t.n.to_string()).collect();
        let cells: Vec<String> = tallies.iter().map(Tally::short_cells).collect();
        println!(
            "| {lang}{mark} | {} | {} |",
            sizes.join(" / "),
            cells.join(" | ")
        );
    }
    println!();

    println!("## Sample cap (languages whatlang knows; decided / correct (share of decided))\n");
    println!(
        "| split | cap 256 B | cap 512 B (product) | uncapped | cap 512 B, no English shortcut (whatlang alone after the gate) |"
    );
    println!("|---|---:|---:|---:|---:|");
    for split in &splits {
        let Some(row) = caps.get(split) else { continue };
        let cell = |(d, c): (usize, usize)| {
            let pct = if d == 0 {
                0.0
            } else {
                100.0 * c as f64 / d as f64
            };
            format!("{d} / {c} ({pct:.2} %)")
        };
        let cells: Vec<String> = row.iter().map(|&x| cell(x)).collect();
        println!("| {split} | {} |", cells.join(" | "));
    }
    println!("\nrebuilt 512-byte decision differs from the product's on {rebuilt_differs} texts");

    let mut worst: Vec<_> = confusions.into_iter().collect();
    worst.sort_by_key(|w| std::cmp::Reverse(w.1));
    println!("\nMost frequent wrong product answers (split, language → answer: texts):");
    for ((s, l, g), n) in worst.iter().take(12) {
        println!("  {s}, {l} → {g}: {n}");
    }
}
