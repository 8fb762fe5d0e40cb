//! # HireLens
//!
//! Explainable risk hints for freelancer profiles, proposals and messages,
//! built from the red flags that the US, Japanese and South Korean
//! governments publish about remote IT workers using false identities.
//!
//! HireLens reports **inconsistencies, never identities**: every hint says
//! which two facts disagree or which request is unusual, points at the text
//! (UTF-16 spans into the original field), cites the published indicator,
//! and gives an innocent explanation and a way to verify. No rule fires on
//! nationality, a name's origin, or non-native writing by itself.
//!
//! ## Design
//!
//! 1. A [`Document`] (profile, proposal, message or thread; the v1 JSON
//!    contract) is parsed with field-path errors ([`InputError`]).
//! 2. [`Analysis`] walks it once: NFKC text with an offset map, words,
//!    sentences, scripts, language, contacts.
//! 3. Each [`Rule`](rules::Rule) of the [catalog](rules::catalog) reads the
//!    analysis and emits [`Hint`]s with [`Evidence`].
//! 4. Weights add within a family up to its cap, a logistic maps the sum to a
//!    0–100 score, and fixed cut-offs give the [`Level`].
//!
//! ```
//! let report = hirelens::analyze_json(r#"{"kind":"message","id":"m1",
//!   "text":"Upwork takes too much fee. Let's continue on Telegram: @fastdev_pro"}"#,
//!   &hirelens::Options::default()).unwrap();
//! let hint = &report.hints[0];
//! assert_eq!(hint.code, "HL301");
//! // UTF-16 offsets into the original field, and the text they name:
//! assert_eq!(hint.evidence[0].text, "Let's continue on Telegram: @fastdev_pro");
//! assert_eq!((hint.evidence[0].start, hint.evidence[0].end), (27, 67));
//! ```

#![cfg_attr(
    test,
    allow(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic
    )
)]

pub mod analysis;
pub mod contacts;
pub mod contract_v11;
pub mod corpus;
pub mod date;
pub mod error;
pub mod fnv;
pub mod geo;
pub mod gitlog;
pub mod model;
pub mod options;
pub mod platform;
pub mod report;
pub mod rules;
pub mod sort;
pub mod text;
#[cfg(feature = "wasm")]
pub mod wasm;
pub mod watchlist;

pub use analysis::Analysis;
pub use corpus::Corpus;
pub use error::InputError;
pub use model::{Document, LIMITS};
pub use options::{Options, Watchlist};
pub use report::{Evidence, Family, Hint, Level, Report, Severity};

/// The crate version, as the CLI and the JS package report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Analyse one parsed document.
pub fn analyze(doc: Document, options: &Options) -> Report {
    analyze_extended(doc, options, |_, _| {})
}

/// Analyse one document; `extra` may emit more hints (the corpus's linkage
/// hints) into the same sink before the report is scored.
pub(crate) fn analyze_extended(
    mut doc: Document,
    options: &Options,
    extra: impl FnOnce(&Analysis, &mut rules::Sink),
) -> Report {
    let validation = doc.enforce_limits();
    let analysis = Analysis::new(&doc, options);
    let mut sink = rules::Sink::default();
    for rule in rules::catalog() {
        (rule.check)(&analysis, &mut sink);
    }
    extra(&analysis, &mut sink);
    let mut hints = sink.hints;
    let (score, level) = report::score(&hints);
    if let Some(min) = options.min_severity {
        hints.retain(|h| h.severity >= min);
    }
    crate::sort::by(&mut hints, |a, b| {
        b.weight
            .total_cmp(&a.weight)
            .then_with(|| a.code.cmp(&b.code))
    });
    Report {
        id: doc.id().map(str::to_owned),
        kind: doc.kind().to_owned(),
        score,
        level,
        hints,
        facts: report::Facts {
            language: analysis.language.map(str::to_owned),
            words: analysis.words,
            fields: analysis.fields.len(),
            contacts: analysis.contacts.len(),
        },
        truncated: validation.truncated,
        same_person: Vec::new(),
    }
}

/// Parse and analyse one document given as JSON text.
pub fn analyze_json(json: &str, options: &Options) -> Result<Report, InputError> {
    Document::from_json(json).map(|d| analyze(d, options))
}

/// Parse and analyse one document given as a JSON value.
pub fn analyze_value(value: serde_json::Value, options: &Options) -> Result<Report, InputError> {
    Document::from_value(value).map(|d| analyze(d, options))
}
