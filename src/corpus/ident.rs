//! Identifiers that tie documents to one operator: e-mail addresses, phone
//! numbers, messenger handles, wallet addresses, portfolio links and bank
//! accounts, in a canonical form so that trivial variants match.
//!
//! Canonical forms:
//! - e-mail: lower case; at Gmail (`gmail.com`, `googlemail.com`) dots in
//!   the local part are ignored and `+tag` is dropped, as Gmail delivers
//!   them to one mailbox; at providers that document `+` sub-addressing
//!   (Outlook/Hotmail/Live, iCloud, Proton, Fastmail, Yandex) `+tag` is
//!   dropped. Other domains keep the local part as written.
//! - phone: the last 9 digits of the number (its E.164 form is shown), so
//!   `+44 7911 123456` and `07911 123456` match.
//! - handle: lower case without `@`, whatever the messenger.
//! - wallet: EVM and bech32 addresses in lower case, base58 as written.
//! - link: host and path in lower case without scheme, `www.` or trailing
//!   `/`; bare hosts of big shared sites (github.com, linkedin.com…) are not
//!   identifiers.
//! - bank account: letters and digits only, upper case.
//! - platform identifiers (contract v1.1, see [`crate::platform::identifiers`]):
//!   a session's `device` as given; its IP address (IPv4 dotted, IPv6
//!   compressed) and the /24 or /64 network it belongs to, except through
//!   VPN, proxy, Tor or hosting networks (no network prefix for mobile
//!   carriers); a payout account like a bank account; a platform's own
//!   digest (`ip_hash`, `account_hash`) only matches itself.
//!
//! Only a keyed digest of the canonical form is stored in the corpus.

use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::text::Source;
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IdentKind {
    Email,
    Phone,
    Handle,
    Wallet,
    Link,
    BankAccount,
    /// A session's device id (contract v1.1).
    Device,
    /// A session's IP address.
    IpAddress,
    /// The /24 (IPv4) or /64 (IPv6) network of a session's address.
    IpNetwork,
    /// A payout account.
    PayoutAccount,
}

impl IdentKind {
    pub const ALL: [IdentKind; 10] = [
        IdentKind::Email,
        IdentKind::Phone,
        IdentKind::Handle,
        IdentKind::Wallet,
        IdentKind::Link,
        IdentKind::BankAccount,
        IdentKind::Device,
        IdentKind::IpAddress,
        IdentKind::IpNetwork,
        IdentKind::PayoutAccount,
    ];
    pub fn label(self) -> &'static str {
        match self {
            IdentKind::Email => "e-mail address",
            IdentKind::Phone => "phone number",
            IdentKind::Handle => "messenger handle",
            IdentKind::Wallet => "wallet address",
            IdentKind::Link => "portfolio link",
            IdentKind::BankAccount => "bank account",
            IdentKind::Device => "device",
            IdentKind::IpAddress => "IP address",
            IdentKind::IpNetwork => "IP network (/24 or /64)",
            IdentKind::PayoutAccount => "payout account",
        }
    }
    pub fn code(self) -> u8 {
        match self {
            IdentKind::Email => 1,
            IdentKind::Phone => 2,
            IdentKind::Handle => 3,
            IdentKind::Wallet => 4,
            IdentKind::Link => 5,
            IdentKind::BankAccount => 6,
            IdentKind::Device => 7,
            IdentKind::IpAddress => 8,
            IdentKind::IpNetwork => 9,
            IdentKind::PayoutAccount => 10,
        }
    }
    pub fn from_code(c: u8) -> Option<IdentKind> {
        IdentKind::ALL.into_iter().find(|k| k.code() == c)
    }
    /// Identifiers the platform logs (sessions, payouts), not contact details.
    pub fn is_platform(self) -> bool {
        matches!(
            self,
            IdentKind::Device
                | IdentKind::IpAddress
                | IdentKind::IpNetwork
                | IdentKind::PayoutAccount
        )
    }
}

/// An identifier found in a document, before hashing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub kind: IdentKind,
    /// Canonical form (what is hashed).
    pub canonical: String,
    /// As shown to a person (E.164 phone, the address as written…).
    pub display: String,
    /// Field index in the analysis and byte range in its normalized text
    /// (for a platform identifier: `usize::MAX` and the display's range).
    pub field: usize,
    pub range: Range<usize>,
    /// The contract path of a platform identifier (`sessions[3].device`),
    /// which is not a text field of the analysis.
    pub path: Option<String>,
}

/// Canonical form of an e-mail address (provider-aware): the watchlist's
/// comparison key, so a corpus link and a watchlist hit agree on what "the
/// same address" means. Something that is not an address stays lower-cased.
pub fn canonical_email(addr: &str) -> String {
    crate::watchlist::email_key(addr).unwrap_or_else(|| addr.trim().to_lowercase())
}

/// Canonical key of a phone number: its last 9 digits (None when shorter than 8).
pub fn canonical_phone(v: &str) -> Option<String> {
    let digits: Vec<char> = v.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 8 {
        return None;
    }
    Some(digits.iter().skip(digits.len().saturating_sub(9)).collect())
}

/// Hosts whose bare address says nothing about a person.
const SHARED_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "linkedin.com",
    "upwork.com",
    "freelancer.com",
    "fiverr.com",
    "google.com",
    "youtube.com",
    "facebook.com",
    "twitter.com",
    "x.com",
    "medium.com",
    "stackoverflow.com",
    "behance.net",
    "dribbble.com",
    "vercel.app",
    "netlify.app",
    "herokuapp.com",
    "github.io",
    "instagram.com",
    "t.me",
    "wa.me",
];

/// Canonical form of a link, or None for a link that names no one.
pub fn canonical_link(bare: &str) -> Option<String> {
    let v = bare.trim().to_lowercase();
    let v = v
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let v = v
        .split(['?', '#'])
        .next()
        .unwrap_or(v)
        .trim_end_matches('/');
    if v.is_empty() || SHARED_HOSTS.contains(&v) {
        return None;
    }
    // a profile path on a shared site is personal; the site alone is not
    let (host, path) = v.split_once('/').unwrap_or((v, ""));
    if SHARED_HOSTS.contains(&host) && path.trim_matches('/').is_empty() {
        return None;
    }
    Some(v.to_owned())
}

/// Canonical bank account: letters and digits, upper case (IBAN, account numbers).
pub fn canonical_account(v: &str) -> Option<String> {
    let s: String = v
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (s.chars().filter(char::is_ascii_digit).count() >= 6).then_some(s)
}

fn canonical_handle(v: &str) -> Option<String> {
    let h = v
        .trim()
        .trim_start_matches('@')
        .trim_end_matches(['.', '-', '_'])
        .to_lowercase();
    (h.len() >= 3 && h.chars().any(|c| c.is_alphanumeric())).then_some(h)
}

/// Every identifier the subject of the analysis uses, deduplicated by canonical form.
pub fn extract(a: &Analysis) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut push = |f: Found| {
        if !out
            .iter()
            .any(|o| o.kind == f.kind && o.canonical == f.canonical)
        {
            out.push(f);
        }
    };
    for c in &a.contacts {
        let Some(field) = a.fields.get(c.field) else {
            continue;
        };
        if field.author != crate::text::Author::Subject || field.path.ends_with("payment.account") {
            continue;
        }
        let v = &c.contact.value;
        let (kind, canonical, display) = match c.contact.kind {
            ContactKind::Email => (IdentKind::Email, canonical_email(v), v.clone()),
            ContactKind::Phone => match canonical_phone(v) {
                Some(p) => (IdentKind::Phone, p, v.clone()),
                None => continue,
            },
            ContactKind::Messenger(_)
                if v.starts_with('+')
                    || v.chars()
                        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-') =>
            {
                match canonical_phone(v) {
                    Some(p) => (IdentKind::Phone, p, v.clone()),
                    None => continue,
                }
            }
            ContactKind::Messenger(app) => match canonical_handle(v) {
                Some(h) => (IdentKind::Handle, h, format!("{} {v}", app.label())),
                None => continue,
            },
            ContactKind::Wallet(_) => {
                let canon = if v.starts_with("0x") || v.starts_with("0X") {
                    v.to_lowercase()
                } else {
                    v.clone()
                };
                (IdentKind::Wallet, canon, v.clone())
            }
            ContactKind::Url => match canonical_link(v) {
                Some(l) => (IdentKind::Link, l, v.clone()),
                None => continue,
            },
        };
        push(Found {
            kind,
            canonical,
            display,
            field: c.field,
            range: c.contact.range.clone(),
            path: None,
        });
    }
    // Entries the contact patterns cannot see on their own: a bare handle
    // in `contacts.handles` or `author.handle`, a bank account number.
    for (i, f) in a.fields.iter().enumerate() {
        if f.source != Source::Contact || f.author != crate::text::Author::Subject {
            continue;
        }
        let whole = 0..f.norm.len();
        let is_account = f.path.ends_with("payment.account");
        if !is_account && a.contacts.iter().any(|c| c.field == i) {
            continue;
        }
        if is_account {
            if let Some(acc) = canonical_account(&f.norm) {
                push(Found {
                    kind: IdentKind::BankAccount,
                    display: f.norm.trim().to_owned(),
                    canonical: acc,
                    field: i,
                    range: whole,
                    path: None,
                });
            }
        } else if f.path.contains("handles[") || f.path.ends_with("author.handle") {
            let raw = f.norm.rsplit([':', ' ']).next().unwrap_or(&f.norm);
            if let Some(h) = canonical_handle(raw) {
                push(Found {
                    kind: IdentKind::Handle,
                    display: f.norm.trim().to_owned(),
                    canonical: h,
                    field: i,
                    range: whole,
                    path: None,
                });
            }
        }
    }
    for f in crate::platform::identifiers(a) {
        use crate::platform::PlatformIdent as P;
        let kind = match f.kind {
            P::Device => IdentKind::Device,
            P::Ip => IdentKind::IpAddress,
            P::IpNetwork => IdentKind::IpNetwork,
            P::PayoutAccount => IdentKind::PayoutAccount,
        };
        push(Found {
            kind,
            range: 0..f.display.len(),
            canonical: f.canonical,
            display: f.display,
            field: usize::MAX,
            path: Some(f.path),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_by_provider() {
        assert_eq!(
            canonical_email("John.Doe+jobs@GoogleMail.com"),
            "johndoe@gmail.com"
        );
        assert_eq!(
            canonical_email("j.o.h.n.doe@gmail.com"),
            "johndoe@gmail.com"
        );
        assert_eq!(
            canonical_email("john.doe+x@outlook.com"),
            "john.doe@outlook.com"
        );
        // a company domain keeps dots and plus tags: they may be different mailboxes
        assert_eq!(canonical_email("john.doe+x@acme.io"), "john.doe+x@acme.io");
    }

    #[test]
    fn phones_links_accounts() {
        assert_eq!(
            canonical_phone("+44 7911 123456"),
            canonical_phone("07911123456")
        );
        assert_ne!(
            canonical_phone("+44 7911 123456"),
            canonical_phone("+44 7911 123457")
        );
        assert_eq!(canonical_link("https://www.github.com/"), None);
        assert_eq!(
            canonical_link("https://GitHub.com/fastdev/"),
            Some("github.com/fastdev".into())
        );
        assert_eq!(
            canonical_account("DE89 3704 0044 0532 0130 00"),
            Some("DE89370400440532013000".into())
        );
        assert_eq!(canonical_account("n/a"), None);
    }
}
