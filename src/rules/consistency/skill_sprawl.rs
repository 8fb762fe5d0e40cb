//! HL109 skill-sprawl: many unrelated stacks for few years of experience.

use super::claims;
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::Source;
use crate::text::phrases::Phrases;

pub static RULE: Rule = Rule {
    code: "HL109",
    name: "skill-sprawl",
    family: Family::Consistency,
    severity: Severity::Info,
    weight: 0.3,
    indicators: &["I21"],
    title: "Very broad skills for the experience claimed",
    innocent: "Generalists and agency developers really do touch many stacks, and platforms reward listing every keyword.",
    verify: "Ask for one recent project in each of the stacks that matter for your job, and what exactly the person built.",
    docs: Docs {
        what_it_sees: "The skills list and the headline, sorted into ten broad stacks (web front end, back end, mobile, blockchain, AI/ML, cloud/DevOps, data, games, embedded, design). It notes (at `info`, which never raises the level alone) when at least 6 stacks are claimed together with 5 years of experience or fewer (the largest \"N years of experience\" in the text), or at least 8 stacks with no years stated.",
        why_it_matters: "The US advisory of May 2022 describes the advertised skill set of these personas — web, mobile, blockchain, AI, cloud at once — and researchers note generic \"5–8+ years\" full-stack titles (I21). It is context for other hints, not a signal by itself.",
        innocent_explanations: "Platform search rewards keyword-rich profiles; bootcamp graduates list everything they touched; small-agency developers really work across stacks.",
        example: "> skills: React, Node.js, Flutter, Solidity, PyTorch, AWS, Unity; overview: \"3 years of experience\"\n\nNoted at info: \"7 distinct stacks (…) for 3 years of experience.\"",
    },
    check,
};

/// The ten stacks and their words. Each list finds what the pattern in
/// `tests::STACK_PATTERNS` finds (a test compares them); no regex is built.
static STACKS: [(&str, Phrases); 10] = [
    (
        "web front end",
        Phrases::new(
            "react|vue|angular|svelte|next.js|nextjs|nuxt|javascript|typescript|html|css|tailwind|jquery|front-end|front end|frontend",
        ),
    ),
    (
        "back end",
        Phrases::new(
            "node.js|nodejs|express|django|flask|fastapi|laravel|php|ruby|rails|spring|java|.net|c#|golang|rust|back-end|back end|backend|graphql|rest*api",
        ),
    ),
    (
        "mobile",
        Phrases::new("flutter|react native|swift|swiftui|kotlin|android|ios|xamarin|ionic|mobile"),
    ),
    (
        "blockchain",
        Phrases::new(
            "solidity|web3|blockchain|smart contracts|smart contract|ethereum|solana|defi|nft|hardhat|truffle|crypto",
        ),
    ),
    (
        "AI/ML",
        Phrases::new(
            "pytorch|tensorflow|keras|machine learning|deep learning|ai|ml|llm|nlp|computer vision|openai|langchain|scikit-learn",
        ),
    ),
    (
        "cloud/DevOps",
        Phrases::new(
            "aws|azure|gcp|google cloud|docker|kubernetes|terraform|devops|ci/cd|jenkins|ansible|linux",
        ),
    ),
    (
        "data",
        Phrases::new(
            "sql|postgresql|postgres|mysql|mongodb|redis|spark|hadoop|etl|data engineering|tableau|power bi|pandas|snowflake",
        ),
    ),
    (
        "games",
        Phrases::new("unity|unreal|godot|game development|gamedev"),
    ),
    (
        "embedded",
        Phrases::new("embedded|firmware|arduino|raspberry pi|fpga|verilog|vhdl|rtos|iot"),
    ),
    (
        "design",
        Phrases::new(
            "figma|photoshop|illustrator|ui/ux|ux|ui design|sketch|adobe xd|graphic design",
        ),
    ),
];

fn check(a: &Analysis, out: &mut Sink) {
    let mut found: Vec<&'static str> = Vec::new();
    let mut ev = Vec::new();
    for f in a.fields.iter().filter(|f| {
        matches!(f.source, Source::Skill | Source::Headline) && f.path.starts_with(a.profile_prefix)
    }) {
        for (name, words) in &STACKS {
            if let Some(m) = words.find(&f.norm) {
                if !found.contains(name) {
                    found.push(name);
                    ev.push(f.evidence(m));
                }
            }
        }
    }
    let years = claims::years_claims(a).into_iter().max_by_key(|c| c.years);
    let fires = match &years {
        Some(y) => found.len() >= 6 && y.years <= 5,
        None => found.len() >= 8,
    };
    if !fires {
        return;
    }
    let tail = match &years {
        Some(y) => {
            if let Some(f) = a.field(y.field) {
                ev.push(f.evidence(y.range.clone()));
            }
            format!(" for {} years of experience", y.years)
        }
        None => String::new(),
    };
    out.emit(
        &RULE,
        format!(
            "{} distinct stacks ({}){tail}.",
            found.len(),
            found.join(", ")
        ),
        ev,
    );
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn sprawl_with_few_years_is_noted() {
        let doc = json!({"kind":"profile","overview":"I have 3 years of experience.",
            "skills":["React","Node.js","Flutter","Solidity","PyTorch","AWS","Unity"]});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Info);
        assert!(
            hints[0].message.starts_with("7 distinct stacks"),
            "{}",
            hints[0].message
        );
        assert!(hints[0].message.ends_with("for 3 years of experience."));
        assert_eq!(hints[0].evidence.len(), 8);
    }

    #[test]
    fn focused_or_experienced_profiles_are_benign() {
        let doc = json!({"kind":"profile","overview":"I have 3 years of experience.",
            "skills":["React","TypeScript","Node.js","PostgreSQL","Docker"]});
        assert!(test_run(&RULE, doc).is_empty());
        let doc = json!({"kind":"profile","overview":"I have 15 years of experience.",
            "skills":["React","Node.js","Flutter","Solidity","PyTorch","AWS","Unity"]});
        assert!(test_run(&RULE, doc).is_empty());
    }

    /// The patterns the word lists replace, kept to prove they find the same.
    const STACK_PATTERNS: [&str; 10] = [
        r"(?i)\b(?:react|vue|angular|svelte|next\.?js|nuxt|javascript|typescript|html|css|tailwind|jquery|front[- ]?end)\b",
        r"(?i)\b(?:node\.?js|express|django|flask|fastapi|laravel|php|ruby|rails|spring|java|\.net|c#|golang|rust|back[- ]?end|graphql|rest\s*api)\b",
        r"(?i)\b(?:flutter|react native|swift|swiftui|kotlin|android|ios|xamarin|ionic|mobile)\b",
        r"(?i)\b(?:solidity|web3|blockchain|smart contracts?|ethereum|solana|defi|nft|hardhat|truffle|crypto)\b",
        r"(?i)\b(?:pytorch|tensorflow|keras|machine learning|deep learning|ai|ml|llm|nlp|computer vision|openai|langchain|scikit-learn)\b",
        r"(?i)\b(?:aws|azure|gcp|google cloud|docker|kubernetes|terraform|devops|ci/cd|jenkins|ansible|linux)\b",
        r"(?i)\b(?:sql|postgres(?:ql)?|mysql|mongodb|redis|spark|hadoop|etl|data engineering|tableau|power bi|pandas|snowflake)\b",
        r"(?i)\b(?:unity|unreal|godot|game development|gamedev)\b",
        r"(?i)\b(?:embedded|firmware|arduino|raspberry pi|fpga|verilog|vhdl|rtos|iot)\b",
        r"(?i)\b(?:figma|photoshop|illustrator|ui/ux|ux|ui design|sketch|adobe xd|graphic design)\b",
    ];

    #[test]
    fn word_lists_find_what_the_patterns_found() {
        let mut texts: Vec<String> = vec![
            "C#".into(),
            "C# developer".into(),
            "c#x".into(),
            ".NET".into(),
            "ASP.NET Core".into(),
            "REST API, rest  api, RESTAPI, rest_api".into(),
            "React Native".into(),
            "SwiftUI and Swift".into(),
            "PostgreSQL / Postgres".into(),
            "Senior Full-Stack Engineer | React, Node.js, AWS | 9 years".into(),
            "UI/UX designer, ui design, UX-writing".into(),
            "Smart Contracts · smart contract auditing".into(),
            "Front-end, front end, Frontend, front_end".into(),
            "über-react réact Go/Rust, rust-lang".into(),
        ];
        for (_, words) in &STACKS {
            for w in words.list() {
                let w = w.replace('*', " ");
                for t in [
                    w.clone(),
                    w.to_uppercase(),
                    format!("x{w}"),
                    format!("{w}s"),
                    format!("({w})"),
                    format!("{w}-dev"),
                    format!("a {w}, b"),
                ] {
                    texts.push(t);
                }
            }
        }
        for (i, p) in STACK_PATTERNS.iter().enumerate() {
            let rx = crate::text::reference_re(p);
            let words = &STACKS[i].1;
            for t in &texts {
                let f = crate::text::Field::new(
                    "t".into(),
                    Source::Skill,
                    crate::text::Author::Subject,
                    None,
                    t,
                );
                assert_eq!(
                    words.find(&f.norm),
                    rx.find(&f.norm).map(|m| m.range()),
                    "{p} on {t:?}"
                );
            }
        }
    }
}
