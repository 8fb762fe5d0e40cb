//! `analyze` on documents whose every text field holds arbitrary text (and
//! whose numbers are arbitrary): it never panics, and every evidence span
//! names exactly its text in the original field, in UTF-16 code units.
#![no_main]

use arbitrary::Arbitrary;
use hirelens::date::PartialDate;
use hirelens::model::*;
use hirelens::{Document, Options};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[derive(Arbitrary, Debug)]
struct In {
    kind: u8,
    texts: Vec<String>,
    offset: Option<i32>,
    jobs: Option<u32>,
    amount: Option<f64>,
    roles: Vec<u8>,
    dates: Vec<(u16, u8)>,
    now: Option<u32>,
}

/// Texts mixed with fragments that make rules fire, so spans get checked.
fn text(i: &In, k: usize) -> Option<String> {
    const SEEDS: [&str; 8] = [
        "Let's continue on Telegram: @dev_pro",
        "pay in USDT to 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "I am a native English speaker from Austin",
        "카톡으로 연락 주세요 ",
        "Ｔｅｌｅｇｒａｍ：＠ｆａｓｔ",
        "e\u{301}\r\n😀 ",
        "mail me at a@b.co or +1 415 555 0100",
        "10 years of experience",
    ];
    let t = i.texts.get(k % i.texts.len().max(1))?;
    let seed = SEEDS[k % SEEDS.len()];
    Some(match k % 3 {
        0 => t.clone(),
        1 => format!("{t}{seed}{t}"),
        _ => format!("{seed} {t}"),
    })
}

fn date(i: &In, k: usize) -> Option<PartialDate> {
    let &(y, m) = i.dates.get(k)?;
    PartialDate::parse(&format!("{}-{:02}", 1900 + y % 301, 1 + m % 12))
}

fn profile(i: &In) -> Profile {
    let mut k = 0;
    let mut t = || {
        k += 1;
        text(i, k)
    };
    Profile {
        name: t(),
        headline: t(),
        overview: t(),
        location: Some(Location { country: t(), region: t(), city: t() }),
        utc_offset_minutes: i.offset,
        hourly_rate: Some(Rate { amount: i.amount, currency: t() }),
        languages: vec![LanguageClaim { language: t(), level: t() }],
        skills: (0..3).filter_map(|_| t()).collect(),
        employment: (0..3)
            .map(|j| Employment {
                title: t(),
                company: t(),
                start: date(i, j),
                end: date(i, j + 3),
                location: t(),
                description: t(),
            })
            .collect(),
        education: vec![Education { school: t(), degree: t(), start: date(i, 6), end: date(i, 7), location: t() }],
        member_since: date(i, 8),
        jobs_completed: i.jobs,
        contacts: Contacts {
            emails: t().into_iter().collect(),
            phones: t().into_iter().collect(),
            links: t().into_iter().collect(),
            handles: t().into_iter().collect(),
            wallets: t().into_iter().collect(),
        },
        payment: Some(Payment { payee_name: t(), method: t(), account: t(), country: t() }),
        ..Profile::default()
    }
}

fn document(i: &In) -> Document {
    let p = profile(i);
    let author = Author { name: text(i, 40), profile_id: None, handle: text(i, 41) };
    let job = Job { title: text(i, 42), description: text(i, 43) };
    match i.kind % 4 {
        0 => Document::Profile(p),
        1 => Document::Proposal(Proposal {
            author: Some(author),
            text: text(i, 44),
            job: Some(job),
            profile: Some(Box::new(p)),
            ..Proposal::default()
        }),
        2 => Document::Message(Message { author: Some(author), text: text(i, 45), ..Message::default() }),
        _ => Document::Thread(Thread {
            job: Some(job),
            messages: i
                .roles
                .iter()
                .take(8)
                .enumerate()
                .map(|(j, r)| Message {
                    role: match r % 3 {
                        0 => Role::Freelancer,
                        1 => Role::Client,
                        _ => Role::Other,
                    },
                    text: text(i, 50 + j),
                    ..Message::default()
                })
                .collect(),
            profile: Some(Box::new(p)),
            ..Thread::default()
        }),
    }
}

fn lookup<'a>(v: &'a Value, path: &str) -> Option<&'a Value> {
    let mut cur = v;
    for seg in path.split('.') {
        let (name, rest) = seg.split_at(seg.find('[').unwrap_or(seg.len()));
        if !name.is_empty() {
            cur = cur.get(name)?;
        }
        for idx in rest.split('[').filter(|s| !s.is_empty()) {
            cur = cur.get(idx.trim_end_matches(']').parse::<usize>().ok()?)?;
        }
    }
    Some(cur)
}

fuzz_target!(|i: In| {
    let doc = document(&i);
    let mut cut = doc.clone();
    cut.enforce_limits();
    let opts = Options {
        now: i.now.and_then(|s| hirelens::date::Timestamp::parse(&format!("{}-01-01", 1970 + s % 8000))),
        ..Options::default()
    };
    let report = hirelens::analyze(doc, &opts);
    assert!(report.score.is_finite());
    let v = serde_json::to_value(&cut).expect("document serializes");
    for h in &report.hints {
        for e in &h.evidence {
            let field = lookup(&v, &e.field).unwrap_or_else(|| panic!("{}: no field {}", h.code, e.field));
            match field.as_str() {
                Some(s) => {
                    let units: Vec<u16> = s.encode_utf16().collect();
                    let part = units.get(e.start..e.end).unwrap_or_else(|| panic!("{}: {e:?} out of range", h.code));
                    assert_eq!(String::from_utf16_lossy(part), e.text, "{}: {e:?}", h.code);
                }
                None => assert_eq!((e.start, e.end), (0, e.text.encode_utf16().count())),
            }
        }
    }
});
