//! One exported function that parses a document the way the engine does
//! (JSON text → `serde_json::Value` → typed struct through
//! `serde_path_to_error`), NFKC-normalizes a text, identifies its language,
//! compiles a pattern given at run time (so the whole regex engine and its
//! Unicode tables are linked, as the engine's lazily compiled patterns link
//! them) and returns the result through `serde-wasm-bindgen`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[derive(Deserialize)]
struct Item {
    title: Option<String>,
    start: Option<String>,
    n: Option<u32>,
}

#[derive(Deserialize)]
struct Doc {
    kind: String,
    text: Option<String>,
    pattern: String,
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Out {
    lang: Option<String>,
    norm: String,
    hits: Vec<(usize, usize)>,
    n: usize,
}

fn err(e: impl std::fmt::Display) -> JsValue {
    JsValue::from_str(&e.to_string())
}

#[wasm_bindgen]
pub fn run(input: &str) -> Result<JsValue, JsValue> {
    let v: serde_json::Value = serde_json::from_str(input).map_err(err)?;
    let d: Doc = serde_path_to_error::deserialize(v)
        .map_err(|e| err(format!("{}: {}", e.path(), e.inner())))?;
    let text = d.text.unwrap_or_default();
    #[cfg(feature = "nfkc")]
    let norm: String = unicode_normalization::UnicodeNormalization::nfkc(text.as_str()).collect();
    #[cfg(not(feature = "nfkc"))]
    let norm = text;
    #[cfg(feature = "langid")]
    let lang = whatlang::detect(&norm).map(|i| i.lang().code().to_owned());
    #[cfg(not(feature = "langid"))]
    let lang: Option<String> = None;
    #[cfg(feature = "regex-full")]
    let re = regex::Regex::new(&d.pattern).map_err(err)?;
    #[cfg(all(feature = "regex-lite", not(feature = "regex-full")))]
    let re = regex_lite::Regex::new(&d.pattern).map_err(err)?;
    let hits = re.find_iter(&norm).map(|m| (m.start(), m.end())).collect();
    let n = d
        .items
        .iter()
        .map(|i| {
            i.title.as_ref().map_or(0, String::len)
                + i.start.as_ref().map_or(0, String::len)
                + i.n.unwrap_or(0) as usize
        })
        .sum::<usize>()
        + d.kind.len();
    serde_wasm_bindgen::to_value(&Out { lang, norm, hits, n }).map_err(err)
}
