//! HL204 ai-style-markers: vocabulary and formulas that AI assistants favour.

use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::Field;
use crate::text::style::AiScore;

pub static RULE: Rule = Rule {
    code: "HL204",
    name: "ai-style-markers",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 0.5,
    indicators: &["I35"],
    title: "Written or polished with an AI assistant is likely",
    innocent: "Most applicants now use AI tools to write or polish text; careful human writers use some of these words too.",
    verify: "Nothing to verify on its own: weigh it only with other hints, and ask the person to explain their own proposal on a call.",
    docs: Docs {
        what_it_sees: "In each piece of the freelancer's prose of at least 80 words: words that large language models use far more often than people (\"delve\", \"tapestry\", \"pivotal\", \"showcase\", \"underscore\", \"testament\"…, weight 1; words also common in human formal writing — \"crucial\"-style transitions such as \"furthermore\", \"additionally\", and \"meticulous\", \"seamless\", \"foster\", \"spearhead\", \"vital\", each in 3 % or more of human cover letters — weight 0.4) and stock assistant formulas (\"I hope this message finds you well\", \"feel free to reach out\", \"plays a crucial role\", \"in today's fast-paced…\", weight 1), each distinct word counted at most twice, per 100 words; plus up to 1 point when sentence lengths are unusually uniform. It fires when that score reaches 1.15 with at least 3 distinct markers, and highlights the words and formulas that drove it. The operating point was chosen on human text only — the lowest threshold at which every human register (pre-2022 cover letters, résumés, US student essays, learner essays, HC3 answers) stays at or under 5 % and no learner first-language group exceeds the native reference by more than 2 points: 4.8 % of cover letters, 0.4 % of student essays, 2.0 % of all scorable human text, worst first language +0.6 points. Measured afterwards on machine text none of it was tuned on: 31 % of ChatGPT student essays, 57 % of GPT-3.5 and 75 % of GPT-4 exam essays, 37 % of Claude's, but 0–2 % of FLAN-T5, BLOOMZ, GPT-2 and short HC3 texts (see `docs/evaluation.md`). It never says \"AI-written\": the score is not a detector verdict, and the weight is low.",
        why_it_matters: "Advisories report that the workers use AI tools to draft proposals and cover letters tailored to each job post (I35). That is also what many honest applicants do, so this is at most a weak hint that matters only next to other signals.",
        innocent_explanations: "Honest use of an assistant to polish writing — common, and especially common among people writing in a second language; templates from career sites; a formal register that happens to use these words.",
        example: "> I hope this message finds you well. I am thrilled to apply: my meticulous approach and deep understanding of React allow me to deliver seamless, robust solutions. I would love to delve into your project…\n\nFires at low, highlighting each marker.",
    },
    check,
};

/// Words a field needs before it is scored.
pub const MIN_WORDS: usize = 80;
/// Distinct markers needed.
pub const MIN_DISTINCT: usize = 3;
/// The score at or above which a field is reported: the lowest that keeps every
/// human register ≤ 5 % and every learner first language ≤ native + 2 points
/// (`cargo run --release --example eval_style -- ai-point`; docs/evaluation.md).
pub const THRESHOLD: f64 = 1.15;

/// The AI-style score of a field, when it is long enough to score.
pub fn score(f: &Field) -> Option<AiScore> {
    let words = f.word_count();
    (words >= MIN_WORDS).then(|| f.ai_score())
}

/// Whether a score is reported.
pub fn flags(s: &AiScore) -> bool {
    s.distinct >= MIN_DISTINCT && s.score >= THRESHOLD
}

fn check(a: &Analysis, out: &mut Sink) {
    let mut best: Option<(AiScore, &Field)> = None;
    for (_, f) in a.subject_prose() {
        let Some(s) = score(f) else { continue };
        if flags(&s) && best.as_ref().is_none_or(|(b, _)| s.score > b.score) {
            best = Some((s, f));
        }
    }
    let Some((s, f)) = best else { return };
    let mut shown: Vec<String> = Vec::new();
    let mut evidence = Vec::new();
    for m in f.markers() {
        let t = f
            .norm
            .get(m.range.clone())
            .unwrap_or_default()
            .to_lowercase();
        if !shown.contains(&t) && shown.len() < 8 {
            shown.push(t);
        }
        evidence.push(f.evidence(m.range.clone()));
    }
    let uniform = if s.uniformity > 0.5 {
        "; sentence lengths are unusually uniform"
    } else {
        ""
    };
    out.emit(
        &RULE,
        format!(
            "Written or polished with an AI assistant is likely: {} distinct assistant-style markers in {} words (\"{}\"){uniform}.",
            s.distinct,
            f.word_count(),
            shown.join("\", \"")
        ),
        evidence,
    );
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    const AI: &str = "I hope this message finds you well. I am thrilled to apply for this role. With a deep understanding of React and a meticulous approach to detail, I deliver seamless and robust solutions that elevate user experience. I would love to delve into your project and leverage my expertise to foster a vibrant, scalable platform. My comprehensive background in the ever-evolving landscape of web development is a testament to my commitment. Additionally, I ensure clear communication throughout. Feel free to reach out to discuss how I can help.";
    const HUMAN: &str = "Hi, I read your post about the booking page. I built something close to this last spring for a dentist in Leeds: a calendar, reminders by text, and a small admin screen. Your version needs payments too, which I have done with Stripe twice. Two questions before I quote: do you already have a domain and hosting, and should customers be able to cancel online? If the answers are yes and yes, I think two weeks is realistic. I can show you the dentist's site on a call if that helps.";

    fn hl204(text: &str) -> Vec<crate::Hint> {
        let doc = format!(r#"{{"kind":"proposal","text":"{text}"}}"#);
        analyze_json(&doc, &Options::default())
            .unwrap()
            .hints
            .into_iter()
            .filter(|h| h.code == "HL204")
            .collect()
    }

    #[test]
    fn flags_assistant_style_with_words_highlighted() {
        let h = hl204(AI);
        assert_eq!(h.len(), 1);
        assert!(
            h[0].message
                .starts_with("Written or polished with an AI assistant is likely")
        );
        assert!(!h[0].message.to_lowercase().contains("ai-written"));
        let ev: Vec<String> = h[0]
            .evidence
            .iter()
            .map(|e| e.text.to_lowercase())
            .collect();
        assert!(ev.contains(&"delve".to_owned()) && ev.contains(&"meticulous".to_owned()));
        assert_eq!(h[0].weight, 0.5);
    }

    #[test]
    fn plain_human_text_is_silent() {
        assert!(hl204(HUMAN).is_empty());
    }
}
