#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The offline watchlists through the library API: the bundled OFAC list
//! against ../shared/data when present, and a user watchlist.

#[path = "../examples/common/mod.rs"]
mod evaldata;
use evaldata::data_dir;
use hirelens::{Level, Options, Watchlist, analyze_json};

/// Every address of the shared OFAC folder is found in the bundled copy, in a
/// message, as a high hint whose evidence is exactly the address.
#[test]
fn bundled_list_matches_the_shared_folder() {
    let Some(dir) = data_dir()
        .map(|d| d.join("ofac-sdn-addresses"))
        .filter(|d| d.is_dir())
    else {
        eprintln!("skipped: ../shared/data/ofac-sdn-addresses is absent (set HIRELENS_DATA)");
        return;
    };
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        for addr in std::fs::read_to_string(&p)
            .unwrap()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            assert!(
                hirelens::watchlist::ofac_lookup(addr).is_some(),
                "{addr} from {p:?}"
            );
            n += 1;
        }
    }
    assert!(n > 600, "{n}");
}

#[test]
fn ofac_hit_in_a_thread_reaches_high() {
    let doc = serde_json::json!({"kind": "thread", "id": "t1", "messages": [
        {"role": "client", "text": "How would you like to be paid?"},
        {"role": "freelancer", "text": "USDC to 0x983A81CA6FB1E441266D2FBCB7D8E530AC2E05A2 works best."}
    ]});
    let r = analyze_json(&doc.to_string(), &Options::default()).unwrap();
    assert_eq!(r.level, Level::High);
    let h = r.hints.iter().find(|h| h.code == "HL312").unwrap();
    assert_eq!(h.evidence[0].field, "messages[1].text");
    assert_eq!(
        h.evidence[0].text,
        "0x983A81CA6FB1E441266D2FBCB7D8E530AC2E05A2"
    );
    assert_eq!((h.evidence[0].start, h.evidence[0].end), (8, 50));
}

#[test]
fn user_watchlist_through_options_json() {
    // the shape the WASM and JS API pass as `options`
    let options: Options = serde_json::from_str(
        r#"{"watchlist": {"label": "persona list", "handles": ["@night_owl_dev"], "wallets": ["TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"]}}"#,
    )
    .unwrap();
    let doc = r#"{"kind":"proposal","id":"p","text":"Portfolio: https://github.com/Night_Owl_Dev — happy to start today."}"#;
    let r = analyze_json(doc, &options).unwrap();
    let h = r.hints.iter().find(|h| h.code == "HL313").unwrap();
    assert_eq!(h.evidence[0].text, "Night_Owl_Dev");
    // a name on its own is never matched, even when it equals a handle
    let doc =
        r#"{"kind":"proposal","id":"p","text":"Hi, I am Night Owl Dev, a backend engineer."}"#;
    let r = analyze_json(doc, &options).unwrap();
    assert!(r.hints.iter().all(|h| h.code != "HL313"));
    let w = options.watchlist.unwrap();
    assert_eq!(
        w,
        Watchlist {
            label: Some("persona list".into()),
            emails: vec![],
            handles: vec!["@night_owl_dev".into()],
            wallets: vec!["TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre".into()],
            phones: vec![]
        }
    );
}
