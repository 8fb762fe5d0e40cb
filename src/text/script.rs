//! Writing systems of characters, by Unicode block ranges.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Bengali,
    Thai,
    Georgian,
    Hangul,
    Hiragana,
    Katakana,
    Han,
    /// Digits, punctuation, spaces, symbols: joins the run around it.
    Common,
    Other,
}

impl Script {
    pub fn of(c: char) -> Script {
        let u = c as u32;
        match u {
            0x41..=0x5A
            | 0x61..=0x7A
            | 0xC0..=0xD6
            | 0xD8..=0xF6
            | 0xF8..=0x24F
            | 0x1E00..=0x1EFF
            | 0x2C60..=0x2C7F
            | 0xA720..=0xA7FF
            | 0xFF21..=0xFF3A
            | 0xFF41..=0xFF5A => Script::Latin,
            0x250..=0x2AF | 0x1D00..=0x1DBF => Script::Latin,
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x400..=0x52F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
            0x530..=0x58F => Script::Armenian,
            0x590..=0x5FF => Script::Hebrew,
            0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
                Script::Arabic
            }
            0x900..=0x97F => Script::Devanagari,
            0x980..=0x9FF => Script::Bengali,
            0xE00..=0xE7F => Script::Thai,
            0x10A0..=0x10FF => Script::Georgian,
            0x1100..=0x11FF
            | 0x3130..=0x318F
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7AF
            | 0xD7B0..=0xD7FF
            | 0xFFA0..=0xFFDC => Script::Hangul,
            0x3040..=0x309F => Script::Hiragana,
            0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Katakana,
            0x2E80..=0x2FDF
            | 0x3005
            | 0x3007
            | 0x3021..=0x3029
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0x20000..=0x3134F => Script::Han,
            _ if c.is_alphabetic() => Script::Other,
            _ => Script::Common,
        }
    }

    pub fn is_cjk(self) -> bool {
        matches!(
            self,
            Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul
        )
    }
}

pub fn is_cjk_ideo_or_kana(c: char) -> bool {
    // every Han, Hiragana and Katakana range starts at U+2E80 or above:
    // the test that decides most characters of most text costs nothing
    (c as u32) >= 0x2E80
        && matches!(
            Script::of(c),
            Script::Han | Script::Hiragana | Script::Katakana
        )
}

/// Maximal runs of one script; `Common` characters join the preceding run
/// (or the following one at the start). A text of only common characters has no runs.
pub fn runs(s: &str) -> Vec<(Script, Range<usize>)> {
    let mut out: Vec<(Script, Range<usize>)> = Vec::new();
    let mut pending_start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let sc = Script::of(c);
        let end = i + c.len_utf8();
        if sc == Script::Common {
            if let Some(last) = out.last_mut() {
                last.1.end = end;
            } else if pending_start.is_none() {
                pending_start = Some(i);
            }
            continue;
        }
        match out.last_mut() {
            Some(last) if last.0 == sc => last.1.end = end,
            _ => {
                let start = pending_start.take().unwrap_or(i);
                out.push((sc, start..end));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(Script::of('a'), Script::Latin);
        assert_eq!(Script::of('а'), Script::Cyrillic);
        assert_eq!(Script::of('한'), Script::Hangul);
        assert_eq!(Script::of('ㅋ'), Script::Hangul);
        assert_eq!(Script::of('日'), Script::Han);
        // the shortcut in is_cjk_ideo_or_kana skips nothing it should see
        for u in 0..0x2E80u32 {
            if let Some(c) = char::from_u32(u) {
                assert!(!matches!(
                    Script::of(c),
                    Script::Han | Script::Hiragana | Script::Katakana
                ));
            }
        }
        assert_eq!(Script::of('か'), Script::Hiragana);
        assert_eq!(Script::of('1'), Script::Common);
        let r = runs("Hello 世界 ok");
        let kinds: Vec<Script> = r.iter().map(|x| x.0).collect();
        assert_eq!(kinds, [Script::Latin, Script::Han, Script::Latin]);
    }
}
