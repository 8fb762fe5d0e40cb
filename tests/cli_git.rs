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
