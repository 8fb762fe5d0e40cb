//! Median `analyze` time per example document (and the npm budget's 3 KB
//! profile), native (release).
//!
//! Run: `cargo bench --bench analyze`. Prints one line per document in
//! examples/ (median and p90 over repeated runs, after warm-up). Speed targets
//! are checked here and in the JS budget script, never in timed unit tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    // The 3 KB profile that the npm package's budget is measured on.
    files.push(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/js/test/fixtures/profile-3k.json"
        )
        .into(),
    );
    let options = hirelens::Options::default();
    println!(
        "{:<44} {:>7} {:>12} {:>12}",
        "document", "bytes", "median µs", "p90 µs"
    );
    for p in files {
        let text = std::fs::read_to_string(&p).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        for _ in 0..50 {
            std::hint::black_box(hirelens::analyze_value(value.clone(), &options).unwrap());
        }
        let mut t: Vec<f64> = (0..400)
            .map(|_| {
                let v = value.clone();
                let s = Instant::now();
                std::hint::black_box(hirelens::analyze_value(v, &options).unwrap());
                s.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        t.sort_by(f64::total_cmp);
        println!(
            "{:<44} {:>7} {:>12.1} {:>12.1}",
            p.file_name().unwrap().to_string_lossy(),
            text.len(),
            t[t.len() / 2],
            t[t.len() * 9 / 10]
        );
    }
}
