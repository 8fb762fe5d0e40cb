//! A small linear model of assistant-style prose (HL204).
//!
//! [`features`] measures a field of the subject's prose as a few hundred
//! numbers, each `ln(1 + rate per 100 words)` or a shape measure: the rates of
//! function and discourse words ([`WORDS`]), of the AI-style lexicon's three
//! groups (strong words, words also common in human formal writing, stock
//! formulas; see [`super::style`]), of punctuation ([`PUNCT`]) and sentence
//! and word shape (length, spread, vocabulary richness, contractions). Line
//! breaks and list formatting are deliberately **not** features: how a
//! platform or a scrape kept a text's lines says nothing about who wrote it.
//!
//! The weights ([`weight`], [`BIAS`]; `ai_weights.rs`, 474 bytes of data: i16 and u8)
//! are a logistic regression fitted offline on the **development** split only
//! — human cover letters, résumés, student and learner essays, HC3 answers
//! against machine essays and answers — by
//! `cargo run --release --example eval_style -- ai-train`, which also reports
//! every machine source left out of the fit (docs/evaluation.md). The model
//! is linear, so each feature's share of a score (weight × value above the
//! human mean) says what drove it; HL204 highlights those words and marks.

use super::Field;
use super::style::MarkerKind;
use std::ops::Range;

mod weights {
    include!("ai_weights.rs");
}
pub use weights::{BIAS, THRESHOLD};
use weights::{MEAN_Q, WEIGHTS_Q};

/// Weight of feature `i` (0 past the end).
pub fn weight(i: usize) -> f32 {
    WEIGHTS_Q.get(i).map_or(0.0, |q| f32::from(*q) / 4096.0)
}

/// Mean of feature `i` over the fitted human texts.
pub fn mean(i: usize) -> f32 {
    MEAN_Q.get(i).map_or(0.0, |q| f32::from(*q) / 32.0)
}

/// Function and discourse words whose rates are features (lower case, sorted).
/// Personal pronouns and words of the applicant's register ("my", "you",
/// "role", "ability") are left out: every human set with them is a letter and
/// every machine set an essay, so they would teach the genre, not the writer.
pub const WORDS: [&str; 132] = [
    "a",
    "about",
    "across",
    "actually",
    "additionally",
    "all",
    "allow",
    "allows",
    "also",
    "although",
    "always",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "being",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "diverse",
    "do",
    "does",
    "each",
    "ensure",
    "especially",
    "essential",
    "even",
    "every",
    "for",
    "from",
    "furthermore",
    "get",
    "got",
    "had",
    "has",
    "have",
    "here",
    "how",
    "however",
    "if",
    "impact",
    "important",
    "in",
    "including",
    "individuals",
    "into",
    "is",
    "it",
    "its",
    "just",
    "key",
    "kind",
    "like",
    "lot",
    "many",
    "may",
    "maybe",
    "might",
    "more",
    "moreover",
    "most",
    "much",
    "must",
    "never",
    "no",
    "not",
    "of",
    "often",
    "on",
    "one",
    "only",
    "or",
    "other",
    "overall",
    "particularly",
    "potential",
    "pretty",
    "provide",
    "really",
    "several",
    "should",
    "since",
    "so",
    "some",
    "sometimes",
    "still",
    "such",
    "than",
    "that",
    "the",
    "then",
    "there",
    "therefore",
    "these",
    "thing",
    "things",
    "this",
    "those",
    "though",
    "through",
    "throughout",
    "thus",
    "to",
    "ultimately",
    "unique",
    "various",
    "very",
    "was",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "within",
    "would",
];

/// Punctuation and symbol marks whose rates are features.
pub const PUNCT: [(&str, &[char]); 13] = [
    ("commas", &[',']),
    ("semicolons", &[';']),
    ("colons", &[':']),
    ("dashes", &['—', '–']),
    ("hyphens", &['-']),
    ("parentheses", &['(']),
    ("double quotes", &['"', '“', '”']),
    ("apostrophes", &['\'', '’']),
    ("exclamation marks", &['!']),
    ("question marks", &['?']),
    (
        "digits",
        &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    ),
    ("slashes", &['/']),
    ("ampersands", &['&']),
];

/// Shape features after the word, lexicon and punctuation rates.
pub const SHAPE: [&str; 13] = [
    "strong assistant words",
    "formal words also common in human writing",
    "stock assistant formulas",
    "distinct assistant markers",
    "mean sentence length",
    "uniform sentence lengths",
    "long words",
    "mean word length",
    "vocabulary richness",
    "contractions",
    "sentences starting in lower case",
    "capitalised words inside sentences",
    "assistant lexicon score",
];

/// Number of features.
pub const N: usize = WORDS.len() + PUNCT.len() + SHAPE.len();

fn rate(n: f64, words: f64) -> f32 {
    (1.0 + 100.0 * n / words.max(1.0)).ln() as f32
}

/// Index in [`PUNCT`] of a mark.
fn punct(c: char) -> Option<usize> {
    Some(match c {
        ',' => 0,
        ';' => 1,
        ':' => 2,
        '—' | '–' => 3,
        '-' => 4,
        '(' => 5,
        '"' | '“' | '”' => 6,
        '\'' | '’' => 7,
        '!' => 8,
        '?' => 9,
        '0'..='9' => 10,
        '/' => 11,
        '&' => 12,
        _ => return None,
    })
}

/// The feature vector of a field (see the module documentation).
pub fn features(f: &Field) -> Vec<f32> {
    features_with(f, &f.lexicon_score())
}

/// [`features`], given the field's lexicon score.
pub fn features_with(f: &Field, lex: &super::style::AiScore) -> Vec<f32> {
    let mut x = vec![0f32; N];
    let words = f.word_count() as f64;
    let mut counts = [0u32; WORDS.len()];
    let (mut long, mut letters, mut caps_inside, mut contractions) = (0u32, 0usize, 0u32, 0u32);
    // distinct words among the first 100: an open-addressing set of hashes
    let mut seen = [0u64; 256];
    let mut distinct = 0u32;
    let mut sent = f.sentences.iter().peekable();
    let mut buf = [0u8; 16];
    for (i, r) in f.words.iter().enumerate() {
        let Some(w) = f.norm.get(r.clone()) else {
            continue;
        };
        let b = w.as_bytes();
        // ASCII words up to 16 bytes are looked up (every entry of WORDS is)
        let lower: &[u8] = if b.len() <= buf.len() && w.is_ascii() {
            let l = buf.get_mut(..b.len()).unwrap_or(&mut []);
            for (d, c) in l.iter_mut().zip(b) {
                *d = c.to_ascii_lowercase();
            }
            l
        } else {
            &[]
        };
        if !lower.is_empty()
            && let Ok(k) = WORDS.binary_search_by(|e| e.as_bytes().cmp(lower))
            && let Some(c) = counts.get_mut(k)
        {
            *c += 1;
        }
        let n = if w.is_ascii() {
            b.iter().filter(|c| c.is_ascii_alphabetic()).count()
        } else {
            w.chars().filter(|c| c.is_alphabetic()).count()
        };
        letters += n;
        long += u32::from(n >= 9);
        if i < 100 {
            // FNV-1a of the lower-cased word (vocabulary richness of the first 100 words)
            let mut h = 0xcbf2_9ce4_8422_2325u64;
            for c in w.chars().flat_map(char::to_lowercase) {
                h = (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
            }
            let h = h | 1; // 0 marks an empty slot
            let mut k = (h >> 56) as usize;
            while let Some(slot) = seen.get_mut(k % 256) {
                if *slot == h {
                    break;
                }
                if *slot == 0 {
                    *slot = h;
                    distinct += 1;
                    break;
                }
                k += 1;
            }
        }
        if w.contains(['\'', '’']) && !w.ends_with(['\'', '’']) {
            contractions += 1;
        }
        while sent.peek().is_some_and(|s| s.end <= r.start) {
            sent.next();
        }
        let starts_sentence = sent.peek().is_none_or(|s| s.start >= r.start);
        if !starts_sentence
            && w != "I"
            && !w.starts_with("I'")
            && b.first().is_some_and(u8::is_ascii_uppercase)
        {
            caps_inside += 1;
        }
    }
    for (slot, c) in x.iter_mut().zip(counts) {
        *slot = rate(f64::from(c), words);
    }
    let t = &f.norm;
    let mut marks = [0u32; PUNCT.len()];
    for c in t.chars() {
        if let Some(m) = punct(c).and_then(|k| marks.get_mut(k)) {
            *m += 1;
        }
    }
    for (slot, n) in x.iter_mut().skip(WORDS.len()).zip(marks) {
        *slot = rate(f64::from(n), words);
    }
    let (mut strong, mut medium, mut formula) = (0.0, 0.0, 0.0);
    for m in f.markers() {
        match m.kind {
            MarkerKind::Formula => formula += 1.0,
            MarkerKind::Word if m.weight >= 1.0 => strong += 1.0,
            MarkerKind::Word => medium += 1.0,
        }
    }
    let sentences = f.sentences.len().max(1) as f64;
    let lower_starts = f
        .sentences
        .iter()
        .filter_map(|s| t.get(s.clone()))
        .filter(|s| s.chars().next().is_some_and(char::is_lowercase))
        .count();
    let shape = [
        rate(strong, words),
        rate(medium, words),
        rate(formula, words),
        (1.0 + lex.distinct as f64).ln() as f32,
        (1.0 + (words / sentences).min(80.0)).ln() as f32,
        f.sentence_cv()
            .map_or(0.0, |cv| (0.6 - cv).clamp(-0.6, 0.6)) as f32,
        rate(f64::from(long), words),
        (letters as f64 / words.max(1.0)) as f32,
        if words >= 100.0 {
            distinct as f32 / 100.0
        } else {
            0.7
        },
        rate(f64::from(contractions), words),
        rate(lower_starts as f64, sentences),
        rate(f64::from(caps_inside), words),
        lex.density.min(8.0) as f32,
    ];
    for (slot, v) in x.iter_mut().skip(WORDS.len() + PUNCT.len()).zip(shape) {
        *slot = v;
    }
    x
}

/// Name of feature `i` (for evidence and reports).
pub fn name(i: usize) -> String {
    if let Some(w) = WORDS.get(i) {
        let mut s = String::with_capacity(w.len() + 2);
        s.push('"');
        s.push_str(w);
        s.push('"');
        return s;
    }
    let i = i - WORDS.len();
    if let Some((p, _)) = PUNCT.get(i) {
        return (*p).to_owned();
    }
    SHAPE
        .get(i - PUNCT.len())
        .map_or_else(String::new, |s| (*s).to_owned())
}

/// The model's logit for a feature vector.
pub fn logit(x: &[f32]) -> f64 {
    f64::from(BIAS)
        + x.iter()
            .enumerate()
            .map(|(i, a)| f64::from(a * weight(i)))
            .sum::<f64>()
}

/// Each feature's contribution above the human mean, `w · (x − mean)`.
pub fn contributions(x: &[f32]) -> Vec<(usize, f32)> {
    x.iter()
        .enumerate()
        .map(|(i, a)| (i, weight(i) * (a - mean(i))))
        .collect()
}

/// Spans in `norm` of feature `i` (word features: that word; punctuation:
/// those marks; the lexicon groups: their markers). Empty for shape features.
pub fn spans(f: &Field, i: usize) -> Vec<Range<usize>> {
    if let Some(w) = WORDS.get(i) {
        return f
            .words
            .iter()
            .filter(|r| {
                f.norm
                    .get((*r).clone())
                    .is_some_and(|x| x.eq_ignore_ascii_case(w))
            })
            .cloned()
            .collect();
    }
    let j = i - WORDS.len();
    if let Some((_, marks)) = PUNCT.get(j) {
        if j == 10 {
            return Vec::new(); // digits: not worth highlighting
        }
        return f
            .norm
            .char_indices()
            .filter(|(_, c)| marks.contains(c))
            .map(|(b, c)| b..b + c.len_utf8())
            .collect();
    }
    let k = j - PUNCT.len();
    f.markers()
        .iter()
        .filter(|m| match k {
            0 => m.kind == MarkerKind::Word && m.weight >= 1.0,
            1 => m.kind == MarkerKind::Word && m.weight < 1.0,
            2 => m.kind == MarkerKind::Formula,
            3 | 12 => true,
            _ => false,
        })
        .map(|m| m.range.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Author, Source};

    #[test]
    fn tables_agree() {
        assert_eq!(WEIGHTS_Q.len(), N);
        assert_eq!(MEAN_Q.len(), N);
        assert!(
            WORDS.windows(2).all(|p| p[0] < p[1]),
            "WORDS must be sorted and distinct (binary search)"
        );
    }

    #[test]
    fn features_measure_the_text() {
        let f = Field::new(
            "t".into(),
            Source::ProposalText,
            Author::Subject,
            None,
            "Furthermore, the plan is robust; however, we delve into it. The team agrees.",
        );
        let x = features(&f);
        assert_eq!(x.len(), N);
        let at = |w: &str| WORDS.iter().position(|x| *x == w).unwrap();
        assert!(x[at("furthermore")] > 0.0 && x[at("however")] > 0.0);
        assert_eq!(x[at("because")], 0.0);
        assert!(x[WORDS.len() + 1] > 0.0, "semicolon");
        assert!(x[WORDS.len() + PUNCT.len()] > 0.0, "strong words");
        assert_eq!(spans(&f, at("the")).len(), 2);
    }
}
