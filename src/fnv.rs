//! FNV-1a for the crate's fixed lookup tables (lexicons keyed by short
//! words): much cheaper per lookup than the standard SipHash, which the
//! tables do not need — their keys are built in, so input text can only ask
//! for them, never fill a table with colliding keys.
use std::hash::{BuildHasherDefault, Hasher};

/// 64-bit FNV-1a.
#[derive(Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn finish(&self) -> u64 {
        // hashbrown takes its control bits from the top: fold the low bits in
        self.0 ^ (self.0 >> 29)
    }
}

/// A `HashMap` for built-in tables.
pub type Map<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A `HashSet` for built-in tables.
pub type Set<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;
