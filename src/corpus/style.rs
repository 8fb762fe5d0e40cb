//! Writing-style profiles for "same author?" between two texts.
//!
//! A profile counts hashed features of the subject's prose in three views:
//! character 4-grams of the lower-cased text (white space collapsed, digits
//! folded to `0`) in [`CHAR_BUCKETS`] buckets; lower-cased word unigrams
//! (function words among them) in [`WORD_BUCKETS`] more; and character
//! 4-grams of the **distorted** text in [`DIST_BUCKETS`] (every letter of a
//! word that is not frequent in the background masked, case, punctuation
//! and spacing kept: Stamatatos 2017's text distortion, which leaves the
//! writer's habits and drops the topic); and word 2- and 3-grams of the
//! distorted text's tokens in [`DTOK_BUCKETS`] (function words, masks and
//! punctuation in sequence). Char and word counts are weighted
//! by sub-linear term frequency × inverse document frequency, and the IDF
//! comes from a **background model**: document frequencies of every char and
//! word bucket over a public-domain reference corpus (1,320 300-word chunks
//! of Project Gutenberg books, shipped as `style_background.bin`, 8 KB at four bits a bucket; the
//! frequent words the distortion keeps are read from the same table).
//! Inside a [`Corpus`](super::Corpus) the corpus's own documents are added
//! to that background, so what every document of one genre shares (every
//! cover letter says "position", "experience", "team") stops counting as
//! style. The distorted views have no background: they are weighted by the
//! corpus's own document frequencies once it holds [`MIN_LOCAL_DF_DOCS`]
//! documents, by term frequency alone before.
//!
//! **Pairwise** (`compare`): min–max (Ruzicka) similarity of the char and
//! word views averaged, mapped to a 0–1 score by a logistic in the
//! similarity and the length of the shorter side, fitted on the development
//! split (docs/evaluation.md, `cargo run --release --example eval_style --
//! authorship`). Below [`MIN_WORDS`] words a side there is no answer ("too
//! little text"); scores inside the abstain band are no answer either.
//!
//! **With impostors** (HL404 inside a corpus, [`impostor_parts`],
//! [`impostor_z`]): every view's similarity is measured against what each
//! of the two documents shares with a sample of other documents (its
//! [`Baseline`]), in that document's own standard deviations, averaged over
//! the two documents and over the views. The corpus is the impostor set.
//! A second part takes shared topic out: each document's similarities to
//! its impostors in the char and distorted-text views are regressed on
//! their similarity in content words ([`TOPIC`]), and the pair is ranked
//! among the impostors on what is left. How much of the score that second
//! part gets is learnt by each corpus from its documents under one name
//! ([`learn_topic_share`]): nothing where writers keep to their subjects
//! (shared topic is then evidence), more where one writer changes subject
//! and many write on one.
//!
//! A [`Sketch`] (256-bit random-hyperplane signature of the weighted
//! vector) lets the corpus find candidate pairs by Hamming distance without
//! scoring every stored profile.

use serde::Serialize;

/// Character 4-gram buckets.
pub const CHAR_BUCKETS: usize = 12_288;
/// Word buckets (after the char buckets).
pub const WORD_BUCKETS: usize = 4_096;
/// Buckets the background model covers (char and word).
pub const BG_BUCKETS: usize = CHAR_BUCKETS + WORD_BUCKETS;
/// Buckets of the distorted-text view (after the word buckets): character
/// 4-grams of the text with every letter of a word that is not frequent in
/// the background masked (Stamatatos 2017, "text distortion"), case and
/// white space kept. Topic words vanish; what stays is how the writer uses
/// function words, punctuation, capitals, spacing and word lengths.
pub const DIST_BUCKETS: usize = 4_096;
/// Buckets of the distorted-token view: word 2- and 3-grams of the
/// distorted text's tokens (a frequent word itself, any other word as one
/// mask, each punctuation mark and line break a token).
pub const DTOK_BUCKETS: usize = 4_096;
/// Where the distorted-token view starts.
pub const DTOK_START: usize = BG_BUCKETS + DIST_BUCKETS;
/// All buckets.
pub const BUCKETS: usize = DTOK_START + DTOK_BUCKETS;
/// Views compared: char 4-grams, words, distorted text, distorted tokens.
pub const VIEWS: usize = 4;
/// Similarities measured between two documents: the [`VIEWS`], then
/// [`TOPIC`].
pub const SIMS: usize = VIEWS + 1;
/// Index of the content-word similarity in [`Sims`]: the word view
/// restricted to words that are not frequent in the background (what a
/// text is about), each side renormalized.
pub const TOPIC: usize = VIEWS;
/// Similarities of two documents: one per view, then the topic.
pub type Sims = [f64; SIMS];
/// A word is frequent (kept by the distortion) when its bucket is in more
/// than this share of the background's documents.
pub const FREQUENT_DF: f32 = 0.1;
/// Documents a corpus needs before its own frequencies weight the distorted
/// views.
pub const MIN_LOCAL_DF_DOCS: u32 = 16;
/// Words needed on each side before a score is given.
pub const MIN_WORDS: usize = 150;
/// Scores in `[ABSTAIN_LOW, ABSTAIN_HIGH]` are "no answer".
pub const ABSTAIN_LOW: f64 = 0.4;
pub const ABSTAIN_HIGH: f64 = 0.6;
/// At most this many style links are kept for a new document (its best).
pub const MAX_LINKS_PER_DOC: usize = 3;
/// Earlier documents a new one is compared with for its corpus baseline.
pub const IMPOSTORS: usize = 64;
/// Below this many impostors a corpus gives no style links.
pub const MIN_IMPOSTORS: usize = 16;
/// Pairs whose word 3-shingles overlap this much (containment) share
/// wording, not only style: no style link (near-duplicate text covers copies).
pub const MAX_SHARED_TEXT: f64 = 0.08;
/// Default [`Config::style_min_z`](super::Config::style_min_z), on the
/// scale of [`impostor_z`]: chosen on the Corpus-path evaluation (`cargo run
/// --release --example eval_corpus -- sweep`) so that different writers of
/// one genre almost never link (docs/evaluation.md).
pub const HINT_Z: f64 = 7.0;

/// Logistic calibration: `logit = A + B·sim + C·ln(words of the shorter side)`.
pub const LOGIT_A: f64 = 8.59;
pub const LOGIT_B: f64 = 64.03;
pub const LOGIT_C: f64 = -2.78;

/// The background model: `u32 LE` document count, then four bits per bucket
/// (two buckets a byte, the first in the high half), `round(2 · ln(1 + df))`
/// (IDF to within ±0.25; 8 KB). Generated by
/// `cargo run --release --example eval_style -- background` from the public-domain
/// Gutenberg chunks of the development data.
static BACKGROUND: &[u8] = include_bytes!("style_background.bin");

/// Background document count and per-bucket document frequencies.
pub struct Background {
    pub docs: f64,
    pub df: Vec<f32>,
}

impl Background {
    /// The shipped background (empty, all IDF equal, if the table is malformed).
    pub fn shipped() -> &'static Background {
        static BG: std::sync::OnceLock<Background> = std::sync::OnceLock::new();
        BG.get_or_init(|| Background::parse(BACKGROUND))
    }

    pub fn parse(bytes: &[u8]) -> Background {
        let (head, rest) = bytes.split_at(bytes.len().min(4));
        let mut n = [0u8; 4];
        n.copy_from_slice(head.get(..4).unwrap_or(&[0; 4]));
        if rest.len() * 2 != BG_BUCKETS {
            return Background {
                docs: 0.0,
                df: vec![0.0; BG_BUCKETS],
            };
        }
        Background {
            docs: f64::from(u32::from_le_bytes(n)),
            df: rest
                .iter()
                .flat_map(|b| [b >> 4, b & 15])
                .map(|q| ((f32::from(q) / 2.0).exp() - 1.0).max(0.0))
                .collect(),
        }
    }

    /// Encode document frequencies as the shipped table (the char and word
    /// buckets; the distorted view has no background).
    pub fn encode(docs: u32, df: &[u32]) -> Vec<u8> {
        let mut out = docs.to_le_bytes().to_vec();
        let q = |d: Option<&u32>| {
            (2.0 * (1.0 + f64::from(d.copied().unwrap_or(0))).ln())
                .round()
                .clamp(0.0, 15.0) as u8
        };
        let df = df.get(..BG_BUCKETS).unwrap_or(df);
        out.extend(df.chunks(2).map(|p| (q(p.first()) << 4) | q(p.get(1))));
        out
    }
}

/// Whether each word bucket holds a word frequent in the background (the
/// words the distorted view keeps).
fn frequent_words() -> &'static [bool] {
    static F: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();
    F.get_or_init(|| {
        let bg = Background::shipped();
        let cut = FREQUENT_DF * bg.docs as f32;
        (CHAR_BUCKETS..BG_BUCKETS)
            .map(|b| bg.docs > 0.0 && bg.df.get(b).is_some_and(|d| *d > cut))
            .collect()
    })
}

fn word_bucket(lower: &str) -> usize {
    CHAR_BUCKETS + fnv(0x5157, lower.as_bytes()) as usize % WORD_BUCKETS
}

/// Which view a bucket belongs to.
pub fn view(b: u16) -> usize {
    let b = b as usize;
    if b < CHAR_BUCKETS {
        0
    } else if b < BG_BUCKETS {
        1
    } else if b < DTOK_START {
        2
    } else {
        3
    }
}

/// Document frequencies a corpus adds to the background.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LocalDf {
    pub docs: u32,
    pub df: Vec<u32>,
}

impl LocalDf {
    pub fn add(&mut self, p: &Profile) {
        if self.df.len() != BUCKETS {
            self.df = vec![0; BUCKETS];
        }
        self.docs += 1;
        for &(b, _) in &p.feats {
            if let Some(d) = self.df.get_mut(b as usize) {
                *d += 1;
            }
        }
    }
    pub fn remove(&mut self, p: &Profile) {
        self.docs = self.docs.saturating_sub(1);
        for &(b, _) in &p.feats {
            if let Some(d) = self.df.get_mut(b as usize) {
                *d = d.saturating_sub(1);
            }
        }
    }
}

/// Inverse document frequencies of every bucket.
pub struct Idf(pub Vec<f32>);

impl Idf {
    /// From the shipped background alone.
    pub fn shipped() -> &'static Idf {
        static IDF: std::sync::OnceLock<Idf> = std::sync::OnceLock::new();
        IDF.get_or_init(|| Idf::from_parts(Background::shipped(), None))
    }

    /// Background plus a corpus's own document frequencies.
    pub fn from_parts(bg: &Background, local: Option<&LocalDf>) -> Idf {
        let ld = local.map_or(0.0, |l| f64::from(l.docs));
        let n = bg.docs + ld + 1.0;
        Idf((0..BUCKETS)
            .map(|i| {
                if i >= BG_BUCKETS {
                    // the distorted views have no background: weighted by
                    // the corpus's own frequencies once it has enough
                    // documents, by term frequency alone before
                    if ld < f64::from(MIN_LOCAL_DF_DOCS) {
                        return 1.0;
                    }
                    let d = local
                        .and_then(|l| l.df.get(i))
                        .map_or(0.0, |d| f64::from(*d));
                    return (((ld + 1.0) / (d + 1.0)).ln() + 1.0) as f32;
                }
                let df = f64::from(bg.df.get(i).copied().unwrap_or(0.0))
                    + local
                        .and_then(|l| l.df.get(i))
                        .map_or(0.0, |d| f64::from(*d));
                ((n / (df + 1.0)).ln() + 1.0) as f32
            })
            .collect())
    }
}

/// A stored style profile: sorted `(bucket, count)` pairs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub words: u32,
    pub feats: Vec<(u16, u16)>,
}

/// A 256-bit sign signature of a weighted profile (for candidate search).
pub type Sketch = [u64; 4];

/// The answer to "same author?".
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "answer", rename_all = "kebab-case")]
pub enum Verdict {
    /// Fewer than [`MIN_WORDS`] words on a side.
    InsufficientText {
        words_a: u32,
        words_b: u32,
    },
    /// The score fell in the abstain band.
    Uncertain {
        score: f64,
    },
    Scored {
        score: f64,
    },
}

impl Verdict {
    pub fn score(&self) -> Option<f64> {
        match self {
            Verdict::InsufficientText { .. } => None,
            Verdict::Uncertain { score } | Verdict::Scored { score } => Some(*score),
        }
    }
}

fn fnv(seed: u32, bytes: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32 ^ seed;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h ^ (h >> 15)
}

/// Build a profile from pieces of prose (each a normalized field text and
/// its word list). Returns a profile even for short text; comparisons check
/// [`MIN_WORDS`].
pub fn profile<'a>(pieces: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Profile {
    let mut counts: std::collections::HashMap<u16, u32> = std::collections::HashMap::new();
    let mut words = 0u32;
    let mut buf: Vec<char> = Vec::new();
    let mut toks: Vec<u32> = Vec::new();
    let mut lw = String::new();
    for (text, ws) in pieces {
        words += ws.len() as u32;
        for w in ws {
            lw.clear();
            lw.extend(w.chars().flat_map(char::to_lowercase));
            *counts.entry(word_bucket(&lw) as u16).or_insert(0) += 1;
        }
        distorted(text, &mut buf, &mut toks, &mut lw);
        let mut tmp = [0u8; 16];
        for g in buf.windows(4) {
            let mut n = 0;
            for c in g {
                n += c.encode_utf8(tmp.get_mut(n..).unwrap_or(&mut [])).len();
            }
            let b = BG_BUCKETS + fnv(0xd157, tmp.get(..n).unwrap_or(&[])) as usize % DIST_BUCKETS;
            *counts.entry(b as u16).or_insert(0) += 1;
        }
        for n in [2usize, 3] {
            for g in toks.windows(n) {
                let mut h = 0x9e37_79b9u32 ^ n as u32;
                for t in g {
                    h = (h ^ t).wrapping_mul(0x0100_0193);
                    h ^= h >> 13;
                }
                let b = DTOK_START + (h as usize) % DTOK_BUCKETS;
                *counts.entry(b as u16).or_insert(0) += 1;
            }
        }
        buf.clear();
        buf.push(' ');
        let mut last_space = true;
        for c in text.chars().flat_map(char::to_lowercase) {
            let c = if c.is_whitespace() {
                ' '
            } else if c.is_ascii_digit() {
                '0'
            } else {
                c
            };
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            buf.push(c);
        }
        buf.push(' ');
        let mut tmp = [0u8; 16];
        for g in buf.windows(4) {
            let mut n = 0;
            for c in g {
                n += c.encode_utf8(tmp.get_mut(n..).unwrap_or(&mut [])).len();
            }
            let b = fnv(0, tmp.get(..n).unwrap_or(&[])) as usize % CHAR_BUCKETS;
            *counts.entry(b as u16).or_insert(0) += 1;
        }
    }
    let mut feats: Vec<(u16, u16)> = counts
        .into_iter()
        .map(|(b, c)| (b, c.min(u32::from(u16::MAX)) as u16))
        .collect();
    crate::sort::values(&mut feats);
    Profile { words, feats }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// The distorted text (see [`DIST_BUCKETS`]) into `out`: the text as
/// written (case, spacing and line breaks kept, `\r` as a space, digits as
/// `0`), every letter of a word that is not frequent masked as `*` (capitals
/// as `A`), padded with a space at both ends. Its tokens (see
/// [`DTOK_BUCKETS`]) into `toks`: a kept word as a hash of it as written, a
/// masked word as [`MASKED`] or [`MASKED_CAPITAL`], every other mark but
/// spaces and tabs as itself.
fn distorted(text: &str, out: &mut Vec<char>, toks: &mut Vec<u32>, lw: &mut String) {
    let freq = frequent_words();
    out.clear();
    toks.clear();
    out.push(' ');
    let mut word: Vec<char> = Vec::new();
    let mut flush = |word: &mut Vec<char>, out: &mut Vec<char>, toks: &mut Vec<u32>| {
        let Some(&first) = word.first() else {
            return;
        };
        lw.clear();
        lw.extend(word.iter().flat_map(|c| c.to_lowercase()));
        let keep = freq
            .get(word_bucket(lw) - CHAR_BUCKETS)
            .copied()
            .unwrap_or(false);
        toks.push(if keep {
            word.iter().fold(0x811c_9dc5u32, |h, c| {
                (h ^ *c as u32).wrapping_mul(0x0100_0193)
            })
        } else if first.is_uppercase() {
            MASKED_CAPITAL
        } else {
            MASKED
        });
        for &c in word.iter() {
            out.push(if keep {
                c
            } else if c.is_uppercase() {
                'A'
            } else {
                '*'
            });
        }
        word.clear();
    };
    for c in text.chars() {
        let c = if c.is_ascii_digit() {
            '0'
        } else if c == '\r' {
            ' '
        } else {
            c
        };
        if is_word_char(c) && (c != '\'' && c != '’' || !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, out, toks);
            out.push(c);
            if c == '\n' || !c.is_whitespace() {
                toks.push(c as u32);
            }
        }
    }
    flush(&mut word, out, toks);
    out.push(' ');
}

/// Tokens of a masked word (control characters: never a mark of the text).
const MASKED: u32 = 1;
const MASKED_CAPITAL: u32 = 2;

/// Sub-linear term frequency `1 + ln(count)` (a table for small counts).
fn tf(c: u16) -> f32 {
    static TABLE: std::sync::OnceLock<Vec<f32>> = std::sync::OnceLock::new();
    let t = TABLE.get_or_init(|| {
        (0..256u16)
            .map(|c| 1.0 + f32::from(c.max(1)).ln())
            .collect()
    });
    t.get(c as usize)
        .copied()
        .unwrap_or_else(|| 1.0 + f32::from(c).ln())
}

/// Weighted, block-normalized vector of a profile: `(bucket, weight)`,
/// sorted by bucket; each view's block sums to 1.
pub fn weigh(p: &Profile, idf: &Idf) -> Vec<(u16, f32)> {
    let mut v: Vec<(u16, f32)> = p
        .feats
        .iter()
        .map(|&(b, c)| {
            let w = tf(c) * idf.0.get(b as usize).copied().unwrap_or(1.0);
            (b, w)
        })
        .collect();
    let mut sums = [0f32; VIEWS];
    for &(b, w) in &v {
        if let Some(s) = sums.get_mut(view(b)) {
            *s += w;
        }
    }
    for (b, w) in &mut v {
        *w /= sums.get(view(*b)).copied().unwrap_or(1.0).max(1e-9);
    }
    v
}

/// Min–max (Ruzicka) similarity of two weighted vectors in each view
/// (0 for a view where neither has a feature).
pub fn view_sims(a: &[(u16, f32)], b: &[(u16, f32)]) -> [f64; VIEWS] {
    // (sum of minima, sum of maxima) per view
    let mut t = [(0f64, 0f64); VIEWS];
    let mut add = |k: u16, lo: f32, hi: f32| {
        if let Some(t) = t.get_mut(view(k)) {
            t.0 += f64::from(lo);
            t.1 += f64::from(hi);
        }
    };
    let (mut i, mut j) = (0, 0);
    loop {
        match (a.get(i), b.get(j)) {
            (Some(&(ka, wa)), Some(&(kb, wb))) if ka == kb => {
                add(ka, wa.min(wb), wa.max(wb));
                i += 1;
                j += 1;
            }
            (Some(&(ka, wa)), Some(&(kb, _))) if ka < kb => {
                add(ka, 0.0, wa);
                i += 1;
            }
            (Some(_) | None, Some(&(kb, wb))) => {
                add(kb, 0.0, wb);
                j += 1;
            }
            (Some(&(ka, wa)), None) => {
                add(ka, 0.0, wa);
                i += 1;
            }
            (None, None) => break,
        }
    }
    t.map(|(lo, hi)| if hi > 0.0 { lo / hi } else { 0.0 })
}

/// The pairwise similarity: char and word views averaged.
pub fn pairwise(s: &[f64]) -> f64 {
    let at = |v: usize| s.get(v).copied().unwrap_or(0.0);
    0.5 * at(0) + 0.5 * at(1)
}

/// Min–max similarity of the char and word views, averaged.
pub fn minmax(a: &[(u16, f32)], b: &[(u16, f32)]) -> f64 {
    pairwise(&view_sims(a, b))
}

/// Whether bucket `b` counts toward the topic similarity: a word bucket
/// of a word not frequent in the background.
fn is_topic(b: usize) -> bool {
    (CHAR_BUCKETS..BG_BUCKETS).contains(&b)
        && !frequent_words()
            .get(b - CHAR_BUCKETS)
            .copied()
            .unwrap_or(true)
}

/// One profile's weighted vector spread over every bucket, to compare it
/// with many others (one pass over each other profile, no merge).
pub struct Dense {
    w: Vec<f32>,
    /// Sum of weights of each view's block (1 each, or 0 when empty).
    total: [f64; VIEWS],
    /// Sum of the weights of its topic buckets.
    topic: f64,
}

impl Dense {
    pub fn new(p: &Profile, idf: &Idf) -> Dense {
        let mut w = vec![0f32; BUCKETS];
        let mut total = [0f64; VIEWS];
        let mut topic = 0.0;
        for (b, x) in weigh(p, idf) {
            if let Some(slot) = w.get_mut(b as usize) {
                *slot = x;
            }
            if let Some(t) = total.get_mut(view(b)) {
                *t += f64::from(x);
            }
            if is_topic(b as usize) {
                topic += f64::from(x);
            }
        }
        Dense { w, total, topic }
    }

    /// Min–max similarity with another profile in each view, as
    /// [`view_sims`] computes it, then in content words ([`TOPIC`]).
    pub fn view_sims(&self, other: &Profile, idf: &Idf) -> Sims {
        let weight = |b: u16, c: u16| tf(c) * idf.0.get(b as usize).copied().unwrap_or(1.0);
        let mut sums = [0f32; VIEWS];
        let mut topic = 0f64;
        for &(b, c) in &other.feats {
            let w = weight(b, c);
            if let Some(s) = sums.get_mut(view(b)) {
                *s += w;
            }
            if is_topic(b as usize) {
                topic += f64::from(w);
            }
        }
        // Σmax = Σ mine + Σ over the other's buckets of (max − mine)
        let mut lo = [0f64; SIMS];
        let mut hi = [0f64; SIMS];
        hi[..VIEWS].copy_from_slice(&self.total);
        if self.topic > 0.0 {
            hi[TOPIC] = 1.0;
        }
        for &(b, c) in &other.feats {
            let v = view(b);
            let m = self.w.get(b as usize).copied().unwrap_or(0.0);
            let raw = weight(b, c);
            let x = raw / sums.get(v).copied().unwrap_or(1.0).max(1e-9);
            if let (Some(l), Some(h)) = (lo.get_mut(v), hi.get_mut(v)) {
                *l += f64::from(x.min(m));
                *h += f64::from(x.max(m) - m);
            }
            if topic > 0.0 && is_topic(b as usize) {
                let xt = f64::from(raw) / topic;
                let mt = if self.topic > 0.0 {
                    f64::from(m) / self.topic
                } else {
                    0.0
                };
                lo[TOPIC] += xt.min(mt);
                hi[TOPIC] += xt.max(mt) - mt;
            }
        }
        let mut out = [0f64; SIMS];
        for ((o, l), h) in out.iter_mut().zip(lo).zip(hi) {
            *o = if h > 0.0 { l / h } else { 0.0 };
        }
        out
    }

    /// The pairwise similarity (char and word views), as [`minmax`].
    pub fn minmax(&self, other: &Profile, idf: &Idf) -> f64 {
        pairwise(&self.view_sims(other, idf))
    }
}

/// A document's similarities to its impostors in one view: sorted, with
/// their mean and standard deviation.
#[derive(Debug, Clone, PartialEq, Default)]
struct Sample {
    sorted: Vec<f32>,
    mean: f32,
    sd: f32,
}

/// Spread below which a view's baseline is not trusted to divide by.
const MIN_SD: f64 = 0.01;

impl Sample {
    /// Mean and standard deviation only (what [`Sample::deviations`] needs).
    fn moments(values: impl Iterator<Item = f64> + Clone) -> Sample {
        let n = values.clone().count() as f64;
        let mean = values.clone().sum::<f64>() / n.max(1.0);
        let var = values.map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        Sample {
            sorted: Vec::new(),
            mean: mean as f32,
            sd: var.sqrt() as f32,
        }
    }

    /// The values too, sorted (what [`Sample::z`] ranks against).
    fn of(values: impl Iterator<Item = f64> + Clone) -> Sample {
        let mut sorted: Vec<f32> = values.clone().map(|x| x as f32).collect();
        sorted.sort_by(f32::total_cmp);
        Sample {
            sorted,
            ..Sample::moments(values)
        }
    }

    /// How unusual `x` is against the sample, on the scale of standard
    /// deviations: the normal quantile of its rank among the impostors
    /// (`(k + ½)/(n + 1)` of them at least as high) while some impostor is
    /// at least as high; beyond the highest, the larger of that and its
    /// distance from the mean in standard deviations (ranks cannot tell
    /// one beyond all from another, the spread can).
    fn z(&self, x: f64) -> f64 {
        let n = self.sorted.len();
        let at_least = n - self.sorted.partition_point(|v| *v < x as f32);
        let ranked = normal_quantile(1.0 - (at_least as f64 + 0.5) / (n as f64 + 1.0));
        if at_least > 0 {
            return ranked;
        }
        ranked.max(self.deviations(x))
    }

    /// Its distance from the mean in standard deviations (the spread
    /// floored at [`MIN_SD`]).
    fn deviations(&self, x: f64) -> f64 {
        (x - f64::from(self.mean)) / f64::from(self.sd).max(MIN_SD)
    }

    fn heap_bytes(&self) -> usize {
        self.sorted.capacity() * 4
    }
}

/// The standard normal quantile (inverse CDF) of `p` in (0, 1): Acklam's
/// rational approximation (relative error under 1.2e-9).
fn normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    let p = p.clamp(1e-12, 1.0 - 1e-12);
    let tail = |q: f64| {
        let q = (-2.0 * q.ln()).sqrt();
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < 0.024_25 {
        tail(p)
    } else if p > 1.0 - 0.024_25 {
        -tail(1.0 - p)
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    }
}

/// What a document shares with its impostors: in each view, the mean and
/// standard deviation of its similarities to them; and, for the views of
/// the topic-adjusted part ([`TOPIC_FREE_WEIGHTS`]), the slope of those
/// similarities on the content-word similarity and what is left after it
/// (kept whole, to rank against).
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    sims: [Sample; VIEWS],
    slope: [f32; VIEWS],
    rest: [Sample; VIEWS],
}

impl Baseline {
    /// From the similarities of a document to its impostors (`None` below
    /// [`MIN_IMPOSTORS`]).
    pub fn of(sims: &[Sims]) -> Option<Baseline> {
        if sims.len() < MIN_IMPOSTORS {
            return None;
        }
        let n = sims.len() as f64;
        let mut out = Baseline {
            sims: Default::default(),
            slope: [0.0; VIEWS],
            rest: Default::default(),
        };
        let col = |v: usize| sims.iter().map(move |s| s.get(v).copied().unwrap_or(0.0));
        let topic_mean = col(TOPIC).sum::<f64>() / n;
        let sxx: f64 = col(TOPIC)
            .map(|x| (x - topic_mean) * (x - topic_mean))
            .sum();
        for v in 0..VIEWS {
            if let Some(slot) = out.sims.get_mut(v) {
                *slot = Sample::moments(col(v));
            }
            if TOPIC_FREE_WEIGHTS.get(v).copied().unwrap_or(0.0) == 0.0 {
                continue;
            }
            // least squares of the view's similarity on the topic's
            let ym = col(v).sum::<f64>() / n;
            let sxy: f64 = col(TOPIC)
                .zip(col(v))
                .map(|(x, y)| (x - topic_mean) * (y - ym))
                .sum();
            let slope = if sxx > 1e-12 { sxy / sxx } else { 0.0 };
            if let (Some(b), Some(r)) = (out.slope.get_mut(v), out.rest.get_mut(v)) {
                *b = slope as f32;
                *r = Sample::of(col(TOPIC).zip(col(v)).map(|(x, y)| y - slope * x));
            }
        }
        Some(out)
    }

    /// How many of its own standard deviations `sim` stands above this
    /// document's mean similarity to its impostors in view `v`.
    fn z(&self, v: usize, sim: f64) -> f64 {
        self.sims.get(v).map_or(0.0, |s| s.deviations(sim))
    }

    /// The same once shared topic is taken out: the pair's similarity less
    /// the slope times its content-word similarity, against the impostors'.
    fn z_beyond_topic(&self, v: usize, sim: f64, topic: f64) -> f64 {
        let slope = f64::from(self.slope.get(v).copied().unwrap_or(0.0));
        self.rest.get(v).map_or(0.0, |s| s.z(sim - slope * topic))
    }

    /// Bytes held (for the corpus's memory estimate).
    pub fn heap_bytes(&self) -> usize {
        self.sims
            .iter()
            .chain(&self.rest)
            .map(Sample::heap_bytes)
            .sum()
    }
}

/// Weight of each view in the impostor score (char, word, distorted text,
/// distorted tokens): the two topic-free views at half weight. Equal
/// weights did better on PAN 2014 essays and worse on C50, on both halves
/// (docs/evaluation.md, "Same-author AUC").
pub const VIEW_WEIGHTS: [f64; VIEWS] = [1.0, 1.0, 0.5, 0.5];

/// Weight of each view in the topic-adjusted part: char 4-grams and the
/// distorted text.
pub const TOPIC_FREE_WEIGHTS: [f64; VIEWS] = [1.0, 0.0, 1.0, 0.0];

/// The two parts of a pair's impostor score: as measured, and after
/// taking out shared topic ([`impostor_parts`]).
pub type Parts = [f64; 2];

/// The two parts of the impostor score of a pair, from its similarities
/// and the two documents' baselines. First, in each view, how many
/// standard deviations the pair's similarity stands above what each
/// document shares with its impostors, averaged over the two documents,
/// then over the views by [`VIEW_WEIGHTS`]. Second, over
/// [`TOPIC_FREE_WEIGHTS`], the same after taking out shared topic, measured
/// by rank (`Sample::z`: a normal quantile among the impostors, standard
/// deviations beyond the highest); equal to the first when a view it needs
/// is missing. A view where either document has no feature (a profile
/// stored before the view existed) is left out.
pub fn impostor_parts(sims: &Sims, a: &Baseline, b: &Baseline, present: [bool; VIEWS]) -> Parts {
    let topic = sims.get(TOPIC).copied().unwrap_or(0.0);
    let (mut plain, mut pw) = (0.0, 0.0);
    let (mut adjusted, mut aw) = (0.0, 0.0);
    for v in 0..VIEWS {
        if !present.get(v).copied().unwrap_or(false) {
            continue;
        }
        let s = sims.get(v).copied().unwrap_or(0.0);
        let wv = VIEW_WEIGHTS.get(v).copied().unwrap_or(0.0);
        plain += wv * 0.5 * (a.z(v, s) + b.z(v, s));
        pw += wv;
        let wt = TOPIC_FREE_WEIGHTS.get(v).copied().unwrap_or(0.0);
        if wt > 0.0 {
            adjusted += wt * 0.5 * (a.z_beyond_topic(v, s, topic) + b.z_beyond_topic(v, s, topic));
            aw += wt;
        }
    }
    let plain = if pw > 0.0 { plain / pw } else { 0.0 };
    [plain, if aw > 0.0 { adjusted / aw } else { plain }]
}

/// The impostor score: the two [`Parts`] mixed, `topic_share` to the
/// topic-adjusted one ([`learn_topic_share`]; 0 without a lesson).
pub fn impostor_z(parts: Parts, topic_share: f64) -> f64 {
    let [plain, adjusted] = parts;
    (1.0 - topic_share) * plain + topic_share * adjusted
}

/// Lessons of each kind a new document gives at most.
pub const LESSONS_PER_DOC: usize = 4;
/// Lessons of each kind a corpus keeps (the newest).
pub const MAX_LESSONS: usize = 2_000;
/// Most a corpus may give the topic-adjusted part.
pub const MAX_TOPIC_SHARE: f64 = 0.75;
/// Same-writer pairs (documents of one persona or one name) a corpus needs
/// before it learns a topic share.
pub const MIN_LESSON_PAIRS: usize = 20;

/// The false-positive rate, in percent, up to which [`learn_topic_share`]
/// compares shares: HL404 fires only on the few pairs that stand out most,
/// so what counts is how the same-writer pairs fare against the
/// highest-scoring tenth of the different-writer ones, not against all of
/// them.
pub const LESSON_TAIL_PERCENT: usize = 10;
/// The fewest different-writer lessons that tail is read from (a small
/// corpus reads its top 20 rather than a noisy top few).
pub const LESSON_TAIL_MIN: usize = 20;

/// How many of `n` different-writer lessons the tail holds:
/// [`LESSON_TAIL_PERCENT`] of them rounded up, at least [`LESSON_TAIL_MIN`],
/// at most all.
pub fn lesson_tail(n: usize) -> usize {
    (n * LESSON_TAIL_PERCENT)
        .div_ceil(100)
        .max(LESSON_TAIL_MIN)
        .min(n)
}

/// How much of the score should discount shared topic, learnt from pairs
/// known to be by one writer (`same`: in a corpus, documents of one persona
/// or one name) against pairs of different writers (`differ`: documents and
/// their impostors): the share in `0, 0.05, …,` [`MAX_TOPIC_SHARE`] whose
/// score separates them best where the hint would fire — the partial ROC
/// AUC up to a false-positive rate of [`LESSON_TAIL_PERCENT`], over at
/// least [`LESSON_TAIL_MIN`] of them ([`lesson_tail`], `tail_auc`; the
/// smaller share on a tie). Shares are exact multiples of 1/20.
/// Where writers keep to their subjects (C50's journalists) it stays near
/// 0; where one writer changes subject and many write on one (PAN 2014
/// essays) it rises. 0 below [`MIN_LESSON_PAIRS`] of either kind.
pub fn learn_topic_share(same: &[Parts], differ: &[Parts]) -> f64 {
    if same.len() < MIN_LESSON_PAIRS || differ.len() < MIN_LESSON_PAIRS {
        return 0.0;
    }
    let steps = (MAX_TOPIC_SHARE / 0.05).round() as usize;
    let mut best = (0.0, f64::MIN);
    for k in 0..=steps {
        let share = k as f64 / 20.0;
        let mut pos: Vec<f64> = same.iter().map(|p| impostor_z(*p, share)).collect();
        let mut neg: Vec<f64> = differ.iter().map(|p| impostor_z(*p, share)).collect();
        let sep = tail_auc(&mut pos, &mut neg, lesson_tail(differ.len()));
        if sep > best.1 + 1e-9 {
            best = (share, sep);
        }
    }
    best.0
}

/// Partial ROC AUC over the `k` highest negatives (a false-positive rate of
/// `k / n`), scaled to at most 1 (every positive above all `k`): for each
/// of them, the share of positives above it (ties count half), averaged.
/// Values are comparable only at one rate. Sorts both inputs; 0 when
/// either is empty.
fn tail_auc(pos: &mut [f64], neg: &mut [f64], k: usize) -> f64 {
    if pos.is_empty() || neg.is_empty() {
        return 0.0;
    }
    crate::sort::by(pos, f64::total_cmp);
    crate::sort::by(neg, |a, b| b.total_cmp(a));
    let k = k.clamp(1, neg.len());
    let n = pos.len() as f64;
    let above: f64 = neg
        .get(..k)
        .unwrap_or_default()
        .iter()
        .map(|&x| {
            let below = pos.partition_point(|&p| p < x);
            let tied = pos.partition_point(|&p| p <= x) - below;
            (n - below as f64 - tied as f64 + 0.5 * tied as f64) / n
        })
        .sum();
    above / k as f64
}

/// Which views a profile has features in.
pub fn views_present(p: &Profile) -> [bool; VIEWS] {
    let mut out = [false; VIEWS];
    for &(b, _) in &p.feats {
        if let Some(o) = out.get_mut(view(b)) {
            *o = true;
        }
    }
    out
}

/// Views both profiles have.
pub fn both_present(a: &Profile, b: &Profile) -> [bool; VIEWS] {
    let (x, y) = (views_present(a), views_present(b));
    let mut out = [false; VIEWS];
    for v in 0..VIEWS {
        if let (Some(o), Some(p), Some(q)) = (out.get_mut(v), x.get(v), y.get(v)) {
            *o = *p && *q;
        }
    }
    out
}

/// The two parts of the impostor score of `a` and `b` against a pool of
/// other documents (the documents of a corpus, or of a development set,
/// that are neither); [`impostor_z`] mixes them. `None` with fewer than
/// [`MIN_IMPOSTORS`] in the pool or [`MIN_WORDS`] words a side.
pub fn impostor_score(a: &Profile, b: &Profile, pool: &[&Profile], idf: &Idf) -> Option<Parts> {
    if (a.words as usize) < MIN_WORDS || (b.words as usize) < MIN_WORDS {
        return None;
    }
    let (da, db) = (Dense::new(a, idf), Dense::new(b, idf));
    let sa: Vec<Sims> = pool.iter().map(|p| da.view_sims(p, idf)).collect();
    let sb: Vec<Sims> = pool.iter().map(|p| db.view_sims(p, idf)).collect();
    let (ba, bb) = (Baseline::of(&sa)?, Baseline::of(&sb)?);
    Some(impostor_parts(
        &da.view_sims(b, idf),
        &ba,
        &bb,
        both_present(a, b),
    ))
}

/// Similarity of two profiles (0–1) under an IDF, before calibration.
pub fn raw_similarity_with(a: &Profile, b: &Profile, idf: &Idf) -> f64 {
    minmax(&weigh(a, idf), &weigh(b, idf))
}

/// Similarity under the shipped background.
pub fn raw_similarity(a: &Profile, b: &Profile) -> f64 {
    raw_similarity_with(a, b, Idf::shipped())
}

/// Calibrated score (0–1) from the similarity and the shorter side's words.
pub fn calibrate(raw: f64, words: u32) -> f64 {
    let z = LOGIT_A + LOGIT_B * raw + LOGIT_C * f64::from(words.max(1)).ln();
    1.0 / (1.0 + (-z).exp())
}

fn verdict(score: f64) -> Verdict {
    if (ABSTAIN_LOW..=ABSTAIN_HIGH).contains(&score) {
        Verdict::Uncertain { score }
    } else {
        Verdict::Scored { score }
    }
}

/// Same author? Abstains on short text and inside the abstain band.
pub fn compare_with(a: &Profile, b: &Profile, idf: &Idf) -> Verdict {
    if (a.words as usize) < MIN_WORDS || (b.words as usize) < MIN_WORDS {
        return Verdict::InsufficientText {
            words_a: a.words,
            words_b: b.words,
        };
    }
    verdict(calibrate(
        raw_similarity_with(a, b, idf),
        a.words.min(b.words),
    ))
}

/// Same author, under the shipped background.
pub fn compare(a: &Profile, b: &Profile) -> Verdict {
    compare_with(a, b, Idf::shipped())
}

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Random-hyperplane signature of the weighted profile (background IDF).
pub fn sketch(p: &Profile) -> Sketch {
    let v = weigh(p, Idf::shipped());
    let mut acc = [0f32; 256];
    for &(b, w) in &v {
        for (k, chunk) in acc.chunks_exact_mut(64).enumerate() {
            let bits = splitmix(u64::from(b) * 4 + k as u64);
            for (i, a) in chunk.iter_mut().enumerate() {
                // +w where the bit is set, −w where it is not (branch-free)
                *a += w * (((bits >> i) & 1) as f32 * 2.0 - 1.0);
            }
        }
    }
    let mut out = [0u64; 4];
    for (k, o) in out.iter_mut().enumerate() {
        for i in 0..64 {
            if acc.get(k * 64 + i).copied().unwrap_or(0.0) > 0.0 {
                *o |= 1 << i;
            }
        }
    }
    out
}

/// Hamming distance of two sketches (0–256).
pub fn hamming(a: &Sketch, b: &Sketch) -> u32 {
    a.iter().zip(b).map(|(x, y)| (x ^ y).count_ones()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prof(text: &str) -> Profile {
        let ws: Vec<&str> = text.split_whitespace().collect();
        profile(std::iter::once((text, ws)))
    }

    #[test]
    fn shipped_background_is_well_formed() {
        let bg = Background::shipped();
        assert!(bg.docs > 1000.0, "background table missing or malformed");
        assert_eq!(bg.df.len(), BG_BUCKETS);
        // the most common buckets are in (nearly) every document (the top
        // four-bit level stands for about 83 % of 1,320)
        assert!(bg.df.iter().any(|d| *d > 0.8 * bg.docs as f32));
        // the distortion keeps on the order of a hundred frequent words
        let kept = frequent_words().iter().filter(|f| **f).count();
        assert!((50..400).contains(&kept), "{kept} frequent word buckets");
    }

    #[test]
    fn distortion_masks_content_and_keeps_habits() {
        let (mut out, mut toks, mut lw) = (Vec::new(), Vec::new(), String::new());
        distorted(
            "The Zebra, i think,  devoured 42 apples!\nNASA",
            &mut out,
            &mut toks,
            &mut lw,
        );
        let d: String = out.iter().collect();
        // frequent words, case, punctuation and double spaces stay
        assert_eq!(d, " The A****, i think,  ******** ** ******!\nAAAA ");
        // tokens: kept words, one mask per masked word, marks, line breaks
        let kept = |w: &str| {
            w.chars().fold(0x811c_9dc5u32, |h, c| {
                (h ^ c as u32).wrapping_mul(0x0100_0193)
            })
        };
        let t = |c: char| c as u32;
        assert_eq!(
            toks,
            [
                kept("The"),
                MASKED_CAPITAL,
                t(','),
                kept("i"),
                kept("think"),
                t(','),
                MASKED,
                MASKED,
                MASKED,
                t('!'),
                t('\n'),
                MASKED_CAPITAL
            ]
        );
    }

    #[test]
    fn encode_parse_round_trip() {
        let df: Vec<u32> = (0..BUCKETS as u32).map(|i| i % 1000).collect();
        let bg = Background::parse(&Background::encode(1000, &df));
        assert_eq!(bg.docs, 1000.0);
        assert_eq!(bg.df.len(), BG_BUCKETS);
        for (a, b) in bg.df.iter().zip(&df) {
            // four bits: ln(1 + df) to within a quarter
            let (la, lb) = ((1.0 + a).ln(), (1.0 + *b as f32).ln());
            assert!((la - lb).abs() <= 0.2501, "{a} vs {b}");
        }
    }

    #[test]
    fn short_text_is_insufficient() {
        let a = prof("I build web apps with care.");
        assert!(matches!(compare(&a, &a), Verdict::InsufficientText { .. }));
    }

    #[test]
    fn a_text_is_closer_to_itself_than_to_another_style() {
        let a = "I have been working on the backend of the system for a long time and I think that \
                 the way we do it is quite good, but there is always something that could be better. "
            .repeat(8);
        let b = "WOW!!! super fast delivery!!! 100% satisfaction guaranteed, contact me now — best price, \
                 top quality, 24/7 support, unlimited revisions!!! "
            .repeat(10);
        let (pa, pb) = (prof(&a), prof(&b));
        assert!(raw_similarity(&pa, &pa) > 0.99);
        assert!(raw_similarity(&pa, &pb) < 0.3);
        assert!(matches!(compare(&pa, &pa), Verdict::Scored { score } if score > 0.9));
        assert!(matches!(compare(&pa, &pb), Verdict::Scored { score } if score < 0.1));
        assert!(hamming(&sketch(&pa), &sketch(&pa)) == 0);
        let idf = Idf::shipped();
        for (x, y) in [(&pa, &pb), (&pb, &pa), (&pa, &pa)] {
            let d = Dense::new(x, idf).minmax(y, idf);
            assert!((d - raw_similarity(x, y)).abs() < 1e-4, "{d}");
        }
        assert!(hamming(&sketch(&pa), &sketch(&pb)) > 60);
    }

    #[test]
    fn corpus_frequencies_discount_what_every_document_shares() {
        let shared = "thank you for considering my application for the position ";
        let a = prof(&format!("{shared} I like rivers and boats"));
        let b = prof(&format!("{shared} we sell cheap tyres online"));
        let bg = Background::shipped();
        let before = raw_similarity_with(&a, &b, &Idf::from_parts(bg, None));
        let mut local = LocalDf::default();
        for _ in 0..500 {
            local.add(&prof(shared));
        }
        let after = raw_similarity_with(&a, &b, &Idf::from_parts(bg, Some(&local)));
        assert!(after < before, "{after} !< {before}");
    }

    #[test]
    fn normal_quantile_matches_the_table() {
        assert!(normal_quantile(0.5).abs() < 1e-9);
        assert!((normal_quantile(0.975) - 1.959_964).abs() < 1e-5);
        assert!((normal_quantile(0.01) + 2.326_348).abs() < 1e-5);
        assert!((normal_quantile(0.2) + normal_quantile(0.8)).abs() < 1e-9);
    }

    #[test]
    fn a_sample_ranks_inside_and_measures_spread_beyond() {
        let s = Sample::of((0..99).map(|i| f64::from(i) / 1000.0));
        // the median impostor: no more unusual than chance
        assert!(s.z(0.049).abs() < 0.05, "{}", s.z(0.049));
        // ranks rise with the similarity
        assert!(s.z(0.09) > s.z(0.05));
        // beyond every impostor: degrees still count, in standard deviations
        assert!(s.z(0.2) > s.z(0.1) + 2.0);
        let sd = f64::from(s.sd);
        assert!((s.z(0.3) - (0.3 - f64::from(s.mean)) / sd).abs() < 1e-6);
    }

    #[test]
    fn shared_topic_is_taken_out_of_the_adjusted_part() {
        // impostors whose char similarity rises with the topic they share
        let sims: Vec<Sims> = (0..64)
            .map(|i| {
                let topic = f64::from(i % 8) / 20.0;
                let wobble = f64::from((i * 37) % 11) / 1000.0;
                [0.1 + 0.5 * topic + wobble, 0.0, 0.0, 0.0, topic]
            })
            .collect();
        let base = Baseline::of(&sims).unwrap();
        let only_char = [true, false, false, false];
        // as similar as a shared subject makes two documents
        let on_topic = [0.1 + 0.5 * 0.6 + 0.005, 0.0, 0.0, 0.0, 0.6];
        // as similar, with nothing to talk about in common
        let off_topic = [on_topic[0], 0.0, 0.0, 0.0, 0.0];
        assert!(base.z_beyond_topic(0, on_topic[0], on_topic[TOPIC]).abs() < 1.0);
        assert!(base.z_beyond_topic(0, off_topic[0], off_topic[TOPIC]) > 3.0);
        // the plain part cannot tell them apart; the score can
        assert_eq!(base.z(0, on_topic[0]), base.z(0, off_topic[0]));
        let parts = |s: &Sims| impostor_parts(s, &base, &base, only_char);
        assert_eq!(parts(&on_topic)[0], parts(&off_topic)[0]);
        assert!(parts(&off_topic)[1] > parts(&on_topic)[1] + 2.0);
        // a corpus that gives the adjusted part a share tells them apart
        assert!(impostor_z(parts(&off_topic), 0.5) > impostor_z(parts(&on_topic), 0.5) + 1.0);
        assert_eq!(impostor_z(parts(&on_topic), 0.0), parts(&on_topic)[0]);
    }

    #[test]
    fn the_topic_share_is_learnt_from_known_pairs() {
        // too few lessons: nothing learnt
        assert_eq!(learn_topic_share(&[[3.0, 3.0]; 5], &[[0.0, 0.0]; 50]), 0.0);
        // same-writer pairs that stand out as measured, not once topic is
        // out (writers who keep to their subjects): no share
        let differ: Vec<Parts> = (0..60)
            .map(|i| [f64::from(i % 7) / 3.0 - 1.0, f64::from(i % 5) / 2.0 - 1.0])
            .collect();
        let keep: Vec<Parts> = (0..30).map(|i| [2.0 + f64::from(i % 3), 0.0]).collect();
        assert_eq!(learn_topic_share(&keep, &differ), 0.0);
        // same-writer pairs that stand out only once topic is taken out
        // (writers who change subject): a share
        let change: Vec<Parts> = (0..30)
            .map(|i| [f64::from(i % 7) / 3.0 - 1.0, 2.0 + f64::from(i % 3)])
            .collect();
        let share = learn_topic_share(&change, &differ);
        assert!(share > 0.4 && share <= MAX_TOPIC_SHARE, "{share}");
    }

    #[test]
    fn tail_auc_looks_only_at_the_highest_negatives() {
        // nine negatives far below every positive, one above two of them:
        // the full AUC is high, the tail (the top tenth) sees only the one
        let mut neg = vec![0.0; 9];
        neg.push(2.5);
        let mut pos = vec![3.0, 1.0, 2.0];
        assert!((tail_auc(&mut pos, &mut neg.clone(), 1) - 1.0 / 3.0).abs() < 1e-12);
        // the top fifth: the 2.5 and a 0 (1/3 and 1), averaged
        assert!((tail_auc(&mut pos, &mut neg.clone(), 2) - 2.0 / 3.0).abs() < 1e-12);
        // a tie counts half
        *neg.last_mut().unwrap() = 2.0;
        assert!((tail_auc(&mut pos, &mut neg.clone(), 1) - 0.5).abs() < 1e-12);
        assert_eq!(tail_auc(&mut [], &mut neg, 1), 0.0);
        // the tail's size: a tenth rounded up, at least 20, at most all
        assert_eq!(
            [10, 30, 147, 200, 201, 2000].map(lesson_tail),
            [10, 20, 20, 20, 21, 200]
        );
    }

    #[test]
    fn a_small_corpus_reads_the_tail_from_at_least_twenty_strangers() {
        // same-writer pairs spread from 0 to 2.9 whatever the share
        let same: Vec<Parts> = (0..30).map(|i| [f64::from(i) / 10.0; 2]).collect();
        // four strangers far above them as measured that the topic-adjusted
        // part pulls down, sixteen it lifts, twenty well below
        let mut differ: Vec<Parts> = vec![[5.0, -3.0]; 4];
        differ.extend([[1.0, 3.0]; 16]);
        differ.extend([[-5.0, -5.0]; 20]);
        let tail = |share: f64, k: usize| {
            let mut pos: Vec<f64> = same.iter().map(|p| impostor_z(*p, share)).collect();
            let mut neg: Vec<f64> = differ.iter().map(|p| impostor_z(*p, share)).collect();
            tail_auc(&mut pos, &mut neg, k)
        };
        // read from the top tenth alone (four strangers), a share of 0.4
        // would look best; read from the top twenty, the sixteen it lifts
        // count too, and no share beats none
        assert!(tail(0.4, 4) > tail(0.0, 4) + 0.3);
        assert_eq!(lesson_tail(differ.len()), 20);
        assert!(tail(0.0, 20) > tail(0.4, 20) + 0.1);
        assert_eq!(learn_topic_share(&same, &differ), 0.0);
    }

    #[test]
    fn topic_similarity_follows_the_subject() {
        let idf = Idf::shipped();
        let rivers = prof(
            &"The river boats carried timber downstream past the mills and the harbour cranes. "
                .repeat(12),
        );
        let rivers2 = prof(
            &"Timber from the mills went down the river by boat to the harbour, where cranes unloaded it. "
                .repeat(12),
        );
        let tyres = prof(
            &"Our shop sells discount tyres, wheel alignment and brake repairs for every car. "
                .repeat(12),
        );
        let d = Dense::new(&rivers, idf);
        assert!((d.view_sims(&rivers, idf)[TOPIC] - 1.0).abs() < 1e-6);
        let near = d.view_sims(&rivers2, idf)[TOPIC];
        let far = d.view_sims(&tyres, idf)[TOPIC];
        assert!(near > 0.15 && far < 0.05, "{near} {far}");
    }
}
