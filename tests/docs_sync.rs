//! docs/hints.md is generated from the rule catalog; this fails when it is stale.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

#[test]
fn hints_md_matches_the_catalog() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/hints.md");
    let on_disk = std::fs::read_to_string(path).expect("docs/hints.md exists");
    let generated = hirelens::rules::doc::markdown();
    assert!(
        on_disk == generated,
        "docs/hints.md is stale: run `cargo run -q -- rules --format markdown > docs/hints.md`"
    );
    for r in hirelens::rules::catalog() {
        assert!(
            on_disk.contains(&format!("## {} {}", r.code, r.name)),
            "{} missing",
            r.code
        );
    }
}
