//! Contact details found in text: e-mails, phone numbers, URLs, messenger
//! handles and links, and cryptocurrency wallet addresses (checksums
//! validated where the format has one).
//!
//! Extraction runs once per field in the [`Analysis`](crate::Analysis) pass.

use crate::text::re;
use regex::Regex;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sha3::Keccak256;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Messenger {
    Telegram,
    WhatsApp,
    Discord,
    Skype,
    Signal,
    WeChat,
    Line,
    KakaoTalk,
}

impl Messenger {
    pub fn label(self) -> &'static str {
        match self {
            Messenger::Telegram => "Telegram",
            Messenger::WhatsApp => "WhatsApp",
            Messenger::Discord => "Discord",
            Messenger::Skype => "Skype",
            Messenger::Signal => "Signal",
            Messenger::WeChat => "WeChat",
            Messenger::Line => "LINE",
            Messenger::KakaoTalk => "KakaoTalk",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
pub enum Chain {
    Ethereum,
    Bitcoin,
    Litecoin,
    Tron,
    Monero,
    Solana,
}

impl Chain {
    pub fn label(self) -> &'static str {
        match self {
            Chain::Ethereum => "Ethereum/EVM",
            Chain::Bitcoin => "Bitcoin",
            Chain::Litecoin => "Litecoin",
            Chain::Tron => "TRON",
            Chain::Monero => "Monero",
            Chain::Solana => "Solana",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ContactKind {
    Email,
    Phone,
    Url,
    Messenger(Messenger),
    Wallet(Chain),
}

impl ContactKind {
    pub fn label(self) -> &'static str {
        match self {
            ContactKind::Email => "e-mail",
            ContactKind::Phone => "phone number",
            ContactKind::Url => "link",
            ContactKind::Messenger(_) => "messenger contact",
            ContactKind::Wallet(_) => "wallet address",
        }
    }
}

/// A contact found in one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactKind,
    /// Canonical value: lower-cased e-mail, `+` and digits for phones,
    /// lower-cased URL without scheme, handle without `@`, wallet as written.
    pub value: String,
    /// Byte range in the field's normalized text.
    pub range: Range<usize>,
    /// `Some(true)` when a checksum was verified, `None` when the format has none.
    pub checksum: Option<bool>,
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b[a-z0-9][a-z0-9._%+\-]{0,63}\s*(?:@|\[at\]|\(at\)|\{at\})\s*[a-z0-9][a-z0-9\-]{0,62}(?:(?:\.|\s*\[dot\]\s*|\s*\(dot\)\s*)[a-z0-9\-]{1,63}){0,4}(?:\.|\s*\[dot\]\s*|\s*\(dot\)\s*)[a-z]{2,24}\b",
    )
});
/// URLs are cut to this many bytes. The pattern itself is unbounded: a
/// bounded repetition (`{2,2048}`) of a large class makes the regex engine's
/// DFA give up, and the scan was about 300 times slower on hostile text.
const URL_MAX_BYTES: usize = 2048;

static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:https?://|www\.)[^\s<>()\[\]{}\x22']{2,}|\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|discord\.gg|discord\.com/invite|join\.skype\.com|signal\.me|signal\.group|line\.me|lin\.ee|open\.kakao\.com|qr\.kakao\.com|u\.wechat\.com|weixin\.qq\.com)/[^\s<>()\[\]{}\x22']+",
    )
});
static HANDLE: LazyLock<Regex> = LazyLock::new(|| {
    // A messenger's name, an optional label ("ID", "number", "아이디"), then
    // either a separator and a handle, or a handle that looks like one by
    // itself (`@name`, a phone number, a Skype `live:` id). "WhatsApp
    // notifications" is not a handle.
    re(concat!(
        r"(?i)(?:\b(telegram|tg|whats\s?app|discord|skype|signal|we\s?chat|weixin|kakao\s?talk|kakao|(?-i:LINE)|line\s+id)",
        r"|(텔레그램|텔레|왓츠앱|디스코드|스카이프|시그널|위챗|카카오톡|카톡|카카오|라인|テレグラム|ワッツアップ|ディスコード|スカイプ|シグナル|ウィーチャット|微信|ライン|カカオトーク))",
        r"(?:\s*(?:id|handle|username|user\s?name|name|number|no\.?|아이디|번호|ＩＤ))?",
        r"(?:\s*(?:[:：=]|\bis\b|\bat\b|는|은|は|-|–)\s*",
        r"(live:\.?[A-Za-z0-9._\-]{3,40}|@?[A-Za-z0-9][A-Za-z0-9._\-]{2,40}(?:#\d{4})?|\+?\d[\d \-]{6,18}\d)",
        r"|\s+(live:\.?[A-Za-z0-9._\-]{3,40}|@[A-Za-z0-9][A-Za-z0-9._\-]{2,40}|\+?\d[\d \-]{6,18}\d))",
    ))
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+|\b00)\d[\d\s().\-]{6,20}\d\b|\(?\b\d{2,4}\)?[\s.\-]\d{3,4}[\s.\-]\d{3,5}\b")
});
static ETH: LazyLock<Regex> = LazyLock::new(|| re(r"\b0x[0-9a-fA-F]{40}\b"));
static BASE58: LazyLock<Regex> = LazyLock::new(|| re(r"\b[13LMT][1-9A-HJ-NP-Za-km-z]{25,34}\b"));
static BECH32: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(?:bc|ltc)1[02-9ac-hj-np-z]{8,87}\b"));
static MONERO: LazyLock<Regex> = LazyLock::new(|| re(r"\b[48][1-9A-HJ-NP-Za-km-z]{94}\b"));
static SOLANA: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:solana|sol|phantom)\b[^\n]{0,40}?\b([1-9A-HJ-NP-Za-km-z]{32,44})\b")
});

// ASCII twins of the patterns above, used on ASCII text: each Unicode class
// replaced by its ASCII part (`\s` by `[\t\n\x0B\x0C\r ]`, `\d` by `[0-9]`, a
// negated class by the ASCII characters it lets through), the Japanese and
// Korean words (which ASCII text cannot hold) left out, the same groups in
// the same order. On ASCII text each finds exactly what its original finds
// (under `(?i)` Unicode adds to ASCII letters only characters outside ASCII)
// and builds in a fraction of the time; `cfg(test)` and the `gate-check`
// feature compare the two on every text.
static URL_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:https?://|www\.)[\x00-\x08\x0E-\x1F!#-&*-;=?-Z\\^-z|~\x7F]{2,}|\b(?:t\.me|telegram\.me|wa\.me|chat\.whatsapp\.com|discord\.gg|discord\.com/invite|join\.skype\.com|signal\.me|signal\.group|line\.me|lin\.ee|open\.kakao\.com|qr\.kakao\.com|u\.wechat\.com|weixin\.qq\.com)/[\x00-\x08\x0E-\x1F!#-&*-;=?-Z\\^-z|~\x7F]+",
    )
});
static EMAIL_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b[a-z0-9][a-z0-9._%+\-]{0,63}[\t\n\x0B\x0C\r ]*(?:@|\[at\]|\(at\)|\{at\})[\t\n\x0B\x0C\r ]*[a-z0-9][a-z0-9\-]{0,62}(?:(?:\.|[\t\n\x0B\x0C\r ]*\[dot\][\t\n\x0B\x0C\r ]*|[\t\n\x0B\x0C\r ]*\(dot\)[\t\n\x0B\x0C\r ]*)[a-z0-9\-]{1,63}){0,4}(?:\.|[\t\n\x0B\x0C\r ]*\[dot\][\t\n\x0B\x0C\r ]*|[\t\n\x0B\x0C\r ]*\(dot\)[\t\n\x0B\x0C\r ]*)[a-z]{2,24}\b",
    )
});
static HANDLE_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    // (group 2, the Japanese and Korean names, kept as a group that cannot match)
    re(concat!(
        r"(?i)(?:\b(telegram|tg|whats[\t\n\x0B\x0C\r ]?app|discord|skype|signal|we[\t\n\x0B\x0C\r ]?chat|weixin|kakao[\t\n\x0B\x0C\r ]?talk|kakao|(?-i:LINE)|line[\t\n\x0B\x0C\r ]+id)",
        r"|(x^))",
        r"(?:[\t\n\x0B\x0C\r ]*(?:id|handle|username|user[\t\n\x0B\x0C\r ]?name|name|number|no\.?))?",
        r"(?:[\t\n\x0B\x0C\r ]*(?:[:=]|\bis\b|\bat\b|-)[\t\n\x0B\x0C\r ]*",
        r"(live:\.?[A-Za-z0-9._\-]{3,40}|@?[A-Za-z0-9][A-Za-z0-9._\-]{2,40}(?:#[0-9]{4})?|\+?[0-9][0-9 \-]{6,18}[0-9])",
        r"|[\t\n\x0B\x0C\r ]+(live:\.?[A-Za-z0-9._\-]{3,40}|@[A-Za-z0-9][A-Za-z0-9._\-]{2,40}|\+?[0-9][0-9 \-]{6,18}[0-9]))",
    ))
});
static PHONE_ASCII: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:\+|\b00)[0-9][0-9\t\n\x0B\x0C\r ().\-]{6,20}[0-9]\b|\(?\b[0-9]{2,4}\)?[\t\n\x0B\x0C\r .\-][0-9]{3,4}[\t\n\x0B\x0C\r .\-][0-9]{3,5}\b",
    )
});

/// `full`, or on ASCII text its twin (compared with it under `gate-check`);
/// only the one returned is built.
fn pick<'a>(full: &'a LazyLock<Regex>, twin: &'a LazyLock<Regex>, text: &str) -> &'a Regex {
    if !text.is_ascii() {
        return full;
    }
    #[cfg(any(test, feature = "gate-check"))]
    {
        let spans = |r: &Regex| -> Vec<Vec<Option<Range<usize>>>> {
            r.captures_iter(text)
                .map(|c| c.iter().map(|m| m.map(|m| m.range())).collect())
                .collect()
        };
        assert_eq!(
            spans(twin),
            spans(full),
            "ASCII twin of {}: {text:?}",
            full.as_str()
        );
    }
    twin
}

/// Every compiled pattern, for tests that check each one stays linear on hostile input.
pub fn patterns() -> Vec<(&'static str, &'static Regex)> {
    vec![
        ("email", &*EMAIL),
        ("url", &*URL),
        ("handle", &*HANDLE),
        ("url-ascii", &*URL_ASCII),
        ("email-ascii", &*EMAIL_ASCII),
        ("handle-ascii", &*HANDLE_ASCII),
        ("phone-ascii", &*PHONE_ASCII),
        ("phone", &*PHONE),
        ("eth", &*ETH),
        ("base58", &*BASE58),
        ("bech32", &*BECH32),
        ("monero", &*MONERO),
        ("solana", &*SOLANA),
    ]
}

/// What a text could hold at all, measured in one pass over its bytes, so
/// that patterns which cannot match are not run (most fields are short names,
/// titles and sentences without any contact).
struct Gates {
    slash_or_www: bool,
    at: bool,
    hex_prefix: bool,
    digits: usize,
    longest_alnum_run: usize,
    messenger_word: bool,
}

impl Gates {
    fn of(text: &str) -> Gates {
        let b = text.as_bytes();
        let (mut digits, mut run, mut longest) = (0usize, 0usize, 0usize);
        for &c in b {
            if c.is_ascii_digit() {
                digits += 1;
            }
            if c.is_ascii_alphanumeric() {
                run += 1;
                longest = longest.max(run);
            } else {
                run = 0;
            }
        }
        let lower = text.to_ascii_lowercase();
        const APPS: [&str; 10] = [
            "telegram", "tg", "whats", "discord", "skype", "signal", "wechat", "weixin", "kakao",
            "line",
        ];
        Gates {
            slash_or_www: b.contains(&b'/') || lower.contains("www."),
            at: b.contains(&b'@')
                || lower.contains("at]")
                || lower.contains("at)")
                || lower.contains("at}"),
            hex_prefix: lower.contains("0x"),
            digits,
            longest_alnum_run: longest,
            messenger_word: !text.is_ascii() || APPS.iter().any(|a| lower.contains(a)),
        }
    }
}

/// Extract every contact in `text` (normalized text of one field).
pub fn extract(text: &str) -> Vec<Contact> {
    let mut out: Vec<Contact> = Vec::new();
    let g = Gates::of(text);
    // (a pattern whose gate fails is not built)
    let urls = g
        .slash_or_www
        .then(|| pick(&URL, &URL_ASCII, text).find_iter(text));
    for m in urls.into_iter().flatten() {
        let mut cap = m.as_str().len().min(URL_MAX_BYTES);
        while !m.as_str().is_char_boundary(cap) {
            cap -= 1;
        }
        let raw = m.as_str().get(..cap).unwrap_or_default();
        let raw = raw.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let range = m.start()..m.start() + raw.len();
        let lower = raw.to_lowercase();
        let bare = lower
            .trim_start_matches("https://")
            .trim_start_matches("http://")
            .trim_start_matches("www.")
            .trim_end_matches('/')
            .to_owned();
        if let Some((app, handle)) = messenger_link(&bare) {
            out.push(Contact {
                kind: ContactKind::Messenger(app),
                value: handle,
                range,
                checksum: None,
            });
        } else {
            out.push(Contact {
                kind: ContactKind::Url,
                value: bare,
                range,
                checksum: None,
            });
        }
    }
    let taken = Taken::of(&out);
    let emails =
        g.at.then(|| pick(&EMAIL, &EMAIL_ASCII, text).find_iter(text));
    for m in emails.into_iter().flatten() {
        if taken.overlaps(&m.range()) {
            continue;
        }
        let v: String = m
            .as_str()
            .to_lowercase()
            .replace("[at]", "@")
            .replace("(at)", "@")
            .replace("{at}", "@")
            .replace("[dot]", ".")
            .replace("(dot)", ".")
            .split_whitespace()
            .collect();
        if v.matches('@').count() == 1 && v.rsplit('@').next().is_some_and(|d| d.contains('.')) {
            out.push(Contact {
                kind: ContactKind::Email,
                value: v,
                range: m.range(),
                checksum: None,
            });
        }
    }
    let taken = Taken::of(&out);
    let handles = g
        .messenger_word
        .then(|| pick(&HANDLE, &HANDLE_ASCII, text).captures_iter(text));
    for c in handles.into_iter().flatten() {
        let (Some(all), Some(h)) = (c.get(0), c.get(3)) else {
            continue;
        };
        if taken.overlaps(&h.range()) {
            continue;
        }
        let name = c
            .get(1)
            .or_else(|| c.get(2))
            .map(|m| m.as_str().to_lowercase())
            .unwrap_or_default();
        let Some(app) = messenger_name(&name) else {
            continue;
        };
        // A sentence's full stop or a dash after the handle is not part of it.
        let raw = h.as_str().trim_end_matches(['.', '-']);
        let value = raw.trim_start_matches('@').to_lowercase();
        if is_stopword_handle(&value) {
            continue;
        }
        out.push(Contact {
            kind: ContactKind::Messenger(app),
            value,
            range: all.start()..h.start() + raw.len(),
            checksum: None,
        });
    }
    let found = g.hex_prefix.then(|| ETH.find_iter(text));
    for m in found.into_iter().flatten() {
        let a = m.as_str();
        out.push(Contact {
            kind: ContactKind::Wallet(Chain::Ethereum),
            value: a.to_owned(),
            range: m.range(),
            checksum: eip55(a),
        });
    }
    let taken = Taken::of(&out);
    let found = (g.longest_alnum_run >= 26).then(|| BASE58.find_iter(text));
    for m in found.into_iter().flatten() {
        if taken.overlaps(&m.range()) {
            continue;
        }
        let a = m.as_str();
        let chain = match a.as_bytes().first() {
            Some(b'T') => Chain::Tron,
            Some(b'L' | b'M') => Chain::Litecoin,
            _ => Chain::Bitcoin,
        };
        if base58check(a).is_some_and(|payload| payload.len() == 21) {
            out.push(Contact {
                kind: ContactKind::Wallet(chain),
                value: a.to_owned(),
                range: m.range(),
                checksum: Some(true),
            });
        }
    }
    let found = (g.longest_alnum_run >= 12).then(|| BECH32.find_iter(text));
    for m in found.into_iter().flatten() {
        let a = m.as_str();
        if bech32_valid(a) {
            let chain = if a.to_lowercase().starts_with("ltc") {
                Chain::Litecoin
            } else {
                Chain::Bitcoin
            };
            out.push(Contact {
                kind: ContactKind::Wallet(chain),
                value: a.to_lowercase(),
                range: m.range(),
                checksum: Some(true),
            });
        }
    }
    let found = (g.longest_alnum_run >= 95).then(|| MONERO.find_iter(text));
    for m in found.into_iter().flatten() {
        out.push(Contact {
            kind: ContactKind::Wallet(Chain::Monero),
            value: m.as_str().to_owned(),
            range: m.range(),
            checksum: None,
        });
    }
    let taken = Taken::of(&out);
    let found = (g.longest_alnum_run >= 32).then(|| SOLANA.captures_iter(text));
    for c in found.into_iter().flatten() {
        let Some(a) = c.get(1) else { continue };
        if taken.overlaps(&a.range()) || !a.as_str().chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        if base58_decode(a.as_str()).is_some_and(|b| b.len() == 32) {
            out.push(Contact {
                kind: ContactKind::Wallet(Chain::Solana),
                value: a.as_str().to_owned(),
                range: a.range(),
                checksum: None,
            });
        }
    }
    let taken = Taken::of(&out);
    let phones = (g.digits >= 8).then(|| pick(&PHONE, &PHONE_ASCII, text).find_iter(text));
    for m in phones.into_iter().flatten() {
        if taken.overlaps(&m.range()) {
            continue;
        }
        if let Some(v) = phone_value(m.as_str()) {
            out.push(Contact {
                kind: ContactKind::Phone,
                value: v,
                range: m.range(),
                checksum: None,
            });
        }
    }
    crate::sort::by_key(&mut out, |c| (c.range.start, c.range.end));
    out
}

/// The ranges taken by earlier passes, sorted by start with a running
/// maximum of ends, so each overlap check is a binary search: a field full of
/// contacts stays linear-logarithmic instead of quadratic. The matches of
/// one pattern never overlap each other, so a snapshot per pass is enough.
struct Taken {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Taken {
    fn of(found: &[Contact]) -> Taken {
        let mut r: Vec<(usize, usize)> =
            found.iter().map(|c| (c.range.start, c.range.end)).collect();
        crate::sort::values(&mut r);
        let mut max = 0;
        let mut max_end = Vec::with_capacity(r.len());
        let mut starts = Vec::with_capacity(r.len());
        for (s, e) in r {
            max = max.max(e);
            starts.push(s);
            max_end.push(max);
        }
        Taken { starts, max_end }
    }

    /// Whether `r` overlaps a taken range (`c.start < r.end && r.start < c.end`).
    fn overlaps(&self, r: &Range<usize>) -> bool {
        let n = self.starts.partition_point(|&s| s < r.end);
        n.checked_sub(1)
            .and_then(|i| self.max_end.get(i))
            .is_some_and(|&e| r.start < e)
    }
}

fn messenger_name(n: &str) -> Option<Messenger> {
    let n: String = n.split_whitespace().collect();
    Some(match n.as_str() {
        "telegram" | "tg" | "텔레그램" | "텔레" | "テレグラム" => Messenger::Telegram,
        "whatsapp" | "왓츠앱" | "ワッツアップ" => Messenger::WhatsApp,
        "discord" | "디스코드" | "ディスコード" => Messenger::Discord,
        "skype" | "스카이프" | "スカイプ" => Messenger::Skype,
        "signal" | "시그널" | "シグナル" => Messenger::Signal,
        "wechat" | "weixin" | "위챗" | "ウィーチャット" | "微信" => Messenger::WeChat,
        "line" | "lineid" | "라인" | "ライン" => Messenger::Line,
        "kakaotalk" | "kakao" | "카카오톡" | "카톡" | "카카오" | "カカオトーク" => {
            Messenger::KakaoTalk
        }
        _ => return None,
    })
}

/// Words that follow a messenger's name in ordinary prose and are not handles.
fn is_stopword_handle(v: &str) -> bool {
    const STOP: [&str; 24] = [
        "and",
        "the",
        "for",
        "with",
        "or",
        "app",
        "call",
        "chat",
        "group",
        "channel",
        "bot",
        "bots",
        "api",
        "integration",
        "server",
        "servers",
        "messages",
        "message",
        "account",
        "please",
        "too",
        "instead",
        "if",
        "me",
    ];
    STOP.contains(&v) || v.len() < 3
}

fn messenger_link(bare: &str) -> Option<(Messenger, String)> {
    let (host, path) = bare.split_once('/')?;
    let first = path
        .split(['/', '?', '#'])
        .find(|s| !s.is_empty())
        .unwrap_or_default()
        .to_owned();
    let app = match host {
        "t.me" | "telegram.me" => Messenger::Telegram,
        "wa.me" | "chat.whatsapp.com" | "api.whatsapp.com" => Messenger::WhatsApp,
        "discord.gg" | "discord.com" => Messenger::Discord,
        "join.skype.com" => Messenger::Skype,
        "signal.me" | "signal.group" => Messenger::Signal,
        "line.me" | "lin.ee" => Messenger::Line,
        "open.kakao.com" | "qr.kakao.com" => Messenger::KakaoTalk,
        "u.wechat.com" | "weixin.qq.com" => Messenger::WeChat,
        _ => return None,
    };
    let handle = path
        .trim_start_matches("invite/")
        .trim_start_matches("ti/p/")
        .trim_start_matches("o/");
    let handle = handle
        .split(['?', '#'])
        .next()
        .unwrap_or(handle)
        .trim_matches('/')
        .to_owned();
    Some((app, if handle.is_empty() { first } else { handle }))
}

/// `+` and digits for numbers written with a country code, digits otherwise.
/// Numbers with fewer than 8 or more than 15 digits, and things that look
/// like dates or years, are not phone numbers.
fn phone_value(s: &str) -> Option<String> {
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if !(8..=15).contains(&digits.len()) {
        return None;
    }
    let t = s.trim();
    let intl = t.starts_with('+') || t.starts_with("00");
    if !intl {
        // 2019-2021 or 2019 - 2023 style ranges and dates are not numbers to call.
        let groups: Vec<&str> = t
            .split(|c: char| !c.is_ascii_digit())
            .filter(|g| !g.is_empty())
            .collect();
        if groups
            .iter()
            .any(|g| g.len() == 4 && (g.starts_with("19") || g.starts_with("20")))
            && groups.len() <= 3
        {
            return None;
        }
        return Some(digits);
    }
    let d = if t.starts_with("00") {
        digits.get(2..)?.to_owned()
    } else {
        digits
    };
    (d.len() >= 7).then(|| format!("+{d}"))
}

const B58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Decode base58 (Bitcoin alphabet).
pub fn base58_decode(s: &str) -> Option<Vec<u8>> {
    let mut bytes: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.bytes() {
        let mut carry = B58.iter().position(|&x| x == c)? as u32;
        for b in bytes.iter_mut().rev() {
            carry += u32::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        while carry > 0 {
            bytes.insert(0, (carry & 0xff) as u8);
            carry >>= 8;
        }
    }
    let zeros = s.bytes().take_while(|&b| b == b'1').count();
    let mut out = vec![0u8; zeros];
    out.extend(bytes);
    Some(out)
}

/// Base58Check: the payload when the 4-byte double-SHA-256 checksum matches.
pub fn base58check(s: &str) -> Option<Vec<u8>> {
    let raw = base58_decode(s)?;
    if raw.len() < 5 {
        return None;
    }
    let (payload, check) = raw.split_at(raw.len() - 4);
    let h = Sha256::digest(Sha256::digest(payload));
    (h.get(..4) == Some(check)).then(|| payload.to_vec())
}

/// EIP-55: `Some(true)` for a valid mixed-case checksum, `Some(false)` for
/// an invalid one, `None` for all-lower or all-upper (no checksum written).
pub fn eip55(addr: &str) -> Option<bool> {
    let hex = addr.get(2..)?;
    let has_lower = hex.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = hex.bytes().any(|b| b.is_ascii_uppercase());
    if !(has_lower && has_upper) {
        return None;
    }
    let hash = Keccak256::digest(hex.to_lowercase().as_bytes());
    let ok = hex.bytes().enumerate().all(|(i, b)| {
        if !b.is_ascii_alphabetic() {
            return true;
        }
        let byte = hash.get(i / 2).copied().unwrap_or(0);
        let nibble = if i % 2 == 0 { byte >> 4 } else { byte & 0x0f };
        (nibble >= 8) == b.is_ascii_uppercase()
    });
    Some(ok)
}

/// BIP-173 / BIP-350 checksum (bech32 or bech32m), for `bc1…` and `ltc1…`.
pub fn bech32_valid(s: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    if s.len() > 90 || (s.to_lowercase() != s && s.to_uppercase() != s) {
        return false;
    }
    let s = s.to_lowercase();
    let Some(pos) = s.rfind('1') else {
        return false;
    };
    let (hrp, data) = (
        s.get(..pos).unwrap_or_default(),
        s.get(pos + 1..).unwrap_or_default(),
    );
    if hrp.is_empty() || data.len() < 6 {
        return false;
    }
    let mut values: Vec<u8> = hrp.bytes().map(|b| b >> 5).collect();
    values.push(0);
    values.extend(hrp.bytes().map(|b| b & 31));
    for c in data.bytes() {
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => values.push(v as u8),
            None => return false,
        }
    }
    let mut chk: u32 = 1;
    const GEN: [u32; 5] = [
        0x3b6a_57b2,
        0x2650_8e6d,
        0x1ea1_19fa,
        0x3d42_33dd,
        0x2a14_62b3,
    ];
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk == 1 || chk == 0x2bc8_30a3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(ContactKind, String)> {
        extract(t).into_iter().map(|c| (c.kind, c.value)).collect()
    }

    #[test]
    fn every_pattern_compiles() {
        for (name, r) in patterns() {
            assert!(!r.as_str().is_empty(), "{name}");
            let _ = r.is_match("x");
        }
    }

    #[test]
    fn emails_urls_messengers() {
        let k = kinds("Mail me at John.Doe+jobs@Gmail.com or visit https://johndoe.dev/work.");
        assert!(
            k.contains(&(ContactKind::Email, "john.doe+jobs@gmail.com".into())),
            "{k:?}"
        );
        assert!(
            k.contains(&(ContactKind::Url, "johndoe.dev/work".into())),
            "{k:?}"
        );
        let k = kinds("let's talk on t.me/fast_dev99 or Telegram: @fast_dev99");
        assert_eq!(
            k.iter()
                .filter(|(c, _)| *c == ContactKind::Messenger(Messenger::Telegram))
                .count(),
            2,
            "{k:?}"
        );
        let k = kinds("My skype is live:.cid.123abc and discord: coolcoder#1234");
        assert!(
            k.iter()
                .any(|(c, _)| *c == ContactKind::Messenger(Messenger::Skype)),
            "{k:?}"
        );
        assert!(
            k.iter()
                .any(|(c, _)| *c == ContactKind::Messenger(Messenger::Discord)),
            "{k:?}"
        );
        let k = kinds("카톡 아이디: devkim88 / LINE ID: taro_dev / ライン: taro2");
        assert!(
            k.contains(&(
                ContactKind::Messenger(Messenger::KakaoTalk),
                "devkim88".into()
            )),
            "{k:?}"
        );
        assert!(
            k.contains(&(ContactKind::Messenger(Messenger::Line), "taro_dev".into())),
            "{k:?}"
        );
        let k = kinds("john [at] proton [dot] me");
        assert!(
            k.contains(&(ContactKind::Email, "john@proton.me".into())),
            "{k:?}"
        );
        assert!(kinds("We use the Telegram API and a Discord bot for alerts.").is_empty());
        assert!(kinds("I stood in line for a while").is_empty());
    }

    #[test]
    fn phones() {
        let k = kinds("Call +1 (415) 555-0100 or 010-1234-5678");
        assert!(
            k.contains(&(ContactKind::Phone, "+14155550100".into())),
            "{k:?}"
        );
        assert!(
            k.contains(&(ContactKind::Phone, "01012345678".into())),
            "{k:?}"
        );
        assert!(kinds("Worked there 2019 - 2021 and 2015-2018").is_empty());
    }

    #[test]
    fn wallets_with_checksums() {
        // EIP-55 example address from the EIP text.
        let good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        assert_eq!(eip55(good), Some(true));
        assert_eq!(
            eip55("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"),
            Some(false)
        );
        assert_eq!(eip55("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), None);
        // Bitcoin genesis address (Base58Check) and the BIP-173 example (bech32).
        assert!(base58check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").is_some());
        assert!(base58check("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb").is_none());
        assert!(bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"));
        assert!(!bech32_valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"));
        let k = kinds(
            "send USDT to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa or bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        );
        assert_eq!(
            k.iter()
                .filter(|(c, _)| matches!(c, ContactKind::Wallet(Chain::Bitcoin)))
                .count(),
            2,
            "{k:?}"
        );
        // a look-alike with a broken checksum is not reported as a wallet
        assert!(
            !kinds("ref 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb")
                .iter()
                .any(|(c, _)| matches!(c, ContactKind::Wallet(_)))
        );
    }
}
