//! Fixed lists of ASCII words and phrases, found without building a regex.
//!
//! A [`Phrases`] list finds exactly what the pattern `(?i)\b(?:p1|p2|…)\b`
//! (with this crate's ASCII `\b`, see [`re`](super::re)) finds on text that has
//! been through NFKC, as every [`Field::norm`](super::Field::norm) has: the
//! leftmost match, and at that position the first phrase of the list, in list
//! order, that ends at a word boundary. Building such an alternation as a
//! regex is what made the first `analyze` slow (a case-insensitive
//! alternation of 50 words costs about 0.6 ms to compile natively, far more in
//! WebAssembly). Here one pass over the text looks each whole ASCII word up
//! by its hash, and tries the few phrases with a space or punctuation where
//! they could start; nothing is built beyond a small index on first use.
//!
//! Write each phrase in lower case, with every optional part spelled out in
//! the order a regex tries it (greedy first: `realms?` is `"realms", "realm"`).
//! A `*` in a phrase stands for `\s*` (any run of Unicode white space,
//! possibly empty). Case is compared ASCII-only: of the characters Unicode
//! case folding adds to ASCII letters, KELVIN SIGN and LONG S, NFKC leaves
//! neither.

use std::ops::Range;
use std::sync::OnceLock;

/// A list of phrases; see the module documentation.
pub struct Phrases {
    /// The phrases, separated by `|`: one string, so the list costs the
    /// module no pointer per phrase.
    source: &'static str,
    /// The phrases split and indexed, on first use.
    index: OnceLock<Index>,
}

struct Index {
    list: Vec<&'static str>,
    /// Phrases made only of word characters, by the hash of their text, with
    /// their list index: such a phrase matches exactly when it is a whole
    /// ASCII word.
    words: Vec<(u64, u16)>,
    /// Bit `min(len, 63)` of `lengths[slot(first byte)]` is set when a plain
    /// word of that length begins with that letter: most words of a text are
    /// turned away by this test alone, before any hashing.
    lengths: [u64; 27],
    /// The other phrases (with a space, `-`, `.`, `#`, `/` or `*`), by list index.
    others: Vec<u16>,
}

/// FNV-1a of the lower-cased bytes.
fn hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
    })
}

fn slot(word: &[u8]) -> usize {
    match word.first().map(u8::to_ascii_lowercase) {
        Some(c @ b'a'..=b'z') => usize::from(c - b'a'),
        _ => 26,
    }
}

fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl Index {
    fn of(source: &'static str) -> Index {
        let list: Vec<&'static str> = source.split('|').collect();
        let mut words = Vec::new();
        let mut others = Vec::new();
        let mut lengths = [0u64; 27];
        for (i, p) in list.iter().enumerate() {
            let Ok(i) = u16::try_from(i) else { break };
            if p.bytes().all(|b| is_word(Some(&b))) {
                words.push((hash(p.as_bytes()), i));
                if let Some(m) = lengths.get_mut(slot(p.as_bytes())) {
                    *m |= length_bit(p.len());
                }
            } else {
                others.push(i);
            }
        }
        crate::sort::values(&mut words);
        Index {
            list,
            words,
            lengths,
            others,
        }
    }

    /// The first phrase in list order that is exactly `word` (any ASCII case).
    fn word(&self, word: &[u8]) -> Option<u16> {
        let list = &self.list;
        if self
            .lengths
            .get(slot(word))
            .is_none_or(|m| m & length_bit(word.len()) == 0)
        {
            return None;
        }
        let h = hash(word);
        let from = self.words.partition_point(|w| w.0 < h);
        self.words
            .get(from..)?
            .iter()
            .take_while(|w| w.0 == h)
            .map(|w| w.1)
            .find(|&i| {
                list.get(usize::from(i))
                    .is_some_and(|p| p.as_bytes().eq_ignore_ascii_case(word))
            })
    }
}

fn is_word(b: Option<&u8>) -> bool {
    b.is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// ASCII word boundary at byte `i` of `t`, as `(?-u:\b)` sees it.
fn boundary(t: &[u8], i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|j| t.get(j));
    is_word(before) != is_word(t.get(i))
}

/// The end of `phrase` matched at byte `at` of `text`, if it matches there.
fn match_at(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let t = text.as_bytes();
    let mut i = at;
    for &p in phrase.as_bytes() {
        if p == b'*' {
            let rest = text.get(i..)?;
            let ws: usize = rest
                .chars()
                .take_while(|c| c.is_whitespace())
                .map(char::len_utf8)
                .sum();
            i += ws;
            continue;
        }
        if t.get(i)?.to_ascii_lowercase() != p {
            return None;
        }
        i += 1;
    }
    Some(i)
}

impl Phrases {
    /// Phrases in lower case, separated by `|`, in the order the alternation
    /// would list them.
    pub const fn new(source: &'static str) -> Phrases {
        Phrases {
            source,
            index: OnceLock::new(),
        }
    }

    /// The phrases, as given.
    pub fn list(&self) -> impl Iterator<Item = &'static str> {
        self.source.split('|')
    }

    /// The leftmost match starting at or after byte `from`.
    pub fn find_at(&self, text: &str, from: usize) -> Option<Range<usize>> {
        let index = self.index.get_or_init(|| Index::of(self.source));
        let t = text.as_bytes();
        let mut at = from;
        while let Some(&c) = t.get(at) {
            let start = at;
            at += 1;
            let mut best: Option<(u16, usize)> = None;
            if is_word(Some(&c)) {
                while is_word(t.get(at)) {
                    at += 1;
                }
                if !boundary(t, start) {
                    continue;
                }
                // The whole word among the plain words.
                if let Some(run) = t.get(start..at) {
                    best = index.word(run).map(|i| (i, at));
                }
            } else if !boundary(t, start) {
                continue;
            }
            let c = c.to_ascii_lowercase();
            for &i in &index.others {
                if best.is_some_and(|(b, _)| b < i) {
                    break;
                }
                let Some(p) = index.list.get(usize::from(i)) else {
                    continue;
                };
                if p.as_bytes().first() != Some(&c) {
                    continue;
                }
                if let Some(end) = match_at(text, start, p) {
                    if boundary(t, end) {
                        best = Some((i, end));
                        break;
                    }
                }
            }
            if let Some((_, end)) = best {
                return Some(start..end);
            }
        }
        None
    }

    /// The leftmost match.
    pub fn find(&self, text: &str) -> Option<Range<usize>> {
        self.find_at(text, 0)
    }

    /// Every match, left to right, not overlapping (as `Regex::find_iter`).
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let r = self.find_at(text, from)?;
            from = r.end.max(r.start + 1);
            Some(r)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_the_alternation_finds() {
        static P: Phrases =
            Phrases::new("react|react native|c#|.net|rest*api|realms|realm|ever-evolving");
        let rx = super::super::reference_re(
            r"(?i)\b(?:react|react native|c#|\.net|rest\s*api|realms?|ever-evolving)\b",
        );
        for t in [
            "React Native",
            "reactive react",
            "C#",
            "C# and",
            "c#x",
            ".NET",
            "ASP.NET Core",
            "REST API, rest\u{2003}\u{2003}api, restapi, rest_api",
            "realm realms realmsx",
            "an ever-evolving, ever-evolvingly",
            "über react",
            "réact react_ 9react react9 react",
            "",
        ] {
            let want: Vec<_> = rx.find_iter(t).map(|m| m.range()).collect();
            let got: Vec<_> = P.find_iter(t).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }
}
