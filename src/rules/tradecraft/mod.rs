//! Tradecraft rules: requests that the advisories single out (off-platform
//! contact, crypto or third-party payment, account borrowing and identity
//! rental, device shipping, remote access, camera refusal, prepayment
//! pressure, extortion, referrals), and matches against the offline
//! watchlists.

use super::Rule;

pub mod account_borrowing;
pub mod camera_refusal;
pub mod crypto_payment;
pub mod equipment_reshipping;
pub mod extortion_threat;
pub mod frames;
pub mod identity_rental;
pub mod ofac_wallet;
pub mod off_platform;
pub mod prepayment_pressure;
pub mod remote_access;
pub mod scan;
pub mod team_referral;
pub mod third_party_payment;
pub mod watchlist_match;

/// The rules of this family (the registry line for each rule file).
pub static RULES: &[&Rule] = &[
    &off_platform::RULE,
    &crypto_payment::RULE,
    &third_party_payment::RULE,
    &account_borrowing::RULE,
    &identity_rental::RULE,
    &equipment_reshipping::RULE,
    &remote_access::RULE,
    &camera_refusal::RULE,
    &prepayment_pressure::RULE,
    &extortion_threat::RULE,
    &team_referral::RULE,
    &ofac_wallet::RULE,
    &watchlist_match::RULE,
];
