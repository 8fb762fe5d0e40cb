//! Standing check of the Corpus path on real human text (../shared/data or
//! $HIRELENS_DATA; skipped with a message when absent). The full measurement
//! is `cargo run --release --example eval_corpus`; this test runs a slice
//! (the first 400 documents of each set) and pins what must never regress:
//!
//! - different writers of one genre (cover letters; learner answers, a
//!   writer's two answers under one persona; student essays) get the
//!   same-author-style hint (HL404) on at most 1 % of documents;
//! - HL404 never raises a report to `medium` (writing style alone never
//!   passes `low`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../examples/common/mod.rs"]
mod common;
#[path = "../examples/common/corpus_path.rs"]
mod corpus_path;

use hirelens::corpus::Config;

#[test]
fn style_links_between_strangers_stay_rare_through_the_corpus() {
    let Some(dir) = common::data_dir() else {
        eprintln!("SKIPPED: no evaluation data (../shared/data or $HIRELENS_DATA)");
        return;
    };
    let mut ran = 0;
    for set in corpus_path::SETS
        .iter()
        .filter(|s| !s.name.starts_with("résumés"))
    {
        let Some(o) = corpus_path::run(&dir, set, 400, Config::default()) else {
            eprintln!("SKIPPED: {} not found", set.file);
            continue;
        };
        ran += 1;
        let hl404 = o.hint.get("HL404").copied().unwrap_or(0);
        eprintln!("{}: {} documents, HL404 on {hl404}", set.name, o.docs);
        assert!(o.docs >= 300, "{}: only {} documents", set.name, o.docs);
        assert!(
            o.pct(hl404) <= 1.0,
            "{}: HL404 on {hl404} of {} documents",
            set.name,
            o.docs
        );
        assert_eq!(
            o.style_pairs_same_writer, 0,
            "one persona is never linked to itself"
        );
        assert_eq!(
            o.raised_to_medium_by_style, 0,
            "style alone never passes low"
        );
    }
    if ran == 0 {
        eprintln!("SKIPPED: no set found");
    }
}
