//! Hostile and huge input: fields at and beyond the limits, huge lists, deep
//! nesting, lone surrogates, NUL and control characters, and a worst-case
//! input for every regular expression in the crate. Each gets a clear error
//! or a truncation flag, in bounded time and memory.
//!
//! Timing checks compare the same work at n and 4n (a ratio, with a generous
//! bound), never an absolute time.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;
mod patterns;

use common::{analyze_checked, doc, field_text};
use hirelens::{Document, LIMITS, Options, analyze, analyze_json, analyze_value};
use regex::Regex;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

const FIELD: usize = LIMITS.max_field_bytes;

/// Put `value` at a dotted path (`employment[0].title`) of a JSON object.
fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut cur = root;
    let segs: Vec<&str> = path.split('.').collect();
    for (si, seg) in segs.iter().enumerate() {
        let last = si + 1 == segs.len();
        let (name, idx) = match seg.find('[') {
            Some(i) => (
                &seg[..i],
                Some(seg[i + 1..seg.len() - 1].parse::<usize>().unwrap()),
            ),
            None => (*seg, None),
        };
        let obj = cur.as_object_mut().unwrap();
        match idx {
            None if last => {
                obj.insert(name.into(), value);
                return;
            }
            None => cur = obj.entry(name).or_insert_with(|| json!({})),
            Some(i) => {
                let arr = obj.entry(name).or_insert_with(|| json!([]));
                let a = arr.as_array_mut().unwrap();
                while a.len() <= i {
                    a.push(if last { json!("") } else { json!({}) });
                }
                if last {
                    a[i] = value;
                    return;
                }
                cur = &mut a[i];
            }
        }
    }
}

/// Every text field of the contract, as (kind, path).
const TEXT_FIELDS: &[(&str, &str)] = &[
    ("profile", "name"),
    ("profile", "headline"),
    ("profile", "overview"),
    ("profile", "location.country"),
    ("profile", "location.city"),
    ("profile", "skills[0]"),
    ("profile", "employment[0].title"),
    ("profile", "employment[0].company"),
    ("profile", "employment[0].location"),
    ("profile", "employment[0].description"),
    ("profile", "education[0].school"),
    ("profile", "education[0].degree"),
    ("profile", "contacts.emails[0]"),
    ("profile", "contacts.handles[0]"),
    ("profile", "contacts.wallets[0]"),
    ("profile", "payment.payee_name"),
    ("profile", "payment.account"),
    ("profile", "languages[0].language"),
    ("proposal", "text"),
    ("proposal", "author.name"),
    ("proposal", "author.handle"),
    ("proposal", "job.title"),
    ("proposal", "job.description"),
    ("proposal", "profile.overview"),
    ("proposal", "profile.employment[0].description"),
    ("message", "text"),
    ("message", "author.name"),
    ("thread", "messages[0].text"),
    ("thread", "messages[1].author.name"),
    ("thread", "profile.headline"),
];

#[test]
fn every_text_field_is_cut_at_the_limit_with_a_flag() {
    // 'é' is two bytes: put one across the limit so the cut must move back.
    let over = format!("{}é{}", "a".repeat(FIELD - 1), "b".repeat(100));
    let at_limit = "a".repeat(FIELD);
    for &(kind, path) in TEXT_FIELDS {
        let mut v = json!({ "kind": kind });
        set_path(&mut v, path, json!(over));
        let d = doc(v.clone());
        let r = analyze_checked(d.clone(), &Options::default());
        assert_eq!(r.truncated, vec![path.to_owned()], "{kind} {path}");
        let mut cut = d.clone();
        cut.enforce_limits();
        let text = field_text(&cut, path).unwrap();
        assert_eq!(
            text.len(),
            FIELD - 1,
            "{kind} {path}: cut at a char boundary"
        );

        let mut v = json!({ "kind": kind });
        set_path(&mut v, path, json!(at_limit));
        let r = analyze(doc(v), &Options::default());
        assert!(r.truncated.is_empty(), "{kind} {path}: {:?}", r.truncated);
    }
}

#[test]
fn documents_over_four_mib_are_refused_by_every_entry_point() {
    let big = "x".repeat(LIMITS.max_document_bytes);
    let v = json!({"kind": "message", "text": big});
    for e in [
        analyze_json(&v.to_string(), &Options::default()).unwrap_err(),
        analyze_value(v.clone(), &Options::default()).unwrap_err(),
    ] {
        assert!(e.message.contains("the limit is 4 MiB"), "{e}");
    }
    // Many fields each under the field limit, adding up past the document limit.
    let chunk = "y".repeat(FIELD - 10);
    let skills: Vec<Value> = (0..17).map(|_| json!(chunk)).collect();
    let v = json!({"kind": "profile", "skills": skills});
    let e = analyze_value(v, &Options::default()).unwrap_err();
    assert!(e.message.contains("4 MiB"), "{e}");
    // Just under the limit is accepted.
    let v = json!({"kind":"profile","skills": (0..15).map(|_| json!(chunk)).collect::<Vec<_>>()});
    assert!(analyze_value(v, &Options::default()).is_ok());
}

#[test]
fn hundred_thousand_item_lists() {
    let n = LIMITS.max_list_items;
    for (path, item) in [
        ("skills", json!("Rust")),
        ("activity", json!("2026-11-20T01:12:00Z")),
        (
            "languages",
            json!({"language": "English", "level": "fluent"}),
        ),
        ("contacts.emails", json!("a@b.co")),
    ] {
        for (len, cut) in [(n, false), (n + 1, true)] {
            let mut v = json!({"kind": "profile"});
            set_path(&mut v, path, Value::Array(vec![item.clone(); len]));
            let r = analyze_value(v, &Options::default()).unwrap();
            assert_eq!(
                r.truncated.contains(&path.to_owned()),
                cut,
                "{path} × {len}"
            );
        }
    }
    let v = json!({"kind": "thread", "messages": vec![json!({}); n + 1]});
    let r = analyze_value(v, &Options::default()).unwrap();
    assert_eq!(r.truncated, vec!["messages".to_owned()]);
}

fn nested(depth: usize) -> String {
    format!(
        r#"{{"kind":"profile","extra":{}1{}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    )
}

#[test]
fn deep_nesting_is_a_clear_error_not_a_stack_overflow() {
    // serde_json stops at 128 levels; far deeper input must not overflow the stack.
    for depth in [200, 100_000] {
        let e = analyze_json(&nested(depth), &Options::default()).unwrap_err();
        assert!(e.message.contains("recursion limit"), "{e}");
        assert_eq!(e.field, "");
    }
    // Within the limit, unknown nested fields are ignored.
    assert!(analyze_json(&nested(100), &Options::default()).is_ok());
    // The same through the CLI: exit status 2 and a message, no crash.
    let out = cli(&["check", "-"], nested(100_000).as_bytes());
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("recursion limit"));
}

#[test]
fn lone_surrogates_become_replacement_characters_with_aligned_offsets() {
    // As JSON.stringify writes a JavaScript string holding a lone surrogate.
    let text = r#"\ud800 Upwork takes too much fee. Let's continue on Telegram: @fastdev_pro \udc00 end \ud800"#;
    let j = format!(r#"{{"kind":"message","id":"m1","text":"{text}"}}"#);
    let d = Document::from_json(&j).unwrap();
    let Document::Message(m) = &d else { panic!() };
    let t = m.text.as_deref().unwrap();
    assert!(
        t.starts_with('\u{fffd}') && t.ends_with('\u{fffd}'),
        "{t:?}"
    );
    assert_eq!(t.matches('\u{fffd}').count(), 3);
    let r = analyze_checked(d.clone(), &Options::default());
    let hint = r
        .hints
        .iter()
        .find(|h| h.code == "HL301")
        .expect("off-platform hint");
    // A JS string has one code unit per lone surrogate, as U+FFFD has: same offsets.
    let e = &hint.evidence[0];
    let js_units: Vec<u16> = {
        let mut v = vec![0xD800u16];
        v.extend(
            " Upwork takes too much fee. Let's continue on Telegram: @fastdev_pro ".encode_utf16(),
        );
        v.push(0xDC00);
        v.extend(" end ".encode_utf16());
        v.push(0xD800);
        v
    };
    assert_eq!(js_units.len(), t.encode_utf16().count());
    assert_eq!(String::from_utf16_lossy(&js_units[e.start..e.end]), e.text);
    // Valid pairs are kept; an escaped backslash before "ud800" is not an escape.
    let d = Document::from_json(r#"{"kind":"message","text":"\ud83d\ude00 \\ud800"}"#).unwrap();
    let Document::Message(m) = d else { panic!() };
    assert_eq!(m.text.as_deref(), Some("😀 \\ud800"));
    // The CLI reads the same input (JSONL) and reports it.
    let out = cli(
        &["check", "-", "--format", "jsonl"],
        format!("{j}\n{j}\n").as_bytes(),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}

#[test]
fn nul_and_control_characters() {
    let nasty = "\0\u{1}\u{7}\u{8}\u{1b}[2J\u{1b}]0;pwned\u{7}\u{7f}\u{85}\u{9b}31m\u{200b}\u{200d}\u{202e}\u{2066}\u{feff}\u{fffe}\r\n\r\x0b\x0c";
    let text = format!(
        "{nasty}Let's continue on Telegram: @fast{nasty}dev_pro{nasty} or mail me\0 at bob@example.com{nasty}"
    );
    let v = json!({"kind":"proposal","id": format!("p{nasty}"),"text": text,
        "profile": {"name": nasty, "overview": text, "skills": [nasty, ""], "employment":[{"title": nasty}]}});
    let d = doc(v.clone());
    let r = analyze_checked(d, &Options::default());
    assert!(r.hints.iter().any(|h| h.code == "HL301"), "{:?}", r.hints);
    // JSON output escapes them; the text output shows them as \u{…}, never raw.
    let out = cli(
        &["check", "-", "--color", "always"],
        v.to_string().as_bytes(),
    );
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "{out:?}"
    );
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        !s.contains("\u{1b}[2J") && !s.contains("\u{1b}]0;"),
        "escape sequence reached the terminal: {s:?}"
    );
    assert!(
        !s.contains('\0') && !s.contains('\u{202e}') && !s.contains('\u{9b}'),
        "{s:?}"
    );
    assert!(s.contains("\\u{1b}"), "{s}");
}

fn cli(args: &[&str], stdin: &[u8]) -> std::process::Output {
    common::run_cli(args, stdin)
}

#[test]
fn cli_batch_limit() {
    let line = "{\"kind\":\"message\",\"text\":\"hi\"}\n";
    let out = cli(
        &["check", "-", "--format", "jsonl"],
        line.repeat(LIMITS.max_batch + 1).as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("100000 per batch"), "{err}");
    assert!(
        out.stdout.is_empty(),
        "nothing analysed when the batch is refused"
    );
    // A bad document in a batch is reported by position; the others still are analysed.
    let input = format!("{line}{{\"kind\":\"message\",\"id\":\"x\",\"sent_at\":\"soon\"}}\n{line}");
    let out = cli(&["check", "-", "--format", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("document 2 (id \"x\"): sent_at"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

// ---------------------------------------------------------------------------
// Regular expressions: each one stays linear on its worst input.

/// Timing tests run one at a time, so they do not load each other's core.
static TIMING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Minimum of `runs` timings of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// Runs a growth measurement until it shows linear growth (a ratio under
/// `limit`) or `attempts` runs are spent, and returns the smallest ratio seen
/// with its run's figures. A pattern that really grows faster than linearly
/// does so on every run; a run slowed by other work on the machine (CI shares
/// its cores) does not repeat itself, so one linear run is proof enough.
fn least_growth<T>(attempts: usize, limit: f64, mut measure: impl FnMut() -> (f64, T)) -> (f64, T) {
    let mut best = measure();
    for _ in 1..attempts {
        if best.0 < limit {
            break;
        }
        let next = measure();
        if next.0 < best.0 {
            best = next;
        }
    }
    best
}

/// Units that, repeated, make hard haystacks: near-matches of e-mails, URLs,
/// phone numbers, wallets, handles; long words; scripts; combining marks.
fn generic_units() -> Vec<String> {
    [
        "a",
        "a ",
        "aa@",
        "a@a.",
        "a.",
        "a-",
        "0",
        "0 ",
        "1-",
        "+1 (",
        "(0",
        "00",
        "0x",
        "x0",
        "1A",
        "www.a",
        "http://",
        "t.me/",
        "@a",
        "[at]",
        " [dot] ",
        "(at)",
        "sol ",
        "bc1q",
        "4",
        "1a ",
        "Telegram ",
        "telegram: @",
        "my telegram is ",
        "let's ",
        "contact me ",
        "\n",
        "-",
        "'",
        ". ",
        "é",
        "e\u{301}",
        "가",
        "テ",
        "中",
        "٣",
        "Ａ",
        "😀",
        "\u{200b}",
        " ",
        ":",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect()
}

/// Units taken from the pattern itself: its literal words, and each word
/// followed by a separator, so the haystack is full of partial matches.
fn pattern_units(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut esc = false;
    for c in src.chars().chain(std::iter::once(' ')) {
        if esc {
            esc = false;
            continue;
        }
        if c == '\\' {
            esc = true;
        }
        if c.is_alphanumeric() && !esc {
            word.push(c);
        } else {
            if word.chars().count() >= 3 {
                for sep in ["", " ", ": ", "1"] {
                    out.push(format!("{word}{sep}"));
                }
            }
            word.clear();
        }
    }
    out.sort();
    out.dedup();
    out.truncate(40);
    out
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

/// Everything a rule or the extractor may do with a regex over a haystack.
fn scan(r: &Regex, hay: &str) -> usize {
    if r.captures_len() > 1 {
        r.captures_iter(hay).count()
    } else {
        r.find_iter(hay).count()
    }
}

#[test]
fn every_pattern_is_found_and_compiles() {
    let found = patterns::find();
    assert!(
        found.unreadable.is_empty(),
        "regexes the hostile-input tests cannot read; pass a string literal (or concat! of literals) to crate::text::re:\n{}",
        found.unreadable.join("\n")
    );
    // The contact patterns listed at run time are among those read from the sources.
    let compiled: Vec<String> = found
        .patterns
        .iter()
        .map(|p| p.regex.as_str().to_owned())
        .collect();
    for (name, r) in hirelens::contacts::patterns() {
        assert!(
            compiled.iter().any(|c| c == r.as_str()),
            "contacts::{name} not found in sources"
        );
    }
    assert!(found.patterns.len() >= 15, "{}", found.patterns.len());
}

#[test]
fn every_pattern_is_linear_on_its_worst_input() {
    let _serial = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let found = patterns::find();
    let mut report = Vec::new();
    for p in &found.patterns {
        let r = &p.regex;
        // 1. Pick the units that make this pattern slowest per byte.
        let mut units = generic_units();
        units.extend(pattern_units(r.as_str()));
        let probe = 4 * 1024;
        let mut costs: Vec<(Duration, String)> = units
            .into_iter()
            .map(|u| {
                let hay = repeat_to(&u, probe);
                (
                    time(1, || {
                        std::hint::black_box(scan(r, &hay));
                    }),
                    u,
                )
            })
            .collect();
        costs.sort_by_key(|c| std::cmp::Reverse(c.0));
        // 2. On the two worst, time n, 4n and 16n bytes. Linear is 4× per step,
        //    quadratic 16×. The regex crate may switch engines once (its lazy
        //    DFA gives up when its cache thrashes), a step in cost per byte
        //    that spoils at most one of the two ratios: so the better of the
        //    two must stay under 10×.
        for (_, unit) in costs.iter().take(2) {
            let n = 8 * 1024;
            let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-6);
            let (best, t) = least_growth(3, 10.0, || {
                let t: Vec<Duration> = [n, 4 * n, 16 * n]
                    .iter()
                    .map(|&len| {
                        let hay = repeat_to(unit, len);
                        time(3, || {
                            std::hint::black_box(scan(r, &hay));
                        })
                    })
                    .collect();
                let best = if t[2] < Duration::from_millis(5) {
                    0.0
                } else {
                    ratio(t[0], t[1]).min(ratio(t[1], t[2]))
                };
                (best, t)
            });
            report.push(format!(
                "{:<48} {:<16} {:>9.2?} {:>9.2?} {:>9.2?}  ×{best:.1}",
                p.at,
                format!("{unit:?}"),
                t[0],
                t[1],
                t[2]
            ));
            assert!(
                best < 10.0,
                "{} grows faster than linearly on {:?} (on each of 3 runs; the least growth shown): {:?} at {n} bytes, {:?} at 4×, {:?} at 16×\n{}",
                p.at,
                unit,
                t[0],
                t[1],
                t[2],
                r.as_str()
            );
        }
    }
    println!(
        "pattern / worst unit / 8 KiB / 32 KiB / 128 KiB / best ratio\n{}",
        report.join("\n")
    );
}

/// Hostile documents for the whole pipeline (normalization, contacts, every rule).
fn hostile_texts(bytes: usize) -> Vec<(&'static str, String)> {
    vec![
        ("emails", repeat_to("a@b.cc ", bytes)),
        ("urls", repeat_to("www.a.co ", bytes)),
        ("phones", repeat_to("+1 415 555 0100 ", bytes)),
        ("handles", repeat_to("Telegram: @abc_def ", bytes)),
        (
            "sentences",
            repeat_to("Mail a@b.cc now!\nTelegram: @abc_def. ", bytes),
        ),
        (
            "fw handles",
            repeat_to("Ｔｅｌｅｇｒａｍ：＠ｆａｓｔ ", bytes),
        ),
        (
            "invites",
            repeat_to("Let's continue on Telegram, contact me. ", bytes),
        ),
        (
            "wallets",
            repeat_to("USDT 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed ", bytes),
        ),
        ("one word", repeat_to("a", bytes)),
        ("digits", repeat_to("0", bytes)),
        ("combining", repeat_to("e\u{301}\u{302}\u{303}", bytes)),
        (
            "cjk",
            repeat_to("連絡ください。카톡으로 연락 주세요 ", bytes),
        ),
        (
            "full-width",
            repeat_to("Ｔｅｌｅｇｒａｍ：＠ｆａｓｔ ", bytes),
        ),
        ("lines", repeat_to("a.\r\n", bytes)),
        ("zero-width", repeat_to("a\u{200b}", bytes)),
        ("dates", repeat_to("2019-03 to Present, ", bytes)),
    ]
}

fn hostile_doc(text: &str) -> Document {
    doc(
        json!({"kind": "proposal", "text": text, "job": {"description": text},
        "profile": {"overview": text, "headline": text.chars().take(60).collect::<String>(),
            "languages": [{"language": "English", "level": "native"}],
            "location": {"country": "US"}, "utc_offset_minutes": -300,
            "employment": [{"title": "Dev", "description": text, "start": "2019-03", "end": "Present"}]}}),
    )
}

#[test]
fn analysis_is_linear_on_hostile_documents() {
    let _serial = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let n = 24 * 1024;
    let mut lines = Vec::new();
    for ((name, small), (_, big)) in hostile_texts(n).into_iter().zip(hostile_texts(4 * n)) {
        let (ds, db) = (hostile_doc(&small), hostile_doc(&big));
        let (ratio, (ts, tb)) = least_growth(3, 10.0, || {
            let ts = time(3, || {
                std::hint::black_box(analyze(ds.clone(), &Options::default()));
            });
            let tb = time(3, || {
                std::hint::black_box(analyze(db.clone(), &Options::default()));
            });
            (tb.as_secs_f64() / ts.as_secs_f64().max(1e-6), (ts, tb))
        });
        lines.push(format!("{name:<12} {ts:>9.2?} {tb:>9.2?} ×{ratio:.1}"));
        assert!(
            ratio < 10.0,
            "analysis of {name:?} grows faster than linearly (on each of 3 runs; the least growth shown): {ts:?} at {n} bytes per field, {tb:?} at {}",
            4 * n
        );
    }
    println!("input / {n} B / {} B / ratio\n{}", 4 * n, lines.join("\n"));
}

#[test]
fn hostile_documents_keep_exact_spans() {
    for (_, text) in hostile_texts(8 * 1024) {
        analyze_checked(hostile_doc(&text), &Options::default());
    }
}

#[test]
fn extreme_numbers() {
    for v in [
        json!({"kind":"profile","utc_offset_minutes": i32::MAX, "jobs_completed": u32::MAX,
               "hourly_rate": {"amount": 1e308}, "local_time": "9999-12-31T23:59:59+14:00",
               "member_since": "2200-12", "activity": ["0000-01-01T00:00:00-14:00", "9999-12-31T23:59:60Z"],
               "employment": [{"start": "1900", "end": "2200-12-31"}, {"start": 2200, "end": 1900}],
               "overview": "Native English speaker, based in Austin, available 9-5 CST."}),
        json!({"kind":"profile","utc_offset_minutes": i32::MIN, "hourly_rate": {"amount": -1e308},
               "local_time": "0000-01-01T00:00:00-14:00", "languages": [{"language":"English","level":"native"}],
               "location": {"country": "US"}}),
        json!({"kind":"thread","messages":[{"sent_at":"9999-12-31T23:59:59Z","text":"hi"},
               {"sent_at":"0000-01-01T00:00:00Z","text":"hello","role":"client"}]}),
    ] {
        for now in [
            None,
            hirelens::date::Timestamp::parse("0000-01-01T00:00:00Z"),
            hirelens::date::Timestamp::parse("9999-12-31T23:59:59Z"),
        ] {
            let opts = Options {
                now,
                ..Options::default()
            };
            analyze_checked(doc(v.clone()), &opts);
        }
    }
    // Numbers that do not fit the contract's types are errors naming the field.
    for (v, field) in [
        (
            json!({"kind":"profile","utc_offset_minutes": 1e10}),
            "utc_offset_minutes",
        ),
        (
            json!({"kind":"profile","jobs_completed": -1}),
            "jobs_completed",
        ),
        (
            json!({"kind":"profile","employment":[{"start": 1e300}]}),
            "employment[0].start",
        ),
    ] {
        assert_eq!(
            analyze_value(v, &Options::default()).unwrap_err().field,
            field
        );
    }
}
