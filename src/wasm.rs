//! WebAssembly bindings (feature `wasm`): plain JS objects in and out.
//!
//! Input objects are converted to JSON values by a bounded walk (depth and
//! size limits, lone surrogates replaced), then go through the same parser
//! as the CLI, so errors carry the same field paths. Errors reach JS as
//! `Error`s with `field` (and `document` for batches) properties. A panic
//! would trap the module: the panic hook keeps its message so the JS layer
//! can read it with `takePanicMessage()` and re-create the instance.

use crate::error::InputError;
use crate::model::{LIMITS, approx_size};
use crate::options::Options;
use crate::rules;
use js_sys::{Array, Object, Reflect};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use std::sync::Mutex;
use wasm_bindgen::prelude::*;

static PANIC: Mutex<Option<String>> = Mutex::new(None);

#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut p) = PANIC.lock() {
            *p = Some(info.to_string());
        }
    }));
}

/// The message of the last panic (a trap), if any; clears it.
#[wasm_bindgen(js_name = takePanicMessage)]
pub fn take_panic_message() -> Option<String> {
    PANIC.lock().ok().and_then(|mut p| p.take())
}

/// Trap on purpose: lets the JS layer's tests prove recovery from a trap.
#[wasm_bindgen(js_name = __debugTrap)]
#[allow(clippy::panic)]
pub fn debug_trap() {
    panic!("deliberate trap requested by a test");
}

fn js_error(e: &InputError) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("HireLensError");
    let o: &JsValue = err.as_ref();
    let _ = Reflect::set(o, &"field".into(), &e.field.clone().into());
    let _ = Reflect::set(o, &"detail".into(), &e.message.clone().into());
    if let Some(d) = e.document {
        let _ = Reflect::set(o, &"document".into(), &(d as f64).into());
    }
    if let Some(id) = &e.id {
        let _ = Reflect::set(o, &"id".into(), &id.clone().into());
    }
    err.into()
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::json_compatible();
    v.serialize(&ser)
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

const MAX_DEPTH: usize = 64;

/// Convert a JS value to JSON, bounded in depth and size. `path` names the
/// place for error messages.
fn to_json(
    v: &JsValue,
    depth: usize,
    budget: &mut usize,
    path: &mut String,
) -> Result<Value, InputError> {
    if depth > MAX_DEPTH {
        return Err(InputError::new(
            path.clone(),
            format!("nested more than {MAX_DEPTH} levels deep"),
        ));
    }
    let charge = |budget: &mut usize, n: usize, path: &str| -> Result<(), InputError> {
        *budget = budget.checked_sub(n).ok_or_else(|| {
            InputError::new(
                path,
                format!(
                    "the document is larger than the limit of {} MiB",
                    LIMITS.max_document_bytes / 1_048_576
                ),
            )
        })?;
        Ok(())
    };
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        charge(budget, 8, path)?;
        if n.is_finite() && n.fract() == 0.0 && n.abs() < 9.0e15 {
            return Ok(Value::Number(Number::from(n as i64)));
        }
        return Ok(Number::from_f64(n).map_or(Value::Null, Value::Number));
    }
    if let Some(s) = v.as_string() {
        // as_string() decodes UTF-16 and replaces lone surrogates with U+FFFD.
        charge(budget, s.len() + 2, path)?;
        return Ok(Value::String(s));
    }
    if Array::is_array(v) {
        let a = Array::from(v);
        let len = a.length() as usize;
        charge(budget, 2 + len, path)?;
        let mut out = Vec::with_capacity(len.min(1024));
        let base = path.len();
        for (i, item) in a.iter().enumerate() {
            path.push_str(&format!("[{i}]"));
            out.push(to_json(&item, depth + 1, budget, path)?);
            path.truncate(base);
        }
        return Ok(Value::Array(out));
    }
    if v.is_object() && !v.is_function() {
        let obj: &Object = v.unchecked_ref();
        let keys = Object::keys(obj);
        let mut map = Map::new();
        let base = path.len();
        for k in keys.iter() {
            let Some(key) = k.as_string() else { continue };
            charge(budget, key.len() + 4, path)?;
            let val = Reflect::get(obj, &k).unwrap_or(JsValue::UNDEFINED);
            if val.is_undefined() || val.is_function() {
                continue;
            }
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&key);
            let j = to_json(&val, depth + 1, budget, path)?;
            path.truncate(base);
            map.insert(key, j);
        }
        return Ok(Value::Object(map));
    }
    Err(InputError::new(
        path.clone(),
        "expected JSON data (an object, array, string, number, boolean or null)",
    ))
}

fn value_of(v: &JsValue) -> Result<Value, InputError> {
    if let Some(s) = v.as_string() {
        if s.len() > LIMITS.max_document_bytes {
            return Err(InputError::new(
                "",
                "document is larger than the limit of 4 MiB",
            ));
        }
        return serde_json::from_str(&crate::model::repair_lone_surrogates(&s))
            .map_err(|e| InputError::new("", crate::model::json_error(&e)));
    }
    let mut budget = LIMITS.max_document_bytes;
    to_json(v, 0, &mut budget, &mut String::new())
}

fn options_of(v: &JsValue) -> Result<Options, InputError> {
    if v.is_null() || v.is_undefined() {
        return Ok(Options::default());
    }
    let value = value_of(v).map_err(|e| {
        InputError::new(
            format!("options.{}", e.field).trim_end_matches('.'),
            e.message,
        )
    })?;
    serde_path_to_error::deserialize(value)
        .map_err(|e| InputError::new(format!("options.{}", e.path()), e.inner().to_string()))
}

/// Analyse one document (a plain object, or JSON text). Returns the report.
#[wasm_bindgen]
pub fn analyze(doc: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = options_of(&options).map_err(|e| js_error(&e))?;
    let value = value_of(&doc).map_err(|e| js_error(&e))?;
    debug_assert!(approx_size(&value) <= LIMITS.max_document_bytes);
    let report = crate::analyze_value(value, &options).map_err(|e| js_error(&e))?;
    to_js(&report)
}

/// Analyse an array of documents; fails on the first invalid one, naming it.
#[wasm_bindgen(js_name = analyzeMany)]
pub fn analyze_many(docs: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let options = options_of(&options).map_err(|e| js_error(&e))?;
    if !Array::is_array(&docs) {
        return Err(js_error(&InputError::new(
            "",
            "expected an array of documents",
        )));
    }
    let arr = Array::from(&docs);
    if arr.length() as usize > LIMITS.max_batch {
        return Err(js_error(&InputError::new(
            "",
            format!(
                "{} documents; the limit is {} per batch",
                arr.length(),
                LIMITS.max_batch
            ),
        )));
    }
    let mut reports = Vec::with_capacity(arr.length() as usize);
    for (i, d) in arr.iter().enumerate() {
        let value = value_of(&d).map_err(|e| js_error(&e.in_document(i, None)))?;
        let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
        let r = crate::analyze_value(value, &options)
            .map_err(|e| js_error(&e.in_document(i, id.as_deref())))?;
        reports.push(r);
    }
    to_js(&reports)
}

/// The rule catalog: code, name, family, severity, weight, indicators, docs.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&rules::catalog())
}

/// One rule's documentation as Markdown, or `undefined` for an unknown code.
#[wasm_bindgen]
pub fn explain(code: &str) -> Option<String> {
    rules::find(code).map(rules::doc::rule_markdown)
}

#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

// ---- Corpus: linkage across documents ----

fn corpus_error(e: &crate::corpus::CorpusError) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("HireLensCorpusError");
    err.into()
}

/// 32 random bytes from `crypto.getRandomValues` (browsers, workers, Node ≥ 19).
fn random_key() -> Result<Vec<u8>, JsValue> {
    let crypto = Reflect::get(&js_sys::global(), &"crypto".into())?;
    let get: js_sys::Function = Reflect::get(&crypto, &"getRandomValues".into())?
        .dyn_into()
        .map_err(|_| js_sys::Error::new("crypto.getRandomValues is not available; pass a key"))?;
    let buf = js_sys::Uint8Array::new_with_length(32);
    get.call1(&crypto, &buf)?;
    Ok(buf.to_vec())
}

/// The cross-document memory: near-duplicate text, shared identifiers,
/// photos, names and writing style across every document added.
#[wasm_bindgen(js_name = Corpus)]
pub struct JsCorpus {
    inner: crate::corpus::Corpus,
}

#[wasm_bindgen(js_class = Corpus)]
impl JsCorpus {
    /// `new Corpus(key?)`: with a key (Uint8Array the caller keeps), the key
    /// is never written by `toBytes()`; without one, a random key is made
    /// and stored in the blob.
    #[wasm_bindgen(constructor)]
    pub fn new(key: Option<Vec<u8>>) -> Result<JsCorpus, JsValue> {
        let inner = match key {
            Some(k) if !k.is_empty() => crate::corpus::Corpus::with_key(&k),
            _ => {
                let mut c = crate::corpus::Corpus::with_key(&random_key()?);
                c.embed_key();
                c
            }
        };
        Ok(JsCorpus { inner })
    }

    /// Add a document (object or JSON text); returns its id in the corpus.
    pub fn add(&mut self, doc: JsValue) -> Result<String, JsValue> {
        let value = value_of(&doc).map_err(|e| js_error(&e))?;
        let d = crate::model::Document::from_value(value).map_err(|e| js_error(&e))?;
        let k = self.inner.add(d);
        Ok(self.inner.id(k).unwrap_or_default().to_owned())
    }

    /// Links of the document with this id (array; empty for an unknown id).
    pub fn links(&self, id: &str) -> Result<JsValue, JsValue> {
        to_js(&self.inner.links_of(id))
    }

    /// Every link between documents in the corpus.
    pub fn pairs(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.pairs().collect::<Vec<_>>())
    }

    /// Clusters joined by strong links: `[{members, reasons}]`.
    pub fn clusters(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.clusters())
    }

    /// Analyse a document, add it, and return its report with linkage hints.
    pub fn analyze(&mut self, doc: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let options = options_of(&options).map_err(|e| js_error(&e))?;
        let value = value_of(&doc).map_err(|e| js_error(&e))?;
        let d = crate::model::Document::from_value(value).map_err(|e| js_error(&e))?;
        to_js(&self.inner.analyze(d, &options))
    }

    /// The claims kept of the documents tied to `doc` as the same person
    /// (its `contacts.links` naming their `url` or theirs naming its, or
    /// `author.profile_id`): `[{id, claims}]`, `claims` a profile as JSON
    /// text, to attach to a document analysed in another corpus as its
    /// `same_person` profiles.
    #[wasm_bindgen(js_name = samePerson)]
    pub fn same_person(&self, doc: JsValue) -> Result<JsValue, JsValue> {
        #[derive(serde::Serialize)]
        struct Claims {
            id: String,
            claims: String,
        }
        let value = value_of(&doc).map_err(|e| js_error(&e))?;
        let d = crate::model::Document::from_value(value).map_err(|e| js_error(&e))?;
        let out: Vec<Claims> = self
            .inner
            .same_person_claims(&d)
            .into_iter()
            .map(|(id, claims)| Claims { id, claims })
            .collect();
        to_js(&out)
    }

    /// Number of documents.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.inner.len()
    }

    /// The share of HL404's style score that discounts shared topic, learnt
    /// from this corpus's documents under one name: 0 until it has 20 such
    /// pairs of at least 150 words a side, at most 0.75 (docs/api.md, "Corpus").
    #[wasm_bindgen(getter, js_name = styleTopicShare)]
    pub fn style_topic_share(&self) -> f64 {
        self.inner.style_topic_share()
    }

    /// Serialize (signatures and keyed digests, no raw text).
    #[wasm_bindgen(js_name = toBytes)]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.inner.to_bytes()
    }

    /// Load from `toBytes()` output; `key` is needed when the corpus was made with one.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8], key: Option<Vec<u8>>) -> Result<JsCorpus, JsValue> {
        crate::corpus::Corpus::from_bytes(bytes, key.as_deref())
            .map(|inner| JsCorpus { inner })
            .map_err(|e| corpus_error(&e))
    }
}

/// Pairwise scores of two documents: `{near_duplicate, style, shared_identifiers, …}`.
#[wasm_bindgen(js_name = compareDocuments)]
pub fn compare_documents(a: JsValue, b: JsValue) -> Result<JsValue, JsValue> {
    let parse = |v: &JsValue, i: usize| -> Result<crate::model::Document, JsValue> {
        let value = value_of(v).map_err(|e| js_error(&e.in_document(i, None)))?;
        crate::model::Document::from_value(value).map_err(|e| js_error(&e.in_document(i, None)))
    };
    to_js(&crate::corpus::Corpus::compare(
        parse(&a, 0)?,
        parse(&b, 1)?,
    ))
}

/// 64-bit dHash of RGBA pixels (e.g. `ctx.getImageData(...).data` of an
/// avatar drawn into an OffscreenCanvas), as 16 hex digits for `photo.dhash`.
#[wasm_bindgen(js_name = photoHash)]
pub fn photo_hash(rgba: &[u8], width: u32, height: u32) -> Result<String, JsValue> {
    crate::corpus::photo::dhash_rgba(rgba, width, height)
        .map(crate::corpus::photo::to_hex)
        .map_err(|e| {
            let err = js_sys::Error::new(&e.to_string());
            err.set_name("HireLensError");
            let _ = Reflect::set(err.as_ref(), &"field".into(), &"photo".into());
            err.into()
        })
}
