//! Offline watchlists: the bundled OFAC SDN digital-currency addresses and
//! the user's own [`Watchlist`](crate::Watchlist), with the normalization
//! both sides of a comparison go through.
//!
//! Matching is exact after normalization: e-mails lower-cased (and, for
//! providers that ignore them, without dots or `+tags` in the local part),
//! phone numbers as digits (a national number matches the same number
//! written with its country code), handles lower-cased without `@` or a
//! messenger link's host, wallet addresses as written except where the
//! format is case-insensitive (EVM `0x…` addresses, bech32 and CashAddr,
//! plain hex). Names are never matched: many names on published lists belong
//! to victims of identity theft.

use std::collections::HashMap;
use std::sync::LazyLock;

/// The date of the bundled OFAC list (when it was generated from OFAC's
/// `sdn_advanced.xml`). Shown in every OFAC hint.
pub const OFAC_LIST_DATE: &str = "2024-09-27";

/// The bundled lists: (asset as OFAC names it, one address a line).
const OFAC_FILES: [(&str, &str); 17] = [
    (
        "ARB",
        include_str!("../data/ofac/sanctioned_addresses_ARB.txt"),
    ),
    (
        "BCH",
        include_str!("../data/ofac/sanctioned_addresses_BCH.txt"),
    ),
    (
        "BSC",
        include_str!("../data/ofac/sanctioned_addresses_BSC.txt"),
    ),
    (
        "BSV",
        include_str!("../data/ofac/sanctioned_addresses_BSV.txt"),
    ),
    (
        "BTG",
        include_str!("../data/ofac/sanctioned_addresses_BTG.txt"),
    ),
    (
        "DASH",
        include_str!("../data/ofac/sanctioned_addresses_DASH.txt"),
    ),
    (
        "ETC",
        include_str!("../data/ofac/sanctioned_addresses_ETC.txt"),
    ),
    (
        "ETH",
        include_str!("../data/ofac/sanctioned_addresses_ETH.txt"),
    ),
    (
        "LTC",
        include_str!("../data/ofac/sanctioned_addresses_LTC.txt"),
    ),
    (
        "TRX",
        include_str!("../data/ofac/sanctioned_addresses_TRX.txt"),
    ),
    (
        "USDC",
        include_str!("../data/ofac/sanctioned_addresses_USDC.txt"),
    ),
    (
        "USDT",
        include_str!("../data/ofac/sanctioned_addresses_USDT.txt"),
    ),
    (
        "XBT",
        include_str!("../data/ofac/sanctioned_addresses_XBT.txt"),
    ),
    (
        "XMR",
        include_str!("../data/ofac/sanctioned_addresses_XMR.txt"),
    ),
    (
        "XRP",
        include_str!("../data/ofac/sanctioned_addresses_XRP.txt"),
    ),
    (
        "XVG",
        include_str!("../data/ofac/sanctioned_addresses_XVG.txt"),
    ),
    (
        "ZEC",
        include_str!("../data/ofac/sanctioned_addresses_ZEC.txt"),
    ),
];

static OFAC: LazyLock<HashMap<String, Vec<&'static str>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<&'static str>> = HashMap::new();
    for (asset, text) in OFAC_FILES {
        for line in text.lines() {
            let a = line.trim();
            if a.is_empty() || a.starts_with('#') {
                continue;
            }
            let v = m.entry(wallet_key(a)).or_default();
            if !v.contains(&asset) {
                v.push(asset);
            }
        }
    }
    m
});

/// The OFAC assets (`ETH`, `USDT`, `XBT`…) under which `address` is listed,
/// or `None` when it is not on the bundled list.
pub fn ofac_lookup(address: &str) -> Option<&'static [&'static str]> {
    OFAC.get(&wallet_key(address.trim())).map(Vec::as_slice)
}

/// How many distinct addresses the bundled list holds.
pub fn ofac_len() -> usize {
    OFAC.len()
}

/// The comparison key of a wallet address: lower-cased for formats that are
/// case-insensitive (EVM hex, bech32, CashAddr, plain hex), as written otherwise
/// (base58 formats are case-sensitive).
pub fn wallet_key(a: &str) -> String {
    let a = a.trim();
    let a = match a.get(..12) {
        Some(p) if p.eq_ignore_ascii_case("bitcoincash:") => a.get(12..).unwrap_or(a),
        _ => a,
    };
    let lower = a.to_ascii_lowercase();
    let hex = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_hexdigit());
    let bech32_charset = |s: &str| {
        s.bytes()
            .all(|b| b"qpzry9x8gf2tvdw0s3jn54khce6mua7l".contains(&b))
    };
    let insensitive = lower.strip_prefix("0x").is_some_and(hex)
        || (a.len() == 64 && hex(a))
        || ["bc1", "ltc1", "tb1"].iter().any(|p| lower.starts_with(p))
        || (a.len() == 42
            && (lower.starts_with('q') || lower.starts_with('p'))
            && bech32_charset(&lower)
            && (a == lower || a == a.to_ascii_uppercase()));
    if insensitive { lower } else { a.to_owned() }
}

/// Providers whose mailboxes ignore a `+tag` in the local part.
const PLUS_TAG_DOMAINS: [&str; 15] = [
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "proton.me",
    "protonmail.com",
    "pm.me",
    "fastmail.com",
    "yandex.com",
    "yandex.ru",
    "zoho.com",
];

/// The comparison key of an e-mail address, or `None` when it is not one.
/// `J.Doe+jobs@GoogleMail.com` → `jdoe@gmail.com`.
pub fn email_key(e: &str) -> Option<String> {
    let e = e.trim().to_lowercase();
    let e = e.strip_prefix("mailto:").unwrap_or(&e);
    let (local, domain) = e.rsplit_once('@')?;
    if local.is_empty() || !domain.contains('.') || local.contains('@') {
        return None;
    }
    let domain = if domain == "googlemail.com" {
        "gmail.com"
    } else {
        domain
    };
    let mut local = local.to_owned();
    if PLUS_TAG_DOMAINS.contains(&domain) {
        if let Some((base, _)) = local.split_once('+') {
            local = base.to_owned();
        }
    }
    if domain == "gmail.com" {
        local.retain(|c| c != '.');
    }
    (!local.is_empty()).then(|| format!("{local}@{domain}"))
}

/// A phone number as digits, and whether it was written with a country code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneKey {
    pub digits: String,
    pub international: bool,
}

/// The comparison key of a phone number: digits; `+` or `00` marks an
/// international number. `None` for fewer than 7 digits.
pub fn phone_key(p: &str) -> Option<PhoneKey> {
    let t = p.trim();
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let (digits, international) = if t.starts_with('+') {
        (digits, true)
    } else if let Some(rest) = digits.strip_prefix("00") {
        (rest.to_owned(), true)
    } else {
        (digits, false)
    };
    (digits.len() >= 7 && digits.len() <= 15).then_some(PhoneKey {
        digits,
        international,
    })
}

/// Same number? Equal digits, or a national number (its trunk `0` dropped)
/// that is the international number without a 1–3 digit country code.
pub fn phones_match(a: &PhoneKey, b: &PhoneKey) -> bool {
    if a.digits == b.digits {
        return true;
    }
    let (intl, national) = match (a.international, b.international) {
        (true, false) => (a, b),
        (false, true) => (b, a),
        _ => return false,
    };
    let nsn = national.digits.trim_start_matches('0');
    nsn.len() >= 7
        && intl.digits.ends_with(nsn)
        && (1..=3).contains(&(intl.digits.len() - nsn.len()))
}

/// The comparison key of a handle: lower-cased, without `@`, without a
/// messenger or profile link's host (`https://t.me/Dev_Pro` → `dev_pro`).
pub fn handle_key(h: &str) -> Option<String> {
    let mut h = h.trim().to_lowercase();
    for p in ["https://", "http://", "www."] {
        if let Some(rest) = h.strip_prefix(p) {
            h = rest.to_owned();
        }
    }
    if h.contains('/') {
        let last = h
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_owned();
        h = last;
    }
    let h = h.trim_start_matches('@').trim();
    (h.len() >= 2).then(|| h.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ofac_list_is_bundled_and_matched_by_chain_rules() {
        // 654 lines in 17 files; EVM addresses listed under several assets join
        assert_eq!(ofac_len(), 641);
        // EVM: case-insensitive, listed under several assets
        let eth = "0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A2";
        let assets = ofac_lookup(&eth.to_lowercase()).unwrap();
        assert!(assets.contains(&"USDC"));
        assert!(ofac_lookup(&eth.to_uppercase().replace("0X", "0x")).is_some());
        // base58: case-sensitive
        let btc = "123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX";
        assert_eq!(ofac_lookup(btc).unwrap(), ["XBT"]);
        assert!(ofac_lookup(&btc.to_lowercase()).is_none());
        // TRON, CashAddr with and without prefix
        assert!(ofac_lookup("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre").is_some());
        assert!(ofac_lookup("qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq").is_some());
        assert!(ofac_lookup("bitcoincash:QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ").is_some());
        // one character off is not a hit
        assert!(ofac_lookup("0x983a81ca6FB1e441266D2FbcB7D8E530AC2E05A3").is_none());
    }

    #[test]
    fn every_bundled_line_is_found_again() {
        for (_, text) in OFAC_FILES {
            for a in text.lines().filter(|l| !l.trim().is_empty()) {
                assert!(ofac_lookup(a).is_some(), "{a}");
            }
        }
    }

    #[test]
    fn emails() {
        assert_eq!(
            email_key(" J.Doe+jobs@GoogleMail.com").as_deref(),
            Some("jdoe@gmail.com")
        );
        assert_eq!(
            email_key("j.doe+x@outlook.com").as_deref(),
            Some("j.doe@outlook.com")
        );
        // dots matter outside gmail, tags outside the known providers
        assert_eq!(
            email_key("J.Doe+x@example.org").as_deref(),
            Some("j.doe+x@example.org")
        );
        assert_eq!(email_key("not an email"), None);
    }

    #[test]
    fn phones() {
        let k = |s| phone_key(s).unwrap();
        assert!(phones_match(&k("+81 90-1234-5678"), &k("090-1234-5678")));
        assert!(phones_match(&k("0081 90 1234 5678"), &k("+819012345678")));
        assert!(phones_match(&k("+1 (555) 201-3344"), &k("555.201.3344")));
        assert!(!phones_match(&k("+81 90-1234-5678"), &k("090-1234-5679")));
        assert!(!phones_match(&k("+44 20 7946 0958"), &k("+1 20 7946 0958")));
        assert!(phone_key("12-34").is_none());
    }

    #[test]
    fn handles() {
        assert_eq!(handle_key("@FastDev_Pro").as_deref(), Some("fastdev_pro"));
        assert_eq!(
            handle_key("https://t.me/FastDev_Pro?start=1").as_deref(),
            Some("fastdev_pro")
        );
        assert_eq!(handle_key("@").as_deref(), None);
    }
}
