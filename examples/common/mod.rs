//! Where the evaluation data is: `$HIRELENS_DATA`, else `../shared/data` next
//! to the checkout (or one level further up, for a worktree). Shared by the
//! evaluation examples and the tests that read the data
//! (`#[path = "../examples/common/mod.rs"] mod common;`). Not every user
//! needs every helper.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The evaluation data folder, when there is one.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("HIRELENS_DATA") {
        let d = PathBuf::from(d);
        return d.is_dir().then_some(d);
    }
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    [here.join("../shared/data"), here.join("../../shared/data")]
        .into_iter()
        .find(|p| p.is_dir())
}

/// The records of a JSON Lines file (lines that are not JSON are skipped);
/// `None` when the file cannot be opened.
pub fn read_jsonl(path: &Path) -> Option<Vec<serde_json::Value>> {
    use std::io::BufRead;
    let f = std::fs::File::open(path).ok()?;
    Some(
        std::io::BufReader::new(f)
            .lines()
            .map_while(Result::ok)
            .filter_map(|l| serde_json::from_str(&l).ok())
            .collect(),
    )
}
