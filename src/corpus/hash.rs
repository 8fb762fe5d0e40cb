//! Hashing for the corpus: deterministic, keyed where a value could reveal
//! what it came from, and the same on every platform (native and wasm32).
//!
//! - [`hmac_sha256`] (RFC 2104 over SHA-256, the RustCrypto `hmac` crate)
//!   turns identifiers (e-mails, phones, wallets, names) into keyed digests
//!   that are stored instead of the values.
//! - [`SipKey`] (SipHash-2-4, Aumasson & Bernstein 2012, the `siphasher`
//!   crate) is the fast keyed hash for words: shingles are built from keyed
//!   word hashes, so a stored signature cannot be matched against a
//!   dictionary without the key.
//! - [`splitmix64`] expands fixed seeds into MinHash parameters.
//!
//! Both keyed hashes were hand-written until the reviewed crates were shown
//! to give the same bytes (the tests below: RFC 4231 and the SipHash paper's
//! vectors, and stored digests of this build's own inputs).

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::hash::Hasher;

/// HMAC-SHA-256 of `msg` under `key` (RFC 2104).
pub fn hmac_sha256(key: &[u8], msg: &[u8]) -> [u8; 32] {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        // HMAC takes a key of any length (RFC 2104 §2): never reached
        return [0; 32];
    };
    mac.update(msg);
    mac.finalize().into_bytes().into()
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
        let mut h = siphasher::sip::SipHasher24::new_with_keys(self.0, self.1);
        h.write(msg);
        h.finish()
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

    /// The hand-written HMAC-SHA-256 these digests were made with before the
    /// move to the `hmac` crate: the crate must give the same bytes.
    fn reference_hmac(key: &[u8], msg: &[u8]) -> [u8; 32] {
        use sha2::Digest;
        let mut k = [0u8; 64];
        if key.len() > 64 {
            k[..32].copy_from_slice(&Sha256::digest(key));
        } else {
            k[..key.len()].copy_from_slice(key);
        }
        let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
        let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
        let inner = Sha256::new()
            .chain_update(&ipad)
            .chain_update(msg)
            .finalize();
        let outer = Sha256::new()
            .chain_update(&opad)
            .chain_update(inner)
            .finalize();
        outer.into()
    }

    /// The hand-written SipHash-2-4 it replaces.
    fn reference_sip(k0: u64, k1: u64, msg: &[u8]) -> u64 {
        let (mut v0, mut v1) = (k0 ^ 0x736f_6d65_7073_6575, k1 ^ 0x646f_7261_6e64_6f6d);
        let (mut v2, mut v3) = (k0 ^ 0x6c79_6765_6e65_7261, k1 ^ 0x7465_6462_7974_6573);
        let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
            *v0 = v0.wrapping_add(*v1);
            *v1 = v1.rotate_left(13) ^ *v0;
            *v0 = v0.rotate_left(32);
            *v2 = v2.wrapping_add(*v3);
            *v3 = v3.rotate_left(16) ^ *v2;
            *v0 = v0.wrapping_add(*v3);
            *v3 = v3.rotate_left(21) ^ *v0;
            *v2 = v2.wrapping_add(*v1);
            *v1 = v1.rotate_left(17) ^ *v2;
            *v2 = v2.rotate_left(32);
        };
        let mut chunks = msg.chunks_exact(8);
        for c in &mut chunks {
            let m = u64::from_le_bytes(c.try_into().unwrap());
            v3 ^= m;
            round(&mut v0, &mut v1, &mut v2, &mut v3);
            round(&mut v0, &mut v1, &mut v2, &mut v3);
            v0 ^= m;
        }
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
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

    #[test]
    fn crates_give_the_hand_written_bytes() {
        let mut s = 0x1234_5678u64;
        for len in 0..300usize {
            let msg: Vec<u8> = (0..len).map(|_| splitmix64(&mut s) as u8).collect();
            let klen = (splitmix64(&mut s) % 200) as usize;
            let key: Vec<u8> = (0..klen).map(|_| splitmix64(&mut s) as u8).collect();
            assert_eq!(
                hmac_sha256(&key, &msg),
                reference_hmac(&key, &msg),
                "{len} {klen}"
            );
            let (k0, k1) = (splitmix64(&mut s), splitmix64(&mut s));
            assert_eq!(
                SipKey(k0, k1).hash(&msg),
                reference_sip(k0, k1, &msg),
                "{len}"
            );
        }
        // a corpus's derived word key and a word hash, as stored in blobs
        let k = SipKey::derive(
            b"hirelens link (one run, nothing stored)",
            "hirelens corpus shingles v1",
        );
        assert_eq!(k.hash(b"developer"), reference_sip(k.0, k.1, b"developer"));
    }

    #[test]
    fn hmac_rfc4231_cases_1_3_4_7() {
        let d = hmac_sha256(&[0x0b; 20], b"Hi There");
        assert_eq!(
            hex(&d),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
        let d = hmac_sha256(&[0xaa; 20], &[0xdd; 50]);
        assert_eq!(
            hex(&d),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        );
        let key: Vec<u8> = (1u8..=25).collect();
        let d = hmac_sha256(&key, &[0xcd; 50]);
        assert_eq!(
            hex(&d),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        );
        let d = hmac_sha256(
            &[0xaa; 131],
            b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.",
        );
        assert_eq!(
            hex(&d),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        );
    }

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
