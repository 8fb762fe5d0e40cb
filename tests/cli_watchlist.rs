#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The watchlists through the built `hirelens` binary: `--watchlist FILE`
//! and the bundled OFAC list.

mod common;

use serde_json::Value;

fn hirelens(args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = common::run_cli(args, stdin.as_bytes());
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("hirelens-cli-watchlist-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn hints_of(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            v["hints"].as_array().cloned().unwrap_or_default()
        })
        .collect()
}

const DOCS: &str = r#"{"kind":"message","id":"m1","text":"Thanks for the offer. My mail is J.Doe+work@googlemail.com and WhatsApp +44 7700 900123."}
{"kind":"message","id":"m2","text":"My mail is jane.doe@example.com, nothing else to add."}
"#;

#[test]
fn watchlist_file_flags_normalized_contacts() {
    let wl = temp_file(
        "wl.json",
        r#"{"label":"case 7","emails":["jdoe@gmail.com"],"phones":["07700 900123"],"handles":[],"wallets":[]}"#,
    );
    let (code, out, err) = hirelens(
        &[
            "check",
            "--format",
            "jsonl",
            "--watchlist",
            wl.to_str().unwrap(),
            "-",
        ],
        DOCS,
    );
    assert_eq!(code, 0, "{err}");
    let reports: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports.len(), 2);
    let hits: Vec<&Value> = reports[0]["hints"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["code"] == "HL313")
        .collect();
    assert_eq!(hits.len(), 1, "{out}");
    assert_eq!(hits[0]["severity"], "high");
    let ev: Vec<&str> = hits[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(ev, ["J.Doe+work@googlemail.com", "+44 7700 900123"]);
    assert!(hits[0]["message"].as_str().unwrap().contains("\"case 7\""));
    assert_eq!(reports[0]["level"], "high");
    // the second document names nothing on the list
    assert!(
        hints_of(&out[out.find('\n').unwrap() + 1..])
            .iter()
            .all(|h| h["code"] != "HL313")
    );
}

#[test]
fn without_watchlist_nothing_matches() {
    let (code, out, _) = hirelens(&["check", "--format", "jsonl", "-"], DOCS);
    assert_eq!(code, 0);
    assert!(hints_of(&out).iter().all(|h| h["code"] != "HL313"));
}

#[test]
fn names_are_refused_with_a_clear_error() {
    let wl = temp_file("names.json", r#"{"names":["Jane Doe"]}"#);
    let (code, _, err) = hirelens(&["check", "--watchlist", wl.to_str().unwrap(), "-"], DOCS);
    assert_eq!(code, 2);
    assert!(err.contains("names"), "{err}");
    let wl = temp_file("bad.json", r#"{"emails":"jdoe@gmail.com"}"#);
    let (code, _, err) = hirelens(&["check", "--watchlist", wl.to_str().unwrap(), "-"], DOCS);
    assert_eq!(code, 2);
    assert!(err.contains("emails"), "{err}");
}

#[test]
fn bundled_ofac_list_and_fail_on() {
    let doc = r#"{"kind":"proposal","id":"p1","text":"I accept USDT on TRON: TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"}"#;
    let (code, out, _) = hirelens(
        &["check", "--format", "jsonl", "--fail-on", "high", "-"],
        doc,
    );
    assert_eq!(code, 1, "{out}");
    let h: Vec<Value> = hints_of(&out)
        .into_iter()
        .filter(|h| h["code"] == "HL312")
        .collect();
    assert_eq!(h.len(), 1);
    assert_eq!(
        h[0]["evidence"][0]["text"],
        "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"
    );
    assert!(
        h[0]["message"]
            .as_str()
            .unwrap()
            .contains(hirelens::watchlist::OFAC_LIST_DATE)
    );
}
