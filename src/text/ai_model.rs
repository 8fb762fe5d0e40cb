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
//! The weights ([`WEIGHTS`], [`BIAS`]; `ai_weights.rs`, under 1 KB of data)
//! are a logistic regression fitted offline on the **development** split only
//! — human cover letters, résumés, student and learner essays, HC3 answers
//! against machine essays and answers — by
//! `cargo run --release --example eval_style -- ai-train`, which also reports
//! every machine source left out of the fit (docs/evaluation.md). The model
//! is linear, so each feature's share of a score (weight × value above the
//! human mean) says what drove it; HL204 highlights those words and marks.

use super::Field;
use super::style::MarkerKind;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

mod weights {
    include!("ai_weights.rs");
}
pub use weights::{BIAS, MEAN, THRESHOLD, WEIGHTS};

/// Function and discourse words whose rates are features (lower case).
/// Personal pronouns and words of the applicant's register ("my", "you",
/// "role", "ability") are left out: every human set with them is a letter and
/// every machine set an essay, so they would teach the genre, not the writer.
pub const WORDS: [&str; 132] = [
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "at",
    "by",
    "from",
    "about",
    "as",
    "into",
    "through",
    "that",
    "this",
    "these",
    "those",
    "it",
    "its",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "which",
    "who",
    "what",
    "when",
    "where",
    "while",
    "how",
    "why",
    "not",
    "no",
    "also",
    "just",
    "very",
    "really",
    "only",
    "even",
    "still",
    "however",
    "furthermore",
    "moreover",
    "additionally",
    "overall",
    "therefore",
    "thus",
    "although",
    "though",
    "because",
    "since",
    "whether",
    "both",
    "each",
    "every",
    "such",
    "various",
    "several",
    "many",
    "much",
    "more",
    "most",
    "other",
    "another",
    "often",
    "always",
    "never",
    "sometimes",
    "particularly",
    "especially",
    "ultimately",
    "potential",
    "ensure",
    "provide",
    "allows",
    "allow",
    "essential",
    "important",
    "key",
    "diverse",
    "unique",
    "individuals",
    "impact",
    "within",
    "across",
    "throughout",
    "among",
    "including",
    "like",
    "get",
    "got",
    "lot",
    "thing",
    "things",
    "kind",
    "pretty",
    "maybe",
    "well",
    "actually",
    "if",
    "then",
    "than",
    "there",
    "here",
    "all",
    "some",
    "any",
    "one",
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

static WORD_INDEX: LazyLock<HashMap<&'static str, usize>> =
    LazyLock::new(|| WORDS.iter().enumerate().map(|(i, w)| (*w, i)).collect());

fn rate(n: f64, words: f64) -> f32 {
    (1.0 + 100.0 * n / words.max(1.0)).ln() as f32
}

fn lower_word(w: &str, buf: &mut String) {
    buf.clear();
    buf.extend(w.chars().flat_map(char::to_lowercase));
}

/// The feature vector of a field (see the module documentation).
pub fn features(f: &Field) -> Vec<f32> {
    let mut x = vec![0f32; N];
    let words = f.word_count() as f64;
    let mut counts = [0u32; WORDS.len()];
    let mut buf = String::new();
    let (mut long, mut letters, mut caps_inside) = (0u32, 0usize, 0u32);
    let mut first100: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut sent = f.sentences.iter().peekable();
    for (i, r) in f.words.iter().enumerate() {
        let Some(w) = f.norm.get(r.clone()) else {
            continue;
        };
        lower_word(w, &mut buf);
        if let Some(&k) = WORD_INDEX.get(buf.as_str())
            && let Some(c) = counts.get_mut(k)
        {
            *c += 1;
        }
        let n = w.chars().filter(|c| c.is_alphabetic()).count();
        letters += n;
        long += u32::from(n >= 9);
        if i < 100 {
            first100.insert(buf.clone());
        }
        while sent.peek().is_some_and(|s| s.end <= r.start) {
            sent.next();
        }
        let starts_sentence = sent.peek().is_none_or(|s| s.start >= r.start);
        if !starts_sentence && buf != "i" && w.chars().next().is_some_and(char::is_uppercase) {
            caps_inside += 1;
        }
    }
    for (slot, c) in x.iter_mut().zip(counts) {
        *slot = rate(f64::from(c), words);
    }
    let t = &f.norm;
    let base = WORDS.len();
    for (k, (_, marks)) in PUNCT.iter().enumerate() {
        let n = t.chars().filter(|c| marks.contains(c)).count();
        if let Some(slot) = x.get_mut(base + k) {
            *slot = rate(n as f64, words);
        }
    }
    let base = base + PUNCT.len();
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
    let contractions = f
        .word_strs()
        .filter(|w| w.contains(['\'', '’']) && !w.ends_with(['\'', '’']))
        .count();
    let lex = f.lexicon_score();
    let distinct = lex.distinct;
    let shape = [
        rate(strong, words),
        rate(medium, words),
        rate(formula, words),
        (1.0 + distinct as f64).ln() as f32,
        (words / sentences).min(80.0).ln_1p() as f32,
        f.sentence_cv()
            .map_or(0.0, |cv| (0.6 - cv).clamp(-0.6, 0.6)) as f32,
        rate(f64::from(long), words),
        (letters as f64 / words.max(1.0)) as f32,
        if words >= 100.0 {
            first100.len() as f32 / 100.0
        } else {
            0.7
        },
        rate(contractions as f64, words),
        rate(lower_starts as f64, sentences),
        rate(f64::from(caps_inside), words),
        lex.density.min(8.0) as f32,
    ];
    for (slot, v) in x.iter_mut().skip(base).zip(shape) {
        *slot = v;
    }
    x
}

/// Name of feature `i` (for evidence and reports).
pub fn name(i: usize) -> String {
    if let Some(w) = WORDS.get(i) {
        return format!("\"{w}\"");
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
            .zip(WEIGHTS.iter())
            .map(|(a, w)| f64::from(a * w))
            .sum::<f64>()
}

/// Each feature's contribution above the human mean, `w · (x − mean)`.
pub fn contributions(x: &[f32]) -> Vec<(usize, f32)> {
    x.iter()
        .zip(WEIGHTS.iter().zip(MEAN.iter()))
        .enumerate()
        .map(|(i, (a, (w, m)))| (i, w * (a - m)))
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
        assert_eq!(WEIGHTS.len(), N);
        assert_eq!(MEAN.len(), N);
        let mut w = WORDS.to_vec();
        w.sort_unstable();
        w.dedup();
        assert_eq!(w.len(), WORDS.len(), "duplicate word feature");
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
