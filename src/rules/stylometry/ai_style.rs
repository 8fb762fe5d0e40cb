//! HL204 ai-style-markers: vocabulary and formulas that AI assistants favour.

use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::Field;
use crate::text::ai_model;
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
        what_it_sees: "In each piece of the freelancer's prose of at least 80 words, a small linear model (a logistic regression over 158 measures, fitted offline on the development data only and shipped as a table of weights): the rates of function and discourse words (\"thus\", \"ultimately\", \"additionally\", \"however\" push up; \"maybe\", \"pretty\", \"got\" push down), of the assistant lexicon (words large language models use far more than people — \"delve\", \"tapestry\", \"pivotal\", \"showcase\", \"testament\"… — and stock formulas such as \"I hope this message finds you well\", \"feel free to reach out\"), of punctuation, and sentence and word shape. Personal pronouns and line layout are deliberately not measured. It fires when the model's score reaches its threshold, or when assistant-lexicon markers alone are dense (1.4 weighted markers per 100 words with at least 3 distinct ones), and highlights the words and marks that pushed the score up most. The threshold was chosen on human text only, out of fold: every human register (pre-2022 cover letters, résumés, US student essays, learner essays, HC3 answers) at or under 4 % and no learner first-language group more than 2 points above the native reference — 2.3 % of cover letters, 0.7 % of all human text, worst first language +1.4 points. Machine sources left out of the fit are flagged 22 % of the time overall (34 % of ChatGPT student essays, 70 % of GPT-3.5 and GPT-4 exam essays; almost never short HC3 answers or GPT-2 text; see `docs/evaluation.md`). It never says \"AI-written\": the score is not a detector verdict, and the weight is low.",
        why_it_matters: "Advisories report that the workers use AI tools to draft proposals and cover letters tailored to each job post (I35). That is also what many honest applicants do, so this is at most a weak hint that matters only next to other signals.",
        innocent_explanations: "Honest use of an assistant to polish writing — common, and especially common among people writing in a second language; templates from career sites; a formal register that happens to use these words.",
        example: "> I hope this message finds you well. I am thrilled to apply: my meticulous approach and deep understanding of React allow me to deliver seamless, robust solutions. I would love to delve into your project…\n\nFires at low, highlighting each marker.",
    },
    check,
};

/// Words a field needs before it is scored.
pub const MIN_WORDS: usize = 80;
/// The model logit at or above which a field is reported: the lowest that keeps
/// every held-out human register ≤ 4 %, all human text ≤ 4 % and every learner
/// first language ≤ native + 2 points
/// (`cargo run --release --example eval_style -- ai-train`; docs/evaluation.md).
pub const THRESHOLD: f64 = ai_model::THRESHOLD;
/// Drivers named in the message (and highlighted).
const MAX_DRIVERS: usize = 6;
/// Highlighted spans at most.
const MAX_SPANS: usize = 24;

/// The AI-style score of a field, when it is long enough to score.
pub fn score(f: &Field) -> Option<AiScore> {
    let words = f.word_count();
    (words >= MIN_WORDS).then(|| f.ai_score())
}

/// The lexicon alone reports a field this dense in assistant words and
/// formulas (a safety net for the applicant's register — letters and
/// proposals in the first person, which the model's essays do not cover).
pub const LEXICON_THRESHOLD: f64 = 1.4;
/// Distinct lexicon markers the lexicon rule needs.
pub const MIN_DISTINCT: usize = 3;

/// Whether the lexicon rule alone reports a score.
pub fn lexicon_flags(s: &AiScore) -> bool {
    s.distinct >= MIN_DISTINCT && s.score >= LEXICON_THRESHOLD
}

/// Whether a score is reported: the model at its threshold, or the lexicon rule.
pub fn flags(s: &AiScore) -> bool {
    s.model >= THRESHOLD || lexicon_flags(s)
}

/// The features that pushed a field's score up most (weight × value above
/// the human mean), largest first: `(feature, contribution)`.
pub fn drivers(f: &Field) -> Vec<(usize, f32)> {
    // only what is there and counts towards assistant style (not the absence
    // of something human text tends to have)
    let mut c: Vec<(usize, f32)> = ai_model::contributions(&ai_model::features(f))
        .into_iter()
        .filter(|&(i, v)| v > 0.05 && ai_model::weight(i) > 0.0)
        .collect();
    // the largest few, by selection (no sort: this keeps the module small)
    let mut out = Vec::new();
    while out.len() < MAX_DRIVERS {
        let Some(k) = (0..c.len()).max_by(|&a, &b| {
            let v = |i: usize| c.get(i).map_or(0.0, |x| x.1);
            v(a).total_cmp(&v(b))
        }) else {
            break;
        };
        out.push(c.swap_remove(k));
    }
    out
}

fn check(a: &Analysis, out: &mut Sink) {
    let mut best: Option<(AiScore, &Field)> = None;
    for (_, f) in a.subject_prose() {
        let Some(s) = score(f) else { continue };
        if flags(&s) && best.as_ref().is_none_or(|(b, _)| s.model > b.model) {
            best = Some((s, f));
        }
    }
    let Some((_, f)) = best else { return };
    let mut named: Vec<String> = Vec::new();
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, _) in drivers(f) {
        let found = ai_model::spans(f, i);
        let mut name = ai_model::name(i);
        if !found.is_empty() && !name.starts_with('"') {
            // a lexicon group or a mark: name what was found
            let mut shown: Vec<String> = Vec::new();
            for r in &found {
                let t = f.norm.get(r.clone()).unwrap_or_default().to_lowercase();
                if !shown.contains(&t) && shown.len() < 4 {
                    shown.push(t);
                }
            }
            name = format!("{name} (\"{}\")", shown.join("\", \""));
        }
        named.push(name);
        spans.extend(found.into_iter().take(8));
    }
    // text order (insertion sort: a few dozen spans at most)
    for i in 1..spans.len() {
        let mut j = i;
        while j > 0 && spans.get(j - 1).map(|r| r.start) > spans.get(j).map(|r| r.start) {
            spans.swap(j - 1, j);
            j -= 1;
        }
    }
    spans.dedup();
    spans.truncate(MAX_SPANS);
    let evidence = if spans.is_empty() {
        vec![f.evidence_all()]
    } else {
        spans.into_iter().map(|r| f.evidence(r)).collect()
    };
    out.emit(
        &RULE,
        format!(
            "Written or polished with an AI assistant is likely: in {} words, what pushed the style score up most: {}.",
            f.word_count(),
            named.join("; ")
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
