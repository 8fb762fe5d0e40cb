//! The corpus's byte format (hand-written: no serialization crate, so the
//! WebAssembly module stays small).
//!
//! ```text
//! magic     "HLCORPUS"                     8 bytes
//! version   u16 LE (this build writes 5; reads 1 to 5 — a version-1 blob loads
//!           without its style profiles, which the version-2 score cannot use;
//!           versions 1 and 2 have no same-person data; versions 2 to 4 have
//!           no distorted-text views this build can use (version 4's masked
//!           another word list: dropped on read; compared on the other
//!           views) and their style threshold is on an older scale: the
//!           default replaces it)
//! flags     u8: 1 key embedded, 2 passages kept, 4 style compared
//! [key]     varint length + bytes          only when embedded
//! keycheck  8 bytes: HMAC-SHA-256(key, "hirelens key check")[..8]
//! config    f64 LE jaccard, f64 LE containment, varint style candidates,
//!           f64 LE style deviations (version 2 only)
//! anon      varint: counter for documents without an id
//! entries   varint count, then per document:
//!   id (varint length + UTF-8), kind u8, flags u8
//!     (1 persona, 2 name, 4 name skeleton, 8 look-alike name, 16 text, 32 photo, 64 style,
//!      128 person: version 3 and later)
//!   persona / name / skeleton digests: u64 LE each, when flagged
//!   paths: varint count, strings
//!   text: varint n, n shingle hashes as ascending deltas (varints);
//!         varint m positions: hash u32 LE, varint field, varint start, varint length
//!   identifiers: varint count: kind u8, 16-byte digest, varint field, start, length
//!   photo u64 LE; style (version 2): varint words, varint n, then n × (varint bucket
//!         delta, varint count), buckets ascending (version 1: varint words, two byte
//!         strings of a profile format no longer used; skipped on read)
//!   person (version 3 and later, when flagged): varint n, n × u64 LE own-address digests;
//!         varint m, m × u64 LE linked-address digests; claims: varint length +
//!         bytes sealed with the key (see [`super::person::seal`]; empty: none)
//! checksum  SHA-256 of everything before it, first 8 bytes
//! ```
//!
//! Only the live documents are written; links are recomputed on load (the
//! linking is deterministic, so the same links come back). Reading checks
//! the magic, the version, the checksum and every length and index before
//! use: a corrupt, truncated or newer blob is an error, never a panic.

use super::ident::IdentKind;
use super::{Config, Corpus, Entry, Ident, Pos, TextSig, hash::hmac_sha256, style};
use sha2::{Digest, Sha256};
use std::fmt;

pub const MAGIC: &[u8; 8] = b"HLCORPUS";
pub const VERSION: u16 = 5;

/// Why a blob could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CorpusError {
    /// The bytes do not start with the corpus magic.
    NotACorpus,
    /// Written by a newer HireLens.
    NewerVersion { found: u16, supported: u16 },
    /// Damaged: the checksum or a structure does not hold.
    Corrupt(String),
    /// The blob's key was not embedded; pass the key it was made with.
    KeyRequired,
    /// The key given is not the one the blob was made with.
    WrongKey,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CorpusError::NotACorpus => write!(f, "corpus: not a HireLens corpus (bad magic bytes)"),
            CorpusError::NewerVersion { found, supported } => write!(
                f,
                "corpus: format version {found} is newer than this HireLens reads (up to {supported}); upgrade HireLens"
            ),
            CorpusError::Corrupt(what) => write!(f, "corpus: damaged data: {what}"),
            CorpusError::KeyRequired => write!(
                f,
                "corpus: this corpus was made with a caller-supplied key; pass the same key to load it"
            ),
            CorpusError::WrongKey => {
                write!(
                    f,
                    "corpus: the key does not match the one this corpus was made with"
                )
            }
        }
    }
}

impl std::error::Error for CorpusError {}

pub(crate) fn key_check(key: &[u8]) -> [u8; 8] {
    let d = hmac_sha256(key, b"hirelens key check");
    let mut out = [0u8; 8];
    for (o, b) in out.iter_mut().zip(d.iter()) {
        *o = *b;
    }
    out
}

struct W(Vec<u8>);

impl W {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.0.extend_from_slice(b);
    }
}

struct R<'a> {
    b: &'a [u8],
    pos: usize,
}

type Res<T> = Result<T, CorpusError>;

fn corrupt(what: impl Into<String>) -> CorpusError {
    CorpusError::Corrupt(what.into())
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize, what: &str) -> Res<&'a [u8]> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.b.len())
            .ok_or_else(|| corrupt(format!("truncated in {what}")))?;
        let s = self.b.get(self.pos..end).ok_or_else(|| corrupt(what))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Res<u8> {
        Ok(self.take(1, what)?.first().copied().unwrap_or(0))
    }
    fn arr<const N: usize>(&mut self, what: &str) -> Res<[u8; N]> {
        let s = self.take(N, what)?;
        let mut a = [0u8; N];
        a.copy_from_slice(s);
        Ok(a)
    }
    fn u64(&mut self, what: &str) -> Res<u64> {
        Ok(u64::from_le_bytes(self.arr::<8>(what)?))
    }
    fn varint(&mut self, what: &str) -> Res<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8(what)?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(corrupt(format!("over-long number in {what}")))
    }
    fn u32v(&mut self, what: &str) -> Res<u32> {
        u32::try_from(self.varint(what)?)
            .map_err(|_| corrupt(format!("number too large in {what}")))
    }
    /// A count of items that each take at least `min_size` bytes.
    fn count(&mut self, min_size: usize, what: &str) -> Res<usize> {
        let n = self.varint(what)?;
        let left = (self.b.len() - self.pos) / min_size.max(1);
        if n > left as u64 {
            return Err(corrupt(format!(
                "{what}: {n} items cannot fit in what is left"
            )));
        }
        Ok(n as usize)
    }
    fn bytes(&mut self, what: &str) -> Res<&'a [u8]> {
        let n = self.count(1, what)?;
        self.take(n, what)
    }
    fn string(&mut self, what: &str) -> Res<String> {
        let b = self.bytes(what)?;
        String::from_utf8(b.to_vec()).map_err(|_| corrupt(format!("{what} is not UTF-8")))
    }
}

impl Corpus {
    /// Serialize the corpus (see the [format](self)).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = W(Vec::with_capacity(64 + self.entries.len() * 256));
        w.0.extend_from_slice(MAGIC);
        w.0.extend_from_slice(&VERSION.to_le_bytes());
        let flags = u8::from(self.key_embedded)
            | (u8::from(self.config.passages) << 1)
            | (u8::from(self.config.style) << 2);
        w.u8(flags);
        if self.key_embedded {
            w.bytes(&self.key);
        }
        w.0.extend_from_slice(&key_check(&self.key));
        w.0.extend_from_slice(&self.config.jaccard.to_le_bytes());
        w.0.extend_from_slice(&self.config.containment.to_le_bytes());
        w.varint(self.config.style_scan_limit as u64);
        w.0.extend_from_slice(&self.config.style_min_z.to_le_bytes());
        w.varint(self.next_anon);
        let live: Vec<&Entry> = self
            .entries
            .iter()
            .zip(self.alive.iter())
            .filter(|(_, a)| **a)
            .map(|(e, _)| e)
            .collect();
        w.varint(live.len() as u64);
        for e in live {
            write_entry(&mut w, e, Some(&self.key));
        }
        let sum = Sha256::digest(&w.0);
        w.0.extend_from_slice(sum.get(..8).unwrap_or(&[0; 8]));
        w.0
    }

    /// Load a corpus. `key` is required when the corpus was made with
    /// [`Corpus::with_key`], and must match when given.
    pub fn from_bytes(bytes: &[u8], key: Option<&[u8]>) -> Result<Corpus, CorpusError> {
        if bytes.len() < MAGIC.len() || bytes.get(..MAGIC.len()) != Some(MAGIC.as_slice()) {
            return Err(CorpusError::NotACorpus);
        }
        let mut r = R {
            b: bytes,
            pos: MAGIC.len(),
        };
        let version = u16::from_le_bytes(r.arr::<2>("version")?);
        if version > VERSION {
            return Err(CorpusError::NewerVersion {
                found: version,
                supported: VERSION,
            });
        }
        if version == 0 {
            return Err(corrupt("version 0"));
        }
        let body_len = bytes
            .len()
            .checked_sub(8)
            .filter(|&n| n >= r.pos)
            .ok_or_else(|| corrupt("truncated before the checksum"))?;
        let (body, sum) = bytes.split_at(body_len);
        if Sha256::digest(body).get(..8) != Some(sum) {
            return Err(corrupt("checksum mismatch (the data was changed or cut)"));
        }
        let mut r = R {
            b: body,
            pos: r.pos,
        };
        let flags = r.u8("flags")?;
        let embedded = if flags & 1 != 0 {
            Some(r.bytes("key")?.to_vec())
        } else {
            None
        };
        let check = r.arr::<8>("key check")?;
        let (key, key_embedded) = match (embedded, key) {
            (_, Some(k)) => (k.to_vec(), false),
            (Some(k), None) => (k, true),
            (None, None) => return Err(CorpusError::KeyRequired),
        };
        if key_check(&key) != check {
            return Err(CorpusError::WrongKey);
        }
        let jaccard = f64::from_le_bytes(r.arr::<8>("config")?);
        let containment = f64::from_le_bytes(r.arr::<8>("config")?);
        if !(0.0..=1.0).contains(&jaccard) || !(0.0..=1.0).contains(&containment) {
            return Err(corrupt("thresholds out of range"));
        }
        let mut style_scan_limit = r.varint("config")? as usize;
        let mut style_min_z = style::HINT_Z;
        if version == 1 {
            // version 1 counted profiles scanned linearly; version 2 counts candidates
            style_scan_limit = Config::default().style_scan_limit;
        } else {
            style_min_z = f64::from_le_bytes(r.arr::<8>("config")?);
            if !style_min_z.is_finite() {
                return Err(corrupt("style threshold out of range"));
            }
            if version < 5 {
                // deviations of an older score, not of the per-document one
                style_min_z = style::HINT_Z;
            }
        }
        let config = Config {
            jaccard,
            containment,
            passages: flags & 2 != 0,
            style: flags & 4 != 0,
            style_scan_limit,
            style_min_z,
        };
        let mut c = Corpus::build(key, config);
        c.key_embedded = key_embedded;
        c.next_anon = r.varint("document counter")?;
        let n = r.count(4, "documents")?;
        for i in 0..n {
            let e = read_entry(&mut r, version, &c.key).map_err(|e| match e {
                CorpusError::Corrupt(m) => corrupt(format!("document {}: {m}", i + 1)),
                other => other,
            })?;
            c.insert(e, None);
        }
        if r.pos != body.len() {
            return Err(corrupt("unexpected bytes after the last document"));
        }
        Ok(c)
    }
}

/// One entry in the corpus's entry format (a document's signature, see
/// [`super::signatures`]): appended to `out`.
pub(crate) fn entry_to(out: &mut Vec<u8>, e: &Entry) {
    let mut w = W(std::mem::take(out));
    write_entry(&mut w, e, None);
    *out = w.0;
}

/// Read one entry written by [`entry_to`] that fills `bytes` exactly.
pub(crate) fn entry_from(bytes: &[u8]) -> Result<Entry, CorpusError> {
    let mut r = R { b: bytes, pos: 0 };
    let e = read_entry(&mut r, VERSION, &[])?;
    if r.pos != bytes.len() {
        return Err(corrupt("unexpected bytes after the signature"));
    }
    Ok(e)
}

/// One entry; `key` seals its claims (without a key — a signature — the
/// same-person data is left out).
fn write_entry(w: &mut W, e: &Entry, key: Option<&[u8]>) {
    let person = key.filter(|_| has_person(e));
    w.bytes(e.id.as_bytes());
    w.u8(e.kind);
    let flags = u8::from(e.persona.is_some())
        | (u8::from(e.name_fold.is_some()) << 1)
        | (u8::from(e.name_skel.is_some()) << 2)
        | (u8::from(e.name_lookalikes) << 3)
        | (u8::from(e.text.is_some()) << 4)
        | (u8::from(e.photo.is_some()) << 5)
        | (u8::from(e.style.is_some()) << 6)
        | (u8::from(person.is_some()) << 7);
    w.u8(flags);
    for v in [e.persona, e.name_fold, e.name_skel].into_iter().flatten() {
        w.u64(v);
    }
    w.varint(e.paths.len() as u64);
    for p in &e.paths {
        w.bytes(p.as_bytes());
    }
    if let Some(t) = &e.text {
        w.varint(t.set.len() as u64);
        let mut prev = 0u32;
        for &h in &t.set {
            w.varint(u64::from(h - prev));
            prev = h;
        }
        w.varint(t.positions.len() as u64);
        for p in &t.positions {
            w.0.extend_from_slice(&p.hash.to_le_bytes());
            w.varint(u64::from(p.field));
            w.varint(u64::from(p.start));
            w.varint(u64::from(p.end - p.start));
        }
    }
    w.varint(e.idents.len() as u64);
    for i in &e.idents {
        w.u8(i.kind.code());
        w.0.extend_from_slice(&i.digest);
        w.varint(u64::from(i.field));
        w.varint(u64::from(i.start));
        w.varint(u64::from(i.end - i.start));
    }
    if let Some(p) = e.photo {
        w.u64(p);
    }
    if let Some(s) = &e.style {
        w.varint(u64::from(s.words));
        w.varint(s.feats.len() as u64);
        let mut prev = 0u16;
        for &(b, c) in &s.feats {
            w.varint(u64::from(b - prev));
            w.varint(u64::from(c));
            prev = b;
        }
    }
    if let Some(key) = person {
        for urls in [&e.own_urls, &e.link_urls] {
            w.varint(urls.len() as u64);
            for &u in urls.iter() {
                w.u64(u);
            }
        }
        match &e.claims {
            Some(c) => w.bytes(&super::person::seal(key, c)),
            None => w.bytes(&[]),
        }
    }
}

fn has_person(e: &Entry) -> bool {
    !e.own_urls.is_empty() || !e.link_urls.is_empty() || e.claims.is_some()
}

fn read_entry(r: &mut R, version: u16, key: &[u8]) -> Res<Entry> {
    let id = r.string("id")?;
    let kind = r.u8("kind")?;
    if kind > 3 {
        return Err(corrupt("unknown document kind"));
    }
    let flags = r.u8("flags")?;
    if flags & 0x80 != 0 && version < 3 {
        return Err(corrupt("unknown flags"));
    }
    let mut opt = |bit: u8, what: &str| -> Res<Option<u64>> {
        if flags & bit != 0 {
            r.u64(what).map(Some)
        } else {
            Ok(None)
        }
    };
    let persona = opt(1, "persona")?;
    let name_fold = opt(2, "name")?;
    let name_skel = opt(4, "name skeleton")?;
    let npaths = r.count(1, "paths")?;
    if npaths > usize::from(u16::MAX) {
        return Err(corrupt("too many paths"));
    }
    let mut paths = Vec::with_capacity(npaths);
    for _ in 0..npaths {
        paths.push(r.string("path")?);
    }
    let field_ok = |f: u32| -> Res<u16> {
        if (f as usize) < paths.len() {
            Ok(f as u16)
        } else {
            Err(corrupt("field index out of range"))
        }
    };
    let text = if flags & 16 != 0 {
        let n = r.count(1, "shingles")?;
        let mut set = Vec::with_capacity(n);
        let mut prev = 0u32;
        for i in 0..n {
            let d = r.u32v("shingles")?;
            if i > 0 && d == 0 {
                return Err(corrupt("shingles not strictly ascending"));
            }
            prev = prev
                .checked_add(d)
                .ok_or_else(|| corrupt("shingle hash overflow"))?;
            set.push(prev);
        }
        let m = r.count(7, "positions")?;
        let mut positions = Vec::with_capacity(m);
        for _ in 0..m {
            let hash = u32::from_le_bytes(r.arr::<4>("position")?);
            let field = field_ok(r.u32v("position")?)?;
            let start = r.u32v("position")?;
            let len = r.u32v("position")?;
            let end = start
                .checked_add(len)
                .ok_or_else(|| corrupt("position overflow"))?;
            positions.push(Pos {
                hash,
                field,
                start,
                end,
            });
        }
        Some(TextSig { set, positions })
    } else {
        None
    };
    let ni = r.count(20, "identifiers")?;
    let mut idents = Vec::with_capacity(ni);
    for _ in 0..ni {
        let kind = IdentKind::from_code(r.u8("identifier kind")?)
            .ok_or_else(|| corrupt("unknown identifier kind"))?;
        let digest = r.arr::<16>("identifier")?;
        let field = field_ok(r.u32v("identifier")?)?;
        let start = r.u32v("identifier")?;
        let end = start
            .checked_add(r.u32v("identifier")?)
            .ok_or_else(|| corrupt("identifier span overflow"))?;
        idents.push(Ident {
            kind,
            digest,
            field,
            start,
            end,
        });
    }
    let photo = if flags & 32 != 0 {
        Some(r.u64("photo")?)
    } else {
        None
    };
    let style = if flags & 64 == 0 {
        None
    } else if version == 1 {
        // the version-1 profile (1,024 char 3-gram bytes + function words)
        // cannot be turned into a version-2 profile: skip it
        r.u32v("style")?;
        r.bytes("style")?;
        r.bytes("style")?;
        None
    } else {
        let words = r.u32v("style")?;
        let n = r.count(2, "style")?;
        let mut feats = Vec::with_capacity(n);
        let mut prev = 0u64;
        for i in 0..n {
            let d = r.varint("style")?;
            if i > 0 && d == 0 {
                return Err(corrupt("style buckets not ascending"));
            }
            let b = prev + d;
            if b >= style::BUCKETS as u64 {
                return Err(corrupt("style bucket out of range"));
            }
            let c = r.varint("style")?;
            if c == 0 || c > u64::from(u16::MAX) {
                return Err(corrupt("style count out of range"));
            }
            prev = b;
            // before version 5 the distorted text was masked by another
            // word list: that view is dropped (compared on the others)
            if version < 5 && b >= style::BG_BUCKETS as u64 {
                continue;
            }
            feats.push((b as u16, c as u16));
        }
        Some(style::Profile { words, feats })
    };
    let (mut own_urls, mut link_urls, mut claims) = (Vec::new(), Vec::new(), None);
    if flags & 0x80 != 0 {
        for urls in [&mut own_urls, &mut link_urls] {
            let n = r.count(8, "person addresses")?;
            for _ in 0..n {
                urls.push(r.u64("person address")?);
            }
        }
        let sealed = r.bytes("claims")?;
        if !sealed.is_empty() {
            claims = Some(
                super::person::open(key, sealed)
                    .ok_or_else(|| corrupt("claims do not open with this key"))?,
            );
        }
    }
    Ok(Entry {
        id,
        kind,
        persona,
        name_fold,
        name_skel,
        name_lookalikes: flags & 8 != 0,
        paths,
        text,
        idents,
        photo,
        style,
        own_urls,
        link_urls,
        claims,
    })
}
