//! `hirelens link` and `hirelens compare`: the linkage commands' contract.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use serde_json::Value;
use std::process::Output;

fn run(args: &[&str], stdin: &str) -> Output {
    common::run_cli(args, stdin.as_bytes())
}

const TEXT: &str = "I am a senior full stack developer with eight years of experience in React, Node and AWS. I have read your job post carefully and I am confident that I can deliver exactly what you need. I will send daily updates.";

fn batch() -> String {
    [
        serde_json::json!({"kind":"proposal","id":"q1","author":{"name":"Alice Moreau"},"text":TEXT}),
        serde_json::json!({"kind":"proposal","id":"q2","author":{"name":"Brian Okafor"},"text":format!("Hi Sam! {TEXT}")}),
        serde_json::json!({"kind":"profile","id":"p1","name":"Carol","contacts":{"emails":["c.a.r.o.l+x@gmail.com"]}}),
        serde_json::json!({"kind":"profile","id":"p2","name":"Dmitri","contacts":{"emails":["carol@gmail.com"]}}),
        serde_json::json!({"kind":"profile","id":"p3","name":"Eve","overview":"Gardening and small repairs."}),
    ]
    .iter()
    .map(|v| v.to_string())
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn link_json_has_clusters_and_pairs() {
    let o = run(&["link", "--format", "json"], &batch());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let clusters = v["clusters"].as_array().unwrap();
    let members: Vec<Vec<&str>> = clusters
        .iter()
        .map(|c| {
            c["members"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap())
                .collect()
        })
        .collect();
    assert!(members.contains(&vec!["q1", "q2"]), "{members:?}");
    assert!(members.contains(&vec!["p1", "p2"]), "{members:?}");
    assert!(!members.iter().flatten().any(|m| *m == "p3"));
    let pairs = v["pairs"].as_array().unwrap();
    assert_eq!(pairs.len(), 2);
    let email = pairs
        .iter()
        .find(|p| p["kind"] == "shared-identifier")
        .unwrap();
    assert_eq!(
        (email["a"].as_str(), email["b"].as_str()),
        (Some("p1"), Some("p2"))
    );
    assert_eq!(email["score"], 1.0);
    let text = pairs
        .iter()
        .find(|p| p["kind"] == "near-duplicate-text")
        .unwrap();
    assert!(text["score"].as_f64().unwrap() > 0.8);
    // the same batch as a JSON array gives the same answer
    let arr = format!("[{}]", batch().replace('\n', ","));
    let o2 = run(&["link", "--format", "json"], &arr);
    assert_eq!(o2.stdout, o.stdout);
}

#[test]
fn link_reports_bad_documents_and_goes_on() {
    let input = format!("{}\n{{\"kind\":\"nope\"}}\n", batch());
    let o = run(&["link"], &input);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("document 6") && err.contains("kind"), "{err}");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("5 documents, 2 links, 2 clusters"), "{out}");
}

#[test]
fn compare_prints_pairwise_scores() {
    let dir = std::env::temp_dir().join(format!("hirelens-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.json");
    let b = dir.join("b.json");
    std::fs::write(
        &a,
        serde_json::json!({"kind":"proposal","text":TEXT,"author":{"name":"A"}}).to_string(),
    )
    .unwrap();
    std::fs::write(
        &b,
        serde_json::json!({"kind":"profile","name":"B","overview":format!("Hello. {TEXT}"),
        "contacts":{"phones":["+1 415 555 0134"]}})
        .to_string(),
    )
    .unwrap();
    let o = run(&["compare", a.to_str().unwrap(), b.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["near_duplicate"]["jaccard"].as_f64().unwrap() > 0.8);
    assert_eq!(v["near_duplicate"]["containment"], 1.0);
    assert!(v["style"]["score"].is_null());
    assert_eq!(v["shared_identifiers"], serde_json::json!([]));
    let o = run(&["compare", a.to_str().unwrap()], "");
    assert_eq!(o.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
