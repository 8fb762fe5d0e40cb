//! # Linkage across documents: [`Corpus`]
//!
//! One operator often runs many personas. The strongest published signals
//! are reuse across identities: the same proposal or bio text, contact
//! details, photo or name under different names (indicators I09, I17, I22,
//! I34, I59, I61). A [`Corpus`] remembers what it has seen — as signatures
//! and keyed hashes, not text — and links each new document to the earlier
//! ones:
//!
//! | link | how | rule |
//! |---|---|---|
//! | `near-duplicate-text` | keyed word 3-shingles, MinHash + LSH, confirmed by exact Jaccard / containment; shared passages located in both documents | HL401 |
//! | `shared-identifier` | e-mail (provider-aware), phone (last 9 digits), handle, wallet, portfolio link, bank account; from platform logs (contract v1.1) device, IP address, its /24 or /64 network, payout account — all as keyed HMAC-SHA-256 digests | HL402 (HL508 when a reviewing client is linked) |
//! | `same-photo` | 64-bit dHash, Hamming distance: one photo under many names, one name with many photos | HL403 |
//! | `same-author-style` | char 4-gram and word profiles weighted by a background model plus the corpus's own frequencies, min–max similarity, calibrated; candidates from a 256-bit sketch index; only the best few at or above the hint's threshold, ≥ 150 words a side | HL404 |
//! | `name-variant` | one reading skeleton, different spelling (look-alikes, accents, spacing) on different profiles | HL405 |
//!
//! Documents of the same persona (a profile and the proposals whose
//! `author.profile_id` names it) are never linked to each other.
//!
//! ## One person across sources
//!
//! Documents tied to one person by an explicit link — a profile's
//! `contacts.links` naming another profile's `url` (either way round), or
//! `author.profile_id` naming a profile seen before — are *compared* rather
//! than linked: [`Corpus::analyze`] attaches the claims the corpus kept of
//! the earlier documents (name, location, offset, employment, education,
//! languages; sealed with the key in the blob) as `same_person` profiles, so
//! HL113–HL117 read both sides, with evidence at `employment[0].company` and
//! `same_person[0].employment[0].company`; [`Report::same_person`] names
//! the document behind each. See [`person`].
//!
//! ## How linkage hints reach reports
//!
//! The rules of the catalog read one [`Analysis`]; linkage needs the corpus.
//! So `rules/linkage` declares each HL4xx [`Rule`](crate::rules::Rule) —
//! code, severity, weight, indicators, docs — with a check that does nothing
//! on a single document ([`crate::analyze`] therefore never emits them), and
//! the corpus emits hints *for those rules* through the same
//! [`Sink`] when [`Corpus::analyze`] is called: the
//! document's own hints and its linkage hints are scored together by
//! [`report::score`](crate::report::score). One registry, one scoring, one
//! documentation page.
//!
//! ```
//! use hirelens::{Corpus, Document, Options};
//! let template = "I am a senior full stack developer with eight years of experience in React, \
//!     Node and AWS. I have read your job post carefully and I can start today. I will deliver \
//!     clean, tested code and daily updates until the work is done to your satisfaction.";
//! let doc = |id: &str, name: &str| Document::from_json(&serde_json::json!({
//!     "kind": "proposal", "id": id, "author": {"name": name}, "text": template}).to_string()).unwrap();
//! let mut corpus = Corpus::with_key(b"a secret the caller keeps");
//! corpus.add(doc("q1", "Alice Moreau"));
//! let report = corpus.analyze(doc("q2", "Brian Okafor"), &Options::default());
//! let hint = report.hints.iter().find(|h| h.code == "HL401").unwrap();
//! assert!(hint.message.contains("q1"));
//! assert_eq!(corpus.clusters()[0].members, ["q1", "q2"]);
//! ```
//!
//! ## Persistence and privacy
//!
//! [`Corpus::to_bytes`] writes a compact versioned format (see [`bytes`]):
//! keyed shingle hashes, name and identifier digests, photo hashes, style
//! profiles and (optionally) UTF-16 positions of shingles — never raw text.
//! The key is the caller's ([`Corpus::with_key`], not written to the blob),
//! or generated for the corpus ([`Corpus::new`], written to the blob so it
//! can be reloaded alone).

pub mod bytes;
pub mod hash;
pub mod ident;
pub mod minhash;
pub mod names;
pub mod person;
pub mod photo;
pub mod signatures;
pub mod style;

use crate::analysis::Analysis;
use crate::model::Document;
use crate::options::Options;
use crate::report::{Evidence, Report, Severity};
use crate::rules::Sink;
use crate::rules::linkage::{
    name_variant, near_duplicate, same_author_style, same_photo, shared_identifier,
};
use crate::text::Field;
use hash::{SipKey, hmac_sha256, mix64};
use ident::IdentKind;
use minhash::{BANDS, Lsh, MIN_SHINGLES, SHINGLE_WORDS};
use serde::Serialize;
use std::collections::HashMap;

pub use bytes::CorpusError;

/// A new document is linked to at most this many earlier documents per
/// identifier it shares: the most recent ones. Clusters are unchanged (each
/// sharer is linked to an earlier one); a report names the most recent
/// sharers. Without a bound, an identifier in k documents made k²/2 links.
pub const MAX_IDENT_LINKS: usize = 16;

/// Purpose label of the SipHash key for word hashes, derived from the corpus key.
pub(crate) const SHINGLE_LABEL: &str = "hirelens corpus shingles v1";

/// A document's place in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct DocKey(pub u32);

/// Thresholds and what to keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Exact Jaccard of the shingle sets at or above which two texts are near duplicates.
    pub jaccard: f64,
    /// Containment (shared shingles / shingles of the shorter text) at or above
    /// which a text counts as copied into another (stock template plus a custom line).
    pub containment: f64,
    /// Keep shingle positions so shared passages can be located (about 16 bytes a word).
    pub passages: bool,
    /// Compare writing style.
    pub style: bool,
    /// Score exactly at most this many style candidates per new document
    /// (the nearest in the sketch index).
    pub style_scan_limit: usize,
    /// Impostor score ([`style::impostor_z`]: deviations above both
    /// documents' corpus baselines) needed for HL404.
    pub style_min_z: f64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            jaccard: 0.5,
            containment: 0.8,
            passages: true,
            style: true,
            style_scan_limit: 24,
            style_min_z: style::HINT_Z,
        }
    }
}

/// Why two documents are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkKind {
    NearDuplicateText,
    SharedIdentifier,
    SamePhoto,
    SameAuthorStyle,
    NameVariant,
}

impl LinkKind {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkKind::NearDuplicateText => "near-duplicate-text",
            LinkKind::SharedIdentifier => "shared-identifier",
            LinkKind::SamePhoto => "same-photo",
            LinkKind::SameAuthorStyle => "same-author-style",
            LinkKind::NameVariant => "name-variant",
        }
    }
    fn rule(self) -> &'static crate::rules::Rule {
        match self {
            LinkKind::NearDuplicateText => &near_duplicate::RULE,
            LinkKind::SharedIdentifier => &shared_identifier::RULE,
            LinkKind::SamePhoto => &same_photo::RULE,
            LinkKind::SameAuthorStyle => &same_author_style::RULE,
            LinkKind::NameVariant => &name_variant::RULE,
        }
    }
}

/// A span in a document: UTF-16 offsets into the original text of `field`.
/// `text` is present only for the document being analysed (the corpus keeps no text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    pub field: String,
    pub start: u32,
    pub end: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// How the names of two linked documents compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Names {
    Differ,
    Same,
    Unknown,
}

/// One link between two documents.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    /// The earlier document.
    pub a: String,
    /// The later document.
    pub b: String,
    #[serde(skip)]
    pub key_a: DocKey,
    #[serde(skip)]
    pub key_b: DocKey,
    pub kind: LinkKind,
    /// 0–1: Jaccard (or containment) for text, 1 for identifiers and names,
    /// 1 − distance/64 for photos, the calibrated score for style.
    pub score: f64,
    pub severity: Severity,
    /// Strong links join clusters.
    pub strong: bool,
    pub names: Names,
    /// What was seen, for a person.
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jaccard: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub containment: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<IdentKind>,
    /// The identifier as written in the later document, when that document
    /// was given in full (never read back from storage).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance: Option<u32>,
    /// Style links: how many deviations the pair's similarity stands
    /// above the corpus baselines of its two documents.
    #[serde(skip)]
    pub style_z: Option<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans_a: Vec<Span>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans_b: Vec<Span>,
}

/// Documents joined by strong links, with the links that join them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cluster {
    pub members: Vec<String>,
    pub reasons: Vec<ClusterReason>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClusterReason {
    pub kind: LinkKind,
    pub a: String,
    pub b: String,
    pub score: f64,
    pub reason: String,
}

/// A shingle's place: field index (into the entry's paths) and UTF-16 span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pos {
    pub hash: u32,
    pub field: u16,
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextSig {
    /// Sorted, deduplicated keyed shingle hashes.
    pub set: Vec<u32>,
    /// Every shingle in text order, when passages are kept.
    pub positions: Vec<Pos>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ident {
    pub kind: IdentKind,
    pub digest: [u8; 16],
    pub field: u16,
    pub start: u32,
    pub end: u32,
}

/// What the corpus keeps of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub id: String,
    pub kind: u8,
    pub persona: Option<u64>,
    pub name_fold: Option<u64>,
    pub name_skel: Option<u64>,
    pub name_lookalikes: bool,
    /// Field paths referred to by positions and identifiers.
    pub paths: Vec<String>,
    pub text: Option<TextSig>,
    pub idents: Vec<Ident>,
    pub photo: Option<u64>,
    pub style: Option<style::Profile>,
    /// One person across documents ([`person`]): keyed digests of the
    /// profile's own address and of the addresses it links to.
    pub own_urls: Vec<u64>,
    pub link_urls: Vec<u64>,
    /// The profile's claims as JSON ([`person::claims_json`]; sealed in the blob).
    pub claims: Option<String>,
}

/// What only the live document has: text for evidence.
pub(crate) struct Live<'a> {
    analysis: &'a Analysis<'a>,
    /// Analysis field index of each entry path.
    path_fields: Vec<usize>,
    /// Display value and analysis field/range of each identifier.
    idents: Vec<ident::Found>,
}

const KINDS: [&str; 4] = ["profile", "proposal", "message", "thread"];

/// The cross-document memory. See the [module docs](self).
pub struct Corpus {
    pub(crate) config: Config,
    pub(crate) key: Vec<u8>,
    /// Whether the key is written into the blob.
    pub(crate) key_embedded: bool,
    sip: SipKey,
    pub(crate) entries: Vec<Entry>,
    alive: Vec<bool>,
    by_id: HashMap<String, u32>,
    lsh: Lsh,
    idents: HashMap<u128, Vec<u32>>,
    names: HashMap<u64, Vec<u32>>,
    photos: Vec<(u64, u32)>,
    /// Sketch index of the stored style profiles.
    styled: Vec<(style::Sketch, u32)>,
    /// The corpus's own document frequencies, added to the style background.
    style_df: style::LocalDf,
    /// IDF of background + corpus, refreshed as the corpus grows.
    style_idf: Option<(u32, style::Idf)>,
    /// Per entry: its similarity to a sample of earlier documents (its
    /// impostors) in each view; `None` without a profile or enough impostors.
    style_base: Vec<Option<style::Baseline>>,
    /// Impostor-score parts of pairs under one name (one writer) and of
    /// documents with their impostors (different writers): what the topic
    /// share is learnt from. Rebuilt on load, as links are.
    style_same: Vec<style::Parts>,
    style_differ: Vec<style::Parts>,
    /// Same-writer lessons since the share was last learnt.
    style_unlearnt: usize,
    /// Share of the topic-adjusted part in HL404's score.
    style_share: f64,
    links: Vec<Link>,
    adjacency: Vec<Vec<u32>>,
    scratch: Vec<u32>,
    next_anon: u64,
    /// LSH candidates confirmed on the exact shingle sets, in all (for the
    /// scale benchmark).
    candidates_seen: u64,
}

impl std::fmt::Debug for Corpus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus")
            .field("documents", &self.len())
            .field("links", &self.links.len())
            .finish_non_exhaustive()
    }
}

impl Default for Corpus {
    fn default() -> Self {
        Corpus::new()
    }
}

/// A key from the platform's randomness where it has any. On
/// wasm32-unknown-unknown there is none: the JS bindings pass a key from
/// `crypto.getRandomValues` instead.
fn fresh_key() -> Vec<u8> {
    use std::hash::{BuildHasher, Hasher};
    let mut out = Vec::with_capacity(32);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    for i in 0..4u64 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u64(t ^ i);
        out.extend_from_slice(&mix64(h.finish() ^ i).to_le_bytes());
    }
    out
}

/// What turns an analysed document into the corpus's keyed signature (an
/// [`Entry`]): the one implementation behind [`Corpus`] and
/// [`signatures`](signatures::Signer).
pub(crate) struct Keyed<'k> {
    pub key: &'k [u8],
    pub sip: &'k SipKey,
    pub config: &'k Config,
}

impl Keyed<'_> {
    fn digest(&self, label: &str, value: &str) -> [u8; 16] {
        let mut msg = Vec::with_capacity(label.len() + 1 + value.len());
        msg.extend_from_slice(label.as_bytes());
        msg.push(0);
        msg.extend_from_slice(value.as_bytes());
        let d = hmac_sha256(self.key, &msg);
        let mut out = [0u8; 16];
        for (o, b) in out.iter_mut().zip(d.iter()) {
            *o = *b;
        }
        out
    }

    fn digest64(&self, label: &str, value: &str) -> u64 {
        let d = self.digest(label, value);
        let mut b = [0u8; 8];
        for (o, x) in b.iter_mut().zip(d.iter()) {
            *o = *x;
        }
        u64::from_le_bytes(b)
    }

    /// The keyed signature of an analysed document, under this `id`.
    pub(crate) fn fingerprint<'a>(&self, id: String, a: &'a Analysis<'a>) -> (Entry, Live<'a>) {
        let doc = a.doc;
        let kind = KINDS.iter().position(|k| *k == doc.kind()).unwrap_or(0) as u8;
        // persona: the profile this document belongs to
        let persona = person::persona_id(doc).map(|p| self.digest64("persona", p));
        // name: the profile's name, else the author's
        let name_field = a
            .fields
            .iter()
            .position(|f| f.source == crate::text::Source::Name)
            .or_else(|| {
                a.fields.iter().position(|f| {
                    f.source == crate::text::Source::AuthorName
                        && f.author == crate::text::Author::Subject
                })
            });
        let name = name_field
            .and_then(|i| a.fields.get(i))
            .map(|f| f.norm.as_str());
        let (mut name_fold, mut name_skel, mut name_lookalikes) = (None, None, false);
        if let Some(n) = name {
            let fold = names::folded(n);
            let skel = names::reading_skeleton(n);
            if !fold.is_empty() {
                name_fold = Some(self.digest64("name", &fold));
            }
            if skel.chars().count() >= 3 {
                name_skel = Some(self.digest64("name-skeleton", &skel));
            }
            name_lookalikes = names::has_lookalikes(n);
        }
        let mut paths: Vec<String> = Vec::new();
        let mut path_fields: Vec<usize> = Vec::new();
        let mut path_index = |fi: usize, f: &Field| -> u16 {
            if let Some(p) = path_fields.iter().position(|&x| x == fi) {
                return p as u16;
            }
            paths.push(f.path.clone());
            path_fields.push(fi);
            (paths.len() - 1) as u16
        };
        // text
        let mut positions = Vec::new();
        let mut set = Vec::new();
        let mut wh: Vec<u64> = Vec::new();
        for (fi, f) in a.fields.iter().enumerate() {
            if f.author != crate::text::Author::Subject || !f.source.is_prose() {
                continue;
            }
            wh.clear();
            wh.extend(f.word_strs().map(|w| minhash::word_hash(self.sip, w)));
            if wh.is_empty() {
                continue;
            }
            let pi = path_index(fi, f);
            let k = SHINGLE_WORDS.min(wh.len());
            for (i, win) in wh.windows(k).enumerate() {
                let h = minhash::shingle(win);
                set.push(h);
                if self.config.passages {
                    let (Some(first), Some(last)) = (f.words.get(i), f.words.get(i + k - 1)) else {
                        continue;
                    };
                    let (s16, e16, _) = f.to_original(first.start..last.end);
                    positions.push(Pos {
                        hash: h,
                        field: pi,
                        start: s16 as u32,
                        end: e16 as u32,
                    });
                }
            }
        }
        crate::sort::values(&mut set);
        set.dedup();
        set.shrink_to_fit();
        positions.shrink_to_fit();
        let text = (set.len() >= MIN_SHINGLES).then_some(TextSig { set, positions });
        // identifiers
        let found = ident::extract(a);
        let mut idents = Vec::with_capacity(found.len());
        // contact details first (in text fields), then the platform's
        // identifiers (at contract paths): `found` lists them in that order
        for f in found.iter().filter(|f| f.path.is_none()) {
            let Some(field) = a.fields.get(f.field) else {
                continue;
            };
            let pi = path_index(f.field, field);
            let (s16, e16, _) = field.to_original(f.range.clone());
            idents.push(Ident {
                kind: f.kind,
                digest: self.digest(&format!("ident:{}", f.kind.code()), &f.canonical),
                field: pi,
                start: s16 as u32,
                end: e16 as u32,
            });
        }
        for f in &found {
            let Some(path) = &f.path else { continue };
            let pi = match paths.iter().position(|p| p == path) {
                Some(i) => i,
                None => {
                    paths.push(path.clone());
                    path_fields.push(usize::MAX);
                    paths.len() - 1
                }
            } as u16;
            idents.push(Ident {
                kind: f.kind,
                digest: self.digest(&format!("ident:{}", f.kind.code()), &f.canonical),
                field: pi,
                start: 0,
                end: crate::text::utf16_len(&f.display) as u32,
            });
        }
        // photo
        let photo = a
            .profile
            .and_then(|p| p.photo.as_ref())
            .and_then(|p| p.dhash.as_deref())
            .and_then(|h| photo::parse_hex(h).ok());
        // style
        let style = if self.config.style && a.words >= style::MIN_WORDS {
            Some(style::profile(a.subject_prose().map(|(_, f)| {
                (f.norm.as_str(), f.word_strs().collect::<Vec<_>>())
            })))
        } else {
            None
        };
        // one person across documents
        let (mut own_urls, mut link_urls, mut claims) = (Vec::new(), Vec::new(), None);
        if let Some(p) = person::profile_of(doc) {
            let (own, links) = person::anchors(p);
            own_urls = own.iter().map(|u| self.digest64("person-url", u)).collect();
            link_urls = links
                .iter()
                .map(|u| self.digest64("person-url", u))
                .collect();
            if person::has_claims(p) {
                claims = Some(person::claims_json(p));
            }
        }
        let entry = Entry {
            id,
            kind,
            persona,
            name_fold,
            name_skel,
            name_lookalikes,
            paths,
            text,
            idents,
            photo,
            style,
            own_urls,
            link_urls,
            claims,
        };
        let live = Live {
            analysis: a,
            path_fields,
            idents: found,
        };
        (entry, live)
    }
}

impl Corpus {
    /// A corpus with a freshly generated key, written into the blob by
    /// [`to_bytes`](Self::to_bytes). Prefer [`with_key`](Self::with_key)
    /// when the blob may be stored where others can read it.
    pub fn new() -> Corpus {
        let mut c = Corpus::build(fresh_key(), Config::default());
        c.key_embedded = true;
        c
    }

    /// A corpus keyed by the caller. The key is never written to the blob;
    /// [`from_bytes`](Self::from_bytes) needs it again.
    pub fn with_key(key: &[u8]) -> Corpus {
        Corpus::build(key.to_vec(), Config::default())
    }

    /// Write the key into the blob (for a key the caller generated but does
    /// not keep, as the WebAssembly bindings do with `crypto.getRandomValues`).
    pub fn embed_key(&mut self) {
        self.key_embedded = true;
    }

    /// Change thresholds and what is kept. Use before adding documents.
    pub fn with_config(mut self, config: Config) -> Corpus {
        self.config = config;
        self
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub(crate) fn build(key: Vec<u8>, config: Config) -> Corpus {
        let sip = SipKey::derive(&key, SHINGLE_LABEL);
        Corpus {
            config,
            key,
            key_embedded: false,
            sip,
            entries: Vec::new(),
            alive: Vec::new(),
            by_id: HashMap::new(),
            lsh: Lsh::new(),
            idents: HashMap::new(),
            names: HashMap::new(),
            photos: Vec::new(),
            styled: Vec::new(),
            style_df: style::LocalDf::default(),
            style_idf: None,
            style_base: Vec::new(),
            style_same: Vec::new(),
            style_differ: Vec::new(),
            style_unlearnt: 0,
            style_share: 0.0,
            links: Vec::new(),
            adjacency: Vec::new(),
            scratch: Vec::new(),
            next_anon: 0,
            candidates_seen: 0,
        }
    }

    /// Documents currently in the corpus.
    pub fn len(&self) -> usize {
        self.alive.iter().filter(|a| **a).count()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id of a document (its `id`, or `#n` when it had none).
    pub fn id(&self, key: DocKey) -> Option<&str> {
        self.entries.get(key.0 as usize).map(|e| e.id.as_str())
    }

    /// The key of the live document with this id.
    pub fn key_of(&self, id: &str) -> Option<DocKey> {
        self.by_id.get(id).map(|&i| DocKey(i))
    }

    /// Add a document and link it to everything seen before. A document
    /// whose id is already in the corpus replaces the earlier one.
    ///
    /// This is linkage's lean pass: no rule runs, and the document is read
    /// only for what the corpus keeps (the subject's fields normalized and
    /// split into words, their contacts, the name, platform identifiers,
    /// the photo hash) — no sentences, script runs or language detection.
    /// The corpus ends up exactly as [`add_analysis`](Self::add_analysis)
    /// of a full [`Analysis`] would leave it. For the document's own hints
    /// as well, use [`analyze`](Self::analyze).
    pub fn add(&mut self, doc: Document) -> DocKey {
        let mut doc = doc;
        doc.enforce_limits();
        let options = Options::default();
        let a = Analysis::lean(&doc, &options);
        self.add_analysis(&a)
    }

    /// Add an already analysed document (a full [`Analysis::new`]: when
    /// nothing else needs the analysis, [`add`](Self::add) is cheaper).
    pub fn add_analysis(&mut self, a: &Analysis) -> DocKey {
        let (entry, live) = self.fingerprint(a);
        self.insert(entry, Some(&live))
    }

    /// Analyse a document, add it, and report its own hints together with
    /// its linkage hints against everything seen before, scored as one.
    ///
    /// Documents of the same person seen before (tied by an explicit link,
    /// see [`person`]) are compared with it: their claims are attached to
    /// the document's profile as `same_person` profiles (after any the
    /// caller gave), so the same-person rules (HL113–HL117) read both sides;
    /// [`Report::same_person`] names the document each came from.
    pub fn analyze(&mut self, doc: Document, options: &Options) -> Report {
        let mut doc = doc;
        let attached = self.attach_same_person(&mut doc);
        let mut report = crate::analyze_extended(doc, options, |a, sink| {
            let key = self.add_analysis(a);
            self.emit_hints(key, a, sink);
        });
        report.same_person = attached;
        report
    }

    /// Ids of the live documents tied to this one as the same person
    /// (by links or persona, see [`person`]), most recent first.
    pub fn same_person_of(&self, doc: &Document) -> Vec<String> {
        self.tied(doc)
            .into_iter()
            .filter_map(|i| self.entries.get(i as usize).map(|e| e.id.clone()))
            .collect()
    }

    /// The claims the corpus kept of the documents tied to `doc` as the
    /// same person, most recent first: `(document id, claims as a profile's
    /// JSON)`. For callers that keep several corpora (the extension keeps
    /// one per site) and attach these as `same_person` profiles themselves.
    pub fn same_person_claims(&self, doc: &Document) -> Vec<(String, String)> {
        self.tied(doc)
            .into_iter()
            .filter_map(|i| {
                let e = self.entries.get(i as usize)?;
                Some((e.id.clone(), e.claims.clone()?))
            })
            .collect()
    }

    /// Live entries with claims tied to `doc` as the same person, most recent first.
    fn tied(&self, doc: &Document) -> Vec<u32> {
        let Some(p) = person::profile_of(doc) else {
            return Vec::new();
        };
        let keyed = Keyed {
            key: &self.key,
            sip: &self.sip,
            config: &self.config,
        };
        let (own, links) = person::anchors(p);
        let own: Vec<u64> = own
            .iter()
            .map(|u| keyed.digest64("person-url", u))
            .collect();
        let links: Vec<u64> = links
            .iter()
            .map(|u| keyed.digest64("person-url", u))
            .collect();
        let persona = person::persona_id(doc).map(|id| keyed.digest64("persona", id));
        let me = doc.id().filter(|s| !s.is_empty());
        let mut out = Vec::new();
        for (i, e) in self.entries.iter().enumerate().rev() {
            if !self.alive.get(i).copied().unwrap_or(false) || e.claims.is_none() {
                continue;
            }
            if me == Some(e.id.as_str()) {
                continue;
            }
            let by_link = e.own_urls.iter().any(|u| links.contains(u))
                || e.link_urls.iter().any(|u| own.contains(u));
            let by_persona = persona.is_some() && e.persona == persona;
            // the same page seen again under another id is not a second source
            let same_page = !own.is_empty() && e.own_urls == own;
            if (by_link || by_persona) && !same_page {
                out.push(i as u32);
            }
            if out.len() >= person::MAX_SAME_PERSON {
                break;
            }
        }
        out
    }

    /// Attach the claims of the documents tied to `doc` to its profile;
    /// returns, per `same_person` entry, the document it came from (the
    /// caller's own entries: their `id`, or "").
    fn attach_same_person(&self, doc: &mut Document) -> Vec<String> {
        let tied = self.tied(doc);
        let Some(p) = person::profile_of_mut(doc) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = p
            .same_person
            .iter()
            .map(|o| o.id.clone().unwrap_or_default())
            .collect();
        let given: Vec<String> = p
            .same_person
            .iter()
            .filter_map(|o| o.url.as_deref().map(person::url_key))
            .collect();
        for i in tied {
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            let Some(mut other) = e.claims.as_deref().and_then(person::claims_from_json) else {
                continue;
            };
            if other
                .url
                .as_deref()
                .map(person::url_key)
                .is_some_and(|u| given.contains(&u))
            {
                continue;
            }
            other.id = Some(e.id.clone());
            p.same_person.push(other);
            ids.push(e.id.clone());
        }
        // nothing to name when no profile of the person was given or found
        if ids.iter().all(String::is_empty) {
            ids.clear();
        }
        ids
    }

    /// Links of one document, strongest first.
    pub fn links(&self, key: DocKey) -> Vec<&Link> {
        let mut v: Vec<&Link> = self
            .adjacency
            .get(key.0 as usize)
            .map(|adj| {
                adj.iter()
                    .filter_map(|&i| self.links.get(i as usize))
                    .collect()
            })
            .unwrap_or_default();
        crate::sort::by(&mut v, |x, y| {
            y.severity
                .cmp(&x.severity)
                .then(y.score.total_cmp(&x.score))
        });
        v
    }

    /// Links of the document with this id.
    pub fn links_of(&self, id: &str) -> Vec<&Link> {
        self.key_of(id).map(|k| self.links(k)).unwrap_or_default()
    }

    /// Every link between live documents, in the order they were found.
    pub fn pairs(&self) -> impl Iterator<Item = &Link> + '_ {
        self.links.iter().filter(|l| {
            self.alive.get(l.key_a.0 as usize).copied().unwrap_or(false)
                && self.alive.get(l.key_b.0 as usize).copied().unwrap_or(false)
        })
    }

    /// Groups of documents joined by strong links (union–find), each with
    /// the links that join it; largest first. Single documents are left out.
    pub fn clusters(&self) -> Vec<Cluster> {
        let n = self.entries.len();
        let mut parent: Vec<u32> = (0..n as u32).collect();
        fn find(p: &mut [u32], mut x: u32) -> u32 {
            while let Some(&px) = p.get(x as usize) {
                if px == x {
                    break;
                }
                let gp = p.get(px as usize).copied().unwrap_or(px);
                if let Some(slot) = p.get_mut(x as usize) {
                    *slot = gp;
                }
                x = gp;
            }
            x
        }
        let strong: Vec<&Link> = self.pairs().filter(|l| l.strong).collect();
        for l in &strong {
            let (ra, rb) = (find(&mut parent, l.key_a.0), find(&mut parent, l.key_b.0));
            if ra != rb {
                let (lo, hi) = (ra.min(rb), ra.max(rb));
                if let Some(s) = parent.get_mut(hi as usize) {
                    *s = lo;
                }
            }
        }
        let mut groups: HashMap<u32, (Vec<u32>, Vec<ClusterReason>)> = HashMap::new();
        for l in &strong {
            let r = find(&mut parent, l.key_a.0);
            groups.entry(r).or_default().1.push(ClusterReason {
                kind: l.kind,
                a: l.a.clone(),
                b: l.b.clone(),
                score: l.score,
                reason: l.reason.clone(),
            });
        }
        for i in 0..n as u32 {
            if !self.alive.get(i as usize).copied().unwrap_or(false) {
                continue;
            }
            let r = find(&mut parent, i);
            if let Some(g) = groups.get_mut(&r) {
                g.0.push(i);
            }
        }
        let mut out: Vec<Cluster> = groups
            .into_values()
            .map(|(members, reasons)| Cluster {
                members: members
                    .iter()
                    .filter_map(|&m| self.entries.get(m as usize).map(|e| e.id.clone()))
                    .collect(),
                reasons,
            })
            .filter(|c| c.members.len() > 1)
            .collect();
        crate::sort::by(&mut out, |x, y| {
            y.members
                .len()
                .cmp(&x.members.len())
                .then_with(|| x.members.cmp(&y.members))
        });
        out
    }

    /// LSH candidates compared on their exact shingle sets since the corpus
    /// was made (for the scale benchmark).
    pub fn candidates_seen(&self) -> u64 {
        self.candidates_seen
    }

    /// Members of the largest LSH bucket (for the scale benchmark: buckets
    /// are walked only to their newest [`minhash::MAX_BUCKET_WALK`]).
    pub fn largest_lsh_bucket(&self) -> usize {
        self.lsh.largest_bucket()
    }

    /// Approximate heap bytes held (for the scale benchmark).
    pub fn heap_bytes(&self) -> usize {
        self.heap_parts().iter().map(|p| p.1).sum()
    }

    /// Heap bytes held, by structure (capacities, not lengths; a small
    /// allocation is counted at its size, without the allocator's overhead).
    pub fn heap_parts(&self) -> Vec<(&'static str, usize)> {
        fn vec<T>(v: &Vec<T>) -> usize {
            v.capacity() * std::mem::size_of::<T>()
        }
        /// A hash map's slots (key and value) and control bytes.
        fn map<K, V, S>(m: &HashMap<K, V, S>) -> usize {
            let buckets = if m.capacity() == 0 {
                0
            } else {
                (m.capacity() * 8 / 7).next_power_of_two()
            };
            buckets * (std::mem::size_of::<(K, V)>() + 1)
        }
        let mut sets = 0;
        let mut positions = 0;
        let mut strings = 0;
        let mut other = 0;
        let mut styles = 0;
        for e in &self.entries {
            if let Some(t) = &e.text {
                sets += vec(&t.set);
                positions += vec(&t.positions);
            }
            strings += e.id.capacity()
                + vec(&e.paths)
                + e.paths.iter().map(String::capacity).sum::<usize>()
                + e.claims.as_ref().map_or(0, String::capacity);
            other += vec(&e.idents) + vec(&e.own_urls) + vec(&e.link_urls);
            styles += e.style.as_ref().map_or(0, |s| vec(&s.feats));
        }
        vec![
            ("entries", vec(&self.entries)),
            ("shingle sets", sets),
            ("shingle positions", positions),
            ("ids and paths", strings),
            ("identifiers and urls", other),
            (
                "style profiles",
                styles
                    + vec(&self.styled)
                    + vec(&self.style_base)
                    + self
                        .style_base
                        .iter()
                        .flatten()
                        .map(style::Baseline::heap_bytes)
                        .sum::<usize>()
                    + vec(&self.style_same)
                    + vec(&self.style_differ),
            ),
            ("LSH index", self.lsh.heap_bytes()),
            (
                "by id",
                map(&self.by_id) + self.by_id.keys().map(String::capacity).sum::<usize>(),
            ),
            (
                "identifier and name indexes",
                map(&self.idents)
                    + self.idents.values().map(vec).sum::<usize>()
                    + map(&self.names)
                    + self.names.values().map(vec).sum::<usize>()
                    + vec(&self.photos),
            ),
            (
                "links",
                vec(&self.links)
                    + self
                        .links
                        .iter()
                        .map(|l| {
                            l.a.capacity()
                                + l.b.capacity()
                                + l.reason.capacity()
                                + vec(&l.spans_a)
                                + vec(&l.spans_b)
                        })
                        .sum::<usize>(),
            ),
            (
                "adjacency",
                vec(&self.adjacency) + self.adjacency.iter().map(vec).sum::<usize>(),
            ),
            ("alive", vec(&self.alive)),
        ]
    }

    // ---- building fingerprints ----

    fn fingerprint<'a>(&mut self, a: &'a Analysis<'a>) -> (Entry, Live<'a>) {
        let doc = a.doc;
        let id = match doc.id() {
            Some(id) if !id.is_empty() => id.to_owned(),
            _ => {
                self.next_anon += 1;
                let mut id = format!("#{}", self.next_anon);
                while self.by_id.contains_key(&id) {
                    self.next_anon += 1;
                    id = format!("#{}", self.next_anon);
                }
                id
            }
        };
        let keyed = Keyed {
            key: &self.key,
            sip: &self.sip,
            config: &self.config,
        };
        keyed.fingerprint(id, a)
    }

    // ---- linking ----

    /// Insert an entry, find its links against every live entry, index it.
    pub(crate) fn insert(&mut self, entry: Entry, live: Option<&Live>) -> DocKey {
        if let Some(&old) = self.by_id.get(&entry.id) {
            if let Some(a) = self.alive.get_mut(old as usize) {
                *a = false;
            }
            if let Some(p) = self
                .entries
                .get(old as usize)
                .and_then(|e| e.style.as_ref())
            {
                self.style_df.remove(p);
            }
        }
        let me = self.entries.len() as u32;
        let mut new_links: Vec<Link> = Vec::new();
        let bands = entry
            .text
            .as_ref()
            .map(|t| minhash::bands(&minhash::signature(&t.set)));
        if let Some(b) = &bands {
            self.link_text(me, &entry, b, live, &mut new_links);
        }
        self.link_idents(me, &entry, live, &mut new_links);
        self.link_photo(me, &entry, &mut new_links);
        self.link_names(me, &entry, &mut new_links);
        let sketch = entry.style.as_ref().map(style::sketch);
        let mut style_base = None;
        if let Some(sk) = &sketch {
            style_base = self.link_style(me, &entry, sk, &mut new_links);
        }
        self.style_base.push(style_base);
        // index
        if let Some(b) = bands {
            self.lsh.insert(me, &b);
        }
        for i in &entry.idents {
            self.idents.entry(ident_key(i)).or_default().push(me);
        }
        if let Some(s) = entry.name_skel {
            self.names.entry(s).or_default().push(me);
        }
        if let Some(p) = entry.photo {
            self.photos.push((p, me));
        }
        if let (Some(sk), Some(p)) = (sketch, &entry.style) {
            self.styled.push((sk, me));
            self.style_df.add(p);
        }
        self.by_id.insert(entry.id.clone(), me);
        self.entries.push(entry);
        self.alive.push(true);
        self.adjacency.push(Vec::new());
        for l in new_links {
            let li = self.links.len() as u32;
            if let Some(adj) = self.adjacency.get_mut(l.key_a.0 as usize) {
                adj.push(li);
            }
            if let Some(adj) = self.adjacency.get_mut(me as usize) {
                adj.push(li);
            }
            self.links.push(l);
        }
        DocKey(me)
    }

    fn other(&self, i: u32, me: &Entry) -> Option<&Entry> {
        if !self.alive.get(i as usize).copied().unwrap_or(false) {
            return None;
        }
        let o = self.entries.get(i as usize)?;
        // documents of one persona are not linked to each other
        linkable(o, me).then_some(o)
    }

    fn base_link(&self, o: &Entry, oi: u32, me: &Entry, mi: u32, kind: LinkKind) -> Link {
        base_link(o, oi, me, mi, kind)
    }

    fn link_text(
        &mut self,
        mi: u32,
        me: &Entry,
        bands: &[u32; BANDS],
        live: Option<&Live>,
        out: &mut Vec<Link>,
    ) {
        if me.text.is_none() {
            return;
        }
        let mut cands = std::mem::take(&mut self.scratch);
        self.lsh.candidates(bands, &mut cands);
        self.candidates_seen += cands.len() as u64;
        for &oi in &cands {
            let Some(o) = self.other(oi, me) else {
                continue;
            };
            if let Some(l) = text_link(o, oi, me, mi, &self.config, live) {
                out.push(l);
            }
        }
        self.scratch = cands;
    }

    fn link_idents(&mut self, mi: u32, me: &Entry, live: Option<&Live>, out: &mut Vec<Link>) {
        let mut near: Vec<u32> = Vec::new();
        for (ii, id) in me.idents.iter().enumerate() {
            let Some(others) = self.idents.get(&ident_key(id)) else {
                continue;
            };
            // the most recent linkable sharers, at most MAX_IDENT_LINKS of
            // them, found within the last MAX_BUCKET_WALK of the bucket: a
            // switchboard number pasted into thousands of documents links
            // each new one to a bounded few, never to all (which made the
            // links grow with the square of the corpus)
            near.clear();
            for &oi in others.iter().rev().take(minhash::MAX_BUCKET_WALK) {
                if self.other(oi, me).is_some() {
                    near.push(oi);
                    if near.len() == MAX_IDENT_LINKS {
                        break;
                    }
                }
            }
            near.reverse();
            let sharing = near.len();
            for &oi in &near {
                let Some(o) = self.other(oi, me) else {
                    continue;
                };
                if out.iter().any(|l| {
                    l.kind == LinkKind::SharedIdentifier
                        && l.key_a.0 == oi
                        && l.identifier == Some(id.kind)
                }) {
                    continue;
                }
                out.push(ident_link(o, oi, me, mi, ii, sharing, live));
            }
        }
    }

    fn link_photo(&self, mi: u32, me: &Entry, out: &mut Vec<Link>) {
        if me.photo.is_none() {
            return;
        }
        for &(_, oi) in &self.photos {
            let Some(o) = self.other(oi, me) else {
                continue;
            };
            if let Some(l) = photo_link(o, oi, me, mi) {
                out.push(l);
            }
        }
    }

    fn link_names(&self, mi: u32, me: &Entry, out: &mut Vec<Link>) {
        let Some(s) = me.name_skel else { return };
        let Some(others) = self.names.get(&s) else {
            return;
        };
        for &oi in others {
            let Some(o) = self.other(oi, me) else {
                continue;
            };
            if let Some(l) = name_link(o, oi, me, mi) {
                out.push(l);
            }
        }
    }

    /// IDF of the background plus this corpus, recomputed when the corpus
    /// has grown by 1/32 (or 16 documents) since the last time.
    fn refresh_style_idf(&mut self) {
        let docs = self.style_df.docs;
        let stale = match &self.style_idf {
            Some((n, _)) => docs.abs_diff(*n) > (n / 32).max(16),
            None => true,
        };
        if stale {
            let idf = style::Idf::from_parts(style::Background::shipped(), Some(&self.style_df));
            self.style_idf = Some((docs, idf));
        }
    }

    /// Style links of a new document. Genre and topic must not count as
    /// style, so the corpus's own documents are the impostors: the new
    /// document's similarity, in each view ([`style::VIEWS`]), to an evenly
    /// spread sample of [`style::IMPOSTORS`] earlier documents gives its
    /// baseline, and a pair counts only when its impostor score
    /// ([`style::impostor_z`]: deviations above both documents' baselines,
    /// mixed by the corpus's learnt topic share with the same once shared
    /// topic is taken out) reaches [`Config::style_min_z`]. Candidates are
    /// the nearest stored sketches (Hamming); at most
    /// [`style::MAX_LINKS_PER_DOC`] links are kept, best first. The pairs
    /// with earlier documents under the same name and, when it has any,
    /// with a few of its impostors are the lessons the topic share is
    /// learnt from. Returns the new document's baseline (`None` without
    /// enough impostors).
    fn link_style(
        &mut self,
        mi: u32,
        me: &Entry,
        sk: &style::Sketch,
        out: &mut Vec<Link>,
    ) -> Option<style::Baseline> {
        let sp = me.style.as_ref()?;
        if !self.config.style || self.config.style_scan_limit == 0 {
            return None;
        }
        self.refresh_style_idf();
        let idf = match &self.style_idf {
            Some((_, idf)) => idf,
            None => style::Idf::shipped(),
        };
        let mine = style::Dense::new(sp, idf);
        let sim_to =
            |o: &Entry| -> Option<style::Sims> { Some(mine.view_sims(o.style.as_ref()?, idf)) };
        // baseline: similarity to an evenly spread sample of earlier documents
        let n = self.styled.len();
        let stride = (n / style::IMPOSTORS).max(1);
        let mut sims: Vec<style::Sims> = Vec::with_capacity(style::IMPOSTORS);
        let mut impostors: Vec<u32> = Vec::with_capacity(style::IMPOSTORS);
        let mut j = (mi as usize) % stride;
        while j < n && sims.len() < style::IMPOSTORS {
            if let Some(&(_, oi)) = self.styled.get(j) {
                if let Some(s) = self.other(oi, me).and_then(sim_to) {
                    sims.push(s);
                    impostors.push(oi);
                }
            }
            j += stride;
        }
        let base = style::Baseline::of(&sims)?;
        // lessons for the topic share: the parts of this document's pair
        // with an earlier one that has a baseline
        let lesson = |oi: u32, s: &style::Sims| -> Option<style::Parts> {
            let their = self.style_base.get(oi as usize)?.as_ref()?;
            let op = self.entries.get(oi as usize)?.style.as_ref()?;
            Some(style::impostor_parts(
                s,
                &base,
                their,
                style::both_present(sp, op),
            ))
        };
        // ... with earlier documents under its own name (one writer; of one
        // persona too, which `other` would leave out) ...
        let mut same: Vec<style::Parts> = Vec::new();
        for &oi in me
            .name_skel
            .and_then(|k| self.names.get(&k))
            .map_or(&[][..], Vec::as_slice)
        {
            if same.len() >= style::LESSONS_PER_DOC {
                break;
            }
            let Some(o) = self.entries.get(oi as usize) else {
                continue;
            };
            let long = o
                .style
                .as_ref()
                .is_some_and(|op| op.words as usize >= style::MIN_WORDS);
            if !self.alive.get(oi as usize).copied().unwrap_or(false)
                || names_of(o, me) != Names::Same
                || o.id == me.id
                || !long
            {
                continue;
            }
            if let Some(p) = sim_to(o).and_then(|s| lesson(oi, &s)) {
                same.push(p);
            }
        }
        // ... and, when it gave any, with a few of its impostors spread over
        // the sample (strangers, as far as the corpus knows): each lesson
        // document anchors both kinds, and a corpus without names pays
        // nothing
        let mut differ: Vec<style::Parts> = Vec::new();
        if !same.is_empty() {
            let step = (impostors.len() / style::LESSONS_PER_DOC).max(1);
            for (&oi, s) in impostors.iter().zip(&sims).step_by(step) {
                differ.extend(lesson(oi, s));
            }
        }
        let share = self.style_share;
        // candidates: the nearest sketches of live documents of other personas
        let k = self.config.style_scan_limit;
        let mut near: Vec<(u32, u32)> = Vec::with_capacity(k + 1);
        for &(ref osk, oi) in &self.styled {
            let d = style::hamming(sk, osk);
            if near.len() == k && near.last().is_some_and(|l| l.0 <= d) {
                continue;
            }
            if self.other(oi, me).is_none() {
                continue;
            }
            let at = near.partition_point(|x| x.0 <= d);
            near.insert(at, (d, oi));
            near.truncate(k);
        }
        let mut found: Vec<(f64, f64, u32)> = Vec::new();
        for &(_, oi) in &near {
            let Some(o) = self.entries.get(oi as usize) else {
                continue;
            };
            // a document added before the corpus had enough impostors has
            // no baseline of its own: the new document's stands for both
            let their = self
                .style_base
                .get(oi as usize)
                .and_then(Option::as_ref)
                .unwrap_or(&base);
            let Some(op) = &o.style else { continue };
            if names_of(o, me) == Names::Same || (op.words as usize) < style::MIN_WORDS {
                continue;
            }
            // shared wording (a stock template, a quoted prompt) is not style:
            // pairs whose texts share passages are left to near-duplicate text
            if let (Some(ot), Some(mt)) = (&o.text, &me.text) {
                if minhash::similarity(&ot.set, &mt.set).containment >= style::MAX_SHARED_TEXT {
                    continue;
                }
            }
            let Some(sims) = sim_to(o) else { continue };
            let parts = style::impostor_parts(&sims, &base, their, style::both_present(sp, op));
            let z = style::impostor_z(parts, share);
            if z >= self.config.style_min_z {
                let raw = style::pairwise(&sims);
                found.push((z, style::calibrate(raw, op.words.min(sp.words)), oi));
            }
        }
        crate::sort::by(&mut found, |x, y| y.0.total_cmp(&x.0));
        found.truncate(style::MAX_LINKS_PER_DOC);
        for (z, score, oi) in found {
            let Some(o) = self.entries.get(oi as usize) else {
                continue;
            };
            let names = names_of(o, me);
            let mut l = self.base_link(o, oi, me, mi, LinkKind::SameAuthorStyle);
            l.score = score;
            l.style_z = Some(z);
            l.severity = Severity::Low;
            l.strong = false;
            l.reason = format!(
                "a similar writing style (score {score:.2}; {z:.1} deviations above what this corpus's documents share){}",
                names_note(names)
            );
            out.push(l);
        }
        self.learn_style(same, differ);
        Some(base)
    }

    /// Keep the newest [`style::MAX_LESSONS`] lessons of each kind and
    /// learn the topic share again once enough new same-writer ones came.
    fn learn_style(&mut self, same: Vec<style::Parts>, differ: Vec<style::Parts>) {
        fn keep(v: &mut Vec<style::Parts>, new: Vec<style::Parts>) {
            v.extend(new);
            let over = v.len().saturating_sub(style::MAX_LESSONS);
            if over > 0 {
                v.drain(..over);
            }
        }
        self.style_unlearnt += same.len();
        keep(&mut self.style_same, same);
        keep(&mut self.style_differ, differ);
        if self.style_unlearnt >= style::LESSONS_PER_DOC {
            self.style_unlearnt = 0;
            self.style_share = style::learn_topic_share(&self.style_same, &self.style_differ);
        }
    }

    /// The share of HL404's score that discounts shared topic, learnt from
    /// this corpus's documents under one name ([`style::learn_topic_share`];
    /// 0 until it has [`style::MIN_LESSON_PAIRS`] of them).
    pub fn style_topic_share(&self) -> f64 {
        self.style_share
    }

    // ---- hints ----

    /// Emit the linkage hints of a live document into a sink: one hint per
    /// rule, at the strongest severity seen, naming the other documents.
    fn emit_hints(&self, key: DocKey, a: &Analysis, sink: &mut Sink) {
        let links = self.links(key);
        let platform_ids = crate::platform::identifiers(a);
        self.emit_linked_reviewers(key, a, &links, &platform_ids, sink);
        let mut by_kind: Vec<(LinkKind, Vec<&Link>)> = Vec::new();
        for l in links {
            match by_kind.iter_mut().find(|(k, _)| *k == l.kind) {
                Some((_, v)) => v.push(l),
                None => by_kind.push((l.kind, vec![l])),
            }
        }
        for (kind, ls) in by_kind {
            let rule = kind.rule();
            let Some(sev) = ls.iter().map(|l| l.severity).max() else {
                continue;
            };
            let mut evidence: Vec<Evidence> = Vec::new();
            let mut parts: Vec<String> = Vec::new();
            for l in ls.iter().take(5) {
                let (other, spans) = if l.key_b == key {
                    (&l.a, &l.spans_b)
                } else {
                    (&l.b, &l.spans_a)
                };
                parts.push(format!("{other}: {}", l.reason));
                for s in spans {
                    let ev = a
                        .fields
                        .iter()
                        .find(|f| f.path == s.field)
                        .map(|f| evidence_utf16(f, s.start, s.end))
                        .or_else(|| {
                            platform_ids.iter().find(|p| p.path == s.field).map(|p| {
                                crate::platform::value_evidence(p.path.clone(), p.display.clone())
                            })
                        });
                    if let Some(ev) = ev {
                        if !evidence.contains(&ev) {
                            evidence.push(ev);
                        }
                    }
                }
            }
            if kind == LinkKind::SamePhoto || kind == LinkKind::NameVariant {
                if let Some(f) = a.fields.iter().find(|f| {
                    f.source == crate::text::Source::Name
                        || (f.source == crate::text::Source::AuthorName
                            && f.author == crate::text::Author::Subject)
                }) {
                    evidence.push(f.evidence_all());
                }
            }
            let more = if ls.len() > 5 {
                format!(" (and {} more)", ls.len() - 5)
            } else {
                String::new()
            };
            let message = format!(
                "Linked to {} other document{}: {}{more}.",
                ls.len(),
                if ls.len() == 1 { "" } else { "s" },
                parts.join("; ")
            );
            sink.emit_at(rule, sev, message, evidence);
        }
    }

    /// HL508: reviews on this profile from clients that share a device,
    /// an IP address or a payout account with it.
    fn emit_linked_reviewers(
        &self,
        key: DocKey,
        a: &Analysis,
        links: &[&Link],
        platform_ids: &[crate::platform::Found],
        sink: &mut Sink,
    ) {
        let Some(p) = a.profile else { return };
        if p.reviews.is_empty() {
            return;
        }
        /// A reviewing client linked to this profile: its id, what it
        /// shares, the reviews it left, the spans of the shared identifiers.
        type Linked<'l> = (&'l str, Vec<IdentKind>, Vec<usize>, Vec<&'l Span>);
        let mut found: Vec<Linked> = Vec::new();
        for l in links {
            let Some(kind) = l.identifier.filter(|k| {
                matches!(
                    k,
                    IdentKind::Device | IdentKind::PayoutAccount | IdentKind::IpAddress
                )
            }) else {
                continue;
            };
            let (other, spans) = if l.key_b == key {
                (l.a.as_str(), &l.spans_b)
            } else {
                (l.b.as_str(), &l.spans_a)
            };
            let reviews: Vec<usize> = p
                .reviews
                .iter()
                .enumerate()
                .filter(|(_, r)| r.client_id.as_deref() == Some(other))
                .map(|(i, _)| i)
                .collect();
            if reviews.is_empty() {
                continue;
            }
            match found.iter_mut().find(|f| f.0 == other) {
                Some(f) => {
                    if !f.1.contains(&kind) {
                        f.1.push(kind);
                    }
                    f.3.extend(spans.iter());
                }
                None => found.push((other, vec![kind], reviews, spans.iter().collect())),
            }
        }
        if found.is_empty() {
            return;
        }
        let strong = found.iter().any(|f| {
            f.1.iter()
                .any(|k| matches!(k, IdentKind::Device | IdentKind::PayoutAccount))
        });
        let sev = if strong {
            Severity::Medium
        } else {
            Severity::Low
        };
        let mut evidence = Vec::new();
        let mut parts = Vec::new();
        for (other, kinds, reviews, spans) in &found {
            let what: Vec<String> = kinds
                .iter()
                .map(|k| {
                    let l = k.label();
                    let an = l.starts_with("IP") || l.starts_with(['a', 'e', 'i', 'o', 'u']);
                    format!("{} {l}", if an { "an" } else { "a" })
                })
                .collect();
            parts.push(format!(
                "{} came from {other}, which shares {} with this profile",
                crate::rules::platform::plural(reviews.len(), "review"),
                what.join(" and ")
            ));
            for &i in reviews {
                if let Some(e) = crate::rules::platform::review_burst::review_evidence(a, i) {
                    evidence.push(e);
                }
            }
            for s in spans {
                if let Some(pid) = platform_ids.iter().find(|p| p.path == s.field) {
                    let e = crate::platform::value_evidence(pid.path.clone(), pid.display.clone());
                    if !evidence.contains(&e) {
                        evidence.push(e);
                    }
                }
            }
        }
        sink.emit_at(
            &crate::rules::platform::linked_reviewer::RULE,
            sev,
            format!("{}.", parts.join("; ")),
            evidence,
        );
    }

    /// Pairwise scores of two documents, without thresholds (`hirelens compare`).
    pub fn compare(a: Document, b: Document) -> Comparison {
        let mut c = Corpus::with_key(b"hirelens compare").with_config(Config {
            jaccard: 0.0,
            containment: 0.0,
            ..Config::default()
        });
        let options = Options::default();
        let (mut da, mut db) = (a, b);
        da.enforce_limits();
        db.enforce_limits();
        let aa = Analysis::lean(&da, &options);
        let ab = Analysis::lean(&db, &options);
        let (ea, _) = c.fingerprint(&aa);
        let (eb, live_b) = c.fingerprint(&ab);
        let sim = match (&ea.text, &eb.text) {
            (Some(x), Some(y)) => Some(minhash::similarity(&x.set, &y.set)),
            _ => None,
        };
        let style = match (&ea.style, &eb.style) {
            (Some(x), Some(y)) => style::compare(x, y),
            _ => style::Verdict::InsufficientText {
                words_a: aa.words as u32,
                words_b: ab.words as u32,
            },
        };
        let mut shared = Vec::new();
        for (i, id) in eb.idents.iter().enumerate() {
            if ea.idents.iter().any(|x| ident_key(x) == ident_key(id)) {
                shared.push(SharedIdentifier {
                    kind: id.kind,
                    value: live_b
                        .idents
                        .get(i)
                        .map(|f| f.display.clone())
                        .unwrap_or_default(),
                });
            }
        }
        let photo_distance = match (ea.photo, eb.photo) {
            (Some(x), Some(y)) => Some(photo::distance(x, y)),
            _ => None,
        };
        let names = names_of(&ea, &eb);
        let name_variant =
            ea.name_skel.is_some() && ea.name_skel == eb.name_skel && ea.name_fold != eb.name_fold;
        let ka = c.insert(ea, None);
        let _ = ka;
        Comparison {
            near_duplicate: NearDuplicate {
                jaccard: sim.map(|s| s.jaccard),
                containment: sim.map(|s| s.containment),
                shared_shingles: sim.map(|s| s.shared),
            },
            style: StyleScore {
                score: style.score(),
                verdict: style,
            },
            shared_identifiers: shared,
            photo_distance,
            names,
            name_variant,
        }
    }
}

/// `hirelens compare` output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub near_duplicate: NearDuplicate,
    pub style: StyleScore,
    pub shared_identifiers: Vec<SharedIdentifier>,
    pub photo_distance: Option<u32>,
    pub names: Names,
    pub name_variant: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearDuplicate {
    /// None when a side has fewer than the minimum shingles.
    pub jaccard: Option<f64>,
    pub containment: Option<f64>,
    pub shared_shingles: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StyleScore {
    /// None when the text is insufficient.
    pub score: Option<f64>,
    pub verdict: style::Verdict,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedIdentifier {
    pub kind: IdentKind,
    pub value: String,
}

// ---- the pairwise rules, shared by the corpus and by `signatures::confirm` ----

pub(crate) fn base_link(o: &Entry, oi: u32, me: &Entry, mi: u32, kind: LinkKind) -> Link {
    Link {
        a: o.id.clone(),
        b: me.id.clone(),
        key_a: DocKey(oi),
        key_b: DocKey(mi),
        kind,
        score: 0.0,
        severity: Severity::Info,
        strong: false,
        names: names_of(o, me),
        reason: String::new(),
        jaccard: None,
        containment: None,
        identifier: None,
        value: None,
        distance: None,
        style_z: None,
        spans_a: Vec::new(),
        spans_b: Vec::new(),
    }
}

/// Whether two entries may be linked at all: documents of one persona, or
/// one document under one id, are not.
pub(crate) fn linkable(o: &Entry, me: &Entry) -> bool {
    !(o.persona.is_some() && o.persona == me.persona) && o.id != me.id
}

/// The near-duplicate-text link of an earlier entry `o` and a later `me`,
/// when their exact shingle sets reach the Jaccard or containment threshold.
pub(crate) fn text_link(
    o: &Entry,
    oi: u32,
    me: &Entry,
    mi: u32,
    config: &Config,
    live: Option<&Live>,
) -> Option<Link> {
    let (ot, t) = (o.text.as_ref()?, me.text.as_ref()?);
    let sim = minhash::similarity(&ot.set, &t.set);
    if sim.jaccard < config.jaccard && sim.containment < config.containment {
        return None;
    }
    let mut l = base_link(o, oi, me, mi, LinkKind::NearDuplicateText);
    let by_containment = sim.jaccard < config.jaccard;
    l.score = if by_containment {
        sim.containment
    } else {
        sim.jaccard
    };
    l.jaccard = Some(sim.jaccard);
    l.containment = Some(sim.containment);
    let near_identical = sim.jaccard >= 0.9 || sim.containment >= 0.95;
    (l.severity, l.strong) = match l.names {
        Names::Differ if near_identical => (Severity::High, true),
        Names::Differ => (Severity::Medium, true),
        Names::Unknown if near_identical => (Severity::Medium, true),
        Names::Unknown => (Severity::Low, true),
        Names::Same => (Severity::Low, false),
    };
    l.spans_a = passages(o, &ot.positions, &t.set, None);
    l.spans_b = passages(me, &t.positions, &ot.set, live);
    l.reason = format!(
        "{} text: Jaccard {:.2}, containment {:.2}, {} shared passage{}{}",
        if near_identical {
            "near-identical"
        } else {
            "largely the same"
        },
        sim.jaccard,
        sim.containment,
        l.spans_b.len(),
        if l.spans_b.len() == 1 { "" } else { "s" },
        names_note(l.names),
    );
    Some(l)
}

/// The shared-identifier link for `me`'s identifier number `ii`, which `o`
/// has too; `sharing` is how many earlier linkable documents have it.
pub(crate) fn ident_link(
    o: &Entry,
    oi: u32,
    me: &Entry,
    mi: u32,
    ii: usize,
    sharing: usize,
    live: Option<&Live>,
) -> Link {
    let mut l = base_link(o, oi, me, mi, LinkKind::SharedIdentifier);
    let Some(id) = me.idents.get(ii) else {
        return l;
    };
    l.score = 1.0;
    l.identifier = Some(id.kind);
    l.value = live
        .and_then(|lv| lv.idents.get(ii))
        .map(|f| f.display.clone());
    let by_names = match l.names {
        Names::Differ => (Severity::High, true),
        Names::Unknown => (Severity::Medium, true),
        Names::Same => (Severity::Low, true),
    };
    (l.severity, l.strong) = match id.kind {
        // a shared office, a household, a carrier: never enough alone
        IdentKind::IpNetwork => (Severity::Info, false),
        IdentKind::IpAddress => (Severity::Low, false),
        // one device or payout account for two accounts is a
        // household as often as not; for three or more, the names decide
        IdentKind::Device | IdentKind::PayoutAccount if sharing < 2 => (Severity::Low, true),
        _ => by_names,
    };
    if let Some(oid) = o.idents.iter().find(|x| ident_key(x) == ident_key(id)) {
        l.spans_a.push(span(o, oid.field, oid.start, oid.end, None));
    }
    l.spans_b.push(span(me, id.field, id.start, id.end, live));
    l.reason = format!("the same {}{}", id.kind.label(), names_note(l.names));
    l
}

/// The photo link of two entries: the same photo, or one name with different photos.
pub(crate) fn photo_link(o: &Entry, oi: u32, me: &Entry, mi: u32) -> Option<Link> {
    let (p, q) = (me.photo?, o.photo?);
    let d = photo::distance(p, q);
    let names = names_of(o, me);
    let same = d <= photo::SAME_PHOTO_MAX_DISTANCE;
    let one_name_many_photos = names == Names::Same && d >= photo::DIFFERENT_PHOTO_MIN_DISTANCE;
    if !same && !one_name_many_photos {
        return None;
    }
    let mut l = base_link(o, oi, me, mi, LinkKind::SamePhoto);
    l.distance = Some(d);
    l.score = 1.0 - f64::from(d) / 64.0;
    if same {
        (l.severity, l.strong) = match names {
            Names::Differ => (Severity::High, true),
            Names::Unknown => (Severity::Medium, true),
            Names::Same => (Severity::Low, true),
        };
        l.reason = format!(
            "the same photo (perceptual hash distance {d} of 64){}",
            names_note(names)
        );
    } else {
        (l.severity, l.strong) = (Severity::Low, false);
        l.reason =
            format!("the same name with a different photo (perceptual hash distance {d} of 64)");
    }
    Some(l)
}

/// The name-variant link: one reading skeleton, different spellings.
pub(crate) fn name_link(o: &Entry, oi: u32, me: &Entry, mi: u32) -> Option<Link> {
    if me.name_skel.is_none() || o.name_skel != me.name_skel || o.name_fold == me.name_fold {
        return None; // no skeleton, another skeleton, or the same name (not a variant)
    }
    let mut l = base_link(o, oi, me, mi, LinkKind::NameVariant);
    l.score = 1.0;
    let kind = names::variant_kind(o.name_lookalikes, me.name_lookalikes);
    (l.severity, l.strong) = if o.name_lookalikes || me.name_lookalikes {
        (Severity::Medium, true)
    } else {
        (Severity::Low, false)
    };
    l.reason = format!("the same name written with different {kind}");
    Some(l)
}

fn ident_key(i: &Ident) -> u128 {
    let mut b = [0u8; 16];
    b.copy_from_slice(&i.digest);
    u128::from_le_bytes(b) ^ u128::from(i.kind.code())
}

fn names_of(a: &Entry, b: &Entry) -> Names {
    match (a.name_fold, b.name_fold) {
        (Some(x), Some(y)) if x == y => Names::Same,
        (Some(_), Some(_)) => Names::Differ,
        _ => Names::Unknown,
    }
}

fn names_note(n: Names) -> &'static str {
    match n {
        Names::Differ => ", under a different name",
        Names::Same => ", under the same name",
        Names::Unknown => "",
    }
}

fn span(e: &Entry, field: u16, start: u32, end: u32, live: Option<&Live>) -> Span {
    let path = e.paths.get(field as usize).cloned().unwrap_or_default();
    let text = live.and_then(|lv| {
        let fi = *lv.path_fields.get(field as usize)?;
        let f = lv.analysis.fields.get(fi)?;
        Some(evidence_utf16(f, start, end).text)
    });
    Span {
        field: path,
        start,
        end,
        text,
    }
}

/// Passages of `e` whose shingles are in `other`: runs of consecutive
/// shared shingles in one field, merged, longest first (at most 8).
fn passages(e: &Entry, positions: &[Pos], other: &[u32], live: Option<&Live>) -> Vec<Span> {
    let mut runs: Vec<(u16, u32, u32)> = Vec::new();
    for p in positions {
        if other.binary_search(&p.hash).is_err() {
            continue;
        }
        match runs.last_mut() {
            Some((f, _, end)) if *f == p.field && p.start <= *end => {
                *end = (*end).max(p.end);
            }
            _ => runs.push((p.field, p.start, p.end)),
        }
    }
    crate::sort::by_key(&mut runs, |r| std::cmp::Reverse(r.2 - r.1));
    runs.truncate(8);
    crate::sort::by_key(&mut runs, |r| (r.0, r.1));
    runs.into_iter()
        .map(|(f, s, e2)| span(e, f, s, e2, live))
        .collect()
}

/// Byte offset of a UTF-16 offset in `s` (clamped to the end).
fn byte_at_utf16(s: &str, u: u32) -> usize {
    let mut acc = 0u32;
    for (i, c) in s.char_indices() {
        if acc >= u {
            return i;
        }
        acc += c.len_utf16() as u32;
    }
    s.len()
}

/// Evidence for a UTF-16 range of a field's original text.
fn evidence_utf16(f: &Field, start: u32, end: u32) -> Evidence {
    let bs = byte_at_utf16(&f.original, start);
    let be = byte_at_utf16(&f.original, end).max(bs);
    f.evidence_original(bs..be)
}

#[cfg(test)]
mod tests;
