//! Per-field writing-style measurements shared by the stylometry rules.
//!
//! Each measure is taken at most once per field of the subject's prose, on
//! first use, through the [`Field`] accessors ([`Field::markers`],
//! [`Field::learner`], [`Field::residue`], [`Field::habits`]), and kept in
//! the field's [`Style`]:
//!
//! - **AI-style markers**: words and stock phrases that large language models
//!   use far more often than people (published "excess vocabulary" lists of
//!   2023–2024), each with a weight and its span in `norm`;
//! - **learner-error patterns** (English): article omission before a job title,
//!   agreement, preposition patterns, missing plurals, uncountable plurals,
//!   double comparatives — spans in `norm`;
//! - **input-method residue**: full-width forms, the ideographic space, CJK
//!   punctuation, Hangul chat jamo (ㅋㅋ, ㅎㅎ) and CJK or Hangul runs inside
//!   Latin-script text — spans in the **original** text, because NFKC folds
//!   full-width forms away in `norm`;
//! - **habits** used to compare messages: function-word counts, punctuation,
//!   greeting and sign-off, contractions, lowercase "i", sentence-length spread.
//!
//! The lexicons are written for this crate; the choice of words follows
//! published measurements (Liang et al. 2024, "Mapping the increasing use of
//! LLMs in scientific papers"; Kobak et al. 2024, "Delving into ChatGPT usage
//! in academic writing through excess vocabulary").

use super::gate::{Gated, Words};
use super::phrases::Phrases;
use super::script::Script;
use super::{Field, re};
use regex::Regex;
use std::ops::Range;
use std::sync::{LazyLock, OnceLock};

/// What kind of AI-style marker a span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkerKind {
    /// A word that LLM output favours ("delve", "meticulous", "tapestry").
    Word,
    /// A stock opening or closing formula ("I hope this message finds you well").
    Formula,
}

/// One AI-style marker in `norm`.
#[derive(Debug, Clone, PartialEq)]
pub struct Marker {
    pub range: Range<usize>,
    pub kind: MarkerKind,
    /// Weight in the density score (0.3 … 1.0).
    pub weight: f64,
}

/// Kinds of learner-error pattern (English).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LearnerError {
    /// "I am software developer": no article before a job title.
    MissingArticle,
    /// "these guys is", "he have", "there is many".
    Agreement,
    /// "looking forward to work", "discuss about", "explain me".
    Preposition,
    /// "several project.", "a apple", "an project".
    NumberOrArticleForm,
    /// "informations", "softwares", "5 years experiences", "more better", "can to do".
    Calque,
}

impl LearnerError {
    pub fn label(self) -> &'static str {
        match self {
            LearnerError::MissingArticle => "missing article",
            LearnerError::Agreement => "agreement",
            LearnerError::Preposition => "preposition or verb pattern",
            LearnerError::NumberOrArticleForm => "plural or article form",
            LearnerError::Calque => "uncountable plural or double marking",
        }
    }
}

/// Kinds of input-method residue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Residue {
    /// Full-width Latin letters, digits or punctuation (U+FF01–U+FF5E).
    FullWidth,
    /// The ideographic space U+3000.
    IdeographicSpace,
    /// CJK punctuation: 、。「」『』【】 and similar.
    CjkPunctuation,
    /// Hangul chat jamo: ㅋㅋ, ㅎㅎ, ㅠㅠ.
    HangulChat,
    /// A Hangul run inside Latin-script text.
    Hangul,
    /// A kana run inside Latin-script text.
    Kana,
    /// A Han (ideograph) run inside Latin-script text.
    Han,
}

impl Residue {
    pub fn label(self) -> &'static str {
        match self {
            Residue::FullWidth => "full-width characters",
            Residue::IdeographicSpace => "ideographic space",
            Residue::CjkPunctuation => "CJK punctuation",
            Residue::HangulChat => "Hangul chat letters (ㅋㅋ/ㅎㅎ)",
            Residue::Hangul => "Hangul text",
            Residue::Kana => "kana text",
            Residue::Han => "ideographs",
        }
    }
    /// The writing systems whose input methods leave this residue.
    pub fn writing(self) -> Writing {
        match self {
            Residue::HangulChat | Residue::Hangul => Writing::Korean,
            Residue::Kana => Writing::Japanese,
            Residue::Han => Writing::ChineseOrJapanese,
            Residue::FullWidth | Residue::IdeographicSpace | Residue::CjkPunctuation => {
                Writing::AnyCjk
            }
        }
    }
}

/// Which East Asian writing an input-method residue points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Writing {
    Korean,
    Japanese,
    ChineseOrJapanese,
    AnyCjk,
}

/// Greeting or sign-off class of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Formula {
    #[default]
    None,
    Hi,
    Hello,
    Hey,
    Dear,
    Thanks,
    Regards,
    Best,
    Cheers,
    Sincerely,
}

impl Formula {
    pub fn label(self) -> &'static str {
        match self {
            Formula::None => "none",
            Formula::Hi => "\"Hi\"",
            Formula::Hello => "\"Hello\"",
            Formula::Hey => "\"Hey\"",
            Formula::Dear => "\"Dear\"",
            Formula::Thanks => "\"Thanks\"",
            Formula::Regards => "\"Regards\"",
            Formula::Best => "\"Best\"",
            Formula::Cheers => "\"Cheers\"",
            Formula::Sincerely => "\"Sincerely\"",
        }
    }
}

/// Function words whose relative frequencies characterise a writer.
pub const FUNCTION_WORDS: [&str; 40] = [
    "the", "a", "an", "and", "but", "or", "so", "of", "to", "in", "on", "for", "with", "at", "by",
    "from", "about", "as", "that", "this", "it", "is", "are", "was", "be", "have", "has", "will",
    "would", "can", "could", "i", "we", "you", "my", "your", "not", "just", "very", "also",
];

/// Writing habits of one field, for comparing messages.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Habits {
    /// Counts of [`FUNCTION_WORDS`] (lowercased).
    pub function_words: Vec<u16>,
    pub greeting: Formula,
    pub sign_off: Formula,
    /// "i" written in lower case as a pronoun.
    pub lowercase_i: u16,
    /// Contractions ("I'm", "don't") and their expanded forms ("I am", "do not").
    pub contractions: u16,
    pub expanded: u16,
    pub commas: u16,
    pub exclamations: u16,
    pub questions: u16,
    /// "..." or "…".
    pub ellipses: u16,
    /// Emoji and emoticons (":)", ":D").
    pub emoji: u16,
    /// Sentences starting with a lower-case letter.
    pub lowercase_starts: u16,
}

/// Writing-style measurements of one field, each taken on first use: a
/// document's analysis pays only for what its rules read (a profile with no
/// claim of native English never looks for learner errors; habits are read
/// only when messages are compared). Only the subject's prose is measured;
/// every part of any other field is empty.
#[derive(Debug, Clone, Default)]
pub struct Style {
    markers: OnceLock<Vec<Marker>>,
    learner: OnceLock<Vec<(Range<usize>, LearnerError)>>,
    residue: OnceLock<Vec<(Range<usize>, Residue)>>,
    habits: OnceLock<Habits>,
    sentence_cv: OnceLock<Option<f64>>,
}

impl Field {
    /// Latin-script prose: the English-language measures apply.
    fn latin_prose(&self) -> bool {
        self.is_subject_prose() && self.scripts.iter().any(|(s, _)| *s == super::Script::Latin)
    }

    /// AI-style markers (formulas and favoured words), in text order.
    pub fn markers(&self) -> &[Marker] {
        self.style.markers.get_or_init(|| {
            if self.latin_prose() {
                ai_markers(&self.norm)
            } else {
                Vec::new()
            }
        })
    }

    /// Learner-error patterns, in text order.
    pub fn learner(&self) -> &[(Range<usize>, LearnerError)] {
        self.style.learner.get_or_init(|| {
            if self.latin_prose() {
                learner_errors(self)
            } else {
                Vec::new()
            }
        })
    }

    /// Input-method residue; byte ranges in the **original** text.
    pub fn residue(&self) -> &[(Range<usize>, Residue)] {
        self.style.residue.get_or_init(|| {
            if self.latin_prose() && !self.original.is_ascii() {
                input_residue(&self.original)
            } else {
                Vec::new()
            }
        })
    }

    /// Writing habits (for comparing messages).
    pub fn habits(&self) -> &Habits {
        self.style.habits.get_or_init(|| {
            if self.is_subject_prose() {
                habits(self)
            } else {
                Habits::default()
            }
        })
    }

    /// Coefficient of variation of sentence lengths in words (sentences of
    /// ≥ 3 words); `None` with fewer than 6 such sentences.
    pub fn sentence_cv(&self) -> Option<f64> {
        *self.style.sentence_cv.get_or_init(|| {
            if self.latin_prose() {
                sentence_cv(self)
            } else {
                None
            }
        })
    }

    /// The AI-style score: the lexicon score — weighted markers per 100
    /// words (each distinct marker text counted at most twice), plus up to 1.0
    /// for unusually uniform sentence lengths — and the linear model's logit
    /// ([`super::ai_model`]), which HL204 reports on.
    pub fn ai_score(&self) -> AiScore {
        let mut s = self.lexicon_score();
        s.model = super::ai_model::logit(&super::ai_model::features_with(self, &s));
        s
    }

    /// The lexicon part of [`Field::ai_score`] (`model` left at 0).
    pub(crate) fn lexicon_score(&self) -> AiScore {
        let words = self.word_count();
        let mut seen: Vec<(String, u8)> = Vec::new();
        let mut sum = 0.0;
        for m in self.markers() {
            let key = self
                .norm
                .get(m.range.clone())
                .unwrap_or_default()
                .to_lowercase();
            let stem: String = key.chars().take(6).collect();
            match seen.iter_mut().find(|(k, _)| *k == stem) {
                Some((_, n)) if *n >= 2 => continue,
                Some((_, n)) => *n += 1,
                None => seen.push((stem, 1)),
            }
            sum += m.weight;
        }
        let density = if words == 0 {
            0.0
        } else {
            sum * 100.0 / words as f64
        };
        let uniformity = self
            .sentence_cv()
            .map_or(0.0, |cv| ((UNIFORM_CV - cv) / 0.2).clamp(0.0, 1.0));
        AiScore {
            density,
            uniformity,
            distinct: seen.len(),
            score: density + uniformity,
            model: 0.0,
        }
    }

    /// Learner-error patterns per 100 words.
    pub fn learner_rate(&self) -> f64 {
        let words = self.word_count();
        if words == 0 {
            0.0
        } else {
            self.learner().len() as f64 * 100.0 / words as f64
        }
    }
}

// ---------------------------------------------------------------- AI markers

/// LLM-favoured words, by weight. Stems match inflections (delve, delves, delving).
/// Each list finds what the pattern in `tests::AI_WORD_PATTERNS` finds (a test
/// compares them); no regex is built.
static AI_STRONG: Phrases = Phrases::new(
    "delve|delves|delved|delving|tapestry|tapestries|intricately|intricate|intricacies|realms|realm|pivotal|multifaceted|nuanced|nuance|commendable|showcase|showcases|showcased|showcasing|underscore|underscores|underscored|underscoring|testament|embarks|embarked|embarking|embark|ever-evolving|ever-changing|paramount|unwavering|vibrant|bolsters|bolstered|bolstering|bolster|garners|garnered|garnering|garner|resonate|resonates|resonated|resonating|captivate|captivates|captivated|captivating|elevate|elevates|elevated|elevating|holistic|synergy|synergies|synergistic|invaluable|interplay|enigmatic|profoundly|profound|noteworthy|harnesses|harnessed|harnessing|harness|navigate|navigates|navigated|navigating|landscapes|landscape|transformative|empowers|empowered|empowering|empowerment|empower|crucially|crucial|ultimately|insights|robust|enhances|enhanced|endeavours|endeavour|endeavors|endeavor|notably",
);
/// Words also common in human formal writing (cover letters, learner essays): weight 0.4.
/// Words found in more than 5 % of the human pre-2022 cover letters are left out
/// ("ensure", "comprehensive", "significantly", "facilitate", "leveraging"…).
static AI_MEDIUM: Phrases = Phrases::new(
    "meticulously|meticulous|seamlessly|seamless|fosters|fostered|fostering|foster|spearheads|spearheaded|spearheading|spearhead|vital|essential|additionally|furthermore|moreover|overall|diverse|enhance|enhancing|enhancement|innovative|utilize|utilizes|utilized|leverage|leverages|leveraged|streamline|streamlines|streamlined|streamlining|optimize|optimizes|optimized|facilitates|valuable|significant|cutting-edge",
);

/// Stock formulas of assistant-written text (openers, transitions, closers).
static AI_FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    re(concat!(
        r"(?i)\bI hope (?:this|my) (?:message|email|e-mail|note) finds you well\b",
        r"|\bI(?:'m| am) (?:thrilled|excited) to (?:apply|submit|bring|offer|help|assist|work)\b",
        r"|\bfeel free to (?:reach out|contact me|let me know)\b",
        r"|\bdon'?t hesitate to (?:reach out|contact)\b",
        r"|\bit(?:'s| is) (?:important|worth|crucial) (?:to note|noting|to remember|to consider)\b",
        r"|\bplays? an? (?:crucial|pivotal|significant|key) role\b",
        r"|\bin today'?s (?:fast-paced|digital|rapidly|ever|modern|competitive)\b",
        r"|\b(?:a|an) (?:deep|strong|solid|keen) understanding of\b",
        r"|\bdeep(?:ly)? (?:passionate|committed)\b",
        r"|\b(?:aligns?|aligning) (?:perfectly |seamlessly |well )?with (?:your|the|my)\b",
        r"|\bin (?:summary|essence)\b",
        r"|\bby leveraging\b",
        r"|\bnot only\b[^.!?]{1,80}\bbut also\b",
        r"|\b(?:let'?s|let us) (?:dive|delve)\b",
        r"|\bwhether you(?:'re| are)\b",
        r"|\b(?:rest assured|look no further)\b",
        r"|\bI(?:'m| am) confident (?:that )?(?:my|I can)\b",
        r"|\bthe perfect (?:fit|match|candidate)\b",
    ))
});

/// One word from each alternative of [`AI_FORMULA`] that any match of that
/// alternative holds as a whole ASCII word ("finds" for "I hope this message
/// finds you well", "today"/"todays" for "in today's"…). A text with none of
/// them cannot match, and most texts have none: then the pattern is neither
/// built nor run.
static AI_FORMULA_WORDS: Phrases = Phrases::new(
    "finds|thrilled|excited|free|hesitate|important|worth|crucial|role|today|todays|understanding|passionate|committed|aligns|align|aligning|summary|essence|leveraging|only|dive|delve|whether|assured|further|confident|perfect",
);

fn ai_markers(norm: &str) -> Vec<Marker> {
    let mut out: Vec<Marker> = Vec::new();
    let formulas = AI_FORMULA_WORDS
        .find(norm)
        .map(|_| AI_FORMULA.find_iter(norm));
    for m in formulas.into_iter().flatten() {
        out.push(Marker {
            range: m.range(),
            kind: MarkerKind::Formula,
            weight: 1.0,
        });
    }
    let inside = |r: &Range<usize>, out: &[Marker]| {
        out.iter()
            .any(|m| m.range.start <= r.start && r.end <= m.range.end)
    };
    for (words, weight) in [(&AI_STRONG, 1.0), (&AI_MEDIUM, 0.4)] {
        for r in words.find_iter(norm) {
            if !inside(&r, &out) {
                out.push(Marker {
                    range: r,
                    kind: MarkerKind::Word,
                    weight,
                });
            }
        }
    }
    crate::sort::by_key(&mut out, |m| m.range.start);
    out
}

// ------------------------------------------------------------ learner errors

/// Each kind's pattern behind a gate (`text::gate`) of the word pairs its
/// alternatives need, asked on the field's words: most prose builds none.
static LEARNER: [(Gated, LearnerError); 5] = [
    (
        Gated::new(missing_article_gate, || {
            re(concat!(
                r"(?i)\b(?:I am|I'm|I was|he is|she is)\s+",
                r"(?:(?:senior|junior|experienced|professional|skilled|certified|talented|freelance|full-time)\s+)?",
                r"(?:(?:software|web|full-?stack|front-?end|back-?end|mobile|python|java|javascript|react|php|blockchain|ios|android|devops|data|ui/ux|ux|ui|game|wordpress|\.net)\s+)?",
                r"(?:developer|engineer|designer|programmer|specialist|expert|freelancer)\b",
            ))
        }),
        LearnerError::MissingArticle,
    ),
    (
        Gated::new(agreement_gate, || {
            re(concat!(
                r"(?i)\b(?:these|those)\s+[a-z]+s\s+(?:is|was|has)\b",
                r"|\b(?:he|she)\s+(?:have|don't|do not)\b",
                r"|\bit\s+(?:have|don't)\b",
                r"|\b(?:they|we)\s+(?:is|has|does|doesn't)\b",
                r"|\bI\s+(?:is|has|does|doesn't)\b",
                r"|\b(?:people|guys|clients|customers|developers|users)\s+(?:is|has|was)\b",
                r"|\bthere\s+(?:is|was)\s+(?:many|several|two|three|four|five|few)\s+\w+s\b",
                r"|\b(?:doesn't|does not|didn't|did not|don't|do not|can't|cannot)\s+(?:went|came|did|made|took|gave|wrote|saw|knew|had)\b",
                r"|\bI(?:\s+am|'m)\s+agree\b",
                r"|\b(?:everybody|everyone|nobody)\s+(?:are|were|have)\b",
                r"|\bone\s+of\s+(?:my|the|our|his|her|their|your)\s+(?:friend|teacher|colleague|student|problem|reason|project|client|idea|thing|place|person|hobby|city|country)(?:[ .,!?;]|$)",
                r"|\bit(?:'s|\s+is)?\s+depend\b",
                r"|(?:^|[.!?]\s+)(?-i:Is|Was)\s+(?:very|so|too|really)\b",
            ))
        }),
        LearnerError::Agreement,
    ),
    (
        Gated::new(preposition_gate, || {
            re(concat!(
                r"(?i)\blook(?:ing|s)?\s+forward\s+(?:to\s+)?(?:work|hear|meet|see|start|cooperate|collaborate|talk|discuss|receive|get)\b",
                r"|\blook(?:ing|s)?\s+forward\s+(?:a|an|the|your|our)\b",
                r"|\bdiscuss(?:ed|ing)?\s+about\b",
                r"|\bexplain(?:ed|ing)?\s+(?:me|us|him|her|them)\b",
                r"|\bcontact\s+(?:with|to)\s+(?:me|us|you)\b",
                r"|\b(?:mention(?:ed)?|emphasi[sz]e[sd]?)\s+about\b",
                r"|\binterested\s+(?:on|for)\b",
                r"|\bdepend(?:s|ed|ing)?\s+of\b",
                r"|\bsince\s+\d+\s+(?:years|months)\b",
                r"|\b(?:can|could|should|must|might)\s+to\s+[a-z]+\b",
                r"|\bcan\s+able\s+to\b",
                r"|\bI\s+very\s+(?:like|love|enjoy|want|need)\b",
                r"|\b(?:let|lets|make|makes|made)\s+(?:me|him|her|us|them)\s+to\s+[a-z]+",
                r"|\bsuggest(?:s|ed)?\s+(?:me|him|her|us|them)\s+to\b",
                r"|\bfor\s+to\s+[a-z]+",
                r"|\baccording\s+to\s+me\b",
                r"|\bduring\s+\d+\s+(?:years|months|weeks|days)\b",
                r"|\bI(?:\s+am|'m|\s+was)\s+(?:very\s+|so\s+|really\s+)?(?:boring|interesting)\b",
                r"|\b(?:am|is|are)\s+(?:knowing|believing|belonging|owning)\b",
            ))
        }),
        LearnerError::Preposition,
    ),
    (
        Gated::new(article_form_gate, || {
            re(concat!(
                r"(?i)\b(?:many|several|various|multiple|these|those)\s+",
                r"(?:project|client|website|app|application|customer|developer|company|problem|feature|language|technology|skill|task|product)",
                r"(?:[.,!?;]|\s+(?:in|with|for|and|on|at|are|were|that|which|before|since)\b)",
                r"|(?-i:\ba\s+(?:[aio][a-z]+|e[a-tv-z][a-z]*))\b",
                r"|(?-i:\ban\s+[bcdfgjklmnpqrstvwxz][a-z]+)\b",
            ))
        }),
        LearnerError::NumberOrArticleForm,
    ),
    (
        Gated::new(calque_gate, || {
            re(concat!(
                r"(?i)\b(?:informations|advices|softwares|equipments|knowledges|furnitures|feedbacks|evidences|homeworks)\b",
                r"|\b\d+\+?\s+years?\s+experiences\b",
                r"|\b\d+\+?\s+year\s+experience\b",
                r"|\bmore\s+(?:better|easier|faster|bigger|cheaper|stronger|worse)\b",
                r"|\b(?:more|most)\s+(?:big|cheap|easy|fast|good|bad|hot|cold|nice|small|large|old|young|long|short|high|low|near|far)\b",
                r"|\b(?:childrens|womans|luggages|peoples\s+(?:is|are|was|were|think|say|like))\b",
                r"|\ba\s+(?:good\s+|great\s+|bad\s+)?(?:news|advice|information|furniture|homework|luggage)(?:[.,!?]|\s+(?:for|about|that|is|was)\b)",
                r"|\bdo(?:es|ing|ne)?\s+(?:a\s+)?mistakes?\b|\bdid\s+(?:a\s+)?mistakes?\b",
            ))
        }),
        LearnerError::Calque,
    ),
];

/// Needed by `MissingArticle`: "am", "'m", "was" or ("he/she") "is" right
/// before the adjective, the field or the job word (or ".net").
fn missing_article_gate(w: &Words) -> bool {
    const JOB: &[&str] = &[
        "developer",
        "engineer",
        "designer",
        "programmer",
        "specialist",
        "expert",
        "freelancer",
    ];
    let before = |be: &[&str]| {
        w.pair_any(
            be,
            &[
                "senior",
                "junior",
                "experienced",
                "professional",
                "skilled",
                "certified",
                "talented",
                "freelance",
                "full",
                "software",
                "web",
                "front",
                "back",
                "mobile",
                "python",
                "java",
            ],
        ) || w.pair_any(
            be,
            &[
                "react",
                "php",
                "blockchain",
                "ios",
                "android",
                "devops",
                "data",
                "ui",
                "ux",
                "game",
                "wordpress",
                "developer",
                "engineer",
                "designer",
                "programmer",
                "specialist",
                "expert",
                "freelancer",
            ],
        )
    };
    before(&["am", "m", "was"])
        || (w.pair_any(&["he", "she"], &["is"]) && before(&["is"]))
        || (w.has("net") && w.any(JOB))
}

/// Needed by `Agreement`, alternative by alternative.
fn agreement_gate(w: &Words) -> bool {
    (w.any_is(&["these", "those"]) && w.any_is(&["is", "was", "has"]))
        || w.pair_any(&["he", "she"], &["have", "don", "do"])
        || w.pair_any(&["it"], &["have", "don"])
        || w.pair_any(&["they", "we", "i"], &["is", "has", "does"])
        || w.pair_any(
            &[
                "people",
                "guys",
                "clients",
                "customers",
                "developers",
                "users",
            ],
            &["is", "has", "was"],
        )
        || (w.pair_any(&["there"], &["is", "was"])
            && w.pair_any(
                &["is", "was"],
                &["many", "several", "two", "three", "four", "five", "few"],
            ))
        || w.pair_any(
            &["t", "not", "cannot"],
            &[
                "went", "came", "did", "made", "took", "gave", "wrote", "saw", "knew", "had",
            ],
        )
        || w.pair_any(&["am", "m"], &["agree"])
        || w.pair_any(
            &["everybody", "everyone", "nobody"],
            &["are", "were", "have"],
        )
        || (w.pair_any(&["one"], &["of"])
            && w.pair_any(
                &["of"],
                &["my", "the", "our", "his", "her", "their", "your"],
            ))
        || w.pair_any(&["it", "s", "is"], &["depend"])
        || w.pair_any(&["is", "was"], &["very", "so", "too", "really"])
}

/// Needed by `Preposition`, alternative by alternative ("\\d+" is a word of
/// ASCII digits, or characters outside ASCII, which a pair passes over).
fn preposition_gate(w: &Words) -> bool {
    const DIGITS: &[&str] = &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
    const OBJ: &[&str] = &["me", "him", "her", "us", "them"];
    w.pair_any(&["look", "looking", "looks"], &["forward"])
        || w.pair_any(
            &[
                "discuss",
                "discussed",
                "discussing",
                "mention",
                "mentioned",
                "emphasise",
                "emphasize",
                "emphasised",
                "emphasized",
                "emphasises",
                "emphasizes",
            ],
            &["about"],
        )
        || w.pair_any(&["explain", "explained", "explaining"], OBJ)
        || w.pair_any(&["contact"], &["with", "to"])
        || w.pair_any(&["interested"], &["on", "for"])
        || w.pair_any(&["depend", "depends", "depended", "depending"], &["of"])
        || w.pair_any(&["since", "during"], DIGITS)
        || w.pair_any(&["since", "during"], &["years", "months", "weeks", "days"])
        || w.pair_any(&["can", "could", "should", "must", "might", "for"], &["to"])
        || w.pair_any(&["can"], &["able"])
        || w.pair_any(&["i"], &["very"])
        || w.pair_any(OBJ, &["to"])
        || w.pair_any(&["to"], &["me"])
        || w.pair_any(
            &["am", "m", "was", "very", "so", "really"],
            &["boring", "interesting"],
        )
        || w.pair_any(
            &["am", "is", "are"],
            &["knowing", "believing", "belonging", "owning"],
        )
}

/// Needed by `NumberOrArticleForm`: a quantity word before a singular
/// noun, "a" before a vowel letter, or "an" before a consonant letter.
fn article_form_gate(w: &Words) -> bool {
    w.pair_any(
        &["many", "several", "various", "multiple", "these", "those"],
        &[
            "project",
            "client",
            "website",
            "app",
            "application",
            "customer",
            "developer",
            "company",
            "problem",
            "feature",
            "language",
            "technology",
            "skill",
            "task",
            "product",
        ],
    ) || w.pair_any(&["a"], &["a", "i", "o", "e"])
        || w.pair_any(
            &["an"],
            &[
                "b", "c", "d", "f", "g", "j", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v",
                "w", "x", "z",
            ],
        )
}

/// Needed by `Calque`, alternative by alternative.
fn calque_gate(w: &Words) -> bool {
    w.any_is(&[
        "informations",
        "advices",
        "softwares",
        "equipments",
        "knowledges",
        "furnitures",
        "feedbacks",
        "evidences",
        "homeworks",
        "childrens",
        "womans",
        "luggages",
        "peoples",
    ]) || w.pair_any(&["year", "years"], &["experience"])
        || w.pair_any(
            &["more", "most"],
            &[
                "better", "easier", "faster", "bigger", "cheaper", "stronger", "worse", "big",
                "cheap", "easy", "fast", "good", "bad", "hot", "cold", "nice", "small", "large",
                "old", "young", "long", "short", "high", "low", "near", "far",
            ],
        )
        || w.pair_any(
            &["a", "good", "great", "bad"],
            &[
                "news",
                "advice",
                "information",
                "furniture",
                "homework",
                "luggage",
            ],
        )
        || w.pair_any(&["do", "does", "doing", "done", "did", "a"], &["mistake"])
}

/// Words after "a" that begin with a vowel letter but a consonant sound, or are
/// not nouns at all (the pattern above catches only lower-case words).
fn article_exception(word: &str) -> bool {
    const OK: [&str; 12] = [
        "one", "once", "ones", "oneself", "ouija", "eu", "ewe", "eunuch", "uni", "a", "i", "o",
    ];
    OK.iter().any(|w| word.starts_with(w))
}

fn learner_errors(f: &Field) -> Vec<(Range<usize>, LearnerError)> {
    let mut out = Vec::new();
    for (g, kind) in LEARNER.iter() {
        let Some(rx) = g.get(f) else { continue };
        for m in rx.find_iter(&f.norm) {
            if *kind == LearnerError::NumberOrArticleForm {
                let t = m.as_str();
                if let Some(w) = t.strip_prefix("a ") {
                    if article_exception(w) {
                        continue;
                    }
                }
            }
            out.push((m.range(), *kind));
        }
    }
    crate::sort::by_key(&mut out, |(r, _)| r.start);
    out
}

// ---------------------------------------------------------- input residue

fn residue_of(c: char) -> Option<Residue> {
    match c {
        '\u{3000}' => Some(Residue::IdeographicSpace),
        '\u{FF01}'..='\u{FF5E}' => Some(Residue::FullWidth),
        '\u{3001}' | '\u{3002}' | '\u{300C}'..='\u{3011}' | '\u{FF61}'..='\u{FF65}' => {
            Some(Residue::CjkPunctuation)
        }
        'ㅋ' | 'ㅎ' | 'ㅠ' | 'ㅜ' => Some(Residue::HangulChat),
        _ => None,
    }
}

fn input_residue(original: &str) -> Vec<(Range<usize>, Residue)> {
    let mut out: Vec<(Range<usize>, Residue)> = Vec::new();
    let mut latin = 0usize;
    let mut cjk = 0usize;
    for c in original.chars() {
        match Script::of(c) {
            Script::Latin if !('\u{FF21}'..='\u{FF5A}').contains(&c) => latin += 1,
            s if s.is_cjk() => cjk += 1,
            _ => {}
        }
    }
    // Residue is meaningful only inside Latin-script text.
    if latin < 20 || cjk * 4 > latin {
        return out;
    }
    let mut push = |r: Range<usize>, k: Residue| match out.last_mut() {
        Some((last, lk)) if *lk == k && last.end == r.start => last.end = r.end,
        _ => out.push((r, k)),
    };
    for (i, c) in original.char_indices() {
        let r = i..i + c.len_utf8();
        let kind = residue_of(c).or_else(|| match Script::of(c) {
            Script::Hangul => Some(Residue::Hangul),
            Script::Hiragana | Script::Katakana => Some(Residue::Kana),
            Script::Han => Some(Residue::Han),
            _ => None,
        });
        if let Some(k) = kind {
            push(r, k);
        }
    }
    // A single chat jamo is noise ("ㅋ" alone); keep runs of two or more.
    out.retain(|(r, k)| {
        *k != Residue::HangulChat
            || original
                .get(r.clone())
                .is_some_and(|s| s.chars().count() >= 2)
    });
    out
}

// ------------------------------------------------------------------ habits

static EMOJI: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\x{1F300}-\x{1FAFF}\x{2600}-\x{27BF}]|[:;]-?[)(]|[:;]-?[DPp]\b"));
static CONTRACTION: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b(?:[a-z]+n't|I'm|I've|I'll|I'd|you're|we're|it's|that's|let's)\b"));
static EXPANDED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:I am|I have|I will|I would|you are|we are|it is|that is|let us|do not|does not|did not|can not|cannot|will not|is not|are not)\b",
    )
});
static GREETING: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\W*(?:(hi|hii+)|(hello|good (?:morning|afternoon|evening))|(hey)|(dear))\b")
});
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(thanks|thank you|thx|many thanks)|((?:kind |best |warm )?regards)|(best(?: wishes)?|all the best)|(cheers)|(sincerely|yours truly))\W*(?:\n.*)?$",
    )
});

fn formula_of(caps: &regex::Captures, list: &[Formula]) -> Formula {
    list.iter()
        .enumerate()
        .find(|(i, _)| caps.get(i + 1).is_some())
        .map_or(Formula::None, |(_, f)| *f)
}

fn habits(f: &Field) -> Habits {
    let mut h = Habits {
        function_words: vec![0; FUNCTION_WORDS.len()],
        ..Habits::default()
    };
    for w in f.word_strs() {
        if w == "i" || w.starts_with("i'") || w.starts_with("i’") {
            h.lowercase_i = h.lowercase_i.saturating_add(1);
        }
        if let Some(slot) = function_word(w).and_then(|i| h.function_words.get_mut(i)) {
            *slot = slot.saturating_add(1);
        }
    }
    let count = |n: usize| u16::try_from(n).unwrap_or(u16::MAX);
    let t = &f.norm;
    h.commas = count(t.matches(',').count());
    h.exclamations = count(t.matches('!').count());
    h.questions = count(t.matches('?').count());
    h.ellipses = count(t.matches("...").count() + t.matches('…').count());
    h.emoji = count(EMOJI.find_iter(t).count());
    h.contractions = count(CONTRACTION.find_iter(t).count());
    h.expanded = count(EXPANDED.find_iter(t).count());
    h.lowercase_starts = count(
        f.sentences
            .iter()
            .filter_map(|s| t.get(s.clone()))
            .filter(|s| s.chars().next().is_some_and(char::is_lowercase))
            .count(),
    );
    let head = t.get(..floor(t, 60)).unwrap_or(t);
    h.greeting = GREETING.captures(head).map_or(Formula::None, |c| {
        formula_of(
            &c,
            &[Formula::Hi, Formula::Hello, Formula::Hey, Formula::Dear],
        )
    });
    let tail_start = ceil(t, t.len().saturating_sub(60));
    let tail = t.get(tail_start..).unwrap_or(t);
    h.sign_off = SIGN_OFF.captures(tail).map_or(Formula::None, |c| {
        formula_of(
            &c,
            &[
                Formula::Thanks,
                Formula::Regards,
                Formula::Best,
                Formula::Cheers,
                Formula::Sincerely,
            ],
        )
    });
    h
}

/// Index of `w` in [`FUNCTION_WORDS`], ignoring ASCII case; no allocation
/// (this runs for every word of every prose field).
fn function_word(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if b.len() > 6 {
        return None;
    }
    let mut buf = [0u8; 6];
    let lower = buf.get_mut(..b.len())?;
    for (d, c) in lower.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    let lower = &*lower;
    FUNCTION_WORDS.iter().position(|x| x.as_bytes() == lower)
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

fn sentence_cv(f: &Field) -> Option<f64> {
    let mut lens: Vec<f64> = Vec::new();
    let mut wi = 0;
    for s in &f.sentences {
        let mut n = 0usize;
        while let Some(w) = f.words.get(wi) {
            if w.start >= s.end {
                break;
            }
            if w.start >= s.start {
                n += 1;
            }
            wi += 1;
        }
        if n >= 3 {
            lens.push(n as f64);
        }
    }
    if lens.len() < 6 {
        return None;
    }
    let mean = lens.iter().sum::<f64>() / lens.len() as f64;
    let var = lens.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / lens.len() as f64;
    Some(var.sqrt() / mean)
}

/// Sentence-length coefficient of variation below which text counts as uniform.
pub const UNIFORM_CV: f64 = 0.45;

/// The parts of the AI-style score (see [`Field::ai_score`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AiScore {
    /// Weighted markers per 100 words.
    pub density: f64,
    /// 0–1: how uniform sentence lengths are.
    pub uniformity: f64,
    /// Distinct marker texts.
    pub distinct: usize,
    /// Lexicon score: `density + uniformity`.
    pub score: f64,
    /// Logit of the linear model ([`super::ai_model`]); HL204 compares this
    /// with its threshold.
    pub model: f64,
}

#[cfg(test)]
mod tests {
    use super::{AI_FORMULA, AI_FORMULA_WORDS, AI_MEDIUM, AI_STRONG};
    use crate::text::{Author, Field, Source};

    fn field(s: &str) -> Field {
        Field::new("t".into(), Source::ProposalText, Author::Subject, None, s)
    }

    #[test]
    fn markers_found_and_counted() {
        let f = field(
            "I hope this message finds you well. I would love to delve into your project and leverage my meticulous approach.",
        );
        let kinds: Vec<_> = f
            .markers()
            .iter()
            .map(|m| f.norm[m.range.clone()].to_lowercase())
            .collect();
        assert!(kinds.contains(&"i hope this message finds you well".to_owned()));
        assert!(kinds.contains(&"delve".to_owned()));
        assert!(kinds.contains(&"meticulous".to_owned()));
        let s = f.ai_score();
        assert!(s.density > 10.0, "{s:?}");
        let plain = field("I fixed the login bug and pushed the change. Can you test it tomorrow?");
        assert!(plain.markers().is_empty());
    }

    #[test]
    fn learner_patterns() {
        let f = field(
            "I am software developer with 5 years experiences. These guys is good. Looking forward to work with you.",
        );
        let kinds: Vec<_> = f.learner().iter().map(|x| x.1).collect();
        use super::LearnerError::*;
        assert!(kinds.contains(&MissingArticle), "{kinds:?}");
        assert!(kinds.contains(&Calque));
        assert!(kinds.contains(&Preposition));
        let native = field(
            "I am a software developer with five years of experience. These people are great. I look forward to working with you.",
        );
        assert!(native.learner().is_empty(), "{:?}", native.learner());
        // "a one-time", "an hour", "a European" are fine
        let ok = field("It was a one-time fix, an hour of work and a European client.");
        assert!(ok.learner().is_empty(), "{:?}", ok.learner());
    }

    #[test]
    fn residue_in_original_text() {
        use super::Residue::*;
        let f = field("Hello，I can start tomorrow．Price is ５００ USD ㅋㅋ thanks\u{3000}a lot");
        let kinds: Vec<_> = f.residue().iter().map(|x| x.1).collect();
        assert!(kinds.contains(&FullWidth));
        assert!(kinds.contains(&HangulChat));
        assert!(kinds.contains(&IdeographicSpace));
        for (r, _) in f.residue() {
            assert!(f.original.get(r.clone()).is_some());
        }
        // NFKC folded them in norm
        assert!(f.norm.contains("500"));
        // all-Korean text is not "residue"
        let k = field("안녕하세요 저는 개발자입니다 ㅋㅋ 잘 부탁드립니다 감사합니다 여러분");
        assert!(k.residue().is_empty());
    }

    #[test]
    fn function_words_are_found_in_any_case() {
        for (i, w) in super::FUNCTION_WORDS.iter().enumerate() {
            assert_eq!(super::function_word(w), Some(i));
            assert_eq!(super::function_word(&w.to_uppercase()), Some(i));
        }
        assert_eq!(super::function_word("thee"), None);
        assert_eq!(super::function_word("withstanding"), None);
        assert_eq!(super::function_word("ü"), None);
    }

    #[test]
    fn habits_greeting_sign_off() {
        use super::Formula;
        let f = field("Hey there! i'm done with it :) cheers");
        assert_eq!(f.habits().greeting, Formula::Hey);
        assert_eq!(f.habits().sign_off, Formula::Cheers);
        assert_eq!(f.habits().lowercase_i, 1);
        assert!(f.habits().emoji >= 1);
        let g = field("Dear client,\nThe update is ready.\nBest regards,\nJohn");
        assert_eq!(g.habits().greeting, Formula::Dear);
        assert_eq!(g.habits().sign_off, Formula::Regards);
    }

    /// The patterns the AI word lists replace, kept to prove they find the same.
    const AI_WORD_PATTERNS: [&str; 2] = [
        r"(?i)\b(?:delv(?:e|es|ed|ing)|tapestr(?:y|ies)|intricate(?:ly)?|intricacies|realms?|pivotal|multifaceted|nuanced?|commendable|showcas(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|testament|embark(?:s|ed|ing)?|ever-(?:evolving|changing)|paramount|unwavering|vibrant|bolster(?:s|ed|ing)?|garner(?:s|ed|ing)?|resonat(?:e|es|ed|ing)|captivat(?:e|es|ed|ing)|elevat(?:e|es|ed|ing)|holistic|synerg(?:y|ies|istic)|invaluable|interplay|enigmatic|profound(?:ly)?|noteworthy|harness(?:es|ed|ing)?|navigat(?:e|es|ed|ing)|landscapes?|transformative|empower(?:s|ed|ing|ment)?|crucial(?:ly)?|ultimately|insights|robust|enhances|enhanced|endeavou?rs?|notably)\b",
        r"(?i)\b(?:meticulous(?:ly)?|seamless(?:ly)?|foster(?:s|ed|ing)?|spearhead(?:s|ed|ing)?|vital|essential|additionally|furthermore|moreover|overall|diverse|enhanc(?:e|ing|ement)|innovative|utiliz(?:e|es|ed)|leverag(?:e|es|ed)|streamlin(?:e|es|ed|ing)|optimiz(?:e|es|ed)|facilitates|valuable|significant|cutting-edge)\b",
    ];

    #[test]
    fn ai_word_lists_find_what_the_patterns_found() {
        let mut texts: Vec<String> = vec![
            "We delve into the ever-evolving, ever-changing landscape; it's crucial. Notably"
                .into(),
            "Cutting-edge and cutting edge; overall/overalls; Endeavour endeavours endeavor".into(),
        ];
        for words in [&AI_STRONG, &AI_MEDIUM] {
            for w in words.list() {
                for stem in [w, &w[..w.len() - 1], &w[..w.len() - 2]] {
                    for end in [
                        "", "s", "es", "ed", "ing", "ly", "ment", "d", "r", "rs", "y", "ies",
                        "istic", "e",
                    ] {
                        texts.push(format!("{stem}{end}"));
                        texts.push(format!(
                            "An {}{end}, x{stem}{end} {stem}{end}_",
                            stem.to_uppercase()
                        ));
                    }
                }
            }
        }
        for (p, words) in AI_WORD_PATTERNS.iter().zip([&AI_STRONG, &AI_MEDIUM]) {
            let rx = crate::text::reference_re(p);
            for t in &texts {
                let want: Vec<_> = rx.find_iter(t).map(|m| m.range()).collect();
                let got: Vec<_> = words.find_iter(t).collect();
                assert_eq!(got, want, "{t:?}");
            }
        }
    }

    #[test]
    fn every_formula_holds_a_gate_word() {
        for t in [
            "I hope this message finds you well.",
            "I'm thrilled to apply",
            "I am excited to help",
            "Feel free to reach out",
            "Don't hesitate to contact",
            "It is important to note",
            "It's worth noting",
            "it is crucial to remember",
            "plays a pivotal role",
            "In today's fast-paced world",
            "in todays digital age",
            "a deep understanding of",
            "deeply committed",
            "deep passionate",
            "aligns perfectly with your",
            "align with the",
            "aligning well with my",
            "In summary",
            "in essence",
            "by leveraging",
            "not only fast but also cheap",
            "Let's dive",
            "let us delve",
            "whether you're",
            "Rest assured",
            "look no further",
            "I am confident that my",
            "the perfect fit",
        ] {
            assert!(AI_FORMULA.is_match(t), "{t}");
            assert!(AI_FORMULA_WORDS.find(t).is_some(), "{t}");
        }
    }
}
