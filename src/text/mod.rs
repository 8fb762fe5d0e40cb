//! Text as rules see it: NFKC-normalized, tokenized once, with a map from
//! every normalized byte back to the original field's UTF-16 offsets.
//!
//! Rules match on [`Field::norm`] and report [`Evidence`] through
//! [`Field::evidence`], which widens a normalized range to whole original
//! characters, so the span always names exactly the original text
//! (`evidence.text == original[start..end]` in UTF-16 code units).

pub mod ai_model;
pub mod confusables;
pub mod english;
pub mod gate;
pub mod phrases;
pub mod script;
pub mod style;
pub mod unicode;

use crate::report::Evidence;
use std::ops::Range;

pub use script::Script;

/// Compile a pattern written in this crate. Every pattern is a literal that
/// the crate's tests compile, so a failure here is a bug caught before release.
///
/// `\b` is rewritten to the ASCII word boundary `(?-u:\b)`: Japanese and
/// Korean write Latin words without spaces around them ("USDTで", "카톡으로"),
/// and a Unicode boundary would see no boundary there.
///
/// Every compiled pattern is also recorded with the place that compiled it
/// ([`compiled_patterns`]), so the hostile-input tests can check each one,
/// including patterns assembled with `format!`.
#[allow(clippy::expect_used)]
#[track_caller]
pub fn re(pattern: &str) -> regex::Regex {
    let source = ascii_boundaries(pattern);
    let source = ascii_case(&source).unwrap_or(source);
    let r = regex::Regex::new(&source).expect("built-in pattern compiles");
    let at = std::panic::Location::caller();
    if let Ok(mut all) = COMPILED.lock() {
        all.push((at.file(), at.line(), r.clone()));
    }
    r
}

static COMPILED: std::sync::Mutex<Vec<(&'static str, u32, regex::Regex)>> =
    std::sync::Mutex::new(Vec::new());

/// Every pattern compiled so far by [`re`]: `(source file, line, regex)`.
/// Patterns compile lazily, on first use.
pub fn compiled_patterns() -> Vec<(&'static str, u32, regex::Regex)> {
    COMPILED.lock().map(|all| all.clone()).unwrap_or_default()
}

/// A pure-ASCII pattern rewritten so that its letters and ASCII classes are
/// compiled without Unicode, which is most of what a pattern costs to build
/// (`(?i)[a-z]{0,63}` is about four times the work of its ASCII form).
///
/// The rewrite changes no match on the text rules read: under `(?i)` the only
/// characters outside ASCII that Unicode case folding adds to ASCII letters are
/// KELVIN SIGN (U+212A, with k) and LONG S (U+017F, with s), and NFKC, which
/// every [`Field::norm`] has been through, maps them to `K` and `s`. What does
/// mean Unicode keeps it: `.`, `\s`, `\w`, `\d` (and their negations), and
/// every class that is negated or holds one of them, are wrapped in `(?u:…)`.
/// `None` (the pattern is kept as it is) when the pattern has anything else
/// that Unicode mode could change: a non-ASCII character, `\p`, `\x{…}`, a
/// `\b{…}` assertion, or an escape not listed here.
fn ascii_case(p: &str) -> Option<String> {
    if !p.is_ascii() || !p.contains("(?i") {
        return None;
    }
    let b = p.as_bytes();
    let mut out = String::with_capacity(p.len() + 32);
    out.push_str("(?-u)");
    let mut i = 0;
    // Copies one escape starting at `b[i] == b'\\'`; returns its length and
    // whether it is a Unicode-sensitive class escape.
    let escape = |i: usize| -> Option<(usize, bool)> {
        let n = *b.get(i + 1)?;
        match n {
            b's' | b'S' | b'w' | b'W' | b'd' | b'D' => Some((2, true)),
            b'x' => {
                let h = b.get(i + 2..i + 4)?;
                let ok =
                    h.iter().all(u8::is_ascii_hexdigit) && h.first().is_some_and(|c| *c <= b'7');
                ok.then_some((4, false))
            }
            b'n' | b'r' | b't' | b'.' | b'-' | b'[' | b']' | b'(' | b')' | b'{' | b'}' | b'+'
            | b'*' | b'?' | b'|' | b'^' | b'$' | b'\\' | b'/' | b'#' | b'&' | b'~' | b' ' => {
                Some((2, false))
            }
            _ => None,
        }
    };
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => {
                // `(?-u:\b)` from ascii_boundaries is copied as it stands.
                if b.get(i + 1) == Some(&b'b') {
                    if b.get(i + 2) == Some(&b'{') {
                        return None;
                    }
                    out.push_str("\\b");
                    i += 2;
                    continue;
                }
                let (len, unicode) = escape(i)?;
                let e = p.get(i..i + len)?;
                if unicode {
                    out.push_str("(?u:");
                    out.push_str(e);
                    out.push(')');
                } else {
                    out.push_str(e);
                }
                i += len;
            }
            b'.' => {
                out.push_str("(?u:.)");
                i += 1;
            }
            b'[' => {
                // Find the class's end, following nested classes and escapes.
                let start = i;
                let mut depth = 0usize;
                let mut unicode = b.get(i + 1) == Some(&b'^');
                let mut j = i;
                loop {
                    let &d = b.get(j)?;
                    match d {
                        b'\\' => {
                            let (len, u) = escape(j)?;
                            unicode |= u;
                            j += len;
                            continue;
                        }
                        b'[' => {
                            depth += 1;
                            if b.get(j + 1) == Some(&b'^') {
                                unicode = true;
                                j += 1;
                            }
                            if b.get(j + 1) == Some(&b']') {
                                j += 1;
                            }
                            if b.get(j + 1) == Some(&b':') {
                                return None;
                            }
                        }
                        b']' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let class = p.get(start..=j)?;
                if unicode {
                    out.push_str("(?u:");
                    out.push_str(class);
                    out.push(')');
                } else {
                    out.push_str(class);
                }
                i = j + 1;
            }
            _ => {
                out.push(char::from(c));
                i += 1;
            }
        }
    }
    Some(out)
}

/// A pattern compiled as [`re`] compiled it before [`ascii_case`]: the
/// reference the tests of word lists and rewritten patterns compare with.
#[cfg(test)]
#[allow(clippy::expect_used)]
pub(crate) fn reference_re(pattern: &str) -> regex::Regex {
    regex::Regex::new(&ascii_boundaries(pattern)).expect("pattern compiles")
}

fn ascii_boundaries(p: &str) -> String {
    let mut out = String::with_capacity(p.len() + 16);
    let mut chars = p.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some('b') => {
                    chars.next();
                    if chars.peek() == Some(&'{') {
                        out.push_str("\\b");
                    } else {
                        out.push_str("(?-u:\\b)");
                    }
                }
                Some(&n) => {
                    out.push(c);
                    out.push(n);
                    chars.next();
                }
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Who wrote a field, as far as the document says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Author {
    /// The freelancer the report is about.
    Subject,
    /// The hiring side (a job post, a client's message).
    Client,
    /// Someone else in a thread.
    Other,
}

/// What a field is, so rules can pick the ones they read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Name,
    Headline,
    Overview,
    EmploymentTitle,
    EmploymentCompany,
    EmploymentDescription,
    EmploymentLocation,
    School,
    Skill,
    AuthorName,
    ProposalText,
    MessageText,
    JobTitle,
    JobDescription,
    Contact,
    Payee,
    Location,
}

impl Source {
    /// Sources that hold free prose (not names, skills or contact entries).
    pub fn is_prose(self) -> bool {
        matches!(
            self,
            Source::Overview
                | Source::Headline
                | Source::EmploymentDescription
                | Source::ProposalText
                | Source::MessageText
        )
    }
}

/// One text field of a document, analysed once.
#[derive(Debug, Clone)]
pub struct Field {
    /// JSON path in the input document (`overview`, `messages[3].text`).
    pub path: String,
    pub source: Source,
    pub author: Author,
    /// Index of the item (message, employment entry) the field belongs to.
    pub item: Option<usize>,
    pub original: String,
    /// NFKC-normalized text.
    pub norm: String,
    /// For non-ASCII text: one entry per normalization chunk (a starter and
    /// its combining marks), ascending. Empty for ASCII text (identity map).
    chunks: Vec<Chunk>,
    /// Word spans in `norm` (bytes).
    pub words: Vec<Range<usize>>,
    /// Sentence spans in `norm` (bytes).
    pub sentences: Vec<Range<usize>>,
    /// Runs of one script in `norm` (bytes); common characters join the run around them.
    pub scripts: Vec<(Script, Range<usize>)>,
    /// Language of the field (see [`Field::language`]), decided on first use.
    language: std::sync::OnceLock<Option<Language>>,
    /// The ASCII words of `norm`, for [`gate::Gated`] patterns, on first use.
    gate_words: std::sync::OnceLock<gate::Words>,
    /// Writing-style measurements shared by the stylometry rules (measured
    /// for the subject's prose only; empty for other fields).
    pub style: style::Style,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Language {
    /// ISO 639-3 code (`eng`, `jpn`, `kor`).
    pub code: &'static str,
}

#[derive(Debug, Clone, Copy)]
struct Chunk {
    norm: u32,
    orig_byte: u32,
    orig_u16: u32,
}

/// Characters of prose needed before the language detector is asked.
pub const LANGUAGE_MIN_CHARS: usize = 120;
/// Only this many bytes are given to the language detector: enough to decide.
const LANGUAGE_MAX_BYTES: usize = 512;

impl Field {
    pub fn new(
        path: String,
        source: Source,
        author: Author,
        item: Option<usize>,
        original: &str,
    ) -> Field {
        let mut f = Field::words_only(path, source, author, item, original);
        f.sentences = sentences(&f.norm);
        f.scripts = script::runs(&f.norm);
        f
    }

    /// A field normalized and split into words only: no sentences, no
    /// script runs (for linkage, which reads nothing else).
    pub(crate) fn words_only(
        path: String,
        source: Source,
        author: Author,
        item: Option<usize>,
        original: &str,
    ) -> Field {
        let original = original.to_owned();
        let (norm, chunks) = if original.is_ascii() {
            (original.clone(), Vec::new())
        } else {
            normalize(&original)
        };
        let words = words(&norm);
        Field {
            path,
            source,
            author,
            item,
            original,
            norm,
            chunks,
            words,
            sentences: Vec::new(),
            scripts: Vec::new(),
            language: std::sync::OnceLock::new(),
            gate_words: std::sync::OnceLock::new(),
            style: style::Style::default(),
        }
    }

    /// The ASCII words of `norm` ([`gate::Words`]), found on first use.
    pub fn gate_words(&self) -> &gate::Words {
        self.gate_words.get_or_init(|| gate::Words::of(&self.norm))
    }

    /// Map a byte range of `norm` to the original field: `(utf16 start, utf16 end, byte range)`.
    pub fn to_original(&self, r: Range<usize>) -> (usize, usize, Range<usize>) {
        if self.chunks.is_empty() {
            let s = r.start.min(self.original.len());
            let e = r.end.clamp(s, self.original.len());
            return (s, e, s..e);
        }
        // The chunk containing r.start, and the chunk after the one containing r.end - 1.
        let first = self
            .chunks
            .partition_point(|c| c.norm as usize <= r.start)
            .saturating_sub(1);
        let last_incl = if r.end > r.start {
            self.chunks
                .partition_point(|c| (c.norm as usize) < r.end)
                .saturating_sub(1)
        } else {
            first
        };
        let start = self.chunks.get(first).copied().unwrap_or(Chunk {
            norm: 0,
            orig_byte: 0,
            orig_u16: 0,
        });
        let end = if r.end > r.start {
            // (lazily: measuring the whole field for every span was quadratic)
            self.chunks
                .get(last_incl + 1)
                .copied()
                .unwrap_or_else(|| Chunk {
                    norm: self.norm.len() as u32,
                    orig_byte: self.original.len() as u32,
                    orig_u16: utf16_len(&self.original) as u32,
                })
        } else {
            start
        };
        (
            start.orig_u16 as usize,
            end.orig_u16 as usize,
            start.orig_byte as usize..end.orig_byte as usize,
        )
    }

    /// Evidence for a byte range of `norm`, pointing at the original text.
    pub fn evidence(&self, r: Range<usize>) -> Evidence {
        let (start, end, bytes) = self.to_original(r);
        Evidence {
            field: self.path.clone(),
            start,
            end,
            text: self.original.get(bytes).unwrap_or_default().to_owned(),
        }
    }

    /// Evidence for a byte range of the original text (for rules that read raw characters).
    pub fn evidence_original(&self, r: Range<usize>) -> Evidence {
        let s = floor_boundary(&self.original, r.start);
        let e = floor_boundary(&self.original, r.end.max(s));
        let start = self.utf16_at(s);
        let text = self.original.get(s..e).unwrap_or_default().to_owned();
        Evidence {
            field: self.path.clone(),
            start,
            end: start + utf16_len(&text),
            text,
        }
    }

    /// The UTF-16 offset of a byte offset (a char boundary) of the original
    /// text, from the nearest chunk: no rescan from the start of the field.
    fn utf16_at(&self, byte: usize) -> usize {
        if self.chunks.is_empty() {
            return byte;
        }
        let i = self
            .chunks
            .partition_point(|c| c.orig_byte as usize <= byte)
            .saturating_sub(1);
        let (b, u) = self
            .chunks
            .get(i)
            .map_or((0, 0), |c| (c.orig_byte as usize, c.orig_u16 as usize));
        u + utf16_len(self.original.get(b.min(byte)..byte).unwrap_or_default())
    }

    /// Evidence naming the whole field.
    pub fn evidence_all(&self) -> Evidence {
        self.evidence(0..self.norm.len())
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The words of `norm`, as slices.
    /// The freelancer's own prose: the only text judged by language and
    /// writing style.
    pub fn is_subject_prose(&self) -> bool {
        self.source.is_prose() && self.author == Author::Subject
    }

    /// Language of the field, when the text is long enough and the answer
    /// reliable. Only the subject's prose is ever judged by language (the
    /// stylometry rules, `facts.language`); names, titles, the job post and
    /// the client's messages are `None`. Decided on first use: the detector
    /// is the costliest step of an analysis, and a rule that needs no
    /// language (no claim to compare with) never pays for it.
    pub fn language(&self) -> Option<Language> {
        *self.language.get_or_init(|| {
            if self.is_subject_prose() {
                self.detect_language()
            } else {
                None
            }
        })
    }

    pub fn word_strs(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().filter_map(|r| self.norm.get(r.clone()))
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// NFKC-normalize chunk by chunk — a character and the combining marks
/// (`\p{M}`) after it — dropping invisible characters, and record where each
/// chunk starts in both texts. Chunks that are ASCII are unchanged by NFKC;
/// the others are normalized together in one call (one call to the host in
/// WebAssembly, see [`unicode`]).
fn normalize(original: &str) -> (String, Vec<Chunk>) {
    // (start byte, end byte, start in UTF-16 units) of every chunk.
    let mut spans: Vec<(usize, usize, u32)> = Vec::with_capacity(original.len() / 2);
    let mut marks = unicode::mark_runs(original).peekable();
    let mut u16_pos = 0u32;
    for (b, c) in original.char_indices() {
        while marks.peek().is_some_and(|m| m.end <= b) {
            marks.next();
        }
        let is_mark = marks.peek().is_some_and(|m| m.start <= b);
        match spans.last_mut() {
            Some(last) if is_mark => last.1 = b + c.len_utf8(),
            _ => spans.push((b, b + c.len_utf8(), u16_pos)),
        }
        u16_pos += c.len_utf16() as u32;
    }
    let pieces: Vec<&str> = spans
        .iter()
        .filter_map(|&(s, e, _)| original.get(s..e))
        .filter(|p| !p.is_ascii())
        .collect();
    let normalized = unicode::normalize_all(&pieces, unicode::Form::Nfkc);
    let mut normalized = normalized.iter();
    let mut norm = String::with_capacity(original.len());
    let mut chunks = Vec::with_capacity(spans.len());
    for &(s, e, u16) in &spans {
        chunks.push(Chunk {
            norm: norm.len() as u32,
            orig_byte: s as u32,
            orig_u16: u16,
        });
        let Some(seg) = original.get(s..e) else {
            continue;
        };
        if seg.is_ascii() {
            norm.push_str(seg);
        } else if let Some(n) = normalized.next() {
            // Invisible characters are dropped so that "Tele\u{200B}gram" or an
            // e-mail with a zero-width space still reads as what it shows.
            norm.extend(n.chars().filter(|c| !confusables::is_invisible(*c)));
        }
    }
    (norm, chunks)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Words: runs of letters and digits, with inner apostrophes and hyphens.
/// Ideographic and kana text has no spaces: every Han, Hiragana or Katakana
/// character counts as its own word; Hangul words are space-separated.
pub fn words(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut start: Option<usize> = None;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            if script::is_cjk_ideo_or_kana(c) {
                if let Some(st) = start.take() {
                    out.push(st..i);
                }
                out.push(i..i + c.len_utf8());
                continue;
            }
            if start.is_none() {
                start = Some(i);
            }
        } else if (c == '\'' || c == '’' || c == '-')
            && start.is_some()
            && chars
                .peek()
                .is_some_and(|&(_, n)| is_word_char(n) && !script::is_cjk_ideo_or_kana(n))
        {
            // inner apostrophe or hyphen: part of the word
        } else if let Some(st) = start.take() {
            out.push(st..i);
        }
    }
    if let Some(st) = start {
        out.push(st..s.len());
    }
    out
}

/// Sentences: split after `.`, `!`, `?` (and their CJK forms) followed by
/// space, and at line breaks. Empty sentences are dropped.
pub fn sentences(s: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        let boundary = match c {
            '\n' | '\r' => true,
            '。' | '！' | '？' => true,
            '.' | '!' | '?' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace()),
            _ => false,
        };
        if boundary {
            push_trimmed(s, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(s, start..s.len(), &mut out);
    out
}

fn push_trimmed(s: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(t) = s.get(r.clone()) else { return };
    let lead = t.len() - t.trim_start().len();
    let trimmed = t.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        out.push(r.start + lead..r.start + lead + trimmed.len());
    }
}

impl Field {
    /// The field's own words inside its [`language_sample`] (the last one cut
    /// at the sample's end): what the English shortcut reads, without a
    /// second tokenizer.
    pub fn sample_words(&self) -> impl Iterator<Item = &str> {
        let sample = language_sample(&self.norm);
        self.words
            .iter()
            .take_while(move |r| r.start < sample.len())
            .filter_map(move |r| sample.get(r.start..r.end.min(sample.len())))
    }

    fn detect_language(&self) -> Option<Language> {
        let letters = self.norm.chars().filter(|c| c.is_alphabetic()).count();
        // CJK scripts carry far more per character: 40 characters are plenty.
        let cjk = self.scripts.iter().any(|(s, _)| s.is_cjk());
        if letters < if cjk { 40 } else { LANGUAGE_MIN_CHARS } {
            return None;
        }
        let sample = language_sample(&self.norm);
        let words = self.sample_words();
        if english::clearly_english_words(words) {
            return Some(Language { code: "eng" });
        }
        detector_language(sample).map(|code| Language { code })
    }
}

/// The part of a field's normalized text the language is decided on.
pub fn language_sample(norm: &str) -> &str {
    norm.get(..floor_boundary(norm, LANGUAGE_MAX_BYTES))
        .unwrap_or(norm)
}

/// The general detector's answer for a sample (ISO 639-3), when reliable.
/// [`Field::language`] asks it only when [`english::clearly_english`] does
/// not already decide.
pub fn detector_language(sample: &str) -> Option<&'static str> {
    let info = whatlang::detect(sample)?;
    info.is_reliable().then(|| info.lang().code())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(s: &str) -> Field {
        Field::new("t".into(), Source::Overview, Author::Subject, None, s)
    }

    fn u16_slice(s: &str, a: usize, b: usize) -> String {
        let v: Vec<u16> = s.encode_utf16().collect();
        String::from_utf16(&v[a..b]).unwrap()
    }

    #[test]
    fn word_boundaries_work_next_to_cjk() {
        assert_eq!(
            ascii_boundaries(r"\bx\\b\b{start}"),
            r"(?-u:\b)x\\b\b{start}"
        );
        let r = re(r"(?i)\busdt\b");
        assert!(r.is_match("대금은 USDT로 지급"));
        assert!(r.is_match("報酬はUSDTでお支払いください"));
        assert!(!r.is_match("usdtx"));
    }

    #[test]
    fn nfkc_and_spans() {
        let f = field("Ｔｅｌｅｇｒａｍ: ＠ｊｏｈｎ 😀 café");
        assert!(f.norm.starts_with("Telegram: @john"));
        let at = f.norm.find("@john").unwrap();
        let e = f.evidence(at..at + 5);
        assert_eq!(e.text, "＠ｊｏｈｎ");
        assert_eq!(u16_slice(&f.original, e.start, e.end), e.text);
        let c = f.norm.find("café").unwrap();
        let e = f.evidence(c..c + "café".len());
        assert_eq!(e.text, "café");
        assert_eq!(u16_slice(&f.original, e.start, e.end), "café");
    }

    #[test]
    fn invisible_characters_are_dropped_but_spans_keep_them() {
        let f = field("Tele\u{200B}gram: a\u{200B}b");
        assert_eq!(f.norm, "Telegram: ab");
        let e = f.evidence(0..8);
        assert_eq!(e.text, "Tele\u{200B}gram");
        assert_eq!((e.start, e.end), (0, 9));
    }

    #[test]
    fn combining_marks_stay_with_their_base() {
        let f = field("Jose\u{301} Nin\u{303}o");
        assert_eq!(f.norm, "José Niño");
        let e = f.evidence(0..f.norm.find(' ').unwrap());
        assert_eq!(e.text, "Jose\u{301}");
        // a range inside the composed é widens to the base and its mark
        let e = f.evidence(3..4);
        assert_eq!(e.text, "e\u{301}");
    }

    #[test]
    fn words_and_sentences() {
        let f = field("I'm a full-stack dev. Let's talk!\nThanks");
        let w: Vec<&str> = f.word_strs().collect();
        assert_eq!(
            w,
            ["I'm", "a", "full-stack", "dev", "Let's", "talk", "Thanks"]
        );
        assert_eq!(f.sentences.len(), 3);
        let f = field("私はエンジニアです。よろしく");
        assert_eq!(f.sentences.len(), 2);
        assert!(f.words.len() >= 10);
    }

    #[test]
    fn language_only_when_long_enough() {
        assert!(field("Hello, I am a developer.").language().is_none());
        let long = "I have been building web applications for small businesses for many years, \
                    and I enjoy working closely with clients to understand what they need before writing code.";
        assert_eq!(field(long).language().unwrap().code, "eng");
    }

    #[test]
    fn ascii_case_changes_no_match_on_nfkc_text() {
        assert_eq!(
            ascii_case(r"(?i)(?-u:\b)a\s+b[^x][a-z\d].\x22"),
            Some(r"(?-u)(?i)(?-u:\b)a(?u:\s)+b(?u:[^x])(?u:[a-z\d])(?u:.)\x22".to_owned())
        );
        for kept in [
            r"(?i)é",
            r"(?i)\p{L}",
            r"(?i)\x{1F300}",
            r"a\b{start}",
            r"(?i)[[:alpha:]]",
            r"(?i)\B",
        ] {
            assert_eq!(ascii_case(kept), None, "{kept}");
        }
        assert_eq!(ascii_case(r"abc\s"), None, "no (?i), nothing to gain");
        // The only characters outside ASCII that Unicode case folding adds
        // to ASCII letters, and NFKC maps both of them back to ASCII.
        let folded = regex::Regex::new(r"(?i)^[a-z]$").unwrap();
        let extra: Vec<char> = (0x80..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| folded.is_match(c.encode_utf8(&mut [0; 4])))
            .collect();
        assert_eq!(extra, ['\u{17F}', '\u{212A}']);
        for c in extra {
            assert!(unicode::normalize(&c.to_string(), unicode::Form::Nfkc).is_ascii());
        }
        // And what the rewrite wraps keeps its Unicode meaning.
        let pairs = [
            r"(?i)^[a-z]+$",
            r"(?i)^(?:sk|ks|k|s)$",
            r"(?i)^\w\s?[^q]$",
            r"(?i)^.[a-z0-9._%+\-]$",
        ];
        for p in pairs {
            let unicode = reference_re(p);
            let ascii = regex::Regex::new(&ascii_case(&ascii_boundaries(p)).unwrap()).unwrap();
            assert_ne!(unicode.as_str(), ascii.as_str());
            for c in (0..0x3100u32)
                .chain(0x1F300..0x1F310)
                .filter_map(char::from_u32)
            {
                let n = unicode::normalize(&c.to_string(), unicode::Form::Nfkc);
                for t in [n.clone(), format!("k{n}"), format!("{n} K")] {
                    assert_eq!(unicode.is_match(&t), ascii.is_match(&t), "{p} on {t:?}");
                }
            }
        }
    }
}
