//! What the profile claims about languages and location, as the stylometry
//! rules compare it with the writing. Not a rule.

use crate::analysis::Analysis;
use crate::geo::countries;
use crate::text::style::Writing;

/// One language the profile lists.
#[derive(Debug, Clone, PartialEq)]
pub struct LanguageClaim {
    /// ISO 639-3 code as the language detector reports it.
    pub code: &'static str,
    /// The level says native or bilingual command.
    pub native: bool,
    /// The language as the profile wrote it.
    pub as_written: String,
    /// The level as the profile wrote it.
    pub level: Option<String>,
}

/// Language names and ISO codes (639-1 and 639-3) the profile may use, to
/// the detector's ISO 639-3 codes. Chinese varieties all map to `cmn`
/// because the detector reports written Chinese as `cmn`.
const NAMES: &[(&str, &str)] = &[
    ("english", "eng"),
    ("en", "eng"),
    ("eng", "eng"),
    ("korean", "kor"),
    ("ko", "kor"),
    ("kor", "kor"),
    ("한국어", "kor"),
    ("japanese", "jpn"),
    ("ja", "jpn"),
    ("jpn", "jpn"),
    ("日本語", "jpn"),
    ("chinese", "cmn"),
    ("mandarin", "cmn"),
    ("cantonese", "cmn"),
    ("zh", "cmn"),
    ("cmn", "cmn"),
    ("zho", "cmn"),
    ("yue", "cmn"),
    ("中文", "cmn"),
    ("russian", "rus"),
    ("ru", "rus"),
    ("rus", "rus"),
    ("ukrainian", "ukr"),
    ("uk", "ukr"),
    ("ukr", "ukr"),
    ("belarusian", "bel"),
    ("be", "bel"),
    ("spanish", "spa"),
    ("es", "spa"),
    ("spa", "spa"),
    ("portuguese", "por"),
    ("pt", "por"),
    ("por", "por"),
    ("french", "fra"),
    ("fr", "fra"),
    ("fra", "fra"),
    ("german", "deu"),
    ("de", "deu"),
    ("deu", "deu"),
    ("italian", "ita"),
    ("it", "ita"),
    ("ita", "ita"),
    ("dutch", "nld"),
    ("nl", "nld"),
    ("polish", "pol"),
    ("pl", "pol"),
    ("turkish", "tur"),
    ("tr", "tur"),
    ("vietnamese", "vie"),
    ("vi", "vie"),
    ("thai", "tha"),
    ("th", "tha"),
    ("indonesian", "ind"),
    ("id", "ind"),
    ("malay", "ind"),
    ("ms", "ind"),
    ("tagalog", "tgl"),
    ("filipino", "tgl"),
    ("tl", "tgl"),
    ("hindi", "hin"),
    ("hi", "hin"),
    ("urdu", "urd"),
    ("ur", "urd"),
    ("bengali", "ben"),
    ("bangla", "ben"),
    ("bn", "ben"),
    ("arabic", "ara"),
    ("ar", "ara"),
    ("hebrew", "heb"),
    ("he", "heb"),
    ("persian", "pes"),
    ("farsi", "pes"),
    ("fa", "pes"),
    ("greek", "ell"),
    ("el", "ell"),
    ("romanian", "ron"),
    ("ro", "ron"),
    ("bulgarian", "bul"),
    ("bg", "bul"),
    ("serbian", "srp"),
    ("sr", "srp"),
    ("croatian", "hrv"),
    ("hr", "hrv"),
    ("bosnian", "hrv"),
    ("slovenian", "slv"),
    ("sl", "slv"),
    ("slovak", "slk"),
    ("sk", "slk"),
    ("czech", "ces"),
    ("cs", "ces"),
    ("hungarian", "hun"),
    ("hu", "hun"),
    ("swedish", "swe"),
    ("sv", "swe"),
    ("danish", "dan"),
    ("da", "dan"),
    ("norwegian", "nob"),
    ("no", "nob"),
    ("nb", "nob"),
    ("finnish", "fin"),
    ("fi", "fin"),
    ("estonian", "est"),
    ("latvian", "lav"),
    ("lithuanian", "lit"),
    ("georgian", "kat"),
    ("armenian", "hye"),
    ("azerbaijani", "aze"),
    ("uzbek", "uzb"),
    ("catalan", "cat"),
    ("ca", "cat"),
    ("afrikaans", "afr"),
];

/// Closely related languages the detector confuses on short text: a claim
/// of one covers writing detected as another of its group.
const RELATED: &[&[&str]] = &[
    &["nob", "dan", "swe"],
    &["srp", "hrv", "slv", "mkd", "bul"],
    &["rus", "ukr", "bel"],
    &["ind", "jav"],
    &["spa", "cat", "por", "ita"],
    &["ces", "slk"],
    &["hin", "urd", "mar", "nep"],
];

/// The detector's code for a language as a profile names it.
pub fn language_code(name: &str) -> Option<&'static str> {
    let n = name.trim().to_lowercase();
    let n = n
        .split(['(', ',', '/'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned();
    NAMES
        .iter()
        .find(|(k, _)| *k == n)
        .map(|(_, c)| *c)
        .or_else(|| {
            // "American English", "Brazilian Portuguese", "Mandarin Chinese"
            n.split_whitespace()
                .rev()
                .find_map(|w| NAMES.iter().find(|(k, _)| *k == w && k.len() > 3))
                .map(|(_, c)| *c)
        })
}

/// An English name for a detector code, for messages.
pub fn language_name(code: &str) -> &'static str {
    match code {
        "eng" => "English",
        "kor" => "Korean",
        "jpn" => "Japanese",
        "cmn" => "Chinese",
        "rus" => "Russian",
        "ukr" => "Ukrainian",
        "spa" => "Spanish",
        "por" => "Portuguese",
        "fra" => "French",
        "deu" => "German",
        "ita" => "Italian",
        "nld" => "Dutch",
        "pol" => "Polish",
        "tur" => "Turkish",
        "vie" => "Vietnamese",
        "tha" => "Thai",
        "ind" => "Indonesian or Malay",
        "tgl" => "Tagalog",
        "hin" => "Hindi",
        "ara" => "Arabic",
        _ => "another language",
    }
}

/// Whether a level names native or bilingual command.
pub fn is_native_level(level: &str) -> bool {
    let l = level.to_lowercase();
    ["native", "bilingual", "mother tongue", "first language"]
        .iter()
        .any(|k| l.contains(k))
}

/// The languages the profile claims (those it names in a way we can map).
pub fn languages(a: &Analysis) -> Vec<LanguageClaim> {
    let Some(p) = a.profile else {
        return Vec::new();
    };
    p.languages
        .iter()
        .filter_map(|l| {
            let name = l.language.as_deref()?;
            Some(LanguageClaim {
                code: language_code(name)?,
                native: l.level.as_deref().is_some_and(is_native_level),
                as_written: name.trim().to_owned(),
                level: l.level.clone(),
            })
        })
        .collect()
}

/// Whether writing detected as `code` is covered by a claim of `claimed`.
pub fn covers(claimed: &str, code: &str) -> bool {
    claimed == code
        || RELATED
            .iter()
            .any(|g| g.contains(&claimed) && g.contains(&code))
}

/// "English (native), Spanish (conversational)".
pub fn describe(claims: &[LanguageClaim]) -> String {
    claims
        .iter()
        .map(|c| match &c.level {
            Some(l) if !l.trim().is_empty() => format!("{} ({})", c.as_written, l.trim()),
            _ => c.as_written.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The claimed country as written, when there is one.
pub fn country<'a>(a: &Analysis<'a>) -> Option<&'a str> {
    a.profile?
        .location
        .as_ref()?
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// Languages whose input methods leave residue of this writing.
pub fn writing_languages(w: Writing) -> &'static [&'static str] {
    match w {
        Writing::Korean => &["kor"],
        Writing::Japanese => &["jpn"],
        Writing::ChineseOrJapanese => &["cmn", "jpn", "kor"],
        Writing::AnyCjk => &["cmn", "jpn", "kor"],
    }
}

/// Whether a claimed country is a place where this writing is typed every
/// day: a country (resolved by `geo`, ambiguous names giving every candidate)
/// where a language written with it is widely spoken natively. A country we
/// cannot resolve counts as explaining it: an unknown claim is no evidence.
pub fn country_uses(country: &str, w: Writing) -> bool {
    let found = countries::candidates(country);
    found.is_empty()
        || found.iter().any(|c| {
            writing_languages(w)
                .iter()
                .any(|l| countries::country_speaks(c, l))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map() {
        assert_eq!(language_code("English"), Some("eng"));
        assert_eq!(language_code("American English"), Some("eng"));
        assert_eq!(language_code("  korean "), Some("kor"));
        assert_eq!(language_code("Mandarin Chinese"), Some("cmn"));
        assert_eq!(language_code("Klingon"), None);
        assert!(is_native_level("Native or Bilingual"));
        assert!(!is_native_level("Fluent"));
        assert!(covers("nob", "dan"));
        assert!(!covers("eng", "kor"));
        assert!(country_uses("South Korea", Writing::Korean));
        assert!(!country_uses("US", Writing::AnyCjk));
        assert!(country_uses("Republic of Korea", Writing::Korean));
        assert!(country_uses("Singapore", Writing::ChineseOrJapanese));
        assert!(!country_uses("Japan", Writing::Korean));
        assert!(
            country_uses("Atlantis", Writing::Korean),
            "unknown: no evidence"
        );
    }
}
