//! `Corpus::from_bytes` on arbitrary bytes: an error or a corpus, never a
//! panic or an unbounded allocation. Most random bytes fail the checksum, so
//! two of the three modes fix the checksum first to reach the decoder, and
//! one mutates a real serialized corpus.
#![no_main]

use hirelens::corpus::Corpus;
use hirelens::{Document, Options};
use libfuzzer_sys::fuzz_target;
use sha2::{Digest, Sha256};

fn with_checksum(body: &[u8]) -> Vec<u8> {
    let mut v = body.to_vec();
    let sum = Sha256::digest(body);
    v.extend_from_slice(&sum[..8]);
    v
}

fn exercise(c: &Corpus) {
    let _ = c.clusters();
    let _ = c.pairs().count();
    let again = Corpus::from_bytes(&c.to_bytes(), None);
    assert!(again.is_ok(), "a loaded corpus must reload: {again:?}");
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let bytes = match mode % 3 {
        0 => rest.to_vec(),
        1 => with_checksum(rest),
        _ => {
            let text = String::from_utf8_lossy(rest);
            let mut c = Corpus::new();
            for (i, part) in text.split('|').take(4).enumerate() {
                let d = Document::from_value(serde_json::json!({"kind":"proposal","id":format!("d{i}"),
                    "text": format!("{part} I build React apps. Telegram: @dev_pro {part}")}))
                    .expect("valid");
                c.analyze(d, &Options::default());
            }
            let mut b = c.to_bytes();
            // Flip bytes at positions the input chooses, then fix the checksum.
            let body_len = b.len() - 8;
            for pair in rest.chunks(3).take(8) {
                if let [a, x, y] = pair {
                    let at = (usize::from(*a) << 8 | usize::from(*x)) % body_len;
                    b[at] ^= *y;
                }
            }
            with_checksum(&b[..body_len])
        }
    };
    if let Ok(c) = Corpus::from_bytes(&bytes, None) {
        exercise(&c);
    }
});
