//! `analyze` on documents whose every text field holds arbitrary text (and
//! whose numbers are arbitrary): it never panics, and every evidence span
//! names exactly its text in the original field, in UTF-16 code units.
//!
//! Input layout (so that seeds can be real-sized documents and a mutation
//! of one byte changes one field, not the whole document):
//!
//! * a fixed [`HEADER`] of bytes (zero-padded when the input is shorter):
//!   document kind, which numbers are present, the numbers, nine dates,
//!   eight message roles;
//! * then text, read as UTF-8 (invalid bytes become U+FFFD) and split at
//!   U+001F (the ASCII unit separator) into [`SLOTS`]: slot *k* fills field
//!   *k*, an empty slot leaves the field absent, slots past the last are
//!   absent. Each byte of text lands in one field once.
//!
//! `scripts/fuzz-seeds.mjs` writes seeds in this layout from the JSON
//! fixtures; `fuzz/analyze_fields.dict` holds fragments that make rules fire.
#![no_main]

use hirelens::date::PartialDate;
use hirelens::model::*;
use hirelens::{Document, Options};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use std::collections::HashMap;

/// Header bytes: 0 kind, 1 flags (1 offset, 2 jobs, 4 amount, 8 now),
/// 2..6 offset (i32 LE), 6..10 jobs (u32 LE), 10..18 amount (f64 LE),
/// 18..22 now (u32 LE), 22..49 nine dates (u16 LE years after 1900, u8
/// month; year 0 = absent), 49..57 eight roles.
const HEADER: usize = 57;

/// The field each text slot fills, in order (the JSON paths the seed
/// generator reads; `*` is the document's own text or author).
pub const SLOTS: [&str; 49] = [
    "profile.name",
    "profile.headline",
    "profile.overview",
    "profile.location.country",
    "profile.location.region",
    "profile.location.city",
    "profile.hourly_rate.currency",
    "profile.languages[0].language",
    "profile.languages[0].level",
    "profile.skills[0]",
    "profile.skills[1]",
    "profile.skills[2]",
    "profile.employment[0].title",
    "profile.employment[0].company",
    "profile.employment[0].location",
    "profile.employment[0].description",
    "profile.employment[1].title",
    "profile.employment[1].company",
    "profile.employment[1].location",
    "profile.employment[1].description",
    "profile.employment[2].title",
    "profile.employment[2].company",
    "profile.employment[2].location",
    "profile.employment[2].description",
    "profile.education[0].school",
    "profile.education[0].degree",
    "profile.education[0].location",
    "profile.contacts.emails[0]",
    "profile.contacts.phones[0]",
    "profile.contacts.links[0]",
    "profile.contacts.handles[0]",
    "profile.contacts.wallets[0]",
    "profile.payment.payee_name",
    "profile.payment.method",
    "profile.payment.account",
    "profile.payment.country",
    "*.author.name",
    "*.author.handle",
    "*.job.title",
    "*.job.description",
    "*.text",
    "messages[0].text",
    "messages[1].text",
    "messages[2].text",
    "messages[3].text",
    "messages[4].text",
    "messages[5].text",
    "messages[6].text",
    "messages[7].text",
];

struct In<'a> {
    head: [u8; HEADER],
    slots: Vec<&'a str>,
}

impl In<'_> {
    fn t(&self, k: usize) -> Option<String> {
        self.slots.get(k).filter(|s| !s.is_empty()).map(|s| (*s).to_owned())
    }
    fn flag(&self, bit: u8) -> bool {
        self.head[1] & bit != 0
    }
    fn u32_at(&self, at: usize) -> u32 {
        u32::from_le_bytes(self.head[at..at + 4].try_into().expect("4 bytes"))
    }
    fn date(&self, k: usize) -> Option<PartialDate> {
        let at = 22 + 3 * k;
        let y = u16::from_le_bytes([self.head[at], self.head[at + 1]]);
        let m = self.head[at + 2];
        (y != 0).then(|| PartialDate::parse(&format!("{}-{:02}", 1900 + y % 301, 1 + m % 12)))?
    }
}

fn profile(i: &In) -> Profile {
    let employment = (0..3)
        .filter_map(|j| {
            let e = Employment {
                title: i.t(12 + 4 * j),
                company: i.t(13 + 4 * j),
                location: i.t(14 + 4 * j),
                description: i.t(15 + 4 * j),
                start: i.date(j),
                end: i.date(j + 3),
            };
            (e != Employment::default()).then_some(e)
        })
        .collect();
    let location = Location { country: i.t(3), region: i.t(4), city: i.t(5) };
    let education = Education { school: i.t(24), degree: i.t(25), location: i.t(26), start: i.date(6), end: i.date(7) };
    let payment = Payment { payee_name: i.t(32), method: i.t(33), account: i.t(34), country: i.t(35) };
    let claim = LanguageClaim { language: i.t(7), level: i.t(8) };
    Profile {
        name: i.t(0),
        headline: i.t(1),
        overview: i.t(2),
        location: (location != Location::default()).then_some(location),
        utc_offset_minutes: i.flag(1).then(|| i.u32_at(2) as i32),
        hourly_rate: (i.flag(4) || i.t(6).is_some()).then(|| Rate {
            amount: i.flag(4).then(|| f64::from_le_bytes(i.head[10..18].try_into().expect("8 bytes"))),
            currency: i.t(6),
        }),
        languages: (claim != LanguageClaim::default()).then_some(claim).into_iter().collect(),
        skills: (9..12).filter_map(|k| i.t(k)).collect(),
        employment,
        education: (education != Education::default()).then_some(education).into_iter().collect(),
        member_since: i.date(8),
        jobs_completed: i.flag(2).then(|| i.u32_at(6)),
        contacts: Contacts {
            emails: i.t(27).into_iter().collect(),
            phones: i.t(28).into_iter().collect(),
            links: i.t(29).into_iter().collect(),
            handles: i.t(30).into_iter().collect(),
            wallets: i.t(31).into_iter().collect(),
        },
        payment: (payment != Payment::default()).then_some(payment),
        ..Profile::default()
    }
}

fn document(i: &In) -> Document {
    let p = profile(i);
    let author = Author { name: i.t(36), profile_id: None, handle: i.t(37) };
    let author = (author != Author::default()).then_some(author);
    let job = Job { title: i.t(38), description: i.t(39) };
    let job = (job != Job::default()).then_some(job);
    let boxed = |p: Profile| (p != Profile::default()).then(|| Box::new(p));
    match i.head[0] % 4 {
        0 => Document::Profile(p),
        1 => Document::Proposal(Proposal { author, text: i.t(40), job, profile: boxed(p), ..Proposal::default() }),
        2 => Document::Message(Message { author, text: i.t(40), profile: boxed(p), ..Message::default() }),
        _ => Document::Thread(Thread {
            job,
            messages: (0..8)
                .filter_map(|j| {
                    let text = i.t(41 + j)?;
                    let role = match i.head[49 + j] % 3 {
                        0 => Role::Freelancer,
                        1 => Role::Client,
                        _ => Role::Other,
                    };
                    let author = if role == Role::Freelancer { author.clone() } else { None };
                    Some(Message { role, author, text: Some(text), ..Message::default() })
                })
                .collect(),
            profile: boxed(p),
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

fuzz_target!(|data: &[u8]| {
    let mut head = [0u8; HEADER];
    let n = data.len().min(HEADER);
    head[..n].copy_from_slice(&data[..n]);
    let text = String::from_utf8_lossy(&data[n..]);
    let i = In { head, slots: text.split('\u{1f}').collect() };
    let doc = document(&i);
    let mut cut = doc.clone();
    cut.enforce_limits();
    let opts = Options {
        now: i
            .flag(8)
            .then(|| hirelens::date::Timestamp::parse(&format!("{}-01-01", 1970 + i.u32_at(18) % 8000)))
            .flatten(),
        ..Options::default()
    };
    let report = hirelens::analyze(doc, &opts);
    assert!(report.score.is_finite());
    let v = serde_json::to_value(&cut).expect("document serializes");
    // Each field's UTF-16 units once, however many evidence spans point into it.
    let mut units: HashMap<&str, Vec<u16>> = HashMap::new();
    for h in &report.hints {
        for e in &h.evidence {
            let field = lookup(&v, &e.field).unwrap_or_else(|| panic!("{}: no field {}", h.code, e.field));
            match field.as_str() {
                Some(s) => {
                    let units = units.entry(e.field.as_str()).or_insert_with(|| s.encode_utf16().collect());
                    let part = units.get(e.start..e.end).unwrap_or_else(|| panic!("{}: {e:?} out of range", h.code));
                    assert_eq!(String::from_utf16_lossy(part), e.text, "{}: {e:?}", h.code);
                }
                None => assert_eq!((e.start, e.end), (0, e.text.encode_utf16().count())),
            }
        }
    }
});
