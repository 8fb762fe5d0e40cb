//! Hashing for the corpus: deterministic, keyed where a value could reveal
//! what it came from, and the same on every platform (native and wasm32).
//!
//! - [`hmac_sha256`] (RFC 2104 over SHA-256) turns identifiers (e-mails,
//!   phones, wallets, names) into keyed digests that are stored instead of
//!   the values.
//! - [`SipKey`] (SipHash-2-4, Aumasson & Bernstein 2012) is the fast keyed
//!   hash for words: shingles are built from keyed word hashes, so a stored
//!   signature cannot be matched against a dictionary without the key.
//! - [`splitmix64`] expands fixed seeds into MinHash parameters.

use sha2::{Digest, Sha256};

/// HMAC-SHA-256 of `msg` under `key` (RFC 2104).
pub fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let mut k = [0u8; 64];
    if key.len() > 64 {
        let d = Sha256::digest(key);
        for (dst, src) in k.iter_mut().zip(d.iter()) {
            *dst = *src;
        }
    } else {
        for (dst, src) in k.iter_mut().zip(key.iter()) {
            *dst = *src;
        }
    }
    let mut ipad = [0u8; 64];
    let mut opad = [0u8; 64];
    for ((i, o), b) in ipad.iter_mut().zip(opad.iter_mut()).zip(k.iter()) {
        *i = b ^ 0x36;
        *o = b ^ 0x5c;
    }
    let inner = Sha256::new()
        .chain_update(ipad)
        .chain_update(msg)
        .finalize();
    let outer = Sha256::new()
        .chain_update(opad)
        .chain_update(inner)
        .finalize();
    let mut out = [0u8; 32];
    out.copy_from_slice(&outer);
    out
}

/// The SplitMix64 step: a bijective mixer used to derive fixed parameters.
pub fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A 64-bit finalizer (the SplitMix64 output function) for combining hashes.
pub fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A SipHash-2-4 key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SipKey(pub u64, pub u64);

impl SipKey {
    /// Derive a SipHash key from a corpus key and a purpose label.
    pub fn derive(key: &[u8], label: &str) -> SipKey {
        let d = hmac_sha256(key, label.as_bytes());
        let mut a = [0u8; 8];
        let mut b = [0u8; 8];
        a.copy_from_slice(d.get(..8).unwrap_or(&[0; 8]));
        b.copy_from_slice(d.get(8..16).unwrap_or(&[0; 8]));
        SipKey(u64::from_le_bytes(a), u64::from_le_bytes(b))
    }

    /// SipHash-2-4 of `msg`.
    pub fn hash(&self, msg: &[u8]) -> u64 {
        let mut v0 = self.0 ^ 0x736f_6d65_7073_6575;
        let mut v1 = self.1 ^ 0x646f_7261_6e64_6f6d;
        let mut v2 = self.0 ^ 0x6c79_6765_6e65_7261;
        let mut v3 = self.1 ^ 0x7465_6462_7974_6573;
        #[inline(always)]
        fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
            *v0 = v0.wrapping_add(*v1);
            *v1 = v1.rotate_left(13);
            *v1 ^= *v0;
            *v0 = v0.rotate_left(32);
            *v2 = v2.wrapping_add(*v3);
            *v3 = v3.rotate_left(16);
            *v3 ^= *v2;
            *v0 = v0.wrapping_add(*v3);
            *v3 = v3.rotate_left(21);
            *v3 ^= *v0;
            *v2 = v2.wrapping_add(*v1);
            *v1 = v1.rotate_left(17);
            *v1 ^= *v2;
            *v2 = v2.rotate_left(32);
        }
        let mut chunks = msg.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            let m = u64::from_le_bytes(w);
            v3 ^= m;
            round(&mut v0, &mut v1, &mut v2, &mut v3);
            round(&mut v0, &mut v1, &mut v2, &mut v3);
            v0 ^= m;
        }
        let rest = chunks.remainder();
        let mut last = [0u8; 8];
        for (d, s) in last.iter_mut().zip(rest) {
            *d = *s;
        }
        let b = u64::from_le_bytes(last) | ((msg.len() as u64 & 0xff) << 56);
        v3 ^= b;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= b;
        v2 ^= 0xff;
        for _ in 0..4 {
            round(&mut v0, &mut v1, &mut v2, &mut v3);
        }
        v0 ^ v1 ^ v2 ^ v3
    }
}

/// Hex of bytes (lower case).
pub fn hex(bytes: &[u8]) -> String {
    const H: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(
            H.get(usize::from(b >> 4)).copied().unwrap_or(b'0'),
        ));
        s.push(char::from(
            H.get(usize::from(b & 15)).copied().unwrap_or(b'0'),
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siphash_reference_vector() {
        // The SipHash paper's test vector: key 00..0f, message 00..0e.
        let key = SipKey(
            u64::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7]),
            u64::from_le_bytes([8, 9, 10, 11, 12, 13, 14, 15]),
        );
        let msg: Vec<u8> = (0u8..15).collect();
        assert_eq!(key.hash(&msg), 0xa129_ca61_49be_45e5);
        // empty message (first entry of the reference vectors.h)
        assert_eq!(key.hash(&[]), 0x726f_db47_dd0e_0e31);
    }

    #[test]
    fn hmac_rfc4231_case_2() {
        let d = hmac_sha256(b"Jefe", b"what do ya want for nothing?");
        assert_eq!(
            hex(&d),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        // case 6: a key longer than the block is hashed first
        let key = [0xaau8; 131];
        let d = hmac_sha256(
            &key,
            b"Test Using Larger Than Block-Size Key - Hash Key First",
        );
        assert_eq!(
            hex(&d),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }
}
