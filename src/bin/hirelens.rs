//! `hirelens`: risk hints for profiles, proposals and messages, from the command line.

use hirelens::model::{LIMITS, json_error};
use hirelens::report::{Level, Report, Severity};
use hirelens::{InputError, Options, rules};
use serde_json::Value;
use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
hirelens — explainable risk hints for freelancer profiles, proposals and messages

USAGE:
    hirelens check [FILE|-] [--format text|json|jsonl] [--fail-on medium|high]
                   [--watchlist FILE] [--min-severity info|low|medium|high]
                   [--now RFC3339] [--color auto|always|never]
                   [--git PATH --author EMAIL] [--same-person FILE]...
    hirelens rules [--format text|json|markdown]
    hirelens explain CODE
    hirelens link [FILE|-] [--format text|json]
    hirelens compare A B
    hirelens --version

Input is one JSON document, a JSON array of documents, or JSONL.
--git reads the author's commits from a local clone (runs `git log` there) or
from a saved `git log` text file and adds them to each document's profile.
--same-person FILE adds the profile in FILE (another profile of the same
person, e.g. their LinkedIn profile as JSON) to each document's profile, whose
claims are then compared with it.
Exit status: 0 success, 1 a report reached --fail-on, 2 usage or input error.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(msg) => {
            let _ = writeln!(std::io::stderr(), "hirelens: {msg}");
            ExitCode::from(2)
        }
    }
}

struct Args {
    cmd: String,
    positional: Vec<String>,
    format: Option<String>,
    fail_on: Option<Level>,
    watchlist: Option<String>,
    min_severity: Option<Severity>,
    now: Option<String>,
    color: String,
    git: Vec<String>,
    author: Option<String>,
    same_person: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    use lexopt::prelude::*;
    let mut p = lexopt::Parser::from_env();
    let mut a = Args {
        cmd: String::new(),
        positional: Vec::new(),
        format: None,
        fail_on: None,
        watchlist: None,
        min_severity: None,
        now: None,
        color: "auto".into(),
        git: Vec::new(),
        author: None,
        same_person: Vec::new(),
    };
    let val = |p: &mut lexopt::Parser| -> Result<String, String> {
        p.value()
            .map_err(|e| e.to_string())?
            .into_string()
            .map_err(|_| "argument is not valid UTF-8".to_owned())
    };
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Short('V') | Long("version") => {
                println!("hirelens {}", hirelens::VERSION);
                std::process::exit(0);
            }
            Short('f') | Long("format") => a.format = Some(val(&mut p)?),
            Long("fail-on") => {
                let v = val(&mut p)?;
                a.fail_on = Some(match Level::parse(&v) {
                    Some(l) if l >= Level::Low => l,
                    _ => {
                        return Err(format!(
                            "--fail-on: expected low, medium or high, found {v:?}"
                        ));
                    }
                });
            }
            Long("watchlist") => a.watchlist = Some(val(&mut p)?),
            Long("min-severity") => {
                let v = val(&mut p)?;
                a.min_severity = Some(
                    serde_json::from_value(serde_json::Value::String(v.clone())).map_err(|_| {
                        format!("--min-severity: expected info, low, medium or high, found {v:?}")
                    })?,
                );
            }
            Long("now") => a.now = Some(val(&mut p)?),
            Long("git") => a.git.push(val(&mut p)?),
            Long("author") => a.author = Some(val(&mut p)?),
            Long("same-person") => a.same_person.push(val(&mut p)?),
            Long("color") | Long("colour") => a.color = val(&mut p)?,
            Long("no-color") => a.color = "never".into(),
            Value(v) => {
                let v = v
                    .into_string()
                    .map_err(|_| "argument is not valid UTF-8".to_owned())?;
                if a.cmd.is_empty() {
                    a.cmd = v;
                } else {
                    a.positional.push(v);
                }
            }
            _ => return Err(format!("{}\n\n{USAGE}", arg.unexpected())),
        }
    }
    Ok(a)
}

fn run() -> Result<ExitCode, String> {
    let a = parse_args()?;
    match a.cmd.as_str() {
        "check" => check(&a),
        "rules" => {
            list_rules(a.format.as_deref().unwrap_or("text"))?;
            Ok(ExitCode::SUCCESS)
        }
        "explain" => {
            let code = a
                .positional
                .first()
                .ok_or("explain: which rule? e.g. `hirelens explain HL301`")?;
            let r = rules::find(code)
                .ok_or_else(|| format!("explain: no rule {code:?}; `hirelens rules` lists them"))?;
            print!("{}", rules::doc::rule_markdown(r));
            Ok(ExitCode::SUCCESS)
        }
        "link" => link(&a),
        "compare" => compare(&a),
        "" => Err(format!("no command given\n\n{USAGE}")),
        other => Err(format!("unknown command {other:?}\n\n{USAGE}")),
    }
}

fn read_input(path: Option<&String>) -> Result<String, String> {
    let mut s = String::new();
    match path.map(String::as_str) {
        None | Some("-") => {
            std::io::stdin()
                .read_to_string(&mut s)
                .map_err(|e| format!("reading standard input: {e}"))?;
        }
        Some(p) => {
            s = std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?;
        }
    }
    Ok(s)
}

/// Split input into documents: a JSON array, one document, or JSONL.
pub fn documents(input: &str) -> Result<Vec<Value>, InputError> {
    // Lone surrogates (from JavaScript strings) become U+FFFD, as in the JS package.
    let input = &*hirelens::model::repair_lone_surrogates(input);
    let trimmed = input.trim_start();
    if trimmed.starts_with('[') {
        let v: Value =
            serde_json::from_str(trimmed).map_err(|e| InputError::new("", json_error(&e)))?;
        return match v {
            Value::Array(a) => Ok(a),
            _ => Err(InputError::new("", "expected a JSON array")),
        };
    }
    let mut out = Vec::new();
    for (line_no, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(v) => out.push(v),
            Err(_) if out.is_empty() => {
                // Not JSONL: one (pretty-printed) document.
                let v: Value =
                    serde_json::from_str(input).map_err(|e| InputError::new("", json_error(&e)))?;
                return Ok(vec![v]);
            }
            Err(e) => {
                return Err(InputError::new(
                    "",
                    format!("line {}: {}", line_no + 1, json_error(&e)),
                ));
            }
        }
    }
    Ok(out)
}

fn check(a: &Args) -> Result<ExitCode, String> {
    let format = a.format.as_deref().unwrap_or("text");
    if !["text", "json", "jsonl"].contains(&format) {
        return Err(format!(
            "--format: expected text, json or jsonl, found {format:?}"
        ));
    }
    let mut options = Options {
        min_severity: a.min_severity,
        ..Options::default()
    };
    options.now = match &a.now {
        Some(n) => Some(
            hirelens::date::Timestamp::parse(n)
                .ok_or_else(|| format!("--now: {}", hirelens::date::TIMESTAMP_EXPECTED))?,
        ),
        None => Some(now()),
    };
    if let Some(w) = &a.watchlist {
        let text = std::fs::read_to_string(w).map_err(|e| format!("{w}: {e}"))?;
        let mut de = serde_json::Deserializer::from_str(&text);
        options.watchlist = Some(
            serde_path_to_error::deserialize(&mut de)
                .map_err(|e| format!("{w}: {}: {}", e.path(), e.inner()))?,
        );
    }
    let input = read_input(a.positional.first())?;
    let mut docs = documents(&input).map_err(|e| e.to_string())?;
    if !a.git.is_empty() {
        let (commits, repos) = git_commits(a)?;
        for d in &mut docs {
            attach(d, "commits", &commits);
            let repos = repositories_for(d, &repos)?;
            attach(d, "repositories", &repos);
        }
    }
    link_same_person(&mut docs);
    if !a.same_person.is_empty() {
        let others = same_person_profiles(&a.same_person)?;
        for d in &mut docs {
            attach(d, "same_person", &others);
        }
    }
    if docs.len() > LIMITS.max_batch {
        return Err(format!(
            "{} documents; the limit is {} per batch",
            docs.len(),
            LIMITS.max_batch
        ));
    }
    let color = match a.color.as_str() {
        "always" => true,
        "never" => false,
        _ => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    let mut worst = Level::None;
    let mut reports: Vec<Value> = Vec::new();
    let total = docs.len();
    let progress = total >= 1000 && std::io::stderr().is_terminal();
    for (i, v) in docs.into_iter().enumerate() {
        let id = v.get("id").and_then(Value::as_str).map(str::to_owned);
        let size = v.to_string().len();
        let result = if size > LIMITS.max_document_bytes {
            Err(InputError::new(
                "",
                format!(
                    "document is {:.1} MiB; the limit is 4 MiB per document",
                    size as f64 / 1_048_576.0
                ),
            ))
        } else {
            hirelens::analyze_value(v, &options)
        };
        if progress && i % 1000 == 0 {
            eprint!("\rhirelens: {i}/{total}");
        }
        match result {
            Ok(r) => {
                worst = worst.max(r.level);
                match format {
                    "text" => write_text(&mut out, &r, color).map_err(|e| e.to_string())?,
                    "jsonl" => writeln!(
                        out,
                        "{}",
                        serde_json::to_string(&r).map_err(|e| e.to_string())?
                    )
                    .map_err(|e| e.to_string())?,
                    _ => reports.push(serde_json::to_value(&r).map_err(|e| e.to_string())?),
                }
            }
            Err(e) => {
                errors += 1;
                let e = e.in_document(i, id.as_deref());
                let _ = writeln!(std::io::stderr(), "hirelens: {e}");
                let err = serde_json::json!({"id": id, "error": e});
                match format {
                    "jsonl" => writeln!(out, "{err}").map_err(|e| e.to_string())?,
                    "json" => reports.push(err),
                    _ => {}
                }
            }
        }
    }
    if progress {
        eprintln!("\rhirelens: {total}/{total}");
    }
    if format == "json" {
        let v = if reports.len() == 1 && !input.trim_start().starts_with('[') {
            reports.pop().unwrap_or(Value::Null)
        } else {
            Value::Array(reports)
        };
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?
        )
        .map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    if errors > 0 {
        return Ok(ExitCode::from(2));
    }
    if a.fail_on.is_some_and(|f| worst >= f) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Facts of one clone's history, and the account and repository keys of
/// its `origin` remote.
type RepoFacts = (hirelens::model::Repository, Option<(String, String)>);

/// A clone read for its facts: name, commits, `origin` keys.
type ClonedRepo = (
    String,
    Vec<hirelens::gitlog::RepoCommit>,
    Option<(String, String)>,
);

/// The repositories as contract values for one document: `own` when the
/// clone's `origin` is under an account (or is a repository) that the
/// document's profile links to or is.
fn repositories_for(doc: &Value, repos: &[RepoFacts]) -> Result<Vec<Value>, String> {
    let p = if doc.get("kind").and_then(Value::as_str) == Some("profile") {
        Some(doc)
    } else {
        doc.get("profile")
    };
    let keys: Vec<String> = p
        .into_iter()
        .flat_map(|p| {
            let links = p
                .pointer("/contacts/links")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str);
            p.get("url")
                .and_then(Value::as_str)
                .into_iter()
                .chain(links)
        })
        .map(hirelens::corpus::person::url_key)
        .collect();
    repos
        .iter()
        .map(|(facts, remote)| {
            let mut f = facts.clone();
            f.own = Some(
                remote
                    .as_ref()
                    .is_some_and(|(acct, repo)| keys.contains(acct) || keys.contains(repo)),
            );
            serde_json::to_value(f).map_err(|e| e.to_string())
        })
        .collect()
}

/// The `--author`'s commits from every `--git` source, as contract values,
/// and the facts of each clone's history (saved `git log` texts have none).
fn git_commits(a: &Args) -> Result<(Vec<Value>, Vec<RepoFacts>), String> {
    let author = a
        .author
        .as_deref()
        .filter(|s| s.contains('@'))
        .ok_or("--git needs --author EMAIL: whose commits to read")?;
    let mut all = Vec::new();
    let mut clones: Vec<ClonedRepo> = Vec::new();
    for path in &a.git {
        let p = std::path::Path::new(path);
        let text = if p.is_dir() {
            git_log(p)?
        } else {
            std::fs::read_to_string(p).map_err(|e| format!("--git {path}: {e}"))?
        };
        let (entries, _) = hirelens::gitlog::parse(&text);
        if entries.is_empty() {
            return Err(format!(
                "--git {path}: no commits read (expected a git clone, or `git log` text with dates and offsets)"
            ));
        }
        let repo = p
            .file_name()
            .map(|n| n.to_string_lossy().trim_end_matches(".git").to_owned());
        let left = LIMITS.max_list_items.saturating_sub(all.len());
        all.extend(hirelens::gitlog::commits_of(
            &entries,
            author,
            repo.as_deref(),
            left,
        ));
        if p.is_dir() {
            let text = git_run(p, &[&format!("--format={}", hirelens::gitlog::REPO_FORMAT)])?;
            let remote = git_remote(p).and_then(|r| hirelens::gitlog::remote_keys(&r));
            clones.push((
                repo.clone().unwrap_or_else(|| path.clone()),
                hirelens::gitlog::parse_repo(&text),
                remote,
            ));
        }
    }
    let mut repos = Vec::new();
    for (i, (name, commits, remote)) in clones.iter().enumerate() {
        let others: Vec<(&str, &[hirelens::gitlog::RepoCommit])> = clones
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (n, c, _))| (n.as_str(), c.as_slice()))
            .collect();
        let facts = hirelens::gitlog::repo_facts(name, commits, author, false, &others);
        repos.push((facts, remote.clone()));
    }
    let commits = all
        .iter()
        .map(|c| serde_json::to_value(c).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok((commits, repos))
}

/// `git config --get remote.origin.url` of a clone, when it has one.
fn git_remote(dir: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["config", "--get", "remote.origin.url"])
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .filter(|s| !s.is_empty())
}

/// `git log` on a local clone (work tree or bare): no network, no pager, no
/// hooks; at most the contract's list limit of commits.
fn git_log(dir: &std::path::Path) -> Result<String, String> {
    git_run(dir, &[&format!("--format={}", hirelens::gitlog::FORMAT)])
}

/// `git log` with these arguments after the safe defaults.
fn git_run(dir: &std::path::Path, args: &[&str]) -> Result<String, String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "core.fsmonitor=false",
            "--no-pager",
            "log",
            "--no-color",
        ])
        .arg(format!("--max-count={}", LIMITS.max_list_items))
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .output()
        .map_err(|e| format!("--git {}: could not run git: {e}", dir.display()))?;
    if !out.status.success() {
        return Err(format!(
            "--git {}: git log failed: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Profiles in one batch that link to each other (a profile's
/// `contacts.links` naming another profile's `url`) are the same person's:
/// each gets the other as a `same_person` profile, both ways.
fn link_same_person(docs: &mut [Value]) {
    if docs.len() < 2 {
        return;
    }
    let is_profile = |d: &Value| d.get("kind").and_then(Value::as_str) == Some("profile");
    let urls: Vec<Option<String>> = docs
        .iter()
        .map(|d| {
            d.get("url")
                .and_then(Value::as_str)
                .filter(|_| is_profile(d))
                .map(hirelens::corpus::person::url_key)
                .filter(|k| !k.is_empty())
        })
        .collect();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, d) in docs.iter().enumerate() {
        if !is_profile(d) {
            continue;
        }
        let links = d
            .pointer("/contacts/links")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(hirelens::corpus::person::url_key);
        for l in links {
            for (j, u) in urls.iter().enumerate() {
                if j != i && u.as_deref() == Some(l.as_str()) {
                    for pair in [(i, j), (j, i)] {
                        if !pairs.contains(&pair) {
                            pairs.push(pair);
                        }
                    }
                }
            }
        }
    }
    let copies: Vec<(usize, Value)> = pairs
        .iter()
        .filter_map(|&(i, j)| {
            let mut p = docs.get(j)?.clone();
            if let Value::Object(m) = &mut p {
                m.remove("kind");
                m.remove("same_person");
            }
            Some((i, p))
        })
        .collect();
    for (i, p) in copies {
        if let Some(d) = docs.get_mut(i) {
            attach(d, "same_person", std::slice::from_ref(&p));
        }
    }
}

/// The profile of each `--same-person` file: the document itself when it is
/// a profile, else its embedded `profile`.
fn same_person_profiles(paths: &[String]) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for path in paths {
        let text =
            std::fs::read_to_string(path).map_err(|e| format!("--same-person {path}: {e}"))?;
        let docs = documents(&text).map_err(|e| format!("--same-person {path}: {e}"))?;
        let [doc] = docs.as_slice() else {
            return Err(format!(
                "--same-person {path}: expected one document, found {}",
                docs.len()
            ));
        };
        let profile = if doc.get("kind").and_then(Value::as_str) == Some("profile") {
            Some(doc.clone())
        } else {
            doc.get("profile").filter(|p| p.is_object()).cloned()
        };
        let mut p =
            profile.ok_or_else(|| format!("--same-person {path}: no profile in this document"))?;
        if let Value::Object(m) = &mut p {
            m.remove("kind");
            m.remove("same_person");
        }
        out.push(p);
    }
    Ok(out)
}

/// Add values to a list of the document's profile: the document itself
/// when it is one, else its embedded `profile` (created when missing).
fn attach(doc: &mut Value, key: &str, items: &[Value]) {
    let Value::Object(map) = doc else { return };
    let target = if map.get("kind").and_then(Value::as_str) == Some("profile") {
        map
    } else {
        let p = map
            .entry("profile")
            .or_insert_with(|| Value::Object(serde_json::Map::new()));
        if !p.is_object() {
            return; // a wrong type: the contract check names it
        }
        let Value::Object(p) = p else { return };
        p
    };
    let list = target
        .entry(key)
        .or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(l) = list {
        l.extend(items.iter().cloned());
    }
}

fn now() -> hirelens::date::Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    hirelens::date::Timestamp {
        unix: secs,
        offset_minutes: Some(0),
    }
}

struct Paint(bool);
impl Paint {
    fn p(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
}

fn level_color(l: &str) -> &'static str {
    match l {
        "high" => "1;31",
        "medium" => "1;33",
        "low" => "1;36",
        _ => "1;32",
    }
}

/// Text from the input, made safe to print on a terminal: control characters
/// (escape sequences) and bidirectional overrides are shown as `\u{…}`, so a
/// hostile profile cannot restyle, rewrite or reorder the analyst's screen.
fn safe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    out
}

fn excerpt(s: &str) -> String {
    let one: String = safe(&s.split_whitespace().collect::<Vec<_>>().join(" "));
    if one.chars().count() > 100 {
        format!("{}…", one.chars().take(99).collect::<String>())
    } else {
        one
    }
}

fn write_text(out: &mut impl Write, r: &Report, color: bool) -> std::io::Result<()> {
    let p = Paint(color);
    let level = r.level.as_str();
    writeln!(
        out,
        "{} {} {}  score {:.0}/100  level {}",
        p.p("1", "▌"),
        p.p("1", &safe(r.id.as_deref().unwrap_or("(no id)"))),
        p.p("2", &format!("[{}]", r.kind)),
        r.score,
        p.p(level_color(level), &level.to_uppercase()),
    )?;
    if !r.truncated.is_empty() {
        writeln!(
            out,
            "  note: cut to the size limit: {}",
            r.truncated.join(", ")
        )?;
    }
    if r.hints.is_empty() {
        writeln!(out, "  no hints\n")?;
        return Ok(());
    }
    for h in &r.hints {
        writeln!(
            out,
            "  {} {} {} — {}",
            p.p(
                level_color(h.severity.as_str()),
                &format!("{:<6}", h.severity.as_str())
            ),
            p.p("1", &h.code),
            p.p("1", &h.title),
            safe(&h.message)
        )?;
        for e in h.evidence.iter().take(3) {
            writeln!(
                out,
                "         {} {}",
                p.p("2", &format!("{}[{}..{}]:", e.field, e.start, e.end)),
                excerpt(&e.text)
            )?;
        }
        if h.evidence.len() > 3 {
            writeln!(
                out,
                "         {}",
                p.p("2", &format!("… and {} more", h.evidence.len() - 3))
            )?;
        }
        writeln!(out, "         {} {}", p.p("2", "innocent:"), h.innocent)?;
        writeln!(out, "         {} {}", p.p("2", "verify:"), h.verify)?;
        writeln!(
            out,
            "         {} {}",
            p.p("2", "indicators:"),
            h.indicators.join(", ")
        )?;
    }
    writeln!(out)
}

fn list_rules(format: &str) -> Result<(), String> {
    let cat = rules::catalog();
    match format {
        "json" => println!(
            "{}",
            serde_json::to_string_pretty(&cat).map_err(|e| e.to_string())?
        ),
        "markdown" | "md" => print!("{}", rules::doc::markdown()),
        "text" => {
            for r in cat {
                println!(
                    "{}  {:<32} {:<12} {:<7} {:>4}  {}",
                    r.code,
                    r.name,
                    r.family.as_str(),
                    r.severity.as_str(),
                    r.weight,
                    r.indicators.join(",")
                );
            }
        }
        other => {
            return Err(format!(
                "--format: expected text, json or markdown, found {other:?}"
            ));
        }
    }
    Ok(())
}

/// `hirelens link`: add every document to one corpus, print clusters and pairs.
fn link(a: &Args) -> Result<ExitCode, String> {
    use hirelens::Corpus;
    let format = a.format.as_deref().unwrap_or("text");
    if !["text", "json"].contains(&format) {
        return Err(format!("--format: expected text or json, found {format:?}"));
    }
    let input = read_input(a.positional.first())?;
    let mut corpus = Corpus::with_key(b"hirelens link (one run, nothing stored)");
    let mut errors = 0usize;
    let mut parse_errors = 0usize;
    let started = std::time::Instant::now();
    let mut add = |i: usize, v: Value, corpus: &mut Corpus| {
        let id = v.get("id").and_then(Value::as_str).map(str::to_owned);
        match hirelens::Document::from_value(v) {
            Ok(d) => {
                corpus.add(d);
            }
            Err(e) => {
                errors += 1;
                let _ = writeln!(
                    std::io::stderr(),
                    "hirelens: {}",
                    e.in_document(i, id.as_deref())
                );
            }
        }
    };
    let progress = |i: usize, total: Option<usize>| {
        if i > 0 && i % 10_000 == 0 {
            let t = started.elapsed().as_secs_f64();
            match total {
                Some(n) => eprintln!("hirelens: link: {i}/{n} documents, {t:.1} s"),
                None => eprintln!("hirelens: link: {i} documents, {t:.1} s"),
            }
        }
    };
    if input.trim_start().starts_with('[') {
        let docs = documents(&input).map_err(|e| e.to_string())?;
        let total = docs.len();
        for (i, v) in docs.into_iter().enumerate() {
            progress(i, Some(total));
            add(i, v, &mut corpus);
        }
    } else {
        // JSONL, streamed: one document in memory at a time
        let mut i = 0usize;
        for (line_no, line) in input.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Value>(line) {
                Ok(v) => {
                    progress(i, None);
                    add(i, v, &mut corpus);
                }
                Err(e) if i == 0 && line_no == 0 => {
                    // one pretty-printed document
                    let v: Value = serde_json::from_str(&input)
                        .map_err(|_| format!("line 1: {}", json_error(&e)))?;
                    add(0, v, &mut corpus);
                    break;
                }
                Err(e) => {
                    parse_errors += 1;
                    eprintln!("hirelens: line {}: {}", line_no + 1, json_error(&e));
                }
            }
            i += 1;
        }
    }
    let errors = errors + parse_errors;
    let clusters = corpus.clusters();
    let pairs: Vec<&hirelens::corpus::Link> = corpus.pairs().collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == "json" {
        let v = serde_json::json!({"clusters": clusters, "pairs": pairs});
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?
        )
        .map_err(|e| e.to_string())?;
    } else {
        let w = |out: &mut std::io::BufWriter<std::io::StdoutLock>, s: String| {
            writeln!(out, "{s}").map_err(|e| e.to_string())
        };
        w(
            &mut out,
            format!(
                "{} documents, {} links, {} clusters",
                corpus.len(),
                pairs.len(),
                clusters.len()
            ),
        )?;
        for (n, c) in clusters.iter().enumerate() {
            w(
                &mut out,
                format!("\ncluster {}: {}", n + 1, c.members.join(", ")),
            )?;
            for r in c.reasons.iter().take(20) {
                w(
                    &mut out,
                    format!(
                        "  {} — {}: {} ({:.2}) {}",
                        r.a,
                        r.b,
                        r.kind.as_str(),
                        r.score,
                        r.reason
                    ),
                )?;
            }
            if c.reasons.len() > 20 {
                w(
                    &mut out,
                    format!("  … and {} more links", c.reasons.len() - 20),
                )?;
            }
        }
        let weak: Vec<_> = pairs.iter().filter(|l| !l.strong).collect();
        if !weak.is_empty() {
            w(&mut out, "\nweaker links (not clustered):".to_owned())?;
            for l in weak.iter().take(50) {
                w(
                    &mut out,
                    format!(
                        "  {} — {}: {} ({:.2}) {}",
                        l.a,
                        l.b,
                        l.kind.as_str(),
                        l.score,
                        l.reason
                    ),
                )?;
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// `hirelens compare A B`: pairwise scores of two documents as JSON.
fn compare(a: &Args) -> Result<ExitCode, String> {
    let [pa, pb] = a.positional.as_slice() else {
        return Err("compare: expected two files, e.g. `hirelens compare a.json b.json`".into());
    };
    if pa == "-" && pb == "-" {
        return Err("compare: only one of the two documents can come from standard input".into());
    }
    let load = |p: &String| -> Result<hirelens::Document, String> {
        let text = read_input(Some(p))?;
        hirelens::Document::from_json(&text).map_err(|e| format!("{p}: {e}"))
    };
    let (da, db) = (load(pa)?, load(pb)?);
    let cmp = hirelens::Corpus::compare(da, db);
    println!(
        "{}",
        serde_json::to_string_pretty(&cmp).map_err(|e| e.to_string())?
    );
    Ok(ExitCode::SUCCESS)
}
