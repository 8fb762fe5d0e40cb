//! HL206 style-drift: the freelancer's writing habits change abruptly within one thread.

use crate::analysis::Analysis;
use crate::report::{Evidence, Family, Severity};
use crate::rules::{Docs, Rule, Sink};
use crate::text::style::{FUNCTION_WORDS, Formula, Habits};
use crate::text::{Author, Field, Source};

pub static RULE: Rule = Rule {
    code: "HL206",
    name: "style-drift",
    family: Family::Stylometry,
    severity: Severity::Low,
    weight: 1.0,
    indicators: &["I36"],
    title: "Writing habits change abruptly within the thread",
    innocent: "People write differently on a phone and at a desk, when tired or rushed, or once a conversation becomes friendly; an assistant may have written some messages.",
    verify: "Refer back to something discussed before the change and see whether it is remembered; hold the next conversation on a camera-on call.",
    docs: Docs {
        what_it_sees: "The freelancer's own messages in one thread, in order. For every split point with at least 2 messages and 60 words on each side, it compares writing habits before and after: greeting (\"Hi\", \"Hello\", \"Dear\", none) and sign-off (\"Thanks\", \"Regards\", \"Best\", none) each kept in at least two thirds of a side's messages; lower-case \"i\"; contractions (\"I'm\") against full forms (\"I am\"); exclamation marks, ellipses and emoji used regularly on one side and never on the other; sentences starting in lower case; mean sentence length (one side at least twice the other, 4 sentences a side); and, with 200 words a side, the profile of 40 function words (cosine similarity under 0.75). It fires when at least 3 habits switch at the same point, and names them. On threads built from real tweets (17 human accounts) it stayed silent on every single-writer thread and fired on 2.5 % of two-writer threads: it is tuned to stay quiet, not to catch every change (see `docs/evaluation.md`).",
        why_it_matters: "Advisories describe accounts run by several operators in turn: the quality and habits of the writing change between messages, and earlier conversations are forgotten (I36).",
        innocent_explanations: "A change of device (phone vs laptop autocorrect), a colleague or assistant answering for a small agency (which the client may want to know, but is not fraud), a translation or writing tool switched on or off, fatigue, or a conversation that turned informal.",
        example: "Messages 1–3: \"Hello John, … I am available … Best regards, Anna\". Messages 4–6: \"hey!! i'm on it … gonna send soon :)\".\n\nFires at low: \"Between messages 3 and 4 of the thread the freelancer's writing habits change: greeting (\\\"Hello\\\" → \\\"Hey\\\"), sign-off (\\\"Best\\\" → none), lower-case \\\"i\\\", contractions, exclamation marks, emoji.\"",
    },
    check,
};

const MIN_SIDE_MESSAGES: usize = 2;
const MIN_SIDE_WORDS: usize = 60;
const MIN_SWITCHES: usize = 3;
const FW_MIN_WORDS: usize = 200;
const FW_MIN_COSINE: f64 = 0.75;

/// Habits of one side of a split, summed.
#[derive(Default)]
struct Side {
    messages: usize,
    words: usize,
    sentences: usize,
    greetings: Vec<Formula>,
    sign_offs: Vec<Formula>,
    h: Habits,
    i_pronoun: usize,
}

impl Side {
    fn of(fields: &[&Field]) -> Side {
        let mut s = Side {
            h: Habits {
                function_words: vec![0; FUNCTION_WORDS.len()],
                ..Habits::default()
            },
            ..Side::default()
        };
        for f in fields {
            let h = f.habits();
            s.messages += 1;
            s.words += f.word_count();
            s.sentences += f.sentences.len();
            s.greetings.push(h.greeting);
            s.sign_offs.push(h.sign_off);
            for (a, b) in s.h.function_words.iter_mut().zip(&h.function_words) {
                *a = a.saturating_add(*b);
            }
            s.i_pronoun += f
                .word_strs()
                .filter(|w| *w == "i" || *w == "I" || w.starts_with("I'") || w.starts_with("i'"))
                .count();
            let add = |a: &mut u16, b: u16| *a = a.saturating_add(b);
            add(&mut s.h.lowercase_i, h.lowercase_i);
            add(&mut s.h.contractions, h.contractions);
            add(&mut s.h.expanded, h.expanded);
            add(&mut s.h.exclamations, h.exclamations);
            add(&mut s.h.ellipses, h.ellipses);
            add(&mut s.h.emoji, h.emoji);
            add(&mut s.h.lowercase_starts, h.lowercase_starts);
        }
        s
    }

    /// The formula kept in at least two thirds of the messages.
    fn habit(list: &[Formula]) -> Option<Formula> {
        let mut best: Option<(Formula, usize)> = None;
        for f in list {
            let n = list.iter().filter(|g| *g == f).count();
            if best.is_none_or(|(_, m)| n > m) {
                best = Some((*f, n));
            }
        }
        best.filter(|(_, n)| *n * 3 >= list.len() * 2)
            .map(|(f, _)| f)
    }

    fn per100(&self, n: u16) -> f64 {
        f64::from(n) * 100.0 / self.words.max(1) as f64
    }
}

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole >= 3).then(|| part as f64 / whole as f64)
}

fn opposite(a: Option<f64>, b: Option<f64>, hi: f64, lo: f64) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a >= hi && b <= lo) || (b >= hi && a <= lo),
        _ => false,
    }
}

fn cosine(a: &[u16], b: &[u16]) -> f64 {
    let dot: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| f64::from(*x) * f64::from(*y))
        .sum();
    let na: f64 = a.iter().map(|x| f64::from(*x).powi(2)).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| f64::from(*x).powi(2)).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        1.0
    } else {
        dot / (na * nb)
    }
}

/// The habits that switch between two sides (labels for the message).
fn switches(a: &Side, b: &Side) -> Vec<String> {
    let mut out = Vec::new();
    for (name, la, lb) in [
        ("greeting", &a.greetings, &b.greetings),
        ("sign-off", &a.sign_offs, &b.sign_offs),
    ] {
        if let (Some(x), Some(y)) = (Side::habit(la), Side::habit(lb)) {
            if x != y {
                out.push(format!("{name} ({} → {})", x.label(), y.label()));
            }
        }
    }
    if opposite(
        share(a.h.lowercase_i.into(), a.i_pronoun),
        share(b.h.lowercase_i.into(), b.i_pronoun),
        0.6,
        0.1,
    ) {
        out.push("lower-case \"i\"".to_owned());
    }
    let c = |s: &Side| {
        share(
            s.h.contractions.into(),
            usize::from(s.h.contractions) + usize::from(s.h.expanded),
        )
    };
    if opposite(c(a), c(b), 0.75, 0.25) {
        out.push("contractions vs full forms".to_owned());
    }
    for (name, x, y) in [
        ("exclamation marks", a.h.exclamations, b.h.exclamations),
        ("ellipses", a.h.ellipses, b.h.ellipses),
        ("emoji", a.h.emoji, b.h.emoji),
    ] {
        let (ra, rb) = (a.per100(x), b.per100(y));
        if (ra >= 1.5 && y == 0) || (rb >= 1.5 && x == 0) {
            out.push(name.to_owned());
        }
    }
    let ls =
        |s: &Side| (s.sentences >= 4).then(|| f64::from(s.h.lowercase_starts) / s.sentences as f64);
    if opposite(ls(a), ls(b), 0.5, 0.1) {
        out.push("sentences starting in lower case".to_owned());
    }
    if a.sentences >= 4 && b.sentences >= 4 {
        let (la, lb) = (
            a.words as f64 / a.sentences as f64,
            b.words as f64 / b.sentences as f64,
        );
        if la.max(lb) >= 2.0 * la.min(lb) {
            out.push("sentence length".to_owned());
        }
    }
    if a.words >= FW_MIN_WORDS
        && b.words >= FW_MIN_WORDS
        && cosine(&a.h.function_words, &b.h.function_words) < FW_MIN_COSINE
    {
        out.push("function-word profile".to_owned());
    }
    out
}

/// The best split of a sequence of messages: (index of the first message after it, switched habits).
pub fn best_split(msgs: &[&Field]) -> Option<(usize, Vec<String>)> {
    let mut best: Option<(usize, Vec<String>)> = None;
    for k in MIN_SIDE_MESSAGES..=msgs.len().saturating_sub(MIN_SIDE_MESSAGES) {
        let (Some(l), Some(r)) = (msgs.get(..k), msgs.get(k..)) else {
            continue;
        };
        let (a, b) = (Side::of(l), Side::of(r));
        if a.words < MIN_SIDE_WORDS || b.words < MIN_SIDE_WORDS {
            continue;
        }
        let s = switches(&a, &b);
        // Most switches; on a tie, the most balanced split.
        let balance = |k: usize| k.min(msgs.len() - k);
        if best
            .as_ref()
            .is_none_or(|(bk, bs)| (s.len(), balance(k)) > (bs.len(), balance(*bk)))
        {
            best = Some((k, s));
        }
    }
    best
}

/// Whether a split is reported.
pub fn flags(switched: &[String]) -> bool {
    switched.len() >= MIN_SWITCHES
}

fn check(a: &Analysis, out: &mut Sink) {
    let mut msgs: Vec<&Field> = a
        .fields
        .iter()
        .filter(|f| f.source == Source::MessageText && f.author == Author::Subject)
        .collect();
    crate::sort::by_key(&mut msgs, |f| f.item);
    let Some((k, switched)) = best_split(&msgs) else {
        return;
    };
    if !flags(&switched) {
        return;
    }
    let (Some(before), Some(after)) = (msgs.get(k - 1), msgs.get(k)) else {
        return;
    };
    let mut evidence: Vec<Evidence> = Vec::new();
    for f in [before, after] {
        if let Some(s) = f.sentences.first() {
            evidence.push(f.evidence(s.clone()));
        }
        if f.sentences.len() > 1 {
            if let Some(s) = f.sentences.last() {
                evidence.push(f.evidence(s.clone()));
            }
        }
    }
    let n = |f: &Field| f.item.map_or(0, |i| i + 1);
    out.emit(
        &RULE,
        format!(
            "Between messages {} and {} of the thread the freelancer's writing habits change: {}.",
            n(before),
            n(after),
            switched.join(", ")
        ),
        evidence,
    );
}

#[cfg(test)]
mod tests {
    use crate::{Options, analyze_json};

    fn thread(msgs: &[&str]) -> Vec<crate::Hint> {
        let m: Vec<serde_json::Value> = msgs
            .iter()
            .map(|t| serde_json::json!({"text": t}))
            .collect();
        let doc = serde_json::json!({"kind": "thread", "messages": m}).to_string();
        analyze_json(&doc, &Options::default())
            .unwrap()
            .hints
            .into_iter()
            .filter(|h| h.code == "HL206")
            .collect()
    }

    const A: [&str; 3] = [
        "Hello John,\nThank you for the details. I am available to start on Monday and I will send the first draft of the design by Wednesday. I do not expect any problems with the hosting.\nBest regards,\nAnna",
        "Hello John,\nI have finished the layout of the home page. It is not final yet, but I would like your opinion on the colours before I continue with the other pages.\nBest regards,\nAnna",
        "Hello John,\nThe contact form now works and I have tested it on mobile. I will deploy it to the staging server tomorrow morning so that you can review it.\nBest regards,\nAnna",
    ];
    const B: [&str; 3] = [
        "hey!! i'm on it, gonna push the fix tonight :) don't worry about the server, it's fine and the backups are ok too. i'll ping u when it's done!",
        "hey, quick one!! i can't open the admin panel, can u send the pass again? i'm stuck till then and can't test the checkout :( thx!",
        "hey!! done, it's live now :) check it on ur phone too and lmk if u want changes to the menu, i'm around all day!",
    ];

    #[test]
    fn abrupt_change_fires() {
        let all: Vec<&str> = A.iter().chain(B.iter()).copied().collect();
        let h = thread(&all);
        assert_eq!(h.len(), 1, "{h:?}");
        assert!(
            h[0].message.contains("messages 3 and 4"),
            "{}",
            h[0].message
        );
        assert!(h[0].message.contains("greeting"));
    }

    #[test]
    fn consistent_writer_is_silent() {
        let all: Vec<&str> = A.iter().chain(A.iter()).copied().collect();
        assert!(thread(&all).is_empty());
        // too few messages on each side
        assert!(thread(&[A[0], B[0]]).is_empty());
    }
}
