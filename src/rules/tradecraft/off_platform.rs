//! HL301 off-platform-contact: an early push to continue outside the platform.

use super::frames::{self, Frame, need, opt, tag::*};
use crate::analysis::Analysis;
use crate::contacts::ContactKind;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::{Source, re};

pub static RULE: Rule = Rule {
    code: "HL301",
    name: "off-platform-contact",
    family: Family::Tradecraft,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I30", "I13"],
    title: "Asks to move off the platform",
    innocent: "Some freelancers simply prefer a messenger they already use, or do not know the platform's rules.",
    verify: "Keep the conversation and payment on the platform until you have verified the person on a camera-on call.",
    docs: Docs {
        what_it_sees: "An invitation in the freelancer's own text to continue on Telegram, WhatsApp, Discord, Skype, Signal, WeChat, LINE or KakaoTalk, or to avoid the platform or its fees — in English, Japanese or Korean. A personal e-mail address or phone number offered with \"contact me\" is a low hint; \"contact me by phone or email\" without an address is none. A messenger handle or link in a proposal or message without an invitation, or an invitation in the profile's own overview (without a fee-avoidance reason), is a weaker (low) hint. When the client's side proposed a messenger first, the freelancer's answer is only low (unless it also avoids the platform's fees). The client's messages and the job post are otherwise not read. Frames (`frames.rs`, the freelancer's text): a messenger + talking + a request within two sentences (\"今後のやり取りはLINEでお願いできますか\", \"Can we connect? Telegram: …\", \"a call in the external platform?\"); avoiding the platform's fee (\"we don't need to pay the charge to Freelancer\") or keeping the arrangement from the platform (\"don't say anything about PayPal on the Freelancer chat\") — both count as an invitation, medium. Shapes seen in GitHub issues (urbas/rix#135, xldrx/cloudapp-mp1#1) and Japanese platform notices (info.lancers.jp). \"LINE\" counts only in capitals; \"I don't work outside of Fiverr\" does not fire. A bare invitation — no business pitch (an opportunity, a project, an offer, working together, 案件, 프로젝트), pay, move away from the platform (move, instead of, directly, 今後, 말고) or account request in the message or thread, or one into a community server, channel or group — is `low`: open-source projects and communities invite people to Discord and Telegram every day (\"message me on Discord, my handle is …\", \"join our Telegram group\"; GitHub issues such as Viserius/GiveawayMachine#5 and YoCodingMonster/OpenFreezeCenter#35). A proposal is a pitch by itself.",
        why_it_matters: "The US advisory of May 2022 and the UN Panel of Experts describe accounts that take first contact on a platform and then move the work and the payment off-site, where the platform's identity checks and payment records no longer apply (I30). Changing contact channels is also listed on its own (I13).",
        innocent_explanations: "Many honest freelancers prefer a messenger for quick questions, and some are unaware that platforms forbid it before a contract. Agencies often share a company Skype or Slack. A contact shared after a contract starts, for a call the client asked for, is ordinary.",
        example: "> Upwork takes 20% fee, so let's continue on Telegram: @fastdev_pro and I can give you a better rate.\n\nFires at medium: an invitation, a Telegram handle and a fee-avoidance reason.",
    },
    check,
};

/// Needed by `INVITE`, alternative by alternative.
fn invite_gate(w: &Words) -> bool {
    w.is("me")
        || w.any(&[
            "directly",
            "let",
            "conversation",
            "chat",
            "discussion",
            "communication",
            "talk",
            "my",
        ])
        || w.cjk()
}

static INVITE: Gated = Gated::new(invite_gate, || {
    re(concat!(
        r"(?i)\b(?:contact|reach|message|ping|text|add|find|write|e-?mail|call|dm|whatsapp|telegram)\s+me\b",
        r"|\b(?:chat|talk|speak|connect|communicate)\s+(?:with\s+me|to\s+me|directly)\b",
        r"|\blet'?s\s+(?:talk|chat|continue|move|discuss|communicate|connect|keep\s+in\s+touch|speak)\b",
        r"|\b(?:move|continue|switch|take|shift)\s+(?:this|our|the)\s+(?:conversation|chat|discussion|communication|talk)\b",
        r"|\bmy\s+(?:telegram|whatsapp|discord|skype|signal|wechat|line|kakao(?:talk)?|e-?mail|phone|number)\s+(?:is|id|:)",
        r"|\b(?:hit\s+me\s+up|drop\s+me\s+a\s+(?:line|message|msg))\b",
        r"|(?:で|に)(?:連絡|やり取り|やりとり|お話|話し|ご連絡|追加|移動)",
        r"|(?:으로|로)\s*(?:연락|대화|얘기|이야기|소통|추가|옮기|이동|넘어)",
        r"|連絡(?:ください|下さい|してください)|연락\s*(?:주세요|줘|부탁|바랍니다)",
    ))
});

/// Needed by `AVOID`, alternative by alternative (pairs of words the
/// pattern joins by `\s+`, `[- ]` or, before a fee word, `\s*`), or Japanese
/// or Korean text.
fn avoid_gate(w: &Words) -> bool {
    w.pair_any(
        &["outside", "off"],
        &[
            "of",
            "upwork",
            "fiverr",
            "freelancer",
            "toptal",
            "linkedin",
            "the",
            "this",
            "platform",
        ],
    ) || w.pair_any(
        &["avoid", "save", "skip", "bypass", "without", "no"],
        &[
            "paying",
            "the",
            "upwork",
            "fiverr",
            "platform",
            "service",
            "site",
            "high",
            "extra",
            "any",
            "fee",
            "commission",
            "cut",
        ],
    ) || w.pair_any(
        &["upwork", "fiverr", "freelancer", "platform"],
        &["takes", "charges", "fee"],
    ) || w.cjk()
}

static AVOID: Gated = Gated::new(avoid_gate, || {
    re(concat!(
        r"(?i)\b(?:outside|off)\s+(?:of\s+)?(?:upwork|fiverr|freelancer(?:\.com)?|toptal|linkedin|the\s+platform|this\s+platform|this\s+site)\b",
        r"|\boff[- ]platform\b",
        r"|\b(?:avoid|save|skip|bypass|without|no)\s+(?:paying\s+)?(?:the\s+)?(?:upwork|fiverr|platform|service|site|high|extra|any)?\s*(?:fees?|commission|cut)\b",
        r"|\b(?:upwork|fiverr|freelancer|platform)\s+(?:takes|charges|fees?\s+(?:is|are))\b",
        r"|手数料|直接(?:契約|取引|やり取り|やりとり|連絡)|(?:プラットフォーム|サイト)(?:の)?外",
        r"|수수료|직접\s*(?:거래|계약|연락)|플랫폼\s*(?:밖|외부)",
    ))
});

/// Messenger apps named in words (a handle may follow elsewhere).
/// Needed by `MESSENGER_WORD`.
fn messenger_gate(w: &Words) -> bool {
    w.any(&[
        "telegram", "whats", "discord", "skype", "signal", "wechat", "kakao",
    ]) || w.is("line")
        || w.cjk()
}

static MESSENGER_WORD: Gated = Gated::new(messenger_gate, || {
    re(
        r"(?i)\b(?:telegram|whats\s?app|discord|skype|signal|wechat|kakao(?:talk)?|(?-i:LINE))\b|テレグラム|ライン|スカイプ|ディスコード|カカオトーク|카톡|카카오톡|텔레그램|라인|왓츠앱|디스코드|스카이프",
    )
});

/// An invitation to talk on a messenger: a messenger + talking + a request
/// ("今後のやり取りはLINEでお願いできますか", "Can we connect? Telegram: …"),
/// two sentences.
static MESSENGER_INVITE: Frame = Frame {
    slots: &[need(MESSENGER), need(TALK), need(PLEASE)],
    window: 2,
};

/// Avoiding the platform's fees, or keeping the arrangement from it: avoidance
/// + the platform + its fee, or secrecy + the platform (one sentence).
static AVOID_FEES: Frame = Frame {
    slots: &[need(frames::tag::AVOID | SECRET), need(PLATFORM), opt(FEE)],
    window: 1,
};

fn check(a: &Analysis, out: &mut Sink) {
    let mut strong = Vec::new();
    let mut weak = Vec::new();
    let mut fee = false;
    let mut strong_sources = Vec::new();
    let mut strong_fields: Vec<usize> = Vec::new();
    let mut channels: Vec<&'static str> = Vec::new();
    for (fi, f) in a.subject_prose() {
        // the gates, asked once a field
        let (may_invite, may_avoid) = (INVITE.allows(f), AVOID.allows(f));
        let may_name = MESSENGER_WORD.allows(f);
        for s in &f.sentences {
            let Some(sent) = f.norm.get(s.clone()) else {
                continue;
            };
            let invite = INVITE.is_match_if(may_invite, sent);
            let avoid = AVOID.is_match_if(may_avoid, sent);
            let in_sentence: Vec<_> = a
                .contacts_overlapping(fi, s.clone())
                .filter(|c| {
                    matches!(
                        c.contact.kind,
                        ContactKind::Messenger(_) | ContactKind::Email | ContactKind::Phone
                    )
                })
                .collect();
            let messenger = MESSENGER_WORD.is_match_if(may_name, sent)
                || in_sentence
                    .iter()
                    .any(|c| matches!(c.contact.kind, ContactKind::Messenger(_)));
            for c in &in_sentence {
                let label = match c.contact.kind {
                    ContactKind::Messenger(m) => m.label(),
                    ContactKind::Email => "e-mail",
                    _ => "phone",
                };
                if !channels.contains(&label) {
                    channels.push(label);
                }
            }
            if (invite && messenger) || (avoid && (messenger || invite || !in_sentence.is_empty()))
            {
                fee |= avoid;
                strong.push(f.evidence(s.clone()));
                strong_sources.push(f.source);
                strong_fields.push(fi);
            } else if !in_sentence.is_empty() && (invite || !matches!(f.source, Source::Overview)) {
                // A personal e-mail or phone number with "contact me", or a
                // handle dropped into a proposal: a weaker push.
                weak.extend(
                    in_sentence
                        .iter()
                        .map(|c| f.evidence(c.contact.range.clone())),
                );
            }
        }
    }
    // The frames: invitations and fee avoidance the phrase patterns miss.
    if strong.is_empty() {
        let scanned = frames::scan(a, true);
        // the request and the talking in one sentence ("Can we connect?"),
        // the messenger there or in the next
        let mut hits: Vec<_> = scanned
            .find(a, &MESSENGER_INVITE)
            .into_iter()
            .filter(|h| h.same_sentence(a, 1, 2))
            .collect();
        // avoiding needs the fee named; keeping it secret needs only the platform
        let avoid: Vec<_> = scanned
            .find(a, &AVOID_FEES)
            .into_iter()
            .filter(|h| !h.reported && (h.tags(0) & SECRET != 0 || h.tags(2) != 0))
            .collect();
        fee |= !avoid.is_empty();
        hits.extend(avoid);
        for h in frames::dedup(hits) {
            if h.reported {
                continue;
            }
            if let Some(f) = a.field(h.field) {
                strong_sources.push(f.source);
            }
            strong_fields.push(h.field);
            strong.extend(h.evidence(a));
        }
    }
    let via = if channels.is_empty() {
        String::new()
    } else {
        format!(" via {}", channels.join(", "))
    };
    // A contact line in a profile's own overview is a weaker push than an
    // invitation in a proposal or message (and ordinary on some networks).
    let only_profile = strong_sources
        .iter()
        .all(|s| matches!(s, Source::Overview | Source::Headline));
    // A bare invitation to chat — no business pitch, pay, fee, move away from
    // the platform or account request in the message or the thread around
    // it, or one into a community server, channel or group — is low: open
    // source projects and communities invite people to Discord and Telegram
    // all the time. A proposal is a pitch by itself.
    let context = frames::scan(a, false);
    let pitch = strong_sources.contains(&Source::ProposalText)
        || context.has(BIZ | PAY | HIRE | SEEK | TEAM | ACCOUNT | IDENTITY | INTERVIEW);
    let pressure = fee
        || context.fields.iter().any(|(fi, _, occs)| {
            strong_fields.contains(fi)
                && occs
                    .iter()
                    .any(|o| o.tags & (MOVE | frames::tag::AVOID) != 0)
        });
    let community = context.fields.iter().any(|(fi, _, occs)| {
        strong_fields.contains(fi) && occs.iter().any(|o| o.tags & COMMUNITY != 0)
    });
    let paid = context.has(PAY);
    let bare = !pressure && (!pitch || (community && !paid));
    // The client proposed the messenger first: answering with a handle is ordinary.
    let client_asked = super::scan::client_mentions(a, &MESSENGER_WORD);
    if !strong.is_empty() && client_asked && !fee {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("The freelancer shares a contact{via} outside the platform, after the client's side proposed a messenger."),
            strong,
        );
    } else if !strong.is_empty() && bare {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("The text invites you to chat{via} outside the platform, with no pitch, payment or account request around it (an ordinary invitation in many communities)."),
            strong,
        );
    } else if !strong.is_empty() && only_profile && !fee {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("The profile text asks readers to make contact{via} outside the platform."),
            strong,
        );
    } else if !strong.is_empty() {
        let why = if fee {
            ", and mentions avoiding the platform or its fees"
        } else {
            ""
        };
        let n = strong.len();
        out.emit(
            &RULE,
            format!("The freelancer invites you to continue outside the platform{via} ({n} place{}){why}.", if n == 1 { "" } else { "s" }),
            strong,
        );
    } else if !weak.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("The text shares a personal contact{via} for talking outside the platform."),
            weak,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn answering_the_clients_messenger_request_is_low() {
        let h = run(
            &RULE,
            thread(&[
                ("client", "Do you have WhatsApp? It is easier for our team."),
                ("freelancer", "Sure, add me on WhatsApp: +44 7700 900123"),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Low);
        // the same answer unprompted is medium
        let h = run(
            &RULE,
            thread(&[
                ("client", "Thanks for the proposal, when can you start?"),
                ("freelancer", "Sure, add me on WhatsApp: +44 7700 900123"),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        // avoiding the fees stays medium even when the client named the app
        let h = run(
            &RULE,
            thread(&[
                ("client", "Do you use Telegram?"),
                (
                    "freelancer",
                    "Yes, let's continue on Telegram: @swiftcoder, Upwork fees are too high.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Medium);
    }

    #[test]
    fn community_invitations_are_low() {
        // Fixtures written for this test, in the shapes of GitHub issue
        // comments inviting people to a project's chat.
        for t in [
            "message me on discord i want to discuss this with you, my handle is devfan#1234",
            "ping me on Discord, I'll invite you to the collaboration server, my account there is devfan#1234",
            "I created a Telegram group for this project, join here so we can talk faster: https://t.me/joinchat/AbCdEf",
            "Yeah we can connect over Discord and take it from there? https://discord.gg/AbCdEf",
        ] {
            let h = run(&RULE, message(t));
            assert!(h.iter().all(|h| h.severity <= Severity::Low), "{t}: {h:?}");
        }
        // paired with pay, a move away from the platform or a pitch: medium
        for t in [
            "Can you add me on Telegram? I can pay for it. @dev_helper_01",
            "I'd like to discuss an interesting opportunity. Can we connect? Telegram: @dev_helper_01",
            "앱 채팅 말고 카카오톡으로 대화할까요?",
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h[0].severity, Severity::Medium, "{t}: {h:?}");
        }
    }

    #[test]
    fn japanese_line_and_korean_kakao() {
        let h = run(
            &RULE,
            message("案件の詳細はLINEで連絡してください。ID: taro_web"),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["案件の詳細はLINEで連絡してください。"]);
        let h = run(
            &RULE,
            message("프로젝트 관련해서 카카오톡으로 연락 주세요."),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        // a bare invitation, with no pitch, pay or move away from the
        // platform around it, is low
        let h = run(&RULE, message("LINEで連絡してください。ID: taro_web"));
        assert_eq!(h[0].severity, Severity::Low);
        let h = run(&RULE, message("카카오톡으로 연락 주세요."));
        assert_eq!(h[0].severity, Severity::Low);
        let h = run(&RULE, message("テレグラムでやり取りしましょう。"));
        assert_eq!(h[0].severity, Severity::Low);
        let h = run(
            &RULE,
            message("お仕事の件はテレグラムでやり取りしましょう。"),
        );
        assert_eq!(h[0].severity, Severity::Medium);
    }

    #[test]
    fn frames_invitations_fee_avoidance_and_secrecy() {
        // Fixtures written for this test, in the shapes of the Japanese
        // platform notices and the unsolicited GitHub issues.
        let h = run(
            &RULE,
            message("今後のやり取りはLINEでお願いできますか？ID: taro_dev"),
        );
        assert_eq!(h[0].severity, Severity::Medium, "{h:?}");
        let h = run(
            &RULE,
            message("I have a project for you. Can we connect? Telegram: @dev_helper_01"),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        let h = run(
            &RULE,
            message(
                "Pay me by PayPal, then we don't need to pay the fee to Upwork. Don't say anything about it in the Upwork chat.",
            ),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert!(h[0].message.contains("fees"), "{}", h[0].message);
        for t in [
            "Sorry, I don't work outside of Upwork.",
            "I wrote three lines of code to parse chat logs, can we merge it?",
            "The Upwork fee is 10 % and I include it in my rate.",
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
