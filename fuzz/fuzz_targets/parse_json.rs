//! Any bytes as a JSON document (and as a CLI-style batch): parsing returns a
//! report or an error naming the field; it never panics.
#![no_main]

use hirelens::{Document, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Document::from_json(text) {
        Ok(doc) => {
            let report = hirelens::analyze(doc, &Options::default());
            assert!((0.0..=100.0).contains(&report.score));
            // A report always serializes.
            assert!(serde_json::to_string(&report).is_ok());
        }
        Err(e) => assert!(!e.message.is_empty()),
    }
    // The same text through the surrogate repair alone stays valid UTF-8 and
    // keeps its length class (one escape for one escape).
    let repaired = hirelens::model::repair_lone_surrogates(text);
    assert!(repaired.len() >= text.len());
});
