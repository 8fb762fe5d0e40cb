//! Near-duplicate text: keyed word shingles, MinHash signatures, LSH
//! banding, and exact Jaccard / containment on the shingle sets.
//!
//! - Words are the [`Field::words`](crate::text::Field) of the NFKC text,
//!   lower-cased; each word is hashed with the corpus's keyed SipHash, and a
//!   shingle is the mix of [`SHINGLE_WORDS`] consecutive word hashes, cut to
//!   32 bits. Shingles never cross fields.
//! - The MinHash signature has [`NUM_PERM`] values: permutation `i` maps a
//!   32-bit shingle `x` to `(a_i·x + b_i) >> 32` (multiply-add-shift with
//!   64-bit parameters from a fixed SplitMix64 seed), and keeps the minimum.
//!   No randomness at run time, no threads: the same text gives the same
//!   signature on every platform.
//! - [`BANDS`] bands of [`ROWS`] rows: two texts become candidates when any
//!   band agrees (probability `1 − (1 − J^ROWS)^BANDS`: 0.87 at J = 0.5,
//!   0.99 at J = 0.6, 0.23 at J = 0.3). Every candidate is then confirmed
//!   on the exact shingle sets, so the signature never decides alone.

use super::hash::{SipKey, mix64, splitmix64};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

pub const SHINGLE_WORDS: usize = 3;
pub const NUM_PERM: usize = 128;
pub const BANDS: usize = 32;
pub const ROWS: usize = NUM_PERM / BANDS;
/// Texts with fewer distinct shingles are not compared: short greetings
/// ("Hi, I am interested in your job") are shared by everyone.
pub const MIN_SHINGLES: usize = 20;
/// Fixed seed of the MinHash permutations. Changing it changes every
/// signature: it is part of the persistence format's version.
const SEED: u64 = 0x4869_7265_4c65_6e73; // "HireLens"
/// A band bucket longer than this is walked only this far (a text pasted
/// thousands of times would otherwise make every new copy cost thousands of
/// comparisons). Exact copies are still found through the first ones.
pub const MAX_BUCKET_WALK: usize = 4096;

struct Perms {
    a: [u64; NUM_PERM],
    b: [u64; NUM_PERM],
}

static PERMS: LazyLock<Perms> = LazyLock::new(|| {
    let mut s = SEED;
    let mut a = [0u64; NUM_PERM];
    let mut b = [0u64; NUM_PERM];
    for (x, y) in a.iter_mut().zip(b.iter_mut()) {
        *x = splitmix64(&mut s) | 1;
        *y = splitmix64(&mut s);
    }
    Perms { a, b }
});

/// Hash of one lower-cased word under the corpus key.
pub fn word_hash(key: &SipKey, word: &str) -> u64 {
    if word.bytes().all(|b| !b.is_ascii_uppercase()) && word.is_ascii() {
        key.hash(word.as_bytes())
    } else {
        key.hash(word.to_lowercase().as_bytes())
    }
}

/// Combine consecutive word hashes into a 32-bit shingle.
pub fn shingle(words: &[u64]) -> u32 {
    let mut h = 0x5348_494e_474c_4531u64;
    for (i, w) in words.iter().enumerate() {
        h = mix64(h ^ w.rotate_left((i as u32 * 21) % 64));
    }
    (h >> 32) as u32
}

/// MinHash signature of a set of 32-bit shingles.
///
/// Permutations are taken 8 at a time, each block over the whole set, so
/// that the block's minima stay in registers (the same values as one
/// permutation at a time: tested against the direct loop).
pub fn signature(set: &[u32]) -> [u32; NUM_PERM] {
    let p = &*PERMS;
    let mut sig = [u32::MAX; NUM_PERM];
    for ((s, a), b) in sig
        .chunks_exact_mut(8)
        .zip(p.a.chunks_exact(8))
        .zip(p.b.chunks_exact(8))
    {
        let mut m = [u32::MAX; 8];
        let mut aa = [0u64; 8];
        let mut bb = [0u64; 8];
        aa.copy_from_slice(a);
        bb.copy_from_slice(b);
        for &x in set {
            let x = u64::from(x);
            for ((m, a), b) in m.iter_mut().zip(aa.iter()).zip(bb.iter()) {
                let v = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
                *m = (*m).min(v);
            }
        }
        s.copy_from_slice(&m);
    }
    sig
}

/// One permutation after another, as [`signature`] is defined (for tests).
#[cfg(test)]
fn signature_direct(set: &[u32]) -> [u32; NUM_PERM] {
    let p = &*PERMS;
    let mut sig = [u32::MAX; NUM_PERM];
    for &x in set {
        let x = u64::from(x);
        for ((s, a), b) in sig.iter_mut().zip(p.a.iter()).zip(p.b.iter()) {
            let v = (a.wrapping_mul(x).wrapping_add(*b) >> 32) as u32;
            if v < *s {
                *s = v;
            }
        }
    }
    sig
}

/// The band keys of a signature.
pub fn bands(sig: &[u32; NUM_PERM]) -> [u32; BANDS] {
    let mut out = [0u32; BANDS];
    for (i, (o, rows)) in out.iter_mut().zip(sig.chunks_exact(ROWS)).enumerate() {
        let mut h = mix64(i as u64 ^ 0xB4AD_0000);
        for r in rows {
            h = mix64(h ^ u64::from(*r));
        }
        *o = (h >> 32) as u32;
    }
    out
}

/// Size of the intersection of two sorted, deduplicated lists.
pub fn intersection(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Exact similarity of two shingle sets.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Similarity {
    /// |A ∩ B| / |A ∪ B|
    pub jaccard: f64,
    /// |A ∩ B| / min(|A|, |B|): how much of the shorter text is in the longer one.
    pub containment: f64,
    pub shared: usize,
}

pub fn similarity(a: &[u32], b: &[u32]) -> Similarity {
    let shared = intersection(a, b);
    let union = a.len() + b.len() - shared;
    let min = a.len().min(b.len());
    Similarity {
        jaccard: if union == 0 {
            0.0
        } else {
            shared as f64 / union as f64
        },
        containment: if min == 0 {
            0.0
        } else {
            shared as f64 / min as f64
        },
        shared,
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);
impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = mix64(self.0 ^ u64::from(*b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        // spread 32 bits over 64 so hashbrown's top-7-bit tags differ
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Table = HashMap<u32, u32, BuildHasherDefault<PassThrough>>;
const NONE: u32 = u32::MAX;
/// Slots wait in the small hashed part of the index until there are this
/// many of them, or an eighth of the merged part, whichever is more.
const MERGE_MIN: usize = 4096;

/// The LSH index. Per band, the slots merged so far are one sorted array of
/// `(band key << 32) | slot` — 8 bytes a slot, a bucket's members side by
/// side, oldest first — found through a directory on the key's top bits;
/// the newest slots wait in a hash table with a chain (as the whole index
/// once was) and are sorted into the arrays when they reach an eighth of
/// them. Memory is 8 bytes a slot and band plus a directory of about one
/// byte, with no slack that doubles, and a merge moves one band's array at a
/// time.
#[derive(Default)]
pub struct Lsh {
    /// Per band: the merged slots, sorted.
    merged: Vec<Vec<u64>>,
    /// Per band: `dir[b][i]` is the first index of `merged[b]` whose key's
    /// top `dir_bits` bits are at least `i` (`2^dir_bits + 1` entries).
    dir: Vec<Vec<u32>>,
    dir_bits: u32,
    /// Slots below this are in `merged`.
    first_recent: u32,
    /// Per band: band key → the newest recent slot with it.
    recent: Vec<Table>,
    /// `rnext[(slot - first_recent) * BANDS + band]`: the previous recent
    /// slot in the same bucket.
    rnext: Vec<u32>,
    /// `rkeys[(slot - first_recent) * BANDS + band]`: a recent slot's keys.
    rkeys: Vec<u32>,
    /// `owner[slot]`: the caller's id for the slot.
    owner: Vec<u32>,
}

impl Lsh {
    pub fn new() -> Lsh {
        Lsh {
            merged: (0..BANDS).map(|_| Vec::new()).collect(),
            dir: (0..BANDS).map(|_| vec![0, 0]).collect(),
            dir_bits: 0,
            first_recent: 0,
            recent: (0..BANDS).map(|_| Table::default()).collect(),
            rnext: Vec::new(),
            rkeys: Vec::new(),
            owner: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.owner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.owner.is_empty()
    }

    /// Owners of every slot that shares a band with `keys`, deduplicated:
    /// per band, the newest [`MAX_BUCKET_WALK`] members of the bucket.
    pub fn candidates(&self, keys: &[u32; BANDS], out: &mut Vec<u32>) {
        out.clear();
        let first = self.first_recent as usize;
        for (band, k) in keys.iter().enumerate() {
            let mut walked = 0;
            // the recent slots, newest first
            let mut slot = self
                .recent
                .get(band)
                .and_then(|t| t.get(k))
                .copied()
                .unwrap_or(NONE);
            while slot != NONE && walked < MAX_BUCKET_WALK {
                if let Some(o) = self.owner.get(slot as usize) {
                    out.push(*o);
                }
                slot = self
                    .rnext
                    .get((slot as usize).wrapping_sub(first) * BANDS + band)
                    .copied()
                    .unwrap_or(NONE);
                walked += 1;
            }
            // then the merged ones, newest first
            for &e in self.bucket(band, *k).iter().rev() {
                if walked >= MAX_BUCKET_WALK {
                    break;
                }
                if let Some(o) = self.owner.get((e & 0xffff_ffff) as usize) {
                    out.push(*o);
                }
                walked += 1;
            }
        }
        crate::sort::values(out);
        out.dedup();
    }

    /// The merged entries of one band with key `k`.
    fn bucket(&self, band: usize, k: u32) -> &[u64] {
        let (Some(m), Some(d)) = (self.merged.get(band), self.dir.get(band)) else {
            return &[];
        };
        let top = (u64::from(k) >> (32 - self.dir_bits)) as usize;
        let lo = d.get(top).copied().unwrap_or(0) as usize;
        let hi = d.get(top + 1).copied().unwrap_or(0) as usize;
        let cell = m.get(lo..hi).unwrap_or_default();
        let start = cell.partition_point(|&e| ((e >> 32) as u32) < k);
        let end = cell.partition_point(|&e| ((e >> 32) as u32) <= k);
        cell.get(start..end).unwrap_or_default()
    }

    /// Add a slot for `owner` with these band keys.
    pub fn insert(&mut self, owner: u32, keys: &[u32; BANDS]) {
        let slot = self.owner.len() as u32;
        self.owner.push(owner);
        for (t, k) in self.recent.iter_mut().zip(keys.iter()) {
            let prev = t.insert(*k, slot).unwrap_or(NONE);
            self.rnext.push(prev);
            self.rkeys.push(*k);
        }
        let recent = self.owner.len() - self.first_recent as usize;
        if recent >= MERGE_MIN.max(self.first_recent as usize / 8) {
            self.merge();
        }
    }

    /// Sort the recent slots into the merged arrays, one band at a time.
    fn merge(&mut self) {
        let first = self.first_recent;
        let total = self.owner.len();
        // about 4 entries a directory cell
        let bits = (usize::BITS - (total / 4).max(1).leading_zeros() - 1).min(30);
        let mut new: Vec<u64> = Vec::new();
        for band in 0..BANDS {
            new.clear();
            new.extend(
                self.rkeys
                    .iter()
                    .skip(band)
                    .step_by(BANDS)
                    .enumerate()
                    .map(|(i, &k)| (u64::from(k) << 32) | (u64::from(first) + i as u64)),
            );
            crate::sort::values(&mut new);
            let Some(old) = self.merged.get_mut(band) else {
                continue;
            };
            let mut out = Vec::with_capacity(old.len() + new.len());
            let mut a = old.iter().copied().peekable();
            let mut b = new.iter().copied().peekable();
            loop {
                let next = match (a.peek(), b.peek()) {
                    (Some(x), Some(y)) if x <= y => a.next(),
                    (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                    (Some(_), None) => a.next(),
                    (None, None) => break,
                };
                if let Some(e) = next {
                    out.push(e);
                }
            }
            *old = out;
            if let Some(d) = self.dir.get_mut(band) {
                *d = directory(old, bits);
            }
        }
        self.dir_bits = bits;
        self.first_recent = total as u32;
        for t in &mut self.recent {
            t.clear();
        }
        self.rnext.clear();
        self.rkeys.clear();
    }

    /// Members of the largest bucket of any band (for the scale benchmark).
    pub fn largest_bucket(&self) -> usize {
        let mut best = 0;
        for (band, m) in self.merged.iter().enumerate() {
            let mut run = 0usize;
            let mut last = None;
            for &e in m {
                let k = (e >> 32) as u32;
                if last == Some(k) {
                    run += 1;
                } else {
                    last = Some(k);
                    run = 1;
                }
                let recent = self.recent_in(band, k);
                best = best.max(run + recent);
            }
            if let Some(t) = self.recent.get(band) {
                for k in t.keys() {
                    best = best.max(self.recent_in(band, *k));
                }
            }
        }
        best
    }

    /// Recent slots of one bucket.
    fn recent_in(&self, band: usize, k: u32) -> usize {
        let first = self.first_recent as usize;
        let mut n = 0;
        let mut slot = self
            .recent
            .get(band)
            .and_then(|t| t.get(&k))
            .copied()
            .unwrap_or(NONE);
        while slot != NONE {
            n += 1;
            slot = self
                .rnext
                .get((slot as usize).wrapping_sub(first) * BANDS + band)
                .copied()
                .unwrap_or(NONE);
        }
        n
    }

    /// Bytes held by the index (at capacity).
    pub fn heap_bytes(&self) -> usize {
        let per_entry = std::mem::size_of::<(u32, u32)>() + 1;
        self.merged.iter().map(|m| m.capacity() * 8).sum::<usize>()
            + self.dir.iter().map(|d| d.capacity() * 4).sum::<usize>()
            + self
                .recent
                .iter()
                .map(|t| {
                    if t.capacity() == 0 {
                        0
                    } else {
                        (t.capacity() * 8 / 7).next_power_of_two() * per_entry
                    }
                })
                .sum::<usize>()
            + self.rnext.capacity() * 4
            + self.rkeys.capacity() * 4
            + self.owner.capacity() * 4
    }
}

/// `d[i]`: the first index of `sorted` whose key's top `bits` bits are at least `i`.
fn directory(sorted: &[u64], bits: u32) -> Vec<u32> {
    let cells = 1usize << bits;
    let mut d = Vec::with_capacity(cells + 1);
    let mut at = 0usize;
    for cell in 0..cells {
        while sorted
            .get(at)
            .is_some_and(|&e| ((e >> 32) >> (32 - bits)) < cell as u64)
        {
            at += 1;
        }
        d.push(at as u32);
    }
    d.push(sorted.len() as u32);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(words: &str, key: &SipKey) -> Vec<u32> {
        let w: Vec<u64> = words
            .split_whitespace()
            .map(|x| word_hash(key, x))
            .collect();
        let mut s: Vec<u32> = w.windows(SHINGLE_WORDS).map(shingle).collect();
        crate::sort::values(&mut s);
        s.dedup();
        s
    }

    #[test]
    fn signature_estimates_jaccard() {
        let key = SipKey(1, 2);
        let base: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
        let a = set(&base.join(" "), &key);
        let mut other = base.clone();
        for w in other.iter_mut().skip(300) {
            w.push('x');
        }
        let b = set(&other.join(" "), &key);
        let exact = similarity(&a, &b).jaccard;
        let (sa, sb) = (signature(&a), signature(&b));
        let est = sa.iter().zip(sb.iter()).filter(|(x, y)| x == y).count() as f64 / NUM_PERM as f64;
        assert!((0.5..0.7).contains(&exact), "{exact}");
        assert!(
            (est - exact).abs() < 0.15,
            "estimate {est} vs exact {exact}"
        );
        // unrelated text shares nothing
        let c = set(
            &(0..400)
                .map(|i| format!("z{i}"))
                .collect::<Vec<_>>()
                .join(" "),
            &key,
        );
        assert_eq!(similarity(&a, &c).shared, 0);
    }

    #[test]
    fn blocked_signature_is_the_direct_one() {
        let mut st = 7u64;
        for len in [1usize, 3, 20, 200, 1000] {
            let mut set: Vec<u32> = (0..len).map(|_| splitmix64(&mut st) as u32).collect();
            set.extend([0, 1, u32::MAX, u32::MAX - 1]);
            assert_eq!(signature(&set), signature_direct(&set));
        }
        assert_eq!(signature(&[]), signature_direct(&[]));
    }

    #[test]
    fn signatures_are_deterministic_and_keyed() {
        let text = "the quick brown fox jumps over the lazy dog again and again";
        let k1 = SipKey(1, 2);
        assert_eq!(signature(&set(text, &k1)), signature(&set(text, &k1)));
        assert_ne!(set(text, &k1), set(text, &SipKey(3, 4)));
    }

    /// The index against a brute-force reference across many merges: per
    /// band, the newest MAX_BUCKET_WALK slots of the bucket.
    #[test]
    fn lsh_matches_brute_force_across_merges() {
        let mut lsh = Lsh::new();
        let mut all: Vec<[u32; BANDS]> = Vec::new();
        let mut st = 99u64;
        let query = |lsh: &Lsh, all: &[[u32; BANDS]], q: &[u32; BANDS]| {
            let mut got = Vec::new();
            lsh.candidates(q, &mut got);
            let mut want = Vec::new();
            for (band, k) in q.iter().enumerate() {
                let members: Vec<u32> = (0..all.len() as u32)
                    .filter(|&s| all[s as usize][band] == *k)
                    .collect();
                want.extend(members.iter().rev().take(MAX_BUCKET_WALK).map(|s| s + 1000));
            }
            want.sort_unstable();
            want.dedup();
            assert_eq!(got, want, "after {} slots", all.len());
        };
        for i in 0..14_000u32 {
            let mut keys = [0u32; BANDS];
            for (b, k) in keys.iter_mut().enumerate() {
                *k = match b {
                    0 => 7,                                           // one huge bucket
                    1 => (splitmix64(&mut st) % 50) as u32,           // crowded buckets
                    2 => u32::MAX - (splitmix64(&mut st) % 3) as u32, // top of the key space
                    _ => splitmix64(&mut st) as u32,
                };
            }
            lsh.insert(i + 1000, &keys);
            all.push(keys);
            if i % 997 == 0 || i == 4095 || i == 4096 || i == 13_999 {
                let mut q = all[(i / 2) as usize];
                q[5] = 12345;
                query(&lsh, &all, &q);
                q = [1; BANDS];
                q[1] = 3;
                query(&lsh, &all, &q);
            }
        }
        assert_eq!(lsh.len(), 14_000);
        // band 0 put every slot in one bucket
        assert_eq!(lsh.largest_bucket(), 14_000);
        let mut small = Lsh::new();
        small.insert(1, &[5; BANDS]);
        small.insert(2, &[5; BANDS]);
        small.insert(3, &[6; BANDS]);
        assert_eq!(small.largest_bucket(), 2);
    }

    #[test]
    fn lsh_finds_band_matches() {
        let mut lsh = Lsh::new();
        let mut k1 = [0u32; BANDS];
        let mut k2 = [0u32; BANDS];
        for i in 0..BANDS {
            k1[i] = i as u32;
            k2[i] = 1000 + i as u32;
        }
        lsh.insert(7, &k1);
        lsh.insert(8, &k2);
        let mut q = k2;
        q[5] = k1[5];
        let mut out = Vec::new();
        lsh.candidates(&q, &mut out);
        assert_eq!(out, vec![7, 8]);
        q = [99_999; BANDS];
        lsh.candidates(&q, &mut out);
        assert!(out.is_empty());
    }
}
