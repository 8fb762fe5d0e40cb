//! `cargo run --release --example eval_style -- ai-point`: HL204 as shipped
//! (model and lexicon rule) over **all** development rows, per register, per
//! first language and per machine source. The rows the model was fitted on
//! are included, so this flatters; the threshold was chosen, and the
//! out-of-fold and leave-one-source-out figures are printed, by
//! `-- ai-train report`.
#![allow(clippy::indexing_slicing)]

use hirelens::rules::stylometry::ai_style;
use hirelens::text::style::AiScore;
use hirelens::text::{Author, Field, Source};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn s<'a>(r: &'a Value, k: &str) -> &'a str {
    r.get(k).and_then(Value::as_str).unwrap_or_default()
}

fn score(t: &str) -> Option<AiScore> {
    ai_style::score(&Field::new(
        "text".into(),
        Source::ProposalText,
        Author::Subject,
        None,
        t,
    ))
}

struct Group {
    name: String,
    scores: Vec<Option<AiScore>>,
}

impl Group {
    fn new<'a>(name: impl Into<String>, texts: impl Iterator<Item = &'a str>) -> Group {
        Group {
            name: name.into(),
            scores: texts.map(score).collect(),
        }
    }
    /// Texts HL204 reports.
    fn shipped(&self) -> usize {
        self.scores
            .iter()
            .flatten()
            .filter(|x| ai_style::flags(x))
            .count()
    }
}

pub fn run(dir: &Path) {
    let read = |f: &str| crate::common::read_jsonl(&dir.join(f)).unwrap_or_default();
    let letters = read("cover-letter-samples/cover_letters.jsonl");
    let resumes = read("resumes-updatedresumedataset/resumes.jsonl");
    let outfox = read("outfox-student-essays/outfox_valid_test.jsonl");
    let fce = read("fce-learner-l1/fce_all.jsonl");
    let hc3 = read("hc3plus-si-en-val/hc3plus_si_en_val.jsonl");
    let reuters = read("reuters-c50/c50.jsonl");
    let argu = read("argugpt-machine-essays/argugpt_machine_dev_test_ood.jsonl");
    let tweets = read("tweepfake-tweets/tweepfake.jsonl");
    let mut seen = BTreeSet::new();
    let human = [
        Group::new("cover letters", letters.iter().map(|r| s(r, "text"))),
        Group::new(
            "résumés (distinct texts)",
            resumes
                .iter()
                .filter(|r| seen.insert(r["dup_group"].to_string()))
                .map(|r| s(r, "text")),
        ),
        Group::new(
            "OUTFOX human essays",
            outfox
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text")),
        ),
        Group::new("FCE learners, all L1", fce.iter().map(|r| s(r, "text"))),
        Group::new(
            "HC3+ human",
            hc3.iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text")),
        ),
        Group::new(
            "tweepfake human",
            tweets
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text")),
        ),
    ];
    let native = Group::new(
        "Reuters C50 (native reference)",
        reuters.iter().map(|r| s(r, "text")),
    );
    let mut l1s: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for r in &fce {
        l1s.entry(s(r, "l1").to_owned())
            .or_default()
            .push(s(r, "text"));
    }
    let l1: Vec<Group> = l1s
        .iter()
        .filter(|(_, v)| v.len() >= 20)
        .map(|(k, v)| Group::new(format!("FCE L1 {k}"), v.iter().copied()))
        .collect();
    let mut machine: Vec<Group> = Vec::new();
    let mut by_model: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for r in outfox.iter().filter(|r| s(r, "label") != "human") {
        by_model
            .entry(format!("OUTFOX {}", s(r, "source_model")))
            .or_default()
            .push(s(r, "text"));
    }
    for r in &argu {
        by_model
            .entry(format!("ArguGPT {}", s(r, "source_model")))
            .or_default()
            .push(s(r, "text"));
    }
    for r in hc3.iter().filter(|r| s(r, "label") != "human") {
        by_model
            .entry("HC3+ machine".into())
            .or_default()
            .push(s(r, "text"));
    }
    for r in tweets.iter().filter(|r| s(r, "label") != "human") {
        by_model
            .entry("tweepfake bots".into())
            .or_default()
            .push(s(r, "text"));
    }
    for (k, v) in &by_model {
        machine.push(Group::new(k.clone(), v.iter().copied()));
    }
    let pooled = || {
        // over the texts long enough to score (short tweets would dilute it)
        let n: usize = human
            .iter()
            .map(|g| g.scores.iter().flatten().count())
            .sum();
        let h: usize = human.iter().map(Group::shipped).sum();
        100.0 * h as f64 / n.max(1) as f64
    };
    println!("### HL204 at the shipped point\n");
    println!(
        "Model logit ≥ {}, or assistant lexicon ≥ {} per 100 words with ≥ {} distinct markers; ≥ {} words. All development rows, the fitted ones included (flatters; out-of-fold and leave-one-source-out figures: `-- ai-train report`).\n",
        ai_style::THRESHOLD,
        ai_style::LEXICON_THRESHOLD,
        ai_style::MIN_DISTINCT,
        ai_style::MIN_WORDS
    );
    println!("| set | texts | long enough to score | flagged |\n|---|---:|---:|---:|");
    for g in human
        .iter()
        .chain([&native])
        .chain(l1.iter())
        .chain(machine.iter())
    {
        println!(
            "| {} | {} | {} | {} ({:.2} %) |",
            g.name,
            g.scores.len(),
            g.scores.iter().flatten().count(),
            g.shipped(),
            100.0 * g.shipped() as f64 / g.scores.len().max(1) as f64
        );
    }
    let pct = |g: &Group| 100.0 * g.shipped() as f64 / g.scores.len().max(1) as f64;
    let (mh, mn) = machine.iter().fold((0, 0), |a, g| {
        (a.0 + g.shipped(), a.1 + g.scores.iter().flatten().count())
    });
    println!(
        "\nPooled human (scorable): {:.2} %; worst L1 minus native reference: {:+.2} pp; machine (scorable, pooled): {:.1} %.",
        pooled(),
        l1.iter()
            .map(|g| pct(g) - pct(&native))
            .fold(f64::MIN, f64::max),
        100.0 * mh as f64 / mn.max(1) as f64
    );
}
