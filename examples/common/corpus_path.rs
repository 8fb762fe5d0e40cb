//! The Corpus path on real human text: documents by different writers fed
//! through `Corpus::analyze` in order (each analysed against the earlier
//! ones, then added), as the extension and the npm package do. Shared by
//! `examples/eval_corpus.rs` and `tests/corpus_path_data.rs`.
#![allow(dead_code, clippy::indexing_slicing)]

use hirelens::corpus::Config;
use hirelens::{Corpus, Document, Level, Options, analyze};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::path::Path;

/// Linkage rules counted.
pub const CODES: [&str; 5] = ["HL401", "HL402", "HL403", "HL404", "HL405"];

/// One set of documents, each with the writer it belongs to.
pub struct Set {
    pub name: &'static str,
    pub file: &'static str,
    /// A document and its writer (documents of one writer share a persona).
    pub wrap: fn(usize, &Value) -> Option<(Value, String)>,
}

fn text(r: &Value) -> Option<&str> {
    r.get("text")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
}

fn writer_name(w: &str) -> String {
    // a distinct, neutral name per writer (no origin implied)
    let h = w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("Writer {:016x}", h)
}

fn proposal(id: String, writer: &str, t: &str) -> Value {
    json!({"kind": "proposal", "id": id, "text": t,
           "author": {"name": writer_name(writer), "profile_id": format!("persona-{writer}")}})
}

pub const SETS: &[Set] = &[
    Set {
        name: "cover letters (one writer each)",
        file: "cover-letter-samples/cover_letters.jsonl",
        wrap: |i, r| {
            let w = format!("cl{i}");
            Some((proposal(format!("cl{i}"), &w, text(r)?), w))
        },
    },
    Set {
        name: "FCE learner answers (a writer's two answers under one persona)",
        file: "fce-learner-l1/fce_all.jsonl",
        wrap: |i, r| {
            let w = r.get("script_id")?.as_str()?.to_owned();
            Some((proposal(format!("fce{i}"), &w, text(r)?), w))
        },
    },
    Set {
        name: "OUTFOX human student essays",
        file: "outfox-student-essays/outfox_valid_test.jsonl",
        wrap: |i, r| {
            if r.get("label")?.as_str()? != "human" {
                return None;
            }
            let w = format!("ox{i}");
            Some((proposal(format!("ox{i}"), &w, text(r)?), w))
        },
    },
    Set {
        name: "résumés as profiles (166 distinct texts in 962 rows)",
        file: "resumes-updatedresumedataset/resumes.jsonl",
        wrap: |i, r| {
            let w = format!("cv{i}");
            let doc = json!({"kind": "profile", "id": format!("cv{i}"), "name": writer_name(&w),
                             "overview": text(r)?});
            Some((doc, w))
        },
    },
];

/// Rates over one set.
#[derive(Default, Debug)]
pub struct Outcome {
    pub docs: usize,
    /// Documents with each linkage hint.
    pub hint: BTreeMap<&'static str, usize>,
    /// Documents whose level through the Corpus is above the level alone.
    pub raised: usize,
    /// ... and raised from `none`/`low` to `medium` or above.
    pub raised_to_medium: usize,
    /// Of the raised, those whose only linkage hint is HL404.
    pub raised_by_style: usize,
    /// ... and of those, raised to `medium` or above (must stay 0).
    pub raised_to_medium_by_style: usize,
    /// Style links found (pairs).
    pub style_pairs: usize,
    /// Style pairs between documents of the same writer (should be 0: one persona).
    pub style_pairs_same_writer: usize,
    /// Per later document, the largest deviation of its style links.
    pub max_z: Vec<f64>,
    /// The topic share the corpus learnt from its documents under one name.
    pub topic_share: f64,
}

impl Outcome {
    pub fn pct(&self, n: usize) -> f64 {
        100.0 * n as f64 / self.docs.max(1) as f64
    }
}

/// Feed up to `limit` documents of a set through one corpus, in order.
pub fn run(dir: &Path, set: &Set, limit: usize, config: Config) -> Option<Outcome> {
    let rows = crate::common::read_jsonl(&dir.join(set.file))?;
    let options = Options::default();
    let mut corpus = Corpus::with_key(b"eval_corpus").with_config(config);
    let mut out = Outcome::default();
    let mut writers: BTreeMap<String, String> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        if out.docs >= limit {
            break;
        }
        let Some((doc, writer)) = (set.wrap)(i, r) else {
            continue;
        };
        let Ok(d) = Document::from_value(doc) else {
            continue;
        };
        if let Some(id) = d.id() {
            writers.insert(id.to_owned(), writer);
        }
        out.docs += 1;
        let alone = analyze(d.clone(), &options);
        let rep = corpus.analyze(d, &options);
        let codes: Vec<&str> = rep.hints.iter().map(|h| h.code.as_str()).collect();
        for c in CODES {
            if codes.contains(&c) {
                *out.hint.entry(c).or_default() += 1;
            }
        }
        if rep.level > alone.level {
            out.raised += 1;
            if rep.level >= Level::Medium && alone.level < Level::Medium {
                out.raised_to_medium += 1;
            }
            let linkage: Vec<&&str> = codes.iter().filter(|c| c.starts_with("HL4")).collect();
            if linkage.iter().all(|c| **c == "HL404") {
                out.raised_by_style += 1;
                if rep.level >= Level::Medium {
                    out.raised_to_medium_by_style += 1;
                }
            }
        }
    }
    let mut max_z: BTreeMap<&str, f64> = BTreeMap::new();
    for l in corpus.pairs() {
        if l.kind == hirelens::corpus::LinkKind::SameAuthorStyle {
            let z = l.style_z.unwrap_or(0.0);
            let m = max_z.entry(l.b.as_str()).or_insert(z);
            *m = m.max(z);
            out.style_pairs += 1;
            if writers.get(&l.a) == writers.get(&l.b) {
                out.style_pairs_same_writer += 1;
            }
        }
    }
    out.max_z = max_z.into_values().collect();
    out.topic_share = corpus.style_topic_share();
    Some(out)
}

/// Same-author recall through the Corpus: Reuters C50 texts 25–49 of every
/// journalist (first `words` words each), each under its own name.
/// Returns (documents, documents with ≥ 1 HL404 link to the same author,
/// style pairs, of which same author).
pub fn c50_recall(
    dir: &Path,
    words: usize,
    config: Config,
) -> Option<(usize, usize, usize, usize)> {
    let rows = crate::common::read_jsonl(&dir.join("reuters-c50/c50.jsonl"))?;
    let mut by_author: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for r in &rows {
        let a = r.get("author").and_then(Value::as_str).unwrap_or_default();
        by_author
            .entry(a.to_owned())
            .or_default()
            .push(text(r).unwrap_or_default());
    }
    let mut docs: Vec<(String, String, String)> = Vec::new();
    for (a, ts) in &by_author {
        for (j, t) in ts.iter().enumerate().skip(25) {
            let w: Vec<&str> = t.split_whitespace().collect();
            if w.len() >= words {
                docs.push((format!("{a}-{j}"), a.clone(), w[..words].join(" ")));
            }
        }
    }
    // interleave authors, as a marketplace sees them
    docs.sort_by_key(|d| {
        (
            d.0.rsplit('-').next().and_then(|x| x.parse::<u32>().ok()),
            d.1.clone(),
        )
    });
    let mut corpus = Corpus::with_key(b"eval_corpus").with_config(config);
    let mut author: BTreeMap<String, String> = BTreeMap::new();
    for (i, (id, a, t)) in docs.iter().enumerate() {
        author.insert(id.clone(), a.clone());
        let doc = json!({"kind": "proposal", "id": id, "text": t,
                         "author": {"name": writer_name(&format!("{a}{i}"))}});
        if let Ok(d) = Document::from_value(doc) {
            corpus.add(d);
        }
    }
    let mut linked: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    let (mut pairs, mut same) = (0, 0);
    for l in corpus.pairs() {
        if l.kind != hirelens::corpus::LinkKind::SameAuthorStyle {
            continue;
        }
        pairs += 1;
        if author.get(&l.a) == author.get(&l.b) {
            same += 1;
            linked.insert(l.a.as_str());
            linked.insert(l.b.as_str());
        }
    }
    Some((docs.len(), linked.len(), pairs, same))
}
