//! Patterns compiled only when the words they need occur.
//!
//! A [`Gated`] pattern pairs a regex with a gate: a cheap test, on the ASCII
//! words of a field, that every match of the regex needs to pass (for
//! example "one of *friend, cousin, brother…* occurs"). Where the gate fails
//! the field cannot match, so the regex is neither searched nor, when no
//! field passes, compiled at all: building the phrase patterns is most of
//! what the first `analyze` costs, and most documents contain the words of
//! few of them.
//!
//! A gate must be *necessary*, never a guess: it may let through text the
//! regex does not match, but it must let through every text it does match.
//! The gates are written by hand beside each pattern, from these facts:
//!
//! - [`Words::has`]`("frie")` is true when some maximal run of ASCII word
//!   characters (`[A-Za-z0-9_]`, the words of `(?-u:\b)`), lower-cased,
//!   *starts with* `frie`. A keyword that a pattern writes after `\b`,
//!   `\s`, the start of the text or a non-word character begins such a run
//!   in every match, whatever follows it.
//! - [`Words::is`]`("no")` is true when `no` is such a run, whole: for a
//!   keyword a pattern writes between `\b` (or `\s`, or a non-word
//!   character) on both sides.
//! - [`Words::pair_any`]`(&["my"], &["cam"])` is true when the word `my` is
//!   followed by a word starting with `cam` with only white space (or `-`,
//!   or characters outside ASCII) between: for keywords a pattern joins by
//!   `\s+` or `[- ]`.
//! - [`Words::cjk`] is true when the field has a character in U+3000–U+DFFF
//!   or U+F000–U+FFFF (kana, CJK ideographs, Hangul, full-width forms): every
//!   Japanese or Korean alternative of the patterns needs one.
//!
//! Under `cfg(test)` (and with the `gate-check` feature) every rejection is
//! checked against the regex itself, so each unit test of a rule also tests
//! the soundness of its gates, and a corpus run through a CLI built with
//! `--features gate-check` tests them on real text.

use regex::Regex;
use std::sync::LazyLock;

use super::Field;

/// The ASCII words of a text, sorted, for prefix look-ups.
///
/// Each word is kept as its first 16 bytes, lower-cased and packed into two
/// big-endian integers (zero-padded: words hold no NUL), so that the words
/// starting with a prefix form one range of the sorted list. Keywords are
/// at most 16 bytes long; a longer one is treated as present.
#[derive(Debug, Clone, Default)]
pub struct Words {
    keys: Vec<(u64, u64)>,
    /// Words next to each other ([`Words::pair_any`]): the first 8 bytes of
    /// each, in text order.
    pairs: Vec<(u64, u64)>,
    cjk: bool,
}

/// `bytes` (at most 16, lower-cased) packed as a key; the rest zero.
fn key(bytes: &[u8]) -> (u64, u64) {
    let mut k = [0u8; 16];
    for (d, s) in k.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    let (a, b) = k.split_at(8);
    let mut x = [0u8; 8];
    x.copy_from_slice(a);
    let mut y = [0u8; 8];
    y.copy_from_slice(b);
    (u64::from_be_bytes(x), u64::from_be_bytes(y))
}

/// The largest key that starts with a `len`-byte prefix whose key is `k`.
fn top(k: (u64, u64), len: usize) -> (u64, u64) {
    let fill = |n: usize| if n >= 8 { 0 } else { u64::MAX >> (8 * n) };
    if len < 8 {
        (k.0 | fill(len), u64::MAX)
    } else {
        (k.0, k.1 | fill(len - 8))
    }
}

impl Words {
    pub fn of(text: &str) -> Words {
        let mut keys: Vec<(u64, u64)> = Vec::with_capacity(text.len() / 5 + 1);
        let mut pairs: Vec<(u64, u64)> = Vec::new();
        let mut cjk = false;
        // the word being read: its first 16 bytes, lower-cased, packed
        // big-endian, and its length so far (a word longer than 16 bytes is
        // kept as its first 16: `is` may then take it for a 16-byte word,
        // never the reverse)
        let (mut k0, mut k1, mut len) = (0u64, 0u64, 0usize);
        // the first 8 bytes of the word before, and whether the bytes since
        // it could all be white space (or `-`)
        let mut prev: Option<u64> = None;
        let mut joined = true;
        let mut end = |k: (u64, u64), prev: &mut Option<u64>, joined: &mut bool| {
            keys.push(k);
            if let Some(p) = *prev {
                if *joined {
                    pairs.push((p, k.0));
                }
            }
            *prev = Some(k.0);
            *joined = true;
        };
        for &c in text.as_bytes() {
            if c.is_ascii_alphanumeric() || c == b'_' {
                let c = u64::from(c.to_ascii_lowercase());
                if len < 8 {
                    k0 |= c << (8 * (7 - len));
                } else if len < 16 {
                    k1 |= c << (8 * (15 - len));
                }
                len += 1;
                continue;
            }
            if len > 0 {
                end((k0, k1), &mut prev, &mut joined);
                (k0, k1, len) = (0, 0, 0);
            }
            if c == b'%' {
                // "%" counts as a word of its own ("50% upfront")
                end((u64::from(c) << 56, 0), &mut prev, &mut joined);
            } else if c.is_ascii() {
                joined &= c.is_ascii_whitespace() || c == 0x0B || c == b'-';
            } else {
                cjk |= (0xE3..=0xED).contains(&c) || c == 0xEF;
            }
        }
        if len > 0 {
            end((k0, k1), &mut prev, &mut joined);
        }
        crate::sort::values(&mut keys);
        keys.dedup();
        Words { keys, pairs, cjk }
    }

    /// Some whole word of `firsts` (compared on its first 8 bytes) is
    /// followed by a word starting with one of `seconds` (compared on at
    /// most 8 bytes), with nothing between them but white space, `-` or
    /// characters outside ASCII: what `first\s+second` (or `first[- ]second`)
    /// needs.
    pub fn pair_any(&self, firsts: &[&str], seconds: &[&str]) -> bool {
        if self.pairs.is_empty() {
            return false;
        }
        if firsts.len() > 32 || seconds.len() > 32 {
            return true; // (lists this long are not compared: let the text through)
        }
        let mut f = [u64::MAX; 32];
        for (d, x) in f.iter_mut().zip(firsts) {
            *d = key(x.as_bytes()).0;
        }
        let mut s = [(u64::MAX, 0u64); 32];
        for (d, y) in s.iter_mut().zip(seconds) {
            let n = y.len().min(8);
            let mask = if n == 0 { 0 } else { u64::MAX << (8 * (8 - n)) };
            *d = (key(y.as_bytes()).0, mask);
        }
        let (f, s) = (
            f.get(..firsts.len()).unwrap_or_default(),
            s.get(..seconds.len()).unwrap_or_default(),
        );
        self.pairs
            .iter()
            .any(|&(a, b)| f.contains(&a) && s.iter().any(|&(k, m)| b & m == k))
    }

    /// Some ASCII word of the text starts with `prefix` (lower case).
    pub fn has(&self, prefix: &str) -> bool {
        let p = prefix.as_bytes();
        if p.len() > 16 {
            return true;
        }
        let lo = key(p);
        let hi = top(lo, p.len());
        let i = self.keys.partition_point(|k| *k < lo);
        self.keys.get(i).is_some_and(|k| *k <= hi)
    }

    /// Some ASCII word starts with one of `prefixes`.
    pub fn any(&self, prefixes: &[&str]) -> bool {
        prefixes.iter().any(|p| self.has(p))
    }

    /// `word` (lower case, at most 16 bytes) is a whole ASCII word of the text
    /// (a 16-byte `word` is also found as the start of a longer one).
    pub fn is(&self, word: &str) -> bool {
        if word.len() > 16 {
            return self.has(word);
        }
        self.keys.binary_search(&key(word.as_bytes())).is_ok()
    }

    /// One of `words` is a whole ASCII word of the text.
    pub fn any_is(&self, words: &[&str]) -> bool {
        words.iter().any(|p| self.is(p))
    }

    /// A kana, CJK, Hangul or full-width character occurs.
    pub fn cjk(&self) -> bool {
        self.cjk
    }
}

/// A regex behind a gate; see the module documentation.
pub struct Gated {
    gate: fn(&Words) -> bool,
    re: LazyLock<Regex>,
}

impl Gated {
    pub const fn new(gate: fn(&Words) -> bool, build: fn() -> Regex) -> Gated {
        Gated {
            gate,
            re: LazyLock::new(build),
        }
    }

    /// Whether the gate lets `f` through (the regex may match in it).
    pub fn allows(&self, f: &Field) -> bool {
        (self.gate)(f.gate_words())
    }

    /// Whether the gate lets words `w` through.
    pub fn allows_words(&self, w: &Words) -> bool {
        (self.gate)(w)
    }

    /// The regex, when the gate lets `f` through; `None` means the regex
    /// matches nowhere in `f.norm` (nor in any part of it).
    pub fn get(&self, f: &Field) -> Option<&Regex> {
        self.get_if_allowed(f).map(|()| &*self.re)
    }

    /// Whether the gate turns `f` away (the regex matches nowhere in it).
    pub fn rejects(&self, f: &Field) -> bool {
        self.get_if_allowed(f).is_none()
    }

    fn get_if_allowed(&self, f: &Field) -> Option<()> {
        if self.allows(f) {
            return Some(());
        }
        self.check_rejected(&f.norm);
        None
    }

    /// Under `gate-check` (and in tests): a text the gate turned away must
    /// not match the regex.
    #[cfg_attr(not(any(test, feature = "gate-check")), allow(unused_variables))]
    fn check_rejected(&self, text: &str) {
        #[cfg(any(test, feature = "gate-check"))]
        assert!(
            !self.re.is_match(text),
            "gate of {} rejects text it matches: {:?}",
            self.re.as_str(),
            text
        );
    }

    /// `is_match` on `text`, a part of `f.norm` (or all of it).
    pub fn is_match(&self, f: &Field, text: &str) -> bool {
        self.is_match_if(self.allows(f), text)
    }

    /// `is_match` on `text`, a part of a field for which [`Gated::allows`]
    /// gave `allowed`: for a loop over the sentences of one field, which
    /// asks the gate once.
    pub fn is_match_if(&self, allowed: bool, text: &str) -> bool {
        if allowed {
            self.re.is_match(text)
        } else {
            self.check_rejected(text);
            false
        }
    }

    /// The regex itself, ungated: for text already known to match it.
    pub fn regex(&self) -> &Regex {
        &self.re
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_of_ascii_words() {
        let w = Words::of("Send it to my Friend's PayPal, über-fast; 友人の口座 x_y9");
        assert!(w.has("friend"));
        assert!(w.has("frie"));
        assert!(w.has("paypal"));
        assert!(w.has("ber")); // "über": the ASCII run after a non-ASCII letter
        assert!(w.has("x_y9"));
        assert!(w.has("s"));
        assert!(!w.has("friends"));
        assert!(w.is("friend") && w.is("s") && !w.is("frie"));
        assert!(w.any_is(&["no", "paypal"]) && !w.any_is(&["pay"]));
        assert!(!w.has("riend"));
        assert!(!w.has("zzz"));
        assert!(w.any(&["nope", "pay"]));
        assert!(w.cjk());
        let long = Words::of("a Supercalifragilistic word and abcdefghijklmnop");
        assert!(
            long.has("supercalifragili") && long.has("supercal") && !long.has("supercalifragilx")
        );
        assert!(
            long.is("abcdefghijklmnop")
                && long.has("abcdefghijklmno")
                && !long.is("abcdefghijklmno")
        );
        assert!(long.has("abcdefgh") && long.has("abcdefghi") && !long.has("abcdefgj"));
        assert!(long.is("a") && long.has("a") && !long.is("ab"));
        let p = Words::of("I can't  join; my\twebcam, up-front 50% before we start");
        assert!(p.pair_any(&["t"], &["jo"]) && p.pair_any(&["my"], &["web"]));
        assert!(p.pair_any(&["up"], &["front"]) && p.pair_any(&["%"], &["before"]));
        assert!(p.pair_any(&["50"], &["%"]) && p.pair_any(&["before"], &["we"]));
        assert!(!p.pair_any(&["can"], &["t"]) && !p.pair_any(&["join"], &["my"]));
        assert!(!p.pair_any(&["webcam"], &["up"]) && !p.pair_any(&["i"], &["join"]));
        let e = Words::of("“curly” quotes — and a dash…");
        assert!(!e.cjk());
        assert!(!Words::of("").has("a"));
    }
}
