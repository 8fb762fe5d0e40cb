//! Where the evaluation data is: `$HIRELENS_DATA`, else `../shared/data` next
//! to the checkout (or one level further up, for a worktree). Shared by the
//! evaluation examples and the tests that read the data
//! (`#[path = "../examples/common/mod.rs"] mod common;`).

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
