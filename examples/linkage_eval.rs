//! Accuracy of the corpus's linkers on the evaluation data (never shipped):
//!
//! ```text
//! cargo run --release --example linkage_eval -- resumes   # exact duplicates found?
//! cargo run --release --example linkage_eval -- pan       # same-author AUC / c@1, PAN 2014 style
//! cargo run --release --example linkage_eval -- reuters   # same-author on 200-word windows of C50
//! ```
//! Data from `$HIRELENS_DATA` or `../shared/data`; skips with a message when absent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "common/authorship.rs"]
mod authorship;
mod common;
use authorship::{auc, c_at_1, profile_of};
use hirelens::corpus::style::{self, Profile};
use hirelens::corpus::{Config, LinkKind};
use hirelens::{Corpus, Document};
use serde_json::Value;
use std::collections::{HashMap, HashSet};

fn data(path: &str) -> Option<Vec<Value>> {
    let dir: std::path::PathBuf = std::env::var_os("HIRELENS_DATA")
        .map(Into::into)
        .unwrap_or_else(|| "../shared/data".into());
    let p = dir.join(path);
    let Ok(text) = std::fs::read_to_string(&p) else {
        eprintln!("skipped: {} not found (set HIRELENS_DATA)", p.display());
        return None;
    };
    Some(
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect(),
    )
}

/// The product's answer as PAN scores it: the calibrated score, or 0.5 when
/// HireLens abstains (insufficient text or the abstain band).
fn answer(a: &Profile, b: &Profile) -> f64 {
    match style::compare(a, b) {
        style::Verdict::Scored { score } => score,
        _ => 0.5,
    }
}

fn report(name: &str, raw: &[(f64, bool)], answers: &[(f64, bool)]) {
    let (c1, unanswered) = c_at_1(answers);
    let a = auc(answers);
    println!(
        "{name}: n={} (same {}), AUC raw cosine {:.3}, AUC answers {:.3}, c@1 {:.3}, unanswered {}, AUC×c@1 {:.3}",
        answers.len(),
        answers.iter().filter(|s| s.1).count(),
        auc(raw),
        a,
        c1,
        unanswered,
        a * c1
    );
}

fn pan() {
    for (file, name) in [
        (
            "pan14-authorship-verification/pan14_av_en_essays.jsonl",
            "PAN14 English essays",
        ),
        (
            "pan14-authorship-verification/pan14_av_en_novels_train.jsonl",
            "PAN14 English novels",
        ),
    ] {
        let Some(rows) = data(file) else { return };
        let mut raw = Vec::new();
        let mut ans = Vec::new();
        let mut raws_same = Vec::new();
        let mut raws_diff = Vec::new();
        for r in &rows {
            let known: Vec<&str> = r["known"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k.as_str().unwrap())
                .collect();
            let unknown = r["unknown"].as_str().unwrap();
            let same = r["same_author"].as_bool().unwrap();
            let (pk, pu) = (profile_of(&known), profile_of(&[unknown]));
            let s = style::raw_similarity(&pk, &pu);
            if same {
                raws_same.push(s);
            } else {
                raws_diff.push(s);
            }
            raw.push((s, same));
            ans.push((answer(&pk, &pu), same));
        }
        raws_same.sort_by(f64::total_cmp);
        raws_diff.sort_by(f64::total_cmp);
        println!(
            "  median raw similarity: same {:.3}, different {:.3}",
            raws_same[raws_same.len() / 2],
            raws_diff[raws_diff.len() / 2]
        );
        report(name, &raw, &ans);
    }
}

fn reuters(split: &str) {
    let Some(rows) = data("reuters-c50/c50.jsonl") else {
        return;
    };
    // one 200-word window from each text (its start), per author
    let mut by_author: HashMap<String, Vec<String>> = HashMap::new();
    for r in rows.iter().filter(|r| r["split"] == split) {
        let words: Vec<&str> = r["text"].as_str().unwrap().split_whitespace().collect();
        if words.len() < 200 {
            continue;
        }
        by_author
            .entry(r["author"].as_str().unwrap().to_owned())
            .or_default()
            .push(words[..200].join(" "));
    }
    if by_author.is_empty() {
        eprintln!("skipped: no {split} rows in reuters-c50");
        return;
    }
    let mut authors: Vec<&String> = by_author.keys().collect();
    authors.sort();
    let profiles: Vec<Vec<Profile>> = authors
        .iter()
        .map(|a| {
            by_author[*a]
                .iter()
                .take(20)
                .map(|t| profile_of(&[t]))
                .collect()
        })
        .collect();
    let mut raw = Vec::new();
    let mut ans = Vec::new();
    // same-author pairs: consecutive windows; different: the same window index of the next author
    for (ai, ps) in profiles.iter().enumerate() {
        let other = &profiles[(ai + 1) % profiles.len()];
        for i in 0..ps.len().min(other.len()).saturating_sub(1) {
            for (b, same) in [(&ps[i + 1], true), (&other[i + 1], false)] {
                raw.push((style::raw_similarity(&ps[i], b), same));
                ans.push((answer(&ps[i], b), same));
            }
        }
    }
    let med = |same: bool| {
        let mut v: Vec<f64> = raw.iter().filter(|r| r.1 == same).map(|r| r.0).collect();
        v.sort_by(f64::total_cmp);
        (v[v.len() / 4], v[v.len() / 2], v[3 * v.len() / 4])
    };
    println!(
        "  raw quartiles: same {:.3?}, different {:.3?}",
        med(true),
        med(false)
    );
    report(
        &format!("Reuters C50 {split} split, 200-word windows, one vs one"),
        &raw,
        &ans,
    );
}

fn resumes() {
    let Some(rows) = data("resumes-updatedresumedataset/resumes.jsonl") else {
        return;
    };
    let mut c = Corpus::with_key(b"eval").with_config(Config {
        style: false,
        ..Config::default()
    });
    let mut group: HashMap<String, String> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        let id = format!("r{i}");
        group.insert(id.clone(), r["dup_group"].to_string());
        let doc = Document::from_value(serde_json::json!({
            "kind": "profile", "id": id, "overview": r["text"]}))
        .unwrap();
        c.add(doc);
    }
    let found: HashSet<(String, String)> = c
        .pairs()
        .filter(|l| l.kind == LinkKind::NearDuplicateText)
        .map(|l| (l.a.clone(), l.b.clone()))
        .collect();
    let mut expected = 0;
    let mut hit = 0;
    let mut too_short = 0;
    let ids: Vec<String> = (0..rows.len()).map(|i| format!("r{i}")).collect();
    for i in 0..ids.len() {
        for j in i + 1..ids.len() {
            if group[&ids[i]] == group[&ids[j]] {
                expected += 1;
                if found.contains(&(ids[i].clone(), ids[j].clone())) {
                    hit += 1;
                } else {
                    let text = rows[i]["text"].clone();
                    let d = || {
                        Document::from_value(
                            serde_json::json!({"kind": "profile", "overview": text}),
                        )
                        .unwrap()
                    };
                    if Corpus::compare(d(), d()).near_duplicate.jaccard.is_none() {
                        too_short += 1;
                    }
                }
            }
        }
    }
    let clusters = c.clusters();
    let distinct_groups: HashSet<&String> = group.values().collect();
    let singles = rows.len() - clusters.iter().map(|c| c.members.len()).sum::<usize>();
    let other_pairs = found.len() - hit;
    println!(
        "Résumés: {} rows, {} distinct texts; exact-duplicate pairs found {hit}/{expected} \
         (missed {} of which {too_short} are below the {} distinct-shingle floor); \
         other near-duplicate pairs (different texts) {other_pairs}; clusters {} + {} single rows",
        rows.len(),
        distinct_groups.len(),
        expected - hit,
        hirelens::corpus::minhash::MIN_SHINGLES,
        clusters.len(),
        singles
    );
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("resumes") => resumes(),
        Some("pan") => pan(),
        Some("reuters") => {
            reuters("train");
            reuters("test");
        }
        _ => {
            resumes();
            pan();
            reuters("train");
            reuters("test");
        }
    }
}
