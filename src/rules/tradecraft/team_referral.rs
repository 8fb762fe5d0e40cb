//! HL311 team-referral: the freelancer offers to bring in friends or "my team".

use super::frames::{self, Frame, FrameHit, need, tag::*};
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};

pub static RULE: Rule = Rule {
    code: "HL311",
    name: "team-referral",
    family: Family::Tradecraft,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I32"],
    title: "Offers to bring in friends or a team",
    innocent: "Agencies and well-connected freelancers refer colleagues all the time; this is a weak hint on its own.",
    verify: "Vet every referred person as a separate hire: a camera-on call, an ID, and a payee in their own name. Compare the referred profiles with each other.",
    docs: Docs {
        what_it_sees: "An offer to bring in, introduce or recommend friends, colleagues or \"my team\" for the work (\"my friends can join\", \"I can introduce other developers\", \"友人も参加できます\", \"팀원들도 합류할 수 있습니다\"), in any message (the hint names the writer). Always low: it never raises the level by itself. Frames only (`frames.rs`; no phrase pattern): the writer's peers (my friends, our team, colleagues, other developers, 友人, チーム, 팀원, 동료) then a modal or も/도 then a joining verb (join, help, take over, 参加, 合流, 합류) in one sentence; \"I\" + a modal + a bringing verb (bring, introduce, refer, recommend, 紹介, 소개) + people; a hiring verb right before the peers (\"hire my friend\"); a team behind the writer (my team, team of, leader of a development team) with the technical work covered by it or a search for a partner or collaborator, within three sentences — `low` (as in AnitaSobhanian/AnitaSobhanian#2, alxkm/leetcode#863).",
        why_it_matters: "The US advisory of May 2022 and researchers describe workers who, once hired, recommend \"friends\" who turn out to be further personas of the same operation (I32). The hint is a reminder to vet each referral independently.",
        innocent_explanations: "Most referrals are honest: agencies staff projects with their own people and freelancers recommend colleagues they trust. Near-misses the frames must not fire on (unit tests): \"I worked with a team of five developers\", \"I enjoy helping my colleagues grow\", \"チームを手伝ってCIを整えました\", \"팀을 도와 배포 자동화를 구축했습니다\".",
        example: "> If you need more developers, my friends can join the project too.\n\nFires at low.",
    },
    check,
};

/// Peers offered for the work: "my friends can join", "友人も参加できます",
/// "팀원들도 합류할 수 있습니다" (the peer, a modal or も/도, the joining verb).
static PEERS_JOIN: Frame = Frame {
    slots: &[need(PEER), need(JOIN)],
    window: 1,
};

/// The writer bringing people in: "I can (also) introduce other developers",
/// "I could bring two more engineers".
static BRING_IN: Frame = Frame {
    slots: &[need(BRING), need(FIRST), need(PEER | PEOPLE)],
    window: 1,
};

/// Hiring or adding the writer's own peers: "hire my friend", "add my colleagues".
static HIRE_PEERS: Frame = Frame {
    slots: &[need(HIRE | BRING), need(PEER)],
    window: 1,
};

/// A team that does the technical work, or that seeks a partner: a team + the
/// work or a partner search (three sentences).
static TEAM_WORKS: Frame = Frame {
    slots: &[need(TEAM), need(WORK | SEEK)],
    window: 3,
};

fn check(a: &Analysis, out: &mut Sink) {
    framed(a, out);
}

/// The text between two fills (in text order), lower case, padded with spaces.
fn gap(a: &Analysis, h: &FrameHit, i: usize, j: usize) -> Option<String> {
    let (x, y) = (h.fill(i)?, h.fill(j)?);
    if x.range.end > y.range.start {
        return None;
    }
    let t = a.field(h.field)?.norm.get(x.range.end..y.range.start)?;
    Some(format!(" {} ", t.to_lowercase()))
}

/// A modal or "も"/"도" between: "can", "could also", "will", "are ready to".
fn modal(g: &str) -> bool {
    g.len() <= 18
        && !g.contains(['.', '!', '?', ',', '。', '、'])
        && [
            " can ",
            " could ",
            " will ",
            " would ",
            " ready ",
            " able ",
            " available ",
            "も",
            "도",
        ]
        .iter()
        .any(|m| g.contains(m))
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let scanned = frames::scan(a, false);
    let mut found: Vec<(FrameHit, &'static str, Severity)> = Vec::new();
    for h in scanned.find(a, &PEERS_JOIN) {
        if gap(a, &h, 0, 1).is_some_and(|g| modal(&g)) {
            found.push((
                h,
                "offers to bring in friends, colleagues or a team",
                Severity::Low,
            ));
        }
    }
    for h in scanned.find(a, &BRING_IN) {
        let writer = gap(a, &h, 1, 0).is_some_and(|g| modal(&g) && g.len() <= 16);
        let whom = gap(a, &h, 0, 2).is_some_and(|g| {
            g.len() <= 24 && !g.contains(['.', '!', '?', ',']) && !g.contains(" to ")
        });
        if writer && whom {
            found.push((
                h,
                "offers to bring in friends, colleagues or a team",
                Severity::Low,
            ));
        }
    }
    for h in scanned.find(a, &HIRE_PEERS) {
        // "hire / add / invite my friend", not "bring my friends to the party"
        let verb = h
            .fill(0)
            .and_then(|o| a.field(h.field)?.norm.get(o.range.clone()))
            .map(str::to_lowercase)
            .is_some_and(|v| ["hire", "add", "invite"].iter().any(|w| v.starts_with(w)));
        if verb && gap(a, &h, 0, 1).is_some_and(|g| g.trim().is_empty()) {
            found.push((
                h,
                "offers to bring in friends, colleagues or a team",
                Severity::Low,
            ));
        }
    }
    for h in scanned.find(a, &TEAM_WORKS) {
        found.push((
            h,
            "mentions a team behind the writer that does the technical work, or looks for a partner to front it",
            Severity::Low,
        ));
    }
    frames::emit(a, out, &RULE, "", found)
}

#[cfg(test)]
mod tests {
    use super::super::scan::testing::*;
    use super::*;

    #[test]
    fn referral_offers_are_low() {
        for (t, ev) in [
            (
                "If you need more developers, my friends can join the project too.",
                "my friends can join",
            ),
            (
                "I can also introduce other developers for the mobile part.",
                "I can also introduce other developers",
            ),
            ("必要であれば友人も参加できます。", "友人も参加"),
            ("필요하시면 팀원들도 합류할 수 있습니다.", "팀원들도 합류"),
        ] {
            let h = run(&RULE, message(t));
            assert_eq!(h.len(), 1, "{t}");
            assert_eq!(h[0].severity, Severity::Low);
            assert_eq!(texts(&h), [ev], "{t}");
        }
    }

    #[test]
    fn benign_texts_do_not_fire() {
        for t in [
            "I worked with a team of five developers on a logistics platform.",
            "My team lead praised the migration I led.",
            "I enjoy helping my colleagues grow through code review.",
            "チームで開発した経験があります。",
            "팀 프로젝트에서 백엔드를 담당했습니다.",
            "팀을 도와 배포 자동화를 구축했습니다.",
            "チームを手伝ってCIを整えました。",
        ] {
            assert!(run(&RULE, proposal(t)).is_empty(), "{t}");
        }
    }

    #[test]
    fn frames_a_team_behind_the_writer() {
        // Fixture written for this test.
        let h = run(
            &RULE,
            message(
                "You only join the daily standups; my team of six developers will cover the technical work.",
            ),
        );
        assert_eq!(h[0].severity, Severity::Low, "{h:?}");
    }
}
