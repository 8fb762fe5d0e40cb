//! Helpers for the same-person comparisons (HL113–HL115): the profile's
//! `same_person` profiles (contract v1.1) and how to name each side.
//!
//! The rules compare claims of one profile with claims of another profile
//! of the same person (the LinkedIn profile an Upwork profile links to, or
//! the caller's own matching, e.g. `hirelens check A --same-person B`).
//! Evidence names both sides by their field paths in the one document.

use super::claims::value_evidence;
use crate::analysis::Analysis;
use crate::model::{Employment, Profile};
use crate::report::Evidence;

/// One other profile of the person, with the path prefix of its fields.
pub struct Other<'a> {
    pub p: &'a Profile,
    /// `same_person[0].` (or `profile.same_person[0].`).
    pub pre: String,
    /// How messages name it: "the LinkedIn profile" or "the other profile".
    pub label: String,
}

/// The subject profile and its other profiles.
pub fn others<'a>(a: &Analysis<'a>) -> Option<(&'a Profile, Vec<Other<'a>>)> {
    let p = a.profile?;
    if p.same_person.is_empty() {
        return None;
    }
    let v = p
        .same_person
        .iter()
        .enumerate()
        .map(|(i, o)| Other {
            p: o,
            pre: format!("{}same_person[{i}].", a.profile_prefix),
            label: label(o),
        })
        .collect();
    Some((p, v))
}

/// "the LinkedIn profile", "the GitHub profile", "the other profile".
pub fn label(p: &Profile) -> String {
    let platform = p
        .platform
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let from_url = || {
        let u = p.url.as_deref()?;
        let host = u.split("//").nth(1).unwrap_or(u).split('/').next()?;
        let host = host.trim_start_matches("www.");
        let name = host.split('.').next()?;
        (!name.is_empty()).then(|| name.to_owned())
    };
    // profiles a corpus attached carry the id of the document they came from
    let id =
        p.id.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| format!(" ({s})"))
            .unwrap_or_default();
    match platform.map(str::to_owned).or_else(from_url) {
        Some(n) => {
            let n = match n.to_ascii_lowercase().as_str() {
                "linkedin" => "LinkedIn".to_owned(),
                "github" => "GitHub".to_owned(),
                "upwork" => "Upwork".to_owned(),
                "fiverr" => "Fiverr".to_owned(),
                "freelancer" => "Freelancer.com".to_owned(),
                _ => n,
            };
            format!("the {n} profile{id}")
        }
        None => format!("the other profile{id}"),
    }
}

/// Evidence for a string value at `path`.
pub fn ev(path: String, value: &str) -> Evidence {
    value_evidence(path, value.to_owned())
}

/// Whether a role is freelance or contract work (often left off LinkedIn,
/// or listed only there): such roles are never "missing" on the other side.
pub fn is_freelance(e: &Employment) -> bool {
    let blob = format!(
        "{} {}",
        e.title.as_deref().unwrap_or(""),
        e.company.as_deref().unwrap_or("")
    )
    .to_lowercase();
    [
        "freelance",
        "self-employed",
        "self employed",
        "independent",
        "contract",
        "consultant",
        "upwork",
        "fiverr",
        "toptal",
        "freelancer",
        "own business",
        "various clients",
    ]
    .iter()
    .any(|k| blob.contains(k))
}
