//! HL312 ofac-listed-wallet: a wallet address on the bundled OFAC SDN list.

use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::{Author, Field};
use crate::watchlist::{OFAC_LIST_DATE, ofac_lookup};

pub static RULE: Rule = Rule {
    code: "HL312",
    name: "ofac-listed-wallet",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I46"],
    title: "Wallet address is on the OFAC sanctions list",
    innocent: "An address can be pasted by mistake or copied from a news story; the list names addresses under many sanctions programmes, not one country.",
    verify: "Do not pay the address. Ask your compliance team; keep a record of what was seen and when.",
    docs: Docs {
        what_it_sees: "A cryptocurrency address in the freelancer's own text, profile contacts or payment details that is exactly on the OFAC SDN list of digital-currency addresses bundled with HireLens (the list date is shown in the hint; EVM, bech32 and CashAddr addresses compare case-insensitively, base58 addresses exactly). The bundled list covers XBT, ETH, USDT, USDC, TRX, LTC, XMR, BCH, ZEC, DASH, ARB, BSC, ETC and a few more assets. A newer list can be given as a user watchlist (`wallets`).",
        why_it_matters: "Paying an address on the SDN list is prohibited for US persons whatever the programme, and OFAC has listed addresses used to launder the earnings of remote IT workers (I46). A match is exact and rare, so it is strong on its own.",
        innocent_explanations: "Someone may quote a listed address (from a news story or a blockchain-analysis report) without owning it; the hint says \"OFAC-listed\" and never guesses a country. The bundled list ages: an address delisted after the list date would still match.",
        example: "> Please pay to my USDT wallet 0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff (ERC-20).\n\nFires at high: the address is on the bundled list under USDT.",
    },
    check,
};

/// Words of a field that could be a wallet address (ASCII alphanumerics, 25–110 long).
pub(crate) fn wallet_candidates(
    f: &Field,
) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> + '_ {
    f.words.iter().filter_map(|r| {
        let w = f.norm.get(r.clone())?;
        ((25..=110).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_alphanumeric()))
            .then(|| (r.clone(), w))
    })
}

fn check(a: &Analysis, out: &mut Sink) {
    let mut hits: Vec<Hit> = Vec::new();
    let mut assets: Vec<&'static str> = Vec::new();
    for (fi, f) in a.fields.iter().enumerate() {
        if f.author != Author::Subject {
            continue;
        }
        for (r, w) in wallet_candidates(f) {
            if let Some(list) = ofac_lookup(w) {
                for s in list {
                    if !assets.contains(s) {
                        assets.push(s);
                    }
                }
                hits.push(Hit {
                    field: fi,
                    range: r,
                });
            }
        }
    }
    if hits.is_empty() {
        return;
    }
    out.emit(
        &RULE,
        format!(
            "{} on the OFAC SDN list of digital-currency addresses (listed as {}; list of {OFAC_LIST_DATE}).",
            if hits.len() == 1 {
                "A wallet address in the freelancer's text is".to_owned()
            } else {
                format!("{} wallet addresses in the freelancer's text are", hits.len())
            },
            assets.join(", "),
        ),
        scan::evidence(a, &hits),
    );
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn listed_evm_address_any_case() {
        let h = run(
            &RULE,
            message(
                "Please pay to my USDT wallet 0x19AA5FE80D33A56D56C78E82EA5E50E5D80B4DFF (ERC-20).",
            ),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["0x19AA5FE80D33A56D56C78E82EA5E50E5D80B4DFF"]);
        assert!(h[0].message.contains("2024-09-27"), "{}", h[0].message);
        assert!(h[0].message.contains("USDT"));
    }

    #[test]
    fn listed_bitcoin_in_japanese_text_and_profile_contacts() {
        let h = run(
            &RULE,
            message("報酬は123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KXに送金してください。"),
        );
        assert_eq!(texts(&h), ["123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX"]);
        let h = run(
            &RULE,
            serde_json::json!({"kind": "profile", "name": "A B",
                "contacts": {"wallets": ["TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"]}}),
        );
        assert_eq!(h[0].evidence[0].field, "contacts.wallets[0]");
    }

    #[test]
    fn unlisted_or_altered_addresses_do_not_fire() {
        for t in [
            // base58 is case-sensitive: a lower-cased listed address is another string
            "My BTC: 123wbudmsjv4gctdvez6qq6z8nxskrj4kx",
            "Pay 0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dfe please",
            "USDC on Base: 0x0000000000000000000000000000000000000001",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn client_text_does_not_count() {
        let h = run(
            &RULE,
            thread(&[(
                "client",
                "Beware, 0x19aa5fe80d33a56d56c78e82ea5e50e5d80b4dff is a sanctioned address.",
            )]),
        );
        assert!(h.is_empty());
    }
}
