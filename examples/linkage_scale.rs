//! Scale benchmark for the corpus: index N proposal-length documents and find
//! every near-duplicate pair, single thread.
//!
//! Documents are built deterministically from real sentences (Reuters C50 and
//! Project Gutenberg chunks in `$HIRELENS_DATA` or `../shared/data`): 5–14
//! random sentences each (about 100–300 words). Every 100th document is a
//! planted near-copy of an earlier one (first sentence replaced, about 5% of
//! the words changed), so recall can be checked at any size.
//!
//! ```text
//! cargo run --release --example linkage_scale -- 100000            # time + memory
//! cargo run --release --example linkage_scale -- 100000 --write docs.jsonl   # also dump for datasketch
//! cargo run --release --example linkage_scale -- 10000 --full      # with style linking (default config)
//! cargo run --release --example linkage_scale -- 100000 --analysis  # the old path: full Analysis, then the corpus
//! cargo run --release --example linkage_scale -- 1000000 --no-passages   # growth (no shingle positions kept)
//! ```
//! By default each document goes through `Corpus::add`, linkage's lean pass.
//! The last line prints a digest of the sorted pairs: the same digest from
//! two runs means the same pairs.
//! Run under `/usr/bin/time -v` for peak memory.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;
use common::data_dir;
use hirelens::corpus::{Config, LinkKind};
use hirelens::{Corpus, Document};
use std::collections::HashSet;
use std::io::{BufRead, Write};
use std::time::Instant;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// CPU time of this thread in ns (Linux `/proc/thread-self/schedstat`), so
/// the phase split does not depend on what else the machine runs.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// Resident and peak resident memory of this process in KB (`/proc/self/status`).
fn rss_kb() -> (u64, u64) {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        s.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next()?.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    for f in [
        "reuters-c50/c50.jsonl",
        "gutenberg-author-chunks/gutenberg_chunks_300w.jsonl",
    ] {
        let p = data_dir()
            .unwrap_or_else(|| "../shared/data".into())
            .join(f);
        let file = std::fs::File::open(&p).unwrap_or_else(|e| {
            eprintln!("linkage_scale: {}: {e} (set HIRELENS_DATA)", p.display());
            std::process::exit(2)
        });
        for line in std::io::BufReader::new(file).lines() {
            let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
            let text = v["text"].as_str().unwrap_or_default().replace('\n', " ");
            for s in text.split_inclusive(['.', '?', '!']) {
                let s = s.trim();
                let words = s.split_whitespace().count();
                if (6..=45).contains(&words) {
                    out.push(s.to_owned());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1));
    let full = args.iter().any(|a| a == "--full");
    let no_passages = args.iter().any(|a| a == "--no-passages");
    let full_analysis = args.iter().any(|a| a == "--analysis");
    let pool = sentences();
    eprintln!(
        "sentence pool: {}, RSS {} MB",
        pool.len(),
        rss_kb().0 / 1024
    );
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let config = if full {
        Config::default()
    } else {
        Config {
            style: false,
            passages: !no_passages,
            ..Config::default()
        }
    };
    let mut corpus = Corpus::with_key(b"bench").with_config(config);
    let mut out = write.map(|p| std::io::BufWriter::new(std::fs::File::create(p).unwrap()));
    // keep the texts of a sample of documents so planted copies can be made
    let mut keep: Vec<(usize, Vec<String>)> = Vec::new();
    let mut planted: Vec<(String, String)> = Vec::new();
    let mut planted_text: Vec<(String, String)> = Vec::new();
    fn s_text(keep: &[(usize, Vec<String>)], src: usize) -> String {
        keep.iter()
            .find(|(i, _)| *i == src)
            .map(|(_, s)| s.join(" "))
            .unwrap_or_default()
    }
    let (mut t_parse, mut t_analysis, mut t_add) = (0f64, 0f64, 0f64);
    let mut words_total = 0usize;
    let started = Instant::now();
    let cpu_start = cpu_ns();
    // Documents are made, parsed and linked in batches, each phase timed
    // over the whole batch: reading the thread's CPU clock costs a system
    // call, too dear to make around every document.
    const BATCH: usize = 1000;
    let mut jsons: Vec<String> = Vec::with_capacity(BATCH);
    let mut i = 0;
    while i < n {
        jsons.clear();
        while jsons.len() < BATCH && i < n {
            let sents: Vec<String> = if i % 100 == 99 && !keep.is_empty() {
                let (src, s) = &keep[rng.below(keep.len())];
                let mut s = s.clone();
                s[0] = pool[rng.below(pool.len())].clone();
                let mut changed = Vec::with_capacity(s.len());
                for sent in s {
                    let ws: Vec<String> = sent
                        .split_whitespace()
                        .map(|w| {
                            if rng.below(20) == 0 {
                                "changed".to_owned()
                            } else {
                                w.to_owned()
                            }
                        })
                        .collect();
                    changed.push(ws.join(" "));
                }
                planted.push((format!("d{src}"), format!("d{i}")));
                planted_text.push((s_text(&keep, *src), changed.join(" ")));
                changed
            } else {
                let k = 5 + rng.below(10);
                (0..k)
                    .map(|_| pool[rng.below(pool.len())].clone())
                    .collect()
            };
            if i % 97 == 0 && keep.len() < 20_000 {
                keep.push((i, sents.clone()));
            }
            let text = sents.join(" ");
            words_total += text.split_whitespace().count();
            let json = serde_json::json!({"kind": "proposal", "id": format!("d{i}"),
                "author": {"name": format!("Author {i}")}, "text": text})
            .to_string();
            if let Some(o) = out.as_mut() {
                writeln!(o, "{json}").unwrap();
            }
            jsons.push(json);
            i += 1;
        }
        let t0 = cpu_ns();
        let docs: Vec<Document> = jsons
            .iter()
            .map(|j| Document::from_json(j).unwrap())
            .collect();
        let t1 = cpu_ns();
        t_parse += (t1 - t0) as f64 * 1e-9;
        if full_analysis {
            // the path before the lean pass: a full one-pass Analysis, then the corpus
            let options = hirelens::Options::default();
            let analyses: Vec<hirelens::Analysis> = docs
                .iter()
                .map(|d| hirelens::Analysis::new(d, &options))
                .collect();
            let t2 = cpu_ns();
            for a in &analyses {
                corpus.add_analysis(a);
            }
            drop(analyses);
            t_analysis += (t2 - t1) as f64 * 1e-9;
            t_add += (cpu_ns() - t2) as f64 * 1e-9;
        } else {
            for doc in docs {
                corpus.add(doc);
            }
            t_add += (cpu_ns() - t1) as f64 * 1e-9;
        }
        if i % 100_000 == 0 {
            let (rss, hwm) = rss_kb();
            eprintln!(
                "{i} documents, {:.1} s, linkage CPU {:.2} s, LSH candidates {}, heap {:.0} B/doc, RSS {} MB (peak {} MB)",
                started.elapsed().as_secs_f64(),
                t_add,
                corpus.candidates_seen(),
                corpus.heap_bytes() as f64 / i as f64,
                rss / 1024,
                hwm / 1024
            );
        }
    }
    let pairs: HashSet<(String, String)> = corpus
        .pairs()
        .filter(|l| l.kind == LinkKind::NearDuplicateText)
        .map(|l| (l.a.clone(), l.b.clone()))
        .collect();
    let found = planted.iter().filter(|p| pairs.contains(*p)).count();
    // how many planted copies are really at or above the threshold (exact Jaccard or containment)?
    let doc =
        |t: &str| Document::from_value(serde_json::json!({"kind": "proposal", "text": t})).unwrap();
    let mut above = 0;
    let mut above_found = 0;
    for (p, (a, b)) in planted.iter().zip(planted_text.iter()) {
        let c = Corpus::compare(doc(a), doc(b));
        let j = c.near_duplicate.jaccard.unwrap_or(0.0);
        let k = c.near_duplicate.containment.unwrap_or(0.0);
        if j >= 0.5 || k >= 0.8 {
            above += 1;
            if pairs.contains(p) {
                above_found += 1;
            }
        }
    }
    println!("planted copies at or above the threshold: {above}, of which found {above_found}");
    let heap = corpus.heap_bytes();
    // a digest of every pair, to check that two ways of linking agree
    let mut sorted: Vec<&(String, String)> = pairs.iter().collect();
    sorted.sort();
    let digest = sorted.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, (a, b)| {
        a.bytes()
            .chain([0])
            .chain(b.bytes())
            .chain([1])
            .fold(h, |h, x| (h ^ u64::from(x)).wrapping_mul(0x100_0000_01b3))
    });
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for l in corpus.pairs() {
        *kinds.entry(l.kind.as_str()).or_default() += 1;
    }
    println!(
        "links by kind: {kinds:?}  LSH candidates {} ({:.2} a document), largest LSH bucket {} (walked to {})",
        corpus.candidates_seen(),
        corpus.candidates_seen() as f64 / n as f64,
        corpus.largest_lsh_bucket(),
        hirelens::corpus::minhash::MAX_BUCKET_WALK
    );
    if std::env::var_os("LINKAGE_SCALE_IDENTS").is_some() {
        let mut vals: std::collections::HashMap<String, usize> = Default::default();
        for l in corpus
            .pairs()
            .filter(|l| l.kind == LinkKind::SharedIdentifier)
        {
            *vals
                .entry(format!("{:?} {:?}", l.identifier, l.value))
                .or_default() += 1;
        }
        let mut vals: Vec<_> = vals.into_iter().collect();
        vals.sort_by_key(|v| std::cmp::Reverse(v.1));
        println!(
            "shared identifiers (links): {:?}",
            &vals[..vals.len().min(15)]
        );
    }
    for (part, bytes) in corpus.heap_parts() {
        println!(
            "  heap: {part:<28} {:>9.1} MB  {:>6.0} B/doc",
            bytes as f64 / 1e6,
            bytes as f64 / n as f64
        );
    }
    let (_, hwm) = rss_kb();
    let what = if full_analysis {
        "fingerprint + index + all pairs, after a full Analysis"
    } else {
        "lean pass + fingerprint + index + all pairs"
    };
    println!(
        "documents {n}  mean words {:.0}  CPU time: linkage ({what}) {:.2} s  ({:.1} µs/doc)  \
         one-pass Analysis {:.2} s  JSON parse {:.2} s  whole path {:.2} s  near-duplicate pairs {} (digest {digest:016x})  \
         planted found {found}/{}  heap {:.1} MB ({:.0} B/doc)  peak RSS {} MB  style {}  passages {}  total CPU {:.2} s  wall {:.2} s",
        words_total as f64 / n as f64,
        t_add,
        t_add * 1e6 / n as f64,
        t_analysis,
        t_parse,
        t_parse + t_analysis + t_add,
        pairs.len(),
        planted.len(),
        heap as f64 / 1e6,
        heap as f64 / n as f64,
        hwm / 1024,
        if full { "on" } else { "off" },
        if no_passages { "off" } else { "on" },
        (cpu_ns() - cpu_start) as f64 * 1e-9,
        started.elapsed().as_secs_f64(),
    );
}
