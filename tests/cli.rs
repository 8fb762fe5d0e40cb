//! The CLI contract that scripts rely on: input forms, output formats, exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use serde_json::Value;
use std::process::{Command, Output};

fn run(args: &[&str], stdin: &str) -> Output {
    common::run_cli(args, stdin.as_bytes())
}

const OFF: &str = r#"{"kind":"message","id":"m1","text":"Upwork takes a big fee, let's continue on Telegram: @quickdev_77"}"#;
const CLEAN: &str =
    r#"{"kind":"message","id":"m2","text":"Thanks, I pushed the fix to the branch."}"#;
const NOW: &str = "2026-11-24T00:00:00Z";

#[test]
fn one_document_json() {
    let o = run(&["check", "--format", "json", "--now", NOW], OFF);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["id"], "m1");
    assert_eq!(v["level"], "medium");
    assert_eq!(v["hints"][0]["code"], "HL301");
    let ev = &v["hints"][0]["evidence"][0];
    assert_eq!(ev["field"], "text");
    assert!(
        ev["text"]
            .as_str()
            .unwrap()
            .contains("Telegram: @quickdev_77")
    );
}

#[test]
fn array_and_jsonl_keep_input_order() {
    for input in [format!("[{OFF},{CLEAN}]"), format!("{OFF}\n{CLEAN}\n")] {
        let o = run(&["check", "--format", "jsonl", "-"], &input);
        assert!(o.status.success());
        let ids: Vec<String> = String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .map(|l| {
                serde_json::from_str::<Value>(l).unwrap()["id"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect();
        assert_eq!(ids, ["m1", "m2"]);
    }
    // a JSON array in json format gives an array even with one element
    let o = run(&["check", "--format", "json"], &format!("[{CLEAN}]"));
    assert!(
        serde_json::from_slice::<Value>(&o.stdout)
            .unwrap()
            .is_array()
    );
}

#[test]
fn pretty_printed_single_document() {
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<Value>(OFF).unwrap()).unwrap();
    let o = run(&["check", "--format", "json"], &pretty);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        serde_json::from_slice::<Value>(&o.stdout).unwrap()["id"],
        "m1"
    );
}

#[test]
fn input_errors_exit_2_naming_document_and_field() {
    let bad = r#"{"kind":"profile","id":"p9","employment":[{},{},{"start":"someday"}]}"#;
    let o = run(
        &["check", "--format", "jsonl"],
        &format!("{CLEAN}\n{bad}\n"),
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("document 2"), "{err}");
    assert!(err.contains("\"p9\""), "{err}");
    assert!(err.contains("employment[2].start"), "{err}");
    // nothing is lost: the good document is still reported, the bad one has an error line
    let lines: Vec<Value> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "m2");
    assert_eq!(lines[1]["error"]["field"], "employment[2].start");
    let o = run(&["check"], "{not json");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not valid JSON"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(
        run(&["check", "--format", "xml"], CLEAN).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["check", "--fail-on", "extreme"], CLEAN).status.code(),
        Some(2)
    );
    assert_eq!(run(&["explain", "HL999"], "").status.code(), Some(2));
}

#[test]
fn fail_on() {
    assert_eq!(
        run(&["check", "--fail-on", "medium"], OFF).status.code(),
        Some(1)
    );
    assert_eq!(
        run(&["check", "--fail-on", "high"], OFF).status.code(),
        Some(0)
    );
    assert_eq!(
        run(&["check", "--fail-on", "medium"], CLEAN).status.code(),
        Some(0)
    );
}

#[test]
fn readable_text_report() {
    let o = run(&["check", "--color", "never"], OFF);
    let s = String::from_utf8(o.stdout).unwrap();
    assert!(s.contains("HL301"), "{s}");
    assert!(s.contains("innocent:"), "{s}");
    assert!(s.contains("verify:"), "{s}");
    assert!(!s.contains('\u{1b}'), "no colour when asked");
    let o = run(&["check", "--color", "always"], OFF);
    assert!(String::from_utf8(o.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn rules_and_explain_agree_with_the_catalog() {
    let o = run(&["rules", "--format", "json"], "");
    let v: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = v.iter().map(|r| r["code"].as_str().unwrap()).collect();
    let catalog: Vec<&str> = hirelens::rules::catalog().iter().map(|r| r.code).collect();
    assert_eq!(codes, catalog);
    let o = run(&["explain", "hl301"], "");
    assert!(o.status.success());
    let s = String::from_utf8(o.stdout).unwrap();
    for section in [
        "What it sees",
        "Why it matters",
        "Innocent explanations",
        "Example",
    ] {
        assert!(s.contains(section), "{section}");
    }
    let o = run(&["explain", "off-platform-contact"], "");
    assert!(String::from_utf8(o.stdout).unwrap().starts_with("## HL301"));
}

#[test]
fn every_example_is_analysed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut n = 0;
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "json") {
            let o = Command::new(env!("CARGO_BIN_EXE_hirelens"))
                .args(["check", "--format", "json", "--now", NOW])
                .arg(&p)
                .output()
                .unwrap();
            assert!(
                o.status.success(),
                "{}: {}",
                p.display(),
                String::from_utf8_lossy(&o.stderr)
            );
            let v: Value = serde_json::from_slice(&o.stdout).unwrap();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let level = v["level"].as_str().unwrap();
            if name.starts_with("benign-") {
                assert!(level == "none" || level == "low", "{name} reached {level}");
            } else {
                assert!(
                    level == "medium" || level == "high",
                    "{name} only reached {level}"
                );
            }
            n += 1;
        }
    }
    assert!(n >= 6);
}
