//! One person across documents: which documents of a [`Corpus`](super::Corpus)
//! are the same person's, and the claims the corpus keeps to compare them.
//!
//! Two documents are tied to one person by an explicit link only:
//!
//! * a profile's own links (`contacts.links`) name the other profile's
//!   `url` (an Upwork profile linking its LinkedIn or GitHub profile or a
//!   portfolio page that is itself a profile), either way round;
//! * the same persona: a proposal or message whose `author.profile_id`
//!   (or embedded `profile.id`) names a profile seen before.
//!
//! Names, photos or writing style never tie documents to one person (those
//! are the linkage hints HL401–HL405, which look for one operator behind
//! different names, the opposite question).
//!
//! For the comparison the corpus keeps, per document with a profile, its
//! *claims*: name, location, UTC offset, employment, education and
//! languages (no free text, no contact details). In memory they are plain;
//! in [`Corpus::to_bytes`](super::Corpus::to_bytes) they are sealed with the
//! corpus key (an HMAC-SHA-256 keystream and tag, synthetic IV), so a blob
//! stored without its key does not show them.

use super::hash::hmac_sha256;
use crate::date::PartialDate;
use crate::model::{Document, Profile};
use serde_json::Value;

/// Most other documents of one person compared with a new one.
pub const MAX_SAME_PERSON: usize = 4;

/// A link or profile address as a key: scheme, `www.`, query, fragment and
/// trailing slash dropped, lower case (`https://www.linkedin.com/in/ann/`
/// and `linkedin.com/in/ann` are one key).
pub fn url_key(u: &str) -> String {
    let u = u.trim().to_lowercase();
    let u = u.split_once("://").map_or(u.as_str(), |(_, r)| r);
    let u = u.trim_start_matches("www.");
    let u = u.split(['?', '#']).next().unwrap_or(u);
    u.trim_end_matches('/').to_owned()
}

/// The profile a document carries: the document itself, or its embedded `profile`.
pub fn profile_of(doc: &Document) -> Option<&Profile> {
    match doc {
        Document::Profile(p) => Some(p),
        Document::Proposal(p) => p.profile.as_deref(),
        Document::Message(m) => m.profile.as_deref(),
        Document::Thread(t) => t.profile.as_deref(),
    }
}

pub(crate) fn profile_of_mut(doc: &mut Document) -> Option<&mut Profile> {
    match doc {
        Document::Profile(p) => Some(p),
        Document::Proposal(p) => p.profile.as_deref_mut(),
        Document::Message(m) => m.profile.as_deref_mut(),
        Document::Thread(t) => t.profile.as_deref_mut(),
    }
}

/// The persona id of a document: a profile's `id`, a proposal's or
/// message's `author.profile_id` (else its embedded profile's `id`).
pub fn persona_id(doc: &Document) -> Option<&str> {
    let id = match doc {
        Document::Profile(p) => p.id.as_deref(),
        Document::Proposal(p) => p
            .author
            .as_ref()
            .and_then(|x| x.profile_id.as_deref())
            .or_else(|| p.profile.as_ref().and_then(|pr| pr.id.as_deref())),
        Document::Message(m) => m
            .author
            .as_ref()
            .and_then(|x| x.profile_id.as_deref())
            .or_else(|| m.profile.as_ref().and_then(|pr| pr.id.as_deref())),
        Document::Thread(t) => t.profile.as_ref().and_then(|pr| pr.id.as_deref()),
    };
    id.filter(|s| !s.trim().is_empty())
}

/// The profile's own address and the addresses it links to, as keys.
pub fn anchors(p: &Profile) -> (Vec<String>, Vec<String>) {
    let own: Vec<String> = p
        .url
        .as_deref()
        .map(url_key)
        .filter(|k| !k.is_empty())
        .into_iter()
        .collect();
    let mut links: Vec<String> = p
        .contacts
        .links
        .iter()
        .map(|l| url_key(l))
        .filter(|k| !k.is_empty() && !own.contains(k))
        .collect();
    crate::sort::values(&mut links);
    links.dedup();
    links.truncate(32);
    (own, links)
}

/// What is compared: the claims of a profile, nothing else.
pub fn claims(p: &Profile) -> Profile {
    Profile {
        id: p.id.clone(),
        platform: p.platform.clone(),
        url: p.url.clone(),
        name: p.name.clone(),
        location: p.location.clone(),
        utc_offset_minutes: p.utc_offset_minutes,
        languages: p.languages.clone(),
        employment: p
            .employment
            .iter()
            .map(|e| crate::model::Employment {
                description: None,
                ..e.clone()
            })
            .collect(),
        education: p.education.clone(),
        member_since: p.member_since,
        ..Profile::default()
    }
}

fn date_str(d: &PartialDate) -> String {
    match d {
        PartialDate::Present => "Present".to_owned(),
        PartialDate::Date { year, month, day } => match (month, day) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        },
    }
}

/// The claims as JSON text in the contract's own form (read back through
/// the contract's reader, [`Document::from_value`]). Built by hand: the
/// WebAssembly module carries no serde code for profiles.
pub fn claims_json(p: &Profile) -> String {
    use serde_json::Map;
    fn put(m: &mut Map<String, Value>, k: &str, v: Option<&String>) {
        if let Some(v) = v {
            m.insert(k.to_owned(), Value::String(v.clone()));
        }
    }
    fn put_date(m: &mut Map<String, Value>, k: &str, d: Option<PartialDate>) {
        if let Some(d) = d {
            m.insert(k.to_owned(), Value::String(date_str(&d)));
        }
    }
    let mut m = Map::new();
    m.insert("kind".to_owned(), Value::String("profile".to_owned()));
    put(&mut m, "id", p.id.as_ref());
    put(&mut m, "platform", p.platform.as_ref());
    put(&mut m, "url", p.url.as_ref());
    put(&mut m, "name", p.name.as_ref());
    if let Some(l) = &p.location {
        let mut o = Map::new();
        put(&mut o, "country", l.country.as_ref());
        put(&mut o, "region", l.region.as_ref());
        put(&mut o, "city", l.city.as_ref());
        m.insert("location".to_owned(), Value::Object(o));
    }
    if let Some(off) = p.utc_offset_minutes {
        m.insert("utc_offset_minutes".to_owned(), Value::from(off));
    }
    let list = |items: Vec<Map<String, Value>>| {
        Value::Array(items.into_iter().map(Value::Object).collect())
    };
    if !p.languages.is_empty() {
        let v = p.languages.iter().map(|l| {
            let mut o = Map::new();
            put(&mut o, "language", l.language.as_ref());
            put(&mut o, "level", l.level.as_ref());
            o
        });
        m.insert("languages".to_owned(), list(v.collect()));
    }
    if !p.employment.is_empty() {
        let v = p.employment.iter().map(|e| {
            let mut o = Map::new();
            put(&mut o, "title", e.title.as_ref());
            put(&mut o, "company", e.company.as_ref());
            put_date(&mut o, "start", e.start);
            put_date(&mut o, "end", e.end);
            put(&mut o, "location", e.location.as_ref());
            o
        });
        m.insert("employment".to_owned(), list(v.collect()));
    }
    if !p.education.is_empty() {
        let v = p.education.iter().map(|e| {
            let mut o = Map::new();
            put(&mut o, "school", e.school.as_ref());
            put(&mut o, "degree", e.degree.as_ref());
            put_date(&mut o, "start", e.start);
            put_date(&mut o, "end", e.end);
            put(&mut o, "location", e.location.as_ref());
            o
        });
        m.insert("education".to_owned(), list(v.collect()));
    }
    put_date(&mut m, "member_since", p.member_since);
    Value::Object(m).to_string()
}

/// Claims read back (`None` when the text is not a profile's claims).
pub fn claims_from_json(s: &str) -> Option<Profile> {
    match Document::from_json(s).ok()? {
        Document::Profile(p) => Some(p),
        _ => None,
    }
}

/// Whether a profile has any claim worth comparing.
pub fn has_claims(p: &Profile) -> bool {
    p.name.is_some()
        || p.location.is_some()
        || p.utc_offset_minutes.is_some()
        || !p.languages.is_empty()
        || !p.employment.is_empty()
        || !p.education.is_empty()
}

fn keystream_xor(key: &[u8], iv: &[u8; 16], data: &mut [u8]) {
    for (i, chunk) in data.chunks_mut(32).enumerate() {
        let mut msg = Vec::with_capacity(40);
        msg.extend_from_slice(b"hirelens claims stream\0");
        msg.extend_from_slice(iv);
        msg.extend_from_slice(&(i as u64).to_le_bytes());
        let ks = hmac_sha256(key, &msg);
        for (b, k) in chunk.iter_mut().zip(ks.iter()) {
            *b ^= *k;
        }
    }
}

fn siv(key: &[u8], plain: &[u8]) -> [u8; 16] {
    let mut msg = Vec::with_capacity(plain.len() + 24);
    msg.extend_from_slice(b"hirelens claims siv\0");
    msg.extend_from_slice(plain);
    let d = hmac_sha256(key, &msg);
    let mut iv = [0u8; 16];
    for (o, b) in iv.iter_mut().zip(d.iter()) {
        *o = *b;
    }
    iv
}

/// Seal claims (JSON text) with the corpus key: 16-byte synthetic IV, then
/// the text XOR an HMAC-SHA-256 keystream. Equal claims seal equally (the
/// IV is derived from them), so no keystream is ever reused on different text.
pub fn seal(key: &[u8], plain: &str) -> Vec<u8> {
    let iv = siv(key, plain.as_bytes());
    let mut out = Vec::with_capacity(16 + plain.len());
    out.extend_from_slice(&iv);
    let mut body = plain.as_bytes().to_vec();
    keystream_xor(key, &iv, &mut body);
    out.extend_from_slice(&body);
    out
}

/// Open sealed claims; `None` when the key is wrong or the bytes were changed.
pub fn open(key: &[u8], sealed: &[u8]) -> Option<String> {
    let (iv, body) = sealed.split_at_checked(16)?;
    let mut ivb = [0u8; 16];
    ivb.copy_from_slice(iv);
    let mut plain = body.to_vec();
    keystream_xor(key, &ivb, &mut plain);
    if siv(key, &plain) != ivb {
        return None;
    }
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn url_keys_ignore_scheme_www_query_and_slash() {
        assert_eq!(
            url_key("https://www.LinkedIn.com/in/ann-example/?trk=x#a"),
            "linkedin.com/in/ann-example"
        );
        assert_eq!(
            url_key("linkedin.com/in/ann-example"),
            "linkedin.com/in/ann-example"
        );
        assert_eq!(url_key("  "), "");
    }

    #[test]
    fn claims_read_back_as_they_were() {
        let doc = Document::from_value(serde_json::json!({"kind": "profile", "id": "p",
            "url": "https://x.example/p", "platform": "linkedin", "name": "Ann",
            "overview": "free text is not kept",
            "location": {"country": "US", "region": "TX", "city": "Austin"},
            "utc_offset_minutes": -360,
            "languages": [{"language": "English", "level": "native"}],
            "employment": [{"company": "Acme", "title": "Dev", "start": "2019-01", "end": "Present"},
                           {"company": "B", "start": "2015", "end": "2018-03-02"}],
            "education": [{"school": "S", "degree": "BSc", "start": "2010", "end": "2014"}],
            "member_since": "2020-05",
            "contacts": {"emails": ["ann@example.com"]}}))
        .unwrap();
        let p = profile_of(&doc).unwrap();
        let json = claims_json(p);
        assert!(
            !json.contains("free text") && !json.contains("ann@example.com"),
            "{json}"
        );
        assert_eq!(claims_from_json(&json).unwrap(), claims(p));
    }

    #[test]
    fn sealed_claims_open_with_the_key_only() {
        let s = seal(b"k1", r#"{"name":"Ann"}"#);
        assert!(!s.windows(3).any(|w| w == b"Ann"));
        assert_eq!(open(b"k1", &s).as_deref(), Some(r#"{"name":"Ann"}"#));
        assert_eq!(open(b"k2", &s), None);
        let mut bad = s.clone();
        if let Some(b) = bad.last_mut() {
            *b ^= 1;
        }
        assert_eq!(open(b"k1", &bad), None);
        assert_eq!(open(b"k1", &s[..10]), None);
        // equal claims seal equally, different claims differently
        assert_eq!(seal(b"k1", "x"), seal(b"k1", "x"));
        assert_ne!(seal(b"k1", "x")[..16], seal(b"k1", "y")[..16]);
    }
}
