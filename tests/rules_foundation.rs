//! Positive and benign fixtures for the foundation rules: off-platform contact
//! (HL301), crypto payment (HL302), third-party payment (HL303) and Unicode
//! spoofing (HL101), in English, Japanese and Korean.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use hirelens::{Options, Report, Severity, analyze_value};
use serde_json::{Value, json};

fn report(doc: Value) -> Report {
    analyze_value(doc, &Options::default()).unwrap()
}

fn msg(text: &str) -> Report {
    report(json!({"kind": "message", "text": text}))
}

fn severity(r: &Report, code: &str) -> Option<Severity> {
    r.hints
        .iter()
        .filter(|h| h.code == code)
        .map(|h| h.severity)
        .max()
}

fn utf16(s: &str, a: usize, b: usize) -> String {
    String::from_utf16(&s.encode_utf16().collect::<Vec<u16>>()[a..b]).unwrap()
}

/// Every evidence item names exactly its text in the given original.
fn spans_ok(r: &Report, original: &str) {
    for h in &r.hints {
        for e in &h.evidence {
            assert_eq!(utf16(original, e.start, e.end), e.text, "{}", h.code);
        }
    }
}

#[test]
fn off_platform_positive() {
    for text in [
        "Let's continue on Telegram: @swiftcoder, Upwork fees are too high.",
        "Please add me on WhatsApp +44 7700 900123 so we can talk directly.",
        "You can contact me on discord about the project: nightowl_dev",
        "手数料が高いので、LINEで直接やり取りしましょう。LINE ID: taro_web",
        "수수료가 비싸니 카톡으로 연락 주세요. 카톡 아이디: webkim",
        "Let's move this conversation to Skype, my skype is live:.cid.4f2a",
    ] {
        let r = msg(text);
        assert_eq!(
            severity(&r, "HL301"),
            Some(Severity::Medium),
            "{text}: {:?}",
            r.hints
        );
        spans_ok(&r, text);
    }
}

/// A bare invitation — no pitch, payment, move away from the platform or
/// account request around it — is low: projects and communities invite
/// people to Discord or Telegram all the time.
#[test]
fn off_platform_bare_invitation_is_low() {
    for text in [
        "You can contact me on discord: nightowl_dev",
        "Join our Discord server to follow the development: https://discord.gg/abc123",
    ] {
        let r = msg(text);
        assert_eq!(
            severity(&r, "HL301"),
            Some(Severity::Low),
            "{text}: {:?}",
            r.hints
        );
    }
}

#[test]
fn off_platform_benign() {
    for text in [
        "I built a Telegram bot that posts order updates, and a Discord integration for alerts.",
        "Our product sends WhatsApp notifications through the Twilio API.",
        "I waited in line at the office, then finished the report.",
        "Happy to do a video call on Zoom this week, whatever suits you.",
    ] {
        let r = msg(text);
        assert_eq!(severity(&r, "HL301"), None, "{text}: {:?}", r.hints);
    }
    // the client's own request is not the freelancer's
    let r = report(json!({"kind": "thread", "messages": [
        {"role": "client", "text": "Let's continue on Telegram: @hiring_anna, it is easier for me."},
        {"role": "freelancer", "text": "Sure, whatever works for you."}
    ]}));
    assert_eq!(severity(&r, "HL301"), None, "{:?}", r.hints);
    // a contact shared without an invitation is only low
    let r = report(json!({"kind": "proposal", "text": "I can start Monday. telegram: @quietdev"}));
    assert_eq!(severity(&r, "HL301"), Some(Severity::Low), "{:?}", r.hints);
}

#[test]
fn crypto_payment_positive_and_web3_benign() {
    for text in [
        "Please send the payment in USDT (TRC20), it is faster for me.",
        "My rate is 40 USD per hour, paid in BTC please.",
        "報酬はUSDTでお支払いください。",
        "대금은 USDT로 지급해 주세요.",
    ] {
        let r = msg(text);
        assert_eq!(
            severity(&r, "HL302"),
            Some(Severity::Medium),
            "{text}: {:?}",
            r.hints
        );
        spans_ok(&r, text);
    }
    // the job offers USDC by contract: accepting it is only info
    let r = report(json!({"kind": "proposal",
        "job": {"title": "Solidity dev", "description": "Milestones are paid in USDC via Request Finance."},
        "text": "Being paid in USDC per milestone works for me."}));
    assert_eq!(severity(&r, "HL302"), Some(Severity::Info), "{:?}", r.hints);
    assert_eq!(r.level, hirelens::Level::None);
    // the freelancer mentions contract payroll: low
    let r = msg("I am usually paid in USDC through our payroll contract with Deel.");
    assert_eq!(severity(&r, "HL302"), Some(Severity::Low), "{:?}", r.hints);
    // crypto as a skill is not a payment request
    let r = msg("I have built Ethereum wallets and a Bitcoin payment gateway for two exchanges.");
    assert_eq!(severity(&r, "HL302"), None, "{:?}", r.hints);
}

#[test]
fn third_party_payment() {
    for text in [
        "My bank has a problem, please send the payment to my friend's account.",
        "Can you transfer it to my cousin's PayPal this time?",
        "友人の口座に振り込んでください。",
        "친구 계좌로 보내 주세요.",
    ] {
        let r = msg(text);
        assert_eq!(
            severity(&r, "HL303"),
            Some(Severity::High),
            "{text}: {:?}",
            r.hints
        );
        assert_eq!(r.level, hirelens::Level::High);
        spans_ok(&r, text);
    }
    for text in [
        "My friend recommended you; I can send the invoice today.",
        "Please pay to the account on my invoice, it is in my own name.",
    ] {
        assert_eq!(severity(&msg(text), "HL303"), None, "{text}");
    }
}

#[test]
fn unicode_spoofing() {
    // Cyrillic о in a Latin name
    let r = report(json!({"kind": "profile", "name": "Jоhn Smith"}));
    assert_eq!(
        severity(&r, "HL101"),
        Some(Severity::Medium),
        "{:?}",
        r.hints
    );
    assert_eq!(r.hints[0].evidence[0].text, "Jоhn");
    // a right-to-left override in a name
    let name = "Anna \u{202E}htimS";
    let r = report(json!({"kind": "profile", "name": name}));
    assert_eq!(severity(&r, "HL101"), Some(Severity::Medium));
    spans_ok(&r, name);
    // a zero-width space inside a word of prose: low
    let text = "Contact me on Tele\u{200B}gram later";
    let r = msg(text);
    assert_eq!(severity(&r, "HL101"), Some(Severity::Low), "{:?}", r.hints);
    spans_ok(&r, text);
    // ...and the off-platform rule still sees "Telegram"
    assert!(severity(&r, "HL301").is_some(), "{:?}", r.hints);
    // benign: names in their own scripts, diacritics, RTL text with direction marks, emoji joiners
    for name in [
        "Иван Петров",
        "José Núñez",
        "김민준",
        "Ελένη Παπαδοπούλου",
        "محمد\u{200F} علي",
        "Zoë 👩\u{200D}💻",
    ] {
        let r = report(json!({"kind": "profile", "name": name}));
        assert_eq!(severity(&r, "HL101"), None, "{name}: {:?}", r.hints);
    }
}
