//! HL313 watchlist-match: an e-mail, handle, wallet or phone number on the
//! user's own watchlist (`Options::watchlist`, CLI `--watchlist FILE`).

use super::ofac_wallet::wallet_candidates;
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::{Author, Source};
use crate::watchlist::{email_key, handle_key, phone_key, phones_match, wallet_key};

pub static RULE: Rule = Rule {
    code: "HL313",
    name: "watchlist-match",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I60", "I46", "I59"],
    title: "Contact detail is on your watchlist",
    innocent: "Lists contain mistakes, and a contact detail can be reused after its owner gave it up; a list entry is not proof of who is writing.",
    verify: "Check where the list entry came from and when; verify the person on a camera-on call against an ID before any payment.",
    docs: Docs {
        what_it_sees: "An e-mail address, messenger or profile handle, wallet address or phone number in the freelancer's own text or profile that is on the watchlist the user supplied (`--watchlist FILE` in the CLI, `options.watchlist` in the library and the JS API). Both sides are normalized first: e-mails lower-cased (dots and `+tags` ignored where the provider ignores them), phone numbers as digits (a national number matches the same number with its country code), handles without `@` or link host, wallet addresses case-insensitively where the chain's format is. Names are never matched.",
        why_it_matters: "Security researchers and the US government have published e-mails, handles and wallets used by remote IT worker personas (I60, I46); the same contact details recur under different names (I59). An exact match of a detail the writer controls is strong; a name match is not, because many names belong to victims of identity theft.",
        innocent_explanations: "A list may be wrong or old; phone numbers are reassigned; a handle can be taken over after its first owner dropped it.",
        example: "With a watchlist `{\"label\": \"case 42\", \"emails\": [\"fast.dev+x@gmail.com\"]}`:\n\n> Write me at FastDev@gmail.com\n\nFires at high: the same Gmail mailbox.",
    },
    check,
};

enum Kind {
    Email,
    Handle,
    Wallet,
    Phone,
}

impl Kind {
    fn label(&self) -> &'static str {
        match self {
            Kind::Email => "e-mail",
            Kind::Handle => "handle",
            Kind::Wallet => "wallet",
            Kind::Phone => "phone number",
        }
    }
}

fn check(a: &Analysis, out: &mut Sink) {
    let Some(w) = &a.options.watchlist else {
        return;
    };
    let emails: Vec<String> = w.emails.iter().filter_map(|e| email_key(e)).collect();
    let handles: Vec<String> = w.handles.iter().filter_map(|h| handle_key(h)).collect();
    let wallets: Vec<String> = w
        .wallets
        .iter()
        .map(|x| wallet_key(x))
        .filter(|x| !x.is_empty())
        .collect();
    let phones: Vec<_> = w.phones.iter().filter_map(|p| phone_key(p)).collect();
    let mut hits: Vec<(Kind, String, Hit)> = Vec::new();
    let subject = |fi: usize| a.field(fi).is_some_and(|f| f.author == Author::Subject);
    // Contacts the analysis found.
    for c in a.contacts.iter().filter(|c| subject(c.field)) {
        let v = &c.contact.value;
        let hit = |needle: &str| Hit {
            field: c.field,
            range: value_range(a, c.field, &c.contact.range, needle),
        };
        match c.contact.kind {
            ContactKind::Email => {
                if email_key(v).is_some_and(|k| emails.contains(&k)) {
                    hits.push((Kind::Email, v.clone(), hit("")));
                }
            }
            ContactKind::Phone => {
                if phone_key(v).is_some_and(|k| phones.iter().any(|p| phones_match(p, &k))) {
                    hits.push((Kind::Phone, v.clone(), hit(v)));
                }
            }
            // A messenger "handle" that is a number (WhatsApp, Signal) is a phone number.
            ContactKind::Messenger(_)
                if v.starts_with('+')
                    || v.chars()
                        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-') =>
            {
                if phone_key(v).is_some_and(|k| phones.iter().any(|p| phones_match(p, &k))) {
                    hits.push((Kind::Phone, v.clone(), hit(v)));
                }
            }
            ContactKind::Messenger(_) | ContactKind::Url => {
                if let Some(k) = handle_key(v).filter(|k| handles.contains(k)) {
                    hits.push((Kind::Handle, k.clone(), hit(&k)));
                }
            }
            ContactKind::Wallet(_) => {}
        }
    }
    for (fi, f) in a.fields.iter().enumerate() {
        if f.author != Author::Subject {
            continue;
        }
        // Handle fields hold a bare handle.
        if f.source == Source::Contact
            && (f.path.ends_with("author.handle") || f.path.contains("contacts.handles["))
            && handle_key(&f.norm).is_some_and(|k| handles.contains(&k))
            && !hits.iter().any(|(_, _, h)| h.field == fi)
        {
            hits.push((
                Kind::Handle,
                f.norm.trim().to_owned(),
                Hit {
                    field: fi,
                    range: 0..f.norm.len(),
                },
            ));
        }
        // `@handle` written in prose.
        if !handles.is_empty() {
            for (at, _) in f.norm.match_indices('@') {
                let before = f.norm.get(..at).and_then(|s| s.chars().next_back());
                if before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == '_') {
                    continue; // an e-mail address
                }
                let rest = f.norm.get(at + 1..).unwrap_or_default();
                let len = rest
                    .find(|c: char| {
                        !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
                    })
                    .unwrap_or(rest.len());
                let name = rest.get(..len).unwrap_or_default().trim_end_matches('.');
                let range = at..at + 1 + name.len();
                if handle_key(name).is_some_and(|k| handles.contains(&k))
                    && !hits.iter().any(|(_, _, h)| {
                        h.field == fi && h.range.start < range.end && range.start < h.range.end
                    })
                {
                    hits.push((Kind::Handle, name.to_lowercase(), Hit { field: fi, range }));
                }
            }
        }
        if !wallets.is_empty() {
            for (r, word) in wallet_candidates(f) {
                if wallets.contains(&wallet_key(word)) {
                    hits.push((
                        Kind::Wallet,
                        word.to_owned(),
                        Hit {
                            field: fi,
                            range: r,
                        },
                    ));
                }
            }
        }
    }
    if hits.is_empty() {
        return;
    }
    crate::sort::by_key(&mut hits, |(_, _, h)| (h.field, h.range.start));
    let mut what: Vec<String> = Vec::new();
    for (k, v, _) in &hits {
        let s = format!("{} {v}", k.label());
        if !what.contains(&s) {
            what.push(s);
        }
    }
    let list = w
        .label
        .as_deref()
        .map(|l| format!("your watchlist \"{l}\""))
        .unwrap_or_else(|| "your watchlist".to_owned());
    let hits: Vec<Hit> = hits.into_iter().map(|(_, _, h)| h).collect();
    out.emit(
        &RULE,
        format!("On {list}: {}.", what.join("; ")),
        scan::evidence(a, &hits),
    );
}

/// Narrow a messenger contact's range ("Telegram: @dev") to the handle or
/// number itself ("@dev"), so the evidence names exactly what matched.
fn value_range(
    a: &Analysis,
    field: usize,
    range: &std::ops::Range<usize>,
    value: &str,
) -> std::ops::Range<usize> {
    let Some(text) = a.field(field).and_then(|f| f.norm.get(range.clone())) else {
        return range.clone();
    };
    if value.is_empty() || text.len() <= value.len() {
        return range.clone();
    }
    let start = text.len() - value.len();
    match text.get(start..) {
        Some(tail) if tail.eq_ignore_ascii_case(value) => {
            let at = usize::from(text.get(..start).is_some_and(|h| h.ends_with('@')));
            range.start + start - at..range.end
        }
        _ => range.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;
    use crate::{Options, Watchlist};

    fn opts() -> Options {
        Options {
            watchlist: Some(Watchlist {
                label: Some("case 42".into()),
                emails: vec!["fast.dev+x@gmail.com".into()],
                handles: vec!["@Ghost_Coder".into(), "https://t.me/nightdev".into()],
                wallets: vec!["0xAbCdEf0123456789abcdef0123456789ABCDEF01".into()],
                phones: vec!["+81 90-1234-5678".into()],
            }),
            ..Options::default()
        }
    }

    #[test]
    fn each_kind_matches_after_normalization() {
        let h = run_with(
            &RULE,
            message(
                "Write me at FastDev@gmail.com or Telegram: @NightDev. Call 090-1234-5678. \
                 USDT: 0xabcdef0123456789ABCDEF0123456789abcdef01. GitHub @ghost_coder.",
            ),
            &opts(),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(
            texts(&h),
            [
                "FastDev@gmail.com",
                "@NightDev",
                "090-1234-5678",
                "0xabcdef0123456789ABCDEF0123456789abcdef01",
                "@ghost_coder"
            ]
        );
        assert!(
            h[0].message
                .starts_with("On your watchlist \"case 42\": e-mail fastdev@gmail.com"),
            "{}",
            h[0].message
        );
    }

    #[test]
    fn profile_contact_fields() {
        let h = run_with(
            &RULE,
            serde_json::json!({"kind": "profile", "name": "Daniel Kim",
                "contacts": {"handles": ["ghost_coder"], "phones": ["+819012345678"]}}),
            &opts(),
        );
        let fields: Vec<_> = h[0].evidence.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["contacts.phones[0]", "contacts.handles[0]"]);
    }

    #[test]
    fn near_misses_and_names_do_not_fire() {
        let h = run_with(
            &RULE,
            message(
                "I'm Ghost Coder. Mail fastdev@outlook.com or fast.dev.x@gmail.com, phone 090-1234-5679, \
                 handle @ghost_coder2, wallet 0xabcdef0123456789abcdef0123456789abcdef02.",
            ),
            &opts(),
        );
        assert!(h.is_empty(), "{h:?}");
        // no watchlist, no hint
        assert!(run(&RULE, message("Write me at fastdev@gmail.com")).is_empty());
    }

    #[test]
    fn client_text_does_not_count() {
        let h = run_with(
            &RULE,
            thread(&[("client", "Is fastdev@gmail.com your address?")]),
            &opts(),
        );
        assert!(h.is_empty());
    }
}
