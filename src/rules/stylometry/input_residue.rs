//! HL203 input-method-residue: East Asian keyboard characters inside Latin text, unexplained by the claims.

use super::claims;
use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::style::{Residue, Writing};

pub static RULE: Rule = Rule {
    code: "HL203",
    name: "input-method-residue",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 0.8,
    indicators: &["I04", "I02"],
    title: "East Asian keyboard characters the claims do not explain",
    innocent: "Text copied from a web page, a document or a chat app in an East Asian language carries these characters; many people use several keyboards.",
    verify: "Ask which languages the person reads and writes and where they have lived; compare with the profile.",
    docs: Docs {
        what_it_sees: "In the freelancer's Latin-script prose, characters that an East Asian input method leaves behind: full-width letters, digits and punctuation (`，` `．` `５００`), the ideographic space, CJK punctuation (`、` `。` `「」`), Hangul chat letters (`ㅋㅋ`, `ㅎㅎ`, `ㅠㅠ`), and runs of Hangul, kana or ideographs inside English text. It reads the **original** text, since the analysis folds full-width forms into ASCII. It reports them **only** when the profile makes a claim (a location or a languages list) and nothing in it explains them: no listed language written with those characters and no claimed country where such a language is widely spoken natively (country names and codes are resolved with the `geo` tables; a country that cannot be resolved counts as explaining them). Without any claim it stays silent; the characters are never evidence by themselves.",
        why_it_matters: "Advisories describe personas whose claimed location and languages contradict other traces of where and how they work (I02, I04). A keyboard habit that none of the claims accounts for is one such trace — weak, and worth only a question.",
        innocent_explanations: "Copy-paste from East Asian web pages, documents or chat apps; a second keyboard installed for family, study or work; a profile that lists only the languages a client asked for; living abroad. None of this says anything about nationality.",
        example: "Profile: location US, languages English (Native). Message: \"Sure，I can start tomorrow ㅋㅋ\".\n\nFires at low, highlighting `，` and `ㅋㅋ`: \"The text contains full-width characters, Hangul chat letters (ㅋㅋ/ㅎㅎ) typical of an East Asian input method; the profile claims location US and lists English (Native), none of which uses them.\"",
    },
    check,
};

fn explained(w: Writing, country: Option<&str>, langs: &[claims::LanguageClaim]) -> bool {
    country.is_some_and(|c| claims::country_uses(c, w))
        || langs
            .iter()
            .any(|l| claims::writing_languages(w).contains(&l.code))
}

fn check(a: &Analysis, out: &mut Sink) {
    let langs = claims::languages(a);
    let country = claims::country(a);
    if langs.is_empty() && country.is_none() {
        return;
    }
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut kinds: Vec<Residue> = Vec::new();
    for (_, f) in a.subject_prose() {
        for (r, k) in f.residue() {
            if explained(k.writing(), country, &langs) {
                continue;
            }
            if !kinds.contains(k) {
                kinds.push(*k);
            }
            if evidence.len() < 20 {
                evidence.push(f.evidence_original(r.clone()));
            }
        }
    }
    if evidence.is_empty() {
        return;
    }
    let what: Vec<&str> = kinds.iter().map(|k| k.label()).collect();
    let mut claimed = Vec::new();
    if let Some(c) = country {
        claimed.push(format!("claims location {c}"));
    }
    if !langs.is_empty() {
        claimed.push(format!("lists {}", claims::describe(&langs)));
    } else if a.profile.is_some_and(|p| p.languages.is_empty()) {
        claimed.push("lists no languages".to_owned());
    }
    out.emit(
        &RULE,
        format!(
            "The Latin-script text contains {} typical of an East Asian input method; the profile {}, none of which uses them.",
            what.join(", "),
            claimed.join(" and ")
        ),
        evidence,
    );
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    fn hl203(profile: &str, text: &str) -> Vec<crate::Hint> {
        let doc = format!(r#"{{"kind":"message","text":"{text}","profile":{profile}}}"#);
        analyze_json(&doc, &Options::default())
            .unwrap()
            .hints
            .into_iter()
            .filter(|h| h.code == "HL203")
            .collect()
    }

    const TEXT: &str = "Sure，I can start tomorrow and finish the landing page by Friday ㅋㅋ the price is ５００ USD";

    #[test]
    fn fires_when_claims_do_not_explain() {
        let h = hl203(
            r#"{"location":{"country":"US"},"languages":[{"language":"English","level":"Native"}]}"#,
            TEXT,
        );
        assert_eq!(h.len(), 1);
        let texts: Vec<&str> = h[0].evidence.iter().map(|e| e.text.as_str()).collect();
        assert!(
            texts.contains(&"，") && texts.contains(&"ㅋㅋ") && texts.contains(&"５００"),
            "{texts:?}"
        );
        for e in &h[0].evidence {
            let u: Vec<u16> = TEXT.encode_utf16().collect();
            assert_eq!(String::from_utf16(&u[e.start..e.end]).unwrap(), e.text);
        }
        assert!(!h[0].message.contains("Korea"));
    }

    #[test]
    fn silent_when_explained_or_unclaimed() {
        // a listed language written with these characters
        assert!(hl203(
            r#"{"location":{"country":"US"},"languages":[{"language":"English","level":"Native"},{"language":"Korean","level":"Fluent"}]}"#,
            TEXT
        )
        .is_empty());
        // a claimed location where they are typed
        assert!(hl203(r#"{"location":{"country":"South Korea"}}"#, TEXT).is_empty());
        // no claims at all: never by itself
        assert!(hl203(r#"{}"#, TEXT).is_empty());
        // plain text
        assert!(hl203(
            r#"{"location":{"country":"US"}}"#,
            "Sure, I can start tomorrow and finish the landing page by Friday, the price is 500 USD"
        )
        .is_empty());
    }

    #[test]
    fn full_width_only_explained_by_any_cjk_claim() {
        let t = "Hello，I can start tomorrow and finish the landing page by Friday．Thanks";
        assert!(hl203(r#"{"location":{"country":"Japan"}}"#, t).is_empty());
        assert_eq!(hl203(r#"{"location":{"country":"Germany"}}"#, t).len(), 1);
    }
}
