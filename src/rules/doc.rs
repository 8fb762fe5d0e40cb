//! `docs/hints.md`, generated from the catalog.

use super::{Rule, catalog};
use crate::report::{CUTOFF_HIGH, CUTOFF_LOW, CUTOFF_MEDIUM, Family, LOGISTIC_CENTRE, Severity};
use std::fmt::Write;

/// The whole catalog as Markdown. `docs/hints.md` must equal this (a test checks).
pub fn markdown() -> String {
    let mut s = String::new();
    let rules = catalog();
    let _ = writeln!(s, "# HireLens hints\n");
    let _ = writeln!(
        s,
        "<!-- Generated from the rule catalog by `hirelens rules --format markdown`. Do not edit by hand. -->\n"
    );
    let _ = writeln!(
        s,
        "Every hint is a *reason to verify*, never a verdict. Each names the published indicator it comes from \
         (ids from `indicators.md`), the text that caused it, and how it can be innocent. No rule fires on \
         nationality, ethnicity, a name's origin or non-native writing by itself.\n"
    );
    let _ = writeln!(s, "## Scoring\n");
    let _ = writeln!(
        s,
        "Each hint carries a weight. Within one rule only the strongest hint counts; within a family weights add up \
         to the family cap; the family sums add up to *S*. The score is `100 × (σ(S − {LOGISTIC_CENTRE}) − σ(−{LOGISTIC_CENTRE})) / (1 − σ(−{LOGISTIC_CENTRE}))`, \
         with σ the logistic function, so no hint means 0. Levels: `low` from {CUTOFF_LOW}, `medium` from {CUTOFF_MEDIUM}, `high` from {CUTOFF_HIGH}.\n"
    );
    let _ = writeln!(
        s,
        "| severity | default weight | alone reaches |\n|---|---|---|"
    );
    for sev in [
        Severity::Info,
        Severity::Low,
        Severity::Medium,
        Severity::High,
    ] {
        let w = sev.default_weight();
        let lvl = crate::report::level_of_score(crate::report::score_of_sum(w));
        let _ = writeln!(s, "| {} | {w} | {} |", sev.as_str(), lvl.as_str());
    }
    let _ = writeln!(s, "\n| family | codes | cap |\n|---|---|---|");
    for f in Family::ALL {
        let _ = writeln!(
            s,
            "| {} | {}xx | {} |",
            f.as_str(),
            f.code_prefix(),
            f.cap()
        );
    }
    let _ = writeln!(
        s,
        "\n## Catalog\n\n| code | name | family | severity | weight | indicators |\n|---|---|---|---|---|---|"
    );
    for r in &rules {
        let _ = writeln!(
            s,
            "| [{}](#{}) | `{}` | {} | {} | {} | {} |",
            r.code,
            anchor(r),
            r.name,
            r.family.as_str(),
            r.severity.as_str(),
            r.weight,
            r.indicators.join(", ")
        );
    }
    for r in &rules {
        s.push('\n');
        s.push_str(&rule_markdown(r));
    }
    s
}

fn anchor(r: &Rule) -> String {
    format!("{}-{}", r.code.to_lowercase(), r.name)
}

/// One rule's documentation (also what `hirelens explain` prints).
pub fn rule_markdown(r: &Rule) -> String {
    format!(
        "## {} {}\n\n**{}** · family `{}` · default severity `{}` · weight {} · indicators {}\n\n\
         ### What it sees\n\n{}\n\n### Why it matters\n\n{}\n\n### Innocent explanations\n\n{}\n\n\
         ### Example\n\n{}\n\n**Verify:** {}\n",
        r.code,
        r.name,
        r.title,
        r.family.as_str(),
        r.severity.as_str(),
        r.weight,
        r.indicators.join(", "),
        r.docs.what_it_sees,
        r.docs.why_it_matters,
        r.docs.innocent_explanations,
        r.docs.example,
        r.verify
    )
}
