//! HL111 native-language-vs-country: a native language the claimed country rarely speaks.

use super::claims::{self, value_evidence};
use crate::analysis::Analysis;
use crate::geo::countries::{canonical_language, country_speaks};
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL111",
    name: "native-language-vs-country",
    family: Family::Consistency,
    severity: Severity::Info,
    weight: 0.3,
    indicators: &["I03"],
    title: "Native language not widely spoken in the claimed country",
    innocent: "Diaspora communities, children of immigrants, international couples and expatriates everywhere speak a language their country of residence does not.",
    verify: "Nothing to verify on this alone; it only gives context to other location hints.",
    docs: Docs {
        what_it_sees: "The profile's `languages` entries at `native`, `bilingual`, `mother tongue` or `first language` level, against the languages widely spoken natively in the claimed `location.country` (ISO 639-3, from `geo::countries`). English is skipped (many platforms default to it). Noted at `info`, the weakest level, which never raises the score by itself. It uses only what the person declared, never the language of their writing.",
        why_it_matters: "The 2023 US–ROK advisory lists a language preference for Korean by people claiming to be from a country where Korean is not spoken (I03). It is context for the location checks, never a signal alone.",
        innocent_explanations: "Millions of people live outside the country of their first language: migrants, their children, international families, expatriates and refugees.",
        example: "> location.country: \"Italy\"; languages: [{\"language\": \"Korean\", \"level\": \"native\"}]\n\nNoted at info: \"Korean is declared native, and is not widely spoken in the claimed location Italy.\"",
    },
    check,
};

/// Language names as profiles write them → ISO 639-3 (macrolanguage codes,
/// as `geo::countries` uses).
const NAMES: &[(&str, &str)] = &[
    ("korean", "kor"),
    ("한국어", "kor"),
    ("조선말", "kor"),
    ("韓国語", "kor"),
    ("韩语", "kor"),
    ("japanese", "jpn"),
    ("日本語", "jpn"),
    ("일본어", "jpn"),
    ("chinese", "zho"),
    ("mandarin", "zho"),
    ("cantonese", "zho"),
    ("中文", "zho"),
    ("普通话", "zho"),
    ("russian", "rus"),
    ("русский", "rus"),
    ("ukrainian", "ukr"),
    ("українська", "ukr"),
    ("spanish", "spa"),
    ("español", "spa"),
    ("portuguese", "por"),
    ("português", "por"),
    ("french", "fra"),
    ("français", "fra"),
    ("german", "deu"),
    ("deutsch", "deu"),
    ("italian", "ita"),
    ("italiano", "ita"),
    ("dutch", "nld"),
    ("polish", "pol"),
    ("polski", "pol"),
    ("vietnamese", "vie"),
    ("tiếng việt", "vie"),
    ("thai", "tha"),
    ("lao", "lao"),
    ("khmer", "khm"),
    ("indonesian", "ind"),
    ("malay", "msa"),
    ("filipino", "fil"),
    ("tagalog", "fil"),
    ("hindi", "hin"),
    ("urdu", "urd"),
    ("bengali", "ben"),
    ("bangla", "ben"),
    ("tamil", "tam"),
    ("telugu", "tel"),
    ("arabic", "ara"),
    ("turkish", "tur"),
    ("persian", "fas"),
    ("farsi", "fas"),
    ("hebrew", "heb"),
    ("greek", "ell"),
    ("romanian", "ron"),
    ("hungarian", "hun"),
    ("czech", "ces"),
    ("swedish", "swe"),
    ("norwegian", "nor"),
    ("danish", "dan"),
    ("finnish", "fin"),
    ("serbian", "srp"),
    ("croatian", "hrv"),
    ("bulgarian", "bul"),
    ("swahili", "swa"),
    ("amharic", "amh"),
    ("yoruba", "yor"),
    ("hausa", "hau"),
    ("mongolian", "mon"),
    ("kazakh", "kaz"),
    ("uzbek", "uzb"),
    ("georgian", "kat"),
    ("armenian", "hye"),
    ("belarusian", "bel"),
    ("burmese", "mya"),
    ("nepali", "nep"),
    ("sinhala", "sin"),
    ("punjabi", "pan"),
    ("marathi", "mar"),
    ("gujarati", "guj"),
];

fn code_of(name: &str) -> Option<String> {
    let key = name.trim().to_lowercase();
    NAMES
        .iter()
        .find(|(n, _)| *n == key)
        .map(|(_, c)| (*c).to_owned())
        .or_else(|| canonical_language(&key).filter(|_| key.len() <= 3 || key.contains(['-', '_'])))
}

fn is_native(level: &str) -> bool {
    let l = level.trim().to_lowercase();
    [
        "native",
        "bilingual",
        "mother tongue",
        "first language",
        "母語",
        "모국어",
        "원어민",
    ]
    .iter()
    .any(|k| l.contains(k))
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(p) = a.profile else { return };
    let Some(c) = claims::claimed_country(a) else {
        return;
    };
    for (i, l) in p.languages.iter().enumerate() {
        let (Some(name), Some(level)) = (l.language.as_deref(), l.level.as_deref()) else {
            continue;
        };
        if !is_native(level) {
            continue;
        }
        let Some(code) = code_of(name) else { continue };
        if code == "eng" || c.countries.iter().any(|x| country_speaks(x, &code)) {
            continue;
        }
        out.emit(
            &RULE,
            format!(
                "{} is declared native, and is not widely spoken in the claimed location {}.",
                name.trim(),
                c.name()
            ),
            vec![
                c.field.evidence_all(),
                value_evidence(
                    format!("{}languages[{i}].language", a.profile_prefix),
                    name.to_owned(),
                ),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    fn doc(country: &str, lang: &str, level: &str) -> serde_json::Value {
        json!({"kind":"profile","location":{"country":country},
               "languages":[{"language":"English","level":"fluent"},{"language":lang,"level":level}]})
    }

    #[test]
    fn native_korean_in_italy_is_info() {
        let hints = test_run(&RULE, doc("Italy", "Korean", "Native"));
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].severity, Severity::Info);
        assert_eq!(hints[0].evidence[1].field, "languages[1].language");
        assert_eq!(
            hints[0].message,
            "Korean is declared native, and is not widely spoken in the claimed location Italy."
        );
    }

    #[test]
    fn spoken_languages_and_non_native_levels_are_benign() {
        assert!(test_run(&RULE, doc("South Korea", "Korean", "native")).is_empty());
        assert!(test_run(&RULE, doc("Korea", "한국어", "native")).is_empty());
        assert!(test_run(&RULE, doc("Italy", "Korean", "conversational")).is_empty());
        assert!(test_run(&RULE, doc("Japan", "English", "native")).is_empty());
        assert!(test_run(&RULE, doc("Mexico", "Spanish", "native")).is_empty());
    }
}
