//! Consistency rules: claims against claims (location, time zone, timeline,
//! names, contacts).

use super::Rule;

pub mod activity_hours;
pub mod claims;
pub mod commit_clock;
pub mod commits_before_career;
pub mod cross_education;
pub mod cross_employment;
pub mod cross_languages;
pub mod cross_location;
pub mod cross_name;
pub mod location_support;
pub mod name_mismatch;
pub mod native_language;
pub mod phone_country;
pub mod rate_seniority;
pub mod repo_history;
pub mod round_the_clock;
pub mod same_person;
pub mod skill_sprawl;
pub mod timeline;
pub mod timezone_location;
pub mod unicode_spoofing;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &unicode_spoofing::RULE,
    &timezone_location::RULE,
    &activity_hours::RULE,
    &round_the_clock::RULE,
    &timeline::RULE,
    &name_mismatch::RULE,
    &location_support::RULE,
    &phone_country::RULE,
    &skill_sprawl::RULE,
    &rate_seniority::RULE,
    &native_language::RULE,
    &commit_clock::RULE,
    &cross_name::RULE,
    &cross_location::RULE,
    &cross_employment::RULE,
    &cross_education::RULE,
    &cross_languages::RULE,
    &commits_before_career::RULE,
    &repo_history::MANY_AUTHORS,
    &repo_history::COPIED_HISTORY,
];

/// Run one rule on a JSON document (tests only).
#[cfg(test)]
pub(crate) fn test_run(rule: &'static Rule, doc: serde_json::Value) -> Vec<crate::Hint> {
    test_run_with(rule, doc, &crate::Options::default())
}

#[cfg(test)]
pub(crate) fn test_run_with(
    rule: &'static Rule,
    doc: serde_json::Value,
    options: &crate::Options,
) -> Vec<crate::Hint> {
    let doc = crate::Document::from_value(doc).unwrap();
    let a = crate::Analysis::new(&doc, options);
    let mut sink = super::Sink::default();
    (rule.check)(&a, &mut sink);
    sink.hints
}
