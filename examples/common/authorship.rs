//! Same-author evaluation of the corpus's style score (HL404), used by
//! `cargo run --release --example eval_style -- authorship` and
//! `-- background`. Reads the development data; prints Markdown.
#![allow(clippy::indexing_slicing, clippy::unwrap_used)]
// linkage_eval uses only the profile and scoring helpers.
#![allow(dead_code)]

use hirelens::corpus::style::{self, Background, Idf, Profile};
use hirelens::text::{Author, Field, Source};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

pub fn profile_of(texts: &[&str]) -> Profile {
    let fields: Vec<Field> = texts
        .iter()
        .map(|t| Field::new("t".into(), Source::Overview, Author::Subject, None, t))
        .collect();
    style::profile(
        fields
            .iter()
            .map(|f| (f.norm.as_str(), f.word_strs().collect::<Vec<_>>())),
    )
}

/// Mann–Whitney ROC AUC of `(score, same)` pairs (ties count half).
pub fn auc(scores: &[(f64, bool)]) -> f64 {
    let mut all: Vec<(f64, bool)> = scores.to_vec();
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut i) = (0.0, 0);
    while i < all.len() {
        let mut j = i;
        while j < all.len() && all[j].0 == all[i].0 {
            j += 1;
        }
        let avg = (i + j + 1) as f64 / 2.0;
        rank_sum += all[i..j].iter().filter(|x| x.1).count() as f64 * avg;
        i = j;
    }
    let m = scores.iter().filter(|s| s.1).count() as f64;
    let h = scores.len() as f64 - m;
    if m == 0.0 || h == 0.0 {
        return f64::NAN;
    }
    (rank_sum - m * (m + 1.0) / 2.0) / (m * h)
}

/// PAN's c@1: answers of exactly 0.5 are unanswered; > 0.5 is "same author".
pub fn c_at_1(scores: &[(f64, bool)]) -> (f64, usize) {
    let n = scores.len() as f64;
    let nu = scores.iter().filter(|s| s.0 == 0.5).count() as f64;
    let nc = scores
        .iter()
        .filter(|s| s.0 != 0.5 && (s.0 > 0.5) == s.1)
        .count() as f64;
    ((nc + nu * nc / n) / n, nu as usize)
}

/// The product's answer as PAN scores it.
pub fn answer(a: &Profile, b: &Profile) -> f64 {
    match style::compare(a, b) {
        style::Verdict::Scored { score } => score,
        _ => 0.5,
    }
}

/// The PAN 2020 "naive" baseline: TF-IDF char 4-grams (IDF fitted on the
/// evaluated texts themselves), cosine.
pub struct Tfidf {
    idf: HashMap<String, f64>,
    n: f64,
}

fn grams(t: &str) -> HashMap<String, f64> {
    let chars: Vec<char> = t.to_lowercase().chars().collect();
    let mut m = HashMap::new();
    for g in chars.windows(4) {
        *m.entry(g.iter().collect::<String>()).or_insert(0.0) += 1.0;
    }
    m
}

impl Tfidf {
    pub fn fit<'a>(texts: impl Iterator<Item = &'a str>) -> Tfidf {
        let mut df: HashMap<String, f64> = HashMap::new();
        let mut n = 0.0;
        for t in texts {
            n += 1.0;
            for g in grams(t).into_keys() {
                *df.entry(g).or_insert(0.0) += 1.0;
            }
        }
        Tfidf {
            idf: df
                .into_iter()
                .map(|(g, d)| (g, ((1.0 + n) / (1.0 + d)).ln() + 1.0))
                .collect(),
            n,
        }
    }
    fn vec(&self, t: &str) -> HashMap<String, f64> {
        let mut v = grams(t);
        let def = (1.0 + self.n).ln() + 1.0;
        for (g, x) in v.iter_mut() {
            *x *= self.idf.get(g).copied().unwrap_or(def);
        }
        v
    }
    pub fn cosine(&self, a: &str, b: &str) -> f64 {
        let (va, vb) = (self.vec(a), self.vec(b));
        let dot: f64 = va
            .iter()
            .filter_map(|(g, x)| vb.get(g).map(|y| x * y))
            .sum();
        let na: f64 = va.values().map(|x| x * x).sum::<f64>().sqrt();
        let nb: f64 = vb.values().map(|x| x * x).sum::<f64>().sqrt();
        if na == 0.0 || nb == 0.0 {
            0.0
        } else {
            dot / (na * nb)
        }
    }
}

fn words_prefix(text: &str, n: usize) -> Option<String> {
    let w: Vec<&str> = text.split_whitespace().collect();
    (w.len() >= n).then(|| w[..n].join(" "))
}

/// A labelled pair of texts.
pub struct Pair {
    pub a: String,
    pub b: String,
    pub same: bool,
}

/// The `text` of each record grouped by the string field `key`, groups in key order.
fn texts_by(rows: &[Value], key: &str) -> Vec<Vec<String>> {
    let mut by: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in rows {
        by.entry(r[key].as_str().unwrap_or_default().to_owned())
            .or_default()
            .push(r["text"].as_str().unwrap_or_default().to_owned());
    }
    by.into_values().collect()
}

/// Every `step`-th text i of each group against text i+1 of the same group
/// (same writer) and text i+1 of the next group (different writer).
fn neighbour_pairs(groups: &[Vec<String>], step: usize) -> Vec<Pair> {
    let mut out = Vec::new();
    for (gi, ws) in groups.iter().enumerate() {
        let other = &groups[(gi + 1) % groups.len()];
        for i in (0..ws.len().min(other.len()).saturating_sub(1)).step_by(step) {
            out.push(Pair {
                a: ws[i].clone(),
                b: ws[i + 1].clone(),
                same: true,
            });
            out.push(Pair {
                a: ws[i].clone(),
                b: other[i + 1].clone(),
                same: false,
            });
        }
    }
    out
}

/// C50 pairs of `len`-word windows from texts `range` of every author:
/// text i vs text i+1 of the same author, and vs text i+1 of the next author.
pub fn c50_pairs(rows: &[Value], range: std::ops::Range<usize>, len: usize) -> Vec<Pair> {
    let authors: Vec<Vec<String>> = texts_by(rows, "author")
        .into_iter()
        .map(|v| {
            v.get(range.clone())
                .unwrap_or_default()
                .iter()
                .filter_map(|t| words_prefix(t, len))
                .collect()
        })
        .collect();
    neighbour_pairs(&authors, 4)
}

/// FCE: the two answers of one script (same writer) vs the first answer of
/// the next script (different writer, same exam).
pub fn fce_pairs(rows: &[Value]) -> Vec<Pair> {
    let scripts: Vec<Vec<String>> = texts_by(rows, "script_id")
        .into_iter()
        .filter(|v| v.len() == 2)
        .collect();
    let mut out = Vec::new();
    for (i, s) in scripts.iter().enumerate().step_by(3) {
        let o = &scripts[(i + 1) % scripts.len()];
        out.push(Pair {
            a: s[0].clone(),
            b: s[1].clone(),
            same: true,
        });
        out.push(Pair {
            a: s[0].clone(),
            b: o[1].clone(),
            same: false,
        });
    }
    out
}

/// Gutenberg chunks: chunk i vs chunk i+1 of one author vs of the next.
pub fn gutenberg_pairs(rows: &[Value]) -> Vec<Pair> {
    neighbour_pairs(&texts_by(rows, "author"), 5)
}

/// PAN 2014 problems as pairs (the known texts joined).
pub fn pan_pairs(rows: &[Value]) -> Vec<Pair> {
    rows.iter()
        .map(|r| Pair {
            a: r["known"]
                .as_array()
                .map(|k| {
                    k.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
            b: r["unknown"].as_str().unwrap_or_default().to_owned(),
            same: r["same_author"].as_bool().unwrap_or(false),
        })
        .collect()
}

/// `(raw similarity, shorter side's words, same)` of every pair.
pub fn raw_scores(pairs: &[Pair]) -> Vec<(f64, u32, bool)> {
    pairs
        .iter()
        .map(|p| {
            let (a, b) = (profile_of(&[&p.a]), profile_of(&[&p.b]));
            (style::raw_similarity(&a, &b), a.words.min(b.words), p.same)
        })
        .collect()
}

/// A deterministic sample of `k` indices below `n` (distinct when `k < n`).
fn sample(n: usize, k: usize, seed: u64) -> Vec<usize> {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ 0x5eed;
    let mut idx: Vec<usize> = (0..n).collect();
    for i in 0..k.min(n) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let j = i + (x % (n - i) as u64) as usize;
        idx.swap(i, j);
    }
    idx.truncate(k.min(n));
    idx
}

/// The product's score parts with impostors (what HL404 decides on inside
/// a Corpus): `style::impostor_score` of the two texts against
/// [`style::IMPOSTORS`] documents drawn from `pool`, leaving out texts equal
/// to either side, under the background plus the pool's own frequencies
/// (as a Corpus adds its documents' frequencies).
pub fn impostor(
    a: &Profile,
    b: &Profile,
    pool: &[Profile],
    seed: u64,
    idf: &Idf,
) -> Option<style::Parts> {
    let picked: Vec<&Profile> = sample(pool.len(), style::IMPOSTORS + 2, seed)
        .into_iter()
        .filter_map(|i| pool.get(i))
        .filter(|p| *p != a && *p != b)
        .take(style::IMPOSTORS)
        .collect();
    style::impostor_score(a, b, &picked, idf)
}

/// The topic share a Corpus holding `pool` would learn, given which of its
/// documents share a writer (`same`: index pairs, as a Corpus knows
/// documents under one name): each document's baseline against
/// [`style::IMPOSTORS`] others of the pool; the same-writer pairs' parts;
/// and, as the different-writer lessons, each lesson document's parts with
/// [`style::LESSONS_PER_DOC`] of its impostors spread over the sample — the
/// newest [`style::MAX_LESSONS`] of each kind, as the Corpus keeps.
pub fn learn_share(pool: &[Profile], same: &[(usize, usize)], idf: &Idf) -> f64 {
    type Base = (Option<style::Baseline>, Vec<usize>);
    let mut bases: HashMap<usize, Base> = HashMap::new();
    let mut base_of = |i: usize| -> Base {
        bases
            .entry(i)
            .or_insert_with(|| {
                let d = style::Dense::new(&pool[i], idf);
                let picked: Vec<usize> =
                    sample(pool.len(), style::IMPOSTORS + 1, 0xba5e ^ i as u64)
                        .into_iter()
                        .filter(|&j| j != i && pool[j] != pool[i])
                        .take(style::IMPOSTORS)
                        .collect();
                let sims: Vec<style::Sims> =
                    picked.iter().map(|&j| d.view_sims(&pool[j], idf)).collect();
                (style::Baseline::of(&sims), picked)
            })
            .clone()
    };
    let long = |i: usize| pool[i].words as usize >= style::MIN_WORDS;
    let parts = |i: usize, j: usize, bi: &style::Baseline, bj: &style::Baseline| {
        let sims = style::Dense::new(&pool[i], idf).view_sims(&pool[j], idf);
        style::impostor_parts(&sims, bi, bj, style::both_present(&pool[i], &pool[j]))
    };
    let (mut same_parts, mut differ) = (Vec::new(), Vec::new());
    for &(i, j) in same {
        if !long(i) || !long(j) {
            continue;
        }
        let ((Some(bi), imps), (Some(bj), _)) = (base_of(i), base_of(j)) else {
            continue;
        };
        same_parts.push(parts(i, j, &bi, &bj));
        let step = (imps.len() / style::LESSONS_PER_DOC).max(1);
        for &k in imps.iter().step_by(step) {
            if let (Some(bk), _) = base_of(k) {
                differ.push(parts(i, k, &bi, &bk));
            }
        }
    }
    let newest = |v: &[style::Parts]| v[v.len().saturating_sub(style::MAX_LESSONS)..].to_vec();
    style::learn_topic_share(&newest(&same_parts), &newest(&differ))
}

/// The IDF a Corpus holding `pool` would use.
pub fn pool_idf(pool: &[Profile]) -> Idf {
    let mut local = style::LocalDf::default();
    for p in pool {
        local.add(p);
    }
    Idf::from_parts(Background::shipped(), Some(&local))
}

/// Impostor scores of pairs whose pool is a fixed set of other texts;
/// `same` are the pool's same-writer index pairs (what the corpus would
/// learn its topic share from; none: share 0). Returns the scores and the
/// share.
pub fn impostor_scores(
    pairs: &[Pair],
    pool: &[String],
    same: &[(usize, usize)],
) -> (Vec<Option<f64>>, f64) {
    let pool: Vec<Profile> = pool.iter().map(|t| profile_of(&[t])).collect();
    let idf = pool_idf(&pool);
    let share = learn_share(&pool, same, &idf);
    let scores = pairs
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let (a, b) = (profile_of(&[&p.a]), profile_of(&[&p.b]));
            impostor(&a, &b, &pool, i as u64, &idf).map(|x| style::impostor_z(x, share))
        })
        .collect();
    (scores, share)
}

/// Impostor scores of PAN problems (in [`pan_pairs`] order): each known text
/// against the unknown, the pool being the texts of the **other** problems
/// (never the problem's own, nor a copy of one), averaged over the known texts.
pub fn pan_impostor_scores(rows: &[Value]) -> (Vec<Option<f64>>, f64) {
    let texts = |r: &Value| -> Vec<String> {
        let mut v: Vec<String> = r["known"]
            .as_array()
            .map(|k| {
                k.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        v.push(r["unknown"].as_str().unwrap_or_default().to_owned());
        v
    };
    let mut uniq: Vec<String> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut of_row: Vec<Vec<usize>> = Vec::new();
    for r in rows {
        let ids = texts(r)
            .into_iter()
            .map(|t| {
                *at.entry(t.clone()).or_insert_with(|| {
                    uniq.push(t);
                    uniq.len() - 1
                })
            })
            .collect();
        of_row.push(ids);
    }
    let profiles: Vec<Profile> = uniq.iter().map(|t| profile_of(&[t])).collect();
    let idf = pool_idf(&profiles);
    // what the corpus knows to share a writer: the known texts of a problem
    // (never its unknown)
    let same: Vec<(usize, usize)> = of_row
        .iter()
        .filter_map(|ids| {
            let known = ids.get(..ids.len().saturating_sub(1))?;
            Some(known.windows(2).map(|w| (w[0], w[1])).collect::<Vec<_>>())
        })
        .flatten()
        .collect();
    let share = learn_share(&profiles, &same, &idf);
    let scores = of_row
        .iter()
        .enumerate()
        .map(|(i, ids)| {
            let pool: Vec<Profile> = (0..profiles.len())
                .filter(|j| !ids.contains(j))
                .map(|j| profiles[j].clone())
                .collect();
            let (u, known) = ids.split_last()?;
            let zs: Vec<f64> = known
                .iter()
                .enumerate()
                .filter_map(|(k, &ki)| {
                    impostor(
                        &profiles[ki],
                        &profiles[*u],
                        &pool,
                        (i * 8 + k) as u64,
                        &idf,
                    )
                    .map(|x| style::impostor_z(x, share))
                })
                .collect();
            (!zs.is_empty()).then(|| zs.iter().sum::<f64>() / zs.len() as f64)
        })
        .collect();
    (scores, share)
}

/// One row: AUC of the score with impostors and of the pairwise score, c@1
/// and unanswered of the pairwise answers, the baseline's AUC.
pub fn row(name: &str, pairs: &[Pair], imp: &[Option<f64>]) -> String {
    let tf = Tfidf::fit(pairs.iter().flat_map(|p| [p.a.as_str(), p.b.as_str()]));
    let mut raw = Vec::new();
    let mut ans = Vec::new();
    let mut base = Vec::new();
    for p in pairs {
        let (a, b) = (profile_of(&[&p.a]), profile_of(&[&p.b]));
        raw.push((style::raw_similarity(&a, &b), p.same));
        ans.push((answer(&a, &b), p.same));
        base.push((tf.cosine(&p.a, &p.b), p.same));
    }
    let (c1, un) = c_at_1(&ans);
    // pairs with no impostor score (too short a side) count as no evidence (0)
    let none = imp.iter().all(Option::is_none);
    let imp: Vec<(f64, bool)> = imp
        .iter()
        .zip(pairs)
        .map(|(z, p)| (z.unwrap_or(0.0), p.same))
        .collect();
    let at = |same: bool| {
        let n = imp.iter().filter(|x| x.1 == same).count().max(1);
        let k = imp
            .iter()
            .filter(|x| x.1 == same && x.0 >= style::HINT_Z)
            .count();
        format!("{:.1} %", 100.0 * k as f64 / n as f64)
    };
    format!(
        "| {name} | {} / {} | **{}** | {} / {} | {:.3} | {:.3} | {:.3} | {un} | {:.3} |",
        pairs.iter().filter(|p| p.same).count(),
        pairs.iter().filter(|p| !p.same).count(),
        if none {
            "—".to_owned()
        } else {
            format!("{:.3}", auc(&imp))
        },
        at(true),
        at(false),
        auc(&raw),
        auc(&ans),
        c1,
        auc(&base),
    )
}

/// Fit `logit = A + B·sim + C·ln(words)` by gradient descent on labelled scores.
pub fn fit_logistic(data: &[(f64, u32, bool)]) -> (f64, f64, f64) {
    let (mut a, mut b, mut c) = (0.0f64, 0.0f64, 0.0f64);
    let n = data.len() as f64;
    let xs: Vec<(f64, f64, f64)> = data
        .iter()
        .map(|(s, w, y)| (*s, f64::from((*w).max(1)).ln(), f64::from(u8::from(*y))))
        .collect();
    let ms = xs.iter().map(|x| x.0).sum::<f64>() / n;
    let ml = xs.iter().map(|x| x.1).sum::<f64>() / n;
    for _ in 0..20_000 {
        let (mut ga, mut gb, mut gc) = (0.0, 0.0, 0.0);
        for &(s, l, y) in &xs {
            let p = 1.0 / (1.0 + (-(a + b * (s - ms) + c * (l - ml))).exp());
            ga += p - y;
            gb += (p - y) * (s - ms);
            gc += (p - y) * (l - ml);
        }
        a -= 0.5 * ga / n;
        b -= 50.0 * gb / n;
        c -= 0.5 * gc / n;
    }
    (a - b * ms - c * ml, b, c)
}

/// `-- background`: document frequencies of the public-domain Gutenberg chunks.
pub fn background(dir: &Path, out: &Path) {
    let rows =
        crate::common::read_jsonl(&dir.join("gutenberg-author-chunks/gutenberg_chunks_300w.jsonl"))
            .unwrap_or_default();
    let mut df = vec![0u32; style::BUCKETS];
    let mut n = 0u32;
    for r in &rows {
        let p = profile_of(&[r["text"].as_str().unwrap_or_default()]);
        n += 1;
        for (b, _) in p.feats {
            df[b as usize] += 1;
        }
    }
    std::fs::write(out, Background::encode(n, &df)).unwrap();
    println!("background: {n} documents → {}", out.display());
}

/// `-- authorship`: the tables of docs/evaluation.md § Same author (style).
pub fn authorship(dir: &Path) {
    let read = |f: &str| crate::common::read_jsonl(&dir.join(f)).unwrap_or_default();
    let c50 = read("reuters-c50/c50.jsonl");
    let _ = Idf::shipped();
    // calibration: C50 texts 0–24 of every author, all lengths
    let mut cal = Vec::new();
    for len in [100, 150, 250, 500] {
        cal.extend(raw_scores(&c50_pairs(&c50, 0..25, len)));
    }
    let (a, b, c) = fit_logistic(&cal);
    println!(
        "Calibration fitted on C50 texts 0–24 of each author (all four lengths): \
         logit = {a:.2} + {b:.2}·sim + {c:.2}·ln(words); shipped: {:.2} + {:.2}·sim + {:.2}·ln(words)\n",
        style::LOGIT_A,
        style::LOGIT_B,
        style::LOGIT_C
    );
    println!(
        "| set | pairs same / different | AUC with impostors (HL404's score) | z ≥ {} same / different | AUC pairwise (`compare`) | AUC (answers) | c@1 | unanswered | AUC TF-IDF char-4 cosine baseline |\n|---|---|---:|---:|---:|---:|---:|---:|---:|",
        style::HINT_Z
    );
    // the pool and its same-journalist neighbours (what a corpus holding
    // each journalist's texts under one name would learn from)
    let c50_pool =
        |len: usize, texts: std::ops::Range<usize>| -> (Vec<String>, Vec<(usize, usize)>) {
            let (mut pool, mut same) = (Vec::new(), Vec::new());
            for v in texts_by(&c50, "author") {
                let start = pool.len();
                pool.extend(
                    v.get(texts.clone())
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|t| words_prefix(t, len)),
                );
                same.extend((start + 1..pool.len()).map(|i| (i - 1, i)));
            }
            (pool, same)
        };
    let mut shares: Vec<String> = Vec::new();
    for len in [100, 150, 250, 500] {
        let pairs = c50_pairs(&c50, 25..50, len);
        let (pool, same) = c50_pool(len, 0..25);
        let (imp, share) = impostor_scores(&pairs, &pool, &same);
        shares.push(format!("C50 {len} words {share:.2}"));
        println!(
            "{}",
            row(
                &format!("Reuters C50 texts 25–49, {len}-word windows"),
                &pairs,
                &imp
            )
        );
    }
    // the halves swapped: how much of the 250-word figure is the split
    let pairs = c50_pairs(&c50, 0..25, 250);
    let (pool, same) = c50_pool(250, 25..50);
    let (imp, share) = impostor_scores(&pairs, &pool, &same);
    shares.push(format!("C50 swapped {share:.2}"));
    println!(
        "{}",
        row(
            "Reuters C50 texts 0–24 (impostors from 25–49), 250-word windows",
            &pairs,
            &imp
        )
    );
    let pan = read("pan14-authorship-verification/pan14_av_en_essays.jsonl");
    let (imp, share) = pan_impostor_scores(&pan);
    shares.push(format!("PAN essays {share:.2}"));
    println!("{}", row("PAN 2014 English essays", &pan_pairs(&pan), &imp));
    let pan_n = read("pan14-authorship-verification/pan14_av_en_novels_train.jsonl");
    let (imp, share) = pan_impostor_scores(&pan_n);
    shares.push(format!("PAN novels {share:.2}"));
    println!(
        "{}",
        row("PAN 2014 English novels", &pan_pairs(&pan_n), &imp)
    );
    let fce = read("fce-learner-l1/fce_all.jsonl");
    let fce_texts: Vec<String> = fce
        .iter()
        .filter_map(|r| r["text"].as_str().map(str::to_owned))
        .collect();
    let pairs = fce_pairs(&fce);
    println!(
        "{}",
        row(
            "FCE: two answers of one learner vs another's",
            &pairs,
            &impostor_scores(&pairs, &fce_texts, &[]).0
        )
    );
    let gut = read("gutenberg-author-chunks/gutenberg_chunks_300w.jsonl");
    let gut_texts: Vec<String> = gut
        .iter()
        .filter_map(|r| r["text"].as_str().map(str::to_owned))
        .collect();
    let pairs = gutenberg_pairs(&gut);
    println!(
        "{}",
        row(
            "Gutenberg 300-word chunks (background corpus: in-sample IDF)",
            &pairs,
            &impostor_scores(&pairs, &gut_texts, &[]).0
        )
    );
    println!(
        "\nTopic share learnt from each pool's same-writer pairs (0 where the pool has none: FCE, Gutenberg): {}.",
        shares.join(", ")
    );
}
