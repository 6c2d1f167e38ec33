//! Maps keyed by the addresses of values in the two documents. Addresses are not chosen by the
//! input, so they need none of SipHash's protection against crafted collisions; a multiply-
//! and-rotate hash is enough, and much cheaper on the diff's hottest lookups.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes machine words (addresses and small tags) by rotating, xoring and multiplying.
#[derive(Debug, Default, Clone, Copy)]
pub struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.write_u64(u64::from(byte));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` keyed by addresses.
pub type AddressMap<K, V> = HashMap<K, V, BuildHasherDefault<AddressHasher>>;

/// Where `value` is in memory: the same value of a document (not merely an equal one) has the
/// same address for as long as the document is borrowed.
pub fn address(value: &serde_json::Value) -> usize {
    std::ptr::from_ref(value) as usize
}
