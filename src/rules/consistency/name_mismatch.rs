//! HL106 name-mismatch: a different person's name in sign-offs, author names, e-mails or handles.

use super::claims::{
    GIVEN_NAMES, fold, is_latin, name_tokens, names_compatible, token_in_blob, tokens_match,
};
use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::{Author, Field, Source, re};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL106",
    name: "name-mismatch",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I01", "I12"],
    title: "Another person's name appears",
    innocent: "A shared family or company e-mail, an old address, a nickname or an English name used at work, or a colleague signing on someone's behalf.",
    verify: "Ask who the other name belongs to, and compare the name on a camera-on call, the contract and the payee with the profile.",
    docs: Docs {
        what_it_sees: "The profile name (or the author name of a proposal or message when there is no profile) against: the author names of the freelancer's messages; the name in a sign-off at the end of the freelancer's proposal or messages (\"Best regards,\\nKevin\") or in \"my name is …\" / \"Hi, I'm …\"; and personal names in the local part of the freelancer's e-mail addresses and in handles. Names are folded (case, diacritics, look-alike letters), compared token by token and tolerate order, initials, short forms, common nicknames (Bob/Robert, Sasha/Aleksandr) and transliteration variants (Lee/Yi/Rhee, Sergey/Serhii). It fires only when *no* token matches. A different name in a sign-off, author name or self-introduction is `medium`; one only in an e-mail address or handle is `low`, and an address counts only when it looks like a personal name (a common given name, or first.last), not \"info@\" or \"rustmaster99\". Names in different scripts are not compared. Payee names are left to the payment rules.",
        why_it_matters: "A name that differs between the profile, the sign-off, the e-mail address and the payment details is the first red flag the US advisory of May 2022 lists (I01); researchers tracking personas found e-mail addresses carrying another person's name (I12).",
        innocent_explanations: "Many people use an English name at work or a nickname the table does not know; couples and families share an address; e-mail addresses outlive name changes (marriage); an assistant or agency colleague may write on someone's behalf and sign with their own name.",
        example: "> name: \"Daniel Kim\"; message: \"I can start tomorrow.\\n\\nBest regards,\\nKevin\"\n\nFires at medium: \"The sign-off names \\\"Kevin\\\", which shares no part with the profile name \\\"Daniel Kim\\\".\"",
    },
    check,
};

static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?im)^[ \t]*(?:(?:best|kind|warm|warmest|many|with\s+best)\s+(?:regards|wishes|thanks)|best|regards|sincerely(?:\s+yours)?|yours(?:\s+(?:sincerely|truly|faithfully))?|thanks(?:\s+(?:again|a\s+lot|and\s+regards))?|thank\s+you|cheers|respectfully|all\s+the\s+best|cordially)",
        r"[ \t]*(?:[,.!\-–—][ \t]*)?(?:\r?\n[ \t]*)+",
        r"((?-i:\p{Lu}[\p{L}'’\-]+|\p{Lo}+)(?:[ \t]+(?-i:\p{Lu}\.?|\p{Lu}[\p{L}'’\-]+))?(?:[ \t]+(?-i:\p{Lu}[\p{L}'’\-]+))?)[ \t]*\.?[ \t]*$",
        r"|(?im)^[ \t]*(?:(?:best|kind|warm|warmest)\s+regards|regards|sincerely|yours\s+(?:sincerely|truly|faithfully))[ \t]*[,\-–—][ \t]*",
        r"((?-i:\p{Lu}[\p{L}'’\-]+)(?:[ \t]+(?-i:\p{Lu}\.?|\p{Lu}[\p{L}'’\-]+)){0,2})[ \t]*\.?[ \t]*$",
    ))
});

/// First words of the sign-off formulas in [`SIGN_OFF`], lower-case: every
/// match starts, after spaces and tabs at the start of a line, with one of them.
const SIGN_OFF_STARTS: [&str; 14] = [
    "best",
    "kind",
    "warm",
    "many",
    "with",
    "regards",
    "sincerely",
    "yours",
    "thanks",
    "thank",
    "cheers",
    "respectfully",
    "all",
    "cordially",
];

/// Whether some line of `text` could begin a [`SIGN_OFF`] match: after the
/// line's leading spaces and tabs, one of [`SIGN_OFF_STARTS`] in any ASCII
/// case, or a character outside ASCII in its first 12 bytes (which Unicode case
/// folding could still match: K for the KELVIN SIGN, s for LONG S).
/// Most texts have no such line, and then the pattern, the costliest of the
/// consistency rules to build, is neither built nor run.
fn may_sign_off(text: &str) -> bool {
    text.split('\n').any(|line| {
        let rest = line.trim_start_matches([' ', '\t']).as_bytes();
        rest.iter().take(12).any(|c| !c.is_ascii())
            || SIGN_OFF_STARTS.iter().any(|w| {
                rest.get(..w.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes()))
            })
    })
}

fn sign_off_captures(text: &str) -> impl Iterator<Item = regex::Captures<'_>> {
    may_sign_off(text)
        .then(|| SIGN_OFF.captures_iter(text))
        .into_iter()
        .flatten()
}

static INTRO: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i:\bmy\s+name\s+is|\bmy\s+name's)\s+((?-i:\p{Lu}[\p{L}'’\-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’\-]+))?)",
        r"|(?i:^\s*(?:hi|hello|hey|dear\s+\w+)[,!.]?\s+(?:i'm|i\s+am|this\s+is))\s+((?-i:\p{Lu}[\p{L}'’\-]+)(?:\s+(?-i:\p{Lu}[\p{L}'’\-]+))?)\b",
    ))
});

/// `INTRO` for ASCII text: each class replaced by its ASCII part (`\p{Lu}`
/// by `[A-Z]`, `\p{L}` by `[A-Za-z]`, `\s` by `[\t\n\x0B\x0C\r ]`, `\w` by
/// `[0-9A-Za-z_]`, and the `’` that ASCII text cannot hold left out), the
/// same groups in the same order. On ASCII text the two find the same
/// matches (under `(?i)` Unicode adds to ASCII letters only characters outside
/// ASCII); this one builds in a fraction of the time.
static INTRO_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i:\bmy[\t\n\x0B\x0C\r ]+name[\t\n\x0B\x0C\r ]+is|\bmy[\t\n\x0B\x0C\r ]+name's)[\t\n\x0B\x0C\r ]+((?-i:[A-Z][A-Za-z'\-]+)(?:[\t\n\x0B\x0C\r ]+(?-i:[A-Z][A-Za-z'\-]+))?)",
        r"|(?i:^[\t\n\x0B\x0C\r ]*(?:hi|hello|hey|dear[\t\n\x0B\x0C\r ]+[0-9A-Za-z_]+)[,!.]?[\t\n\x0B\x0C\r ]+(?:i'm|i[\t\n\x0B\x0C\r ]+am|this[\t\n\x0B\x0C\r ]+is))[\t\n\x0B\x0C\r ]+((?-i:[A-Z][A-Za-z'\-]+)(?:[\t\n\x0B\x0C\r ]+(?-i:[A-Z][A-Za-z'\-]+))?)\b",
    ))
});

/// Self-introductions in `f`: none without "name" or a greeting at the
/// start (what `INTRO`'s two alternatives need), else `INTRO`, or
/// `INTRO_ASCII` on ASCII text.
fn intro_captures(f: &Field) -> impl Iterator<Item = regex::Captures<'_>> {
    let text = f.norm.as_str();
    let start = text.trim_start_matches(char::is_whitespace).as_bytes();
    let greeting = ["hi", "he", "dear"].iter().any(|g| {
        start
            .get(..g.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(g.as_bytes()))
    });
    let may = greeting || f.gate_words().has("name");
    #[cfg(any(test, feature = "gate-check"))]
    assert!(may || !INTRO.is_match(text), "INTRO gate: {text:?}");
    #[cfg(any(test, feature = "gate-check"))]
    if may && text.is_ascii() {
        let spans = |r: &Regex| -> Vec<Vec<Option<std::ops::Range<usize>>>> {
            r.captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                .collect()
        };
        assert_eq!(spans(&INTRO_ASCII), spans(&INTRO), "ASCII twin: {text:?}");
    }
    may.then(|| {
        if text.is_ascii() {
            INTRO_ASCII.captures_iter(text)
        } else {
            INTRO.captures_iter(text)
        }
    })
    .into_iter()
    .flatten()
}

/// Capitalised words that follow "I'm" or end a letter without being names.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "here",
    "glad",
    "happy",
    "excited",
    "available",
    "interested",
    "writing",
    "sorry",
    "ready",
    "sure",
    "confident",
    "looking",
    "team",
    "regards",
    "thanks",
    "thank",
    "sincerely",
    "best",
    "cheers",
    "senior",
    "full",
    "freelancer",
    "developer",
    "engineer",
    "designer",
    "from",
    "your",
    "yours",
    "hr",
    "ceo",
    "cto",
    "manager",
    "support",
    "admin",
    "love",
    "hope",
    "again",
    "you",
    "me",
    "us",
    "all",
];

/// Words that make an address or handle generic rather than personal.
const NOT_PERSONAL: &[&str] = &[
    "dev",
    "developer",
    "devs",
    "code",
    "coder",
    "coding",
    "web",
    "soft",
    "software",
    "tech",
    "info",
    "contact",
    "admin",
    "hello",
    "hi",
    "mail",
    "email",
    "team",
    "office",
    "support",
    "sales",
    "hr",
    "jobs",
    "job",
    "work",
    "works",
    "pro",
    "master",
    "guru",
    "ninja",
    "star",
    "super",
    "top",
    "best",
    "expert",
    "official",
    "the",
    "my",
    "real",
    "fast",
    "smart",
    "design",
    "designer",
    "studio",
    "app",
    "apps",
    "digital",
    "it",
    "net",
    "online",
    "career",
    "careers",
    "hire",
    "me",
    "service",
    "services",
    "solutions",
    "lab",
    "labs",
    "global",
    "group",
    "agency",
    "media",
    "data",
    "cloud",
    "ai",
    "crypto",
    "web3",
    "blockchain",
    "full",
    "stack",
    "fullstack",
    "front",
    "back",
    "end",
    "mobile",
    "ios",
    "android",
    "game",
    "games",
    "noreply",
    "no",
    "reply",
    "billing",
    "accounts",
    "finance",
    "business",
    "company",
    "corp",
    "inc",
    "llc",
    "ltd",
];

/// (what kind of place, the name or address found, where).
type Finds = Vec<(&'static str, String, Evidence)>;

struct Reference<'a> {
    field: &'a Field,
    tokens: Vec<String>,
}

fn reference<'a>(a: &'a Analysis) -> Option<Reference<'a>> {
    let f = a
        .fields
        .iter()
        .find(|f| f.source == Source::Name && f.author == Author::Subject)
        .or_else(|| {
            a.fields
                .iter()
                .find(|f| f.source == Source::AuthorName && f.author == Author::Subject)
        })?;
    let tokens = name_tokens(&f.norm);
    if tokens.iter().all(|t| t.len() < 2) {
        return None;
    }
    Some(Reference { field: f, tokens })
}

/// Whether two names can be compared and do not share any part.
fn disjoint(reference: &[String], other: &[String]) -> bool {
    if other.iter().all(|t| t.len() < 2) {
        return false;
    }
    match (is_latin(reference), is_latin(other)) {
        (true, true) => !names_compatible(reference, other),
        (false, false) => !reference.iter().any(|r| {
            other.iter().any(|o| {
                r == o
                    || (r.chars().count() >= 2 && o.contains(r.as_str()))
                    || (o.chars().count() >= 2 && r.contains(o.as_str()))
            })
        }),
        _ => false, // different scripts: not comparable offline
    }
}

/// Personal-name parts of an e-mail local part or a handle, when it looks
/// like a personal name at all.
fn personal_parts(local: &str) -> Option<(String, Vec<String>)> {
    let folded = fold(local);
    let parts: Vec<String> = folded
        .split_whitespace()
        .filter(|p| p.len() >= 2)
        .map(str::to_owned)
        .collect();
    if parts.is_empty() || parts.iter().any(|p| NOT_PERSONAL.contains(&p.as_str())) {
        return None;
    }
    let blob: String = parts.concat();
    let given = parts.iter().any(|p| GIVEN_NAMES.contains(&p.as_str()));
    let first_last = parts.len() == 2
        && local.contains(['.', '_'])
        && parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_lowercase()));
    (given || first_last).then_some((blob, parts))
}

fn address_matches(reference: &[String], blob: &str, parts: &[String]) -> bool {
    reference
        .iter()
        .filter(|t| t.len() >= 2)
        .any(|t| token_in_blob(t, blob) || parts.iter().any(|p| tokens_match(t, p)))
        || parts.iter().any(|p| are_initials(p, reference))
}

/// Whether a short part is made of the initials of the reference name's
/// tokens, in any order: "mj" for "Lee Min-jun", "dk" for "Daniel Kim".
fn are_initials(part: &str, reference: &[String]) -> bool {
    if !(2..=3).contains(&part.len()) {
        return false;
    }
    let mut used = vec![false; reference.len()];
    part.chars().all(|c| {
        let hit = reference
            .iter()
            .enumerate()
            .find(|(i, t)| !used.get(*i).copied().unwrap_or(true) && t.starts_with(c));
        match hit {
            Some((i, _)) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                true
            }
            None => false,
        }
    })
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(r) = reference(a) else {
        return;
    };
    let mut strong: Finds = Vec::new();
    let mut weak: Finds = Vec::new();
    // Other author names of the subject.
    for f in a
        .fields
        .iter()
        .filter(|f| f.source == Source::AuthorName && f.author == Author::Subject)
    {
        if std::ptr::eq(f, r.field) {
            continue;
        }
        if disjoint(&r.tokens, &name_tokens(&f.norm)) {
            strong.push(("author name", f.norm.trim().to_owned(), f.evidence_all()));
        }
    }
    // Sign-offs and self-introductions in the subject's prose.
    for (_, f) in a.subject_prose() {
        if !matches!(
            f.source,
            Source::ProposalText | Source::MessageText | Source::Overview
        ) {
            continue;
        }
        let tail_start = f.norm.len().saturating_sub(400);
        for c in sign_off_captures(&f.norm) {
            let Some(m) = c.get(1).or_else(|| c.get(2)) else {
                continue;
            };
            if m.start() < tail_start {
                continue;
            }
            consider(&r, f, m, "sign-off", &mut strong);
        }
        for c in intro_captures(f) {
            let Some(m) = c.get(1).or_else(|| c.get(2)) else {
                continue;
            };
            consider(&r, f, m, "self-introduction", &mut strong);
        }
    }
    // E-mail addresses and handles.
    for c in &a.contacts {
        let Some(f) = a.field(c.field) else { continue };
        if f.author != Author::Subject {
            continue;
        }
        let local = match c.contact.kind {
            ContactKind::Email => c.contact.value.split('@').next().unwrap_or_default(),
            ContactKind::Messenger(_) => c.contact.value.trim_start_matches('@'),
            _ => continue,
        };
        if let Some((blob, parts)) = personal_parts(local) {
            if !address_matches(&r.tokens, &blob, &parts) {
                weak.push((
                    c.contact.kind.label(),
                    c.contact.value.clone(),
                    f.evidence(c.contact.range.clone()),
                ));
            }
        }
    }
    for f in a.fields.iter().filter(|f| {
        f.author == Author::Subject
            && (f.path.ends_with("author.handle") || f.path.contains("contacts.handles["))
    }) {
        let local = f.norm.trim().trim_start_matches('@');
        if local.contains('@') {
            continue; // an e-mail, found above
        }
        if let Some((blob, parts)) = personal_parts(local) {
            if !address_matches(&r.tokens, &blob, &parts) {
                weak.push(("handle", local.to_owned(), f.evidence_all()));
            }
        }
    }
    let profile_name = r.field.norm.trim().to_owned();
    let (sev, found) = if !strong.is_empty() {
        strong.extend(weak);
        (Severity::Medium, strong)
    } else if !weak.is_empty() {
        (Severity::Low, weak)
    } else {
        return;
    };
    let mut ev = vec![r.field.evidence_all()];
    ev.extend(found.iter().map(|(_, _, e)| e.clone()));
    let msg = match found.as_slice() {
        [(kind, value, _)] => format!(
            "The {kind} names \"{value}\", which shares no part with the profile name \"{profile_name}\"."
        ),
        _ => {
            let list: Vec<String> = found
                .iter()
                .take(4)
                .map(|(kind, value, _)| format!("\"{value}\" ({kind})"))
                .collect();
            format!(
                "Names that share no part with the profile name \"{profile_name}\": {}.",
                list.join(", ")
            )
        }
    };
    out.emit_at(&RULE, sev, msg, ev);
}

fn consider(r: &Reference, f: &Field, m: regex::Match, what: &'static str, out: &mut Finds) {
    let name = m.as_str().trim();
    let tokens = name_tokens(name);
    if tokens.iter().any(|t| NOT_NAMES.contains(&t.as_str())) {
        return;
    }
    if disjoint(&r.tokens, &tokens) {
        out.push((what, name.to_owned(), f.evidence(m.range())));
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_run;
    use super::*;
    use serde_json::json;

    #[test]
    fn the_ascii_intro_pattern_matches_as_the_full_one_on_ascii_text() {
        let texts = [
            "Hi, I'm Daniel, a senior engineer.",
            "  hello I am Anna-Marie O'Neil here",
            "HEY this is Kim Lee",
            "Dear team, I'm Alex",
            "dear  Sir!  I am Jo- and more",
            "Hi I'm daniel",
            "Hi, I am A B",
            "x Hi, I'm Daniel",
            "So, my name is John Smith. My name's Bob.",
            "MY NAME IS JOHN",
            "my\tname\x0bis Ann-\nMarie",
            "\r\nhi\x0c I'm Z'",
            "Hello, this is Mr_X Y",
            "my name's  O'Hara-Smith Jr",
        ];
        for t in texts {
            let caps = |r: &Regex| -> Vec<Vec<Option<std::ops::Range<usize>>>> {
                r.captures_iter(t)
                    .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                    .collect()
            };
            assert_eq!(caps(&INTRO), caps(&INTRO_ASCII), "{t:?}");
        }
        assert!(INTRO_ASCII.is_match("Hi, I'm Daniel"));
    }

    fn thread(name: &str, texts: &[&str]) -> serde_json::Value {
        let messages: Vec<_> = texts
            .iter()
            .map(|t| json!({"role":"freelancer","text":t}))
            .collect();
        json!({"kind":"thread","profile":{"name":name},"messages":messages})
    }

    #[test]
    fn sign_off_with_another_name_is_medium() {
        let hints = test_run(
            &RULE,
            thread(
                "Daniel Kim",
                &["I can start tomorrow.\n\nBest regards,\nKevin"],
            ),
        );
        assert_eq!(hints.len(), 1, "{hints:?}");
        let h = &hints[0];
        assert_eq!(h.severity, Severity::Medium);
        assert_eq!(
            h.message,
            "The sign-off names \"Kevin\", which shares no part with the profile name \"Daniel Kim\"."
        );
        assert_eq!(h.evidence[0].field, "profile.name");
        assert_eq!(h.evidence[1].field, "messages[0].text");
        assert_eq!(h.evidence[1].text, "Kevin");
        // Same line, with a surname.
        let hints = test_run(
            &RULE,
            thread("Daniel Kim", &["Thanks.\nRegards, Kevin Lee"]),
        );
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].evidence[1].text, "Kevin Lee");
    }

    #[test]
    fn honest_variants_do_not_fire() {
        for (name, text) in [
            ("Daniel Kim", "Done.\n\nBest regards,\nDan"),
            ("Daniel Kim", "Done.\n\nBest regards,\nKim Daniel"),
            ("Robert Jones", "Done.\n\nCheers,\nBob"),
            ("José Álvarez", "Listo.\n\nSaludos\nRegards,\nJose Alvarez"),
            ("Oleksandr Petrenko", "Thanks!\nSasha"),
            ("Kim Min-su", "Thanks,\nMinsu"),
            ("Daniel Kim", "Thank you,\nD. Kim"),
            ("Daniel Kim", "Best regards,\nThe Team"),
            ("김민수", "Thanks,\nMinsu Kim"),
        ] {
            let hints = test_run(&RULE, thread(name, &[text]));
            assert!(hints.is_empty(), "{name} / {text:?}: {hints:?}");
        }
        // A thanks addressed to the client on one line is not a sign-off.
        assert!(
            test_run(
                &RULE,
                thread("Daniel Kim", &["Thank you Kevin, I will check."])
            )
            .is_empty()
        );
    }

    #[test]
    fn introductions_and_author_names() {
        let hints = test_run(
            &RULE,
            thread("Daniel Kim", &["Hi, I'm Kevin, a senior React developer."]),
        );
        assert_eq!(hints.len(), 1);
        assert_eq!(hints[0].evidence[1].text, "Kevin");
        let doc = json!({"kind":"thread","profile":{"name":"Daniel Kim"},"messages":[
            {"role":"freelancer","author":{"name":"Kevin Lee"},"text":"ok"},
            {"role":"client","author":{"name":"Maria"},"text":"Thanks,\nMaria"}]});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].evidence[1].field, "messages[0].author.name");
    }

    #[test]
    fn initials_in_a_handle_match_the_name() {
        let hints = test_run(
            &RULE,
            json!({"kind": "proposal", "author": {"name": "Lee Min-jun"},
                   "text": "카톡 아이디: mj_webdev 입니다."}),
        );
        assert!(hints.is_empty(), "{hints:?}");
        assert!(are_initials("dk", &["daniel".into(), "kim".into()]));
        assert!(!are_initials("jw", &["daniel".into(), "kim".into()]));
    }

    #[test]
    fn emails_and_handles_are_low_and_only_when_personal() {
        let doc = json!({"kind":"profile","name":"Daniel Kim",
            "contacts":{"emails":["kevin.lee92@gmail.com"],"handles":["@mike_chen"]}});
        let hints = test_run(&RULE, doc);
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].severity, Severity::Low);
        assert_eq!(hints[0].evidence.len(), 3);
        assert_eq!(
            hints[0].message,
            "Names that share no part with the profile name \"Daniel Kim\": \"kevin.lee92@gmail.com\" (e-mail), \"mike_chen\" (handle)."
        );
        for email in [
            "dkim1990@gmail.com",
            "daniel.k@outlook.com",
            "kimd@corp.com",
            "rustmaster99@gmail.com",
            "info@studio.io",
            "dev.master@mail.com",
            "danny.kim@gmail.com",
        ] {
            let doc = json!({"kind":"profile","name":"Daniel Kim","contacts":{"emails":[email]}});
            assert!(test_run(&RULE, doc).is_empty(), "{email}");
        }
    }
}
