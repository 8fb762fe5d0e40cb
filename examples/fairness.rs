//! Fairness audit: the share of benign documents reaching each level, per
//! first-language group and per source, for the whole rule set.
//!
//!     cargo run --release --example fairness            # writes docs/fairness.md
//!     cargo run --release --example fairness -- -       # prints it instead
//!
//! Data: `../shared/data` (or `$HIRELENS_DATA`); skips with a message when absent.
//! Every text is benign (human writing, nobody's false identity). Texts are
//! presented the way the product meets them:
//!
//! * **proposal** — the text as a proposal, no profile;
//! * **overview** — the text as a profile overview with claims consistent with
//!   the writer: a country where the first language is spoken, its UTC offset,
//!   languages `[L1 native, English fluent]` (learners) or `[English native]`
//!   (native reference text);
//! * **proposal+profile** — the proposal with that profile embedded.
//!
//! The native reference is Reuters C50 news and Gutenberg book chunks, cut to
//! the learners' length (about 180 words), presented with a native English
//! profile in the US. Target: no first-language group above the native
//! reference by more than 2 percentage points at `medium` or above.

#![allow(
    clippy::indexing_slicing,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic
)]

mod common;
use common::data_dir;
use hirelens::{Document, Level, Options, analyze};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::path::PathBuf;

fn jsonl(path: PathBuf) -> Vec<Value> {
    common::read_jsonl(&path).unwrap_or_default()
}

/// First language → (country, standard UTC offset in minutes, language name).
fn l1_place(l1: &str) -> (&'static str, i32, &'static str) {
    match l1 {
        "es" => ("ES", 60, "Spanish"),
        "fr" => ("FR", 60, "French"),
        "ko" => ("KR", 540, "Korean"),
        "ru" => ("RU", 180, "Russian"),
        "ja" => ("JP", 540, "Japanese"),
        "it" => ("IT", 60, "Italian"),
        "pl" => ("PL", 60, "Polish"),
        "tr" => ("TR", 180, "Turkish"),
        "el" => ("GR", 120, "Greek"),
        "de" => ("DE", 60, "German"),
        "pt" => ("PT", 0, "Portuguese"),
        "zh" => ("CN", 480, "Chinese"),
        "ca" => ("ES", 60, "Catalan"),
        "th" => ("TH", 420, "Thai"),
        "sv" => ("SE", 60, "Swedish"),
        "nl" => ("NL", 60, "Dutch"),
        _ => ("US", -300, "English"),
    }
}

/// The first ~`words` words, ending at a sentence end when one is near.
fn cut_words(text: &str, words: usize) -> String {
    let mut n = 0;
    let mut end = text.len();
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            n += 1;
            if n >= words {
                end = i;
                break;
            }
        }
    }
    let head = &text[..end];
    match head.rfind(['.', '!', '?']) {
        Some(p) if p > head.len() / 2 => head[..=p].to_owned(),
        _ => head.to_owned(),
    }
}

struct Item {
    group: String,
    source: &'static str,
    text: String,
    l1: Option<String>,
    /// Present as a profile claiming native English (the reference writers).
    native: bool,
}

fn profile(item: &Item, overview: Option<&str>) -> Value {
    let (country, offset, lang) = l1_place(item.l1.as_deref().unwrap_or("en"));
    let languages = if item.native {
        json!([{"language": "English", "level": "native"}])
    } else {
        json!([{"language": lang, "level": "native"}, {"language": "English", "level": "fluent"}])
    };
    json!({"kind": "profile", "id": "p", "overview": overview, "location": {"country": country},
           "utc_offset_minutes": offset, "languages": languages})
}

fn presentations(item: &Item) -> Vec<(&'static str, Value)> {
    let p = profile(item, None);
    let with_overview = profile(item, Some(&item.text));
    vec![
        (
            "proposal",
            json!({"kind": "proposal", "id": "q", "text": item.text}),
        ),
        ("overview", with_overview),
        (
            "proposal+profile",
            json!({"kind": "proposal", "id": "q", "text": item.text, "profile": p}),
        ),
    ]
}

#[derive(Default, Clone)]
struct Tally {
    n: usize,
    at: [usize; 4], // none, low, medium, high (exact level)
    rules: BTreeMap<String, usize>,
}

impl Tally {
    fn share_at_least(&self, l: usize) -> f64 {
        if self.n == 0 {
            return 0.0;
        }
        100.0 * self.at[l..].iter().sum::<usize>() as f64 / self.n as f64
    }
}

fn level_index(l: Level) -> usize {
    match l {
        Level::None => 0,
        Level::Low => 1,
        Level::Medium => 2,
        Level::High => 3,
    }
}

fn main() {
    let out_path = std::env::args().nth(1);
    let Some(data) = data_dir() else {
        eprintln!(
            "fairness: evaluation data not found (../shared/data or $HIRELENS_DATA); skipped"
        );
        return;
    };
    let mut items = Vec::new();
    for v in jsonl(data.join("fce-learner-l1/fce_all.jsonl")) {
        let (Some(l1), Some(t)) = (v["l1"].as_str(), v["text"].as_str()) else {
            continue;
        };
        items.push(Item {
            group: format!("FCE L1 {l1}"),
            source: "learner (FCE)",
            text: t.to_owned(),
            l1: Some(l1.into()),
            native: false,
        });
    }
    for v in jsonl(data.join("reuters-c50/c50.jsonl"))
        .into_iter()
        .step_by(2)
    {
        let Some(t) = v["text"].as_str() else {
            continue;
        };
        items.push(Item {
            group: "native: Reuters C50".into(),
            source: "native reference",
            text: cut_words(t, 180),
            l1: None,
            native: true,
        });
    }
    for v in jsonl(data.join("gutenberg-author-chunks/gutenberg_chunks_300w.jsonl")) {
        let Some(t) = v["text"].as_str() else {
            continue;
        };
        items.push(Item {
            group: "native: Gutenberg".into(),
            source: "native reference",
            text: cut_words(t, 180),
            l1: None,
            native: true,
        });
    }
    for v in jsonl(data.join("cover-letter-samples/cover_letters.jsonl")) {
        let Some(t) = v["text"].as_str() else {
            continue;
        };
        items.push(Item {
            group: "cover letters".into(),
            source: "cover letters",
            text: t.to_owned(),
            l1: None,
            native: true,
        });
    }
    let mut seen = std::collections::HashSet::new();
    for v in jsonl(data.join("resumes-updatedresumedataset/resumes.jsonl")) {
        let Some(t) = v["text"].as_str() else {
            continue;
        };
        if seen.insert(t.to_owned()) {
            items.push(Item {
                group: "résumés (distinct)".into(),
                source: "résumés",
                text: t.to_owned(),
                l1: None,
                native: true,
            });
        }
    }
    if items.is_empty() {
        eprintln!("fairness: no texts read under {}; skipped", data.display());
        return;
    }
    let opts = Options {
        now: hirelens::date::Timestamp::parse("2026-11-24T00:00:00Z"),
        ..Options::default()
    };
    // (presentation, group) → tally
    let mut t: BTreeMap<(&'static str, String), Tally> = BTreeMap::new();
    let mut sources: HashMap<String, &'static str> = HashMap::new();
    for item in &items {
        sources.insert(item.group.clone(), item.source);
        for (pres, v) in presentations(item) {
            let Ok(doc) = Document::from_value(v) else {
                continue;
            };
            let r = analyze(doc, &opts);
            for key in [
                (pres, item.group.clone()),
                (pres, format!("all {}", item.source)),
            ] {
                let e = t.entry(key).or_default();
                e.n += 1;
                e.at[level_index(r.level)] += 1;
                for h in &r.hints {
                    if h.severity >= hirelens::Severity::Medium {
                        *e.rules.entry(h.code.clone()).or_default() += 1;
                    }
                }
            }
        }
    }
    let mut md = String::new();
    let _ = writeln!(
        md,
        "# Fairness audit\n\nGenerated by `cargo run --release --example fairness` (hirelens {}, {} rules). \
        Do not edit by hand.\n\nShare of **benign** documents reaching each level, for the whole rule set. \
        Every text is human writing by someone who is not hiding an identity. Each text is presented three ways:\n\n\
        * **proposal** — the text as a proposal, no profile;\n\
        * **overview** — the text as a profile overview, with claims consistent with the writer: a country where the \
        first language is spoken (es→ES, fr→FR, ko→KR, ja→JP, zh→CN, …), that country's standard UTC offset, and \
        languages `[L1 native, English fluent]`; the native reference and the cover letters and résumés claim \
        `[English native]`, US, UTC−5;\n\
        * **proposal+profile** — the proposal with that profile embedded.\n\n\
        The native reference is Reuters C50 news (every second text) and Gutenberg 300-word chunks, each cut to about \
        180 words (the learners' median). Learner texts are the FCE answers (`../shared/data/fce-learner-l1`), \
        grouped by the writer's first language. A learner presented with a *claimed native English* profile is not \
        a benign case (the claim is false), so it is not part of this audit.\n\n\
        **Target:** no first-language group above the native reference by more than 2 percentage points at `medium` \
        or above. The reference is the worse (higher) of the two native sets.\n",
        hirelens::VERSION,
        hirelens::rules::catalog().len()
    );
    let mut worst_gap: f64 = f64::NEG_INFINITY;
    let mut failures = Vec::new();
    for pres in ["proposal", "overview", "proposal+profile"] {
        let rows: Vec<(&String, &Tally)> = t
            .iter()
            .filter(|((p, _), _)| *p == pres)
            .map(|((_, g), v)| (g, v))
            .collect();
        let reference = rows
            .iter()
            .filter(|(g, _)| g.starts_with("native:"))
            .map(|(_, v)| v.share_at_least(2))
            .fold(0.0f64, f64::max);
        let _ = writeln!(
            md,
            "\n## As {pres}\n\nReference (native, ≥ medium): {reference:.1}%\n\n\
            | group | n | ≥ low | ≥ medium | high | gap vs native (≥ medium, pp) | rules at ≥ medium (count) |\n|---|---:|---:|---:|---:|---:|---|"
        );
        for (g, v) in &rows {
            let med = v.share_at_least(2);
            let gap = med - reference;
            let is_l1 = g.starts_with("FCE L1");
            if is_l1 && v.n >= 20 {
                worst_gap = worst_gap.max(gap);
                if gap > 2.0 {
                    failures.push(format!(
                        "{pres} / {g}: {med:.1}% vs {reference:.1}% (+{gap:.1} pp)"
                    ));
                }
            }
            let rules: Vec<String> = v.rules.iter().map(|(c, n)| format!("{c} ({n})")).collect();
            let _ = writeln!(
                md,
                "| {g}{} | {} | {:.1}% | {:.1}% | {:.1}% | {} | {} |",
                if is_l1 && v.n < 20 {
                    " (too few to judge)"
                } else {
                    ""
                },
                v.n,
                v.share_at_least(1),
                med,
                v.share_at_least(3),
                if is_l1 {
                    format!("{gap:+.1}")
                } else {
                    "—".into()
                },
                if rules.is_empty() {
                    "—".into()
                } else {
                    rules.join(", ")
                }
            );
        }
    }
    let _ = writeln!(
        md,
        "\n## Result\n\nWorst first-language gap at ≥ medium: {:+.1} pp (groups of 20 or more texts).\n\n{}",
        worst_gap,
        if failures.is_empty() {
            "**Target met**: no first-language group is more than 2 pp above the native reference."
                .to_owned()
        } else {
            format!(
                "**Target missed** for:\n\n{}\n",
                failures
                    .iter()
                    .map(|f| format!("* {f}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        }
    );
    let _ = writeln!(
        md,
        "\n_Counts of rules are hints at medium or high severity; a document may carry several._"
    );
    match out_path.as_deref() {
        Some("-") => print!("{md}"),
        other => {
            let p = PathBuf::from(
                other.unwrap_or(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/fairness.md")),
            );
            if let Err(e) = std::fs::write(&p, &md) {
                eprintln!("fairness: writing {}: {e}", p.display());
                std::process::exit(1);
            }
            eprintln!(
                "fairness: wrote {} ({} texts; worst L1 gap {worst_gap:+.1} pp)",
                p.display(),
                items.len()
            );
        }
    }
    if !failures.is_empty() {
        eprintln!("fairness: target missed:\n  {}", failures.join("\n  "));
    }
}
