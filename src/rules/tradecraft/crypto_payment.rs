//! HL302 crypto-payment-request: the freelancer asks to be paid in cryptocurrency.

use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::{Author, re};
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL302",
    name: "crypto-payment-request",
    family: Family::Tradecraft,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I45"],
    title: "Asks to be paid in cryptocurrency",
    innocent: "Web3 teams and some freelancers in countries with hard banking routinely use stablecoins.",
    verify: "Pay through the platform or to an account in the verified name of the person you interviewed.",
    docs: Docs {
        what_it_sees: "A sentence in the freelancer's own text that asks for payment (pay, send, transfer, invoice, rate) in cryptocurrency (USDT, USDC, BTC, ETH, TRC-20, a wallet address) — in English, Japanese or Korean. When the job post or the client already offers crypto payment the hint is only `info`; when the freelancer's text says payment is by contract, escrow or a payroll service it drops to `low`.",
        why_it_matters: "The US (2022), Canadian (2025) and SEAL guidance list requests for cryptocurrency, often stablecoins, as a way to move wages outside the banking system (I45).",
        innocent_explanations: "Web3 companies pay contributors in USDC by contract every day, and freelancers where card and bank rails are unreliable use stablecoins. A request that follows the client's own offer is ordinary.",
        example: "> Please send the payment in USDT (TRC20) to my wallet, it is faster for me.\n\nFires at medium. A reply accepting a job's own \"paid in USDC via Request Finance\" terms is only `info`.",
    },
    check,
};

/// Crypto asset words (a regex group body, no flags). Latin words carry their
/// own boundaries ("eth" is not "something"); CJK words need none.
const CRYPTO: &str = r"(?:\b(?:usdt|usdc|tether|bitcoin|btc|eth|ether|ethereum|crypto|cryptocurrency|stablecoins?|trc-?20|erc-?20|bep-?20|binance\s+pay|monero|xmr|tron|trx|solana)\b|ビットコイン|イーサリアム|テザー|ステーブルコイン|暗号資産|仮想通貨|비트코인|이더리움|코인|암호화폐|가상화폐|테더)";

/// The ASCII words of `CRYPTO`, each after `\b`, as prefixes.
#[rustfmt::skip]
const CRYPTO_WORDS: &[&str] = &[
    "usdt", "usdc", "tether", "bitcoin", "btc", "eth", "crypto", "stablecoin", "trc", "erc", "bep",
    "binance", "monero", "xmr", "tron", "trx", "solana",
];

/// Needed by every pattern that holds `CRYPTO`.
fn crypto_gate(w: &Words) -> bool {
    w.any(CRYPTO_WORDS) || w.cjk()
}

/// A request to be paid in crypto: "paid in BTC", "send it to my wallet",
/// "I prefer USDT", "報酬はUSDTで", "USDT로 지급". One pattern per
/// alternative (a sentence is a request when any of them matches, as with
/// their alternation), each behind a gate asked on the sentence's words, so
/// that a sentence compiles at most the alternatives whose words it holds
/// (each gate leaves out `crypto_gate`, which every alternative needs and
/// [`request`] asks first). `(?i)` is written on each: in the alternation
/// the first one's covered them all.
static REQUEST: [Gated; 9] = [
    Gated::new(
        |w| {
            w.any(&[
                "pay",
                "paid",
                "salary",
                "rate",
                "invoice",
                "compensation",
                "send",
                "transfer",
                "wire",
                "remit",
            ]) && w.any_is(&["in", "via", "with", "by", "using", "through", "as"])
        },
        || {
            re(&format!(
                r"(?i)\b(?:pay|paid|payment|payments|salary|rate|invoice|compensation|send|transfer|wire|remit)\b[^.!?\n]{{0,40}}?\b(?:in|via|with|by|using|through|as)\s+(?:\w+\s+){{0,2}}{CRYPTO}"
            ))
        },
    ),
    Gated::new(
        |w| w.any(&["wallet", "address"]) && w.any_is(&["to", "into"]),
        || {
            re(&format!(
                r"(?i){CRYPTO}[^.!?\n]{{0,40}}?\b(?:to|into)\s+(?:my|this|the\s+following)\s+(?:\w+\s+)?(?:wallet|address)\b"
            ))
        },
    ),
    Gated::new(
        |w| w.any_is(&["prefer", "accept", "take", "want", "need"]),
        || {
            re(&format!(
                r"(?i)\b(?:prefer|accept|only\s+take|only\s+accept|want|need|take)\b[^.!?\n]{{0,20}}?{CRYPTO}"
            ))
        },
    ),
    Gated::new(
        |w| w.is("my") && w.any_is(&["wallet", "address"]),
        || re(&format!(r"(?i)\bmy\s+{CRYPTO}\s+(?:wallet|address)\b")),
    ),
    Gated::new(
        |w| w.any(&["payment", "payout"]) && w.any(&["method", "option"]),
        || {
            re(&format!(
                r"(?i)\b(?:payment|payout)\s+(?:method|option)s?\b[^.!?\n]{{0,20}}?{CRYPTO}"
            ))
        },
    ),
    Gated::new(
        |w| w.cjk(),
        || {
            re(&format!(
                r"(?i){CRYPTO}\s*(?:\([^)]{{0,12}}\)\s*)?(?:で|にて)(?:の)?(?:お)?(?:支払|払|送金|受け取|入金|振り?込)"
            ))
        },
    ),
    Gated::new(
        |w| w.cjk(),
        || {
            re(&format!(
                r"(?i)(?:お支払い|支払い?|報酬|代金|給与|給料)(?:は|を|に)?\s*{CRYPTO}"
            ))
        },
    ),
    Gated::new(
        |w| w.cjk(),
        || {
            re(&format!(
                r"(?i){CRYPTO}\s*(?:\([^)]{{0,12}}\)\s*)?(?:로|으로)\s*(?:지급|지불|송금|결제|보내|받|입금)"
            ))
        },
    ),
    Gated::new(
        |w| w.cjk(),
        || {
            re(&format!(
                r"(?i)(?:대금|급여|보수|비용|결제)(?:은|는|을|를)?\s*{CRYPTO}"
            ))
        },
    ),
];

/// `REQUEST[0]` for ASCII text: `\w`, `\s` and `[^.!?\n]` replaced by their
/// ASCII parts and `CRYPTO`'s Japanese and Korean words (which ASCII text
/// cannot hold) left out; on ASCII text it finds what `REQUEST[0]` finds
/// (under `(?i)` Unicode adds to ASCII letters only characters outside
/// ASCII) and builds in a fraction of the time.
static REQUEST_0_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\b(?:pay|paid|payment|payments|salary|rate|invoice|compensation|send|transfer|wire|remit)\b",
        r"[\x00-\x09\x0B-\x20\x22-\x2D\x2F-\x3E\x40-\x7F]{0,40}?",
        r"\b(?:in|via|with|by|using|through|as)[\t\n\x0B\x0C\r ]+(?:[0-9A-Za-z_]+[\t\n\x0B\x0C\r ]+){0,2}",
        r"(?:\b(?:usdt|usdc|tether|bitcoin|btc|eth|ether|ethereum|crypto|cryptocurrency|stablecoins?|trc-?20|erc-?20|bep-?20|binance[\t\n\x0B\x0C\r ]+pay|monero|xmr|tron|trx|solana)\b)",
    ))
});

/// Is `sent` a request to be paid in crypto? `may`: the words of the whole
/// field passed `crypto_gate` (every alternative needs it).
fn request(may: bool, sent: &str) -> bool {
    let w = if may {
        Words::of(sent)
    } else {
        Words::default()
    };
    let may = may && crypto_gate(&w);
    REQUEST.iter().enumerate().any(|(i, g)| {
        let allowed = may && g.allows_words(&w);
        if i == 0 && allowed && sent.is_ascii() {
            let found = REQUEST_0_ASCII.is_match(sent);
            #[cfg(any(test, feature = "gate-check"))]
            assert_eq!(found, g.regex().is_match(sent), "ASCII twin: {sent:?}");
            found
        } else {
            g.is_match_if(allowed, sent)
        }
    })
}

/// Needed by `PAY`.
fn pay_gate(w: &Words) -> bool {
    w.any(&[
        "pay",
        "paid",
        "send",
        "transfer",
        "wire",
        "invoice",
        "salary",
        "rate",
        "compensation",
        "remit",
        "deposit",
    ]) || w.cjk()
}

/// Payment words, for a sentence that also holds a wallet address.
static PAY: Gated = Gated::new(pay_gate, || {
    re(
        r"(?i)\b(?:pay|paid|payment|payments|send|transfer|wire|invoice|salary|rate|compensation|remit|deposit)\b|支払|払って|払い|送金|報酬|入金|지급|지불|송금|결제|보내|입금|급여",
    )
});
/// Crypto words, to see whether the job post itself offers crypto payment.
static CRYPTO_WORD: Gated = Gated::new(crypto_gate, || re(&format!(r"(?i){CRYPTO}")));
/// Needed by `CONTRACT` ("on-?chain" is the word "onchain" or "chain").
fn contract_gate(w: &Words) -> bool {
    w.any(&[
        "contract",
        "escrow",
        "payroll",
        "request",
        "deel",
        "bitwage",
        "sablier",
        "invoice",
        "dao",
        "grant",
        "bounty",
        "payout",
        "contributor",
        "web3",
        "defi",
        "token",
        "smart",
        "onchain",
        "chain",
    ])
}

static CONTRACT: Gated = Gated::new(contract_gate, || {
    re(
        r"(?i)\b(?:contract|escrow|payroll|request\s+finance|deel|bitwage|sablier|invoice\s+via|dao|grant|bounty|payouts?|contributor|web3|defi|token|smart\s+contracts?|on-?chain)\b",
    )
});

fn check(a: &Analysis, out: &mut Sink) {
    // Does the hiring side itself offer crypto payment?
    let client_offers = a
        .fields
        .iter()
        .filter(|f| f.author == Author::Client)
        .any(|f| {
            CRYPTO_WORD.is_match(f, &f.norm)
                && (PAY.is_match(f, &f.norm) || CONTRACT.is_match(f, &f.norm))
        });
    let mut ev = Vec::new();
    let mut contract_context = false;
    for (fi, f) in a.subject_prose() {
        let (may_request, may_pay) = (crypto_gate(f.gate_words()), PAY.allows(f));
        for s in &f.sentences {
            let Some(sent) = f.norm.get(s.clone()) else {
                continue;
            };
            let wallet = a
                .contacts_overlapping(fi, s.clone())
                .any(|c| matches!(c.contact.kind, ContactKind::Wallet(_)));
            if request(may_request, sent) || (wallet && PAY.is_match_if(may_pay, sent)) {
                // a grant, bounty or payout anywhere in the same text
                contract_context |= CONTRACT.is_match(f, &f.norm);
                ev.push(f.evidence(s.clone()));
            }
        }
    }
    if ev.is_empty() {
        return;
    }
    if client_offers {
        out.emit_at(
            &RULE,
            Severity::Info,
            "Payment in cryptocurrency is mentioned; the job post or the client offered it first.",
            ev,
        );
    } else if contract_context {
        out.emit_at(
            &RULE,
            Severity::Low,
            "Payment in cryptocurrency is mentioned, in a job or contract that already provides for it.",
            ev,
        );
    } else {
        out.emit(
            &RULE,
            "The freelancer asks to be paid in cryptocurrency.",
            ev,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn the_ascii_request_pattern_matches_as_the_full_one_on_ascii_text() {
        let base = [
            "I can also be paid in USDT to my wallet if you prefer.",
            "Please PAY me via Binance  Pay or in my ERC-20 wallet",
            "send it with the usual TRC20 stablecoins",
            "Payment: in BTC, thanks",
            "invoice through a friend x Bitcoin",
            "pay in the Ethereum",
            "pay in a b c eth",
            "we pay by bank transfer; as for crypto, no",
            "wire it\tas\x0bsolana",
            "rate? in monero",
            "paid_in usdt",
            "paypal in usdt",
            "transfer via  new\n wallet XMR",
            "compensation is paid 100% with 1,000 USDC",
            "remit in ethers",
        ];
        let full = REQUEST[0].regex();
        for t in base {
            for t in [t.to_owned(), t.to_uppercase(), t.to_lowercase()] {
                let a: Vec<_> = full.find_iter(&t).map(|m| m.range()).collect();
                let b: Vec<_> = REQUEST_0_ASCII.find_iter(&t).map(|m| m.range()).collect();
                assert_eq!(a, b, "{t:?}");
            }
        }
        assert!(REQUEST_0_ASCII.is_match("paid in USDT"));
    }

    #[test]
    fn japanese_and_korean_phrasings() {
        for (t, ev) in [
            (
                "支払いはビットコインでお願いします。",
                "支払いはビットコイン",
            ),
            ("給与はテザーで受け取りたいです。", "給与はテザー"),
            ("報酬はUSDT（TRC20）で受け取りたいです。", "報酬はUSDT"),
            ("급여는 테더(USDT)로 받고 싶습니다.", "급여는 테더"),
            ("이더리움으로 송금해 주세요.", "이더리움으로 송금"),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert_eq!(h[0].severity, Severity::Medium, "{t}");
            assert!(texts(&h)[0].contains(ev), "{t}: {:?}", texts(&h));
        }
    }

    #[test]
    fn web3_and_bot_talk_is_not_a_request() {
        for t in [
            "We built a Telegram bot for USDT price alerts and a DeFi dashboard.",
            "ビットコインの価格を表示するアプリを開発しました。",
            "이더리움 스마트 컨트랙트 개발 경험이 있습니다.",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }
}
