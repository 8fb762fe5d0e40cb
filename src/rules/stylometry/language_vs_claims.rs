//! HL201 language-vs-claims: the freelancer writes only in a language the profile does not list.

use super::claims;
use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use std::collections::BTreeMap;

pub static RULE: Rule = Rule {
    code: "HL201",
    name: "language-vs-claims",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I03", "I04"],
    title: "Writes in a language the profile does not list",
    innocent: "Profiles often list only the languages a platform asks about; people also write to a client in the client's language.",
    verify: "Ask on a camera-on call in the language the profile claims as native; compare with the written messages.",
    docs: Docs {
        what_it_sees: "The language of the freelancer's own prose (overview, proposal, messages), detected per field only when the field is long enough (120 letters, 40 for CJK) and the detector reports a reliable result. It compares that with the languages the profile lists. It fires only when **every** detected text is in a language the profile does not list at all, with at least 40 detected words. Closely related languages that short-text detectors confuse (Norwegian/Danish/Swedish, Serbian/Croatian/Slovenian, Russian/Ukrainian/Belarusian, Spanish/Catalan/Portuguese/Italian, Czech/Slovak, Indonesian/Malay) count as covered by a claim of any of them. A claim of native or bilingual command of another language makes it a low hint; otherwise it is informational. Without a languages list there is no claim, and the rule stays silent; it is silent too when the list names a language the detector has no code for (Xhosa, Mongolian, Kazakh…), whose text the detector would call a neighbouring language.",
        why_it_matters: "Advisories describe personas that claim native command of one language while their messages are in another (I04), and language-preference fields that contradict the claimed background (I03). Writing in a language one lists, even at a basic level, is not evidence; writing everything in an unlisted language while claiming another as native is an inconsistency worth a question.",
        innocent_explanations: "The languages list may be incomplete or a platform default; a freelancer may answer a client in the client's language; a translation tool may have been used on purpose; text pasted from another document can dominate a short profile.",
        example: "Profile: `languages: [{\"language\": \"English\", \"level\": \"Native\"}]`; every message is written in Korean.\n\nFires at low: \"All 3 texts the freelancer wrote whose language could be detected are in Korean; the profile lists English (Native) and not Korean.\"",
    },
    check,
};

/// Words of detected text needed before the rule speaks.
const MIN_WORDS: usize = 40;

fn check(a: &Analysis, out: &mut Sink) {
    let claimed = claims::languages(a);
    if claimed.is_empty() || lists_unnamed_language(a) {
        return;
    }
    let mut by_lang: BTreeMap<&'static str, (usize, Vec<Evidence>)> = BTreeMap::new();
    let mut texts = 0usize;
    for (_, f) in a.subject_prose() {
        let Some(lang) = f.language() else { continue };
        texts += 1;
        if claimed.iter().any(|c| claims::covers(c.code, lang.code)) {
            // Some text is in a claimed language: no inconsistency.
            return;
        }
        let e = by_lang.entry(lang.code).or_default();
        e.0 += f.word_count();
        if e.1.len() < 3 {
            let first = f.sentences.first().cloned().unwrap_or(0..f.norm.len());
            e.1.push(f.evidence(first));
        }
    }
    let words: usize = by_lang.values().map(|v| v.0).sum();
    if texts == 0 || words < MIN_WORDS {
        return;
    }
    let Some((&main, _)) = by_lang.iter().max_by_key(|(_, v)| v.0) else {
        return;
    };
    let langs: Vec<&str> = by_lang.keys().map(|c| claims::language_name(c)).collect();
    let in_what = langs.join(" and ");
    let evidence: Vec<Evidence> = by_lang.into_values().flat_map(|v| v.1).collect();
    let listed = claims::describe(&claimed);
    let all = if texts == 1 {
        "The one text the freelancer wrote whose language could be detected is".to_owned()
    } else {
        format!("All {texts} texts the freelancer wrote whose language could be detected are")
    };
    let message = format!(
        "{all} in {in_what}; the profile lists {listed} and not {}.",
        claims::language_name(main)
    );
    if claimed.iter().any(|c| c.native) {
        out.emit(&RULE, message, evidence);
    } else {
        out.emit_at(&RULE, Severity::Info, message, evidence);
    }
}

/// Whether the profile lists a language the detector has no code for
/// (Xhosa, Mongolian, Kazakh, Nynorsk…). Text in such a language gets a
/// neighbour's code when it is detected at all (Xhosa → Zulu, Mongolian →
/// Russian: `cargo run --release --example langid_gate`), so it could not
/// be told from "a language the profile does not list".
fn lists_unnamed_language(a: &Analysis) -> bool {
    a.profile.is_some_and(|p| {
        p.languages.iter().any(|l| {
            l.language
                .as_deref()
                .is_some_and(|n| !n.trim().is_empty() && claims::language_code(n).is_none())
        })
    })
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    fn codes(json: &str) -> Vec<String> {
        let r = analyze_json(json, &Options::default()).unwrap();
        r.hints
            .into_iter()
            .filter(|h| h.code == "HL201")
            .map(|h| format!("{}:{}", h.severity.as_str(), h.message))
            .collect()
    }

    const KO: &str = "안녕하세요. 요청하신 웹사이트 작업은 이번 주 안에 끝낼 수 있습니다. 데이터베이스 설계와 백엔드 개발 경험이 많고, 비슷한 프로젝트를 여러 번 진행했습니다. 일정과 예산에 대해 이야기 나누고 싶습니다.";

    #[test]
    fn fires_when_native_claim_and_all_text_in_another_language() {
        let doc = format!(
            r#"{{"kind":"thread","profile":{{"languages":[{{"language":"English","level":"Native"}}]}},
            "messages":[{{"text":"{KO}"}},{{"text":"{KO}"}}]}}"#
        );
        let h = codes(&doc);
        assert_eq!(h.len(), 1, "{h:?}");
        assert!(h[0].starts_with("low:"), "{h:?}");
        assert!(h[0].contains("Korean") && h[0].contains("English (Native)"));
        assert!(!h[0].contains("Korea "), "never names a country");
    }

    #[test]
    fn silent_when_language_is_listed_or_no_claims() {
        let doc = format!(
            r#"{{"kind":"thread","profile":{{"languages":[{{"language":"English","level":"Native"}},{{"language":"Korean","level":"Basic"}}]}},
            "messages":[{{"text":"{KO}"}}]}}"#
        );
        assert!(codes(&doc).is_empty());
        let doc = format!(r#"{{"kind":"thread","messages":[{{"text":"{KO}"}}]}}"#);
        assert!(codes(&doc).is_empty());
        // one English text among them: writing in a second language is not evidence
        let doc = format!(
            r#"{{"kind":"thread","profile":{{"languages":[{{"language":"English","level":"Native"}}]}},
            "messages":[{{"text":"{KO}"}},{{"text":"I have been building web applications for small businesses for many years, and I enjoy working closely with clients."}}]}}"#
        );
        assert!(codes(&doc).is_empty());
    }

    #[test]
    fn silent_when_a_listed_language_has_no_detector_code() {
        let with = |second: &str| {
            format!(
                r#"{{"kind":"thread","profile":{{"languages":[{{"language":"English","level":"Native"}},{{"language":"{second}","level":"Basic"}}]}},
                "messages":[{{"text":"{KO}"}},{{"text":"{KO}"}}]}}"#
            )
        };
        // The detector cannot name Xhosa: the text could be in it.
        assert!(codes(&with("Xhosa")).is_empty());
        // A listed language it can name that is not the text's: still fires.
        assert_eq!(codes(&with("Japanese")).len(), 1);
    }

    #[test]
    fn informational_without_native_claim() {
        let doc = format!(
            r#"{{"kind":"thread","profile":{{"languages":[{{"language":"English","level":"Fluent"}}]}},
            "messages":[{{"text":"{KO}"}},{{"text":"{KO}"}}]}}"#
        );
        let h = codes(&doc);
        assert_eq!(h.len(), 1);
        assert!(h[0].starts_with("info:"));
    }
}
