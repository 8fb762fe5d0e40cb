//! Signatures for distributed joins: the [`Corpus`](super::Corpus)'s linkage
//! split into what a join engine (Spark, a SQL warehouse) can shuffle.
//!
//! A [`Signer`] turns each document into a [`Signature`]: the corpus's own
//! keyed fingerprint of it (`Keyed::fingerprint`, the code `Corpus::add`
//! runs) — LSH band keys, keyed identifier digests (HMAC-SHA-256 under the
//! caller's key), name digests, photo hash, and the compact sorted shingle-hash
//! set with shingle positions — plus its **join keys**: 64-bit values two
//! documents share exactly when the corpus would look at them together:
//!
//! | key kind (top byte) | from | the corpus's index it stands for |
//! |---|---|---|
//! | 1 band | band number and band key of the MinHash signature | the LSH tables |
//! | 2 identifier | the identifier's keyed digest and kind | the identifier index |
//! | 3 name skeleton | keyed digest of the name's reading skeleton | the name index |
//! | 4 photo piece | one of 9 disjoint bit ranges of the 64-bit dHash (two hashes within distance 8 agree on at least one: pigeonhole) | the scan of every photo |
//! | 5 name with photo | keyed digest of the folded name, when there is a photo ("one name, many photos") | the same scan |
//!
//! [`confirm`] then decides a candidate pair with the corpus's own pairwise
//! rules (`text_link`, `ident_link`, `photo_link`, `name_link`):
//! exact Jaccard ≥ 0.5 or containment ≥ 0.8 with the shared passages' UTF-16
//! offsets, the same identifier, the same photo, a name variant. Text is
//! confirmed only when a band agrees, as in the corpus, so a join on these keys
//! followed by `confirm` gives the corpus's pairs (writing style, HL404, is not
//! part of it: its candidates come from a nearest-neighbour scan, not a key).
//!
//! No raw text or identifier is in a signature or a key: only keyed hashes
//! and, for evidence, offsets.

use super::bytes::{self, CorpusError};
use super::hash::{SipKey, mix64};
use super::minhash::{self, BANDS};
use super::{
    Config, Entry, Keyed, Link, ident_key, ident_link, linkable, name_link, photo_link, text_link,
};
use crate::analysis::Analysis;
use crate::model::Document;
use crate::options::Options;

/// Format version of [`Signature::to_bytes`].
pub const VERSION: u8 = 1;
const MAGIC: &[u8; 5] = b"HLSIG";

/// Kinds of join key (the top byte of each key).
pub const KEY_BAND: u8 = 1;
pub const KEY_IDENT: u8 = 2;
pub const KEY_NAME_SKELETON: u8 = 3;
pub const KEY_PHOTO_PIECE: u8 = 4;
pub const KEY_NAME_WITH_PHOTO: u8 = 5;

/// Bit ranges of the photo hash: 8 × 7 bits + 1 × 8 bits. Two hashes within
/// [`photo::SAME_PHOTO_MAX_DISTANCE`](super::photo::SAME_PHOTO_MAX_DISTANCE)
/// = 8 differ in at most 8 of the 9 ranges.
const PHOTO_PIECES: [(u32, u32); 9] = [
    (0, 7),
    (7, 7),
    (14, 7),
    (21, 7),
    (28, 7),
    (35, 7),
    (42, 7),
    (49, 7),
    (56, 8),
];

fn join_key(kind: u8, h: u64) -> u64 {
    (u64::from(kind) << 56) | (mix64(h ^ (u64::from(kind) << 60)) >> 8)
}

/// The kind of a join key (one of the `KEY_*` constants).
pub fn key_kind(key: u64) -> u8 {
    (key >> 56) as u8
}

/// Makes [`Signature`]s under one key, with the corpus's default thresholds.
#[derive(Clone)]
pub struct Signer {
    key: Vec<u8>,
    sip: SipKey,
    config: Config,
    check: [u8; 8],
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").finish_non_exhaustive()
    }
}

impl Signer {
    /// A signer under the caller's key (the key a [`Corpus::with_key`](super::Corpus::with_key)
    /// would take: the same key gives the same digests and shingles).
    pub fn new(key: &[u8]) -> Signer {
        Signer {
            key: key.to_vec(),
            sip: SipKey::derive(key, super::SHINGLE_LABEL),
            config: Config {
                style: false,
                ..Config::default()
            },
            check: bytes::key_check(key),
        }
    }

    /// The signature of a document. `id` overrides the document's own id
    /// (a document without either gets the empty id).
    pub fn sign(&self, doc: Document, id: Option<&str>) -> Signature {
        let mut doc = doc;
        doc.enforce_limits();
        let options = Options::default();
        let a = Analysis::lean(&doc, &options);
        let id = id.or(doc.id()).unwrap_or_default().to_owned();
        let keyed = Keyed {
            key: &self.key,
            sip: &self.sip,
            config: &self.config,
        };
        let (entry, _) = keyed.fingerprint(id, &a);
        Signature::of(entry, self.check)
    }
}

/// One document's signature. See the [module docs](self).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub(crate) entry: Entry,
    bands: Option<[u32; BANDS]>,
    check: [u8; 8],
}

impl Signature {
    fn of(entry: Entry, check: [u8; 8]) -> Signature {
        let bands = entry
            .text
            .as_ref()
            .map(|t| minhash::bands(&minhash::signature(&t.set)));
        Signature {
            entry,
            bands,
            check,
        }
    }

    pub fn id(&self) -> &str {
        &self.entry.id
    }

    /// The LSH band keys (None when the text has fewer than
    /// [`MIN_SHINGLES`](minhash::MIN_SHINGLES) shingles: not compared).
    pub fn band_keys(&self) -> Option<&[u32; BANDS]> {
        self.bands.as_ref()
    }

    /// The sorted keyed shingle hashes (empty when the text is not compared).
    pub fn shingles(&self) -> &[u32] {
        self.entry.text.as_ref().map_or(&[], |t| t.set.as_slice())
    }

    /// Identifier kinds and their keyed digests (first 16 bytes of HMAC-SHA-256).
    pub fn identifiers(&self) -> Vec<(super::ident::IdentKind, [u8; 16])> {
        self.entry
            .idents
            .iter()
            .map(|i| (i.kind, i.digest))
            .collect()
    }

    /// The photo's 64-bit dHash.
    pub fn photo(&self) -> Option<u64> {
        self.entry.photo
    }

    /// Every join key of the document, deduplicated (see the module docs).
    pub fn join_keys(&self) -> Vec<u64> {
        let e = &self.entry;
        let mut out = Vec::with_capacity(BANDS + e.idents.len() + 12);
        if let Some(b) = &self.bands {
            for (i, k) in b.iter().enumerate() {
                out.push(join_key(KEY_BAND, ((i as u64) << 32) | u64::from(*k)));
            }
        }
        for i in &e.idents {
            let k = ident_key(i);
            out.push(join_key(
                KEY_IDENT,
                (k as u64) ^ ((k >> 64) as u64).rotate_left(17),
            ));
        }
        if let Some(s) = e.name_skel {
            out.push(join_key(KEY_NAME_SKELETON, s));
        }
        if let Some(p) = e.photo {
            for (j, (shift, bits)) in PHOTO_PIECES.iter().enumerate() {
                let piece = (p >> shift) & ((1u64 << bits) - 1);
                out.push(join_key(KEY_PHOTO_PIECE, ((j as u64) << 16) | piece));
            }
            if let Some(f) = e.name_fold {
                out.push(join_key(KEY_NAME_WITH_PHOTO, f));
            }
        }
        crate::sort::values(&mut out);
        out.dedup();
        out
    }

    /// `HLSIG`, version, key check (8 bytes), band keys, then the entry in
    /// the corpus's own format ([`bytes`]): keyed hashes and offsets only.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256);
        out.extend_from_slice(MAGIC);
        out.push(VERSION);
        out.extend_from_slice(&self.check);
        match &self.bands {
            Some(b) => {
                out.push(1);
                for k in b {
                    out.extend_from_slice(&k.to_le_bytes());
                }
            }
            None => out.push(0),
        }
        bytes::entry_to(&mut out, &self.entry);
        out
    }

    /// Read [`to_bytes`](Self::to_bytes) output; a damaged signature is an error, never a panic.
    pub fn from_bytes(b: &[u8]) -> Result<Signature, CorpusError> {
        let bad = |w: &str| CorpusError::Corrupt(format!("signature: {w}"));
        let head = MAGIC.len() + 1 + 8 + 1;
        let (Some(magic), Some(&version), Some(check), Some(&has_bands)) = (
            b.get(..MAGIC.len()),
            b.get(MAGIC.len()),
            b.get(MAGIC.len() + 1..MAGIC.len() + 9),
            b.get(head - 1),
        ) else {
            return Err(bad("truncated"));
        };
        if magic != MAGIC {
            return Err(bad("not a HireLens signature"));
        }
        if version != VERSION {
            return Err(bad(&format!(
                "format version {version}; this build reads {VERSION}"
            )));
        }
        let mut c = [0u8; 8];
        c.copy_from_slice(check);
        let mut rest = b.get(head..).unwrap_or_default();
        let bands = match has_bands {
            0 => None,
            1 => {
                let raw = rest
                    .get(..BANDS * 4)
                    .ok_or_else(|| bad("truncated bands"))?;
                let mut out = [0u32; BANDS];
                for (o, ch) in out.iter_mut().zip(raw.chunks_exact(4)) {
                    let mut w = [0u8; 4];
                    w.copy_from_slice(ch);
                    *o = u32::from_le_bytes(w);
                }
                rest = rest.get(BANDS * 4..).unwrap_or_default();
                Some(out)
            }
            _ => return Err(bad("bad band flag")),
        };
        let entry = bytes::entry_from(rest)?;
        if bands.is_some() != entry.text.is_some() {
            return Err(bad("band keys without text, or text without band keys"));
        }
        Ok(Signature {
            entry,
            bands,
            check: c,
        })
    }
}

/// Why [`confirm`] refused a pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmError {
    /// The two signatures were made under different keys.
    KeyMismatch,
}

impl std::fmt::Display for ConfirmError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the two signatures were made under different keys")
    }
}

impl std::error::Error for ConfirmError {}

/// The links of a candidate pair, `a` the earlier document and `b` the later
/// one, decided by the corpus's own rules — the links `Corpus::add(b)` would
/// make with `a` already in the corpus (style aside). Device and payout
/// account links are graded as for a pair (the corpus also counts how many
/// earlier documents share the identifier).
pub fn confirm(a: &Signature, b: &Signature, config: &Config) -> Result<Vec<Link>, ConfirmError> {
    if a.check != b.check {
        return Err(ConfirmError::KeyMismatch);
    }
    let (o, me) = (&a.entry, &b.entry);
    let mut out = Vec::new();
    if !linkable(o, me) {
        return Ok(out);
    }
    let band_agrees = match (&a.bands, &b.bands) {
        (Some(x), Some(y)) => x.iter().zip(y.iter()).any(|(p, q)| p == q),
        _ => false,
    };
    if band_agrees {
        if let Some(l) = text_link(o, 0, me, 1, config, None) {
            out.push(l);
        }
    }
    for (ii, id) in me.idents.iter().enumerate() {
        let k = ident_key(id);
        if o.idents.iter().any(|x| ident_key(x) == k)
            && !out.iter().any(|l| l.identifier == Some(id.kind))
        {
            out.push(ident_link(o, 0, me, 1, ii, 1, None));
        }
    }
    if let Some(l) = photo_link(o, 0, me, 1) {
        out.push(l);
    }
    if let Some(l) = name_link(o, 0, me, 1) {
        out.push(l);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;

    fn doc(v: serde_json::Value) -> Document {
        Document::from_value(v).unwrap()
    }

    /// A deterministic word stream: texts that share runs of it overlap.
    fn words(seed: u64, n: usize) -> Vec<String> {
        let mut s = seed;
        (0..n)
            .map(|_| format!("w{}", crate::corpus::hash::splitmix64(&mut s) % 5000))
            .collect()
    }

    /// Documents with planted near-copies, contained copies, shared
    /// identifiers, photos and name variants, and unrelated ones.
    fn sample() -> Vec<Document> {
        let mut out = Vec::new();
        let names = [
            "Alice Moreau",
            "Brian Okafor",
            "Chen Wei",
            "Dana Ivanova",
            "Elif Kaya",
        ];
        for i in 0..120u64 {
            let base = words(i % 17, 120);
            let mut w = base.clone();
            // edits: a doc's variant of its template
            for (j, x) in w.iter_mut().enumerate() {
                if (j as u64 + i) % (12 + i % 20) == 0 {
                    *x = format!("e{i}x{j}");
                }
            }
            if i % 7 == 0 {
                // a template with a custom line: containment, not Jaccard
                w = base.clone();
                w.extend(words(1000 + i, 150));
            }
            let mut text = w.join(" ");
            if i % 11 == 0 {
                text.push_str(&format!(" write to me at dev{}@example.org", i % 3));
            }
            let name = names[(i % 5) as usize];
            let name = if i % 13 == 0 {
                name.replace(' ', "-")
            } else {
                name.to_owned()
            };
            let mut v = serde_json::json!({
                "kind": "proposal",
                "id": format!("d{i}"),
                "author": {"name": name},
                "text": text,
            });
            if i % 9 == 0 {
                v = serde_json::json!({
                    "kind": "profile", "id": format!("d{i}"), "name": name,
                    "overview": text,
                    "photo": {"dhash": format!("{:016x}", 0x0123_4567_89ab_cdefu64 ^ (1u64 << (i % 64)) ^ if i % 2 == 0 { 0 } else { 0xffff_0000_ffff_0000 })},
                });
            }
            out.push(doc(v));
        }
        out
    }

    fn key_of(l: &Link) -> (String, String, &'static str, String) {
        (
            l.a.clone(),
            l.b.clone(),
            l.kind.as_str(),
            format!(
                "{:.6} {:?} {} {:?}",
                l.score, l.severity, l.strong, l.spans_b
            ),
        )
    }

    #[test]
    fn corpus_and_signatures_give_the_same_pairs() {
        let key = b"a platform's key";
        let docs = sample();
        let mut corpus = Corpus::with_key(key).with_config(Config {
            style: false,
            ..Config::default()
        });
        for d in docs.clone() {
            corpus.add(d);
        }
        let mut want: Vec<_> = corpus
            .pairs()
            .map(|l| {
                let mut l = l.clone();
                for s in l.spans_b.iter_mut() {
                    s.text = None;
                }
                l.value = None;
                key_of(&l)
            })
            .collect();
        let signer = Signer::new(key);
        let sigs: Vec<Signature> = docs.into_iter().map(|d| signer.sign(d, None)).collect();
        // candidates: every pair sharing a join key (here, by brute force)
        let keys: Vec<Vec<u64>> = sigs.iter().map(Signature::join_keys).collect();
        let mut got = Vec::new();
        let mut candidates = 0;
        for j in 0..sigs.len() {
            for i in 0..j {
                if !keys[i].iter().any(|k| keys[j].binary_search(k).is_ok()) {
                    // no shared key: the corpus would not have compared them
                    assert!(
                        confirm(&sigs[i], &sigs[j], &Config::default())
                            .unwrap()
                            .is_empty(),
                        "{} {} link without a shared key",
                        sigs[i].id(),
                        sigs[j].id()
                    );
                    continue;
                }
                candidates += 1;
                let round = Signature::from_bytes(&sigs[j].to_bytes()).unwrap();
                for l in confirm(&sigs[i], &round, &Config::default()).unwrap() {
                    got.push(key_of(&l));
                }
            }
        }
        want.sort();
        got.sort();
        let kinds =
            |v: &[(String, String, &str, String)], k: &str| v.iter().filter(|x| x.2 == k).count();
        // the sample plants every kind the signatures carry
        for k in [
            "near-duplicate-text",
            "shared-identifier",
            "same-photo",
            "name-variant",
        ] {
            assert!(kinds(&want, k) > 0, "no {k} pair in the sample");
        }
        assert!(candidates < sigs.len() * (sigs.len() - 1) / 2);
        assert_eq!(got, want);
    }

    #[test]
    fn signatures_hold_no_raw_identifier_and_refuse_damage() {
        let signer = Signer::new(b"k");
        let s = signer.sign(
            doc(serde_json::json!({"kind": "message", "id": "m",
                "text": "Mail me at someone.private@example.org or +44 7911 123456, thanks a lot for reading this message today"})),
            None,
        );
        let b = s.to_bytes();
        let hay = String::from_utf8_lossy(&b).to_lowercase();
        assert!(!hay.contains("someone"));
        assert!(!hay.contains("7911"));
        assert_eq!(s.identifiers().len(), 2);
        assert_eq!(Signature::from_bytes(&b).unwrap(), s);
        for n in 0..b.len() {
            assert!(Signature::from_bytes(&b[..n]).is_err());
        }
        let other = Signer::new(b"another key").sign(
            doc(serde_json::json!({"kind": "message", "id": "m2", "text": "hello"})),
            None,
        );
        assert_eq!(
            confirm(&s, &other, &Config::default()),
            Err(ConfirmError::KeyMismatch)
        );
    }

    #[test]
    fn photo_pieces_catch_every_hash_within_distance_8() {
        let sig = |p: u64| {
            let mut e = Signer::new(b"k")
                .sign(doc(serde_json::json!({"kind": "profile", "id": "p"})), None);
            e.entry.photo = Some(p);
            e.join_keys()
        };
        let base = 0xdead_beef_0bad_f00du64;
        let k0 = sig(base);
        let mut s = 7u64;
        for _ in 0..500 {
            let mut p = base;
            let flips = crate::corpus::hash::splitmix64(&mut s) % 9;
            for _ in 0..flips {
                p ^= 1 << (crate::corpus::hash::splitmix64(&mut s) % 64);
            }
            let k = sig(p);
            assert!(k.iter().any(|x| k0.binary_search(x).is_ok()));
        }
    }
}
