//! Reading a git history into the `commits` of a profile (contract v1.1).
//!
//! The CLI (`hirelens check --git PATH --author EMAIL`) runs `git log` with
//! [`FORMAT`] on a local clone, or reads a saved `git log` text; this module
//! only parses text, so it runs anywhere (no process, no file, no network).
//!
//! Accepted text, detected per input:
//!
//! * one commit a line: the author date with its offset, then optionally
//!   the committer date, the author e-mail and `Co-authored-by` values,
//!   separated by tabs or spaces — what [`FORMAT`] prints, and the
//!   `git log --format='%aI %ae'` of the issue;
//! * git's default and `fuller` output (`commit …`, `Author: Name <e-mail>`,
//!   `Date:   Fri Mar 1 10:00:00 2024 +0900` or `AuthorDate:`/`CommitDate:`,
//!   `Co-authored-by:` lines in the message).

use crate::date::{Timestamp, days_from_civil};
use crate::model::Commit;
use sha2::{Digest, Sha256};

/// What the CLI asks `git log` for: author date, committer date, author
/// e-mail and the `Co-authored-by` trailer values, tab-separated.
pub const FORMAT: &str =
    "%aI%x09%cI%x09%ae%x09%(trailers:key=Co-authored-by,valueonly,separator=%x2C)";

/// One commit read from a log.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    pub author_at: Timestamp,
    pub committer_at: Option<Timestamp>,
    /// The author e-mail as written (empty when the log has none).
    pub email: String,
    pub coauthored: bool,
}

/// A timestamp that carries its offset (what a commit date must have).
fn with_offset(s: &str) -> Option<Timestamp> {
    Timestamp::parse(s).filter(|t| t.offset_minutes.is_some() && s.len() > 10)
}

fn parse_line(line: &str) -> Option<LogEntry> {
    let parts: Vec<&str> = if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    };
    let mut it = parts.into_iter();
    let author_at = with_offset(it.next()?)?;
    let mut e = LogEntry {
        author_at,
        committer_at: None,
        email: String::new(),
        coauthored: false,
    };
    for p in it {
        if p.is_empty() {
            continue;
        }
        if e.email.is_empty() && e.committer_at.is_none() {
            if let Some(t) = with_offset(p) {
                e.committer_at = Some(t);
                continue;
            }
        }
        if e.email.is_empty() && p.contains('@') {
            e.email = p.trim_matches(['<', '>']).to_owned();
        } else if !e.email.is_empty() {
            e.coauthored = true;
        }
    }
    Some(e)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// git's default date: `Fri Mar 1 10:00:00 2024 +0900`.
fn parse_git_date(s: &str) -> Option<Timestamp> {
    let w: Vec<&str> = s.split_whitespace().collect();
    let [_, mon, day, hms, year, off] = w.as_slice() else {
        return None;
    };
    let m = MONTHS
        .iter()
        .position(|x| mon.get(..3).is_some_and(|m| m.eq_ignore_ascii_case(x)))?;
    let d: u8 = day.parse().ok()?;
    let y: i32 = year.parse().ok()?;
    let mut hms = hms.split(':').map(|x| x.parse::<i64>().ok());
    let (h, mi, sec) = (hms.next()??, hms.next()??, hms.next()??);
    let sign = match off.as_bytes() {
        [s @ (b'+' | b'-'), _, _, _, _] => *s,
        _ => return None,
    };
    let oh: i64 = off.get(1..3)?.parse().ok()?;
    let om: i64 = off.get(3..5)?.parse().ok()?;
    if d == 0 || d > 31 || h > 23 || mi > 59 || sec > 60 || oh > 14 || om > 59 {
        return None;
    }
    let o = (oh * 60 + om) * if sign == b'-' { -1 } else { 1 };
    let local = days_from_civil(y, m as u8 + 1, d) * 86_400 + h * 3600 + mi * 60 + sec.min(59);
    Some(Timestamp {
        unix: local - o * 60,
        offset_minutes: Some(o as i16),
    })
}

/// Parse git's default/`medium`/`fuller` output.
fn parse_blocks(text: &str) -> Vec<LogEntry> {
    let mut out: Vec<LogEntry> = Vec::new();
    let mut cur: Option<(Option<Timestamp>, Option<Timestamp>, String, bool)> = None;
    let flush = |cur: &mut Option<(Option<Timestamp>, Option<Timestamp>, String, bool)>,
                 out: &mut Vec<LogEntry>| {
        if let Some((Some(a), c, email, co)) = cur.take() {
            out.push(LogEntry {
                author_at: a,
                committer_at: c,
                email,
                coauthored: co,
            });
        }
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("commit ") {
            if rest
                .split_whitespace()
                .next()
                .is_some_and(|h| h.len() >= 7 && h.bytes().all(|b| b.is_ascii_hexdigit()))
            {
                flush(&mut cur, &mut out);
                cur = Some((None, None, String::new(), false));
            }
            continue;
        }
        let Some(c) = cur.as_mut() else { continue };
        if let Some(rest) = line.strip_prefix("Author:") {
            if let (Some(l), Some(r)) = (rest.rfind('<'), rest.rfind('>')) {
                if let Some(e) = rest.get(l + 1..r) {
                    c.2 = e.to_owned();
                }
            }
        } else if let Some(rest) = line
            .strip_prefix("AuthorDate:")
            .or_else(|| line.strip_prefix("Date:"))
        {
            c.0 = parse_git_date(rest.trim()).or_else(|| with_offset(rest.trim()));
        } else if let Some(rest) = line.strip_prefix("CommitDate:") {
            c.1 = parse_git_date(rest.trim()).or_else(|| with_offset(rest.trim()));
        } else if line
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("co-authored-by:")
        {
            c.3 = true;
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Every commit of a `git log` text, and how many non-empty lines of a
/// one-line log were not read.
pub fn parse(text: &str) -> (Vec<LogEntry>, usize) {
    if text.lines().any(|l| l.starts_with("commit ")) {
        return (parse_blocks(text), 0);
    }
    let mut out = Vec::new();
    let mut skipped = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match parse_line(line) {
            Some(e) => out.push(e),
            None => skipped += 1,
        }
    }
    (out, skipped)
}

/// The SHA-256 of the trimmed, lower-cased e-mail, in hex.
pub fn email_digest(email: &str) -> String {
    let d = Sha256::digest(email.trim().to_lowercase().as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// The commits of `author` (an e-mail, case-insensitive; a log without
/// e-mails is taken as the author's own), newest first as git prints them,
/// at most `max`.
pub fn commits_of(
    entries: &[LogEntry],
    author: &str,
    repo: Option<&str>,
    max: usize,
) -> Vec<Commit> {
    let author = author.trim();
    let hash = email_digest(author);
    entries
        .iter()
        .filter(|e| e.email.is_empty() || e.email.trim().eq_ignore_ascii_case(author))
        .take(max)
        .map(|e| Commit {
            at: Some(e.author_at),
            author_email_hash: Some(hash.clone()),
            repo: repo.map(str::to_owned),
            committer_at: e.committer_at,
            coauthored: Some(e.coauthored),
        })
        .collect()
}

// ---- repository facts (contract v1.1 `repositories`) ----

/// What the CLI asks `git log` for to read facts of a whole repository:
/// commit id, author date, committer date, author e-mail and name after
/// `.mailmap`, subject; tab-separated.
pub const REPO_FORMAT: &str = "%H%x09%aI%x09%cI%x09%aE%x09%aN%x09%s";

/// One commit of a repository, for its facts.
#[derive(Debug, Clone, PartialEq)]
pub struct RepoCommit {
    pub id: String,
    pub author_at: Timestamp,
    pub committer_at: Timestamp,
    pub email: String,
    pub name: String,
    pub subject: String,
}

/// Read [`REPO_FORMAT`] lines; lines that do not fit are skipped.
pub fn parse_repo(text: &str) -> Vec<RepoCommit> {
    text.lines()
        .filter_map(|l| {
            let mut it = l.splitn(6, '\t');
            let id = it.next()?.trim();
            if id.len() < 7 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            let author_at = with_offset(it.next()?.trim())?;
            let committer_at = with_offset(it.next()?.trim())?;
            Some(RepoCommit {
                id: id.to_owned(),
                author_at,
                committer_at,
                email: it.next()?.trim().to_owned(),
                name: it.next().unwrap_or("").trim().to_owned(),
                subject: it.next().unwrap_or("").trim().to_owned(),
            })
        })
        .collect()
}

/// Automation, not people: dependency bots, CI, release tooling.
pub fn is_bot(email: &str, name: &str) -> bool {
    let e = email.to_ascii_lowercase();
    let n = name.to_ascii_lowercase();
    let local = e.split('@').next().unwrap_or("");
    n.ends_with("[bot]")
        || e.contains("[bot]")
        || local == "bot"
        || [".bot", "-bot", "_bot"].iter().any(|x| local.ends_with(x))
        || local.contains("+bot")
        || [
            "dependabot",
            "renovate",
            "github-actions",
            "actions@github.com",
            "noreply@github.com",
            "greenkeeper",
            "snyk",
            "semantic-release",
            "travis",
            "jenkins",
            "buildbot",
            "gitlab-ci",
            "ci@",
            "build@",
            "release@",
            "weblate",
            "transifex",
            "crowdin",
        ]
        .iter()
        .any(|k| e.contains(k) || n.contains(k))
        || ["bot", "ci", "automation", "release bot"].contains(&n.as_str())
}

/// An e-mail's local part without `+tags` and without GitHub's
/// `12345+` prefix on `users.noreply.github.com` addresses.
fn local_key(email: &str) -> String {
    let e = email.trim().to_ascii_lowercase();
    let (local, domain) = e.split_once('@').unwrap_or((e.as_str(), ""));
    let local = if domain.ends_with("users.noreply.github.com") {
        local.split_once('+').map_or(local, |(_, r)| r)
    } else {
        local.split('+').next().unwrap_or(local)
    };
    local.to_owned()
}

/// Facts of one repository's history for `author` (an e-mail): counts for
/// the contract's `repositories` entry. `others` are the other
/// repositories given in the same run (their commits), for copied history:
/// a commit counts as copied when a commit of another repository has its
/// subject and author time (to the second, same offset) under another id,
/// and was committed no later than it.
pub fn repo_facts(
    name: &str,
    commits: &[RepoCommit],
    author: &str,
    own: bool,
    others: &[(&str, &[RepoCommit])],
) -> crate::model::Repository {
    use std::collections::{HashMap, HashSet};
    let author = author.trim().to_ascii_lowercase();
    // the person's own addresses and names: the --author e-mail, the names
    // it was used with, and addresses with the same local part under those names
    let my_names: HashSet<String> = commits
        .iter()
        .filter(|c| c.email.eq_ignore_ascii_case(&author))
        .map(|c| c.name.to_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    let my_local = local_key(&author);
    let is_me = |c: &RepoCommit| {
        c.email.eq_ignore_ascii_case(&author)
            || (!c.name.is_empty() && my_names.contains(&c.name.to_lowercase()))
            || (my_local.len() >= 3 && local_key(&c.email) == my_local)
    };
    let mut author_commits = 0u32;
    let mut other_emails: HashSet<String> = HashSet::new();
    let mut other_commits = 0u32;
    for c in commits {
        if is_me(c) {
            author_commits += 1;
        } else if !is_bot(&c.email, &c.name) {
            other_emails.insert(c.email.to_ascii_lowercase());
            other_commits += 1;
        }
    }
    // copied: same subject and author time (to the second, same offset) as a
    // commit of another repository given, under another commit id (a fork or
    // a mirror shares the ids and is not counted)
    let mut copied = 0u32;
    let mut copied_from: HashMap<&str, u32> = HashMap::new();
    for (oname, ocommits) in others {
        let keys: HashMap<(&str, i64, Option<i16>), (&str, i64)> = ocommits
            .iter()
            .filter(|c| !c.subject.is_empty())
            .map(|c| {
                (
                    (
                        c.subject.as_str(),
                        c.author_at.unix,
                        c.author_at.offset_minutes,
                    ),
                    (c.id.as_str(), c.committer_at.unix),
                )
            })
            .collect();
        // the copy is the side committed later (a rewrite leaves the day it
        // was done); commits committed at the same time count on both sides
        let n = commits
            .iter()
            .filter(|c| {
                keys.get(&(
                    c.subject.as_str(),
                    c.author_at.unix,
                    c.author_at.offset_minutes,
                ))
                .is_some_and(|(id, at)| *id != c.id && c.committer_at.unix >= *at)
            })
            .count() as u32;
        if n > 0 {
            copied_from.insert(oname, n);
        }
    }
    let mut best_from: Option<(&str, u32)> = None;
    for (k, v) in &copied_from {
        if best_from.is_none_or(|(bk, bv)| *v > bv || (*v == bv && *k < bk)) {
            best_from = Some((k, *v));
        }
    }
    if let Some((_, n)) = best_from {
        copied = n;
    }
    // rewritten: author dates more than a year before their commit dates
    let rewritten: Vec<&RepoCommit> = commits
        .iter()
        .filter(|c| c.committer_at.unix - c.author_at.unix > 365 * 86_400)
        .collect();
    let span = |v: &mut dyn Iterator<Item = i64>| -> Option<u32> {
        let (mut lo, mut hi) = (i64::MAX, i64::MIN);
        for x in v {
            lo = lo.min(x);
            hi = hi.max(x);
        }
        (lo <= hi).then(|| ((hi - lo) / 86_400) as u32)
    };
    let rewrite_days = span(&mut rewritten.iter().map(|c| c.committer_at.unix));
    let author_span_days = span(&mut rewritten.iter().map(|c| c.author_at.unix));
    let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
    crate::model::Repository {
        name: Some(name.to_owned()),
        own: Some(own),
        commits: Some(n(commits.len())),
        author_commits: Some(author_commits),
        other_authors: Some(n(other_emails.len())),
        other_author_commits: Some(other_commits),
        copied_commits: Some(copied),
        copied_from: best_from.map(|(k, _)| k.to_owned()),
        rewritten_commits: Some(n(rewritten.len())),
        rewrite_days,
        author_span_days,
    }
}

/// The account (`github.com/owner`) and repository (`github.com/owner/repo`)
/// keys of a remote URL (`https://github.com/owner/repo.git`,
/// `git@github.com:owner/repo.git`), as [`crate::corpus::person::url_key`] writes them.
pub fn remote_keys(remote: &str) -> Option<(String, String)> {
    let r = remote.trim();
    let r = match r.strip_prefix("git@") {
        Some(rest) => rest.replacen(':', "/", 1),
        None => r.to_owned(),
    };
    let k = crate::corpus::person::url_key(&r);
    let k = k.trim_end_matches(".git");
    let mut parts = k.split('/');
    let host = parts.next().filter(|h| h.contains('.'))?;
    let host = host.rsplit('@').next().unwrap_or(host);
    let owner = parts.next().filter(|o| !o.is_empty())?;
    let repo = parts.next().filter(|o| !o.is_empty())?;
    Some((format!("{host}/{owner}"), format!("{host}/{owner}/{repo}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_formats() {
        let (e, skipped) = parse(
            "2024-03-01T10:00:00+09:00\t2024-03-02T01:00:00Z\tann@example.com\t\n\
             2024-03-01T11:00:00+09:00 ann@example.com\n\
             2024-03-01T12:00:00-06:00\t2024-03-01T12:00:00-06:00\tbo@example.com\tAnn <ann@example.com>\n\
             not a commit\n",
        );
        assert_eq!(skipped, 1);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].author_at.offset_minutes, Some(540));
        assert_eq!(e[0].committer_at.unwrap().offset_minutes, Some(0));
        assert_eq!(e[0].email, "ann@example.com");
        assert!(!e[0].coauthored);
        assert_eq!(e[1].email, "ann@example.com");
        assert!(e[1].committer_at.is_none());
        assert!(e[2].coauthored);
        let c = commits_of(&e, "ANN@example.com", Some("r"), 10);
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0].author_email_hash.as_deref(),
            Some(&*email_digest("ann@example.com"))
        );
        assert_eq!(commits_of(&e, "ann@example.com", None, 1).len(), 1);
        // a date without an offset is not a commit date
        assert_eq!(parse("2024-03-01T10:00:00 ann@example.com").0.len(), 0);
    }

    #[test]
    fn default_and_fuller_output() {
        let text = "commit 0123456789abcdef0123456789abcdef01234567\n\
                    Author: Ann Example <ann@example.com>\n\
                    Date:   Fri Mar 1 10:00:00 2024 +0900\n\n    Fix the parser\n\n\
                    commit 89abcdef0123456789abcdef0123456789abcdef\n\
                    Author:     Ann Example <ann@example.com>\n\
                    AuthorDate: Sat Mar 2 08:30:00 2024 -0530\n\
                    Commit:     Bo <bo@example.com>\n\
                    CommitDate: Sun Mar 3 00:00:00 2024 +0000\n\n    Pair work\n\n    Co-authored-by: Bo <bo@example.com>\n";
        let (e, _) = parse(text);
        assert_eq!(e.len(), 2);
        assert_eq!(
            e[0].author_at,
            Timestamp::parse("2024-03-01T10:00:00+09:00").unwrap()
        );
        assert_eq!(e[1].author_at.offset_minutes, Some(-330));
        assert_eq!(e[1].committer_at.unwrap().offset_minutes, Some(0));
        assert!(e[1].coauthored && !e[0].coauthored);
        assert_eq!(e[1].email, "ann@example.com");
    }

    #[test]
    fn repository_facts_count_people_not_bots_and_join_the_persons_addresses() {
        let line = |id: &str, at: &str, ca: &str, email: &str, name: &str, subj: &str| {
            format!("{id}\t{at}\t{ca}\t{email}\t{name}\t{subj}\n")
        };
        let mut text = String::new();
        text += &line(
            "a1b2c3d4",
            "2024-01-01T10:00:00+01:00",
            "2024-01-01T10:00:00+01:00",
            "ann@example.com",
            "Ann",
            "start",
        );
        // the person's other address: same name, and the GitHub noreply form
        text += &line(
            "a1b2c3d5",
            "2024-01-02T10:00:00+01:00",
            "2024-01-02T10:00:00+01:00",
            "ann@work.example",
            "Ann",
            "more",
        );
        text += &line(
            "a1b2c3d6",
            "2024-01-03T10:00:00+01:00",
            "2024-01-03T10:00:00+01:00",
            "123+ann@users.noreply.github.com",
            "A. N.",
            "more",
        );
        text += &line(
            "a1b2c3d7",
            "2024-01-04T10:00:00+01:00",
            "2024-01-04T10:00:00+01:00",
            "49699333+dependabot[bot]@users.noreply.github.com",
            "dependabot[bot]",
            "Bump x",
        );
        text += &line(
            "a1b2c3d8",
            "2024-01-05T10:00:00+01:00",
            "2026-01-05T10:00:00+01:00",
            "bob@example.org",
            "Bob",
            "fix",
        );
        text += "not a commit line\n";
        let commits = parse_repo(&text);
        assert_eq!(commits.len(), 5);
        let f = repo_facts("r", &commits, "Ann@Example.com", false, &[]);
        assert_eq!(f.commits, Some(5));
        assert_eq!(f.author_commits, Some(3));
        assert_eq!(f.other_authors, Some(1));
        assert_eq!(f.other_author_commits, Some(1));
        assert_eq!(f.rewritten_commits, Some(1));
        assert_eq!(f.copied_commits, Some(0));
        assert!(is_bot(
            "41898282+github-actions[bot]@users.noreply.github.com",
            "github-actions[bot]"
        ));
        assert!(is_bot("renovate@whitesourcesoftware.com", "Renovate Bot"));
        assert!(!is_bot("abbott@example.com", "Jane Abbott"));
        assert!(!is_bot("talbot@example.com", "Sam Talbot"));
        assert!(is_bot("release-bot@example.com", "Release"));
    }

    #[test]
    fn remote_urls_give_the_account_and_the_repository() {
        let k = |r: &str| remote_keys(r);
        let want = Some((
            "github.com/ann".to_owned(),
            "github.com/ann/tool".to_owned(),
        ));
        assert_eq!(k("https://github.com/Ann/tool.git"), want);
        assert_eq!(k("git@github.com:ann/tool.git"), want);
        assert_eq!(k("ssh://git@github.com/ann/tool"), want);
        assert_eq!(k("/srv/git/tool.git"), None);
    }
}
