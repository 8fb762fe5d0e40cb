//! HL311 team-referral: the freelancer offers to bring in friends or "my team".

use super::frames::{self, Frame, need, tag::*};
use super::scan;
use crate::analysis::Analysis;
use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::re;
use regex::Regex;
use std::sync::LazyLock;

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
        what_it_sees: "The freelancer's own offer to bring in, introduce or recommend friends, colleagues or \"my team\" for the work (\"my friends can join\", \"I can introduce other developers\", \"友人も参加できます\", \"팀원들도 합류할 수 있습니다\"). Always low: it never raises the level by itself. Frame (`frames.rs`, any message): a team behind the writer (my team, team of, leader of a development team) with the technical work covered by it or a search for a partner or collaborator, within two sentences — `low` (as in AnitaSobhanian/AnitaSobhanian#2, alxkm/leetcode#863).",
        why_it_matters: "The US advisory of May 2022 and researchers describe workers who, once hired, recommend \"friends\" who turn out to be further personas of the same operation (I32). The hint is a reminder to vet each referral independently.",
        innocent_explanations: "Most referrals are honest: agencies staff projects with their own people and freelancers recommend colleagues they trust.",
        example: "> If you need more developers, my friends can join the project too.\n\nFires at low.",
    },
    check,
};

static REFERRAL: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)(?-u:\b)(?:my|our)\s+(?:friends?|team(?:mates)?|team\s+members|colleagues?|partners?|brothers?|cousins?|other\s+developers|developer\s+friends)\s+(?:can|could|will|would|are\s+(?:ready|able|available)\s+to)\s+(?:also\s+)?(?:join|help|work|take\s+(?:on|over)|handle|start|support|contribute)(?-u:\b)",
        r"|(?-u:\b)i\s+(?:can|could|will|would)\s+(?:also\s+)?(?:bring|introduce|refer|recommend|invite|add|onboard)\s+(?:you\s+)?(?:my\s+|some\s+|a\s+few\s+|more\s+|other\s+|two\s+|three\s+)?(?:friends?|team(?:mates)?|team\s+members|colleagues?|developers|devs|engineers|people|partners?)(?-u:\b)",
        r"|(?-u:\b)(?:hire|add|invite)\s+my\s+(?:friends?|colleagues?|team(?:mates)?|brothers?|cousins?)(?-u:\b)",
        r"|(?:友人|友達|知人|仲間|チームメンバー|チーム|同僚|他のエンジニア|他の開発者)(?:も(?:一緒に)?(?:参加|手伝|ジョイン|加わ)|を(?:ご)?紹介)",
        r"|(?:친구|지인|팀원|동료|다른\s*개발자)(?:들)?(?:도\s*(?:같이\s*|함께\s*)?(?:참여|합류|도와|투입)|(?:을|를)\s*소개)",
    ))
});

/// A team that does the technical work, or that seeks a partner: a team + the
/// work or a partner search (two sentences).
static TEAM_WORKS: Frame = Frame {
    slots: &[need(TEAM), need(WORK | SEEK)],
    window: 2,
};

fn check(a: &Analysis, out: &mut Sink) {
    frames::combine(a, out, framed, legacy);
}

/// The frames.
fn framed(a: &Analysis, out: &mut Sink) -> bool {
    let found: Vec<_> = frames::scan(a, false)
        .find(a, &TEAM_WORKS)
        .into_iter()
        .map(|h| (h, "a team behind the writer that does the technical work, or looks for a partner to front it", Severity::Low))
        .collect();
    frames::emit(a, out, &RULE, "mentions", found)
}

/// The phrase patterns.
fn legacy(a: &Analysis, out: &mut Sink) {
    let hits = scan::subject_matches(a, &REFERRAL);
    if hits.is_empty() {
        return;
    }
    out.emit(
        &RULE,
        "The freelancer offers to bring in friends, colleagues or a team.",
        scan::evidence(a, &hits),
    );
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
