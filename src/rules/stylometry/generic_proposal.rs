//! HL205 generic-proposal: a proposal that does not engage with the job post it answers.

use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::{Field, Source, re};
use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL205",
    name: "generic-proposal",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 0.8,
    indicators: &["I22", "I35"],
    title: "Proposal does not engage with the job post",
    innocent: "Busy freelancers reuse a template; some answer in general terms until they learn more about the job.",
    verify: "Ask a concrete question about your job that the proposal should have answered, and judge the reply.",
    docs: Docs {
        what_it_sees: "A proposal sent to a job whose title and description are given. It takes the job post's specific terms (words of 3+ letters that are not function words or generic hiring words such as \"developer\", \"project\", \"experience\") and checks how many appear in the proposal (matched on a 5-letter stem, so \"APIs\" matches \"API\" and \"migrating\" matches \"migration\"). It fires when the job post has at least 6 specific terms, the proposal has at least 40 words, it uses at most one of those terms (and under 10 % of them), **and** it contains at least 2 stock skeleton phrases (\"I have read your job description\", \"I can do this job\", \"I am the perfect fit\", \"I will do my best\", \"100% satisfaction\", and cover-letter formulas such as \"Thank you for your consideration\", \"I felt compelled to\", \"proven track record\"), which are highlighted. On human cover letters given a job post built from their own title, company and keywords it fired on none; given another letter's job post, on about 40 % (see `docs/evaluation.md`).",
        why_it_matters: "Operators run many personas and send proposals in bulk: boilerplate bios and proposals shared across accounts (I22), and text produced for volume rather than for the job (I35). A proposal that could have been sent to any job is one sign of volume bidding.",
        innocent_explanations: "Templates are common among honest freelancers, especially new ones; a short job post gives little to echo; some freelancers ask questions first and tailor later.",
        example: "Job: \"Migrate our Shopify store to WooCommerce, keep SEO redirects and customer accounts.\" Proposal: \"Dear hiring manager, I have read your job description carefully and I am the perfect fit for this job. I have 8 years of experience and I will do my best to deliver high quality work on time…\"\n\nFires at low: none of \"Shopify\", \"WooCommerce\", \"SEO\", \"redirects\", \"customer accounts\" appears.",
    },
    check,
};

const MIN_JOB_TERMS: usize = 6;
const MIN_WORDS: usize = 40;
const MIN_SKELETON: usize = 2;

/// Words that say nothing about a particular job.
const GENERIC: &[&str] = &[
    "the",
    "and",
    "for",
    "with",
    "that",
    "this",
    "you",
    "your",
    "our",
    "are",
    "will",
    "who",
    "can",
    "has",
    "have",
    "need",
    "needs",
    "looking",
    "want",
    "who",
    "from",
    "into",
    "all",
    "any",
    "not",
    "but",
    "also",
    "must",
    "should",
    "would",
    "could",
    "able",
    "well",
    "good",
    "great",
    "more",
    "work",
    "working",
    "job",
    "project",
    "projects",
    "developer",
    "developers",
    "freelancer",
    "experience",
    "experienced",
    "years",
    "skills",
    "skill",
    "team",
    "help",
    "hire",
    "hiring",
    "someone",
    "person",
    "please",
    "thanks",
    "thank",
    "apply",
    "proposal",
    "budget",
    "time",
    "long",
    "term",
    "new",
    "required",
    "requirements",
    "plus",
    "etc",
    "about",
    "what",
    "how",
    "when",
    "where",
    "which",
    "their",
    "they",
    "them",
    "its",
    "was",
    "were",
    "been",
    "being",
    "than",
    "then",
    "there",
    "here",
    "some",
    "other",
    "such",
    "each",
    "very",
    "just",
    "only",
    "out",
    "get",
    "make",
    "use",
    "using",
    "like",
    "one",
    "two",
    "three",
    "must",
    "strong",
    "knowledge",
    "expert",
    "professional",
    "quality",
    "high",
    "fast",
    "quick",
    "start",
    "asap",
    "immediately",
    "week",
    "weeks",
    "month",
    "months",
    "hour",
    "hours",
    "day",
    "days",
    "contract",
    "position",
    "role",
    "candidate",
    "ideal",
    "we're",
    "i'm",
    "it's",
    "let",
    "know",
    "see",
];

static SKELETON: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\b(?:dear\s+(?:hiring\s+manager|client|sir(?:/madam)?|sir\s+or\s+madam))\b",
        r"|\bI\s+(?:have\s+)?(?:carefully\s+)?(?:read|gone\s+through|reviewed|checked|understood)\s+(?:your|the)\s+(?:job|project)(?:\s+(?:description|post(?:ing)?|details|requirements))?",
        r"|\bI\s+(?:can|will)\s+(?:do|complete|finish|handle)\s+(?:this|your)\s+(?:job|task|project|work)\b",
        r"|\bI\s+am\s+(?:the\s+)?(?:perfect|best|right|ideal)\s+(?:fit|person|candidate|freelancer)\b",
        r"|\bI\s+will\s+do\s+my\s+best\b",
        r"|\b100\s?%\s+(?:satisfaction|quality|guaranteed?)\b",
        r"|\bhigh[- ]quality\s+(?:work|results|service)\b",
        r"|\b(?:within|on)\s+(?:time|deadline)\s+and\s+(?:within\s+)?budget\b",
        r"|\bI\s+have\s+\d+\+?\s+years?\s+of\s+experience\b",
        r"|\b(?:please\s+)?(?:feel\s+free\s+to\s+)?(?:contact|message|ping)\s+me\s+(?:anytime|any\s+time|for\s+more\s+details)\b",
        r"|\blooking\s+forward\s+to\s+(?:working|hearing|your\s+(?:reply|response))\b",
        r"|\bI\s+am\s+(?:very\s+)?(?:interested|confident)\s+in\s+(?:your|this)\s+(?:job|project)\b",
        // cover-letter template formulas
        r"|\bthank\s+you\s+for\s+your\s+(?:time\s+and\s+)?consideration\b",
        r"|\bI\s+look\s+forward\s+to\s+(?:discussing|speaking|meeting|learning)\b",
        r"|\bI\s+am\s+confident\s+(?:that\s+)?(?:I|my)\b",
        r"|\bI\s+felt\s+compelled\s+to\b",
        r"|\b(?:please\s+find\s+)?(?:attached|enclosed)\s+(?:is\s+)?(?:my\s+)?(?:resume|cv|résumé)\b",
        r"|\bI\s+am\s+writing\s+to\s+(?:apply|express)\b",
        r"|\b(?:a\s+)?(?:great|valuable)\s+asset\s+to\b",
        r"|\b(?:strong|proven)\s+track\s+record\b",
    ))
});

/// A cheap stem: lower case, at most 5 characters.
fn stem(w: &str) -> String {
    w.to_lowercase().chars().take(5).collect()
}

fn job_terms(fields: &[&Field]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for f in fields {
        for w in f.word_strs() {
            let lw = w.to_lowercase();
            if lw.chars().count() < 3
                || lw.chars().all(|c| c.is_ascii_digit())
                || GENERIC.contains(&lw.as_str())
            {
                continue;
            }
            out.insert(stem(&lw));
        }
    }
    out
}

fn check(a: &Analysis, out: &mut Sink) {
    let job: Vec<&Field> = a
        .fields
        .iter()
        .filter(|f| matches!(f.source, Source::JobTitle | Source::JobDescription))
        .collect();
    if job.is_empty() {
        return;
    }
    let terms = job_terms(&job);
    if terms.len() < MIN_JOB_TERMS {
        return;
    }
    for (_, f) in a.fields_of(Source::ProposalText) {
        if f.word_count() < MIN_WORDS {
            continue;
        }
        let used: BTreeSet<String> = f.word_strs().map(stem).collect();
        let shared = terms.intersection(&used).count();
        if shared > 1 || shared as f64 >= 0.1 * terms.len() as f64 {
            continue;
        }
        let skeleton: Vec<Evidence> = SKELETON
            .find_iter(&f.norm)
            .map(|m| f.evidence(m.range()))
            .collect();
        if skeleton.len() < MIN_SKELETON {
            continue;
        }
        out.emit(
            &RULE,
            format!(
                "The proposal uses {shared} of the job post's {} specific terms and {} stock template phrases: it could have been sent to any job.",
                terms.len(),
                skeleton.len()
            ),
            skeleton,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    const JOB: &str = r#""job":{"title":"Migrate Shopify store to WooCommerce","description":"We need our Shopify store moved to WooCommerce on our existing WordPress hosting. Keep SEO redirects, customer accounts and order history. Products have variants and subscriptions."}"#;
    const GENERIC_TEXT: &str = "Dear hiring manager, I have read your job description carefully and I am the perfect fit for this job. I have 8 years of experience and I will do my best to deliver high quality work on time and within budget. I am available now and can start immediately. Looking forward to working with you.";
    const TAILORED: &str = "Hi, I have moved four Shopify stores to WooCommerce. For SEO I export every product and collection URL and write 301 redirects; customer accounts come over with the importer but passwords must be reset, so I would plan an e-mail for that. Subscriptions need WooCommerce Subscriptions. How many variants per product do you have?";

    fn hl205(text: &str, job: &str) -> usize {
        let doc = format!(r#"{{"kind":"proposal","text":"{text}"{job}}}"#);
        analyze_json(&doc, &Options::default())
            .unwrap()
            .hints
            .iter()
            .filter(|h| h.code == "HL205")
            .count()
    }

    #[test]
    fn generic_fires_tailored_does_not() {
        assert_eq!(hl205(GENERIC_TEXT, &format!(",{JOB}")), 1);
        assert_eq!(hl205(TAILORED, &format!(",{JOB}")), 0);
    }

    #[test]
    fn no_job_text_no_hint() {
        assert_eq!(hl205(GENERIC_TEXT, ""), 0);
    }
}
