//! HL202 native-fluency-mismatch: claimed native English, writing with many learner-error patterns.

use super::claims;
use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::style::LearnerError;

pub static RULE: Rule = Rule {
    code: "HL202",
    name: "native-fluency-mismatch",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 0.7,
    indicators: &["I04"],
    title: "Claimed native English, writing shows learner patterns",
    innocent: "Native speakers make these slips too when typing fast, on a phone, or through autocorrect; a claim of \"native\" may be an honest overstatement.",
    verify: "Talk on a camera-on call; ask about the claimed background in ordinary conversation. Do not judge accent or fluency as such.",
    docs: Docs {
        what_it_sees: "Only when the profile claims **native or bilingual** English. In the freelancer's English prose (fields detected as English) it counts learner-error patterns: a missing article before a job title (\"I am software developer\"), agreement (\"these guys is\", \"he have\", \"there is many\"), verb and preposition patterns (\"looking forward to work\", \"discuss about\", \"explain me\", \"can to do\"), plural and article forms (\"several project.\", \"an project\"), uncountable plurals and double marking (\"informations\", \"5 years experiences\", \"more better\"). It fires when there are at least 3 such patterns of at least 2 kinds in at least 80 words **and** the rate is at least 1.5 per 100 words — a rate that native-written text in the evaluation sets (human cover letters, US student essays) reaches in under 1 % of texts. Features of established native varieties (Indian, Singaporean, Nigerian English) are deliberately not counted. Without the claim the rule never runs.",
        why_it_matters: "Advisories note personas that claim to be native speakers while their writing is plainly non-native (I04): the claim, not the writing, is what is tested. Learner writing is normal and is never a hint by itself.",
        innocent_explanations: "Typing fast or on a phone, autocorrect, dyslexia, a bilingual upbringing in which English is one of two home languages, or a platform's level list that makes \"native\" the easy choice. Many honest people overstate their level.",
        example: "Profile: English (Native). Proposal: \"I am software developer with 5 years experiences. I can to start today and looking forward to work with you. Please send me more informations about these project.\"\n\nFires at low, highlighting each pattern.",
    },
    check,
};

/// Words of English prose needed.
pub const MIN_WORDS: usize = 80;
/// Patterns needed, of at least [`MIN_KINDS`] kinds.
pub const MIN_HITS: usize = 3;
pub const MIN_KINDS: usize = 2;
/// Patterns per 100 words at or above which the writing is reported.
pub const RATE: f64 = 1.5;

/// Whether a text with these learner patterns would be reported (used by the evaluation).
pub fn exceeds(hits: &[LearnerError], words: usize) -> bool {
    let mut kinds: Vec<LearnerError> = Vec::new();
    for k in hits {
        if !kinds.contains(k) {
            kinds.push(*k);
        }
    }
    words >= MIN_WORDS
        && hits.len() >= MIN_HITS
        && kinds.len() >= MIN_KINDS
        && hits.len() as f64 * 100.0 / words as f64 >= RATE
}

fn check(a: &Analysis, out: &mut Sink) {
    let claimed = claims::languages(a);
    let Some(claim) = claimed.iter().find(|c| c.code == "eng" && c.native) else {
        return;
    };
    let mut words = 0;
    let mut hits: Vec<LearnerError> = Vec::new();
    let mut evidence: Vec<Evidence> = Vec::new();
    for (_, f) in a.subject_prose() {
        if f.language().is_none_or(|l| l.code != "eng") {
            continue;
        }
        words += f.word_count();
        for (r, k) in f.learner() {
            hits.push(*k);
            evidence.push(f.evidence(r.clone()));
        }
    }
    if !exceeds(&hits, words) {
        return;
    }
    let mut kinds: Vec<&str> = Vec::new();
    for k in &hits {
        if !kinds.contains(&k.label()) {
            kinds.push(k.label());
        }
    }
    let level = claim.level.as_deref().unwrap_or("native").trim();
    out.emit(
        &RULE,
        format!(
            "The profile claims {} ({level}); its English text shows {} learner-error patterns in {words} words ({:.1} per 100 words; {}).",
            claim.as_written,
            hits.len(),
            hits.len() as f64 * 100.0 / words as f64,
            kinds.join(", ")
        ),
        evidence,
    );
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    const LEARNER: &str = "Hello sir. I am software developer with 5 years experiences in web development. I can to start today and I am looking forward to work with you on this project. Please send me more informations about these project, because I want to discuss about the details with you. My team have done several similar websites for clients in Europe and we always deliver quality work on time and in budget, so you can trust us with the work. Thank you for your time.";
    const NATIVE: &str = "Hello. I am a software developer with five years of experience in web development. I can start today and I look forward to working with you on this project. Please send me more information about the project, because I would like to go through the details with you. My team has built several similar websites for clients in Europe and we always deliver quality work on time and on budget, so you can trust us with the work.";

    fn hl202(level: &str, text: &str) -> Vec<crate::Hint> {
        let doc = format!(
            r#"{{"kind":"proposal","text":"{text}","profile":{{"languages":[{{"language":"English","level":"{level}"}}]}}}}"#
        );
        analyze_json(&doc, &Options::default())
            .unwrap()
            .hints
            .into_iter()
            .filter(|h| h.code == "HL202")
            .collect()
    }

    #[test]
    fn fires_only_with_a_native_claim() {
        let h = hl202("Native or Bilingual", LEARNER);
        assert_eq!(h.len(), 1);
        assert!(h[0].evidence.iter().any(|e| e.text == "informations"));
        assert!(
            h[0].evidence
                .iter()
                .any(|e| e.text.contains("forward to work"))
        );
        assert!(hl202("Fluent", LEARNER).is_empty());
        assert!(hl202("Conversational", LEARNER).is_empty());
    }

    #[test]
    fn native_text_is_silent() {
        assert!(hl202("Native", NATIVE).is_empty());
    }

    #[test]
    fn no_profile_no_hint() {
        let doc = format!(r#"{{"kind":"proposal","text":"{LEARNER}"}}"#);
        let r = analyze_json(&doc, &Options::default()).unwrap();
        assert!(r.hints.iter().all(|h| h.code != "HL202"));
    }
}
