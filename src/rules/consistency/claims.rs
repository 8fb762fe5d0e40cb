//! Claims that several consistency rules read: the claimed UTC offset,
//! "N years of experience" in the subject's text, and name folding.
//!
//! These are small helpers over the [`Analysis`]; they never re-scan what the
//! analysis already holds (the experience pattern runs once per rule over the
//! subject's prose, which the analysis does not measure).

use crate::analysis::Analysis;
use crate::date::Timestamp;
use crate::geo::{
    self,
    countries::{Country, Region},
};
use crate::report::Evidence;
use crate::text::{Field, re, utf16_len};
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// Evidence naming a whole non-text value (a number, a date) at `path`.
pub fn value_evidence(path: impl Into<String>, text: impl Into<String>) -> Evidence {
    let text = text.into();
    Evidence {
        field: path.into(),
        start: 0,
        end: utf16_len(&text),
        text,
    }
}

/// Evidence for a whole short value written with spaces around it: the span
/// of the trimmed value in the original field, and its original text (a
/// rule may compare a normalized form, but evidence quotes what is there).
pub fn trimmed_value_evidence(path: impl Into<String>, raw: &str) -> Evidence {
    let text = raw.trim();
    let lead = raw.len() - raw.trim_start().len();
    let start = raw.get(..lead).map_or(0, utf16_len);
    Evidence {
        field: path.into(),
        start,
        end: start + utf16_len(text),
        text: text.to_owned(),
    }
}

/// The UTC offset (minutes) the profile states directly, with its evidence:
/// `utc_offset_minutes`, else the offset written in `local_time`.
pub fn stated_offset(a: &Analysis) -> Option<(i32, Evidence)> {
    let p = a.profile?;
    let pre = a.profile_prefix;
    if let Some(o) = p.utc_offset_minutes {
        return Some((
            o,
            value_evidence(format!("{pre}utc_offset_minutes"), o.to_string()),
        ));
    }
    let t = p.local_time?;
    let o = i32::from(t.offset_minutes?);
    Some((
        o,
        value_evidence(format!("{pre}local_time"), t.to_rfc3339()),
    ))
}

/// The UTC offsets the subject claims, and where the claim is.
#[derive(Debug, Clone)]
pub struct ClaimedOffsets {
    /// Minutes east of UTC; several for a multi-zone country or daylight saving.
    pub offsets: Vec<i32>,
    pub evidence: Vec<Evidence>,
    /// True when the offsets come from the profile's stated offset or local
    /// time, false when they come from the claimed country/region.
    pub stated: bool,
}

impl ClaimedOffsets {
    /// How a message names the claimed offset that fitted best.
    pub fn label(&self, best: i32) -> String {
        if self.stated || self.offsets.len() <= 1 {
            return fmt_offset(best);
        }
        let lo = self.offsets.iter().copied().min().unwrap_or(best);
        let hi = self.offsets.iter().copied().max().unwrap_or(best);
        format!("{} of the claimed location", fmt_band(lo, hi))
    }
}

/// The claimed UTC offsets: the stated offset when there is one, else the
/// offsets of the claimed country and region.
pub fn claimed_offsets(a: &Analysis) -> Option<ClaimedOffsets> {
    if let Some((o, ev)) = stated_offset(a) {
        return Some(ClaimedOffsets {
            offsets: vec![o],
            evidence: vec![ev],
            stated: true,
        });
    }
    location_offsets(a)
}

/// The claimed country: every country the `location.country` text may name
/// ("Korea" gives both Koreas, which share their offsets), with its field.
pub struct ClaimedCountry<'a> {
    pub countries: Vec<&'static Country>,
    pub field: &'a Field,
    /// The region field and the region, when it resolves in the first country.
    pub region: Option<(&'a Field, &'static Region)>,
}

impl ClaimedCountry<'_> {
    /// The name to show: the first candidate's English name.
    pub fn name(&self) -> &'static str {
        self.countries
            .first()
            .map_or("the claimed country", |c| c.name)
    }
    pub fn contains(&self, c: &Country) -> bool {
        self.countries.iter().any(|x| x.code == c.code)
    }
    /// Every offset of every candidate country.
    pub fn offsets(&self) -> Vec<i32> {
        let mut v: Vec<i32> = self
            .countries
            .iter()
            .flat_map(|c| c.offsets.iter().map(|o| i32::from(*o)))
            .collect();
        crate::sort::values(&mut v);
        v.dedup();
        v
    }
}

/// The claimed country of the profile, when `location.country` names one.
pub fn claimed_country<'a>(a: &'a Analysis) -> Option<ClaimedCountry<'a>> {
    let path = format!("{}location.country", a.profile_prefix);
    let field = a.fields.iter().find(|f| f.path == path)?;
    let countries = geo::countries::candidates(&field.norm);
    let first = countries.first()?;
    let rpath = format!("{}location.region", a.profile_prefix);
    let region = a
        .fields
        .iter()
        .find(|f| f.path == rpath)
        .and_then(|f| Some((f, geo::countries::region(first.code, &f.norm)?)));
    Some(ClaimedCountry {
        countries,
        field,
        region,
    })
}

/// The country a free-text place names ("Seoul, South Korea", "Berlin,
/// Germany", "Germany"): the last comma-separated part that resolves.
pub fn place_country(s: &str) -> Option<&'static Country> {
    let whole = s.trim();
    if whole.len() > 2 {
        if let Some(c) = geo::countries::lookup(whole) {
            return Some(c);
        }
    }
    s.rsplit([',', '/', '|', '(', ')', '·', ';'])
        .map(str::trim)
        .filter(|p| p.len() >= 2)
        .find_map(|p| {
            // two-letter parts are US states or abbreviations as often as countries
            if p.len() == 2 {
                None
            } else {
                geo::countries::lookup(p)
            }
        })
}

/// The offsets of the claimed country (and region, when it narrows them).
pub fn location_offsets(a: &Analysis) -> Option<ClaimedOffsets> {
    let c = claimed_country(a)?;
    let mut evidence = vec![c.field.evidence_all()];
    let offsets = match &c.region {
        Some((f, r)) => {
            evidence.push(f.evidence_all());
            r.offsets.iter().map(|o| i32::from(*o)).collect()
        }
        None => c.offsets(),
    };
    Some(ClaimedOffsets {
        offsets,
        evidence,
        stated: false,
    })
}

/// `UTC+8`, `UTC−6`, `UTC+5:30`, `UTC±0`.
pub fn fmt_offset(minutes: i32) -> String {
    let sign = if minutes > 0 {
        "+"
    } else if minutes < 0 {
        "\u{2212}"
    } else {
        "\u{b1}"
    };
    let a = minutes.unsigned_abs();
    if a % 60 == 0 {
        format!("UTC{sign}{}", a / 60)
    } else {
        format!("UTC{sign}{}:{:02}", a / 60, a % 60)
    }
}

/// A band of offsets: `UTC+8…+9`, or one offset.
pub fn fmt_band(lo: i32, hi: i32) -> String {
    if lo == hi {
        return fmt_offset(lo);
    }
    let hi_s = fmt_offset(hi);
    format!("{}…{}", fmt_offset(lo), hi_s.trim_start_matches("UTC"))
}

/// Circular distance between two UTC offsets in minutes (a day wraps).
pub fn offset_distance(a: i32, b: i32) -> i32 {
    let d = (a - b).rem_euclid(1440);
    d.min(1440 - d)
}

/// A claim of years of experience found in the subject's text.
#[derive(Debug, Clone)]
pub struct YearsClaim {
    pub years: u32,
    pub field: usize,
    pub range: Range<usize>,
}

static YEARS: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\b(\d{1,2})\s*\+?\s*(?:\+\s*)?(?:years?|yrs?)(?:\s+of)?\s+(?:(?:professional|hands-on|industry|commercial|solid|proven|extensive|working|work|relevant|practical|combined|total)\s+)*(?:experience|exp\b|expertise)",
        r"|(?i)\b(?:over|more\s+than|nearly|almost)\s+(\d{1,2})\s+(?:years?|yrs?)\s+(?:of\s+)?(?:(?:professional|hands-on|industry|commercial|solid|proven|extensive|working|work)\s+)*(?:experience|exp\b|expertise)",
        r"|(\d{1,2})\s*年(?:以上)?の(?:実務)?経験|(\d{1,2})\s*년\s*(?:이상의?\s*)?(?:실무\s*)?경력",
    ))
});

/// Every "N years of experience" claim in the subject's prose.
pub fn years_claims(a: &Analysis) -> Vec<YearsClaim> {
    let mut out = Vec::new();
    for (i, f) in a.subject_prose() {
        for c in YEARS.captures_iter(&f.norm) {
            let Some(m) = c.get(0) else { continue };
            let n = (1..=4)
                .filter_map(|k| c.get(k))
                .find_map(|g| g.as_str().parse::<u32>().ok());
            if let Some(years) = n.filter(|y| (1..=50).contains(y)) {
                out.push(YearsClaim {
                    years,
                    field: i,
                    range: m.range(),
                });
            }
        }
    }
    out
}

/// Fold a name for comparison: decompose, drop diacritics and look-alike
/// tricks, lower-case; keep letters, map everything else to spaces.
pub fn fold(s: &str) -> String {
    let sk = crate::text::confusables::skeleton(s);
    let mut out = String::with_capacity(sk.len());
    for c in crate::text::unicode::without_marks(&sk, crate::text::unicode::Form::Nfkd).chars() {
        let c = match c {
            'ß' => 's',
            'ø' => 'o',
            'đ' | 'ð' => 'd',
            'ł' => 'l',
            'ı' => 'i',
            'æ' => 'a',
            'œ' => 'o',
            'þ' => 't',
            c => c,
        };
        if c.is_alphabetic() {
            out.extend(c.to_lowercase());
        } else {
            out.push(' ');
        }
    }
    out
}

/// Name tokens of a folded name (letters only, any length).
pub fn name_tokens(s: &str) -> Vec<String> {
    fold(s).split_whitespace().map(str::to_owned).collect()
}

/// Whether every letter of the text is Latin after folding (names in other
/// scripts cannot be compared with Latin spellings offline: no hint).
pub fn is_latin(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| t.chars().all(|c| c.is_ascii_lowercase()))
}

/// Common nicknames and short forms: (nickname, full form). Either side
/// matches the other. Kept small and general on purpose.
const NICKNAMES: &[(&str, &str)] = &[
    ("bob", "robert"),
    ("rob", "robert"),
    ("bobby", "robert"),
    ("bert", "robert"),
    ("bill", "william"),
    ("will", "william"),
    ("billy", "william"),
    ("liam", "william"),
    ("mike", "michael"),
    ("mick", "michael"),
    ("misha", "mikhail"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("jamie", "james"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("rich", "richard"),
    ("ted", "edward"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("ned", "edward"),
    ("jack", "john"),
    ("johnny", "john"),
    ("jon", "jonathan"),
    ("tony", "anthony"),
    ("peggy", "margaret"),
    ("maggie", "margaret"),
    ("meg", "margaret"),
    ("kate", "katherine"),
    ("katie", "katherine"),
    ("kathy", "katherine"),
    ("cathy", "catherine"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betty", "elizabeth"),
    ("lisa", "elizabeth"),
    ("eliza", "elizabeth"),
    ("sasha", "alexander"),
    ("sasha", "aleksandr"),
    ("sasha", "oleksandr"),
    ("alex", "alexander"),
    ("alex", "alexandra"),
    ("alex", "aleksandr"),
    ("sandy", "alexandra"),
    ("dima", "dmitry"),
    ("dima", "dmytro"),
    ("kolya", "nikolai"),
    ("volodya", "vladimir"),
    ("vova", "vladimir"),
    ("seryozha", "sergey"),
    ("zhenya", "evgeny"),
    ("zhenya", "yevhen"),
    ("pasha", "pavel"),
    ("petya", "pyotr"),
    ("vanya", "ivan"),
    ("lena", "elena"),
    ("lena", "yelena"),
    ("tanya", "tatiana"),
    ("natasha", "natalia"),
    ("masha", "maria"),
    ("katya", "ekaterina"),
    ("olya", "olga"),
    ("dave", "david"),
    ("steve", "steven"),
    ("steve", "stephen"),
    ("chris", "christopher"),
    ("chris", "christian"),
    ("chris", "christine"),
    ("matt", "matthew"),
    ("nick", "nicholas"),
    ("nick", "nikolai"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("sam", "samuel"),
    ("sam", "samantha"),
    ("ben", "benjamin"),
    ("joe", "joseph"),
    ("joey", "joseph"),
    ("pepe", "jose"),
    ("paco", "francisco"),
    ("pancho", "francisco"),
    ("frank", "francis"),
    ("fran", "francisco"),
    ("nacho", "ignacio"),
    ("lupe", "guadalupe"),
    ("chuy", "jesus"),
    ("beto", "alberto"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("andy", "andrew"),
    ("drew", "andrew"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("jerry", "gerald"),
    ("larry", "lawrence"),
    ("len", "leonard"),
    ("leo", "leonardo"),
    ("pete", "peter"),
    ("phil", "philip"),
    ("ray", "raymond"),
    ("ron", "ronald"),
    ("russ", "russell"),
    ("tim", "timothy"),
    ("vince", "vincent"),
    ("walt", "walter"),
    ("abby", "abigail"),
    ("becky", "rebecca"),
    ("cindy", "cynthia"),
    ("debbie", "deborah"),
    ("jenny", "jennifer"),
    ("jen", "jennifer"),
    ("jess", "jessica"),
    ("nancy", "ann"),
    ("patty", "patricia"),
    ("pat", "patrick"),
    ("pat", "patricia"),
    ("sue", "susan"),
    ("vicky", "victoria"),
    ("manny", "manuel"),
    ("ale", "alejandro"),
    ("santi", "santiago"),
    ("gabe", "gabriel"),
    ("nate", "nathan"),
    ("nate", "nathaniel"),
    ("zach", "zachary"),
    ("josh", "joshua"),
    ("charlie", "charles"),
    ("chuck", "charles"),
    ("hank", "henry"),
    ("harry", "henry"),
    ("ken", "kenneth"),
    ("kenny", "kenneth"),
    ("don", "donald"),
    ("doug", "douglas"),
    ("fred", "frederick"),
    ("gene", "eugene"),
    ("hal", "harold"),
    ("jake", "jacob"),
    ("kit", "christopher"),
    ("lou", "louis"),
    ("mo", "mohammed"),
    ("moe", "mohammed"),
    ("max", "maximilian"),
    ("max", "maxim"),
];

/// Spelling variants that transliteration produces, folded to one form
/// (applied token-wise before comparison).
fn canonical(t: &str) -> String {
    // Whole-token equivalents first (romanisation systems differ a lot for
    // short family names).
    const SAME: &[&[&str]] = &[
        &["lee", "li", "yi", "rhee", "rhie", "ri", "lie"],
        &["kim", "gim"],
        &["park", "pak", "bak", "bark"],
        &["choi", "choe", "chwe"],
        &["jung", "jeong", "chung", "cheong", "joung"],
        &["cho", "jo", "joh", "zhao", "chao"],
        &["kang", "gang"],
        &["zhang", "chang", "jang"],
        &["yoon", "yun", "youn"],
        &["lim", "im", "rim", "lin"],
        &["shin", "sin", "shen"],
        &["wang", "ong", "wong"],
        &["chen", "chan", "tan"],
        &["huang", "wong", "hwang"],
        &["wu", "ng", "woo", "oh", "o"],
        &["xu", "hsu", "tsui", "choi"],
        &["zhou", "chow", "chou"],
        &["yang", "yeung", "ryang"],
        &["liu", "lau", "lao"],
        &["nguyen", "nguyenn", "ngyuen"],
        &[
            "mohammed", "muhammad", "mohammad", "mohamed", "muhammed", "mohamad",
        ],
        &[
            "aleksandr",
            "alexander",
            "oleksandr",
            "aleksander",
            "alexandr",
            "alessandro",
            "alejandro",
        ],
        &["sergey", "sergei", "serhii", "serhiy", "sergiy", "sergio"],
        &["dmitry", "dmitri", "dmytro", "dimitri", "dmitrii"],
        &[
            "andrey", "andrei", "andrii", "andriy", "andrew", "andres", "andreas", "andre",
        ],
        &["yevhen", "evgeny", "evgeniy", "yevgeny", "eugene"],
        &[
            "mykola", "nikolai", "nikolay", "nicholas", "nicolas", "nikola",
        ],
        &["volodymyr", "vladimir", "wladimir"],
        &[
            "yuri", "yuriy", "yurii", "iurii", "george", "jorge", "georgiy",
        ],
        &[
            "mikhail", "mykhailo", "michael", "michal", "miguel", "michel",
        ],
        &["pavel", "pavlo", "paul", "pablo", "paulo", "paolo"],
        &[
            "ivan", "john", "juan", "joao", "giovanni", "jan", "johann", "johannes", "ioan", "ion",
        ],
        &[
            "pyotr", "petro", "peter", "pedro", "pietro", "petr", "piotr",
        ],
        &[
            "joseph", "jose", "josef", "giuseppe", "jozef", "yosef", "youssef", "yusuf",
        ],
        &["james", "jaime", "diego", "giacomo", "jacques", "jakub"],
        &[
            "stephen", "steven", "stefan", "stephan", "esteban", "stepan", "stefano",
        ],
        &["elena", "yelena", "olena", "helen", "helena", "elaine"],
        &[
            "ekaterina",
            "katherine",
            "catherine",
            "kateryna",
            "caterina",
            "katarzyna",
            "katharina",
        ],
        &["natalia", "natalya", "nataliia", "natalie"],
        &["tatiana", "tatyana", "tetiana"],
        &["maria", "mariya", "mary", "marie", "mariia"],
        &["anna", "ann", "anne", "hanna", "hannah", "ana"],
    ];
    for group in SAME {
        if group.contains(&t) {
            return group.first().copied().unwrap_or(t).to_owned();
        }
    }
    // Letter-level folding of common romanisation differences.
    let mut s = t
        .replace("ph", "f")
        .replace("ck", "k")
        .replace("kh", "h")
        .replace("zh", "j")
        .replace("dzh", "j")
        .replace("sch", "sh")
        .replace("tch", "ch")
        .replace('x', "ks")
        .replace('w', "v")
        .replace('y', "i")
        .replace(['q', 'c'], "k");
    // Collapse doubled letters.
    let mut prev = '\0';
    s.retain(|c| {
        let keep = c != prev;
        prev = c;
        keep
    });
    s
}

fn nickname_match(a: &str, b: &str) -> bool {
    // Only entries whose nickname is `a` or `b` can match: the inner scan
    // runs for those few, not for every pair of the table (it was 144² string
    // comparisons for every pair of name tokens).
    let nickname_of = |f1: &str, other: &str| {
        // a nickname of `other` itself, two nicknames of one full form
        // (Bob/Rob), or a nickname of a variant
        f1 == other
            || NICKNAMES.iter().any(|(n2, f2)| *f2 == f1 && *n2 == other)
            || canonical(f1) == canonical(other)
    };
    NICKNAMES
        .iter()
        .any(|&(n1, f1)| (n1 == a && nickname_of(f1, b)) || (n1 == b && nickname_of(f1, a)))
}

/// Edit distance bounded by 2 (anything larger reports 3).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(3) + usize::from(ca != cb);
            let del = prev.get(j + 1).copied().unwrap_or(3) + 1;
            let ins = cur.get(j).copied().unwrap_or(3) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(3).min(3)
}

/// Whether two folded name tokens can name the same person: equal, a
/// transliteration or spelling variant, a nickname, a short form ("Chris",
/// "Christopher"), or an initial.
pub fn tokens_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.len() == 1 || b.len() == 1 {
        return a.chars().next() == b.chars().next();
    }
    if nickname_match(a, b) {
        return true;
    }
    let (ca, cb) = (canonical(a), canonical(b));
    if ca == cb {
        return true;
    }
    let (short, long) = if ca.len() <= cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    if short.len() >= 3 && long.starts_with(short.as_str()) {
        return true;
    }
    let d = distance(&ca, &cb);
    (short.len() >= 4 && d <= 1) || (short.len() >= 7 && d <= 2)
}

/// Whether two names share at least one token (after folding, nicknames,
/// variants). Initial-only matches need another full token to match too.
pub fn names_compatible(a: &[String], b: &[String]) -> bool {
    let full = |x: &String| x.len() > 1;
    a.iter()
        .filter(|x| full(x))
        .any(|x| b.iter().filter(|y| full(y)).any(|y| tokens_match(x, y)))
}

/// Whether a name token appears inside a run of letters (an e-mail local
/// part or a handle): `danielkim`, `dkim`, `kimd`, `dan.kim`.
pub fn token_in_blob(token: &str, blob: &str) -> bool {
    if token.len() >= 3 && blob.contains(token) {
        return true;
    }
    let c = canonical(token);
    c.len() >= 3 && canonical(blob).contains(&c)
}

/// Given names common enough to recognise a token as a personal name in a
/// handle or e-mail address (used only to decide that a token *is* a name,
/// never to judge which name it is).
pub const GIVEN_NAMES: &[&str] = &[
    "aaron",
    "adam",
    "adrian",
    "ahmed",
    "alan",
    "albert",
    "alex",
    "alexander",
    "alice",
    "amanda",
    "amy",
    "andrea",
    "andrew",
    "angela",
    "anna",
    "anthony",
    "antonio",
    "arthur",
    "barbara",
    "ben",
    "benjamin",
    "bob",
    "brandon",
    "brian",
    "bruce",
    "carl",
    "carlos",
    "carol",
    "charles",
    "chris",
    "christian",
    "christopher",
    "daniel",
    "david",
    "dennis",
    "diana",
    "dmitry",
    "donald",
    "edward",
    "elena",
    "emily",
    "emma",
    "eric",
    "frank",
    "gary",
    "george",
    "grace",
    "gregory",
    "harry",
    "helen",
    "henry",
    "ivan",
    "jack",
    "jacob",
    "james",
    "jane",
    "jason",
    "jennifer",
    "jessica",
    "joe",
    "john",
    "jonathan",
    "jose",
    "joseph",
    "joshua",
    "juan",
    "julia",
    "justin",
    "karen",
    "kate",
    "kelly",
    "kevin",
    "larry",
    "laura",
    "linda",
    "lisa",
    "luis",
    "mark",
    "maria",
    "martin",
    "mary",
    "matthew",
    "michael",
    "mike",
    "nancy",
    "nathan",
    "nicholas",
    "nick",
    "olga",
    "oliver",
    "patrick",
    "paul",
    "peter",
    "philip",
    "rachel",
    "raymond",
    "richard",
    "robert",
    "ryan",
    "samuel",
    "sandra",
    "sarah",
    "scott",
    "sergey",
    "sophia",
    "stephen",
    "steven",
    "susan",
    "thomas",
    "timothy",
    "tom",
    "tony",
    "victor",
    "walter",
    "william",
    "alexey",
    "andrei",
    "anton",
    "artem",
    "denis",
    "igor",
    "maxim",
    "nikita",
    "oleg",
    "pavel",
    "roman",
    "vladimir",
    "yuri",
    "hiroshi",
    "kenji",
    "takashi",
    "yuki",
    "minsu",
    "jisoo",
    "minjun",
    "seojun",
    "wei",
    "jun",
    "hao",
    "ming",
    "ali",
    "omar",
    "hassan",
    "mohammed",
    "fatima",
    "priya",
    "rahul",
    "amit",
    "arjun",
    "ravi",
    "sanjay",
    "pedro",
    "pablo",
    "diego",
    "miguel",
    "javier",
    "lucas",
    "marco",
    "luca",
    "giovanni",
    "francesco",
    "pierre",
    "jean",
    "louis",
    "hans",
    "klaus",
    "stefan",
    "jan",
    "piotr",
    "tomasz",
    "andrzej",
];

/// The subject's activity timestamps with the JSON path each came from
/// (`sent_at`, `messages[3].sent_at`, `profile.activity[7]`).
pub fn timestamps(a: &Analysis) -> Vec<(Timestamp, String)> {
    let from_profile = a.profile.map_or(0, |p| p.activity.len());
    let own = a.activity.len().saturating_sub(from_profile);
    let mut out: Vec<(Timestamp, String)> = a
        .activity
        .iter()
        .take(own)
        .map(|act| {
            let path = act
                .field
                .and_then(|i| a.field(i))
                .map(|f| match f.path.strip_suffix("text") {
                    Some(pre) => format!("{pre}sent_at"),
                    None => f.path.clone(),
                })
                .unwrap_or_else(|| "sent_at".to_owned());
            (act.at, path)
        })
        .collect();
    if let Some(p) = a.profile {
        out.extend(
            p.activity
                .iter()
                .enumerate()
                .map(|(k, t)| (*t, format!("{}activity[{k}]", a.profile_prefix))),
        );
    }
    out
}

/// Hour of day (0–23) of an instant at a UTC offset.
pub fn local_hour(t: &Timestamp, offset_minutes: i32) -> usize {
    let s = t.unix + i64::from(offset_minutes) * 60;
    (s.rem_euclid(86_400) / 3600) as usize
}

/// Distinct UTC calendar days among the timestamps.
pub fn distinct_days(ts: &[(Timestamp, String)]) -> usize {
    let mut d: Vec<i64> = ts.iter().map(|(t, _)| t.unix.div_euclid(86_400)).collect();
    crate::sort::values(&mut d);
    d.dedup();
    d.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table scan as first written (every pair of entries for every
    /// pair of tokens): the linear [`nickname_match`] must answer the same.
    fn nickname_match_quadratic(a: &str, b: &str) -> bool {
        NICKNAMES
            .iter()
            .any(|(n, f)| (*n == a && *f == b) || (*n == b && *f == a))
            || NICKNAMES.iter().any(|(n1, f1)| {
                NICKNAMES
                    .iter()
                    .any(|(n2, f2)| f1 == f2 && ((*n1 == a && *n2 == b) || (*n1 == b && *n2 == a)))
                    || (*n1 == a && canonical(f1) == canonical(b))
                    || (*n1 == b && canonical(f1) == canonical(a))
            })
    }

    #[test]
    fn nickname_match_is_the_table_scan() {
        let mut tokens: Vec<&str> = NICKNAMES.iter().flat_map(|(n, f)| [*n, *f]).collect();
        tokens.extend(["aleksandr", "alexandr", "sergei", "serhii", "kevin", "x"]);
        tokens.sort_unstable();
        tokens.dedup();
        let mut matches = 0;
        for a in &tokens {
            for b in &tokens {
                let m = nickname_match(a, b);
                assert_eq!(m, nickname_match_quadratic(a, b), "{a} / {b}");
                matches += usize::from(m);
            }
        }
        assert!(matches > NICKNAMES.len(), "{matches}");
    }

    fn t(s: &str) -> Vec<String> {
        name_tokens(s)
    }

    #[test]
    fn folding_and_offsets() {
        assert_eq!(fold("José Müller-Øst"), "jose muller ost");
        assert_eq!(fmt_offset(-360), "UTC\u{2212}6");
        assert_eq!(fmt_offset(330), "UTC+5:30");
        assert_eq!(fmt_band(480, 540), "UTC+8…+9");
        assert_eq!(offset_distance(-600, 780), 1440 - 1380);
    }

    #[test]
    fn honest_variants_match() {
        for (a, b) in [
            ("Daniel Kim", "Dan Kim"),
            ("Robert Smith", "Bob"),
            ("Kim Min-su", "Minsu Kim"),
            ("Min-su Gim", "Kim"),
            ("Oleksandr Kovalenko", "Aleksandr"),
            ("José García", "Jose Garcia"),
            ("Sergei Ivanov", "Sergey"),
            ("Christopher Lee", "Chris"),
            ("Muhammad Ali Khan", "Mohammed"),
            ("Yi Jun", "Lee"),
            ("Jürgen Weiß", "Juergen Weiss"),
        ] {
            assert!(names_compatible(&t(a), &t(b)), "{a} vs {b}");
        }
    }

    #[test]
    fn different_names_do_not_match() {
        for (a, b) in [
            ("Daniel Kim", "Kevin"),
            ("Daniel Kim", "Kevin Lee"),
            ("John Smith", "Alex Wang"),
            ("Maria Lopez", "Olga"),
        ] {
            assert!(!names_compatible(&t(a), &t(b)), "{a} vs {b}");
        }
    }

    #[test]
    fn blobs() {
        assert!(token_in_blob("kim", "danielkim92"));
        assert!(token_in_blob("aleksandr", "alexandr.k"));
        assert!(!token_in_blob("kevin", "danielkim"));
    }
}
