//! Calibration and measurement of the stylometry rules on real text.
//!
//! ```sh
//! cargo run --release --example eval_style            # reads ../shared/data
//! HIRELENS_DATA=/path/to/data cargo run --release --example eval_style
//! cargo run --release --example eval_style -- authorship   # same-author score (HL404) vs baseline
//! cargo run --release --example eval_style -- background   # regenerate src/corpus/style_background.bin
//! cargo run --release --example eval_style -- ai-point     # HL204 operating point, human bars first
//! cargo run --release --example eval_style -- ai-train     # fit HL204's model (writes src/text/ai_weights.rs)
//! cargo run --release --example eval_style -- ai-train report   # the same, measured only
//! ```
//!
//! Prints Markdown tables (the `## Stylometry` section of docs/evaluation.md):
//! ROC AUC of the AI-style score (HL204) human vs machine; flag rates at the
//! shipped threshold on human text per register and per first language;
//! learner-pattern rates (HL202) on native and learner text; language
//! identification at the length gate; style drift (HL206) on synthetic
//! threads. Without the data it says so and exits successfully.

#![allow(clippy::indexing_slicing)]

mod common;
use common::data_dir;
#[path = "common/ai_point.rs"]
mod ai_point;
#[path = "common/ai_train.rs"]
mod ai_train;
#[path = "common/authorship.rs"]
mod authorship;
use hirelens::rules::stylometry::{ai_style, native_fluency, style_drift};
use hirelens::text::{Author, Field, Source};
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

fn read(dir: &Path, file: &str) -> Vec<Value> {
    common::read_jsonl(&dir.join(file)).unwrap_or_else(|| {
        eprintln!("missing {file}: skipped");
        Vec::new()
    })
}

fn s<'a>(r: &'a Value, k: &str) -> &'a str {
    r.get(k).and_then(Value::as_str).unwrap_or_default()
}

fn field(text: &str, source: Source) -> Field {
    Field::new("text".into(), source, Author::Subject, None, text)
}

/// The AI-style model's logit (no length gate), for ROC curves.
fn raw_ai(text: &str) -> f64 {
    let f = field(text, Source::ProposalText);
    f.ai_score().model
}

/// Whether HL204 would report this text (length gate, distinct markers, threshold).
fn flagged(text: &str) -> (bool, bool) {
    let f = field(text, Source::ProposalText);
    match ai_style::score(&f) {
        Some(s) => (true, ai_style::flags(&s)),
        None => (false, false),
    }
}

/// Mann–Whitney ROC AUC: P(machine score > human score), ties count half.
fn auc(human: &[f64], machine: &[f64]) -> f64 {
    let mut all: Vec<(f64, bool)> = human
        .iter()
        .map(|x| (*x, false))
        .chain(machine.iter().map(|x| (*x, true)))
        .collect();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < all.len() {
        let mut j = i;
        while j < all.len() && all[j].0 == all[i].0 {
            j += 1;
        }
        let avg = (i + j + 1) as f64 / 2.0;
        rank_sum += all[i..j].iter().filter(|x| x.1).count() as f64 * avg;
        i = j;
    }
    let (m, h) = (machine.len() as f64, human.len() as f64);
    if m == 0.0 || h == 0.0 {
        return f64::NAN;
    }
    (rank_sum - m * (m + 1.0) / 2.0) / (m * h)
}

#[derive(Default)]
struct Rate {
    n: usize,
    scored: usize,
    hit: usize,
}
impl Rate {
    fn pct(&self) -> f64 {
        100.0 * self.hit as f64 / self.n.max(1) as f64
    }
    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {} | {} ({:.2} %) |",
            self.n,
            self.scored,
            self.hit,
            self.pct()
        )
    }
}

fn flag_rate<'a>(texts: impl Iterator<Item = &'a str>) -> Rate {
    let mut r = Rate::default();
    for t in texts {
        let (scored, hit) = flagged(t);
        r.n += 1;
        r.scored += usize::from(scored);
        r.hit += usize::from(hit);
    }
    r
}

fn learner_rate<'a>(texts: impl Iterator<Item = &'a str>) -> Rate {
    let mut r = Rate::default();
    for t in texts {
        let f = field(t, Source::MessageText);
        let kinds: Vec<_> = f.learner().iter().map(|x| x.1).collect();
        r.n += 1;
        r.scored += usize::from(f.word_count() >= native_fluency::MIN_WORDS);
        r.hit += usize::from(native_fluency::exceeds(&kinds, f.word_count()));
    }
    r
}

/// Cut a text into pieces of about `n` words at sentence ends.
fn chunks(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut words = 0;
    for sent in text.split_inclusive(['.', '!', '?']) {
        cur.push_str(sent);
        words += sent.split_whitespace().count();
        if words >= n {
            out.push(cur.trim().to_owned());
            cur.clear();
            words = 0;
        }
    }
    out
}

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "eval_style: no evaluation data (../shared/data or $HIRELENS_DATA); nothing measured."
        );
        return;
    };
    match std::env::args().nth(1).as_deref() {
        Some("background") => {
            let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/corpus/style_background.bin");
            return authorship::background(&dir, &out);
        }
        Some("authorship") => return authorship::authorship(&dir),
        Some("ai-point") => return ai_point::run(&dir),
        Some("ai-train") => {
            return ai_train::run(&dir, std::env::args().nth(2).as_deref() != Some("report"));
        }
        _ => {}
    }
    println!(
        "AI-style model threshold (logit) {:.2}, ≥ {} words.\n",
        ai_style::THRESHOLD,
        ai_style::MIN_WORDS
    );

    // ---------------------------------------------------------------- AUC
    let outfox = read(&dir, "outfox-student-essays/outfox_valid_test.jsonl");
    let mut by_model: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for r in &outfox {
        by_model
            .entry(s(r, "source_model").to_owned())
            .or_default()
            .push(raw_ai(s(r, "text")));
    }
    let human = by_model.get("human").cloned().unwrap_or_default();
    println!("### AI-style score: ROC AUC, human vs machine\n");
    println!(
        "| human set | machine set | n human | n machine | ROC AUC |\n|---|---|---:|---:|---:|"
    );
    for (m, v) in &by_model {
        if m != "human" {
            println!(
                "| outfox human | outfox {m} | {} | {} | {:.3} |",
                human.len(),
                v.len(),
                auc(&human, v)
            );
        }
    }
    let hc3 = read(&dir, "hc3plus-si-en-val/hc3plus_si_en_val.jsonl");
    let (mut h, mut m) = (Vec::new(), Vec::new());
    for r in &hc3 {
        let x = raw_ai(s(r, "text"));
        if s(r, "label") == "human" {
            h.push(x)
        } else {
            m.push(x)
        }
    }
    println!(
        "| hc3plus-si human | hc3plus-si ChatGPT | {} | {} | {:.3} |",
        h.len(),
        m.len(),
        auc(&h, &m)
    );
    let argu = read(
        &dir,
        "argugpt-machine-essays/argugpt_machine_dev_test_ood.jsonl",
    );
    let fce = read(&dir, "fce-learner-l1/fce_all.jsonl");
    let fce_scores: Vec<f64> = fce.iter().map(|r| raw_ai(s(r, "text"))).collect();
    let mut argu_by: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for r in &argu {
        let x = raw_ai(s(r, "text"));
        argu_by.entry("all models".into()).or_default().push(x);
        argu_by
            .entry(s(r, "source_model").to_owned())
            .or_default()
            .push(x);
    }
    for (model, v) in &argu_by {
        println!(
            "| fce learners | argugpt {model} | {} | {} | {:.3} |",
            fce_scores.len(),
            v.len(),
            auc(&fce_scores, v)
        );
    }

    // ---------------------------------------------- flag rates on human text
    println!("\n### AI-style hint (HL204) at the shipped threshold\n");
    println!("| set | texts | long enough to score | flagged |\n|---|---:|---:|---:|");
    let letters = read(&dir, "cover-letter-samples/cover_letters.jsonl");
    println!(
        "{}",
        flag_rate(letters.iter().map(|r| s(r, "text"))).row("cover letters (human, pre-2022)")
    );
    let resumes = read(&dir, "resumes-updatedresumedataset/resumes.jsonl");
    let mut seen = HashSet::new();
    let distinct: Vec<&Value> = resumes
        .iter()
        .filter(|r| seen.insert(r.get("dup_group").map(Value::to_string)))
        .collect();
    println!(
        "{}",
        flag_rate(distinct.iter().map(|r| s(r, "text"))).row("résumés (distinct texts)")
    );
    println!(
        "{}",
        flag_rate(
            outfox
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text"))
        )
        .row("outfox human (US students)")
    );
    let gut = read(&dir, "gutenberg-author-chunks/gutenberg_chunks_300w.jsonl");
    println!(
        "{}",
        flag_rate(gut.iter().map(|r| s(r, "text"))).row("gutenberg chunks (native reference)")
    );
    let reuters = read(&dir, "reuters-c50/c50.jsonl");
    println!(
        "{}",
        flag_rate(reuters.iter().map(|r| s(r, "text"))).row("reuters C50 (native reference)")
    );
    let fce_all = flag_rate(fce.iter().map(|r| s(r, "text")));
    println!("{}", fce_all.row("**fce learners, all L1**"));
    let mut l1s: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in &fce {
        l1s.entry(s(r, "l1")).or_default().push(s(r, "text"));
    }
    let mut worst = (String::new(), 0.0);
    for (l1, v) in &l1s {
        let r = flag_rate(v.iter().copied());
        if v.len() >= 20 && r.pct() > worst.1 {
            worst = (l1.to_string(), r.pct());
        }
        println!("{}", r.row(&format!("fce L1 {l1}")));
    }
    println!(
        "\nWorst first-language group (n ≥ 20): {} at {:.2} %.",
        worst.0, worst.1
    );
    println!("\nTrue-positive side (machine text flagged at the same threshold):\n");
    println!("| set | texts | long enough to score | flagged |\n|---|---:|---:|---:|");
    let mut models: Vec<&str> = outfox.iter().map(|r| s(r, "source_model")).collect();
    models.sort_unstable();
    models.dedup();
    for m in models.iter().filter(|m| **m != "human") {
        println!(
            "{}",
            flag_rate(
                outfox
                    .iter()
                    .filter(|r| s(r, "source_model") == *m)
                    .map(|r| s(r, "text"))
            )
            .row(&format!("outfox {m}"))
        );
    }
    println!(
        "{}",
        flag_rate(argu.iter().map(|r| s(r, "text"))).row("argugpt (9 models)")
    );
    println!(
        "{}",
        flag_rate(
            hc3.iter()
                .filter(|r| s(r, "label") != "human")
                .map(|r| s(r, "text"))
        )
        .row("hc3plus-si ChatGPT")
    );

    // ------------------------------------------------------ threshold sweep
    println!("\n### Threshold sweep (AI-style model logit, ≥ 80 words; flagged %)\n");
    let sets: Vec<(&str, Vec<&str>)> = vec![
        (
            "cover letters",
            letters.iter().map(|r| s(r, "text")).collect(),
        ),
        (
            "outfox human",
            outfox
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        ("fce all", fce.iter().map(|r| s(r, "text")).collect()),
        (
            "fce ko",
            fce.iter()
                .filter(|r| s(r, "l1") == "ko")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        (
            "fce zh",
            fce.iter()
                .filter(|r| s(r, "l1") == "zh")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        ("reuters", reuters.iter().map(|r| s(r, "text")).collect()),
        (
            "outfox chatgpt",
            outfox
                .iter()
                .filter(|r| s(r, "source_model") == "chatgpt")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        (
            "outfox chatgpt+outfox_attack",
            outfox
                .iter()
                .filter(|r| s(r, "source_model").contains("attack"))
                .map(|r| s(r, "text"))
                .collect(),
        ),
        (
            "outfox chatgpt+dipper",
            outfox
                .iter()
                .filter(|r| s(r, "source_model") == "chatgpt+dipper_paraphrase")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        ("argugpt", argu.iter().map(|r| s(r, "text")).collect()),
    ];
    let thresholds = [1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0];
    print!("| set |");
    for t in thresholds {
        print!(" ≥ {t} |");
    }
    print!("\n|---|");
    for _ in thresholds {
        print!("---:|");
    }
    println!();
    for (name, texts) in sets.iter().filter(|(_, t)| !t.is_empty()) {
        let scores: Vec<Option<hirelens::text::style::AiScore>> = texts
            .iter()
            .map(|t| ai_style::score(&field(t, Source::ProposalText)))
            .collect();
        print!("| {name} |");
        for t in thresholds {
            let hit = scores.iter().flatten().filter(|x| x.model >= t).count();
            print!(" {:.1} |", 100.0 * hit as f64 / texts.len().max(1) as f64);
        }
        println!();
    }
    println!(
        "\n### Learner-pattern rate sweep (≥ 80 words, ≥ 3 patterns of ≥ 2 kinds; % over the rate)\n"
    );
    let lsets: Vec<(&str, Vec<&str>)> = vec![
        (
            "cover letters",
            letters.iter().map(|r| s(r, "text")).collect(),
        ),
        (
            "outfox human",
            outfox
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text"))
                .collect(),
        ),
        ("reuters", reuters.iter().map(|r| s(r, "text")).collect()),
        ("gutenberg", gut.iter().map(|r| s(r, "text")).collect()),
        ("fce all", fce.iter().map(|r| s(r, "text")).collect()),
        (
            "fce ko",
            fce.iter()
                .filter(|r| s(r, "l1") == "ko")
                .map(|r| s(r, "text"))
                .collect(),
        ),
    ];
    let rates = [0.3, 0.5, 0.75, 1.0, 1.5];
    print!("| set | mean per 100 words |");
    for t in rates {
        print!(" ≥ {t} |");
    }
    print!("\n|---|---:|");
    for _ in rates {
        print!("---:|");
    }
    println!();
    for (name, texts) in &lsets {
        let mut mean = 0.0;
        let mut hits = vec![0usize; rates.len()];
        for t in texts {
            let f = field(t, Source::MessageText);
            let w = f.word_count();
            let kinds: Vec<_> = f.learner().iter().map(|x| x.1).collect();
            let mut distinct = kinds.clone();
            distinct.sort_by_key(|k| *k as u8);
            distinct.dedup();
            let rate = kinds.len() as f64 * 100.0 / w.max(1) as f64;
            mean += rate;
            for (i, r) in rates.iter().enumerate() {
                if w >= 80 && kinds.len() >= 3 && distinct.len() >= 2 && rate >= *r {
                    hits[i] += 1;
                }
            }
        }
        print!("| {name} | {:.2} |", mean / texts.len().max(1) as f64);
        for h in hits {
            print!(" {:.1} |", 100.0 * h as f64 / texts.len().max(1) as f64);
        }
        println!();
    }

    // ------------------------------------------------------ learner patterns
    println!("\n### Learner-error patterns (HL202, only ever used against a native claim)\n");
    println!(
        "Reported when ≥ {} patterns of ≥ {} kinds in ≥ {} words at ≥ {} per 100 words.\n",
        native_fluency::MIN_HITS,
        native_fluency::MIN_KINDS,
        native_fluency::MIN_WORDS,
        native_fluency::RATE
    );
    println!("| set | texts | ≥ 80 words | over the rate |\n|---|---:|---:|---:|");
    println!(
        "{}",
        learner_rate(letters.iter().map(|r| s(r, "text"))).row("cover letters (native reference)")
    );
    println!(
        "{}",
        learner_rate(
            outfox
                .iter()
                .filter(|r| s(r, "label") == "human")
                .map(|r| s(r, "text"))
        )
        .row("outfox human (native reference)")
    );
    println!(
        "{}",
        learner_rate(reuters.iter().map(|r| s(r, "text"))).row("reuters C50 (native reference)")
    );
    println!(
        "{}",
        learner_rate(gut.iter().map(|r| s(r, "text"))).row("gutenberg chunks (native reference)")
    );
    println!(
        "{}",
        learner_rate(distinct.iter().map(|r| s(r, "text"))).row("résumés (South-Asian English)")
    );
    println!(
        "{}",
        learner_rate(fce.iter().map(|r| s(r, "text"))).row("**fce learners, all L1**")
    );
    for (l1, v) in &l1s {
        println!(
            "{}",
            learner_rate(v.iter().copied()).row(&format!("fce L1 {l1}"))
        );
    }

    // ------------------------------------------------------- language id
    println!("\n### Language identification at the length gate\n");
    println!(
        "Field::language is set only from 120 letters (40 for CJK text) and a reliable detector result. Sentences from langid-lingua-testdata, singly and joined in threes (message length):\n"
    );
    println!(
        "| language | sentences | passing the gate | correct among those | joined ×3: passing | correct |\n|---|---:|---:|---:|---:|---:|"
    );
    let lingua = read(
        &dir,
        "langid-lingua-testdata/lingua_testdata_sentences.jsonl",
    );
    let wanted: &[(&str, &str)] = &[
        ("en", "eng"),
        ("ko", "kor"),
        ("ja", "jpn"),
        ("zh", "cmn"),
        ("ru", "rus"),
        ("uk", "ukr"),
        ("es", "spa"),
        ("pt", "por"),
        ("fr", "fra"),
        ("de", "deu"),
        ("vi", "vie"),
        ("th", "tha"),
        ("id", "ind"),
        ("tl", "tgl"),
        ("pl", "pol"),
        ("it", "ita"),
    ];
    let mut tot = (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for (iso1, iso3) in wanted {
        let sents: Vec<&str> = lingua
            .iter()
            .filter(|r| s(r, "lang") == *iso1)
            .map(|r| s(r, "text"))
            .collect();
        let (mut pass, mut ok) = (0, 0);
        for t in &sents {
            if let Some(l) = field(t, Source::MessageText).language() {
                pass += 1;
                ok += usize::from(l.code == *iso3);
            }
        }
        let joined: Vec<String> = sents.chunks(3).map(|c| c.join(" ")).collect();
        let (mut jpass, mut jok) = (0, 0);
        for t in &joined {
            if let Some(l) = field(t, Source::MessageText).language() {
                jpass += 1;
                jok += usize::from(l.code == *iso3);
            }
        }
        tot.0 += sents.len();
        tot.1 += pass;
        tot.2 += ok;
        tot.3 += joined.len();
        tot.4 += jpass;
        tot.5 += jok;
        println!(
            "| {iso1} | {} | {} | {:.1} % | {}/{} | {:.1} % |",
            sents.len(),
            pass,
            100.0 * ok as f64 / pass.max(1) as f64,
            jpass,
            joined.len(),
            100.0 * jok as f64 / jpass.max(1) as f64
        );
    }
    println!(
        "| **all** | {} | {} | {:.1} % | {}/{} | {:.1} % |",
        tot.0,
        tot.1,
        100.0 * tot.2 as f64 / tot.1.max(1) as f64,
        tot.4,
        tot.3,
        100.0 * tot.5 as f64 / tot.4.max(1) as f64
    );

    // ------------------------------------------------------- style drift
    println!("\n### Style drift (HL206) on synthetic threads\n");
    drift(&reuters, "reuters C50", "author");
    drift(&fce, "fce learners (one script = one writer)", "script_id");
    let tweets = read(&dir, "tweepfake-tweets/tweepfake.jsonl");
    tweet_drift(&tweets);

    // ------------------------------------------------ generic proposal (HL205)
    println!(
        "\n### Generic proposal (HL205) on cover letters with a job post built from their own conditions\n"
    );
    let jobs: Vec<(String, String)> = letters
        .iter()
        .filter(|r| !s(r, "keywords").is_empty())
        .map(|r| {
            let title = s(r, "title").trim_end_matches(" Cover Letter").to_owned();
            let desc = format!(
                "{} wanted at {}. Keywords: {}.",
                title,
                s(r, "company"),
                s(r, "keywords")
            );
            (title, desc)
        })
        .collect();
    let with_kw: Vec<&Value> = letters
        .iter()
        .filter(|r| !s(r, "keywords").is_empty())
        .collect();
    let hl205 = |text: &str, job: &(String, String)| {
        let doc = serde_json::json!({"kind": "proposal", "text": text,
            "job": {"title": job.0, "description": job.1}});
        hirelens::analyze_value(doc, &hirelens::Options::default())
            .map(|r| r.hints.iter().any(|h| h.code == "HL205"))
            .unwrap_or(false)
    };
    let (mut own, mut other, mut n) = (0, 0, 0);
    for (i, r) in with_kw.iter().enumerate() {
        let t = s(r, "text");
        let Some(j) = jobs.get(i) else { continue };
        // another letter's job: a different title, far away in the file
        let k = (i + jobs.len() / 2) % jobs.len().max(1);
        let Some(o) = jobs.get(k) else { continue };
        n += 1;
        own += usize::from(hl205(t, j));
        other += usize::from(o.0 != j.0 && hl205(t, o));
    }
    println!(
        "| letters | own job post: fired (false positive) | another job's post: fired |\n|---:|---:|---:|"
    );
    println!(
        "| {n} | {own} ({:.2} %) | {other} ({:.1} %) |",
        100.0 * own as f64 / n.max(1) as f64,
        100.0 * other as f64 / n.max(1) as f64
    );

    // ------------------------------------- learner patterns vs annotated errors
    println!("\n### Learner patterns against the FCE error annotations\n");
    println!(
        "A pattern match counts as a real error when an annotated edit overlaps it (ASCII texts, so offsets agree).\n"
    );
    println!(
        "| kind | matches | overlapping an annotated error | precision |\n|---|---:|---:|---:|"
    );
    let mut per: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for r in &fce {
        let t = s(r, "text");
        if !t.is_ascii() {
            continue;
        }
        let mut spans: Vec<(usize, usize)> = Vec::new();
        if let Some(Value::Array(anns)) = r.get("edits") {
            for a in anns {
                if let Some(Value::Array(edits)) = a.get(1) {
                    for e in edits {
                        let st = e.get(0).and_then(Value::as_u64).unwrap_or(0) as usize;
                        let en = e.get(1).and_then(Value::as_u64).unwrap_or(0) as usize;
                        spans.push((st, en.max(st + 1)));
                    }
                }
            }
        }
        let f = field(t, Source::MessageText);
        for (range, kind) in f.learner() {
            let hit = spans
                .iter()
                .any(|(a, b)| *a < range.end && range.start < *b);
            for k in [kind.label(), "all"] {
                let e = per.entry(k).or_default();
                e.0 += 1;
                e.1 += usize::from(hit);
            }
        }
    }
    for (k, (n, h)) in &per {
        println!(
            "| {k} | {n} | {h} | {:.0} % |",
            100.0 * *h as f64 / (*n).max(1) as f64
        );
    }
}

/// Threads from real tweets (human accounts only): messages of 3 consecutive
/// tweets, 6 messages a thread; one account, or 3 messages of one then 3 of another.
fn tweet_drift(tweets: &[Value]) {
    let mut by: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in tweets.iter().filter(|r| s(r, "account_type") == "human") {
        by.entry(s(r, "screen_name"))
            .or_default()
            .push(s(r, "text"));
    }
    let msgs: Vec<Vec<String>> = by
        .values()
        .map(|v| {
            v.chunks(3)
                .filter(|c| c.len() == 3)
                .map(|c| c.join("\n"))
                .collect()
        })
        .collect();
    let mut hist = [[0usize; 4]; 2];
    let mut fires = |m: &[&String], which: usize| {
        let fields: Vec<Field> = m.iter().map(|t| field(t, Source::MessageText)).collect();
        let refs: Vec<&Field> = fields.iter().collect();
        let best = style_drift::best_split(&refs);
        hist[which][best.as_ref().map_or(0, |(_, s)| s.len()).min(3)] += 1;
        best.is_some_and(|(_, s)| style_drift::flags(&s))
    };
    let (mut same, mut same_hit, mut diff, mut diff_hit) = (0, 0, 0, 0);
    for (i, a) in msgs.iter().enumerate() {
        for t in 0..10 {
            let Some(win) = a.get(t * 6..t * 6 + 6) else {
                break;
            };
            let w: Vec<&String> = win.iter().collect();
            same += 1;
            same_hit += usize::from(fires(&w, 0));
            for (j, b) in msgs.iter().enumerate() {
                if j == i {
                    continue;
                }
                let Some(other) = b.get(t * 3..t * 3 + 3) else {
                    continue;
                };
                let mixed: Vec<&String> = win.iter().take(3).chain(other.iter()).collect();
                diff += 1;
                diff_hit += usize::from(fires(&mixed, 1));
            }
        }
    }
    println!(
        "| tweepfake human accounts (17) | same writer: fired | two writers: fired |\n|---|---:|---:|"
    );
    println!(
        "| threads of 6 messages × 3 tweets | {same_hit}/{same} ({:.1} %) | {diff_hit}/{diff} ({:.1} %) |\n",
        100.0 * same_hit as f64 / same.max(1) as f64,
        100.0 * diff_hit as f64 / diff.max(1) as f64
    );
    println!(
        "Habits switched at the best split (0, 1, 2, 3+): same writer {:?}, two writers {:?}\n",
        hist[0], hist[1]
    );
}

/// Threads of 6 messages of ~60 words: one author throughout (must stay
/// silent) or author A for 3 messages then author B (should fire).
fn drift(records: &[Value], name: &str, key: &str) {
    let mut by_author: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in records {
        let a = r.get(key).map(Value::to_string).unwrap_or_default();
        by_author
            .entry(a)
            .or_default()
            .extend(chunks(s(r, "text"), 60));
    }
    let authors: Vec<&Vec<String>> = by_author.values().filter(|v| v.len() >= 6).collect();
    let mut hist = [[0usize; 6]; 2];
    let mut fires = |msgs: &[&String], which: usize| {
        let fields: Vec<Field> = msgs.iter().map(|t| field(t, Source::MessageText)).collect();
        let refs: Vec<&Field> = fields.iter().collect();
        let best = style_drift::best_split(&refs);
        let n = best.as_ref().map_or(0, |(_, s)| s.len()).min(5);
        hist[which][n] += 1;
        best.is_some_and(|(_, s)| style_drift::flags(&s))
    };
    let (mut same, mut same_hit, mut diff, mut diff_hit) = (0, 0, 0, 0);
    for (i, a) in authors.iter().enumerate() {
        let msgs: Vec<&String> = a.iter().take(6).collect();
        same += 1;
        same_hit += usize::from(fires(&msgs, 0));
        let b = authors[(i + 1) % authors.len()];
        let mixed: Vec<&String> = a.iter().take(3).chain(b.iter().take(3)).collect();
        diff += 1;
        diff_hit += usize::from(fires(&mixed, 1));
    }
    println!("| {name} | same writer: fired | two writers: fired |\n|---|---:|---:|");
    println!(
        "| threads of 6 × ~60 words | {same_hit}/{same} ({:.1} %) | {diff_hit}/{diff} ({:.1} %) |\n",
        100.0 * same_hit as f64 / same.max(1) as f64,
        100.0 * diff_hit as f64 / diff.max(1) as f64
    );
    println!(
        "Habits switched at the best split (0…5+): same writer {:?}, two writers {:?}\n",
        hist[0], hist[1]
    );
}
