//! HL119 repo-many-authors and HL120 repo-copied-history: facts of a
//! repository's history visible in a clone (contract v1.1 `repositories`,
//! filled by `hirelens check --git`).

use super::claims::value_evidence;
use crate::analysis::Analysis;
use crate::model::Repository;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};

/// Fewest commits a repository needs before its contributors are counted.
pub const MIN_COMMITS: u32 = 20;
/// Fewest other (non-bot) author e-mails for HL119.
pub const MIN_OTHER_AUTHORS: u32 = 5;
/// Fewest copied commits for HL120, and their least share of the repository.
pub const MIN_COPIED: u32 = 10;
/// Fewest rewritten commits for HL120's second reading.
pub const MIN_REWRITTEN: u32 = 20;

pub static MANY_AUTHORS: Rule = Rule {
    code: "HL119",
    name: "repo-many-authors",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 0.8,
    indicators: &["I54"],
    title: "A repository shown as the person's own is mostly others' commits",
    innocent: "A popular personal project with many contributors, a repository taken over from someone else, a team project moved to a personal account, or the person's own commits made under an address HireLens did not know was theirs.",
    verify: "Ask the person which parts of the repository they wrote and who the other contributors are; look at the contributors page of the repository.",
    docs: Docs {
        what_it_sees: "The profile's `repositories` (contract v1.1; `hirelens check --git PATH --author EMAIL` fills them from a local clone): for a repository marked `own` (the profile presents it as the person's work: the CLI sets this when the clone's `origin` is under an account or repository the profile links to), with at least 20 commits, fires when 5 or more other author e-mails (after `.mailmap`; bots such as dependabot, renovate or CI accounts, and the person's own other addresses — the same name or the same local part — are not counted) wrote at least half of the commits and more than the person did. Repositories not marked `own` are never read: many contributors is what a team or open-source project looks like. Always `low`.",
        why_it_matters: "Researchers found persona GitHub accounts showing other people's projects as their own, with the original contributors' history kept (I54): the account owner's share of the work is small.",
        innocent_explanations: "Popular personal projects receive contributions; a maintainer may have taken over a project; a team repository moved to a personal account keeps its history; the person may have committed under an address the `--author` e-mail does not match and that `.mailmap` does not join.",
        example: "> repositories: [{\"name\": \"shop-api\", \"own\": true, \"commits\": 120, \"author_commits\": 3, \"other_authors\": 14, \"other_author_commits\": 97}]\n\nFires at low: \"shop-api, shown as this person's own work: 97 of its 120 commits are by 14 other author e-mails (bots not counted), 3 by the person.\"",
    },
    check: check_many_authors,
};

pub static COPIED_HISTORY: Rule = Rule {
    code: "HL120",
    name: "repo-copied-history",
    family: Family::Consistency,
    severity: Severity::Low,
    weight: 0.8,
    indicators: &["I54"],
    title: "A repository's history looks copied or rewritten",
    innocent: "A fork re-created with new commit ids (a rebase onto another base), a history imported from Subversion or Mercurial, a monorepo split, or a project moved between hosts with its history rewritten.",
    verify: "Ask how the repository came to be (fork, import, migration) and compare with the other repository it matches; the original author of the copied commits is usually easy to find there.",
    docs: Docs {
        what_it_sees: "The profile's `repositories` (contract v1.1; `hirelens check --git A --git B`): `copied_commits`, commits whose subject and author time (to the second, with its offset) equal a commit of another repository given in the same run under a different commit id (a fork or a mirror shares the ids and is not counted) — fires at 10 or more, at least a fifth of the repository; and `rewritten_commits`, commits whose author date is more than a year before their commit date — fires when 20 or more, at least half of the repository, were committed within 30 days while their author dates span more than a year (a history written at once with old dates). Always `low`.",
        why_it_matters: "Persona accounts show histories copied from other people's repositories with the author rewritten, keeping the original messages and dates (I54); a rewrite leaves the commit dates of the day it was done.",
        innocent_explanations: "A fork rebased onto another base, a history imported from another version control system, a repository split out of a monorepo with `git filter-repo`, or a project migrated between hosts keeps old author dates under new commit dates and ids.",
        example: "> repositories: [{\"name\": \"shop-api\", \"commits\": 120, \"copied_commits\": 37, \"copied_from\": \"store-backend\"}]\n\nFires at low: \"37 of the 120 commits of shop-api carry the message and author time of a commit in store-backend under another commit id.\"",
    },
    check: check_copied,
};

fn repos<'a>(a: &Analysis<'a>) -> impl Iterator<Item = (usize, &'a Repository)> {
    a.profile
        .into_iter()
        .flat_map(|p| p.repositories.iter().enumerate())
}

fn ev(a: &Analysis, i: usize, field: &str, v: impl ToString) -> Evidence {
    value_evidence(
        format!("{}repositories[{i}].{field}", a.profile_prefix),
        v.to_string(),
    )
}

fn name(r: &Repository, i: usize) -> String {
    r.name
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map_or_else(|| format!("repository {}", i + 1), str::to_owned)
}

fn check_many_authors(a: &Analysis, out: &mut Sink) {
    for (i, r) in repos(a) {
        if r.own != Some(true) {
            continue;
        }
        let (Some(total), Some(others), Some(oc)) =
            (r.commits, r.other_authors, r.other_author_commits)
        else {
            continue;
        };
        let mine = r.author_commits.unwrap_or(0);
        if total < MIN_COMMITS || others < MIN_OTHER_AUTHORS || oc * 2 < total || oc <= mine {
            continue;
        }
        let n = name(r, i);
        let mut evidence = vec![ev(a, i, "name", &n)];
        evidence.push(ev(a, i, "other_author_commits", oc));
        evidence.push(ev(a, i, "other_authors", others));
        evidence.push(ev(a, i, "author_commits", mine));
        out.emit(
            &MANY_AUTHORS,
            format!(
                "{n}, shown as this person's own work: {oc} of its {total} commits are by {others} other author e-mails (bots not counted), {mine} by the person."
            ),
            evidence,
        );
    }
}

fn check_copied(a: &Analysis, out: &mut Sink) {
    for (i, r) in repos(a) {
        let Some(total) = r.commits.filter(|t| *t > 0) else {
            continue;
        };
        let n = name(r, i);
        let copied = r.copied_commits.unwrap_or(0);
        if copied >= MIN_COPIED && copied * 5 >= total {
            let from = r
                .copied_from
                .as_deref()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or("another repository given");
            let mut evidence = vec![ev(a, i, "name", &n), ev(a, i, "copied_commits", copied)];
            if let Some(f) = &r.copied_from {
                evidence.push(ev(a, i, "copied_from", f));
            }
            out.emit(
                &COPIED_HISTORY,
                format!(
                    "{copied} of the {total} commits of {n} carry the message and author time of a commit in {from} under another commit id."
                ),
                evidence,
            );
            continue;
        }
        let rw = r.rewritten_commits.unwrap_or(0);
        let (Some(days), Some(span)) = (r.rewrite_days, r.author_span_days) else {
            continue;
        };
        if rw >= MIN_REWRITTEN && rw * 2 >= total && days <= 30 && span > 365 {
            let years = f64::from(span) / 365.25;
            out.emit(
                &COPIED_HISTORY,
                format!(
                    "{rw} of the {total} commits of {n} were committed within {} but carry author dates spanning {years:.1} years, each more than a year before its commit date: a history written or rewritten at once.",
                    if days <= 1 { "one day".to_owned() } else { format!("{days} days") }
                ),
                vec![
                    ev(a, i, "name", &n),
                    ev(a, i, "rewritten_commits", rw),
                    ev(a, i, "rewrite_days", days),
                    ev(a, i, "author_span_days", span),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::rules::consistency::test_run;
    use serde_json::json;

    fn run(rule: &'static Rule, repo: serde_json::Value) -> Vec<crate::Hint> {
        test_run(rule, json!({"kind": "profile", "repositories": [repo]}))
    }

    #[test]
    fn many_authors_on_a_repository_shown_as_own() {
        let h = run(
            &MANY_AUTHORS,
            json!({"name": "shop-api", "own": true, "commits": 120, "author_commits": 3,
                   "other_authors": 14, "other_author_commits": 97}),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(
            h[0].message,
            "shop-api, shown as this person's own work: 97 of its 120 commits are by 14 other author e-mails (bots not counted), 3 by the person."
        );
        assert_eq!(h[0].evidence[0].field, "repositories[0].name");
        assert_eq!(h[0].evidence[1].text, "97");
    }

    #[test]
    fn team_projects_and_popular_personal_projects_are_not_read() {
        // the same counts on a repository not shown as the person's own
        let org = json!({"name": "big-oss", "own": false, "commits": 120, "author_commits": 3,
                         "other_authors": 14, "other_author_commits": 97});
        assert!(run(&MANY_AUTHORS, org).is_empty());
        // a popular personal project: many contributors, the owner wrote most
        let popular = json!({"name": "mine", "own": true, "commits": 400, "author_commits": 260,
                             "other_authors": 40, "other_author_commits": 140});
        assert!(run(&MANY_AUTHORS, popular).is_empty());
        // a few friends on a small project
        let small = json!({"name": "jam", "own": true, "commits": 15, "author_commits": 2,
                           "other_authors": 6, "other_author_commits": 13});
        assert!(run(&MANY_AUTHORS, small).is_empty());
    }

    #[test]
    fn copied_commits_and_rewritten_history() {
        let h = run(
            &COPIED_HISTORY,
            json!({"name": "shop-api", "commits": 120, "copied_commits": 37, "copied_from": "store-backend"}),
        );
        assert_eq!(
            h[0].message,
            "37 of the 120 commits of shop-api carry the message and author time of a commit in store-backend under another commit id."
        );
        assert!(
            h[0].evidence
                .iter()
                .any(|e| e.field == "repositories[0].copied_from")
        );
        let h = run(
            &COPIED_HISTORY,
            json!({"name": "r", "commits": 60, "rewritten_commits": 55, "rewrite_days": 1, "author_span_days": 1900}),
        );
        assert_eq!(
            h[0].message,
            "55 of the 60 commits of r were committed within one day but carry author dates spanning 5.2 years, each more than a year before its commit date: a history written or rewritten at once."
        );
    }

    #[test]
    fn forks_patches_and_small_overlaps_stay_quiet() {
        // a fork shares commit ids: copied_commits stays 0
        assert!(
            run(
                &COPIED_HISTORY,
                json!({"name": "f", "commits": 500, "copied_commits": 0})
            )
            .is_empty()
        );
        // a handful of cherry-picked commits in a large repository
        assert!(
            run(
                &COPIED_HISTORY,
                json!({"name": "f", "commits": 500, "copied_commits": 12})
            )
            .is_empty()
        );
        // patches applied long after they were written, over years of commit dates
        assert!(
            run(
                &COPIED_HISTORY,
                json!({"name": "k", "commits": 100, "rewritten_commits": 60, "rewrite_days": 900, "author_span_days": 1500})
            )
            .is_empty()
        );
    }

    #[test]
    fn counts_beyond_the_commits_are_refused_naming_the_field() {
        let e = crate::Document::from_value(json!({"kind": "profile",
            "repositories": [{"commits": 10, "copied_commits": 11}]}))
        .unwrap_err();
        assert_eq!(e.field, "repositories[0].copied_commits");
        let e = crate::Document::from_value(json!({"kind": "profile",
            "repositories": [{"commits": 10, "author_commits": 6, "other_author_commits": 6}]}))
        .unwrap_err();
        assert_eq!(e.field, "repositories[0].other_author_commits");
        let e = crate::Document::from_value(json!({"kind": "profile",
            "repositories": [{"commits": -1}]}))
        .unwrap_err();
        assert_eq!(e.field, "repositories[0].commits");
    }
}
