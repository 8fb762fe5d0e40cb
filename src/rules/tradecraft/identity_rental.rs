//! HL305 identity-rental: offers to rent or borrow someone's identity or
//! platform account, or to pay someone to host a laptop.

use super::frames::{self, Frame, FrameHit, need, opt, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL305",
    name: "identity-rental",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I33"],
    title: "Offers to rent an identity, an account or a laptop host",
    innocent: "Almost none for renting an identity or account; a revenue-sharing partnership between two real, named freelancers can be legitimate.",
    verify: "Do not lend any account or identity details; report the message to the platform's trust and safety team.",
    docs: Docs {
        what_it_sees: "The freelancer's own text asking to rent, borrow or use another person's identity, ID documents, personal details or platform account (\"rent your Upwork account\", \"open an account with your ID\", \"pass the KYC for me\", \"名義を貸して\", \"あなたの名義で口座を開設\", \"계정을 빌려\", \"명의로 계정을 개설\"), offering to pay someone to keep a laptop running at their home, or to attend interviews in their place. A revenue-sharing \"partnership\" with no account or identity named is a medium hint. Frames (`frames.rs`, any message whoever wrote it; the hint names the writer): an interview word (interview, stand-up, 面接, 면접; one typo tolerated) with a proxy phrase (on my behalf, instead of me, as representatives, using my name and resume, interview supporter, 代わりに, 대신) — `high` with pay named nearby, else `medium`; the reader taking the interviews while the writer does the technical work (within three sentences) — `medium`; an identity word (ID, identity, selfie, name and face, personal information, 身分証, 신분증) with a use or transfer verb and \"your\" right before it, plus an account, platform, pay or interview around it — `high`; a computer to be set up, kept online or turned on with the reader nearby and pay or remote control named — `high` with pay; a division of labour, each half its own frame and paired within three sentences: the reader assigned a client-facing part (interviews, calls, meetings, communication, sending proposals, being the face — \"you will be responsible for\", \"your part is\", \"you just need to\") and the writer committing to the work (\"I'll handle the development\", \"I do all the coding\", \"me and my team cover the technical part\") — `medium`, `high` when it is interviews and pay is named; the reader's name, face or identity in a sought partnership or beside the writer's work with a share of income, no verb needed — `medium`. Shapes seen in real messages (the unsolicited GitHub \"collaboration\" issues of 2024–2026 (e.g. AwlsomeAlex/natick#21, codeWithMarina/codeWithMarina#6, samuelmarina/is-even#281), Upwork's 2020 community warning on paid and leased accounts, and the Telegram logs in tayvano/lazarus-bluenoroff-research (dprk-it-workers/)): a \"US-based job hunting business\" asking you to attend its interviews using its name and résumé for a split of the salary; a post looking for an interview supporter with native English at an hourly rate; an offer to buy a computer that you keep connected at your home. Reported speech or a refusal is `low` and says so.",
        why_it_matters: "US (2022, 2023), South Korean (2023) and Japanese (2024) advisories describe workers who pay others to borrow their platform accounts or identities and recruit \"laptop hosts\" who keep company laptops online at a home in the hiring country (I33). No honest freelancer needs another person's identity to do the work.",
        innocent_explanations: "Two real freelancers may share revenue on a joint project, and a company may ask an employee to keep office equipment at home; both name the people involved and never ask for someone else's identity or login. Near-misses the frames must not fire on (unit tests): recruiters who \"conduct interviews on behalf of our clients\", \"set up your laptop with Python before the workshop\", \"share your name and the company you work for\", interview experience in a résumé, \"if you would like to give me an interview\" in a cover letter, \"in my last role I handled the client meetings and the development\", \"please send your name and the invoice\".",
        example: "> I will pay you $300 per month if you let me use your Upwork account, you just need to keep the laptop on at your home.\n\nFires at high.",
    },
    check,
};

/// Renting or borrowing someone's identity, details or account.
/// Needed by `RENT`, alternative by alternative (several share a test), or
/// Japanese or Korean text for the last ones.
fn rent_gate(w: &Words) -> bool {
    w.any(&[
        "rent",
        "borrow",
        "buy",
        "lease",
        "lend",
        "sharing",
        "kyc",
        "verification",
        "background",
    ]) || (w.has("your")
        && w.any(&[
            "identity",
            "id",
            "ssn",
            "social",
            "passport",
            "driver",
            "personal",
            "upwork",
            "fiverr",
            "freelancer",
            "linkedin",
            "toptal",
            "account",
        ]))
        || (w.any_is(&["let", "allow"]) && w.has("your"))
        || (w.pair_any(&["the", "our", "my"], &["face", "front"])
            && w.pair_any(&["be", "as"], &["the", "our", "my"]))
        || (w.any(&["interview", "call", "drug"]) && w.any_is(&["me", "us"]))
        || w.cjk()
}

static RENT: Gated = Gated::new(rent_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:rent|borrow|buy|lease|lend\s+me)\s+(?:your|an?|the|someone'?s)\s+(?:verified\s+)?(?:upwork\s+|fiverr\s+|freelancer\s+|linkedin\s+|toptal\s+|us\s+|american\s+|bank\s+)?(?:account|profile|identity|id|ids|ssn|social\s+security(?:\s+number)?|passport|driver'?s\s+license|personal\s+(?:info|information|details|data)|info|information|details|name)(?-u:\b)",
        r"|(?-u:\b)(?:use|share|give\s+me)\s+your\s+(?:identity|id\s+(?:card|documents?)|ssn|social\s+security(?:\s+number)?|passport|driver'?s\s+license|personal\s+(?:info|information|details|data)|(?:upwork|fiverr|freelancer|linkedin|toptal)\s+(?:account|profile|login))(?-u:\b)",
        r"|(?-u:\b)(?:let|allow)\s+(?:me|us)\s+(?:to\s+)?(?:use|work\s+(?:on|from|through))\s+your\s+(?:upwork\s+|fiverr\s+|freelancer\s+|linkedin\s+|toptal\s+|bank\s+)?(?:account|profile|identity|name)(?-u:\b)",
        r"|(?-u:\b)(?:be|act\s+as)\s+(?:the|our|my)\s+(?:face|front)(?-u:\b)",
        r"|(?-u:\b)(?:attend|do|take|pass)\s+(?:the\s+)?(?:interviews?|calls?|video\s+calls?|drug\s+tests?)\s+(?:for|on\s+behalf\s+of|instead\s+of)\s+(?:me|us)(?-u:\b)",
        r"|(?-u:\b)(?:account|identity|profile)\s+(?:rental|renting|sharing\s+partnership)(?-u:\b)",
        r"|(?-u:\b)(?:verify|open|register|create|set\s+up|sign\s+up\s+for)\s+(?:an?\s+|the\s+|my\s+)?(?:upwork\s+|fiverr\s+|freelancer\s+|linkedin\s+|toptal\s+|bank\s+|paypal\s+|payoneer\s+|wise\s+)?account\s+(?:with|using|under|in)\s+your\s+(?:id|name|identity|details|information|info|passport|ssn)(?-u:\b)",
        r"|(?-u:\b)(?:pass|do|complete)\s+(?:the\s+)?(?:kyc|identity\s+verification|id\s+verification|background\s+check)\s+(?:for|on\s+behalf\s+of|instead\s+of)\s+(?:me|us)(?-u:\b)",
        r"|(?:アカウント|名義|身分証|本人確認書類|個人情報|ID)(?:を)?(?:貸して|貸し出|お借り|借り|レンタル|買い取|譲って)",
        r"|(?:あなた|あなた様|貴方)の名義で(?:アカウント|口座)(?:を)?(?:開設|作成|登録|作って)",
        r"|(?:당신|님|귀하|회원님)(?:의)?\s*명의로\s*(?:계정|계좌)(?:을|를)?\s*(?:개설|만들|등록|생성)",
        r"|(?:代わりに|代理で)(?:面接|面談|通話)",
        r"|(?:계정|명의|신분증|개인\s*정보|아이디|신원)(?:을|를)?\s*(?:빌려|대여|렌트|임대|사고|팔아)",
        r"|대신\s*(?:면접|인터뷰|통화)",
    ))
});

/// Keeping a laptop on, or receiving laptops, at someone's home for the freelancer.
/// Needed by `LAPTOP_HOST`.
fn laptop_host_gate(w: &Words) -> bool {
    w.has("laptop") || (w.any(&["computer", "pc", "macbook"]) && w.has("your")) || w.cjk()
}

static LAPTOP_HOST: Gated = Gated::new(laptop_host_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)laptop\s+(?:host|hosting|farm)(?-u:\b)",
        r"|(?-u:\b)(?:keep|host|hold|run|leave|set\s+up|receive|plug\s+in)\s+(?:the\s+|a\s+|our\s+|my\s+|some\s+|company\s+|their\s+)?(?:laptops?|computers?|pcs?|macbooks?)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:at|in)\s+your\s+(?:home|house|place|apartment|flat)(?-u:\b)",
        r"|(?:ノートパソコン|パソコン|PC|端末)(?:を)?(?:ご自宅|自宅|お宅|家)(?:で|に)(?:預か|保管|設置|置い|起動)",
        r"|(?:노트북|컴퓨터|PC)(?:을|를)?\s*(?:집에|댁에|집에서)\s*(?:맡아|보관|설치|켜|두)",
    ))
});

/// Money offered for it.
static PAY_OFFER: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?-u:\b)(?:i|we)\s+(?:will|'ll|can|could)\s+(?:pay|give|send)\s+you(?-u:\b)|\$\s?\d+|(?-u:\b)\d+\s?(?:usd|dollars?)(?-u:\b)|(?-u:\b)per\s+month(?-u:\b)|(?-u:\b)(?:monthly|weekly)\s+(?:fee|payment)(?-u:\b)",
        r"|(?-u:\b)(?:revenue|income|profit|earnings?)\s+(?:shar(?:e|ing)|split)(?-u:\b)|(?-u:\b)split\s+(?:the\s+)?(?:income|earnings?|profit|payments?|money)(?-u:\b)|(?-u:\b)\d{1,2}\s?/\s?\d{1,2}\s+split(?-u:\b)",
        r"|報酬|謝礼|毎月|月\d+|お支払いします|収益(?:を)?(?:分配|シェア|折半)|山分け|折半",
        r"|사례|매달|매월|월\s*\d+|드리겠습니다|수익(?:을|를)?\s*(?:나누|배분|분배|쉐어)|반반",
    ))
});

/// A revenue-sharing "partnership" offer.
/// Needed by `PARTNERSHIP`.
fn partnership_gate(w: &Words) -> bool {
    (w.any(&["revenue", "income", "profit", "earning"]) && w.any(&["shar", "split"]))
        || w.any(&["partnership", "collaboration", "cooperation"])
        || w.cjk()
}

static PARTNERSHIP: Gated = Gated::new(partnership_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:revenue|income|profit|earnings?)[- ](?:shar(?:e|ing)|split)\s+(?:partnership|collaboration|cooperation|deal)(?-u:\b)",
        r"|(?-u:\b)(?:partnership|collaboration|cooperation)(?-u:\b)[^.!?\n]{0,40}?(?-u:\b)(?:split|share)\s+(?:the\s+)?(?:income|earnings?|profits?|revenue)(?-u:\b)",
        r"|収益(?:を)?(?:分配|シェア|折半)する(?:パートナー|提携|協力)",
        r"|수익(?:을|를)?\s*(?:나누는|배분하는|분배하는)\s*(?:파트너|협력|제휴)",
    ))
});

/// Interviews in someone's place: an interview + a proxy phrase (and pay, when said).
static PROXY_INTERVIEW: Frame = Frame {
    slots: &[need(INTERVIEW), need(PROXY), opt(PAY)],
    window: 2,
};

/// "You do the interviews, I do the technical work."
static SPLIT_ROLES: Frame = Frame {
    slots: &[need(INTERVIEW), need(READER), need(WORK), opt(PAY)],
    window: 3,
};

/// The reader's half of a division of labour: a client-facing duty
/// (interviews, communication, calls, sending proposals, being the face) with
/// "you" before it, and pay when said nearby.
static READER_FRONT: Frame = Frame {
    slots: &[need(FRONT | INTERVIEW), need(READER), opt(PAY)],
    window: 3,
};

/// The writer's half: the development or technical work with "I" (or "my
/// team") right around it.
static WRITER_WORK: Frame = Frame {
    slots: &[need(WORK | DEV), need(FIRST | TEAM)],
    window: 2,
};

/// An identity of the reader's ("your name and face", "your identity") with
/// an arrangement (pay, a split) and a partnership or the writer's work around
/// it, no verb needed.
static IDENTITY_DEAL: Frame = Frame {
    slots: &[need(IDENTITY), need(READER), need(PAY), need(SEEK | WORK)],
    window: 3,
};

/// Someone's identity lent or used: identity + a transfer or use verb + the
/// reader (+ an account, platform, pay or interview around it).
static IDENTITY_FRAME: Frame = Frame {
    slots: &[
        need(IDENTITY),
        need(TRANSFER | USE),
        need(READER),
        opt(ACCOUNT | PLATFORM | PAY | INTERVIEW | REMOTE),
    ],
    window: 2,
};

/// A machine kept at the reader's: a device + keeping it on or set up + the
/// reader, with pay or remote control around it.
static HOST_FRAME: Frame = Frame {
    slots: &[need(DEVICE), need(HOST), opt(READER), opt(PAY), opt(REMOTE)],
    window: 2,
};

/// Frame-based hints: true when one was emitted.
fn frame_hints(a: &Analysis, out: &mut Sink) -> bool {
    let scanned = frames::scan(a, false);
    // (hit, what it shows, high)
    let mut found: Vec<(FrameHit, &'static str, bool)> = Vec::new();
    for h in scanned.find(a, &PROXY_INTERVIEW) {
        let paid = h.tags(2) != 0;
        found.push((
            h,
            "someone to attend job interviews in another person's place",
            paid,
        ));
    }
    for h in scanned.find(a, &SPLIT_ROLES) {
        found.push((
            h,
            "a split where the reader takes the interviews and the writer does the technical work",
            false,
        ));
    }
    // "you (take the interviews | talk to the clients | send proposals) … I
    // (do | handle) the development": each half in its own sentence or two
    let fronts: Vec<FrameHit> = scanned
        .find(a, &READER_FRONT)
        .into_iter()
        .filter(|h| {
            (h.before(1, 0, 80) && reader_word(a, h, 1) && assigned(a, h))
                // Japanese and Korean put the topic first: "面接はあなたが",
                // "면접은 당신이"
                || (h.near(1, 0, 20) && cjk(a, h, 1))
        })
        .collect();
    let works: Vec<FrameHit> = scanned
        .find(a, &WRITER_WORK)
        .into_iter()
        .filter(|h| h.near(0, 1, 40) && committed(a, h))
        .collect();
    for h in frames::dedup(frames::pair(a, &fronts, &works, 3)) {
        let interviews = h.tags(0) & INTERVIEW != 0;
        let paid = h.tags(2) != 0;
        found.push((
            h,
            "a division of labour where the reader faces the clients or takes the interviews and the writer does the work behind them",
            interviews && paid,
        ));
    }
    for h in scanned.find(a, &IDENTITY_DEAL) {
        let yours = h.tags(0) & READER != 0 || (h.before(1, 0, 12) && reader_word(a, &h, 1));
        if yours {
            found.push((
                h,
                "the reader's name, face or identity for a share of the income",
                false,
            ));
        }
    }
    for h in scanned.find(a, &IDENTITY_FRAME) {
        if h.tags(3) != 0 && (h.tags(0) & READER != 0 || h.before(2, 0, 25)) {
            found.push((
                h,
                "to use the reader's identity, name or ID documents",
                true,
            ));
        }
    }
    for h in scanned.find(a, &HOST_FRAME) {
        let reader = h.near(0, 2, 60) || h.tags(1) & READER != 0;
        let paid = h.tags(3) != 0;
        let remote = h.tags(4) != 0;
        if reader && (paid || remote) {
            found.push((
                h,
                "someone to keep a computer set up and running at their place for the writer",
                paid,
            ));
        }
    }
    frames::emit_graded(a, out, &RULE, "asks for", found)
}

/// The text between the fills of slots `i` and `j` (in text order), lower case.
fn between(a: &Analysis, h: &FrameHit, i: usize, j: usize) -> String {
    let (Some(x), Some(y)) = (h.fill(i), h.fill(j)) else {
        return String::new();
    };
    let (s, e) = if x.range.end <= y.range.start {
        (x.range.end, y.range.start)
    } else {
        (y.range.end, x.range.start)
    };
    a.field(h.field)
        .and_then(|f| f.norm.get(s..e))
        .map(|t| format!(" {} ", t.to_lowercase()))
        .unwrap_or_default()
}

/// Is the client-facing duty given to the reader ("you will be responsible
/// for the interviews", "your part is sending proposals", "you just need to
/// attend the calls"), not merely near "you" ("if you would give me an
/// interview")?
fn assigned(a: &Analysis, h: &FrameHit) -> bool {
    let gap = between(a, h, 1, 0);
    !gap.contains(['.', '!', '?', '\n'])
        && [
            " responsib",
            " take ",
            " take on ",
            " handle",
            " handling ",
            " attend",
            " conduct",
            " do ",
            " send",
            " manage",
            " managing ",
            " pass ",
            " in charge ",
            " be the ",
            " role ",
            " part is ",
            " part would ",
            " assist",
            " join ",
            " participate",
            " need to ",
            " have to ",
            " only ",
            " just ",
            " is to ",
            "です",
            "하시",
        ]
        .iter()
        .any(|w| gap.contains(w))
}

/// Does the writer commit to the work ("I'll handle the development", "I do
/// all the coding", "me and my team cover the technical work"), not describe
/// a past ("I have five years of development")?
fn committed(a: &Analysis, h: &FrameHit) -> bool {
    let Some(first) = h.fill(1) else { return false };
    let Some(f) = a.field(h.field) else {
        return false;
    };
    let word = f
        .norm
        .get(first.range.clone())
        .unwrap_or_default()
        .to_lowercase();
    // "I'll", "I will", "my team"; Japanese and Korean "私が", "제가" with
    // the work right around it
    if word.contains("'ll") || word.contains(" will") || h.tags(1) & TEAM != 0 || !word.is_ascii() {
        return true;
    }
    let after = f
        .norm
        .get(first.range.end..(first.range.end + 24).min(f.norm.len()))
        .or_else(|| f.norm.get(first.range.end..))
        .unwrap_or_default()
        .to_lowercase();
    [
        " will ", " handle", " do ", " take ", " focus", " perform", " cover", " deliver",
        " manage", "'ll ",
    ]
    .iter()
    .any(|w| after.starts_with(w) || after.starts_with(&w[1..]))
}

/// Is the fill of slot `i` Japanese or Korean?
fn cjk(a: &Analysis, h: &FrameHit, i: usize) -> bool {
    h.fill(i).is_some_and(|o| {
        a.field(h.field)
            .and_then(|f| f.norm.get(o.range.clone()))
            .is_some_and(|t| !t.is_ascii())
    })
}

/// Is the fill of slot `i` "you" or "your" (not "anyone", "can you")?
fn reader_word(a: &Analysis, h: &FrameHit, i: usize) -> bool {
    h.fill(i).is_some_and(|o| {
        a.field(h.field)
            .and_then(|f| f.norm.get(o.range.clone()))
            .is_some_and(|t| {
                let t = t.to_ascii_lowercase();
                matches!(t.as_str(), "you" | "your" | "you'll" | "you'd" | "yours") || !t.is_ascii()
            })
    })
}

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, frame_hints, legacy);
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let rent = scan::subject_matches(a, &RENT);
    let host = scan::subject_matches(a, &LAPTOP_HOST);
    let partner = scan::subject_matches(a, &PARTNERSHIP);
    // Laptop hosting is high when paid for or plainly named; renting is high by itself.
    let paid_host: Vec<Hit> = host
        .iter()
        .filter(|h| {
            a.field(h.field).is_some_and(|f| {
                PAY_OFFER.is_match(&f.norm)
                    || f.norm.get(h.range.clone()).is_some_and(|t| {
                        t.to_lowercase().contains("laptop host")
                            || t.to_lowercase().contains("laptop farm")
                    })
            })
        })
        .cloned()
        .collect();
    if !rent.is_empty() || !paid_host.is_empty() {
        let mut hits = rent.clone();
        hits.extend(paid_host.iter().cloned());
        let what = match (rent.is_empty(), paid_host.is_empty()) {
            (false, false) => {
                "to use another person's account or identity, and to have a laptop kept running at their home"
            }
            (false, true) => {
                "to rent or use another person's account, identity or personal details"
            }
            _ => "to pay someone to keep a laptop running at their home",
        };
        out.emit(
            &RULE,
            format!("The freelancer asks {what}."),
            scan::evidence(a, &scan::merge(hits)),
        );
    } else if !host.is_empty() || !partner.is_empty() {
        let mut hits = host;
        hits.extend(partner);
        out.emit_at(
            &RULE,
            Severity::Medium,
            "The freelancer proposes a revenue-sharing partnership or keeping a laptop at someone's home.",
            scan::evidence(a, &scan::merge(hits)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn rent_account_and_laptop_host() {
        let h = run(
            &RULE,
            message(
                "I will pay you $300 per month if you let me use your Upwork account, you just need to keep the laptop on at your home.",
            ),
        );
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(
            texts(&h),
            [
                "let me use your Upwork account",
                "keep the laptop on at your home"
            ]
        );
    }

    #[test]
    fn english_variants() {
        for (t, ev) in [
            (
                "Can I borrow your ID and SSN for the onboarding? I will share the salary.",
                "borrow your ID",
            ),
            (
                "We are looking for a partner to rent your LinkedIn account, 50/50 split.",
                "rent your LinkedIn account",
            ),
            (
                "You only need to be the face and attend the interviews for me.",
                "be the face",
            ),
            (
                "Could you open an Upwork account with your ID? I do all the work.",
                "open an Upwork account with your ID",
            ),
            (
                "You just pass the KYC for me and get 30% of every payment.",
                "pass the KYC for me",
            ),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h[0].severity, Severity::High, "{t}");
            assert_eq!(texts(&h)[0], ev, "{t}");
        }
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(
            &RULE,
            message("毎月5万円お支払いしますので、アカウントを貸してください。"),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["アカウントを貸して"]);
        let h = run(
            &RULE,
            message("매달 50만원 드리겠습니다. 계정을 빌려 주실 수 있나요?"),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["계정을 빌려"]);
        let h = run(
            &RULE,
            message("月3万円の報酬で、ノートパソコンをご自宅で預かってください。"),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["ノートパソコンをご自宅で預か"]);
        let h = run(
            &RULE,
            message("あなたの名義でアカウントを開設していただけますか。"),
        );
        assert_eq!(texts(&h), ["あなたの名義でアカウントを開設"]);
        let h = run(&RULE, message("회원님 명의로 계정을 개설해 주시면 됩니다."));
        assert_eq!(texts(&h), ["회원님 명의로 계정을 개설"]);
        let h = run(
            &RULE,
            message("매월 사례를 드릴 테니 노트북을 집에 켜 두세요."),
        );
        assert_eq!(h[0].severity, Severity::High);
    }

    #[test]
    fn partnership_alone_is_medium() {
        let h = run(
            &RULE,
            message("I'm offering a revenue-sharing partnership for long-term projects."),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["revenue-sharing partnership"]);
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "I can use your GitHub account invite to access the repository.",
            "Please share the details of the task and the deadline.",
            "I built a car rental app and an account dashboard with Stripe.",
            "I used the Upwork API to sync profile data for a recruiting agency.",
            "Can you share the ID of the Jira ticket?",
            "I can set up a Stripe account with your company details and hand it over.",
            "Please create an account with your work e-mail so I can invite you.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_interviews_identity_and_hosting() {
        // Fixtures written for this test, in the shapes of the unsolicited
        // GitHub "collaboration" issues and Telegram recruiting posts.
        for (t, sev) in [
            (
                "I need someone to attend my technical interviews on my behalf, I pay $2000 per month.",
                Severity::High,
            ),
            (
                "Looking for an interview supporter with native English, $35/hr.",
                Severity::High,
            ),
            (
                "Your part is to handle the interview process. After we get the offer I'll do all the technical work.",
                Severity::Medium,
            ),
            (
                "We will open the account using your name and a selfie, and you get 20% every month.",
                Severity::High,
            ),
            (
                "I will buy a laptop for you; you only need to set it up at your home and keep it online 24/7, and I pay a monthly fee.",
                Severity::High,
            ),
            (
                "面接を代わりに受けていただければ、毎月報酬をお支払いします。",
                Severity::High,
            ),
            (
                "대신 면접을 봐 주시면 매달 수익을 드립니다.",
                Severity::High,
            ),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert_eq!(h[0].severity, sev, "{t}: {}", h[0].message);
        }
        // reported speech is low and says so
        let h = run(
            &RULE,
            message(
                "A stranger asked me to attend interviews on his behalf for $500 a month; I declined.",
            ),
        );
        assert!(h.iter().all(|h| h.severity <= Severity::Low), "{h:?}");
        for t in [
            "We conduct interviews on behalf of our clients and share feedback within a week.",
            "Please set up your laptop with Python 3.12 before the workshop.",
            "Could you share your name and the company you work for?",
            "I handled technical interviews for our team and mentored two juniors.",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_division_of_labour_and_identity_deals() {
        // Fixtures written for this test, in the shapes of the unsolicited
        // GitHub "collaboration" issues (the reader faces the clients, the
        // writer does the work behind them), not quoted from them.
        for (t, sev) in [
            (
                "You would be in charge of the calls with the client. I will take care of the development behind the scenes.",
                Severity::Medium,
            ),
            (
                "Your job is only to send proposals from the account. Once a client answers, I'll handle the technical part.",
                Severity::Medium,
            ),
            (
                "You attend the interviews with the companies, and I do all the coding. We split the salary 70/30.",
                Severity::High,
            ),
            (
                "면접은 당신이 보시고, 개발은 제가 맡겠습니다. 수익은 반반입니다.",
                Severity::Medium,
            ),
            (
                "クライアントとのやり取りはあなたにお任せして、開発は私がすべて担当します。",
                Severity::Medium,
            ),
            (
                "I'm looking for a partner: it's your profile with your name and face, and we share the income 50/50.",
                Severity::Medium,
            ),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert!(h[0].severity >= sev, "{t}: {}", h[0].message);
        }
        // near-misses: a team lead dividing ordinary work, a recruiter, a CV
        for t in [
            "We conduct interviews with candidates and our team handles onboarding.",
            "In my last role I handled the client meetings and the development of the backend.",
            "Please send your name and the invoice; payment goes out on Friday.",
            "Could you join the call on Monday? I will finish the development tasks before that.",
        ] {
            assert!(
                run(&RULE, message(t))
                    .iter()
                    .all(|h| h.severity < Severity::Medium),
                "{t}"
            );
        }
    }
}
