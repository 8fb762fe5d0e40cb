//! Tradecraft rules: requests that the advisories single out (off-platform
//! contact, crypto or third-party payment, device shipping, account lending).

use super::Rule;

pub mod crypto_payment;
pub mod off_platform;
pub mod third_party_payment;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &off_platform::RULE,
    &crypto_payment::RULE,
    &third_party_payment::RULE,
];
