//! Shared scanning helpers for the tradecraft rules.
//!
//! Only the freelancer's own text ([`Author::Subject`]) counts as their
//! request; the client's messages and the job post only give context.
//! Evidence spans cover exactly the matched phrase (or, for a pattern that
//! needs several parts in one sentence, from the first part to the last).

use crate::analysis::Analysis;
use crate::report::Evidence;
use crate::text::Author;
use crate::text::gate::Gated;
use std::ops::Range;

/// A match in one field: the field index and a byte range of its `norm`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub field: usize,
    pub range: Range<usize>,
}

impl Hit {
    pub fn evidence(&self, a: &Analysis) -> Option<Evidence> {
        a.field(self.field).map(|f| f.evidence(self.range.clone()))
    }
}

/// Evidence for every hit (hits whose field is gone are skipped).
pub fn evidence(a: &Analysis, hits: &[Hit]) -> Vec<Evidence> {
    hits.iter().filter_map(|h| h.evidence(a)).collect()
}

/// Every match of `re` in the subject's prose.
pub fn subject_matches(a: &Analysis, re: &Gated) -> Vec<Hit> {
    let mut out = Vec::new();
    for (fi, f) in a.subject_prose() {
        let Some(re) = re.get(f) else { continue };
        out.extend(re.find_iter(&f.norm).map(|m| Hit {
            field: fi,
            range: m.range(),
        }));
    }
    out
}

/// Sentences of the subject's prose in which every pattern of `need`
/// matches; the hit spans from the earliest match start to the latest match
/// end inside the sentence. When `any_of` is not empty, at least one of its
/// patterns must match as well (and its match is part of the span).
///
/// A field where the gate of a `need` pattern, or of every `any_of` pattern,
/// fails is skipped whole.
pub fn sentence_hits(a: &Analysis, need: &[&Gated], any_of: &[&Gated]) -> Vec<Hit> {
    let mut out = Vec::new();
    for (fi, f) in a.subject_prose() {
        if need.iter().any(|g| g.rejects(f)) {
            continue;
        }
        let allowed: Vec<&Gated> = any_of.iter().copied().filter(|g| !g.rejects(f)).collect();
        if allowed.is_empty() && !any_of.is_empty() {
            continue;
        }
        for s in &f.sentences {
            let Some(sent) = f.norm.get(s.clone()) else {
                continue;
            };
            if let Some(r) = span_of(sent, need, &allowed) {
                out.push(Hit {
                    field: fi,
                    range: s.start + r.start..s.start + r.end,
                });
            }
        }
    }
    out
}

/// The span in `text` from the first to the last match of the patterns, if
/// every pattern of `need` matches and (when given) one of `any_of`.
/// (Each pattern is compiled when reached.)
pub fn span_of(text: &str, need: &[&Gated], any_of: &[&Gated]) -> Option<Range<usize>> {
    let mut start = usize::MAX;
    let mut end = 0;
    for re in need {
        let m = re.regex().find(text)?;
        start = start.min(m.start());
        end = end.max(m.end());
    }
    if !any_of.is_empty() {
        let m = any_of
            .iter()
            .filter_map(|re| re.regex().find(text))
            .min_by_key(|m| m.start())?;
        start = start.min(m.start());
        end = end.max(m.end());
    }
    (start < end).then_some(start..end)
}

/// Does any text of the hiring side (job post, client messages) match?
pub fn client_mentions(a: &Analysis, re: &Gated) -> bool {
    a.fields
        .iter()
        .any(|f| f.author == Author::Client && re.is_match(f, &f.norm))
}

/// Number of distinct fields (messages, proposal text, overview) among the hits.
pub fn distinct_fields(hits: &[Hit]) -> usize {
    let mut f: Vec<usize> = hits.iter().map(|h| h.field).collect();
    crate::sort::values(&mut f);
    f.dedup();
    f.len()
}

/// Hits with overlapping ranges in the same field merged into one.
pub fn merge(mut hits: Vec<Hit>) -> Vec<Hit> {
    crate::sort::by_key(&mut hits, |h| (h.field, h.range.start, h.range.end));
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if let Some(last) = out.last_mut() {
            if last.field == h.field && h.range.start < last.range.end {
                last.range.end = last.range.end.max(h.range.end);
                continue;
            }
        }
        out.push(h);
    }
    out
}

/// "1 place" / "3 places".
pub fn places(n: usize) -> String {
    if n == 1 {
        "1 place".to_owned()
    } else {
        format!("{n} places")
    }
}

#[cfg(test)]
pub mod testing {
    //! Helpers for the rules' tests: build documents, run one rule, check spans.

    use crate::report::Hint;
    use crate::rules::{Rule, Sink};
    use crate::{Analysis, Document, Options};

    pub fn run_with(rule: &'static Rule, json: serde_json::Value, options: &Options) -> Vec<Hint> {
        let doc = Document::from_value(json).unwrap();
        let a = Analysis::new(&doc, options);
        let mut sink = Sink::default();
        (rule.check)(&a, &mut sink);
        let hints = sink.hints;
        // every evidence span names exactly the original text it claims
        for h in &hints {
            assert!(!h.evidence.is_empty(), "{}: hint without evidence", h.code);
            for e in &h.evidence {
                let text = field_text(&doc, &e.field);
                let u: Vec<u16> = text.encode_utf16().collect();
                let got = String::from_utf16(&u[e.start..e.end]).unwrap();
                assert_eq!(got, e.text, "{}: span of {}", h.code, e.field);
            }
        }
        hints
    }

    pub fn run(rule: &'static Rule, json: serde_json::Value) -> Vec<Hint> {
        run_with(rule, json, &Options::default())
    }

    fn field_text(doc: &Document, path: &str) -> String {
        let v = serde_json::to_value(doc).unwrap();
        let mut cur = &v;
        for part in path.split('.') {
            let (name, idx) = match part.split_once('[') {
                Some((n, rest)) => (n, rest.trim_end_matches(']').parse::<usize>().ok()),
                None => (part, None),
            };
            cur = &cur[name];
            if let Some(i) = idx {
                cur = &cur[i];
            }
        }
        cur.as_str().unwrap_or_default().to_owned()
    }

    /// A proposal by the subject.
    pub fn proposal(text: &str) -> serde_json::Value {
        serde_json::json!({"kind": "proposal", "id": "t", "text": text})
    }

    /// A single message by the subject.
    pub fn message(text: &str) -> serde_json::Value {
        serde_json::json!({"kind": "message", "id": "t", "text": text})
    }

    /// A thread of `(role, text)` messages.
    pub fn thread(msgs: &[(&str, &str)]) -> serde_json::Value {
        let m: Vec<_> = msgs
            .iter()
            .map(|(r, t)| serde_json::json!({"role": r, "text": t}))
            .collect();
        serde_json::json!({"kind": "thread", "id": "t", "messages": m})
    }

    /// The evidence texts of the hints.
    pub fn texts(hints: &[Hint]) -> Vec<String> {
        hints
            .iter()
            .flat_map(|h| h.evidence.iter().map(|e| e.text.clone()))
            .collect()
    }
}
