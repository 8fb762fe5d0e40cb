//! `hirelens._native`: the HireLens core for Python (PyO3, abi3 ≥ 3.9).
//!
//! Documents arrive as Python dicts (or JSON text) and are converted to
//! JSON values here, bounded in depth and size, with the field path of
//! anything that is not JSON data. Results leave as dicts and lists built
//! from the same `serde` serialization the CLI prints, so
//! `json.dumps(result, indent=2, ensure_ascii=False)` is the CLI's JSON.
//! Batch calls release the GIL while the core works.

use hirelens::corpus::{Config, Corpus, signatures};
use hirelens::model::{LIMITS, json_error, repair_lone_surrogates};
use hirelens::{Document, InputError, Options};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::{Map, Number, Value};

pyo3::create_exception!(
    _native,
    HireLensError,
    PyValueError,
    "Input HireLens refuses. `field` is the JSON path of the offending field \
     (`employment[2].start`, empty for the whole document), `detail` the reason, \
     `document` the 0-based position in a batch and `id` that document's id, when known."
);
pyo3::create_exception!(
    _native,
    CorpusError,
    PyValueError,
    "A corpus blob that cannot be loaded (corrupt, truncated, newer, or the wrong key)."
);

fn input_error(py: Python<'_>, e: &InputError) -> PyErr {
    let err = HireLensError::new_err(e.to_string());
    let v = err.value(py);
    let _ = v.setattr("field", e.field.as_str());
    let _ = v.setattr("detail", e.message.as_str());
    let _ = v.setattr("document", e.document);
    let _ = v.setattr("id", e.id.as_deref());
    err
}

fn corpus_error(e: &impl std::fmt::Display) -> PyErr {
    CorpusError::new_err(e.to_string())
}

const MAX_DEPTH: usize = 64;

fn too_large(path: &str) -> InputError {
    InputError::new(
        path,
        format!(
            "the document is larger than the limit of {} MiB",
            LIMITS.max_document_bytes / 1_048_576
        ),
    )
}

/// A Python value as JSON, bounded in depth and size; `path` names the place.
fn to_json(
    v: &Bound<'_, PyAny>,
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
        *budget = budget.checked_sub(n).ok_or_else(|| too_large(path))?;
        Ok(())
    };
    if v.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = v.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(i) = v.cast::<PyInt>() {
        charge(budget, 8, path)?;
        if let Ok(n) = i.extract::<i64>() {
            return Ok(Value::Number(n.into()));
        }
        if let Ok(n) = i.extract::<u64>() {
            return Ok(Value::Number(n.into()));
        }
        return Err(InputError::new(
            path.clone(),
            "an integer out of the 64-bit range",
        ));
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        charge(budget, 8, path)?;
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| InputError::new(path.clone(), "a number that is not finite"));
    }
    if let Ok(s) = v.cast::<PyString>() {
        // lone surrogates become U+FFFD, as in the CLI and the JS package
        let s = s.to_string_lossy().into_owned();
        charge(budget, s.len() + 2, path)?;
        return Ok(Value::String(s));
    }
    if let Ok(d) = v.cast::<PyDict>() {
        let mut map = Map::new();
        let base = path.len();
        for (k, val) in d.iter() {
            let Ok(key) = k.cast::<PyString>() else {
                return Err(InputError::new(
                    path.clone(),
                    "an object key that is not a string",
                ));
            };
            let key = key.to_string_lossy().into_owned();
            charge(budget, key.len() + 4, path)?;
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
    let items: Option<Vec<Bound<'_, PyAny>>> = if let Ok(l) = v.cast::<PyList>() {
        Some(l.iter().collect())
    } else if let Ok(t) = v.cast::<PyTuple>() {
        Some(t.iter().collect())
    } else {
        None
    };
    if let Some(items) = items {
        charge(budget, 2 + items.len(), path)?;
        let mut out = Vec::with_capacity(items.len().min(1024));
        let base = path.len();
        for (i, item) in items.iter().enumerate() {
            path.push_str(&format!("[{i}]"));
            out.push(to_json(item, depth + 1, budget, path)?);
            path.truncate(base);
        }
        return Ok(Value::Array(out));
    }
    let ty = v
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    Err(InputError::new(
        path.clone(),
        format!("expected JSON data (dict, list, str, int, float, bool or None), found {ty}"),
    ))
}

/// A document given as a dict, JSON text or UTF-8 JSON bytes.
fn value_of(v: &Bound<'_, PyAny>) -> Result<Value, InputError> {
    let text: Option<String> = if let Ok(s) = v.cast::<PyString>() {
        Some(s.to_string_lossy().into_owned())
    } else if let Ok(b) = v.cast::<PyBytes>() {
        Some(String::from_utf8_lossy(b.as_bytes()).into_owned())
    } else {
        None
    };
    if let Some(s) = text {
        if s.len() > LIMITS.max_document_bytes {
            return Err(too_large(""));
        }
        return serde_json::from_str(&repair_lone_surrogates(&s))
            .map_err(|e| InputError::new("", json_error(&e)));
    }
    let mut budget = LIMITS.max_document_bytes;
    to_json(v, 0, &mut budget, &mut String::new())
}

fn options_of(v: Option<&Bound<'_, PyAny>>) -> Result<Options, InputError> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(Options::default());
    };
    let value = value_of(v).map_err(|e| {
        InputError::new(
            format!("options.{}", e.field).trim_end_matches('.'),
            e.message,
        )
    })?;
    serde_path_to_error::deserialize(value)
        .map_err(|e| InputError::new(format!("options.{}", e.path()), e.inner().to_string()))
}

/// A JSON value as Python objects (dict keys in serde's order).
fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(k, to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

fn ser<'py, T: serde::Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v).map_err(|e| PyValueError::new_err(e.to_string()))?;
    to_py(py, &value)
}

/// Serialize with fields in declaration order (as the CLI prints `rules`
/// and `compare`, which it serializes directly rather than through a
/// `serde_json::Value`, whose keys are sorted).
fn ser_ordered<'py, T: serde::Serialize>(py: Python<'py>, v: &T) -> PyResult<Bound<'py, PyAny>> {
    let text = serde_json::to_string(v).map_err(|e| PyValueError::new_err(e.to_string()))?;
    py.import("json")?.call_method1("loads", (text,))
}

/// The items of a list (or tuple) of documents, at most `LIMITS.max_batch`.
fn doc_items<'py>(py: Python<'_>, docs: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let items: Vec<Bound<'_, PyAny>> = if let Ok(l) = docs.cast::<PyList>() {
        l.iter().collect()
    } else if let Ok(t) = docs.cast::<PyTuple>() {
        t.iter().collect()
    } else {
        return Err(input_error(
            py,
            &InputError::new("", "expected a list of documents"),
        ));
    };
    if items.len() > LIMITS.max_batch {
        return Err(input_error(
            py,
            &InputError::new(
                "",
                format!(
                    "{} documents; the limit is {} per batch",
                    items.len(),
                    LIMITS.max_batch
                ),
            ),
        ));
    }
    Ok(items)
}

/// Parse a list (or tuple) of documents into values, naming the bad one.
fn values_of(py: Python<'_>, docs: &Bound<'_, PyAny>) -> PyResult<Vec<Value>> {
    let items = doc_items(py, docs)?;
    items
        .iter()
        .enumerate()
        .map(|(i, d)| value_of(d).map_err(|e| input_error(py, &e.in_document(i, None))))
        .collect()
}

/// Analyse one document (a dict, or JSON text) and return its report as a dict.
#[pyfunction]
#[pyo3(signature = (doc, options=None))]
fn analyze<'py>(
    py: Python<'py>,
    doc: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = options_of(options).map_err(|e| input_error(py, &e))?;
    let value = value_of(doc).map_err(|e| input_error(py, &e))?;
    let report = py
        .detach(|| hirelens::analyze_value(value, &options))
        .map_err(|e| input_error(py, &e))?;
    ser(py, &report)
}

/// Analyse a list of documents with the GIL released; fails on the first
/// invalid one, naming its position and id.
#[pyfunction]
#[pyo3(signature = (docs, options=None, threads=1))]
fn analyze_many<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyAny>>,
    threads: usize,
) -> PyResult<Bound<'py, PyAny>> {
    let options = options_of(options).map_err(|e| input_error(py, &e))?;
    let values = values_of(py, docs)?;
    let results: Vec<Result<Value, InputError>> = py.detach(|| {
        let one = |(i, v): (usize, Value)| -> Result<Value, InputError> {
            let id = v.get("id").and_then(Value::as_str).map(str::to_owned);
            let r = hirelens::analyze_value(v, &options)
                .map_err(|e| e.in_document(i, id.as_deref()))?;
            serde_json::to_value(&r).map_err(|e| InputError::new("", e.to_string()))
        };
        let threads = threads.clamp(1, 64);
        if threads == 1 || values.len() < 2 {
            return values.into_iter().enumerate().map(one).collect();
        }
        let n = values.len();
        let per = n.div_ceil(threads);
        let mut indexed: Vec<(usize, Value)> = values.into_iter().enumerate().collect();
        let mut chunks: Vec<Vec<(usize, Value)>> = Vec::new();
        while !indexed.is_empty() {
            let rest = indexed.split_off(per.min(indexed.len()));
            chunks.push(std::mem::replace(&mut indexed, rest));
        }
        std::thread::scope(|s| {
            let handles: Vec<_> = chunks
                .into_iter()
                .map(|c| s.spawn(move || c.into_iter().map(one).collect::<Vec<_>>()))
                .collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join().unwrap_or_else(|_| {
                        vec![Err(InputError::new(
                            "",
                            "internal error in a worker thread",
                        ))]
                    })
                })
                .collect()
        })
    });
    let mut out = Vec::with_capacity(results.len());
    for r in results {
        let v = r.map_err(|e| input_error(py, &e))?;
        out.push(to_py(py, &v)?);
    }
    Ok(PyList::new(py, out)?.into_any())
}

/// The rule catalog: one dict per rule (code, name, family, severity, weight, indicators, docs).
#[pyfunction]
fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    ser_ordered(py, &hirelens::rules::catalog())
}

/// One rule's documentation as Markdown (what `hirelens explain CODE` prints), or None.
#[pyfunction]
fn explain(code: &str) -> Option<String> {
    hirelens::rules::find(code).map(hirelens::rules::doc::rule_markdown)
}

/// Pairwise scores of two documents (what `hirelens compare A B` prints).
#[pyfunction]
fn compare<'py>(
    py: Python<'py>,
    a: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyAny>> {
    let parse = |v: &Bound<'py, PyAny>, i: usize| -> PyResult<Document> {
        let value = value_of(v).map_err(|e| input_error(py, &e.in_document(i, None)))?;
        Document::from_value(value).map_err(|e| input_error(py, &e.in_document(i, None)))
    };
    let (da, db) = (parse(a, 0)?, parse(b, 1)?);
    let cmp = py.detach(|| Corpus::compare(da, db));
    ser_ordered(py, &cmp)
}

/// 64-bit dHash of RGBA pixels, as 16 hex digits for `photo.dhash`.
#[pyfunction]
fn photo_hash(py: Python<'_>, rgba: &[u8], width: u32, height: u32) -> PyResult<String> {
    hirelens::corpus::photo::dhash_rgba(rgba, width, height)
        .map(hirelens::corpus::photo::to_hex)
        .map_err(|e| input_error(py, &InputError::new("photo", e.to_string())))
}

fn key_bytes(key: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<u8>>> {
    let Some(k) = key.filter(|k| !k.is_none()) else {
        return Ok(None);
    };
    if let Ok(b) = k.cast::<PyBytes>() {
        return Ok(Some(b.as_bytes().to_vec()));
    }
    if let Ok(s) = k.cast::<PyString>() {
        return Ok(Some(s.extract::<String>()?.into_bytes()));
    }
    if let Ok(v) = k.extract::<Vec<u8>>() {
        return Ok(Some(v));
    }
    Err(PyValueError::new_err("key: expected bytes or str"))
}

/// The cross-document memory: near-duplicate text, shared identifiers,
/// photos, names and writing style across every document added.
#[pyclass(name = "Corpus", module = "hirelens")]
struct PyCorpus {
    inner: Corpus,
}

fn document(py: Python<'_>, doc: &Bound<'_, PyAny>) -> PyResult<Document> {
    let value = value_of(doc).map_err(|e| input_error(py, &e))?;
    Document::from_value(value).map_err(|e| input_error(py, &e))
}

#[pymethods]
impl PyCorpus {
    #[new]
    #[pyo3(signature = (key=None, *, style=true, passages=true))]
    fn new(key: Option<&Bound<'_, PyAny>>, style: bool, passages: bool) -> PyResult<Self> {
        let config = Config {
            style,
            passages,
            ..Config::default()
        };
        let inner = match key_bytes(key)? {
            Some(k) if !k.is_empty() => Corpus::with_key(&k).with_config(config),
            _ => {
                let mut c = Corpus::new().with_config(config);
                c.embed_key();
                c
            }
        };
        Ok(PyCorpus { inner })
    }

    /// Add a document; returns its id in the corpus.
    fn add(&mut self, py: Python<'_>, doc: &Bound<'_, PyAny>) -> PyResult<String> {
        let d = document(py, doc)?;
        let inner = &mut self.inner;
        let id = py.detach(|| {
            let k = inner.add(d);
            inner.id(k).unwrap_or_default().to_owned()
        });
        Ok(id)
    }

    /// Add documents in order with the GIL released; returns their ids.
    /// Fails before adding anything when a document is invalid.
    fn add_many(&mut self, py: Python<'_>, docs: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
        let values = values_of(py, docs)?;
        let mut parsed = Vec::with_capacity(values.len());
        for (i, v) in values.into_iter().enumerate() {
            let id = v.get("id").and_then(Value::as_str).map(str::to_owned);
            parsed.push(
                Document::from_value(v)
                    .map_err(|e| input_error(py, &e.in_document(i, id.as_deref())))?,
            );
        }
        let inner = &mut self.inner;
        Ok(py.detach(|| {
            parsed
                .into_iter()
                .map(|d| {
                    let k = inner.add(d);
                    inner.id(k).unwrap_or_default().to_owned()
                })
                .collect()
        }))
    }

    /// Links of the document with this id, strongest first (empty for an unknown id).
    fn links<'py>(&self, py: Python<'py>, id: &str) -> PyResult<Bound<'py, PyAny>> {
        ser(py, &self.inner.links_of(id))
    }

    /// Every link between documents in the corpus, in the order found.
    fn pairs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser(py, &self.inner.pairs().collect::<Vec<_>>())
    }

    /// Groups joined by strong links: `[{"members": [...], "reasons": [...]}]`, largest first.
    fn clusters<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        ser(py, &self.inner.clusters())
    }

    /// Analyse a document, add it, and return its report with linkage hints.
    #[pyo3(signature = (doc, options=None))]
    fn analyze<'py>(
        &mut self,
        py: Python<'py>,
        doc: &Bound<'py, PyAny>,
        options: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let options = options_of(options).map_err(|e| input_error(py, &e))?;
        let d = document(py, doc)?;
        let inner = &mut self.inner;
        let report = py.detach(|| inner.analyze(d, &options));
        ser(py, &report)
    }

    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// The share of HL404's style score that discounts shared topic, learnt
    /// from this corpus's documents under one name: 0 until it has 20 such
    /// pairs of at least 150 words a side, at most 0.75 (docs/api.md, "Corpus").
    #[getter]
    fn style_topic_share(&self) -> f64 {
        self.inner.style_topic_share()
    }

    fn __repr__(&self) -> String {
        format!("<hirelens.Corpus: {} documents>", self.inner.len())
    }

    /// Serialize: keyed signatures and digests, never raw text.
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        let b = py.detach(|| self.inner.to_bytes());
        PyBytes::new(py, &b)
    }

    /// Load from `to_bytes()` output; `key` is needed when the corpus was made with one.
    #[staticmethod]
    #[pyo3(signature = (data, key=None))]
    fn from_bytes(
        py: Python<'_>,
        data: &[u8],
        key: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<PyCorpus> {
        let key = key_bytes(key)?;
        py.detach(|| Corpus::from_bytes(data, key.as_deref()))
            .map(|inner| PyCorpus { inner })
            .map_err(|e| corpus_error(&e))
    }
}

// ---- signatures for distributed joins ----

/// Sign documents for a join engine, with the GIL released. Returns columns:
/// `id` (str), `signature` (bytes or None), `keys` (list of signed 64-bit join
/// keys), `error` (None, or why the document was refused when `strict` is false).
#[pyfunction]
#[pyo3(signature = (docs, key, *, ids=None, strict=true, threads=1))]
fn sign<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    key: &Bound<'py, PyAny>,
    ids: Option<Vec<Option<String>>>,
    strict: bool,
    threads: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let key = key_bytes(Some(key))?
        .filter(|k| !k.is_empty())
        .ok_or_else(|| PyValueError::new_err("key: a non-empty key is required"))?;
    let items = doc_items(py, docs)?;
    if ids.as_ref().is_some_and(|v| v.len() != items.len()) {
        return Err(PyValueError::new_err("ids: one id per document"));
    }
    let mut values: Vec<Result<Value, InputError>> = Vec::with_capacity(items.len());
    for (i, d) in items.iter().enumerate() {
        let v = value_of(d).map_err(|e| e.in_document(i, None));
        if strict {
            if let Err(e) = &v {
                return Err(input_error(py, e));
            }
        }
        values.push(v);
    }
    let signer = signatures::Signer::new(&key);
    type Signed = Result<(String, Vec<u8>, Vec<i64>), (String, InputError)>;
    let one = |(i, v): (usize, Result<Value, InputError>)| -> Signed {
        let given = ids.as_ref().and_then(|x| x.get(i).cloned().flatten());
        let v = v.map_err(|e| (given.clone().unwrap_or_default(), e))?;
        let own = v.get("id").and_then(Value::as_str).map(str::to_owned);
        let id = given.or(own).unwrap_or_default();
        let d = Document::from_value(v).map_err(|e| (id.clone(), e.in_document(i, Some(&id))))?;
        let s = signer.sign(d, Some(&id));
        let keys = s.join_keys().into_iter().map(|k| k as i64).collect();
        Ok((id, s.to_bytes(), keys))
    };
    let results: Vec<Signed> = py.detach(|| {
        let indexed: Vec<_> = values.into_iter().enumerate().collect();
        parallel(indexed, threads, one)
    });
    let (mut out_id, mut out_sig, mut out_keys, mut out_err) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for r in results {
        match r {
            Ok((id, sig, keys)) => {
                out_id.push(id);
                out_sig.push(Some(PyBytes::new(py, &sig)));
                out_keys.push(keys);
                out_err.push(None);
            }
            Err((id, e)) => {
                if strict {
                    return Err(input_error(py, &e));
                }
                out_id.push(id);
                out_sig.push(None);
                out_keys.push(Vec::new());
                out_err.push(Some(e.to_string()));
            }
        }
    }
    let d = PyDict::new(py);
    d.set_item("id", out_id)?;
    d.set_item("signature", out_sig)?;
    d.set_item("keys", out_keys)?;
    d.set_item("error", out_err)?;
    Ok(d)
}

/// Run `f` over `items` on up to `threads` scoped threads, keeping order.
fn parallel<T: Send, R: Send>(items: Vec<T>, threads: usize, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = threads.clamp(1, 64);
    if threads == 1 || items.len() < 2 {
        return items.into_iter().map(f).collect();
    }
    let per = items.len().div_ceil(threads);
    let mut rest = items;
    let mut chunks = Vec::new();
    while !rest.is_empty() {
        let tail = rest.split_off(per.min(rest.len()));
        chunks.push(std::mem::replace(&mut rest, tail));
    }
    let f = &f;
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|c| s.spawn(move || c.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        let mut out = Vec::new();
        for h in handles {
            match h.join() {
                Ok(v) => out.extend(v),
                Err(p) => std::panic::resume_unwind(p),
            }
        }
        out
    })
}

/// Confirm candidate pairs (`a[i]` the earlier document, `b[i]` the later)
/// with the corpus's rules, GIL released. Returns columns, one row per
/// link: `pair` (index of the candidate), `a`, `b`, `kind`, `similarity`,
/// `severity`, `strong`, `evidence` (the link as JSON: reason, Jaccard,
/// containment, identifier kind, photo distance, passages' UTF-16 offsets).
#[pyfunction]
#[pyo3(signature = (a, b, *, jaccard=0.5, containment=0.8, threads=1))]
fn confirm<'py>(
    py: Python<'py>,
    a: Vec<Vec<u8>>,
    b: Vec<Vec<u8>>,
    jaccard: f64,
    containment: f64,
    threads: usize,
) -> PyResult<Bound<'py, PyDict>> {
    if a.len() != b.len() {
        return Err(PyValueError::new_err(
            "a and b: one signature each per pair",
        ));
    }
    let config = Config {
        jaccard,
        containment,
        style: false,
        ..Config::default()
    };
    type Row = (usize, hirelens::corpus::Link);
    let results: Result<Vec<Vec<Row>>, String> = py.detach(|| {
        type Pair = (usize, (Vec<u8>, Vec<u8>));
        let pairs: Vec<Pair> = a.into_iter().zip(b).enumerate().collect();
        parallel(pairs, threads, |(i, (x, y))| -> Result<Vec<Row>, String> {
            let sx = signatures::Signature::from_bytes(&x).map_err(|e| format!("a[{i}]: {e}"))?;
            let sy = signatures::Signature::from_bytes(&y).map_err(|e| format!("b[{i}]: {e}"))?;
            let links =
                signatures::confirm(&sx, &sy, &config).map_err(|e| format!("pair {i}: {e}"))?;
            Ok(links.into_iter().map(|l| (i, l)).collect())
        })
        .into_iter()
        .collect()
    });
    let rows: Vec<Row> = results
        .map_err(CorpusError::new_err)?
        .into_iter()
        .flatten()
        .collect();
    let evidence = rows
        .iter()
        .map(|(_, l)| serde_json::to_string(l))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    let pair: Vec<usize> = rows.iter().map(|r| r.0).collect();
    let ca: Vec<&str> = rows.iter().map(|r| r.1.a.as_str()).collect();
    let cb: Vec<&str> = rows.iter().map(|r| r.1.b.as_str()).collect();
    let kind: Vec<&str> = rows.iter().map(|r| r.1.kind.as_str()).collect();
    let sim: Vec<f64> = rows.iter().map(|r| r.1.score).collect();
    let sev: Vec<&str> = rows.iter().map(|r| r.1.severity.as_str()).collect();
    let strong: Vec<bool> = rows.iter().map(|r| r.1.strong).collect();
    let d = PyDict::new(py);
    d.set_item("pair", pair)?;
    d.set_item("a", ca)?;
    d.set_item("b", cb)?;
    d.set_item("kind", kind)?;
    d.set_item("similarity", sim)?;
    d.set_item("severity", sev)?;
    d.set_item("strong", strong)?;
    d.set_item("evidence", evidence)?;
    Ok(d)
}

/// What a signature holds, for inspection: id, band keys, identifier kinds
/// with their keyed digests (hex), photo hash, shingle count, join keys.
#[pyfunction]
fn signature_info<'py>(py: Python<'py>, signature: &[u8]) -> PyResult<Bound<'py, PyDict>> {
    let s = signatures::Signature::from_bytes(signature).map_err(|e| corpus_error(&e))?;
    let d = PyDict::new(py);
    d.set_item("id", s.id())?;
    d.set_item("band_keys", s.band_keys().map(|b| b.to_vec()))?;
    let idents: Vec<(String, String)> = s
        .identifiers()
        .into_iter()
        .map(|(k, dg)| {
            (
                serde_json::to_value(k)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default(),
                hirelens::corpus::hash::hex(&dg),
            )
        })
        .collect();
    d.set_item("identifiers", idents)?;
    d.set_item("photo", s.photo().map(hirelens::corpus::photo::to_hex))?;
    d.set_item("shingles", s.shingles().len())?;
    d.set_item(
        "keys",
        s.join_keys()
            .into_iter()
            .map(|k| k as i64)
            .collect::<Vec<_>>(),
    )?;
    Ok(d)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", hirelens::VERSION)?;
    m.add("HireLensError", m.py().get_type::<HireLensError>())?;
    m.add("CorpusError", m.py().get_type::<CorpusError>())?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(compare, m)?)?;
    m.add_function(wrap_pyfunction!(photo_hash, m)?)?;
    m.add_function(wrap_pyfunction!(sign, m)?)?;
    m.add_function(wrap_pyfunction!(confirm, m)?)?;
    m.add_function(wrap_pyfunction!(signature_info, m)?)?;
    m.add_class::<PyCorpus>()?;
    Ok(())
}
