//! HL101 unicode-spoofing: hidden, direction-changing or look-alike characters.

use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::confusables::{is_bidi_control, is_invisible, latin_lookalike};
use crate::text::{Field, Script, Source};

pub static RULE: Rule = Rule {
    code: "HL101",
    name: "unicode-spoofing",
    family: Family::Consistency,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I01", "I12", "I57"],
    title: "Name or text hides what it shows",
    innocent: "Copying text between apps can carry invisible characters, and right-to-left scripts legitimately use direction marks.",
    verify: "Compare the name as typed by the person on a call with the one on the profile and the payee name.",
    docs: Docs {
        what_it_sees: "In a name, handle or contact: bidirectional override or isolate controls, invisible characters inside a word (zero-width space, joiner, soft hyphen, Hangul filler, tag characters), or a word mixing Latin letters with Cyrillic or Greek look-alikes (\"Jоhn\" with a Cyrillic о). In free text the same signs are a low hint, since copy-paste leaves invisible characters behind. Direction marks in text that contains Arabic or Hebrew are ignored, and so are joiners inside emoji.",
        why_it_matters: "A name that displays as one string but is stored as another defeats search and duplicate checks: the same persona can reappear under a name that looks identical, and filters for words like \"Telegram\" can be dodged (I01, I12, I57).",
        innocent_explanations: "Text pasted from PDFs, word processors or chat apps can carry zero-width and soft-hyphen characters; right-to-left writers use direction marks; some keyboards produce Greek or Cyrillic letters for people who write those languages.",
        example: "> name: \"Jоhn Smith\" (the о is Cyrillic U+043E)\n\nFires at medium on the name field.",
    },
    check,
};

fn is_identity(s: Source) -> bool {
    matches!(
        s,
        Source::Name | Source::AuthorName | Source::Contact | Source::Payee
    )
}

fn check(a: &Analysis, out: &mut Sink) {
    let mut strong: Vec<Evidence> = Vec::new();
    let mut weak: Vec<Evidence> = Vec::new();
    let mut kinds: Vec<&str> = Vec::new();
    for f in &a.fields {
        let identity = is_identity(f.source);
        if !identity && !f.source.is_prose() {
            continue;
        }
        let found = scan(f, &mut kinds);
        if identity {
            strong.extend(found)
        } else {
            weak.extend(found)
        }
    }
    let what = kinds.join(", ");
    if !strong.is_empty() {
        strong.extend(weak);
        out.emit(&RULE, format!("A name or contact contains {what}: it may display differently from how it is stored."), strong);
    } else if !weak.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("The text contains {what}."),
            weak,
        );
    }
}

fn note(kinds: &mut Vec<&str>, k: &'static str) {
    if !kinds.contains(&k) {
        kinds.push(k);
    }
}

/// Evidence of hidden or look-alike characters in one field.
fn scan(f: &Field, kinds: &mut Vec<&str>) -> Vec<Evidence> {
    let mut ev = Vec::new();
    if f.original.is_ascii() {
        return ev;
    }
    let rtl = f
        .scripts
        .iter()
        .any(|(s, _)| matches!(s, Script::Arabic | Script::Hebrew));
    let chars: Vec<(usize, char)> = f.original.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|p| chars.get(p)).map(|x| x.1);
        let next = chars.get(k + 1).map(|x| x.1);
        if is_bidi_control(c) && !rtl {
            note(kinds, "direction-control characters");
            ev.push(f.evidence_original(i..i + c.len_utf8()));
        } else if is_invisible(c) {
            let joiner_in_emoji = matches!(c, '\u{200C}' | '\u{200D}')
                && (prev.is_some_and(|p| !p.is_alphanumeric())
                    || next.is_some_and(|n| !n.is_alphanumeric())
                    || !prev.is_some_and(|p| p.is_ascii()));
            let between_letters =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if !joiner_in_emoji
                && (between_letters
                    || matches!(
                        c,
                        '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}' | '\u{E0000}'
                            ..='\u{E007F}'
                    ))
            {
                note(kinds, "invisible characters");
                let s = k
                    .checked_sub(1)
                    .and_then(|p| chars.get(p))
                    .map_or(i, |x| x.0);
                let e = chars.get(k + 2).map_or(f.original.len(), |x| x.0);
                ev.push(f.evidence_original(s..e));
            }
        }
    }
    // Words mixing Latin letters with Cyrillic or Greek look-alikes.
    for w in &f.words {
        let Some(word) = f.norm.get(w.clone()) else {
            continue;
        };
        if word.is_ascii() {
            continue;
        }
        let latin = word
            .chars()
            .filter(|c| Script::of(*c) == Script::Latin)
            .count();
        let look = word
            .chars()
            .filter(|c| latin_lookalike(*c).is_some())
            .count();
        let other = word
            .chars()
            .filter(|c| {
                matches!(Script::of(*c), Script::Cyrillic | Script::Greek)
                    && latin_lookalike(*c).is_none()
            })
            .count();
        if latin > 0 && look > 0 && other == 0 {
            note(kinds, "Latin look-alike letters from another alphabet");
            ev.push(f.evidence(w.clone()));
        }
    }
    ev
}
