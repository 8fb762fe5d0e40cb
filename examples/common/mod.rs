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

/// ISO 639-1 (langid-lingua-testdata) → ISO 639-3 (whatlang and
/// `Report::facts.language`), for every language of the data set, also those
/// whatlang does not know (`whatlang::Lang::from_code` tells them apart).
pub const LANG_CODES: &[(&str, &str)] = &[
    ("af", "afr"),
    ("ar", "ara"),
    ("az", "aze"),
    ("be", "bel"),
    ("bg", "bul"),
    ("bn", "ben"),
    ("bs", "bos"),
    ("ca", "cat"),
    ("cs", "ces"),
    ("cy", "cym"),
    ("da", "dan"),
    ("de", "deu"),
    ("el", "ell"),
    ("en", "eng"),
    ("eo", "epo"),
    ("es", "spa"),
    ("et", "est"),
    ("eu", "eus"),
    ("fa", "pes"),
    ("fi", "fin"),
    ("fr", "fra"),
    ("ga", "gle"),
    ("gu", "guj"),
    ("he", "heb"),
    ("hi", "hin"),
    ("hr", "hrv"),
    ("hu", "hun"),
    ("hy", "hye"),
    ("id", "ind"),
    ("is", "isl"),
    ("it", "ita"),
    ("ja", "jpn"),
    ("ka", "kat"),
    ("kk", "kaz"),
    ("ko", "kor"),
    ("la", "lat"),
    ("lg", "lug"),
    ("lt", "lit"),
    ("lv", "lav"),
    ("mi", "mri"),
    ("mk", "mkd"),
    ("mn", "mon"),
    ("mr", "mar"),
    ("ms", "msa"),
    ("nb", "nob"),
    ("nl", "nld"),
    ("nn", "nno"),
    ("pa", "pan"),
    ("pl", "pol"),
    ("pt", "por"),
    ("ro", "ron"),
    ("ru", "rus"),
    ("sk", "slk"),
    ("sl", "slv"),
    ("sn", "sna"),
    ("so", "som"),
    ("sq", "sqi"),
    ("sr", "srp"),
    ("st", "sot"),
    ("sv", "swe"),
    ("sw", "swa"),
    ("ta", "tam"),
    ("te", "tel"),
    ("th", "tha"),
    ("tl", "tgl"),
    ("tn", "tsn"),
    ("tr", "tur"),
    ("ts", "tso"),
    ("uk", "ukr"),
    ("ur", "urd"),
    ("vi", "vie"),
    ("xh", "xho"),
    ("yo", "yor"),
    ("zh", "cmn"),
    ("zu", "zul"),
];
