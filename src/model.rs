//! The v1.1 data contract: the documents HireLens reads.
//!
//! Every document is a JSON object with a required `kind`: `profile`,
//! `proposal`, `message` or `thread` (a conversation: several messages).
//! All other fields are optional; unknown fields are ignored; a wrong type
//! is an [`InputError`] naming the field path.
//!
//! v1.1 adds what a platform logs about a profile (all optional, so every
//! v1 document is a v1.1 document): `sessions`, `payouts`, `reviews` and
//! `bids`. Values no platform can produce (a session of 10⁹ minutes, a
//! rating of 11, more bids won than sent) are errors naming the field,
//! never silently used.
//!
//! v1.1 also accepts `commits` on a profile: the author dates of the
//! person's git commits, each with the UTC offset git recorded
//! (`git log --format=%aI`). A commit date without an offset is an error
//! naming the field: the offset is the whole point.

use crate::date::{PartialDate, Timestamp};
use crate::error::InputError;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Limits on what one call accepts. Text beyond `max_field_bytes` is cut at a
/// character boundary and the field is listed in `Report::truncated`.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_field_bytes: usize,
    pub max_document_bytes: usize,
    pub max_batch: usize,
    pub max_list_items: usize,
}

pub const LIMITS: Limits = Limits {
    max_field_bytes: 256 * 1024,
    max_document_bytes: 4 * 1024 * 1024,
    max_batch: 100_000,
    max_list_items: 100_000,
};

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Location {
    pub country: Option<String>,
    pub region: Option<String>,
    pub city: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Rate {
    pub amount: Option<f64>,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct LanguageClaim {
    pub language: Option<String>,
    /// As platforms show it: `native`, `bilingual`, `fluent`, `conversational`, `basic`.
    pub level: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Employment {
    pub title: Option<String>,
    pub company: Option<String>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub location: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Education {
    pub school: Option<String>,
    pub degree: Option<String>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    pub location: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Contacts {
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub links: Vec<String>,
    pub handles: Vec<String>,
    pub wallets: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Payment {
    pub payee_name: Option<String>,
    pub method: Option<String>,
    pub account: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Photo {
    /// A 64-bit perceptual hash as 16 hex digits, when the caller computed one.
    pub dhash: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Author {
    pub name: Option<String>,
    pub profile_id: Option<String>,
    pub handle: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Job {
    pub title: Option<String>,
    pub description: Option<String>,
}

/// The kind of network a session came from, as the platform's IP data classifies it.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Residential,
    Mobile,
    Business,
    Hosting,
    Vpn,
    Proxy,
    Tor,
    #[default]
    Unknown,
}

impl Network {
    pub const ALL: [Network; 8] = [
        Network::Residential,
        Network::Mobile,
        Network::Business,
        Network::Hosting,
        Network::Vpn,
        Network::Proxy,
        Network::Tor,
        Network::Unknown,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Network::Residential => "residential",
            Network::Mobile => "mobile",
            Network::Business => "business",
            Network::Hosting => "hosting",
            Network::Vpn => "vpn",
            Network::Proxy => "proxy",
            Network::Tor => "tor",
            Network::Unknown => "unknown",
        }
    }
    /// VPN, proxy, Tor or a hosting provider: the address says where the
    /// service is, not where the person is.
    pub fn is_anonymising(self) -> bool {
        matches!(
            self,
            Network::Vpn | Network::Proxy | Network::Tor | Network::Hosting
        )
    }
}

/// One login session, as the platform logged it (contract v1.1; read by
/// [`crate::contract_v11`]).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Session {
    pub at: Option<Timestamp>,
    /// Country of the IP address (ISO 3166-1 alpha-2 or a name).
    pub ip_country: Option<String>,
    pub ip_region: Option<String>,
    pub network: Option<Network>,
    /// Autonomous system number of the IP address.
    pub asn: Option<u32>,
    /// The IP address in clear (IPv4 or IPv6)...
    pub ip: Option<String>,
    /// ...or the platform's own digest of it (exact matches only).
    pub ip_hash: Option<String>,
    /// An opaque device id (the platform's fingerprint or cookie id).
    pub device: Option<String>,
    /// The browser's IANA time zone name (`Intl.DateTimeFormat().resolvedOptions().timeZone`).
    pub browser_timezone: Option<String>,
    /// `navigator.languages`.
    pub browser_languages: Vec<String>,
    pub remote_desktop: Option<bool>,
    pub duration_minutes: Option<f64>,
}

/// A payout account on the profile (contract v1.1).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Payout {
    pub method: Option<String>,
    /// The account number in clear...
    pub account: Option<String>,
    /// ...or the platform's own digest of it (exact matches only).
    pub account_hash: Option<String>,
    pub holder_name: Option<String>,
    pub country: Option<String>,
    pub added_at: Option<Timestamp>,
}

/// A review the profile received (contract v1.1).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Review {
    /// The reviewing client's id on the platform.
    pub client_id: Option<String>,
    /// 0 to 5.
    pub rating: Option<f64>,
    pub at: Option<Timestamp>,
}

/// Bidding volume (contract v1.1).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Bids {
    pub sent: Option<u32>,
    pub won: Option<u32>,
    pub since: Option<PartialDate>,
}

/// One git commit of the person (contract v1.1): the author date with the
/// UTC offset the author's machine recorded (`git log --format=%aI`).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Commit {
    /// The author date, RFC 3339 with its offset (`2024-03-01T10:00:00+09:00`).
    pub at: Option<Timestamp>,
    /// A digest of the author e-mail (the caller's own; exact matches only).
    pub author_email_hash: Option<String>,
    /// Which repository the commit is in (a name or URL).
    pub repo: Option<String>,
    /// The committer date (`%cI`), when it differs: rebases, cherry-picks and imports.
    pub committer_at: Option<Timestamp>,
    /// The commit has `Co-authored-by:` trailers: whose clock it carries is unclear.
    pub coauthored: Option<bool>,
}

/// A repository the person's commits were read from (contract v1.1;
/// `hirelens check --git` fills it from a local clone): facts of its
/// history, as counts.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Repository {
    /// A name or URL.
    pub name: Option<String>,
    /// The profile presents the repository as the person's own work (it is
    /// under an account the profile links to). Contributor counts are read
    /// only then: a project with many contributors is normal.
    pub own: Option<bool>,
    /// Commits read.
    pub commits: Option<u32>,
    /// Commits by the person (their e-mail, or a name or address it was used with).
    pub author_commits: Option<u32>,
    /// Distinct other author e-mails (after `.mailmap`; bots not counted).
    pub other_authors: Option<u32>,
    /// Commits by those other authors.
    pub other_author_commits: Option<u32>,
    /// Commits whose message and author time equal a commit of another
    /// repository given, under a different commit id.
    pub copied_commits: Option<u32>,
    /// That other repository.
    pub copied_from: Option<String>,
    /// Commits whose author date is more than a year before their commit date.
    pub rewritten_commits: Option<u32>,
    /// Days between the first and last commit date of those commits.
    pub rewrite_days: Option<u32>,
    /// Days between their first and last author date.
    pub author_span_days: Option<u32>,
}

/// The longest session the contract accepts: one year, in minutes.
pub const MAX_SESSION_MINUTES: f64 = 366.0 * 24.0 * 60.0;

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Profile {
    pub id: Option<String>,
    pub platform: Option<String>,
    pub url: Option<String>,
    pub name: Option<String>,
    pub headline: Option<String>,
    pub overview: Option<String>,
    pub location: Option<Location>,
    pub utc_offset_minutes: Option<i32>,
    pub local_time: Option<Timestamp>,
    pub hourly_rate: Option<Rate>,
    pub languages: Vec<LanguageClaim>,
    pub skills: Vec<String>,
    pub employment: Vec<Employment>,
    pub education: Vec<Education>,
    pub member_since: Option<PartialDate>,
    pub jobs_completed: Option<u32>,
    pub contacts: Contacts,
    pub activity: Vec<Timestamp>,
    pub photo: Option<Photo>,
    pub payment: Option<Payment>,
    /// v1.1: login sessions the platform logged.
    #[serde(skip_deserializing)]
    pub sessions: Vec<Session>,
    /// v1.1: payout accounts on the profile.
    #[serde(skip_deserializing)]
    pub payouts: Vec<Payout>,
    /// v1.1: reviews the profile received.
    #[serde(skip_deserializing)]
    pub reviews: Vec<Review>,
    /// v1.1: bidding volume.
    #[serde(skip_deserializing)]
    pub bids: Option<Bids>,
    /// v1.1: the person's git commits (author dates with their offsets).
    pub commits: Vec<Commit>,
    /// v1.1: repositories the commits were read from, with facts of their history.
    pub repositories: Vec<Repository>,
    /// v1.1: other profiles of the same person (the LinkedIn profile this
    /// profile links to, the caller's own matching): their claims are
    /// compared with this profile's. Their own `same_person` is not read.
    pub same_person: Vec<Profile>,
}

impl Profile {
    /// Refuse values no platform can produce, naming the field (`pre` is the
    /// profile's path prefix, `""` or `"profile."`).
    pub fn validate_platform(&self, pre: &str) -> Result<(), InputError> {
        let at_ok = |path: String, t: &Option<Timestamp>| -> Result<(), InputError> {
            if let Some(t) = t {
                let (y, _, _) = t.utc_date();
                if !(1990..=2100).contains(&y) {
                    return Err(InputError::new(
                        path,
                        format!("year {y} is outside 1990–2100"),
                    ));
                }
            }
            Ok(())
        };
        for (i, s) in self.sessions.iter().enumerate() {
            let p = format!("{pre}sessions[{i}]");
            at_ok(format!("{p}.at"), &s.at)?;
            if let Some(d) = s.duration_minutes {
                if !d.is_finite() || !(0.0..=MAX_SESSION_MINUTES).contains(&d) {
                    return Err(InputError::new(
                        format!("{p}.duration_minutes"),
                        format!(
                            "{d} minutes is not a session length (0 to {MAX_SESSION_MINUTES}, one year)"
                        ),
                    ));
                }
            }
            if let Some(ip) = &s.ip {
                if crate::platform::parse_ip(ip).is_none() {
                    return Err(InputError::new(
                        format!("{p}.ip"),
                        "expected an IPv4 or IPv6 address; send `ip_hash` for a digest",
                    ));
                }
            }
        }
        for (i, r) in self.reviews.iter().enumerate() {
            let p = format!("{pre}reviews[{i}]");
            at_ok(format!("{p}.at"), &r.at)?;
            if let Some(x) = r.rating {
                if !x.is_finite() || !(0.0..=5.0).contains(&x) {
                    return Err(InputError::new(
                        format!("{p}.rating"),
                        format!("{x} is not a rating on the 0–5 scale"),
                    ));
                }
            }
        }
        for (i, py) in self.payouts.iter().enumerate() {
            at_ok(format!("{pre}payouts[{i}].added_at"), &py.added_at)?;
        }
        for (i, o) in self.same_person.iter().enumerate() {
            o.validate_platform(&format!("{pre}same_person[{i}]."))?;
        }
        for (i, c) in self.commits.iter().enumerate() {
            let p = format!("{pre}commits[{i}]");
            for (name, t) in [("at", &c.at), ("committer_at", &c.committer_at)] {
                let Some(t) = t else { continue };
                let (y, _, _) = t.utc_date();
                // imported histories (CVS, SVN) reach back to the 1970s
                if !(1970..=2100).contains(&y) {
                    return Err(InputError::new(
                        format!("{p}.{name}"),
                        format!("year {y} is outside 1970–2100"),
                    ));
                }
                if t.offset_minutes.is_none() {
                    return Err(InputError::new(
                        format!("{p}.{name}"),
                        "expected the date with its UTC offset as git records it (`git log --format=%aI`), e.g. 2024-03-01T10:00:00+09:00",
                    ));
                }
            }
        }
        for (i, r) in self.repositories.iter().enumerate() {
            let total = r.commits.unwrap_or(u32::MAX);
            for (name, v) in [
                ("author_commits", r.author_commits),
                ("other_author_commits", r.other_author_commits),
                ("other_authors", r.other_authors),
                ("copied_commits", r.copied_commits),
                ("rewritten_commits", r.rewritten_commits),
            ] {
                if let Some(v) = v.filter(|v| *v > total) {
                    return Err(InputError::new(
                        format!("{pre}repositories[{i}].{name}"),
                        format!("{v} is more than the {total} commits of the repository"),
                    ));
                }
            }
            if let (Some(a), Some(o)) = (r.author_commits, r.other_author_commits) {
                if u64::from(a) + u64::from(o) > u64::from(total) {
                    return Err(InputError::new(
                        format!("{pre}repositories[{i}].other_author_commits"),
                        format!("{a} + {o} commits is more than the {total} of the repository"),
                    ));
                }
            }
        }
        if let Some(b) = &self.bids {
            if let (Some(s), Some(w)) = (b.sent, b.won) {
                if w > s {
                    return Err(InputError::new(
                        format!("{pre}bids.won"),
                        format!("{w} bids won is more than the {s} sent"),
                    ));
                }
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Proposal {
    pub id: Option<String>,
    pub platform: Option<String>,
    pub url: Option<String>,
    pub author: Option<Author>,
    pub text: Option<String>,
    pub sent_at: Option<Timestamp>,
    pub job: Option<Job>,
    pub rate: Option<Rate>,
    /// The author's profile, when the caller has it: claims to check the text against.
    pub profile: Option<Box<Profile>>,
}

#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The person the report is about (the freelancer). The default.
    #[default]
    Freelancer,
    /// The hiring side: its requests are not the freelancer's.
    Client,
    Other,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Message {
    pub id: Option<String>,
    pub platform: Option<String>,
    pub url: Option<String>,
    pub author: Option<Author>,
    pub role: Role,
    pub text: Option<String>,
    pub sent_at: Option<Timestamp>,
    pub profile: Option<Box<Profile>>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(default)]
pub struct Thread {
    pub id: Option<String>,
    pub platform: Option<String>,
    pub url: Option<String>,
    pub job: Option<Job>,
    pub messages: Vec<Message>,
    pub profile: Option<Box<Profile>>,
}

/// One input document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[allow(clippy::large_enum_variant)] // one document at a time; boxing would only add indirection
pub enum Document {
    Profile(Profile),
    Proposal(Proposal),
    Message(Message),
    Thread(Thread),
}

/// What validation changed: fields cut to the limit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validation {
    pub truncated: Vec<String>,
}

impl Document {
    pub fn id(&self) -> Option<&str> {
        match self {
            Document::Profile(p) => p.id.as_deref(),
            Document::Proposal(p) => p.id.as_deref(),
            Document::Message(m) => m.id.as_deref(),
            Document::Thread(t) => t.id.as_deref(),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Document::Profile(_) => "profile",
            Document::Proposal(_) => "proposal",
            Document::Message(_) => "message",
            Document::Thread(_) => "thread",
        }
    }

    /// The profile whose claims apply: the document itself or the one embedded in it.
    pub fn profile(&self) -> Option<&Profile> {
        match self {
            Document::Profile(p) => Some(p),
            Document::Proposal(p) => p.profile.as_deref(),
            Document::Message(m) => m.profile.as_deref(),
            Document::Thread(t) => t.profile.as_deref(),
        }
    }

    /// Parse one document from JSON text.
    pub fn from_json(text: &str) -> Result<Document, InputError> {
        if text.len() > LIMITS.max_document_bytes {
            return Err(too_large(text.len()));
        }
        let value: Value = serde_json::from_str(&repair_lone_surrogates(text))
            .map_err(|e| InputError::new("", json_error(&e)))?;
        Document::from_value(value)
    }

    /// Parse one document from a JSON value (the path shared by every surface).
    pub fn from_value(value: Value) -> Result<Document, InputError> {
        let Value::Object(map) = &value else {
            return Err(InputError::new(
                "",
                format!("expected a JSON object, found {}", value_kind(&value)),
            ));
        };
        let size = approx_size(&value);
        if size > LIMITS.max_document_bytes {
            return Err(too_large(size));
        }
        let kind = match map.get("kind") {
            Some(Value::String(k)) => k.clone(),
            Some(other) => {
                return Err(InputError::new(
                    "kind",
                    format!(
                        "expected one of \"profile\", \"proposal\", \"message\", \"thread\", found {}",
                        value_kind(other)
                    ),
                ));
            }
            None => {
                return Err(InputError::new(
                    "kind",
                    "missing; expected one of \"profile\", \"proposal\", \"message\", \"thread\"",
                ));
            }
        };
        fn typed<T: serde::de::DeserializeOwned>(v: Value) -> Result<T, InputError> {
            serde_path_to_error::deserialize(v).map_err(|e| {
                let path = e.path().to_string();
                let path = if path == "." { String::new() } else { path };
                InputError::new(path, clean_serde_message(&e.inner().to_string()))
            })
        }
        // The v1.1 platform fields are read by hand (crate::contract_v11),
        // from every place a profile can be: the document, its `profile`,
        // a thread's `messages[i].profile`.
        let mut platform: Vec<(String, crate::contract_v11::PlatformFields)> = Vec::new();
        // A profile's `same_person` profiles (one level) are read the same way.
        fn take_profile(
            p: &serde_json::Map<String, Value>,
            pre: &str,
            out: &mut Vec<(String, crate::contract_v11::PlatformFields)>,
        ) -> Result<(), InputError> {
            out.push((pre.to_owned(), crate::contract_v11::take(p, pre)?));
            if let Some(Value::Array(others)) = p.get("same_person") {
                for (i, o) in others.iter().enumerate() {
                    if let Value::Object(o) = o {
                        let pre = format!("{pre}same_person[{i}].");
                        out.push((pre.clone(), crate::contract_v11::take(o, &pre)?));
                    }
                }
            }
            Ok(())
        }
        if let Value::Object(map) = &value {
            if kind == "profile" {
                take_profile(map, "", &mut platform)?;
            } else if ["proposal", "message", "thread"].contains(&kind.as_str()) {
                if let Some(Value::Object(p)) = map.get("profile") {
                    take_profile(p, "profile.", &mut platform)?;
                }
                if let Some(Value::Array(ms)) = map.get("messages") {
                    for (i, m) in ms.iter().enumerate() {
                        if let Some(Value::Object(p)) = m.get("profile") {
                            take_profile(p, &format!("messages[{i}].profile."), &mut platform)?;
                        }
                    }
                }
            }
        }
        let mut doc = match kind.as_str() {
            "profile" => typed(value).map(Document::Profile),
            "proposal" => typed(value).map(Document::Proposal),
            "message" => typed(value).map(Document::Message),
            "thread" => typed(value).map(Document::Thread),
            other => Err(InputError::new(
                "kind",
                format!(
                    "unknown kind {other:?}; expected one of \"profile\", \"proposal\", \"message\", \"thread\""
                ),
            )),
        }?;
        let mut bases = Vec::new();
        for (pre, fields) in platform {
            if let Some(p) = profile_at(&mut doc, &pre) {
                fields.apply(p);
            }
            if !pre.contains("same_person[") {
                bases.push(pre);
            }
        }
        // after every profile got its fields: validation reads same_person too
        for pre in bases {
            if let Some(p) = profile_at(&mut doc, &pre) {
                p.validate_platform(&pre)?;
            }
        }
        Ok(doc)
    }

    /// Cut text fields longer than the limit (at a character boundary) and
    /// lists longer than the list limit; report which fields were cut. Every
    /// string of the contract is covered, analysed or not, so no field can
    /// carry more than [`Limits::max_field_bytes`] into the analysis.
    pub fn enforce_limits(&mut self) -> Validation {
        let mut v = Validation::default();
        let mut t = Truncator {
            out: &mut v.truncated,
        };
        match self {
            Document::Profile(p) => t.profile("", p),
            Document::Proposal(p) => {
                t.common("", &mut p.id, &mut p.platform, &mut p.url);
                t.author("author.", &mut p.author);
                t.text("text", &mut p.text);
                t.job(&mut p.job);
                t.rate("rate.", &mut p.rate);
                if let Some(pr) = &mut p.profile {
                    t.profile("profile.", pr);
                }
            }
            Document::Message(m) => t.message("", m),
            Document::Thread(th) => {
                t.common("", &mut th.id, &mut th.platform, &mut th.url);
                t.list("messages", &mut th.messages);
                for (i, m) in th.messages.iter_mut().enumerate() {
                    t.message(&format!("messages[{i}]."), m);
                }
                t.job(&mut th.job);
                if let Some(pr) = &mut th.profile {
                    t.profile("profile.", pr);
                }
            }
        }
        v
    }
}

/// The profile at a path prefix (`""`, `profile.`, `messages[2].profile.`,
/// each optionally followed by `same_person[i].`).
fn profile_at<'d>(doc: &'d mut Document, pre: &str) -> Option<&'d mut Profile> {
    let (base, other) = match pre.rfind("same_person[") {
        Some(k) => (
            pre.get(..k).unwrap_or(""),
            Some(
                pre.get(k + "same_person[".len()..)
                    .and_then(|r| r.split(']').next())
                    .and_then(|i| i.parse::<usize>().ok())?,
            ),
        ),
        None => (pre, None),
    };
    let profile: Option<&mut Profile> = match (doc, base) {
        (Document::Profile(p), "") => Some(p),
        (Document::Proposal(Proposal { profile, .. }), "profile.")
        | (Document::Message(Message { profile, .. }), "profile.")
        | (Document::Thread(Thread { profile, .. }), "profile.") => profile.as_deref_mut(),
        (Document::Thread(t), _) => base
            .strip_prefix("messages[")
            .and_then(|r| r.split(']').next())
            .and_then(|i| i.parse::<usize>().ok())
            .and_then(|i| t.messages.get_mut(i))
            .and_then(|m| m.profile.as_deref_mut()),
        _ => None,
    };
    match other {
        Some(i) => profile?.same_person.get_mut(i),
        None => profile,
    }
}

struct Truncator<'a> {
    out: &'a mut Vec<String>,
}

impl Truncator<'_> {
    fn text(&mut self, path: &str, s: &mut Option<String>) {
        if let Some(s) = s {
            self.string(path, s);
        }
    }
    fn string(&mut self, path: &str, s: &mut String) {
        if s.len() > LIMITS.max_field_bytes {
            let mut cut = LIMITS.max_field_bytes;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s.truncate(cut);
            self.out.push(path.to_owned());
        }
    }
    fn strings(&mut self, path: &str, l: &mut Vec<String>) {
        self.list(path, l);
        for (i, s) in l.iter_mut().enumerate() {
            if s.len() > LIMITS.max_field_bytes {
                self.string(&format!("{path}[{i}]"), s);
            }
        }
    }
    fn list<T>(&mut self, path: &str, l: &mut Vec<T>) {
        if l.len() > LIMITS.max_list_items {
            l.truncate(LIMITS.max_list_items);
            self.out.push(path.to_owned());
        }
    }
    fn common(
        &mut self,
        pre: &str,
        id: &mut Option<String>,
        platform: &mut Option<String>,
        url: &mut Option<String>,
    ) {
        self.text(&format!("{pre}id"), id);
        self.text(&format!("{pre}platform"), platform);
        self.text(&format!("{pre}url"), url);
    }
    fn author(&mut self, pre: &str, a: &mut Option<Author>) {
        if let Some(a) = a {
            self.text(&format!("{pre}name"), &mut a.name);
            self.text(&format!("{pre}profile_id"), &mut a.profile_id);
            self.text(&format!("{pre}handle"), &mut a.handle);
        }
    }
    fn job(&mut self, j: &mut Option<Job>) {
        if let Some(j) = j {
            self.text("job.title", &mut j.title);
            self.text("job.description", &mut j.description);
        }
    }
    fn rate(&mut self, pre: &str, r: &mut Option<Rate>) {
        if let Some(r) = r {
            self.text(&format!("{pre}currency"), &mut r.currency);
        }
    }
    fn message(&mut self, pre: &str, m: &mut Message) {
        self.common(pre, &mut m.id, &mut m.platform, &mut m.url);
        self.author(&format!("{pre}author."), &mut m.author);
        self.text(&format!("{pre}text"), &mut m.text);
        if let Some(pr) = &mut m.profile {
            self.profile(&format!("{pre}profile."), pr);
        }
    }
    fn profile(&mut self, pre: &str, p: &mut Profile) {
        self.common(pre, &mut p.id, &mut p.platform, &mut p.url);
        for (name, f) in [
            ("name", &mut p.name),
            ("headline", &mut p.headline),
            ("overview", &mut p.overview),
        ] {
            self.text(&format!("{pre}{name}"), f);
        }
        if let Some(l) = &mut p.location {
            self.text(&format!("{pre}location.country"), &mut l.country);
            self.text(&format!("{pre}location.region"), &mut l.region);
            self.text(&format!("{pre}location.city"), &mut l.city);
        }
        self.rate(&format!("{pre}hourly_rate."), &mut p.hourly_rate);
        self.list(&format!("{pre}languages"), &mut p.languages);
        for (i, l) in p.languages.iter_mut().enumerate() {
            self.text(&format!("{pre}languages[{i}].language"), &mut l.language);
            self.text(&format!("{pre}languages[{i}].level"), &mut l.level);
        }
        self.strings(&format!("{pre}skills"), &mut p.skills);
        self.list(&format!("{pre}employment"), &mut p.employment);
        for (i, e) in p.employment.iter_mut().enumerate() {
            for (name, f) in [
                ("title", &mut e.title),
                ("company", &mut e.company),
                ("location", &mut e.location),
                ("description", &mut e.description),
            ] {
                if f.as_ref().is_some_and(|s| s.len() > LIMITS.max_field_bytes) {
                    self.text(&format!("{pre}employment[{i}].{name}"), f);
                }
            }
        }
        self.list(&format!("{pre}education"), &mut p.education);
        for (i, e) in p.education.iter_mut().enumerate() {
            for (name, f) in [
                ("school", &mut e.school),
                ("degree", &mut e.degree),
                ("location", &mut e.location),
            ] {
                if f.as_ref().is_some_and(|s| s.len() > LIMITS.max_field_bytes) {
                    self.text(&format!("{pre}education[{i}].{name}"), f);
                }
            }
        }
        let c = &mut p.contacts;
        for (name, l) in [
            ("emails", &mut c.emails),
            ("phones", &mut c.phones),
            ("links", &mut c.links),
            ("handles", &mut c.handles),
            ("wallets", &mut c.wallets),
        ] {
            self.strings(&format!("{pre}contacts.{name}"), l);
        }
        self.list(&format!("{pre}activity"), &mut p.activity);
        if let Some(ph) = &mut p.photo {
            self.text(&format!("{pre}photo.dhash"), &mut ph.dhash);
        }
        self.list(&format!("{pre}sessions"), &mut p.sessions);
        for (i, se) in p.sessions.iter_mut().enumerate() {
            for (name, f) in [
                ("ip_country", &mut se.ip_country),
                ("ip_region", &mut se.ip_region),
                ("ip", &mut se.ip),
                ("ip_hash", &mut se.ip_hash),
                ("device", &mut se.device),
                ("browser_timezone", &mut se.browser_timezone),
            ] {
                self.text(&format!("{pre}sessions[{i}].{name}"), f);
            }
            self.strings(
                &format!("{pre}sessions[{i}].browser_languages"),
                &mut se.browser_languages,
            );
        }
        self.list(&format!("{pre}payouts"), &mut p.payouts);
        for (i, py) in p.payouts.iter_mut().enumerate() {
            for (name, f) in [
                ("method", &mut py.method),
                ("account", &mut py.account),
                ("account_hash", &mut py.account_hash),
                ("holder_name", &mut py.holder_name),
                ("country", &mut py.country),
            ] {
                self.text(&format!("{pre}payouts[{i}].{name}"), f);
            }
        }
        self.list(&format!("{pre}same_person"), &mut p.same_person);
        for (i, o) in p.same_person.iter_mut().enumerate() {
            self.profile(&format!("{pre}same_person[{i}]."), o);
        }
        self.list(&format!("{pre}commits"), &mut p.commits);
        for (i, c) in p.commits.iter_mut().enumerate() {
            self.text(
                &format!("{pre}commits[{i}].author_email_hash"),
                &mut c.author_email_hash,
            );
            self.text(&format!("{pre}commits[{i}].repo"), &mut c.repo);
        }
        self.list(&format!("{pre}repositories"), &mut p.repositories);
        for (i, r) in p.repositories.iter_mut().enumerate() {
            self.text(&format!("{pre}repositories[{i}].name"), &mut r.name);
            self.text(
                &format!("{pre}repositories[{i}].copied_from"),
                &mut r.copied_from,
            );
        }
        self.list(&format!("{pre}reviews"), &mut p.reviews);
        for (i, r) in p.reviews.iter_mut().enumerate() {
            self.text(&format!("{pre}reviews[{i}].client_id"), &mut r.client_id);
        }
        if let Some(pay) = &mut p.payment {
            for (name, f) in [
                ("payee_name", &mut pay.payee_name),
                ("method", &mut pay.method),
                ("account", &mut pay.account),
                ("country", &mut pay.country),
            ] {
                self.text(&format!("{pre}payment.{name}"), f);
            }
        }
    }
}

fn too_large(size: usize) -> InputError {
    InputError::new(
        "",
        format!(
            "document is {:.1} MiB; the limit is {} MiB per document",
            size as f64 / 1_048_576.0,
            LIMITS.max_document_bytes / 1_048_576
        ),
    )
}

/// A cheap upper-bound-ish size of a JSON value, as its serialized length would be.
pub fn approx_size(v: &Value) -> usize {
    let mut stack = vec![v];
    let mut n = 0usize;
    while let Some(v) = stack.pop() {
        n += match v {
            Value::Null | Value::Bool(_) => 5,
            Value::Number(_) => 8,
            Value::String(s) => s.len() + 2,
            Value::Array(a) => {
                stack.extend(a.iter());
                2 + a.len()
            }
            Value::Object(o) => {
                for (k, v) in o {
                    n += k.len() + 4;
                    stack.push(v);
                }
                2
            }
        };
    }
    n
}

pub fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// serde's messages say "invalid type: integer `3`, expected a string"; keep
/// them but drop Rust-isms like "struct Profile".
fn clean_serde_message(m: &str) -> String {
    let m = m.replace("invalid type: ", "found ");
    if let Some((found, expected)) = m.split_once(", expected ") {
        let expected = expected
            .replace("struct ", "an object (")
            .replace("a sequence", "an array");
        let expected = if expected.starts_with("an object (") {
            "an object".to_owned()
        } else {
            expected
        };
        return format!("expected {expected}, {found}");
    }
    m
}

/// Replace JSON-escaped lone UTF-16 surrogates (`"\ud800"` not followed by a
/// low surrogate, or a low surrogate on its own) with `\ufffd`.
///
/// JavaScript strings may hold lone surrogates and `JSON.stringify` escapes
/// them; serde_json refuses them. The WebAssembly surface already reads JS
/// strings with lone surrogates replaced by U+FFFD, so the same document gives
/// the same report through JSON text, and evidence offsets (UTF-16) stay
/// aligned: one code unit is replaced by one code unit. Text without a
/// `\u` escape is returned as it is, without copying.
pub fn repair_lone_surrogates(json: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let b = json.as_bytes();
    if !b
        .windows(3)
        .any(|w| matches!(w, [b'\\', b'u' | b'U', b'd' | b'D']))
    {
        return Cow::Borrowed(json);
    }
    let hex4 = |i: usize| -> Option<u16> {
        let h = json.get(i..i + 4)?;
        if !h.bytes().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        u16::from_str_radix(h, 16).ok()
    };
    let mut out = String::with_capacity(json.len());
    let mut copied = 0; // bytes of `json` already in `out`
    let mut in_string = false;
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if !in_string {
            in_string = c == b'"';
            i += 1;
            continue;
        }
        match c {
            b'"' => {
                in_string = false;
                i += 1;
            }
            b'\\' if b.get(i + 1) == Some(&b'u') => {
                let Some(unit) = hex4(i + 2) else {
                    i += 2;
                    continue;
                };
                let high = (0xD800..0xDC00).contains(&unit);
                let low = (0xDC00..0xE000).contains(&unit);
                let paired = high
                    && b.get(i + 6) == Some(&b'\\')
                    && b.get(i + 7) == Some(&b'u')
                    && hex4(i + 8).is_some_and(|u| (0xDC00..0xE000).contains(&u));
                if paired {
                    i += 12;
                } else if high || low {
                    out.push_str(json.get(copied..i).unwrap_or_default());
                    out.push_str("\\ufffd");
                    i += 6;
                    copied = i;
                } else {
                    i += 6;
                }
            }
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    if copied == 0 {
        return Cow::Borrowed(json);
    }
    out.push_str(json.get(copied..).unwrap_or_default());
    Cow::Owned(out)
}

pub fn json_error(e: &serde_json::Error) -> String {
    format!("not valid JSON: {e}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> InputError {
        Document::from_json(json).unwrap_err()
    }

    #[test]
    fn field_paths_in_errors() {
        let e = err(r#"{"kind":"profile","employment":[{},{},{"start":"last spring"}]}"#);
        assert_eq!(e.field, "employment[2].start");
        assert!(e.message.contains("2019-03"), "{}", e.message);
        assert_eq!(
            e.to_string(),
            "employment[2].start: expected a date such as 2019-03 or \"Present\""
        );
        let e = err(r#"{"kind":"profile","hourly_rate":{"amount":"cheap"}}"#);
        assert_eq!(e.field, "hourly_rate.amount");
        let e = err(r#"{"kind":"profile","skills":"Rust"}"#);
        assert_eq!(e.field, "skills");
        assert!(e.message.contains("array"), "{}", e.message);
        let e = err(r#"{"kind":"thread","messages":[{"text":"hi"},{"sent_at":"tomorrow"}]}"#);
        assert_eq!(e.field, "messages[1].sent_at");
        assert_eq!(err(r#"{"id":"x"}"#).field, "kind");
        assert_eq!(err(r#"{"kind":"resume"}"#).field, "kind");
        assert_eq!(err(r#"[1,2]"#).field, "");
        assert!(err("{").message.contains("not valid JSON"));
    }

    #[test]
    fn platform_fields_wrong_types_and_absurd_values_name_the_field() {
        let e = err(r#"{"kind":"profile","sessions":[{},{"network":"satellite"}]}"#);
        assert_eq!(e.field, "sessions[1].network");
        assert!(e.message.contains("vpn"), "{}", e.message);
        let e = err(r#"{"kind":"profile","sessions":[{"duration_minutes":1e9}]}"#);
        assert_eq!(e.field, "sessions[0].duration_minutes");
        assert!(e.message.contains("one year"), "{}", e.message);
        let e = err(r#"{"kind":"profile","sessions":[{"duration_minutes":-5}]}"#);
        assert_eq!(e.field, "sessions[0].duration_minutes");
        let e = err(r#"{"kind":"profile","sessions":[{"remote_desktop":"yes"}]}"#);
        assert_eq!(e.field, "sessions[0].remote_desktop");
        let e = err(r#"{"kind":"profile","sessions":[{"asn":-1}]}"#);
        assert_eq!(e.field, "sessions[0].asn");
        let e = err(r#"{"kind":"profile","sessions":[{"ip":"999.1.1.1"}]}"#);
        assert_eq!(e.field, "sessions[0].ip");
        let e = err(r#"{"kind":"profile","sessions":[{"at":"1850-01-01T00:00:00Z"}]}"#);
        assert_eq!(e.field, "sessions[0].at");
        let e = err(r#"{"kind":"profile","reviews":[{"rating":11}]}"#);
        assert_eq!(e.field, "reviews[0].rating");
        assert_eq!(e.message, "11 is not a rating on the 0–5 scale");
        let e = err(r#"{"kind":"profile","bids":{"sent":3,"won":9}}"#);
        assert_eq!(e.field, "bids.won");
        let e = err(r#"{"kind":"profile","bids":{"sent":"many"}}"#);
        assert_eq!(e.field, "bids.sent");
        let e = err(r#"{"kind":"proposal","profile":{"payouts":[{"added_at":"yesterday"}]}}"#);
        assert_eq!(e.field, "profile.payouts[0].added_at");
        let e = err(r#"{"kind":"message","profile":{"reviews":[{"rating":-1}]}}"#);
        assert_eq!(e.field, "profile.reviews[0].rating");
        // v1 documents are v1.1 documents; good values parse
        let d = Document::from_json(
            r#"{"kind":"profile","sessions":[{"at":"2026-01-01T10:00:00Z","network":"vpn","ip":"2001:db8::1","duration_minutes":30,"remote_desktop":true}],"reviews":[{"rating":4.5}],"bids":{"sent":9,"won":9}}"#,
        )
        .unwrap();
        let Document::Profile(p) = d else { panic!() };
        assert_eq!(p.sessions[0].network, Some(Network::Vpn));
        // nulls are absent; every embedded profile is read, with its path
        let d = Document::from_json(
            r#"{"kind":"profile","sessions":null,"bids":null,"reviews":[{"rating":null}]}"#,
        )
        .unwrap();
        assert!(d.profile().unwrap().sessions.is_empty());
        let e = err(
            r#"{"kind":"thread","messages":[{"text":"a"},{"profile":{"sessions":[{"device":7}]}}]}"#,
        );
        assert_eq!(e.field, "messages[1].profile.sessions[0].device");
        assert_eq!(e.message, "expected a string, found a number");
        let d = Document::from_json(
            r#"{"kind":"thread","messages":[{"profile":{"bids":{"sent":5,"won":1,"since":2025}}}],"profile":{"sessions":[{}]}}"#,
        )
        .unwrap();
        let Document::Thread(t) = d else { panic!() };
        assert_eq!(t.profile.unwrap().sessions.len(), 1);
        let b = t.messages[0]
            .profile
            .as_ref()
            .unwrap()
            .bids
            .clone()
            .unwrap();
        assert_eq!((b.sent, b.won), (Some(5), Some(1)));
        assert!(b.since.is_some());
        assert_eq!(err(r#"{"kind":"profile","sessions":{}}"#).field, "sessions");
        assert_eq!(
            err(r#"{"kind":"profile","sessions":[3]}"#).field,
            "sessions[0]"
        );
    }

    #[test]
    fn same_person_profiles_are_checked_with_their_path() {
        let e = err(
            r#"{"kind":"profile","same_person":[{"name":"A"},{"employment":[{"start":"soon"}]}]}"#,
        );
        assert_eq!(e.field, "same_person[1].employment[0].start");
        let e = err(
            r#"{"kind":"message","profile":{"same_person":[{"commits":[{"at":"2024-01-01"}]}]}}"#,
        );
        assert_eq!(e.field, "profile.same_person[0].commits[0].at");
        let e = err(r#"{"kind":"profile","same_person":{"name":"A"}}"#);
        assert_eq!(e.field, "same_person");
        let big = "a".repeat(LIMITS.max_field_bytes + 1);
        let mut d = Document::from_value(
            serde_json::json!({"kind":"profile","same_person":[{"overview": big}]}),
        )
        .unwrap();
        assert_eq!(d.enforce_limits().truncated, ["same_person[0].overview"]);
    }

    #[test]
    fn commits_need_their_offset_and_name_the_field() {
        let e = err(r#"{"kind":"profile","commits":[{},{"at":"2024-03-01T10:00:00"}]}"#);
        assert_eq!(e.field, "commits[1].at");
        assert!(e.message.contains("%aI"), "{}", e.message);
        let e = err(r#"{"kind":"profile","commits":[{"at":"2024-03-01"}]}"#);
        assert_eq!(e.field, "commits[0].at");
        let e = err(r#"{"kind":"profile","commits":[{"at":"1960-03-01T10:00:00+01:00"}]}"#);
        assert_eq!(e.field, "commits[0].at");
        let e = err(
            r#"{"kind":"profile","commits":[{"at":"2024-03-01T10:00:00Z","committer_at":"2124-01-01T00:00:00Z"}]}"#,
        );
        assert_eq!(e.field, "commits[0].committer_at");
        let e = err(r#"{"kind":"profile","commits":[{"coauthored":"yes"}]}"#);
        assert_eq!(e.field, "commits[0].coauthored");
        let e = err(r#"{"kind":"proposal","profile":{"commits":[{"at":"soon"}]}}"#);
        assert_eq!(e.field, "profile.commits[0].at");
        let e = err(r#"{"kind":"profile","commits":{"at":"2024-03-01T10:00:00Z"}}"#);
        assert_eq!(e.field, "commits");
        let d = Document::from_json(
            r#"{"kind":"profile","commits":[{"at":"2024-03-01T10:00:00+09:00","repo":"r","coauthored":false},{"at":"1985-01-01T00:00:00Z"}]}"#,
        )
        .unwrap();
        let Document::Profile(p) = d else { panic!() };
        assert_eq!(p.commits[0].at.unwrap().offset_minutes, Some(540));
    }

    #[test]
    fn unknown_fields_ignored_and_nulls_accepted() {
        let d = Document::from_json(
            r#"{"kind":"profile","id":"p1","favourite_colour":"teal","name":null,"employment":[{"start":"Mar 2019","end":"Present","extra":{"a":[1]}}]}"#,
        )
        .unwrap();
        assert_eq!(d.id(), Some("p1"));
        let Document::Profile(p) = d else { panic!() };
        assert_eq!(p.employment[0].end, Some(PartialDate::Present));
    }

    #[test]
    fn limits() {
        let big = "a".repeat(LIMITS.max_field_bytes + 10);
        let mut d =
            Document::from_value(serde_json::json!({"kind":"message","text": big})).unwrap();
        let v = d.enforce_limits();
        assert_eq!(v.truncated, vec!["text".to_owned()]);
        let Document::Message(m) = d else { panic!() };
        assert_eq!(m.text.unwrap().len(), LIMITS.max_field_bytes);
        let huge = "é".repeat(LIMITS.max_document_bytes / 2 + 1);
        let e =
            Document::from_value(serde_json::json!({"kind":"message","text": huge})).unwrap_err();
        assert!(e.message.contains("limit is 4 MiB"), "{}", e.message);
    }
}
