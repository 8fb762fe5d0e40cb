//! How often HL112 (commit-clock-vs-claim) fires on honest authors: the
//! developers and contributors that Maven projects list in their own
//! `pom.xml` (or Maven 1 `project.xml`) with a `<timezone>`, against their
//! commits in the same repositories.
//!
//! ```sh
//! cargo run --release --example eval_git -- /path/to/bare-or-clone.git ...
//! ```
//!
//! Every version of `pom.xml`/`project.xml` in each repository's history is
//! read (newest statement wins); a commit belongs to a listed person when
//! its author e-mail equals a listed e-mail, its `…@apache.org` local part
//! equals the listed id, or its author name equals the listed name
//! (case-insensitive). People are merged across repositories by id (else
//! name). A `<timezone>` of `+1`/`-5`/`0` is a stated offset in hours; an
//! IANA name (`America/New_York`) is its standard offset. Each person
//! becomes a profile with `utc_offset_minutes` and their `commits`, analysed
//! with the full catalog; the table counts HL112 by severity. Nothing from
//! the repositories is written anywhere: the output is counts, and with
//! `-v` one line per person (kept outside the project).

use hirelens::gitlog;
use hirelens::report::Severity;
use hirelens::{Options, analyze_value};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::process::Command;

#[derive(Default, Debug)]
struct Person {
    names: Vec<String>,
    emails: Vec<String>,
    tz: Option<String>,
    commits: Vec<Value>,
    repos: Vec<String>,
}

fn git(dir: &str, args: &[&str]) -> Option<String> {
    let o = Command::new("git")
        .arg("--git-dir")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    o.status
        .success()
        .then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

fn tag(block: &str, name: &str) -> Option<String> {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let s = block.find(&open)? + open.len();
    let e = block.get(s..)?.find(&close)? + s;
    let v = block.get(s..e)?.trim().to_owned();
    (!v.is_empty()).then_some(v)
}

/// (id, name, email, timezone) of one listed person.
type Listed = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Every `<developer>`/`<contributor>` block.
fn people(xml: &str) -> Vec<Listed> {
    let mut out = Vec::new();
    for kind in ["developer", "contributor"] {
        let open = format!("<{kind}>");
        let close = format!("</{kind}>");
        let mut rest = xml;
        while let Some(s) = rest.find(&open) {
            let Some(after) = rest.get(s + open.len()..) else {
                break;
            };
            let Some(e) = after.find(&close) else { break };
            let block = after.get(..e).unwrap_or("");
            out.push((
                tag(block, "id"),
                tag(block, "name"),
                tag(block, "email").map(|e| e.to_lowercase()),
                tag(block, "timezone"),
            ));
            rest = after.get(e..).unwrap_or("");
        }
    }
    out
}

/// Minutes east of UTC a stated `<timezone>` means.
fn stated_minutes(tz: &str) -> Option<i32> {
    let t = tz.trim();
    if let Ok(h) = t.trim_start_matches('+').parse::<f64>() {
        return (h.abs() <= 14.0).then_some((h * 60.0).round() as i32);
    }
    let z = hirelens::geo::tz::zone(&t.replace(' ', "_"))?;
    Some(i32::from(z.std))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let repos: Vec<&String> = args.iter().filter(|a| *a != "-v").collect();
    if repos.is_empty() {
        eprintln!("usage: eval_git [-v] GIT_DIR...");
        return;
    }
    let mut persons: BTreeMap<String, Person> = BTreeMap::new();
    let mut unmapped_tz = 0usize;
    for dir in &repos {
        let repo_name = dir
            .trim_end_matches("/repo")
            .rsplit('/')
            .next()
            .unwrap_or(dir);
        // every stated version, newest first
        let revs =
            git(dir, &["log", "--format=%H", "--", "pom.xml", "project.xml"]).unwrap_or_default();
        let mut key_of: Vec<(String, Vec<String>, Vec<String>)> = Vec::new(); // key, emails, names
        for rev in revs.lines().take(400) {
            for file in ["pom.xml", "project.xml"] {
                let Some(xml) = git(dir, &["show", &format!("{rev}:{file}")]) else {
                    continue;
                };
                for (id, name, email, tz) in people(&xml) {
                    let key = match (&id, &name) {
                        (Some(i), _) => i.to_lowercase(),
                        (None, Some(n)) => n.to_lowercase(),
                        _ => continue,
                    };
                    let p = persons.entry(key.clone()).or_default();
                    if p.tz.is_none() {
                        p.tz = tz;
                    }
                    if let Some(n) = name {
                        if !p.names.contains(&n.to_lowercase()) {
                            p.names.push(n.to_lowercase());
                        }
                    }
                    if let Some(e) = email {
                        if !p.emails.contains(&e) {
                            p.emails.push(e);
                        }
                    }
                    if let Some(i) = id {
                        let e = format!("{}@apache.org", i.to_lowercase());
                        if !p.emails.contains(&e) {
                            p.emails.push(e);
                        }
                    }
                    if !key_of.iter().any(|k| k.0 == key) {
                        key_of.push((key, Vec::new(), Vec::new()));
                    }
                }
            }
        }
        for k in &mut key_of {
            if let Some(p) = persons.get(&k.0) {
                k.1 = p.emails.clone();
                k.2 = p.names.clone();
            }
        }
        let fmt = format!("--format=%an%x09{}", gitlog::FORMAT);
        let Some(log) = git(dir, &["log", &fmt]) else {
            eprintln!("{dir}: git log failed");
            continue;
        };
        for line in log.lines() {
            let Some((name, rest)) = line.split_once('\t') else {
                continue;
            };
            let (entries, _) = gitlog::parse(rest);
            let Some(e) = entries.first() else { continue };
            let email = e.email.to_lowercase();
            let name = name.trim().to_lowercase();
            let Some(k) = key_of
                .iter()
                .find(|k| k.1.contains(&email) || (!name.is_empty() && k.2.contains(&name)))
            else {
                continue;
            };
            let Some(p) = persons.get_mut(&k.0) else {
                continue;
            };
            let c = gitlog::commits_of(&entries, &e.email, Some(repo_name), 1);
            p.commits
                .extend(c.iter().filter_map(|c| serde_json::to_value(c).ok()));
            if !p.repos.iter().any(|r| r == repo_name) {
                p.repos.push(repo_name.to_owned());
            }
        }
    }
    let options = Options::default();
    let (mut evaluated, mut with_read, mut low, mut medium) = (0usize, 0usize, 0usize, 0usize);
    let mut commits_total = 0usize;
    let (mut shifted_low, mut shifted_medium) = (0usize, 0usize);
    for (key, p) in &persons {
        let Some(tz) = &p.tz else { continue };
        let Some(off) = stated_minutes(tz) else {
            unmapped_tz += 1;
            continue;
        };
        if p.commits.is_empty() {
            continue;
        }
        // the newest 15,000 (the rule reads two years before the newest anyway)
        let mut commits = p.commits.clone();
        commits.sort_by_key(|c| {
            std::cmp::Reverse(
                c["at"]
                    .as_str()
                    .and_then(hirelens::date::Timestamp::parse)
                    .map_or(0, |t| t.unix),
            )
        });
        commits.truncate(15_000);
        evaluated += 1;
        commits_total += p.commits.len();
        let doc =
            json!({"kind": "profile", "id": key, "utc_offset_minutes": off, "commits": commits});
        let r = match analyze_value(doc, &options) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{key}: {e}");
                continue;
            }
        };
        let h = r.hints.iter().find(|h| h.code == "HL112");
        // how many commits the rule could read (not UTC, in the window)
        let read = commits
            .iter()
            .filter(|c| c["at"].as_str().is_some_and(|s| !s.ends_with('Z')))
            .count();
        if read > 0 {
            with_read += 1;
        }
        // the same history against a claim 12 hours away (a wrong claim):
        // does the rule see it?
        let wrong = ((off + 720 + 720).rem_euclid(1440)) - 720;
        let doc =
            json!({"kind": "profile", "id": key, "utc_offset_minutes": wrong, "commits": commits});
        if let Ok(r) = analyze_value(doc, &options) {
            match r
                .hints
                .iter()
                .find(|h| h.code == "HL112")
                .map(|h| h.severity)
            {
                Some(Severity::Medium | Severity::High) => shifted_medium += 1,
                Some(_) => shifted_low += 1,
                None => {}
            }
        }
        match h.map(|h| h.severity) {
            Some(Severity::Medium | Severity::High) => medium += 1,
            Some(_) => low += 1,
            None => {}
        }
        if verbose {
            println!(
                "{key}\ttz={tz}\tcommits={}\tnon-utc={read}\trepos={}\t{}",
                commits.len(),
                p.repos.join(","),
                h.map_or("-".to_owned(), |h| format!(
                    "{}: {}",
                    h.severity.as_str(),
                    h.message
                ))
            );
        }
    }
    let pct = |n: usize| {
        if evaluated == 0 {
            0.0
        } else {
            100.0 * n as f64 / evaluated as f64
        }
    };
    println!("repositories: {}", repos.len());
    println!(
        "listed people with a <timezone>: {}",
        persons.values().filter(|p| p.tz.is_some()).count()
    );
    println!("timezone values not understood: {unmapped_tz}");
    println!("people with a stated zone and commits: {evaluated} ({commits_total} commits)");
    println!("  of them with any non-UTC commit: {with_read}");
    println!("HL112 low: {low} ({:.1} %)", pct(low));
    println!("HL112 medium+: {medium} ({:.1} %)", pct(medium));
    println!(
        "same histories, claim moved 12 hours: low {shifted_low}, medium+ {shifted_medium} (of {with_read} with local-clock commits)"
    );
}
