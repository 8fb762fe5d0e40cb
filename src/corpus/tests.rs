use super::*;
use serde_json::json;

const TEMPLATE: &str = "I am a senior full stack developer with eight years of experience in React, Node \
and AWS. I have read your job post carefully and I am confident that I can deliver exactly what you need. \
In my last role I built a payments dashboard used by thousands of customers every day, and I care about \
clean, tested code and clear communication. I will send you daily updates and I am available to start \
today. Looking forward to hearing from you.";

const OTHER: &str = "Hello! Our studio designs brand identities for coffee roasters and bakeries. \
We sketch by hand first, then move to vector artwork, and we always deliver print-ready files with a \
small style guide. Last spring we refreshed the packaging of a family bakery in Lyon, which doubled \
their online orders. Tell me about your audience and the feeling you want the logo to carry, and I will \
share three rough directions within a week.";

fn doc(v: serde_json::Value) -> Document {
    Document::from_value(v).unwrap()
}

fn proposal(id: &str, name: &str, text: &str) -> Document {
    doc(json!({"kind": "proposal", "id": id, "author": {"name": name}, "text": text}))
}

fn profile(id: &str, name: &str, extra: serde_json::Value) -> Document {
    let mut v = json!({"kind": "profile", "id": id, "name": name});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            o.insert(k.clone(), x.clone());
        }
    }
    doc(v)
}

fn corpus() -> Corpus {
    Corpus::with_key(b"test key")
}

fn hint<'r>(r: &'r Report, code: &str) -> Option<&'r crate::Hint> {
    r.hints.iter().find(|h| h.code == code)
}

fn u16_slice(s: &str, a: usize, b: usize) -> String {
    let v: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&v[a..b]).unwrap()
}

#[test]
fn same_text_under_another_name_is_linked_with_passages() {
    let mut c = corpus();
    c.add(proposal("q1", "Alice Moreau", TEMPLATE));
    c.add(proposal("q2", "Dana Liu", OTHER));
    let custom = format!("Hi Sam, I saw your Shopify store and loved it. {TEMPLATE}");
    let r = c.analyze(proposal("q3", "Brian Okafor", &custom), &Options::default());
    let h = hint(&r, "HL401").expect("near-duplicate hint");
    assert!(h.message.contains("q1"), "{}", h.message);
    assert!(!h.message.contains("q2"));
    assert!(h.severity >= Severity::Medium);
    // the evidence is the shared passage, in this document's original text
    let ev = &h.evidence[0];
    assert_eq!(ev.field, "text");
    assert!(
        ev.text.starts_with("I am a senior full stack"),
        "{}",
        ev.text
    );
    assert_eq!(u16_slice(&custom, ev.start, ev.end), ev.text);
    assert!(!ev.text.contains("Shopify"));
    // scored together with the document's own hints
    assert!(r.score > 0.0);
    let links = c.links_of("q3");
    assert_eq!(links.len(), 1);
    let l = links[0];
    assert_eq!((l.a.as_str(), l.b.as_str()), ("q1", "q3"));
    assert!(l.containment.unwrap() > 0.9);
    assert!(l.jaccard.unwrap() > 0.7 && l.jaccard.unwrap() < 1.0);
    // the stored side has spans but no text
    assert!(!l.spans_a.is_empty() && l.spans_a.iter().all(|s| s.text.is_none()));
    let cl = c.clusters();
    assert_eq!(cl.len(), 1);
    assert_eq!(cl[0].members, ["q1", "q3"]);
    assert_eq!(cl[0].reasons[0].kind, LinkKind::NearDuplicateText);
}

#[test]
fn linkage_hints_appear_in_the_reports_of_both_documents() {
    let mut c = corpus();
    let r1 = c.analyze(
        proposal("q1", "Alice Moreau", TEMPLATE),
        &Options::default(),
    );
    assert!(hint(&r1, "HL401").is_none(), "nothing to link to yet");
    c.add(proposal("q2", "Brian Okafor", TEMPLATE));
    // seeing q1 again (the extension re-renders its page) shows the link from its side
    let r1 = c.analyze(
        proposal("q1", "Alice Moreau", TEMPLATE),
        &Options::default(),
    );
    let h = hint(&r1, "HL401").expect("hint in the earlier document's report");
    assert!(h.message.contains("q2"));
    assert_eq!(h.severity, Severity::High);
    assert_eq!(c.len(), 2, "re-adding an id replaces it");
    // the plain single-document analysis never emits linkage hints
    let plain = crate::analyze(
        proposal("q1", "Alice Moreau", TEMPLATE),
        &Options::default(),
    );
    assert!(plain.hints.iter().all(|h| !h.code.starts_with("HL4")));
}

#[test]
fn unrelated_and_short_texts_are_not_linked() {
    let mut c = corpus();
    c.add(proposal("q1", "A", TEMPLATE));
    c.add(proposal("q2", "B", OTHER));
    c.add(proposal(
        "q3",
        "C",
        "Hi, I am interested in your job. Thanks!",
    ));
    c.add(proposal(
        "q4",
        "D",
        "Hi, I am interested in your job. Thanks!",
    ));
    assert_eq!(c.pairs().count(), 0);
    assert!(c.clusters().is_empty());
}

#[test]
fn a_profile_and_its_own_proposal_are_not_linked() {
    let mut c = corpus();
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({"overview": TEMPLATE, "contacts": {"emails": ["alice@acme.io"]}}),
    ));
    c.add(doc(json!({"kind": "proposal", "id": "q1",
        "author": {"name": "Alice Moreau", "profile_id": "p1"},
        "text": format!("{TEMPLATE} Write to alice@acme.io.")})));
    assert_eq!(c.pairs().count(), 0);
}

#[test]
fn gmail_variants_are_one_identifier() {
    let mut c = corpus();
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({"contacts": {"emails": ["alicedev@gmail.com"]}}),
    ));
    c.add(profile(
        "p2",
        "Carol Diaz",
        json!({"contacts": {"emails": ["carol@acme.io"]}}),
    ));
    let r = c.analyze(
        profile(
            "p3",
            "Brian Okafor",
            json!({"overview": "Write to A.lice.Dev+jobs@googlemail.com any time."}),
        ),
        &Options::default(),
    );
    let h = hint(&r, "HL402").expect("shared identifier");
    assert_eq!(h.severity, Severity::High);
    assert!(h.message.contains("p1") && !h.message.contains("p2"));
    assert_eq!(h.evidence[0].field, "overview");
    assert_eq!(h.evidence[0].text, "A.lice.Dev+jobs@googlemail.com");
    let l = c.links_of("p3")[0];
    assert_eq!(l.identifier, Some(IdentKind::Email));
    assert_eq!(l.value.as_deref(), Some("a.lice.dev+jobs@googlemail.com"));
    assert_eq!(r.level, crate::Level::High);
}

#[test]
fn phones_handles_wallets_and_accounts_match_across_formats() {
    let mut c = corpus();
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({
        "contacts": {"phones": ["+44 7911 123456"], "handles": ["@FastDev_Pro"],
                     "wallets": ["0x52908400098527886E0F7030069857D2E4169EE7"]},
        "payment": {"account": "DE89 3704 0044 0532 0130 00"}}),
    ));
    c.add(profile("p2", "Brian Okafor", json!({
        "overview": "Call +44 7911 123 456 or telegram: @fastdev_pro. USDT to 0x52908400098527886e0f7030069857d2e4169ee7 please.",
        "payment": {"account": "de89370400440532013000"}})));
    let kinds: Vec<IdentKind> = c
        .links_of("p2")
        .iter()
        .filter_map(|l| l.identifier)
        .collect();
    for k in [
        IdentKind::Phone,
        IdentKind::Handle,
        IdentKind::Wallet,
        IdentKind::BankAccount,
    ] {
        assert!(kinds.contains(&k), "{k:?} not linked: {kinds:?}");
    }
}

#[test]
fn same_name_shared_contact_is_low() {
    let mut c = corpus();
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({"contacts": {"emails": ["alice@acme.io"]}}),
    ));
    let r = c.analyze(
        profile(
            "p2",
            "alice  moreau",
            json!({"contacts": {"emails": ["alice@acme.io"]}}),
        ),
        &Options::default(),
    );
    assert_eq!(hint(&r, "HL402").unwrap().severity, Severity::Low);
}

#[test]
fn photos_one_photo_many_names_and_one_name_many_photos() {
    let mut c = corpus();
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({"photo": {"dhash": "f0e1d2c3b4a59687"}}),
    ));
    let r = c.analyze(
        profile(
            "p2",
            "Brian Okafor",
            json!({"photo": {"dhash": "f0e1d2c3b4a59686"}}),
        ),
        &Options::default(),
    );
    let h = hint(&r, "HL403").expect("same photo");
    assert_eq!(h.severity, Severity::High);
    assert_eq!(h.evidence[0].text, "Brian Okafor");
    let r = c.analyze(
        profile(
            "p3",
            "Alice Moreau",
            json!({"photo": {"dhash": "0f1e2d3c4b5a6978"}}),
        ),
        &Options::default(),
    );
    let h = hint(&r, "HL403").expect("one name, other photo");
    assert_eq!(h.severity, Severity::Low);
    assert!(h.message.contains("p1") && h.message.contains("different photo"));
    // one name, many photos never joins a cluster on its own
    assert!(
        c.clusters()
            .iter()
            .all(|cl| !cl.members.contains(&"p3".to_owned()))
    );
}

#[test]
fn name_variants() {
    let mut c = corpus();
    c.add(profile("p1", "John Smith", json!({})));
    let r = c.analyze(profile("p2", "Jоhn Smith", json!({})), &Options::default()); // Cyrillic о
    let h = hint(&r, "HL405").expect("homoglyph variant");
    assert_eq!(h.severity, Severity::Medium);
    let r = c.analyze(profile("p3", "John-Smíth", json!({})), &Options::default());
    assert!(hint(&r, "HL405").is_some());
    let to_p1 = c.links_of("p3").into_iter().find(|l| l.a == "p1").unwrap();
    assert_eq!(
        to_p1.severity,
        Severity::Low,
        "accents and punctuation only"
    );
    assert!(!to_p1.strong);
    // the same name is not a variant
    let r = c.analyze(profile("p4", "john smith", json!({})), &Options::default());
    let h = hint(&r, "HL405").unwrap();
    assert!(!h.message.contains("p1"), "{}", h.message);
}

#[test]
fn spans_are_utf16_in_non_ascii_text() {
    let mut c = corpus();
    let prefix = "Ｈｅｌｌｏ 😀 — ";
    c.add(proposal("q1", "A", TEMPLATE));
    let text = format!("{prefix}{TEMPLATE}");
    let r = c.analyze(proposal("q2", "B", &text), &Options::default());
    let ev = &hint(&r, "HL401").unwrap().evidence[0];
    assert_eq!(u16_slice(&text, ev.start, ev.end), ev.text);
    assert!(ev.text.starts_with("I am a senior"));
    assert_eq!(ev.start, prefix.encode_utf16().count());
}

#[test]
fn compare_gives_scores_without_thresholds() {
    let cmp = Corpus::compare(
        proposal("a", "Alice", TEMPLATE),
        proposal("b", "Brian", &format!("Dear hiring manager. {TEMPLATE}")),
    );
    assert!(cmp.near_duplicate.jaccard.unwrap() > 0.8);
    assert!(cmp.near_duplicate.containment.unwrap() > 0.95);
    assert_eq!(cmp.style.score, None, "fewer than 150 words");
    assert!(matches!(
        cmp.style.verdict,
        style::Verdict::InsufficientText { .. }
    ));
    let cmp = Corpus::compare(proposal("a", "A", TEMPLATE), proposal("b", "B", OTHER));
    assert!(cmp.near_duplicate.jaccard.unwrap() < 0.05);
}

#[test]
fn round_trip_keeps_links_and_clusters() {
    let mut c = Corpus::new();
    c.add(proposal("q1", "Alice Moreau", TEMPLATE));
    c.add(profile(
        "p1",
        "Brian Okafor",
        json!({"overview": TEMPLATE, "photo": {"dhash": "00000000000000ff"},
        "contacts": {"emails": ["brian@acme.io"]}}),
    ));
    c.add(profile(
        "p2",
        "Carol Diaz",
        json!({"photo": {"dhash": "00000000000000fe"},
        "contacts": {"emails": ["brian@acme.io"]}}),
    ));
    c.add(proposal("", "Nameless", OTHER));
    let bytes = c.to_bytes();
    let d = Corpus::from_bytes(&bytes, None).unwrap();
    assert_eq!(d.len(), c.len());
    assert_eq!(d.clusters(), c.clusters());
    let strip = |c: &Corpus| -> Vec<(String, String, LinkKind, String)> {
        c.pairs()
            .map(|l| (l.a.clone(), l.b.clone(), l.kind, format!("{:.6}", l.score)))
            .collect()
    };
    assert_eq!(strip(&d), strip(&c));
    assert_eq!(d.to_bytes(), bytes, "a loaded corpus writes the same bytes");
    // a loaded corpus keeps working: new documents link to stored ones
    let mut d = d;
    let r = d.analyze(proposal("q9", "Dan Wu", TEMPLATE), &Options::default());
    assert!(hint(&r, "HL401").unwrap().message.contains("q1"));
    // anonymous documents keep distinct ids across a reload
    d.add(proposal("", "Other", "short"));
    assert!(d.key_of("#1").is_some() && d.key_of("#2").is_some());
}

#[test]
fn the_blob_holds_no_raw_text_or_identifiers() {
    let mut c = Corpus::with_key(b"k");
    c.add(profile(
        "p1",
        "Alice Moreau",
        json!({"overview": TEMPLATE,
        "contacts": {"emails": ["alicedev@gmail.com"], "phones": ["+44 7911 123456"]}}),
    ));
    let bytes = c.to_bytes();
    let hay = String::from_utf8_lossy(&bytes).to_lowercase();
    for needle in [
        "senior", "react", "alice", "moreau", "alicedev", "gmail", "7911", "123456",
    ] {
        assert!(!hay.contains(needle), "{needle} found in the blob");
    }
    assert!(bytes.len() < 3000, "{} bytes", bytes.len());
}

#[test]
fn loading_errors_are_clear() {
    let mut c = Corpus::with_key(b"right");
    c.add(proposal("q1", "A", TEMPLATE));
    let bytes = c.to_bytes();
    assert_eq!(
        Corpus::from_bytes(&bytes, None).unwrap_err(),
        CorpusError::KeyRequired
    );
    assert_eq!(
        Corpus::from_bytes(&bytes, Some(b"wrong")).unwrap_err(),
        CorpusError::WrongKey
    );
    assert!(Corpus::from_bytes(&bytes, Some(b"right")).is_ok());
    assert_eq!(
        Corpus::from_bytes(b"hello", None).unwrap_err(),
        CorpusError::NotACorpus
    );
    let mut newer = bytes.clone();
    newer[8] = 6;
    let e = Corpus::from_bytes(&newer, Some(b"right")).unwrap_err();
    assert_eq!(
        e,
        CorpusError::NewerVersion {
            found: 6,
            supported: 5
        }
    );
    assert!(e.to_string().contains("newer"));
    let mut flipped = bytes.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 1;
    assert!(matches!(
        Corpus::from_bytes(&flipped, Some(b"right")),
        Err(CorpusError::Corrupt(_))
    ));
    for cut in [9, 12, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Corpus::from_bytes(&bytes[..cut], Some(b"right")).is_err(),
            "cut at {cut}"
        );
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            let _ = Corpus::from_bytes(&bytes, None);
            let _ = Corpus::from_bytes(&bytes, Some(b"k"));
            let mut with_magic = MAGIC_PREFIX.to_vec();
            with_magic.extend_from_slice(&bytes);
            let _ = Corpus::from_bytes(&with_magic, None);
        }

        /// Damage a valid blob anywhere (and fix the checksum so the parser
        /// itself is exercised): an error or a corpus, never a panic.
        #[test]
        fn damaged_blobs_never_panic(pos in any::<proptest::sample::Index>(), byte in any::<u8>(), cut in any::<proptest::sample::Index>()) {
            let blob = sample_blob();
            let mut b = blob.clone();
            let body = b.len() - 8;
            let i = pos.index(body - 10) + 10;
            b[i] = byte;
            b.truncate(cut.index(body - 10) + 10 + 1 + (body - 10) / 2);
            let mut b2 = b.clone();
            let sum = sha2::Sha256::digest(&b2);
            b2.extend_from_slice(&sum[..8]);
            let _ = Corpus::from_bytes(&b2, None);
            let mut whole = blob[..body].to_vec();
            whole[i] = byte;
            let sum = sha2::Sha256::digest(&whole);
            whole.extend_from_slice(&sum[..8]);
            let _ = Corpus::from_bytes(&whole, None);
        }
    }

    const MAGIC_PREFIX: &[u8] = b"HLCORPUS\x01\x00";

    use sha2::Digest;

    fn sample_blob() -> Vec<u8> {
        let mut c = Corpus::new();
        c.add(proposal("q1", "Alice", TEMPLATE));
        c.add(profile(
            "p1",
            "Bob",
            json!({"overview": TEMPLATE, "photo": {"dhash": "00000000000000ff"},
            "contacts": {"emails": ["b@acme.io"]}}),
        ));
        c.to_bytes()
    }
}

/// Synthetic writers (fixtures, not evidence of recall): each draws words
/// from a shared pool and from a private pool of its own habits, in a
/// seeded random order, so two texts of one writer share habits but hardly
/// any word 3-shingles.
fn synthetic_text(writer: u64, text: u64) -> String {
    const COMMON: &[&str] = &[
        "the", "project", "and", "I", "will", "deliver", "a", "clean", "result", "to", "your",
        "team", "with", "care", "on", "time", "for", "this", "work", "we", "can", "start",
    ];
    let mut x =
        writer.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ text.wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    // a writer's own habits: 30 words made of letters drawn from its seed
    let mut y = writer.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1;
    let private: Vec<String> = (0..30)
        .map(|_| {
            (0..6)
                .map(|_| {
                    y ^= y << 13;
                    y ^= y >> 7;
                    y ^= y << 17;
                    char::from(b'a' + (y % 26) as u8)
                })
                .collect()
        })
        .collect();
    // and its favourite common words: ten of them
    let favourite: Vec<&str> = (0..10)
        .map(|_| {
            y ^= y << 13;
            y ^= y >> 7;
            y ^= y << 17;
            COMMON[(y % COMMON.len() as u64) as usize]
        })
        .collect();
    let mut out = String::new();
    for i in 0..220 {
        let r = next();
        let w = if r % 2 == 0 {
            favourite[(r >> 8) as usize % favourite.len()].to_owned()
        } else {
            private[(r >> 8) as usize % private.len()].clone()
        };
        out.push_str(&w);
        // and its own punctuation and spacing habits
        let every = 2 + (writer % 5) as usize;
        out.push_str(if i % 12 == 11 {
            [". ", ".  ", "! ", ".\n"][(writer % 4) as usize]
        } else if i % every == every - 1 {
            [", ", " - ", "; ", "... ", ": ", " ,"][(writer % 6) as usize]
        } else {
            " "
        });
    }
    out
}

/// Style threshold for the synthetic corpora: their writers' only habits
/// are private words, favourite common words and punctuation, so a second
/// text stands about 5–6 deviations beyond its impostors where real
/// same-author pairs reach the shipped threshold (chosen on real text:
/// `eval_corpus -- sweep`); strangers stay under 2.
const SYNTHETIC_STYLE_MIN: f64 = 4.0;

fn synthetic_corpus() -> Corpus {
    let mut c = corpus();
    c.config.style_min_z = SYNTHETIC_STYLE_MIN;
    c
}

#[test]
fn style_links_need_to_stand_out_from_the_corpus_and_are_capped() {
    let mut c = synthetic_corpus();
    // 40 different writers: nobody is linked by style
    for w in 0..40u64 {
        let r = c.analyze(
            proposal(
                &format!("w{w}"),
                &format!("Writer {w}"),
                &synthetic_text(w, 0),
            ),
            &Options::default(),
        );
        assert!(
            hint(&r, "HL404").is_none(),
            "stranger w{w} linked: {:?}",
            r.hints
        );
    }
    // a second text by writer 7 under another name stands out
    let r = c.analyze(
        proposal("w7b", "Somebody Else", &synthetic_text(7, 1)),
        &Options::default(),
    );
    let h = hint(&r, "HL404").expect("same writer linked");
    assert!(h.message.contains("w7:"), "{}", h.message);
    assert!(hint(&r, "HL401").is_none(), "not a copy");
    let style: Vec<&Link> = c
        .pairs()
        .filter(|l| l.kind == LinkKind::SameAuthorStyle)
        .collect();
    assert!(
        style
            .iter()
            .all(|l| l.style_z.unwrap() >= c.config.style_min_z)
    );
    // many texts of one writer: each new one keeps at most the best few links
    for t in 2..10 {
        c.add(proposal(
            &format!("w7-{t}"),
            &format!("Alias {t}"),
            &synthetic_text(7, t),
        ));
    }
    for t in 2..10 {
        let n = c
            .pairs()
            .filter(|l| l.kind == LinkKind::SameAuthorStyle && l.b == format!("w7-{t}"))
            .count();
        assert!(n <= style::MAX_LINKS_PER_DOC, "{n} links for w7-{t}");
    }
    // strangers stayed unlinked
    assert!(
        c.pairs()
            .filter(|l| l.kind == LinkKind::SameAuthorStyle)
            .all(|l| l.a.starts_with("w7") && l.b.starts_with("w7")),
    );
}

/// A corpus without a key (so its blob loads without one), at the synthetic
/// threshold, holding the first text of `n` synthetic writers, each under
/// its own name (ids `w0`, `w1`, … followed by `suffix`).
fn keyless_with_writers(n: u64, suffix: &str) -> Corpus {
    let mut c = Corpus::new();
    c.config.style_min_z = SYNTHETIC_STYLE_MIN;
    for w in 0..n {
        c.add(proposal(
            &format!("w{w}{suffix}"),
            &format!("Writer {w}"),
            &synthetic_text(w, 0),
        ));
    }
    c
}

#[test]
fn the_topic_share_is_learnt_from_documents_under_one_name() {
    let mut c = keyless_with_writers(40, "a");
    // no two documents under one name yet: nothing to learn from, and no
    // stranger lessons gathered for nothing
    assert!(c.style_same.is_empty());
    assert!(c.style_differ.is_empty());
    assert_eq!(c.style_topic_share(), 0.0);
    for w in 0..40u64 {
        c.add(proposal(
            &format!("w{w}b"),
            &format!("Writer {w}"),
            &synthetic_text(w, 1),
        ));
    }
    // the second text of each writer whose first has a baseline is a lesson,
    // and so are its pairs with a few of its impostors
    assert!(
        c.style_same.len() >= style::MIN_LESSON_PAIRS,
        "{}",
        c.style_same.len()
    );
    assert!(c.style_differ.len() >= c.style_same.len());
    // with enough lessons the share moves off 0: these synthetic writers'
    // second texts are told from strangers best with part of the score
    // topic-adjusted (their private words are content words, shared with
    // strangers' by chance as well)
    let share = c.style_topic_share();
    assert!(share > 0.0 && share <= style::MAX_TOPIC_SHARE, "{share}");
    // links are rebuilt on load, and so is the lesson
    let d = Corpus::from_bytes(&c.to_bytes(), None).unwrap();
    assert_eq!(d.style_topic_share(), share);
    assert_eq!(d.style_same, c.style_same);
}

#[test]
fn a_small_corpus_gives_no_style_links() {
    let mut c = corpus();
    c.add(proposal("a", "Writer A", &synthetic_text(3, 0)));
    let r = c.analyze(
        proposal("b", "Writer B", &synthetic_text(3, 1)),
        &Options::default(),
    );
    assert!(hint(&r, "HL404").is_none(), "too few impostors to judge");
}

#[test]
fn style_profiles_survive_the_round_trip() {
    let mut c = keyless_with_writers(20, "");
    c.add(proposal("w5b", "Other Name", &synthetic_text(5, 1)));
    let bytes = c.to_bytes();
    let d = Corpus::from_bytes(&bytes, None).unwrap();
    let kinds = |c: &Corpus| {
        c.pairs()
            .map(|l| (l.a.clone(), l.b.clone(), l.kind))
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(&c), kinds(&d));
    assert!(kinds(&d).iter().any(|k| k.2 == LinkKind::SameAuthorStyle));
    assert_eq!(d.config().style_min_z, SYNTHETIC_STYLE_MIN);
    // a blob from a newer format is refused with a clear error
    let mut newer = bytes.clone();
    newer[8] = 9;
    assert!(matches!(
        Corpus::from_bytes(&newer, None),
        Err(CorpusError::NewerVersion { found: 9, .. })
    ));
}

#[test]
fn a_version_1_blob_still_loads() {
    use sha2::{Digest, Sha256};
    let mut c = Corpus::with_key(b"k").with_config(Config {
        style: false,
        ..Config::default()
    });
    c.add(proposal("q1", "Alice Moreau", TEMPLATE));
    c.add(proposal("q2", "Brian Okafor", TEMPLATE));
    let v2 = c.to_bytes();
    // version 1 had no style threshold in the config and no checksum change otherwise
    let z = style::HINT_Z.to_le_bytes();
    let at = v2.windows(8).position(|w| w == z).unwrap();
    let mut v1: Vec<u8> = [&v2[..at], &v2[at + 8..v2.len() - 8]].concat();
    v1[8] = 1;
    v1[9] = 0;
    let sum = Sha256::digest(&v1);
    v1.extend_from_slice(&sum[..8]);
    let d = Corpus::from_bytes(&v1, Some(b"k")).unwrap();
    assert_eq!(d.len(), 2);
    assert_eq!(d.clusters(), c.clusters());
    assert_eq!(d.config().style_min_z, style::HINT_Z);
}

// ---- one person across documents ----

fn linkedin(extra: serde_json::Value) -> Document {
    let mut v = json!({"kind": "profile", "id": "li-1", "platform": "linkedin",
        "url": "https://www.linkedin.com/in/dkim-example/", "name": "Daniel Kim"});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            o.insert(k.clone(), x.clone());
        }
    }
    doc(v)
}

fn upwork(extra: serde_json::Value) -> Document {
    let mut v = json!({"kind": "profile", "id": "up-1", "platform": "upwork",
        "url": "https://www.upwork.com/freelancers/~0dkim",
        "name": "Daniel Kim",
        "contacts": {"links": ["linkedin.com/in/dkim-example"]}});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, x) in e {
            o.insert(k.clone(), x.clone());
        }
    }
    doc(v)
}

fn cross_hints(r: &Report) -> Vec<&crate::Hint> {
    r.hints
        .iter()
        .filter(|h| ["HL113", "HL114", "HL115", "HL116", "HL117"].contains(&h.code.as_str()))
        .collect()
}

#[test]
fn a_linked_profile_seen_before_is_compared_with_evidence_from_both() {
    let opts = Options::default();
    let mut c = corpus();
    let first = c.analyze(
        linkedin(
            json!({"employment": [{"company": "Globex", "start": "2018-06", "end": "2023-01"}]}),
        ),
        &opts,
    );
    assert!(
        cross_hints(&first).is_empty(),
        "nothing to compare with yet"
    );
    let r = c.analyze(
        upwork(json!({"employment": [{"company": "Acme", "start": "2019-01", "end": "2023-06"}]})),
        &opts,
    );
    assert_eq!(r.same_person, ["li-1"]);
    let h = hint(&r, "HL115").expect("employment compared");
    assert_eq!(h.severity, Severity::Medium);
    assert!(
        h.message.contains("the LinkedIn profile (li-1)"),
        "{}",
        h.message
    );
    let fields: Vec<(&str, &str)> = h
        .evidence
        .iter()
        .map(|e| (e.field.as_str(), e.text.as_str()))
        .collect();
    assert!(
        fields.contains(&("employment[0].company", "Acme")),
        "{fields:?}"
    );
    assert!(
        fields.contains(&("same_person[0].employment[0].company", "Globex")),
        "{fields:?}"
    );
    assert_eq!(c.same_person_of(&upwork(json!({}))), ["li-1"]);
    let claims = c.same_person_claims(&upwork(json!({})));
    assert_eq!(claims.len(), 1);
    assert_eq!(claims[0].0, "li-1");
    // claims attached by the caller (another corpus's) are named by their id
    let mut other = corpus();
    let mut up =
        upwork(json!({"employment": [{"company": "Acme", "start": "2019-01", "end": "2023-06"}]}));
    if let Document::Profile(p) = &mut up {
        let mut li = person::claims_from_json(&claims[0].1).unwrap();
        li.id = Some(claims[0].0.clone());
        p.same_person.push(li);
    }
    let r = other.analyze(up, &opts);
    assert_eq!(r.same_person, ["li-1"]);
    assert!(hint(&r, "HL115").is_some());
    assert!(claims[0].1.contains("Globex"), "{}", claims[0].1);
}

#[test]
fn the_link_works_both_ways_and_through_author_profile_id() {
    let opts = Options::default();
    // the profile that links comes first, the linked one second
    let mut c = corpus();
    c.analyze(upwork(json!({"name": "Kevin Park"})), &opts);
    let r = c.analyze(linkedin(json!({})), &opts);
    assert_eq!(r.same_person, ["up-1"]);
    let h = hint(&r, "HL113").expect("names compared");
    assert!(
        h.evidence
            .iter()
            .any(|e| e.field == "same_person[0].name" && e.text == "Kevin Park")
    );
    assert!(
        h.evidence
            .iter()
            .any(|e| e.field == "name" && e.text == "Daniel Kim")
    );

    // a proposal whose author.profile_id names a profile seen before, with
    // the profile as the proposal's page showed it
    let mut c = corpus();
    c.analyze(
        doc(json!({"kind": "profile", "id": "p9", "name": "Maria Lopez",
            "location": {"country": "Spain"}})),
        &opts,
    );
    let r = c.analyze(
        doc(
            json!({"kind": "proposal", "id": "q9", "author": {"profile_id": "p9"},
            "text": "I can start on Monday.",
            "profile": {"name": "Olga Sidorova", "location": {"country": "Spain"}}}),
        ),
        &opts,
    );
    assert_eq!(r.same_person, ["p9"]);
    let h = hint(&r, "HL113").expect("names compared");
    assert!(h.evidence.iter().any(|e| e.field == "profile.name"));
    assert!(
        h.evidence
            .iter()
            .any(|e| e.field == "profile.same_person[0].name")
    );
}

#[test]
fn documents_without_an_explicit_link_are_not_compared() {
    let opts = Options::default();
    let mut c = corpus();
    c.analyze(
        linkedin(json!({"url": "https://www.linkedin.com/in/someone-else",
            "employment": [{"company": "Globex", "start": "2018-06", "end": "2023-01"}]})),
        &opts,
    );
    let r = c.analyze(
        upwork(json!({"employment": [{"company": "Acme", "start": "2019-01", "end": "2023-06"}]})),
        &opts,
    );
    assert!(r.same_person.is_empty());
    assert!(cross_hints(&r).is_empty(), "{:?}", r.hints);
    // the same page analysed again is not a second source
    let r = c.analyze(
        upwork(
            json!({"employment": [{"company": "Initech", "start": "2019-01", "end": "2023-06"}]}),
        ),
        &opts,
    );
    assert!(cross_hints(&r).is_empty(), "{:?}", r.hints);
}

#[test]
fn same_person_updated_at_different_times_stays_at_low_or_below() {
    let opts = Options::default();
    let mut c = corpus();
    // LinkedIn last edited before the move to Initech: still "Present" at
    // Acme; English written as a different scale; a short name and the long
    // country name; education with an expected year
    c.analyze(
        linkedin(json!({"name": "Dan Kim", "location": {"country": "United States"},
            "utc_offset_minutes": -300,
            "employment": [{"company": "Acme Inc.", "title": "Software Engineer", "start": "2019-02", "end": "Present"},
                           {"company": "Hooli", "title": "Intern", "start": "2018-06", "end": "2018-09"}],
            "education": [{"school": "State University", "start": "2014", "end": "2018"}],
            "languages": [{"language": "English", "level": "Full professional proficiency"}]})),
        &opts,
    );
    let r = c.analyze(
        upwork(json!({"location": {"country": "US"}, "utc_offset_minutes": -360,
            "employment": [{"company": "Acme", "title": "Senior Engineer", "start": "2019-01", "end": "2024-03"},
                           {"company": "Initech", "title": "Staff Engineer", "start": "2024-04", "end": "Present"},
                           {"company": "Freelance", "title": "Freelance developer", "start": "2016-01", "end": "2018-05"}],
            "education": [{"school": "State University", "start": "2014", "end": "2019"}],
            "languages": [{"language": "English", "level": "Native or Bilingual"}]})),
        &opts,
    );
    assert_eq!(r.same_person, ["li-1"]);
    for h in cross_hints(&r) {
        assert!(h.severity <= Severity::Low, "{}: {}", h.code, h.message);
    }
    assert!(
        r.hints.iter().all(|h| h.severity <= Severity::Low),
        "{:?}",
        r.hints
    );
}

#[test]
fn claims_survive_a_round_trip_sealed_with_the_key() {
    let opts = Options::default();
    let mut c = corpus();
    c.analyze(
        linkedin(json!({"employment": [{"company": "Globexcorpname", "start": "2018-06", "end": "2023-01"}]})),
        &opts,
    );
    let bytes = c.to_bytes();
    assert!(
        !bytes.windows(14).any(|w| w == b"Globexcorpname"),
        "claims are sealed"
    );
    assert!(Corpus::from_bytes(&bytes, Some(b"another key")).is_err());
    let mut back = Corpus::from_bytes(&bytes, Some(b"test key")).unwrap();
    let r = back.analyze(
        upwork(json!({"employment": [{"company": "Acme", "start": "2019-01", "end": "2023-06"}]})),
        &opts,
    );
    let h = hint(&r, "HL115").expect("compared after reload");
    assert!(h.evidence.iter().any(|e| e.text == "Globexcorpname"));
    assert_eq!(back.to_bytes(), {
        let mut again = Corpus::from_bytes(&bytes, Some(b"test key")).unwrap();
        again.analyze(
            upwork(
                json!({"employment": [{"company": "Acme", "start": "2019-01", "end": "2023-06"}]}),
            ),
            &opts,
        );
        again.to_bytes()
    });
}

/// The lean pass of [`Corpus::add`] leaves the corpus exactly as a full
/// [`Analysis`] does: same links (with their evidence text), clusters and
/// stored signatures, over the repository's example documents (profiles
/// with contacts and sessions, proposals, threads with client messages,
/// non-ASCII text) each added twice under another id, plus the templates.
#[test]
fn lean_pass_links_exactly_as_the_full_analysis() {
    let examples = [
        include_str!("../../examples/benign-platform-traveller.json"),
        include_str!("../../examples/benign-profile-nonnative.json"),
        include_str!("../../examples/benign-thread-client-asks-call.json"),
        include_str!("../../examples/benign-web3-proposal.json"),
        include_str!("../../examples/suspicious-ja-line-usdt.json"),
        include_str!("../../examples/suspicious-ko-kakao.json"),
        include_str!("../../examples/suspicious-offplatform-crypto.json"),
        include_str!("../../examples/suspicious-platform-sessions.json"),
        include_str!("../../examples/suspicious-spoofed-name.json"),
        include_str!("../../examples/suspicious-thread-laptop.json"),
    ];
    let mut docs: Vec<Document> = Vec::new();
    for round in 0..2 {
        for (i, e) in examples.iter().enumerate() {
            let mut v: serde_json::Value = serde_json::from_str(e).unwrap();
            v["id"] = json!(format!("ex{i}-{round}"));
            docs.push(doc(v));
        }
        docs.push(proposal(&format!("t{round}"), "Alice Moreau", TEMPLATE));
        docs.push(proposal(&format!("o{round}"), "Dana Liu", OTHER));
        docs.push(proposal(
            &format!("c{round}"),
            "Brian Okafor",
            &format!("Hi Sam, mail me at fast.dev+{round}@gmail.com. {TEMPLATE} {OTHER}"),
        ));
    }
    let mut lean = corpus();
    let mut full = corpus();
    let options = Options::default();
    for d in docs {
        lean.add(d.clone());
        let mut d = d;
        d.enforce_limits();
        let a = Analysis::new(&d, &options);
        full.add_analysis(&a);
    }
    let json = |c: &Corpus| serde_json::to_string(&c.pairs().collect::<Vec<_>>()).unwrap();
    assert!(lean.pairs().count() >= 10, "{}", json(&lean));
    assert!(
        lean.pairs()
            .any(|l| l.kind == LinkKind::SharedIdentifier && l.value.is_some())
    );
    assert!(
        lean.pairs()
            .any(|l| !l.spans_b.is_empty() && l.spans_b.iter().all(|s| s.text.is_some()))
    );
    assert_eq!(json(&lean), json(&full));
    assert_eq!(lean.clusters(), full.clusters());
    assert_eq!(lean.to_bytes(), full.to_bytes());
}

/// One identifier in many documents links each new one to the most recent
/// [`MAX_IDENT_LINKS`] sharers, not to all: links grow linearly with the
/// documents, and the cluster is still one.
#[test]
fn widely_shared_identifier_links_are_bounded() {
    let mut c = corpus();
    let n = MAX_IDENT_LINKS + 24;
    for i in 0..n {
        c.add(proposal(
            &format!("p{i}"),
            &format!("Person {i}"),
            &format!("Call the desk on +44 20 7946 0018 about order {i}."),
        ));
    }
    let shared = |id: &str| {
        c.links_of(id)
            .into_iter()
            .filter(|l| l.kind == LinkKind::SharedIdentifier && l.b == id)
            .map(|l| l.a.clone())
            .collect::<Vec<_>>()
    };
    // early documents: every earlier sharer
    assert_eq!(shared("p5").len(), 5);
    // late ones: the most recent MAX_IDENT_LINKS
    let last = format!("p{}", n - 1);
    let mut got = shared(&last);
    got.sort();
    let mut want: Vec<String> = (n - 1 - MAX_IDENT_LINKS..n - 1)
        .map(|i| format!("p{i}"))
        .collect();
    want.sort();
    assert_eq!(got, want);
    let total = c
        .pairs()
        .filter(|l| l.kind == LinkKind::SharedIdentifier)
        .count();
    assert!(total <= n * MAX_IDENT_LINKS, "{total}");
    assert!(total < n * (n - 1) / 2);
    let clusters = c.clusters();
    assert_eq!(clusters.len(), 1);
    assert_eq!(clusters[0].members.len(), n);
}

#[test]
fn a_version_4_blob_loads_without_its_distorted_view() {
    use sha2::{Digest, Sha256};
    let mut c = Corpus::with_key(b"k");
    c.add(proposal("q1", "Alice Moreau", &synthetic_text(1, 0)));
    let v5 = c.to_bytes();
    assert!(
        c.entries[0]
            .style
            .as_ref()
            .unwrap()
            .feats
            .iter()
            .any(|(b, _)| *b as usize >= style::BG_BUCKETS)
    );
    // version 4 masked the distorted text by another word list
    let mut v4 = v5[..v5.len() - 8].to_vec();
    v4[8] = 4;
    let sum = Sha256::digest(&v4);
    v4.extend_from_slice(&sum[..8]);
    let d = Corpus::from_bytes(&v4, Some(b"k")).unwrap();
    let p = d.entries[0].style.as_ref().unwrap();
    assert!(!p.feats.is_empty());
    assert!(
        p.feats
            .iter()
            .all(|(b, _)| (*b as usize) < style::BG_BUCKETS)
    );
    assert_eq!(d.config().style_min_z, style::HINT_Z);
}
