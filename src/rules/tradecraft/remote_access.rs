//! HL307 remote-access-request: the freelancer asks to install or keep a
//! remote-access tool or an IP-KVM.

use super::frames::{self, Frame, need, opt, tag::*};
use super::scan::{self, Hit};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::gate::{Gated, Words};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

pub static RULE: Rule = Rule {
    code: "HL307",
    name: "remote-access-request",
    family: Family::Tradecraft,
    severity: Severity::Medium,
    weight: 2.5,
    indicators: &["I52"],
    title: "Asks for a remote-access tool",
    innocent: "IT support and pair programming use remote-desktop tools every day, often at the client's own request.",
    verify: "Give access only through your own managed tools and accounts; check that company devices stay with the verified hire, and watch for remote-access software on them.",
    docs: Docs {
        what_it_sees: "A sentence in the freelancer's own text that asks to install, run, keep open or connect with a remote-access tool — AnyDesk, TeamViewer, Chrome Remote Desktop, RustDesk, VS Code tunnels (`code tunnel`), Splashtop, Parsec, RealVNC/VNC, ScreenConnect, an IP-KVM (PiKVM, TinyPilot, JetKVM) — or to get remote access to a company computer, in English, Japanese or Korean. When the client's side already asked for the same kind of tool, the hint drops to low. A tool named without a request (\"I built an AnyDesk-like app\") is no hint. Frames (`frames.rs`, any message): a remote-control tool or \"remotely access\" within two sentences of a computer or account that is the reader's (\"your computer\"), paid for, or kept for the writer's work by a collaborator (set up, maintain, located in + looking for a collaborator / the technical work) — `medium`. Shapes seen in real messages (AwlsomeAlex/natick#21, forum.fiverr.com 266137, jfiksel/github-classroom-for-students#3): using your idle account from your own computer through TeamViewer or AnyDesk; a laptop bought for you that you keep on with a remote tool 24/7. Near-misses: IT support \"via remote access\" in a résumé, a relative helped with Chrome Remote Desktop.",
        why_it_matters: "The FBI's 2024 and 2025 guidance and incident reports describe company laptops at facilitators' homes operated through AnyDesk, TeamViewer, Chrome Remote Desktop or IP-KVM devices by workers abroad (I52). A new hire asking for such a tool on a company device is one of the few visible signs of a laptop farm.",
        innocent_explanations: "Support engineers and pair programmers use these tools daily; a client may ask for a TeamViewer session to show a bug; VS Code remote tunnels are a normal way to reach a build server.",
        example: "> Please install AnyDesk on the company laptop and keep it running, so I can connect anytime.\n\nFires at medium.",
    },
    check,
};

/// The tools.
/// Needed by `TOOL`: the last ASCII word of each tool's name (or the name
/// written as one word), or Japanese or Korean text.
fn tool_gate(w: &Words) -> bool {
    w.any(&[
        "anydesk",
        "desk",
        "rustdesk",
        "teamviewer",
        "viewer",
        "splashtop",
        "parsec",
        "realvnc",
        "tightvnc",
        "ultravnc",
        "vnc",
        "screenconnect",
        "connect",
        "ammyy",
        "remotepc",
        "pc",
        "logmein",
        "gotomypc",
        "zoho",
        "supremo",
        "utilities",
        "tunnel",
        "ipkvm",
        "kvm",
        "pikvm",
        "tinypilot",
        "pilot",
        "jetkvm",
        "assist",
    ]) || w.cjk()
}

static TOOL: Gated = Gated::new(tool_gate, || {
    re(concat!(
        r"(?i)(?-u:\b)(?:any\s?desk|team\s?viewer|chrome\s+remote\s+desktop|rust\s?desk|splashtop|parsec|real\s?vnc|tight\s?vnc|ultra\s?vnc|vnc(?:\s+(?:server|viewer))?|screen\s?connect|connectwise\s+control|ammyy(?:\s+admin)?|remote\s?pc|logmein|gotomypc|zoho\s+assist|supremo|remote\s+utilities",
        r"|(?:vs\s?code|visual\s+studio\s+code)\s+(?:remote\s+)?tunnels?|code\s+tunnel|ip[- ]?kvm|kvm[- ]over[- ]ip|pi\s?kvm|tiny\s?pilot|jet\s?kvm)(?-u:\b)",
        r"|リモートデスクトップ|遠隔操作(?:ツール|ソフト)?|リモートアクセス(?:ツール|ソフト)?",
        r"|원격\s*(?:제어|접속|데스크톱|데스크탑|지원)(?:\s*(?:프로그램|툴|앱))?",
    ))
});

/// A request to install, run or connect (its words are the evidence; the
/// sentence must also match [`ASK_FORM`]).
/// `ASK` is searched only in sentences where `TOOL` matched: no gate.
static ASK: Gated = Gated::new(
    |_| true,
    || {
        re(concat!(
            r"(?i)(?-u:\b)(?:install|set\s*up|download|run|open|enable|allow|turn\s+on|keep(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:running|open|on)|leave(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:running|open|on)|connect|send\s+me|share|give\s+me|accept)(?-u:\b)",
            r"|(?-u:\b)(?:can|could|may|will|let)\s+(?:i|me|you)(?-u:\b)[^.!?\n]{0,20}?(?-u:\b)(?:access|connect|control|log\s+in)(?-u:\b)",
            r"|(?-u:\b)(?:need|want|require)\s+(?:remote\s+)?(?:access|control)(?-u:\b)",
            r"|(?:インストール|入れて|起動|接続|アクセス|設定)(?:して|させて|を)?(?:ください|下さい|いただけ|もらえ|お願い|ほしい|欲しい)",
            r"|(?:설치|깔아|실행|접속|연결|켜\s*두|켜놓)(?:해|하여|해서)?\s*(?:주세요|주실|줘|부탁|주시면|주시겠|도\s*될까)",
        ))
    },
);

/// The same request in request form. In English the verb must stand in a
/// request: an imperative opening the sentence or following "please", "and",
/// "you need to", "can you", "I need you to"; a verb in a report ("the
/// installer failed to install", "the window to accept the connection")
/// is no request.
static ASK_FORM: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?:^[\s\x22'“(*-]*|(?-u:\b)(?:please|pls|plz|kindly|just|and|then|also|or)\s+|(?-u:\b)(?:you|u)\s+(?:need|have|must|should|will\s+need|are\s+required|are\s+asked)\s+to\s+|(?-u:\b)(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|(?-u:\b)(?:need|want|ask|asking|require)\s+(?:you|u)\s+to\s+|(?-u:\b)(?:i'?ll|i\s+will|let\s+me|let's|lets|we\s+(?:can|will|need\s+to))\s+)",
        r"(?:install|set\s*up|download|run|open|enable|allow|turn\s+on|keep(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:running|open|on)|leave(?-u:\b)[^.!?\n]{0,30}?(?-u:\b)(?:running|open|on)|connect|send\s+me|share|give\s+me|accept)(?-u:\b)",
        r"|(?-u:\b)(?:can|could|may|will|let)\s+(?:i|me|you)(?-u:\b)[^.!?\n]{0,20}?(?-u:\b)(?:access|connect|control|log\s+in)(?-u:\b)",
        r"|(?-u:\b)(?:need|want|require)\s+(?:remote\s+)?(?:access|control)(?-u:\b)",
        r"|(?:インストール|入れて|起動|接続|アクセス|設定)(?:して|させて|を)?(?:ください|下さい|いただけ|もらえ|お願い|ほしい|欲しい)",
        r"|(?:설치|깔아|실행|접속|연결|켜\s*두|켜놓)(?:해|하여|해서)?\s*(?:주세요|주실|줘|부탁|주시면|주시겠|도\s*될까)",
    ))
});

/// A machine or account reached by remote control at the reader's: a remote
/// tool + a computer or account + the reader, keeping it on, or pay (two sentences).
static REMOTE_MACHINE: Frame = Frame {
    slots: &[
        need(REMOTE),
        need(DEVICE | ACCOUNT),
        opt(READER),
        opt(HOST),
        opt(PAY),
        opt(SEEK | WORK),
    ],
    window: 2,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, false)
        .find(a, &REMOTE_MACHINE)
        .into_iter()
        // the reader's machine, pay, or a machine kept for the writer's work
        .filter(|h| h.near(1, 2, 40) || h.tags(4) != 0 || (h.tags(3) != 0 && h.tags(5) != 0))
        .map(|h| {
            (
                h,
                "remote control of a computer or account kept at the reader's place",
                Severity::Medium,
            )
        })
        .collect();
    frames::emit(a, out, &RULE, "asks for", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let hits: Vec<Hit> = scan::sentence_hits(a, &[&TOOL, &ASK], &[])
        .into_iter()
        .filter(|h| {
            a.field(h.field).is_some_and(|f| {
                f.sentences
                    .iter()
                    .find(|s| s.contains(&h.range.start))
                    .and_then(|s| f.norm.get(s.clone()))
                    .is_some_and(|sent| ASK_FORM.is_match(sent))
            })
        })
        .collect();
    if hits.is_empty() {
        return;
    }
    let tools: Vec<String> = {
        let mut v: Vec<String> = Vec::new();
        for h in &hits {
            let Some(t) = a.field(h.field).and_then(|f| f.norm.get(h.range.clone())) else {
                continue;
            };
            for m in TOOL.regex().find_iter(t) {
                let s = m.as_str().to_owned();
                if !v.iter().any(|x| x.eq_ignore_ascii_case(&s)) {
                    v.push(s);
                }
            }
        }
        v
    };
    let client_asked = scan::client_mentions(a, &TOOL);
    let msg = format!(
        "The freelancer asks to install or use a remote-access tool ({}).",
        tools.join(", ")
    );
    if client_asked {
        out.emit_at(
            &RULE,
            Severity::Low,
            format!("{msg} The client's side mentioned the tool too."),
            scan::evidence(a, &hits),
        );
    } else {
        out.emit(&RULE, msg, scan::evidence(a, &hits));
    }
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn anydesk_on_company_laptop() {
        let h = run(
            &RULE,
            message(
                "Please install AnyDesk on the company laptop and keep it running, so I can connect anytime.",
            ),
        );
        assert_eq!(h[0].severity, Severity::Medium);
        assert_eq!(texts(&h), ["install AnyDesk"]);
        assert!(h[0].message.contains("AnyDesk"));
    }

    #[test]
    fn a_report_about_a_tool_is_no_request() {
        // Fixtures written for this test: bug reports that name a tool and a
        // request verb, with no request to the reader.
        for t in [
            "The AnyDesk installer failed to install its dependencies on Debian 12.",
            "When a customer connects through TeamViewer, the dialog to accept the request stays blank.",
            "After the update RustDesk will not open on my laptop any more.",
        ] {
            assert!(run(&RULE, message(t)).is_empty(), "{t}");
        }
        // the same tools in a request still fire
        assert_eq!(
            run(
                &RULE,
                message("You need to install AnyDesk on your laptop today.")
            )
            .len(),
            1
        );
    }

    #[test]
    fn more_tools_and_languages() {
        for (t, ev) in [
            (
                "Can you set up Chrome Remote Desktop for me?",
                "set up Chrome Remote Desktop",
            ),
            (
                "I need access through a PiKVM plugged into the laptop.",
                "need access through a PiKVM",
            ),
            (
                "Just run code tunnel on the workstation and send me the link.",
                "run code tunnel",
            ),
            (
                "会社のPCにリモートデスクトップを設定してください。",
                "リモートデスクトップを設定してください",
            ),
            (
                "노트북에 원격 제어 프로그램을 설치해 주세요.",
                "원격 제어 프로그램을 설치해 주세요",
            ),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert_eq!(texts(&h), [ev], "{t}");
        }
    }

    #[test]
    fn client_asked_first_is_low() {
        let h = run(
            &RULE,
            thread(&[
                (
                    "client",
                    "Our IT uses TeamViewer for support, can you join a session?",
                ),
                (
                    "freelancer",
                    "Sure, send me the TeamViewer ID and I'll connect.",
                ),
            ]),
        );
        assert_eq!(h[0].severity, Severity::Low);
        // the client's own request is no hint at all
        let h = run(
            &RULE,
            thread(&[(
                "client",
                "Please install AnyDesk so our admin can help you.",
            )]),
        );
        assert!(h.is_empty());
    }

    #[test]
    fn tool_without_request_does_not_fire() {
        for t in [
            "I built a remote support app similar to AnyDesk using WebRTC.",
            "Experience: TeamViewer integrations, VNC protocols, RDP security audits.",
            "I install dependencies with cargo and run the tests in CI.",
            "Creating user accounts, and using Remote Desktop to connect into external servers.",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_remote_control_of_a_machine_at_the_readers() {
        // Fixtures written for this test.
        let h = run(
            &RULE,
            message(
                "I'd access your computer with AnyDesk when you are not using it, and pay you monthly.",
            ),
        );
        assert_eq!(h[0].severity, Severity::Medium, "{h:?}");
        assert!(run(&RULE, message("I support users by phone, in person, or via remote access to their computer systems.")).is_empty());
    }
}
