//! `hirelens check --git PATH --author EMAIL`: commits from a real local
//! clone (made here with `git`) or a saved `git log` text reach HL112.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const PROFILE: &str = r#"{"kind":"profile","id":"p1","location":{"country":"US","region":"TX"}}"#;
const NOW: &str = "2026-11-24T00:00:00Z";

fn git(dir: &Path, args: &[&str], envs: &[(&str, String)]) {
    let mut c = Command::new("git");
    c.arg("-C").arg(dir).args(args);
    c.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1");
    for (k, v) in envs {
        c.env(k, v);
    }
    let o = c.output().expect("git runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// A fresh repository with `n` commits by `email` at local 10:00 with `off`,
/// and 5 by someone else.
fn repo(name: &str, n: usize, email: &str, off: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "-q"], &[]);
    let commit = |i: usize, who: &str, off: &str, msg: &str| {
        let date = format!("2025-{:02}-{:02}T10:00:00{off}", 1 + i / 28, 1 + i % 28);
        git(
            &dir,
            &["commit", "-q", "--allow-empty", "-m", msg],
            &[
                ("GIT_AUTHOR_NAME", "A".into()),
                ("GIT_AUTHOR_EMAIL", who.into()),
                ("GIT_AUTHOR_DATE", date.clone()),
                ("GIT_COMMITTER_NAME", "A".into()),
                ("GIT_COMMITTER_EMAIL", who.into()),
                ("GIT_COMMITTER_DATE", date),
            ],
        );
    };
    for i in 0..n {
        commit(i, email, off, "work");
    }
    for i in 0..5 {
        commit(n + i, "other@example.org", "+09:00", "theirs");
    }
    dir
}

fn check(args: &[&str]) -> (Value, String) {
    let mut all = vec!["check", "--format", "json", "--now", NOW];
    all.extend_from_slice(args);
    let o = common::run_cli(&all, PROFILE.as_bytes());
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    (
        serde_json::from_slice(&o.stdout).unwrap_or(Value::Null),
        err,
    )
}

fn hl112(v: &Value) -> Option<&Value> {
    v["hints"].as_array()?.iter().find(|h| h["code"] == "HL112")
}

#[test]
fn a_clone_far_from_the_claim_gives_medium() {
    let dir = repo("git-far", 30, "Ann@Example.com", "+09:00");
    let (v, err) = check(&[
        "--git",
        dir.to_str().unwrap(),
        "--author",
        "ann@example.com",
    ]);
    let h = hl112(&v).unwrap_or_else(|| panic!("{v} {err}"));
    assert_eq!(h["severity"], "medium");
    assert!(
        h["message"]
            .as_str()
            .unwrap()
            .starts_with("30 of 30 commits with a local clock"),
        "{h}"
    );
    assert_eq!(h["evidence"][0]["field"], "commits[0].at");
}

#[test]
fn a_clone_at_home_gives_nothing_and_others_commits_are_not_read() {
    // the claimed Texas in winter is UTC−6; the 5 commits of someone else at +09:00 are not the author's
    let dir = repo("git-home", 30, "ann@example.com", "-06:00");
    let (v, err) = check(&[
        "--git",
        dir.to_str().unwrap(),
        "--author",
        "ann@example.com",
    ]);
    assert!(v["hints"].is_array(), "{err}");
    assert!(hl112(&v).is_none(), "{v}");
}

#[test]
fn a_saved_log_text_and_errors() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("git-saved");
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("log.txt");
    let lines: String = (0..25)
        .map(|i| format!("2025-02-{:02}T10:00:00+03:00 ann@example.com\n", 1 + i))
        .collect();
    std::fs::write(&f, lines).unwrap();
    let (v, _) = check(&["--git", f.to_str().unwrap(), "--author", "ann@example.com"]);
    assert_eq!(hl112(&v).unwrap()["severity"], "medium");
    // --git without --author, an unreadable file, a text with no commits
    let o = common::run_cli(&["check", "--git", f.to_str().unwrap()], PROFILE.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--author"));
    let o = common::run_cli(
        &["check", "--git", "/nonexistent/x", "--author", "a@b.c"],
        PROFILE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    std::fs::write(dir.join("empty.txt"), "hello\n").unwrap();
    let e = dir.join("empty.txt");
    let o = common::run_cli(
        &["check", "--git", e.to_str().unwrap(), "--author", "a@b.c"],
        PROFILE.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no commits read"));
}

#[test]
fn same_person_compares_two_profiles_from_files() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("same-person");
    std::fs::create_dir_all(&dir).unwrap();
    let li = dir.join("linkedin.json");
    std::fs::write(
        &li,
        r#"{"kind":"profile","platform":"linkedin","name":"Kevin Park","location":{"country":"Canada"},
            "employment":[{"company":"Globex","start":"2018-06","end":"2023-01"}]}"#,
    )
    .unwrap();
    let up = r#"{"kind":"profile","id":"u1","name":"Daniel Kim","location":{"country":"US"},
                 "employment":[{"company":"Acme","start":"2019-01","end":"2023-06"}]}"#;
    let o = common::run_cli(
        &[
            "check",
            "--format",
            "json",
            "--now",
            NOW,
            "--same-person",
            li.to_str().unwrap(),
        ],
        up.as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = v["hints"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["code"].as_str())
        .collect();
    for c in ["HL113", "HL114", "HL115"] {
        assert!(codes.contains(&c), "{c} in {codes:?}");
    }
    // the same person, LinkedIn updated less often: nothing above low
    std::fs::write(
        &li,
        r#"{"kind":"profile","platform":"linkedin","name":"Dan Kim","location":{"country":"United States"},
            "employment":[{"company":"ACME Inc.","start":"2019-02","end":"Present"}]}"#,
    )
    .unwrap();
    let o = common::run_cli(
        &[
            "check",
            "--format",
            "json",
            "--now",
            NOW,
            "--same-person",
            li.to_str().unwrap(),
        ],
        up.as_bytes(),
    );
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    for h in v["hints"].as_array().unwrap() {
        if ["HL113", "HL114", "HL115"].contains(&h["code"].as_str().unwrap()) {
            assert!(
                ["info", "low"].contains(&h["severity"].as_str().unwrap()),
                "{h}"
            );
        }
    }
    let o = common::run_cli(
        &["check", "--same-person", "/nonexistent.json"],
        up.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn profiles_in_one_batch_that_link_to_each_other_are_compared() {
    let batch = r#"[{"kind":"profile","id":"u1","url":"https://www.upwork.com/freelancers/~01","name":"Daniel Kim",
                     "contacts":{"links":["https://www.linkedin.com/in/dkim-example/"]}},
                    {"kind":"profile","id":"l1","platform":"linkedin","url":"https://linkedin.com/in/dkim-example","name":"Kevin Park"},
                    {"kind":"profile","id":"x1","url":"https://example.com/x","name":"Omar Diaz"}]"#;
    let o = common::run_cli(
        &["check", "--format", "json", "--now", NOW],
        batch.as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let has = |k: usize| {
        v[k]["hints"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["code"] == "HL113")
    };
    // both linked profiles see the other; the unlinked one is not compared
    assert!(has(0) && has(1) && !has(2), "{v}");
    let h = v[0]["hints"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["code"] == "HL113")
        .unwrap();
    assert!(
        h["message"]
            .as_str()
            .unwrap()
            .contains("the LinkedIn profile"),
        "{h}"
    );
}

// ---- repository facts (HL119, HL120) ----

/// One commit with author and committer dates and a name.
fn commit_as(dir: &Path, name: &str, email: &str, author_at: &str, committer_at: &str, msg: &str) {
    git(
        dir,
        &["commit", "-q", "--allow-empty", "-m", msg],
        &[
            ("GIT_AUTHOR_NAME", name.into()),
            ("GIT_AUTHOR_EMAIL", email.into()),
            ("GIT_AUTHOR_DATE", author_at.into()),
            ("GIT_COMMITTER_NAME", name.into()),
            ("GIT_COMMITTER_EMAIL", email.into()),
            ("GIT_COMMITTER_DATE", committer_at.into()),
        ],
    );
}

fn fresh(name: &str, remote: Option<&str>) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    git(&dir, &["init", "-q"], &[]);
    if let Some(r) = remote {
        git(&dir, &["remote", "add", "origin", r], &[]);
    }
    dir
}

/// A project written by 8 people over 2019–2021 (4 commits each), with
/// dependabot's commits and 3 by the person.
fn team_history(dir: &Path, author_offset_days: bool) {
    for i in 0..32 {
        let who = i % 8;
        let at = format!(
            "20{}-{:02}-{:02}T10:00:00+01:00",
            19 + i / 12,
            1 + i % 12,
            1 + who
        );
        let committed = if author_offset_days {
            // the whole history committed again in one afternoon
            format!("2025-06-01T{:02}:{:02}:00+00:00", 12 + i / 60, i % 60)
        } else {
            at.clone()
        };
        commit_as(
            dir,
            &format!("Dev {who}"),
            &format!("dev{who}@corp.example"),
            &at,
            &committed,
            &format!("Change {i} in module {who}"),
        );
    }
    for i in 0..4 {
        let at = format!("2022-01-{:02}T10:00:00+00:00", 1 + i);
        commit_as(
            dir,
            "dependabot[bot]",
            "49699333+dependabot[bot]@users.noreply.github.com",
            &at,
            &at,
            "Bump lib",
        );
    }
    for i in 0..3 {
        let at = format!("2025-06-{:02}T10:00:00-06:00", 2 + i);
        commit_as(
            dir,
            "Daniel Kim",
            "dkim@example.com",
            &at,
            &at,
            "Update README",
        );
    }
}

fn check_profile(profile: &str, args: &[&str]) -> Value {
    let mut all = vec!["check", "--format", "json", "--now", NOW];
    all.extend_from_slice(args);
    let o = common::run_cli(&all, profile.as_bytes());
    assert!(
        o.status.success() || o.status.code() == Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn hint<'v>(v: &'v Value, code: &str) -> Option<&'v Value> {
    v["hints"].as_array()?.iter().find(|h| h["code"] == code)
}

const LINKED: &str = r#"{"kind":"profile","id":"p1","location":{"country":"US","region":"TX"},
  "contacts":{"links":["https://github.com/dkim-example"]}}"#;

#[test]
fn others_history_under_the_persons_account_is_a_low_hint() {
    let dir = fresh("repo-own", Some("git@github.com:dkim-example/shop-api.git"));
    team_history(&dir, false);
    let path = dir.to_str().unwrap();
    let v = check_profile(LINKED, &["--git", path, "--author", "dkim@example.com"]);
    let h = hint(&v, "HL119").expect("HL119 on a repository under the linked account");
    assert_eq!(h["severity"], "low");
    assert_eq!(
        h["message"],
        "repo-own, shown as this person's own work: 32 of its 39 commits are by 8 other author e-mails (bots not counted), 3 by the person."
    );
    assert!(
        h["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["field"] == "repositories[0].other_authors" && e["text"] == "8")
    );
    // the same clone, not under an account the profile links to: a team project
    let v = check_profile(PROFILE, &["--git", path, "--author", "dkim@example.com"]);
    assert!(hint(&v, "HL119").is_none(), "{v}");
    // .mailmap joining the team's addresses into the person's: not others
    let mut map = String::new();
    for who in 0..8 {
        map.push_str(&format!(
            "Daniel Kim <dkim@example.com> Dev {who} <dev{who}@corp.example>\n"
        ));
    }
    std::fs::write(dir.join(".mailmap"), map).unwrap();
    let v = check_profile(LINKED, &["--git", path, "--author", "dkim@example.com"]);
    assert!(hint(&v, "HL119").is_none(), "{v}");
}

#[test]
fn copied_and_rewritten_history_are_low_hints_and_a_fork_is_not() {
    let original = fresh("repo-original", None);
    team_history(&original, false);
    // the same messages and author times, committed again by the person
    let copy = fresh("repo-copy", None);
    team_history(&copy, true);
    let (o, c) = (original.to_str().unwrap(), copy.to_str().unwrap());
    let v = check_profile(
        PROFILE,
        &["--git", c, "--git", o, "--author", "dkim@example.com"],
    );
    let hs: Vec<&Value> = v["hints"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["code"] == "HL120")
        .collect();
    assert!(
        hs.iter().any(|h| h["message"]
            == "39 of the 39 commits of repo-copy carry the message and author time of a commit in repo-original under another commit id."),
        "{hs:?}"
    );
    // the original, committed when it was written, is not the copy
    assert_eq!(hs.len(), 1, "{hs:?}");
    assert!(hs.iter().all(|h| h["severity"] == "low"));
    // alone, the copy still shows a history committed in one afternoon
    let v = check_profile(PROFILE, &["--git", c, "--author", "dkim@example.com"]);
    let h = hint(&v, "HL120").expect("rewritten history");
    assert!(
        h["message"]
            .as_str()
            .unwrap()
            .contains("were committed within one day"),
        "{h}"
    );
    // a fork (a clone: the same commit ids) and the original: nothing
    let fork = Path::new(env!("CARGO_TARGET_TMPDIR")).join("repo-fork");
    let _ = std::fs::remove_dir_all(&fork);
    let o2 = Command::new("git")
        .args(["clone", "-q", "--no-hardlinks", o])
        .arg(&fork)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .unwrap();
    assert!(o2.status.success());
    let v = check_profile(
        PROFILE,
        &[
            "--git",
            fork.to_str().unwrap(),
            "--git",
            o,
            "--author",
            "dkim@example.com",
        ],
    );
    assert!(hint(&v, "HL120").is_none(), "{v}");
}
