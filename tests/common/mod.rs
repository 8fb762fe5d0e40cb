//! Helpers shared by the integration tests (hostile input, properties, the CLI).
#![allow(dead_code)]

use hirelens::{Document, Options, Report};
use serde_json::Value;

/// The value at a field path of the data contract (`employment[2].description`,
/// `messages[0].text`, `profile.overview`) in a document.
pub fn field_value(doc: &Document, path: &str) -> Option<Value> {
    let v = serde_json::to_value(doc).ok()?;
    let mut cur = &v;
    for seg in path.split('.') {
        let (name, rest) = match seg.find('[') {
            Some(i) => (&seg[..i], &seg[i..]),
            None => (seg, ""),
        };
        if !name.is_empty() {
            cur = cur.get(name)?;
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            let i: usize = idx.trim_end_matches(']').parse().ok()?;
            cur = cur.get(i)?;
        }
    }
    Some(cur.clone())
}

/// The string at a field path.
pub fn field_text(doc: &Document, path: &str) -> Option<String> {
    field_value(doc, path)?.as_str().map(str::to_owned)
}

/// `s[start..end]` in UTF-16 code units, as a DOM `Range` would take it.
pub fn utf16_slice(s: &str, start: usize, end: usize) -> Option<String> {
    let units: Vec<u16> = s.encode_utf16().collect();
    let part = units.get(start..end)?;
    Some(String::from_utf16_lossy(part))
}

/// Analyse a document and check that every evidence span names exactly its
/// text in the original field (UTF-16 offsets). Returns the report.
pub fn analyze_checked(original: Document, options: &Options) -> Report {
    let report = hirelens::analyze(original.clone(), options);
    // analyze() truncates over-long fields first; spans refer to that text.
    let mut doc = original;
    doc.enforce_limits();
    for h in &report.hints {
        for e in &h.evidence {
            let value = field_value(&doc, &e.field)
                .unwrap_or_else(|| panic!("{}: evidence names no field {:?}", h.code, e.field));
            assert!(e.start <= e.end, "{}: reversed span {e:?}", h.code);
            let Some(text) = value.as_str() else {
                // A number or a date: the evidence names the whole value.
                assert_eq!(
                    (e.start, e.end),
                    (0, e.text.encode_utf16().count()),
                    "{}: {e:?}",
                    h.code
                );
                continue;
            };
            let got = utf16_slice(text, e.start, e.end).unwrap_or_else(|| {
                panic!(
                    "{}: span {e:?} outside field of {} units",
                    h.code,
                    text.encode_utf16().count()
                )
            });
            assert_eq!(
                got, e.text,
                "{}: span {}..{} of {:?}",
                h.code, e.start, e.end, e.field
            );
        }
    }
    report
}

/// A document from a JSON value (panics on invalid input: tests build valid ones).
pub fn doc(v: Value) -> Document {
    Document::from_value(v).expect("valid test document")
}

/// Run the built `hirelens` binary with `args`, writing `stdin` to it from
/// another thread (large inputs cannot deadlock on full pipes). A binary
/// that exits before reading its input (a usage error) breaks the pipe:
/// that is expected; any other write error fails the test.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_hirelens"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hirelens");
    let mut sin = child.stdin.take().expect("stdin is piped");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || sin.write_all(&data));
    let out = child.wait_with_output().expect("hirelens finishes");
    if let Err(e) = writer.join().expect("writer thread") {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    out
}
