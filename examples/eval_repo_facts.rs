//! How often the repository hints (HL119 repo-many-authors, HL120
//! repo-copied-history) fire on real, honest histories: well-known
//! open-source clones, read exactly as `hirelens check --git` reads them.
//!
//! ```sh
//! cargo run --release --example eval_repo_facts -- /work/.mirror/apache+*/repo ...
//! ```
//!
//! For each clone, its most frequent author e-mail stands in for "the
//! person" (the maintainer claiming the repository), and the facts are
//! computed twice: as the CLI does when the repository is not under an
//! account the profile links to (`own: false`, the normal case for a team
//! project), and as if the person presented the project as their own
//! (`own: true`, the worst case for HL119). Every other clone given is the
//! "other repository" for copied history (these projects share no history,
//! so any HL120 copy finding is a false alarm; a shared ancestor such as a
//! fork would be). Output: counts, one line per clone; nothing is written.

use hirelens::gitlog;
use hirelens::{Options, analyze_value};
use serde_json::json;
use std::collections::HashMap;
use std::process::Command;

fn main() {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: eval_repo_facts CLONE...");
        std::process::exit(2);
    }
    let mut clones = Vec::new();
    for d in &dirs {
        let o = Command::new("git")
            .arg("--git-dir")
            .arg(d)
            .args(["log", "--max-count=100000"])
            .arg(format!("--format={}", gitlog::REPO_FORMAT))
            .output();
        let Ok(o) = o else { continue };
        if !o.status.success() {
            eprintln!("{d}: git log failed");
            continue;
        }
        let commits = gitlog::parse_repo(&String::from_utf8_lossy(&o.stdout));
        let name = d
            .trim_end_matches("/repo")
            .rsplit('/')
            .next()
            .unwrap_or(d)
            .to_owned();
        clones.push((name, commits));
    }
    let opts = Options::default();
    let (mut fired_own, mut fired_team, mut fired_copy) = (0, 0, 0);
    println!(
        "clone\tcommits\ttop author share\tother authors\trewritten\tcopied\tHL119 own\tHL119 team\tHL120"
    );
    for (i, (name, commits)) in clones.iter().enumerate() {
        let mut by: HashMap<&str, usize> = HashMap::new();
        for c in commits {
            if !gitlog::is_bot(&c.email, &c.name) {
                *by.entry(c.email.as_str()).or_default() += 1;
            }
        }
        let Some((top, _)) = by.iter().max_by_key(|(e, n)| (**n, std::cmp::Reverse(**e))) else {
            continue;
        };
        let others: Vec<(&str, &[gitlog::RepoCommit])> = clones
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (n, c))| (n.as_str(), c.as_slice()))
            .collect();
        let fires = |own: bool, code: &str| -> (bool, hirelens::model::Repository) {
            let f = gitlog::repo_facts(name, commits, top, own, &others);
            let hit = analyze_value(
                json!({"kind": "profile", "repositories": [f.clone()]}),
                &opts,
            )
            .map(|r| r.hints.iter().any(|h| h.code == code))
            .unwrap_or_else(|e| {
                eprintln!("{name}: {e}");
                false
            });
            (hit, f)
        };
        let (own119, _) = fires(true, "HL119");
        let (team119, f) = fires(false, "HL119");
        let (copy120, _) = fires(false, "HL120");
        fired_own += usize::from(own119);
        fired_team += usize::from(team119);
        fired_copy += usize::from(copy120);
        println!(
            "{name}\t{}\t{:.0} %\t{}\t{}\t{}\t{}\t{}\t{}",
            f.commits.unwrap_or(0),
            100.0 * f64::from(f.author_commits.unwrap_or(0))
                / f64::from(f.commits.unwrap_or(1).max(1)),
            f.other_authors.unwrap_or(0),
            f.rewritten_commits.unwrap_or(0),
            f.copied_commits.unwrap_or(0),
            own119,
            team119,
            copy120
        );
    }
    println!(
        "\n{} clones: HL119 fires on {fired_team} as read by the CLI (not under the person's account), on {fired_own} if each were presented as its top author's own; HL120 fires on {fired_copy}.",
        clones.len()
    );
}
