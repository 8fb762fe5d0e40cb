//! Every regular expression the crate compiles, found by reading its sources.
//!
//! Patterns are written as literals (or `concat!` of literals) passed to
//! `crate::text::re`. This module lexes `src/**/*.rs`, collects each such
//! call and compiles the literal with `hirelens::text::re`, which applies the
//! same rewriting as the crate, so the tests run exactly the crate's regexes.
//! A call whose argument is not a literal, or a regex built any other way
//! (`Regex::new`, `RegexBuilder`, `RegexSet` outside `src/text/mod.rs`), is
//! reported, so no pattern escapes the linear-time checks.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Str(String),
    Punct(char),
}

/// One pattern: where it is written and the regex as the crate compiles it.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub at: String,
    pub regex: regex::Regex,
}

/// Patterns found, and calls that could not be read as literals.
pub struct Found {
    pub patterns: Vec<Pattern>,
    pub unreadable: Vec<String>,
}

/// Documents that reach every rule's lazily compiled patterns: the example
/// documents, and one of every kind with every field filled.
fn warm_up() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let prose = "I am a native English speaker with 10 years of experience in React, Node and Solidity, \
        based in Austin, Texas. Let's continue on Telegram: @dev_pro. Please pay in USDT to my wallet \
        0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed or via my cousin's PayPal. Send the laptop to my friend. \
        Moreover, I delve into a rich tapestry of robust solutions.\n\nBest regards,\nJohn Smith";
    let profile = serde_json::json!({"kind":"profile","id":"w1","name":"John Smith","headline":prose,"overview":prose,
        "location":{"country":"US","region":"TX","city":"Austin"},"utc_offset_minutes":540,
        "local_time":"2026-11-23T21:14:00+09:00","hourly_rate":{"amount":15,"currency":"USD"},
        "languages":[{"language":"English","level":"native"},{"language":"Korean","level":"fluent"}],
        "skills":["React","Solidity","Rust","Kotlin","SAP ABAP","Unity","Photoshop"],
        "employment":[{"title":"Senior Engineer","company":"Google","start":"2019-03","end":"Present","location":"Austin","description":prose},
                      {"title":"CTO","company":"Acme","start":"2018","end":"Present","description":prose},
                      {"title":"Lead","company":"Meta","start":"2020-01","end":"Present"}],
        "education":[{"school":"MIT","degree":"BSc","start":"2010","end":"2014"}],
        "member_since":"2024-05","jobs_completed":3,
        "contacts":{"emails":["kim.dev@gmail.com"],"phones":["+82 10 1234 5678"],"links":["https://github.com/x"],"handles":["@dev_pro"],"wallets":["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"]},
        "activity":["2026-11-20T01:12:00Z","2026-11-20T03:12:00Z"],"photo":{"dhash":"0123456789abcdef"},
        "payment":{"payee_name":"Kim Min","method":"PayPal","account":"x@y.co","country":"US"}});
    texts.push(profile.to_string());
    texts.push(serde_json::json!({"kind":"proposal","id":"w2","author":{"name":"Kim Min"},"text":prose,
        "sent_at":"2026-11-20T01:12:00Z","job":{"title":"Web3 dev","description":"Paid in USDC via Request Finance"},
        "profile":profile}).to_string());
    texts.push(serde_json::json!({"kind":"thread","id":"w3","messages":[
        {"role":"client","text":"Can we do a camera call?","sent_at":"2026-11-20T01:12:00Z"},
        {"role":"freelancer","text":prose,"sent_at":"2026-11-20T02:12:00Z","author":{"name":"John"}}],
        "profile":profile}).to_string());
    // Passes the gate of each alternative of HL302's request patterns and
    // matches none, so that every one of them is compiled.
    texts.push(
        serde_json::json!({"kind":"message","id":"w4",
            "text":"USDT 코인 ビットコイン prefer my wallet, payment method, pay in to"})
        .to_string(),
    );
    for t in texts {
        let _ = hirelens::analyze_json(&t, &hirelens::Options::default());
    }
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Read a string literal starting at `i` (at `"` or `r`); returns its value and the index after it.
fn string_lit(c: &[char], mut i: usize) -> Option<(String, usize)> {
    if c.get(i) == Some(&'b') {
        i += 1;
    }
    if c.get(i) == Some(&'r') {
        i += 1;
        let mut hashes = 0;
        while c.get(i) == Some(&'#') {
            hashes += 1;
            i += 1;
        }
        if c.get(i) != Some(&'"') {
            return None;
        }
        i += 1;
        let mut s = String::new();
        loop {
            let ch = *c.get(i)?;
            if ch == '"' && (1..=hashes).all(|k| c.get(i + k) == Some(&'#')) {
                return Some((s, i + 1 + hashes));
            }
            s.push(ch);
            i += 1;
        }
    }
    if c.get(i) != Some(&'"') {
        return None;
    }
    i += 1;
    let mut s = String::new();
    loop {
        let ch = *c.get(i)?;
        match ch {
            '"' => return Some((s, i + 1)),
            '\\' => {
                let e = *c.get(i + 1)?;
                i += 2;
                match e {
                    'n' => s.push('\n'),
                    't' => s.push('\t'),
                    'r' => s.push('\r'),
                    '0' => s.push('\0'),
                    '\\' | '"' | '\'' => s.push(e),
                    'x' => {
                        let h: String = c.get(i..i + 2)?.iter().collect();
                        s.push(char::from(u8::from_str_radix(&h, 16).ok()?));
                        i += 2;
                    }
                    'u' => {
                        let close = (i..c.len()).find(|&k| c[k] == '}')?;
                        let h: String =
                            c.get(i + 1..close)?.iter().filter(|&&x| x != '_').collect();
                        s.push(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?);
                        i = close + 1;
                    }
                    '\n' => {
                        while c.get(i).is_some_and(|x| x.is_whitespace()) {
                            i += 1;
                        }
                    }
                    _ => return None,
                }
            }
            _ => {
                s.push(ch);
                i += 1;
            }
        }
    }
}

fn lex(src: &str) -> Vec<(Tok, usize)> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && c.get(i + 1) == Some(&'/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && c.get(i + 1) == Some(&'*') {
            i += 2;
            while i < c.len() && !(c[i] == '*' && c.get(i + 1) == Some(&'/')) {
                if c[i] == '\n' {
                    line += 1;
                }
                i += 1;
            }
            i += 2;
        } else if ch == '"'
            || (ch == 'r' && matches!(c.get(i + 1), Some('"' | '#')))
            || (ch == 'b' && matches!(c.get(i + 1), Some('"')))
            || (ch == 'b' && c.get(i + 1) == Some(&'r') && matches!(c.get(i + 2), Some('"' | '#')))
        {
            match string_lit(&c, i) {
                Some((s, end)) => {
                    line += c[i..end].iter().filter(|&&x| x == '\n').count();
                    out.push((Tok::Str(s), line));
                    i = end;
                }
                None => {
                    out.push((Tok::Punct(ch), line));
                    i += 1;
                }
            }
        } else if ch == '\'' {
            // char literal or lifetime
            if c.get(i + 1) == Some(&'\\') {
                let mut k = i + 2;
                while k < c.len() && c[k] != '\'' {
                    k += 1;
                }
                out.push((Tok::Punct('\''), line));
                i = k + 1;
            } else if c.get(i + 2) == Some(&'\'') {
                out.push((Tok::Punct('\''), line));
                i += 3;
            } else {
                i += 1;
            }
        } else if ch.is_alphabetic() || ch == '_' {
            let st = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(c[st..i].iter().collect()), line));
        } else {
            out.push((Tok::Punct(ch), line));
            i += 1;
        }
    }
    out
}

/// Every pattern the crate compiles with `re(...)`: the literal ones read
/// from `src/`, and those assembled at run time (`re(&format!(…))`), taken
/// from `hirelens::text::compiled_patterns()` after a warm-up that reaches
/// them. A call site that is neither is reported.
pub fn find() -> Found {
    let mut found = scan();
    warm_up();
    let runtime = hirelens::text::compiled_patterns();
    let mut still = Vec::new();
    for (at, why) in found.dynamic.drain(..) {
        let hits: Vec<_> = runtime
            .iter()
            .filter(|(f, l, _)| format!("{f}:{l}") == at)
            .collect();
        if hits.is_empty() {
            still.push(format!(
                "{at}: {why}; not compiled by the warm-up documents in tests/patterns/mod.rs"
            ));
        }
        for (_, _, r) in hits {
            if !found
                .patterns
                .iter()
                .any(|p| p.regex.as_str() == r.as_str())
            {
                found.patterns.push(Pattern {
                    at: at.clone(),
                    regex: r.clone(),
                });
            }
        }
    }
    found.unreadable.extend(still);
    Found {
        patterns: found.patterns,
        unreadable: found.unreadable,
    }
}

struct Scanned {
    patterns: Vec<Pattern>,
    dynamic: Vec<(String, String)>,
    unreadable: Vec<String>,
}

fn lit(at: String, source: &str) -> Pattern {
    Pattern {
        at,
        regex: hirelens::text::re(source),
    }
}

fn scan() -> Scanned {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rs_files(&root.join("src"), &mut files);
    let mut patterns = Vec::new();
    let mut unreadable = Vec::new();
    let mut dynamic = Vec::new();
    for f in files {
        let rel = f.strip_prefix(root).unwrap_or(&f).display().to_string();
        let src = std::fs::read_to_string(&f).unwrap_or_default();
        let toks = lex(&src);
        let t = |k: usize| toks.get(k).map(|(t, _)| t);
        for (k, (tok, line)) in toks.iter().enumerate() {
            let at = format!("{rel}:{line}");
            let Tok::Ident(id) = tok else { continue };
            if matches!(id.as_str(), "RegexBuilder" | "RegexSet")
                || (id == "Regex"
                    && t(k + 1) == Some(&Tok::Punct(':'))
                    && t(k + 3) == Some(&Tok::Ident("new".into())))
            {
                if rel != "src/text/mod.rs" {
                    unreadable.push(format!("{at}: a regex built without crate::text::re"));
                }
                continue;
            }
            if id != "re" || t(k + 1) != Some(&Tok::Punct('(')) {
                continue;
            }
            if k > 0 && matches!(t(k - 1), Some(Tok::Ident(p)) if p == "fn") {
                continue;
            }
            // re("lit") | re(concat!("a", "b", ...))
            match t(k + 2) {
                Some(Tok::Str(s))
                    if t(k + 3) == Some(&Tok::Punct(')'))
                        || (t(k + 3) == Some(&Tok::Punct(','))
                            && t(k + 4) == Some(&Tok::Punct(')'))) =>
                {
                    patterns.push(lit(at, s))
                }
                Some(Tok::Ident(c))
                    if c == "concat"
                        && t(k + 3) == Some(&Tok::Punct('!'))
                        && t(k + 4) == Some(&Tok::Punct('(')) =>
                {
                    let mut j = k + 5;
                    let mut s = String::new();
                    let mut ok = true;
                    loop {
                        match t(j) {
                            Some(Tok::Str(part)) => s.push_str(part),
                            Some(Tok::Punct(',')) => {}
                            Some(Tok::Punct(')')) => break,
                            _ => {
                                ok = false;
                                break;
                            }
                        }
                        j += 1;
                    }
                    let close = if t(j + 1) == Some(&Tok::Punct(',')) {
                        j + 2
                    } else {
                        j + 1
                    };
                    if ok && t(close) == Some(&Tok::Punct(')')) {
                        patterns.push(lit(at, &s));
                    } else {
                        dynamic.push((
                            at,
                            "re(concat!(…)) with a part that is not a literal".to_owned(),
                        ));
                    }
                }
                _ => dynamic.push((
                    at,
                    "re(…) whose argument is not a string literal".to_owned(),
                )),
            }
        }
    }
    Scanned {
        patterns,
        dynamic,
        unreadable,
    }
}
