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
}
