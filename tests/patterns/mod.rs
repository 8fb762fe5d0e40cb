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

/// One pattern: where it is written and its source text.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub at: String,
    pub source: String,
}

/// Patterns found, and calls that could not be read as literals.
pub struct Found {
    pub patterns: Vec<Pattern>,
    pub unreadable: Vec<String>,
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

/// Every `re(...)` pattern in `src/`, in file order.
pub fn find() -> Found {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rs_files(&root.join("src"), &mut files);
    let mut patterns = Vec::new();
    let mut unreadable = Vec::new();
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
                    patterns.push(Pattern {
                        at,
                        source: s.clone(),
                    })
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
                        patterns.push(Pattern { at, source: s });
                    } else {
                        unreadable.push(format!(
                            "{at}: re(concat!(…)) with a part that is not a literal"
                        ));
                    }
                }
                _ => unreadable.push(format!(
                    "{at}: re(…) whose argument is not a string literal"
                )),
            }
        }
    }
    Found {
        patterns,
        unreadable,
    }
}
