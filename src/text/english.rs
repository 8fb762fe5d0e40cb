//! A fast answer for prose that is plainly English, before the general
//! language detector is asked.
//!
//! whatlang compares a text's trigrams with 300 trigrams of every candidate
//! language; in WebAssembly that is most of the time `analyze` takes (its
//! hash function multiplies 128-bit numbers, which wasm32 emulates). Most
//! prose on English-language hiring platforms is English, and English prose
//! announces itself: its most frequent words are a short closed list, while
//! the function words of other languages are absent. When a sample shows
//! both — at least [`MIN_ENGLISH_SHARE`] of its words from the English list,
//! at most [`MAX_FOREIGN_SHARE`] from the list of other languages' function
//! words, at least [`MIN_WORDS`] words, nearly all letters ASCII — the
//! answer is English and the detector is not run; anything else goes to the
//! detector as before.
//!
//! The shortcut must never change an answer the detector would give:
//! `cargo run --release --example langid_fastpath` compares the two on every
//! text of the evaluation data (see docs/evaluation.md → Language
//! identification fast path).

/// The most frequent English words (function words and a few common verbs).
/// Sorted, for binary search.
const ENGLISH: &[&str] = &[
    "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by",
    "can", "do", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "just", "me", "more", "my", "not", "of", "on", "only", "or",
    "other", "our", "she", "so", "some", "than", "that", "the", "their", "them", "there", "they",
    "this", "to", "us", "very", "was", "we", "were", "what", "when", "which", "who", "will",
    "with", "would", "you", "your",
];

/// Frequent function words of other languages written in Latin script
/// (Spanish, French, German, Dutch, Italian, Portuguese, the Scandinavian
/// languages, Finnish, Polish, Czech, Turkish, Indonesian/Malay, Tagalog,
/// Romanian, Hungarian) that are not English words. Sorted.
const FOREIGN: &[&str] = &[
    "af", "ale", "alla", "ang", "ao", "att", "au", "auch", "auf", "av", "ay", "az", "bir", "bu",
    "care", "che", "cu", "da", "dan", "das", "dass", "de", "dei", "del", "della", "dem", "den",
    "der", "des", "det", "di", "die", "dit", "dos", "du", "een", "egy", "ei", "ein", "eine", "el",
    "em", "en", "er", "es", "est", "et", "ett", "ez", "für", "gli", "het", "hogy", "ich", "ik",
    "il", "ile", "ini", "ist", "itu", "ja", "jag", "je", "jeg", "jest", "jsou", "la", "las", "le",
    "les", "lo", "los", "ma", "maar", "mais", "mga", "mit", "na", "nao", "ne", "nel", "nem", "ng",
    "nicht", "nie", "niet", "non", "nu", "och", "og", "oli", "op", "os", "ou", "pe", "per", "pour",
    "que", "qui", "sa", "se", "si", "sich", "sie", "sind", "som", "sono", "su", "sur", "sus",
    "til", "uma", "un", "una", "und", "une", "van", "ve", "voor", "và", "yang", "za", "ze", "zu",
    "że",
];

/// Share of words that must come from the English function-word list.
pub const MIN_ENGLISH_SHARE: f64 = 0.28;
/// Share of words from the foreign function-word list above which the
/// detector decides.
pub const MAX_FOREIGN_SHARE: f64 = 0.03;
/// Words the sample needs.
pub const MIN_WORDS: usize = 20;
/// Share of letters that may be outside ASCII (a name, "café", "résumé").
const MAX_NON_ASCII_LETTERS: f64 = 0.02;

/// Is `sample` plainly English? `false` means "ask the detector", not "not English".
pub fn clearly_english(sample: &str) -> bool {
    clearly_english_words(
        super::words(sample)
            .iter()
            .filter_map(|r| sample.get(r.clone())),
    )
}

/// [`clearly_english`] for text already split by [`super::words`] (a field's
/// words): each word's letter runs count ("don't" is "don" and "t",
/// "full-stack" is "full" and "stack"; digits are not letters).
pub fn clearly_english_words<'a>(words: impl Iterator<Item = &'a str>) -> bool {
    let (mut tokens, mut english, mut foreign) = (0usize, 0usize, 0usize);
    let (mut letters, mut non_ascii) = (0usize, 0usize);
    let mut lower = String::with_capacity(16);
    for w in words {
        for part in w
            .split(|c: char| !c.is_alphabetic())
            .filter(|p| !p.is_empty())
        {
            lower.clear();
            for c in part.chars() {
                letters += 1;
                if c.is_ascii() {
                    lower.push(c.to_ascii_lowercase());
                } else {
                    non_ascii += 1;
                    lower.extend(c.to_lowercase());
                }
            }
            tokens += 1;
            let t = lower.as_str();
            if ENGLISH.binary_search(&t).is_ok() {
                english += 1;
            } else if FOREIGN.binary_search(&t).is_ok() {
                foreign += 1;
            }
        }
    }
    if tokens < MIN_WORDS || letters == 0 {
        return false;
    }
    let share = |n: usize| n as f64 / tokens as f64;
    share(english) >= MIN_ENGLISH_SHARE
        && share(foreign) <= MAX_FOREIGN_SHARE
        && non_ascii as f64 / letters as f64 <= MAX_NON_ASCII_LETTERS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
        assert!(FOREIGN.windows(2).all(|w| w[0] < w[1]));
        for w in FOREIGN {
            assert!(ENGLISH.binary_search(w).is_err(), "{w} is in both lists");
        }
    }

    #[test]
    fn english_prose_takes_the_shortcut() {
        assert!(clearly_english(
            "Hi, I'm Daniel, a senior engineer based in Austin. For nine years I have built web \
             applications for startups, and I write documentation that the next developer reads."
        ));
    }

    #[test]
    fn other_languages_and_short_or_list_like_text_go_to_the_detector() {
        for t in [
            // Spanish, German, Dutch, French, Indonesian, Tagalog
            "Hola, soy desarrollador web con ocho años de experiencia en proyectos para empresas de logística y la banca; trabajo con React y Node y puedo empezar el lunes.",
            "Ich bin seit acht Jahren Entwickler und habe für Firmen in der Logistik und im Bankwesen gearbeitet; ich kann am Montag mit dem Projekt beginnen und freue mich.",
            "Ik ben al acht jaar ontwikkelaar en heb voor bedrijven in de logistiek gewerkt; ik kan maandag beginnen met het project en kijk ernaar uit om met u te werken.",
            "Je suis développeur depuis huit ans et j'ai travaillé pour des entreprises de logistique; je peux commencer lundi et je serais ravi de travailler avec vous.",
            "Saya adalah pengembang web dengan pengalaman delapan tahun dan saya bisa mulai hari Senin untuk proyek ini dengan tim yang ada di perusahaan Anda sekarang.",
            "Ako ay isang web developer na may walong taon na karanasan at handa akong magsimula sa Lunes para sa proyekto ninyo kasama ang inyong koponan ngayon.",
            // English, but a skills list: no function words to go by
            "React TypeScript Node.js PostgreSQL AWS Terraform GitHub Actions Docker Kubernetes Redis GraphQL Jest Cypress Next.js Tailwind Python Django Flask FastAPI",
            // too short
            "Thanks, I can start on Monday.",
        ] {
            assert!(!clearly_english(t), "{t}");
        }
    }

    #[test]
    fn english_mixed_with_another_script_goes_to_the_detector() {
        assert!(!clearly_english(
            "I have built the dispatch dashboard and the mobile API for the team, and I can show you \
             the code that we wrote. 저는 서울에서 일하고 있으며 다음 주부터 시작할 수 있습니다."
        ));
    }
}
