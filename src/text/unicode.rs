//! Unicode normalization for the whole engine, in one place.
//!
//! Natively it is the `unicode-normalization` crate. In the WebAssembly build
//! it is the host's `String.prototype.normalize` — ICU, in every browser and
//! in Node — which keeps the crate's 63 KB (gzipped) of tables out of the
//! module (`bash scripts/size-floor.sh`). Both implement UAX #15; they can
//! differ only on characters newer than the older of their two Unicode
//! versions. Combining marks are found with the regex engine's
//! general-category tables (`\p{M}`), which both builds carry anyway.

use super::re;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A normalization form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Nfkc,
    Nfd,
    Nfkd,
}

static MARKS: LazyLock<Regex> = LazyLock::new(|| re(r"\p{M}+"));

/// Byte ranges of the runs of combining marks (`\p{M}`) in `s`, in order.
pub fn mark_runs(s: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    MARKS.find_iter(s).map(|m| m.range())
}

/// `s` in normalization form `form`.
pub fn normalize(s: &str, form: Form) -> String {
    if s.is_ascii() {
        // ASCII is unchanged by every form.
        return s.to_owned();
    }
    imp::normalize(s, form)
}

/// Each of `pieces` in normalization form `form`, normalized on its own (no
/// composition or reordering across pieces). In WebAssembly this is one call
/// to the host for all of them.
pub fn normalize_all(pieces: &[&str], form: Form) -> Vec<String> {
    // Joined by U+0000: a starter that composes with nothing, is unchanged
    // by every form and never comes out of normalizing anything else, so
    // the pieces come back apart exactly as they went in. A piece that
    // contains it is normalized on its own.
    if pieces.len() > 1 && !pieces.iter().any(|p| p.contains('\0')) {
        let joined = normalize(&pieces.join("\0"), form);
        let out: Vec<String> = joined.split('\0').map(str::to_owned).collect();
        if out.len() == pieces.len() {
            return out;
        }
    }
    pieces.iter().map(|p| normalize(p, form)).collect()
}

/// `s` decomposed (`Nfd` or `Nfkd`) with every combining mark removed:
/// "Zoë Ångström" → "Zoe Angstrom".
pub fn without_marks(s: &str, form: Form) -> String {
    let d = normalize(s, form);
    let mut out = String::with_capacity(d.len());
    let mut at = 0;
    for r in mark_runs(&d) {
        out.push_str(d.get(at..r.start).unwrap_or_default());
        at = r.end;
    }
    out.push_str(d.get(at..).unwrap_or_default());
    out
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use super::Form;
    use unicode_normalization::UnicodeNormalization;

    pub fn normalize(s: &str, form: Form) -> String {
        match form {
            Form::Nfkc => s.nfkc().collect(),
            Form::Nfd => s.nfd().collect(),
            Form::Nfkd => s.nfkd().collect(),
        }
    }
}

#[cfg(all(target_arch = "wasm32", feature = "wasm"))]
mod imp {
    use super::Form;

    pub fn normalize(s: &str, form: Form) -> String {
        let name = match form {
            Form::Nfkc => "NFKC",
            Form::Nfd => "NFD",
            Form::Nfkd => "NFKD",
        };
        js_sys::JsString::from(s)
            .normalize(name)
            .as_string()
            .unwrap_or_else(|| s.to_owned())
    }
}

#[cfg(all(target_arch = "wasm32", not(feature = "wasm")))]
compile_error!(
    "the WebAssembly build normalizes Unicode through the JS host: build it with `--features wasm`"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(
            normalize("Ｔｅｌｅｇｒａｍ ﬁle ①", Form::Nfkc),
            "Telegram file 1"
        );
        assert_eq!(normalize("e\u{301}", Form::Nfkc), "é");
        assert_eq!(normalize("é", Form::Nfd), "e\u{301}");
        assert_eq!(normalize("ﬁ", Form::Nfd), "ﬁ");
        assert_eq!(normalize("ﬁé", Form::Nfkd), "fie\u{301}");
        assert_eq!(without_marks("Zoë Ångström", Form::Nfd), "Zoe Angstrom");
    }

    #[test]
    fn pieces_are_normalized_apart() {
        // Together "e" and a combining acute would compose; apart they must not.
        let out = normalize_all(&["cafe", "\u{301}x", "ｶ", "\u{3099}"], Form::Nfkc);
        assert_eq!(out, ["cafe", "\u{301}x", "カ", "\u{3099}"]);
        // A piece holding the separator falls back to one call per piece.
        let out = normalize_all(&["a\0\u{301}", "Ａ"], Form::Nfkc);
        assert_eq!(out, ["a\0\u{301}", "A"]);
        assert!(normalize_all(&[], Form::Nfkc).is_empty());
    }

    #[test]
    fn mark_runs_cover_combining_marks_only() {
        let s = "a\u{301}\u{302}b c\u{20DD}";
        let runs: Vec<_> = mark_runs(s).collect();
        assert_eq!(runs, [1..5, 8..11]);
    }
}
