//! HL308 camera-refusal: the freelancer declines the camera, calls or
//! meetings, with recurring excuses.

use super::frames::{self, Frame, need, tag::*};
use super::scan;
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;

pub static RULE: Rule = Rule {
    code: "HL308",
    name: "camera-refusal",
    family: Family::Tradecraft,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I39", "I40"],
    title: "Avoids the camera or meetings",
    innocent: "Cameras break, connections are poor, and some people are shy or have privacy reasons; once is ordinary.",
    verify: "Insist on one short camera-on call before a contract, at a time the person chooses; compare the face and voice with the profile photo and any earlier call.",
    docs: Docs {
        what_it_sees: "The freelancer's own excuses for not turning on a camera or not joining a call or meeting: a broken or unavailable camera or microphone, \"I prefer to chat by text\", \"I can't join a video call\", \"I can't meet in person\" — in English, Japanese (\"カメラが壊れて\", \"顔出しNG\", \"チャットでお願いします\") or Korean (\"카메라가 고장\", \"화상 통화는 어렵\", \"채팅으로 진행\"). Once is a low hint; in two or more messages (or a proposal and a message) it is medium. Frame (`frames.rs`): a video call or camera + \"can't\" + an excuse (wifi, internet, connection, broken) in one sentence — `low` (as in hacksider/Deep-Live-Cam#1023). Near-miss: \"can I buy a webcam for the next call?\".",
        why_it_matters: "US (2022, 2023), South Korean and Japanese advisories and incident reports describe workers who avoid video, keep the camera off with recurring \"technical issues\", or cancel every meeting, because their face or location would not match the persona (I39, I40).",
        innocent_explanations: "Cameras and connections fail, some people have privacy or disability reasons, and many prefer text for routine work. What matters is repetition after a clear request, and a refusal of even one short call before money changes hands.",
        example: "> Sorry, my camera is broken this week, can we just chat here?\n\nFires at low; a second excuse in a later message makes it medium.",
    },
    check,
};

/// Needed by `REFUSAL`, alternative by alternative (the English ones in
/// order; Japanese or Korean text for the others). "can't" is the words
/// "can" and "t"; "unable to" and "not able to" end in the pair "able to".
fn refusal_gate(w: &Words) -> bool {
    const CANNOT: &[&str] = &["t", "cant", "wont", "cannot", "not"];
    let able_to = || w.pair_any(&["able", "unable"], &["to"]);
    let before =
        |verbs: &[&str], to: bool| w.pair_any(CANNOT, verbs) || (to && w.pair_any(&["to"], verbs));
    let device = w.any(&["web", "cam", "mic", "headset"]);
    (device && w.pair_any(&["my"], &["web", "cam", "mic", "headset"]))
        || (device && w.is("i") && w.pair_any(&["t", "dont", "not"], &["have"]))
        || (w.any(&["web", "cam", "video", "face"])
            && before(
                &["turn", "switch", "open", "use", "enable", "show"],
                able_to() || w.pair_any(&["not"], &["to"]),
            ))
        || (w.any(&["call", "meeting", "interview"])
            && before(&["join", "attend", "do", "have", "make", "take"], able_to()))
        || (w.pair_any(&["meet"], &["in", "face", "offline"])
            && before(&["meet"], w.pair_any(&["unable"], &["to"])))
        || w.pair_any(
            &["prefer"],
            &["to", "text", "chat", "typing", "written", "communicat"],
        )
        || w.pair_any(&["no", "without"], &["video", "cam"])
        || w.pair_any(&["camera", "video"], &["off"])
        || w.cjk()
}

static REFUSAL: Gated = Gated::new(refusal_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)my\s+(?:web\s?cam|camera|cam|mic|microphone|headset)\s+(?:is\s+|has\s+been\s+|was\s+)?(?:broken|not\s+working|doesn'?t\s+work|isn'?t\s+working|stopped\s+working|damaged|dead|out\s+of\s+order|having\s+(?:issues|problems))(?-u:\b)",
        r"|(?-u:\b)i\s+(?:don'?t|do\s+not)\s+have\s+(?:a\s+)?(?:web\s?cam|camera|cam|microphone|mic)(?-u:\b)",
        r"|(?-u:\b)(?:can'?t|cannot|can\s+not|won'?t|unable\s+to|not\s+able\s+to|prefer\s+not\s+to|rather\s+not|would\s+rather\s+not)\s+(?:turn\s+on|switch\s+on|open|use|enable|show)\s+(?:my\s+|the\s+)?(?:web\s?cam|camera|cam|video|face)(?-u:\b)",
        r"|(?-u:\b)(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able\s+to|unable\s+to|not\s+able\s+to)\s+(?:join|attend|do|have|make|take)\s+(?:a\s+|the\s+|any\s+)?(?:video\s+|voice\s+|zoom\s+|teams\s+|google\s+meet\s+|phone\s+)?(?:call|meeting|interview)s?(?-u:\b)",
        r"|(?-u:\b)(?:can'?t|cannot|can\s+not|unable\s+to)\s+meet\s+(?:in\s+person|face\s+to\s+face|offline)(?-u:\b)",
        r"|(?-u:\b)(?:i\s+)?prefer\s+(?:to\s+)?(?:text|chat|typing|written\s+communication|communicat(?:e|ing)\s+(?:by|in|via)\s+(?:text|chat|writing))(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:instead\s+of|rather\s+than|over|than|not)(?-u:\b)[^.!?\n]{0,15}?(?-u:\b)(?:call|calls|video|camera|meeting|meetings|voice)(?-u:\b)",
        r"|(?-u:\b)(?:no|without)\s+(?:video|camera|cam)\s+(?:call|calls|please|for\s+me)(?-u:\b)",
        r"|(?-u:\b)(?:camera|video)\s+off\s+(?:please|for\s+me|if\s+(?:that'?s|it'?s)\s+ok)(?-u:\b)",
        r"|カメラ(?:が|は)?(?:壊れ|故障|使え(?:ない|ません)|映ら|調子が悪|ありません|ない)|顔出し(?:は)?(?:NG|できません|不可|なし|無し|控え)|(?:カメラ|ビデオ)(?:は)?(?:オフ|OFF|off)(?:で|に)(?:お願い|させて)",
        r"|(?:ビデオ通話|通話|面談|ミーティング|会議|打ち合わせ|対面)(?:は|には|への参加は)?(?:できません|できない|難しい|参加できません|ご遠慮|遠慮させて)",
        r"|(?:チャット|テキスト|メッセージ)(?:のみ|だけ)?で(?:お願い|やり取り|対応させて|進めさせて)",
        r"|카메라(?:가|는)?\s*(?:고장|안\s*돼|안\s*되|작동(?:하지|이)\s*안|망가|없)|(?:얼굴|캠|카메라|화면)(?:은|는|을|를)?\s*(?:켤\s*수\s*없|못\s*켜|끄고|공개(?:는|가)?\s*어렵)",
        r"|(?:화상\s*통화|영상\s*통화|통화|미팅|회의|면접|대면)(?:은|는|에|에는)?\s*(?:어렵|힘들|못\s*하|참석(?:이|하기)?\s*어렵|할\s*수\s*없|불가)",
        r"|(?:채팅|텍스트|메시지)(?:으로|로)(?:만)?\s*(?:진행|소통|대화|얘기)(?:하고\s*싶|하면\s*좋|해\s*주|하겠|하시)",
    ))
});

/// "I can't stay on the video call because of my wifi": a camera or video call +
/// inability + an excuse (one sentence).
static CANT_VIDEO: Frame = Frame {
    slots: &[need(VIDEO), need(CANNOT), need(EXCUSE)],
    window: 1,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, true)
        .find(a, &CANT_VIDEO)
        .into_iter()
        .map(|h| {
            (
                h,
                "a camera or a video call, with a technical excuse",
                Severity::Low,
            )
        })
        .collect();
    frames::emit(a, out, &RULE, "declines", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let hits = scan::subject_matches(a, &REFUSAL);
    if hits.is_empty() {
        return;
    }
    let n = scan::distinct_fields(&hits);
    if n >= 2 {
        out.emit(
            &RULE,
            format!("The freelancer declines the camera, a call or a meeting again and again ({n} messages)."),
            scan::evidence(a, &hits),
        );
    } else {
        out.emit_at(
            &RULE,
            Severity::Low,
            "The freelancer declines the camera, a call or a meeting.",
            scan::evidence(a, &hits),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn once_is_low_repeated_is_medium() {
        let h = run(
            &RULE,
            message("Sorry, my camera is broken this week, can we just chat here?"),
        );
        assert_eq!(h[0].severity, Severity::Low);
        assert_eq!(texts(&h), ["my camera is broken"]);
        let h = run(
            &RULE,
            thread(&[
                ("client", "Can we do a quick video call tomorrow?"),
                ("freelancer", "Sorry, my camera is broken this week."),
                ("client", "A voice call then?"),
                (
                    "freelancer",
                    "I can't join a call today, I prefer to chat by text instead of calls.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(
            texts(&h),
            [
                "my camera is broken",
                "can't join a call",
                "I prefer to chat by text instead of calls"
            ]
        );
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(
            &RULE,
            thread(&[
                ("freelancer", "申し訳ありませんが、カメラが壊れています。"),
                ("freelancer", "顔出しNGなので、チャットでお願いします。"),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["カメラが壊れ", "顔出しNG", "チャットでお願い"]);
        let h = run(
            &RULE,
            message("죄송하지만 화상 통화는 어렵습니다. 채팅으로 진행하고 싶습니다."),
        );
        assert_eq!(texts(&h), ["화상 통화는 어렵", "채팅으로 진행하고 싶"]);
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "Happy to do a video call on Zoom this week, whatever suits you.",
            "I fixed the camera permission bug: the camera is not working on Android 14 without the new manifest entry.",
            "I built a video meeting scheduler with Google Calendar.",
            "カメラアプリの開発経験があります。",
            "카메라 모듈 드라이버를 개발했습니다.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
        // the client declining is not the freelancer's refusal
        assert!(
            run(
                &RULE,
                thread(&[("client", "My camera is broken, let's chat here.")])
            )
            .is_empty()
        );
    }

    #[test]
    fn frames_cant_stay_on_video_with_an_excuse() {
        // Fixture written for this test.
        let h = run(
            &RULE,
            message("I can't stay on the video call because of my weak wifi."),
        );
        assert_eq!(h[0].severity, Severity::Low, "{h:?}");
        assert!(run(&RULE, message("Can I buy a webcam for the next call?")).is_empty());
    }
}
