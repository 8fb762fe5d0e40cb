//! HL306 equipment-reshipping: company equipment to be shipped to another
//! person or address, or the freelancer cannot receive it at their own.

use super::frames::{self, Frame, need, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;

pub static RULE: Rule = Rule {
    code: "HL306",
    name: "equipment-reshipping",
    family: Family::Tradecraft,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I51"],
    title: "Wants equipment shipped to another address",
    innocent: "People move, travel or use a parcel locker; a freelancer may honestly be between homes during onboarding.",
    verify: "Ship only to the address on the verified ID; if it must differ, confirm the reason on a camera-on call and ask for proof of address.",
    docs: Docs {
        what_it_sees: "The freelancer's own text asking for a laptop, computer, security key or other equipment to be shipped to a friend, a relative, an agent or a different, new or \"this\" address, or saying they cannot receive it at their own address (\"ship the laptop to my cousin's address\", \"別の住所に送って\", \"친구 집으로 보내\"). A request to ship something to another address with no equipment named in the conversation is a medium hint. Frames (`frames.rs`, any message): receive + a computer + the reader + \"I can't\" or a proxy phrase within two sentences (\"the company sends a computer but I can't receive it, so I'd like you to receive it\", as in invisiblek/simple_lineage_updater#3) — `high`. Near-miss: \"you will receive a laptop from IT on your first day\".",
        why_it_matters: "The FBI (2023, 2024, 2025) and the US Department of Justice describe company laptops sent to \"laptop farms\" run by facilitators at an address other than the worker's, from where the worker connects remotely (I51). A changed delivery address during onboarding is one of the few signs a hiring manager can see before the first day.",
        innocent_explanations: "Honest hires move, travel, or use a co-working office or a relative's address while between homes; they usually explain why and can show the address on an ID or a bill.",
        example: "> I'm travelling next month, so please ship the laptop to my cousin's address in Dallas.\n\nFires at high.",
    },
    check,
};

/// Equipment that companies ship to remote hires.
/// Needed by `EQUIPMENT`: one of its English words (prefixes), or Japanese
/// or Korean text.
fn equipment_gate(w: &Words) -> bool {
    w.any(&[
        "laptop",
        "computer",
        "macbook",
        "thinkpad",
        "notebook",
        "pc",
        "equipment",
        "device",
        "hardware",
        "workstation",
        "yubikey",
        "security",
        "monitor",
        "phone",
        "iphone",
        "package",
        "parcel",
        "shipment",
    ]) || w.cjk()
}

static EQUIPMENT: Gated = Gated::new(equipment_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:laptops?|computers?|macbooks?|thinkpads?|notebooks?|pcs?|equipment|devices?|hardware|workstations?|yubikeys?|security\s+keys?|monitors?|phones?|iphones?|package|parcel|shipment)(?-u:\b)",
        r"|ノートパソコン|ノートPC|パソコン|端末|機材|機器|デバイス|荷物|社用PC|貸与PC",
        r"|노트북|컴퓨터|장비|기기|단말기|택배|소포|모니터",
    ))
});

/// Shipping to another person or address.
/// Needed by `SHIP_ELSEWHERE`: a relation word (the first two alternatives),
/// "address" (the next three), or Japanese or Korean text.
fn ship_gate(w: &Words) -> bool {
    w.any(&[
        "friend",
        "cousin",
        "brother",
        "sister",
        "uncle",
        "aunt",
        "relative",
        "partner",
        "colleague",
        "agent",
        "roommate",
        "neighbo",
        "acquaintance",
        "address",
    ]) || w.cjk()
}

static SHIP_ELSEWHERE: Gated = Gated::new(ship_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:ship|send|deliver|mail|forward|post|courier)(?-u:\b)[^.!?\n]{0,50}?(?-u:\b)to\s+(?:my\s+)?(?:friend|cousin|brother|sister|uncle|aunt|relative|partner|colleague|agent|roommate|neighbou?r|acquaintance)(?:'s|s'|’s)?\s+(?:address|house|home|place|apartment|flat|office)(?-u:\b)",
        r"|(?-u:\b)(?:ship|send|deliver|mail|forward|post|courier)\s+(?:(?:the|my|a|your|our|company|work)\s+)?(?:laptops?|computers?|macbooks?|equipment|devices?|hardware|workstations?|yubikeys?|it|them)\s+to\s+(?:my\s+)?(?:friend|cousin|brother|sister|uncle|aunt|relative|partner|colleague|agent|roommate|neighbou?r|acquaintance)(?:[ \t]*[,.!?;]|[ \t]*$|\s+(?:in|at|who|instead|because|please|for|so|and|since|as)(?-u:\b))",
        r"|(?-u:\b)(?:ship|send|deliver|mail|forward|post|courier)(?-u:\b)[^.!?\n]{0,50}?(?-u:\b)to\s+(?:this|another|a\s+different|a\s+new|my\s+new|the\s+following|an\s+alternate|an\s+alternative|the\s+below|other)\s+(?:shipping\s+|delivery\s+|mailing\s+)?address(?-u:\b)",
        r"|(?-u:\b)(?:new|different|another|alternate|alternative|other)\s+(?:shipping|delivery|mailing)\s+address(?-u:\b)",
        r"|(?-u:\b)(?:my\s+)?(?:shipping|delivery|mailing)\s+address\s+(?:has\s+)?changed(?-u:\b)",
        r"|(?:別の住所|新しい住所|下記の住所|こちらの住所|以下の住所|友人|友達|知人|親戚|いとこ|兄|弟|姉|妹|家族|代理人)(?:の(?:家|住所|自宅))?(?:に|へ|宛て?に?)(?:送|発送|配送|郵送|届け)",
        r"|(?:送り先|送付先|配送先|届け先)(?:を|が|は)?(?:変更|変わ|別の)",
        r"|(?:다른\s*주소|새\s*주소|아래\s*주소|이\s*주소|친구|지인|친척|사촌|형|동생|누나|언니|오빠|가족|대리인)(?:의)?\s*(?:집|주소)?\s*(?:으로|로|에)\s*(?:보내|배송|발송|택배|부쳐)",
        r"|(?:배송지|받는\s*주소|수령\s*주소)(?:를|가|는)?\s*(?:변경|바꿔|바뀌)",
    ))
});

/// Cannot receive at the freelancer's own address.
/// Needed by `CANNOT_RECEIVE`: the verb and "at" or "here", or Japanese or
/// Korean text.
fn cannot_receive_gate(w: &Words) -> bool {
    (w.any(&["receive", "accept", "get", "sign"]) && w.any_is(&["at", "here"])) || w.cjk()
}

static CANNOT_RECEIVE: Gated = Gated::new(cannot_receive_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to|unable\s+to|not\s+able\s+to)\s+(?:receive|accept|get|sign\s+for)\s+(?:the\s+|a\s+|any\s+)?(?:laptop|computer|package|parcel|shipment|equipment|delivery|deliveries|device|it)\s+(?:at\s+(?:my|home|this)|here)(?-u:\b)",
        r"|(?:自宅|私の住所|家)(?:で|では|には)(?:受け取れ|受け取ることができ|受領でき)(?:ない|ません)",
        r"|(?:자택|집|제\s*주소|우리\s*집)(?:에서|으로|에|로)?는?\s*(?:받을\s*수\s*없|못\s*받|수령(?:이|할\s*수)?\s*(?:어렵|없))",
    ))
});

/// The employer's computer received by the reader in the writer's place: receive +
/// a device + the reader + "I can't" or a proxy phrase (two sentences).
static RECEIVE_FOR_ME: Frame = Frame {
    slots: &[
        need(RECEIVE),
        need(DEVICE),
        need(READER),
        need(CANNOT | PROXY),
    ],
    window: 2,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, false)
        .find(a, &RECEIVE_FOR_ME)
        .into_iter()
        .map(|h| {
            (
                h,
                "the reader to receive a computer in the writer's place",
                Severity::High,
            )
        })
        .collect();
    frames::emit(a, out, &RULE, "asks", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    // (both asked only once a shipping request is found)
    let mut equipment_in_thread: Option<bool> = None;
    let mut strong: Vec<Hit> = Vec::new();
    let mut weak: Vec<Hit> = Vec::new();
    for (fi, f) in a.subject_prose() {
        let mut equipment_here: Option<bool> = None;
        for m in SHIP_ELSEWHERE
            .get(f)
            .into_iter()
            .flat_map(|r| r.find_iter(&f.norm))
        {
            let hit = Hit {
                field: fi,
                range: m.range(),
            };
            if *equipment_here.get_or_insert_with(|| EQUIPMENT.is_match(f, &f.norm))
                || *equipment_in_thread.get_or_insert_with(|| scan::client_mentions(a, &EQUIPMENT))
            {
                strong.push(hit);
            } else {
                weak.push(hit);
            }
        }
        let cannot = CANNOT_RECEIVE.get(f).into_iter();
        strong.extend(cannot.flat_map(|r| r.find_iter(&f.norm)).map(|m| Hit {
            field: fi,
            range: m.range(),
        }));
    }
    if !strong.is_empty() {
        out.emit(
            &RULE,
            format!(
                "The freelancer asks for equipment to go to another person or address, or cannot receive it at their own ({}).",
                scan::places(strong.len())
            ),
            scan::evidence(a, &scan::merge(strong)),
        );
    } else if !weak.is_empty() {
        out.emit_at(
            &RULE,
            Severity::Medium,
            "The freelancer asks for something to be shipped to another person or address.",
            scan::evidence(a, &scan::merge(weak)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn cousins_address_is_high() {
        let h = run(
            &RULE,
            message(
                "I'm travelling next month, so please ship the laptop to my cousin's address in Dallas.",
            ),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["ship the laptop to my cousin's address"]);
    }

    #[test]
    fn context_from_the_client_and_cannot_receive() {
        let h = run(
            &RULE,
            thread(&[
                (
                    "client",
                    "We will ship your MacBook and a YubiKey on Monday. What is your address?",
                ),
                (
                    "freelancer",
                    "Thanks! Please send it to this address: 12 Oak St, Newark. I can't receive packages at my apartment.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["send it to this address"]);
        let h = run(
            &RULE,
            message("Sorry, I cannot receive the laptop at my home address."),
        );
        assert_eq!(texts(&h), ["cannot receive the laptop at my"]);
    }

    #[test]
    fn japanese_and_korean() {
        let h = run(&RULE, message("ノートパソコンは友人の家に送ってください。"));
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["友人の家に送"]);
        let h = run(&RULE, message("노트북은 친구 집으로 보내 주세요."));
        assert_eq!(h[0].severity, Severity::High);
        assert_eq!(texts(&h), ["친구 집으로 보내"]);
        let h = run(
            &RULE,
            message("자택에서는 받을 수 없어서 배송지를 변경해 주세요. 노트북 말씀입니다."),
        );
        assert_eq!(h[0].severity, Severity::High);
    }

    #[test]
    fn without_equipment_it_is_medium() {
        let h = run(
            &RULE,
            message("Please send the documents to my new address below."),
        );
        assert_eq!(h[0].severity, Severity::Medium);
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "I built a shipping module that sends notifications to the customer's delivery address.",
            "Please send the laptop to my home address on the profile, thank you.",
            "I will send the invoice to your accounting e-mail.",
            "For the laptop budget, please send it to my friend's wallet.",
            "My address is on my ID; ship it there whenever you are ready.",
            "I can send a mail to my friend who lives in Canada, and my computer helps me every day.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_receiving_the_computer_in_my_place() {
        // Fixture written for this test.
        let h = run(
            &RULE,
            message(
                "The company will send a laptop but I can't receive it, so could you receive it for me?",
            ),
        );
        assert_eq!(h[0].severity, Severity::High, "{h:?}");
        assert!(
            run(
                &RULE,
                message("You will receive a laptop from IT on your first day.")
            )
            .is_empty()
        );
    }
}
