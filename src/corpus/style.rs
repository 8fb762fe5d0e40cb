//! Writing-style profiles for "same author?" between two texts.
//!
//! A profile is two frequency vectors over the subject's prose: character
//! 3-grams of the lower-cased text (hashed into [`CHAR_DIMS`] buckets) and
//! the relative frequencies of [`FUNCTION_WORDS`] (topic-independent words
//! whose rates are a classic authorship marker). Values are square-rooted
//! (so frequent n-grams do not drown the rest), scaled and stored as bytes.
//! Similarity is the mean of the two cosines, mapped to a 0–1 score by a
//! logistic set on 200-word windows of Reuters C50 (see docs/evaluation.md). Scores inside the abstain band are not answers.
//!
//! Measured on short text it is weak (docs/evaluation.md: AUC 0.73 on
//! 200-word Reuters windows, chance on learner essays), so this signal is
//! low-weight and never joins clusters on its own.

use serde::Serialize;

pub const CHAR_DIMS: usize = 1024;
/// Words needed on each side before a score is given.
pub const MIN_WORDS: usize = 150;
/// Scores in `[ABSTAIN_LOW, ABSTAIN_HIGH]` are "no answer".
pub const ABSTAIN_LOW: f64 = 0.35;
pub const ABSTAIN_HIGH: f64 = 0.65;
/// A score at or above this is reported as a hint.
pub const HINT_SCORE: f64 = 0.8;
/// Logistic mapping of the combined cosine, set from the quartiles of
/// same- and different-author 200-word windows of Reuters C50 (proposal
/// length; see docs/evaluation.md). Longer texts score higher on both sides,
/// so on 700-word essays most answers are "same": the abstain band and the
/// low weight are the guard.
pub const LOGIT_CENTRE: f64 = 0.70;
pub const LOGIT_SCALE: f64 = 30.0;

/// English function words (articles, pronouns, prepositions, conjunctions, auxiliaries).
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an",
    "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
    "each", "either", "even", "ever", "every", "few", "for", "from", "further", "had", "has",
    "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in",
    "into", "is", "it", "its", "just", "may", "me", "might", "more", "most", "much", "must", "my",
    "neither", "no", "nor", "not", "now", "of", "off", "often", "on", "once", "only", "or",
    "other", "our", "out", "over", "own", "quite", "rather", "same", "shall", "she", "should",
    "since", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "though", "through", "thus", "to", "too", "under", "until",
    "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which",
    "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet",
    "you", "your",
];

/// A stored style profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub words: u32,
    /// sqrt-scaled char 3-gram frequencies, 0–255.
    pub chars: Vec<u8>,
    /// sqrt-scaled function-word frequencies, 0–255, in [`FUNCTION_WORDS`] order.
    pub function: Vec<u8>,
}

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

fn fnv(bytes: &[u8]) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

fn quantize(v: &[f64]) -> Vec<u8> {
    let max = v.iter().copied().fold(0.0f64, f64::max);
    if max <= 0.0 {
        return vec![0; v.len()];
    }
    v.iter()
        .map(|x| ((x / max) * 255.0).round().clamp(0.0, 255.0) as u8)
        .collect()
}

/// Build a profile from pieces of prose (each a normalized field text and
/// its word list). Returns a profile even for short text; comparisons check
/// [`MIN_WORDS`].
pub fn profile<'a>(pieces: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Profile {
    let mut chars = vec![0f64; CHAR_DIMS];
    let mut fw = vec![0f64; FUNCTION_WORDS.len()];
    let mut words = 0u32;
    let mut buf: Vec<char> = Vec::new();
    for (text, ws) in pieces {
        words += ws.len() as u32;
        for w in ws {
            let lw = w.to_lowercase();
            if let Ok(i) = FUNCTION_WORDS.binary_search(&lw.as_str()) {
                if let Some(x) = fw.get_mut(i) {
                    *x += 1.0;
                }
            }
        }
        buf.clear();
        buf.push(' ');
        let mut last_space = true;
        for c in text.chars().flat_map(char::to_lowercase) {
            // collapse runs of white space; keep punctuation
            let c = if c.is_whitespace() { ' ' } else { c };
            if c == ' ' && last_space {
                continue;
            }
            last_space = c == ' ';
            buf.push(c);
        }
        let mut tmp = [0u8; 12];
        for g in buf.windows(3) {
            let mut n = 0;
            for c in g {
                n += c.encode_utf8(tmp.get_mut(n..).unwrap_or(&mut [])).len();
            }
            let h = fnv(tmp.get(..n).unwrap_or(&[])) as usize % CHAR_DIMS;
            if let Some(x) = chars.get_mut(h) {
                *x += 1.0;
            }
        }
    }
    let total_c: f64 = chars.iter().sum::<f64>().max(1.0);
    let total_w = f64::from(words.max(1));
    let chars: Vec<f64> = chars.iter().map(|c| (c / total_c).sqrt()).collect();
    let fw: Vec<f64> = fw.iter().map(|c| (c / total_w).sqrt()).collect();
    Profile {
        words,
        chars: quantize(&chars),
        function: quantize(&fw),
    }
}

fn cosine(a: &[u8], b: &[u8]) -> f64 {
    let (mut ab, mut aa, mut bb) = (0u64, 0u64, 0u64);
    for (x, y) in a.iter().zip(b.iter()) {
        let (x, y) = (u64::from(*x), u64::from(*y));
        ab += x * y;
        aa += x * x;
        bb += y * y;
    }
    if aa == 0 || bb == 0 {
        return 0.0;
    }
    ab as f64 / ((aa as f64).sqrt() * (bb as f64).sqrt())
}

/// The combined cosine of two profiles (0–1), before calibration.
pub fn raw_similarity(a: &Profile, b: &Profile) -> f64 {
    0.5 * cosine(&a.chars, &b.chars) + 0.5 * cosine(&a.function, &b.function)
}

/// Calibrated score (0–1) from the combined cosine.
pub fn calibrate(raw: f64) -> f64 {
    1.0 / (1.0 + (-(raw - LOGIT_CENTRE) * LOGIT_SCALE).exp())
}

/// Same author? Abstains on short text and inside the abstain band.
pub fn compare(a: &Profile, b: &Profile) -> Verdict {
    if (a.words as usize) < MIN_WORDS || (b.words as usize) < MIN_WORDS {
        return Verdict::InsufficientText {
            words_a: a.words,
            words_b: b.words,
        };
    }
    let score = calibrate(raw_similarity(a, b));
    if (ABSTAIN_LOW..=ABSTAIN_HIGH).contains(&score) {
        Verdict::Uncertain { score }
    } else {
        Verdict::Scored { score }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prof(text: &str) -> Profile {
        let ws: Vec<&str> = text.split_whitespace().collect();
        profile(std::iter::once((text, ws)))
    }

    #[test]
    fn function_words_are_sorted() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
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
        assert!(raw_similarity(&pa, &pb) < raw_similarity(&pa, &pa) - 0.2);
        assert!(matches!(compare(&pa, &pa), Verdict::Scored { score } if score > 0.9));
    }
}
