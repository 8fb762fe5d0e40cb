//! Linkage hints through the Corpus on real human text by different writers.
//!
//! ```sh
//! cargo run --release --example eval_corpus            # reads ../shared/data
//! HIRELENS_DATA=/path/to/data cargo run --release --example eval_corpus
//! cargo run --release --example eval_corpus -- 400     # the first 400 documents of each set
//! ```
//!
//! Every development human set is fed through `Corpus::analyze` in order
//! (each document analysed against the earlier ones, then added — what the
//! extension and the npm `Corpus` do). Prints, per set, the share of
//! documents with each linkage hint (HL401–HL405) and the share whose level
//! is raised by linkage alone, then same-author recall on Reuters C50.
//! Without the data it says so and exits successfully.

mod common;
#[path = "common/corpus_path.rs"]
mod corpus_path;
use common::data_dir;
use corpus_path::{CODES, SETS};
use hirelens::corpus::Config;

fn main() {
    let Some(dir) = data_dir() else {
        println!(
            "eval_corpus: no evaluation data (../shared/data or $HIRELENS_DATA); nothing measured."
        );
        return;
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let limit: usize = args
        .iter()
        .find_map(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    if args.iter().any(|a| a == "sweep") {
        return sweep(&dir, limit);
    }
    println!(
        "HL404: impostor score ≥ {:.1} (against each document's {} corpus impostors: rank as a normal quantile, deviations beyond the nearest; averaged over both documents and the views; mixed with the same after taking out shared topic by a share each corpus learns from its documents under one name), word 3-shingle containment < {:.2}, at most {} style links per new document, ≥ {} words a side.\n",
        hirelens::corpus::style::HINT_Z,
        hirelens::corpus::style::IMPOSTORS,
        hirelens::corpus::style::MAX_SHARED_TEXT,
        hirelens::corpus::style::MAX_LINKS_PER_DOC,
        hirelens::corpus::style::MIN_WORDS
    );
    println!(
        "| set | documents | {} | level raised by linkage | of which by HL404 alone | raised to medium+ | style pairs |",
        CODES.join(" | ")
    );
    println!(
        "|---|---:|{}---:|---:|---:|---:|",
        "---:|".repeat(CODES.len())
    );
    let mut shares: Vec<String> = Vec::new();
    for set in SETS {
        let Some(o) = corpus_path::run(&dir, set, limit, Config::default()) else {
            println!("| {} | missing: skipped |", set.name);
            continue;
        };
        shares.push(format!("{} {:.2}", set.name, o.topic_share));
        let cells: Vec<String> = CODES
            .iter()
            .map(|c| {
                let n = o.hint.get(c).copied().unwrap_or(0);
                format!("{n} ({:.1} %)", o.pct(n))
            })
            .collect();
        println!(
            "| {} | {} | {} | {} ({:.1} %) | {} ({:.1} %) | {} | {} |",
            set.name,
            o.docs,
            cells.join(" | "),
            o.raised,
            o.pct(o.raised),
            o.raised_by_style,
            o.pct(o.raised_by_style),
            o.raised_to_medium,
            o.style_pairs
        );
    }
    println!(
        "\nTopic share each corpus learnt from its documents under one name (0 without {} such pairs): {}.",
        hirelens::corpus::style::MIN_LESSON_PAIRS,
        shares.join("; ")
    );
    println!(
        "\nSame-author recall through the Corpus (Reuters C50 texts 25–49 of each journalist, each under its own name):\n"
    );
    println!(
        "| words | documents | documents with an HL404 link to the same journalist | style pairs | of which same journalist (precision) |\n|---:|---:|---:|---:|---:|"
    );
    for words in [150, 250, 500] {
        if let Some((docs, linked, pairs, same)) =
            corpus_path::c50_recall(&dir, words, Config::default())
        {
            println!(
                "| {words} | {docs} | {linked} ({:.1} %) | {pairs} | {same} ({:.0} %) |",
                100.0 * linked as f64 / docs.max(1) as f64,
                100.0 * same as f64 / pairs.max(1) as f64
            );
        }
    }
}

/// `-- sweep`: share of documents with an HL404 link at several impostor-score
/// thresholds (one run with a low threshold; links are kept best first).
fn sweep(dir: &std::path::Path, limit: usize) {
    let ts = [4.0, 5.0, 5.5, 6.0, 6.5, 7.0, 8.0];
    let low = Config {
        style_min_z: 3.0,
        ..Config::default()
    };
    println!(
        "| set | documents | {} |\n|---|---:|{}",
        ts.map(|t| format!("score ≥ {t}")).join(" | "),
        "---:|".repeat(ts.len())
    );
    for set in SETS {
        let Some(o) = corpus_path::run(dir, set, limit, low.clone()) else {
            continue;
        };
        let cells: Vec<String> = ts
            .iter()
            .map(|t| {
                format!(
                    "{:.2} %",
                    o.pct(o.max_z.iter().filter(|z| **z >= *t).count())
                )
            })
            .collect();
        println!("| {} | {} | {} |", set.name, o.docs, cells.join(" | "));
    }
    for t in ts {
        let c = Config {
            style_min_z: t,
            ..Config::default()
        };
        if let Some((docs, linked, pairs, same)) = corpus_path::c50_recall(dir, 250, c) {
            println!(
                "C50 250 words, score ≥ {t}: {linked}/{docs} documents linked to their journalist; {same}/{pairs} pairs same journalist"
            );
        }
    }
}
