//! The one-pass analysis context.
//!
//! [`Analysis::new`] walks a document once: every text field is normalized,
//! tokenized, split into sentences and script runs, its language detected
//! (when long enough) and its contacts extracted. Rules read this context and
//! never re-scan raw text for what it already holds.

use crate::contacts::{self, Contact};
use crate::date::Timestamp;
use crate::model::{Document, Message, Profile, Role};
use crate::options::Options;
use crate::text::{Author, Field, Source};

/// A contact found in a field.
#[derive(Debug, Clone)]
pub struct FoundContact {
    /// Index into [`Analysis::fields`].
    pub field: usize,
    pub contact: Contact,
}

/// A timestamped piece of activity by the subject.
#[derive(Debug, Clone, Copy)]
pub struct Activity {
    pub at: Timestamp,
    /// Field index of the message text, when the activity is a message.
    pub field: Option<usize>,
}

pub struct Analysis<'a> {
    pub doc: &'a Document,
    /// The profile whose claims apply (the document, or the one embedded in it).
    pub profile: Option<&'a Profile>,
    /// JSON path prefix of that profile's fields (`""` or `"profile."`).
    pub profile_prefix: &'static str,
    pub fields: Vec<Field>,
    /// Contacts in field order, and by position within a field.
    pub contacts: Vec<FoundContact>,
    /// The longest contact (bytes), so a range query knows how far back to look.
    max_contact_len: usize,
    /// Timestamps of the subject's activity: profile activity, the proposal's
    /// or message's `sent_at`, the subject's messages in a thread.
    pub activity: Vec<Activity>,
    pub options: &'a Options,
    /// Main language of the subject's prose (ISO 639-3): that of the longest
    /// text whose language is detected reliably.
    pub language: Option<&'static str>,
    /// Words written by the subject.
    pub words: usize,
    /// The tradecraft lexicon's hits per field, found once on first use and
    /// shared by every tradecraft rule (`rules::tradecraft::frames::scan`).
    pub(crate) frame_hits: std::cell::OnceCell<crate::rules::tradecraft::frames::FieldHits>,
}

impl<'a> Analysis<'a> {
    pub fn new(doc: &'a Document, options: &'a Options) -> Analysis<'a> {
        Analysis::build(doc, options, false)
    }

    /// What linkage needs and nothing more ([`Corpus`](crate::Corpus)'s
    /// lean pass): only the subject's own fields (no job post, no client's
    /// messages, no skills), each normalized and split into words (no
    /// sentences, no script runs), their contacts, no language. Fields,
    /// contacts, words and identifiers of the subject are exactly those of
    /// [`Analysis::new`] in the same order, so a corpus keeps the same
    /// signature either way; rules must never read this analysis.
    pub(crate) fn lean(doc: &'a Document, options: &'a Options) -> Analysis<'a> {
        Analysis::build(doc, options, true)
    }

    fn build(doc: &'a Document, options: &'a Options, lean: bool) -> Analysis<'a> {
        let mut b = Builder {
            fields: Vec::new(),
            lean,
        };
        let mut activity = Vec::new();
        let profile = doc.profile();
        let profile_prefix = if matches!(doc, Document::Profile(_)) {
            ""
        } else {
            "profile."
        };
        match doc {
            Document::Profile(p) => b.profile("", p),
            Document::Proposal(p) => {
                if let Some(a) = &p.author {
                    b.opt(
                        "author.name",
                        Source::AuthorName,
                        Author::Subject,
                        None,
                        &a.name,
                    );
                    b.opt(
                        "author.handle",
                        Source::Contact,
                        Author::Subject,
                        None,
                        &a.handle,
                    );
                }
                let f = b.opt("text", Source::ProposalText, Author::Subject, None, &p.text);
                if let Some(j) = &p.job {
                    b.opt(
                        "job.title",
                        Source::JobTitle,
                        Author::Client,
                        None,
                        &j.title,
                    );
                    b.opt(
                        "job.description",
                        Source::JobDescription,
                        Author::Client,
                        None,
                        &j.description,
                    );
                }
                if let Some(at) = p.sent_at {
                    activity.push(Activity { at, field: f });
                }
                if let Some(pr) = &p.profile {
                    b.profile("profile.", pr);
                }
            }
            Document::Message(m) => {
                b.message("", None, m, &mut activity);
                if let Some(pr) = &m.profile {
                    b.profile("profile.", pr);
                }
            }
            Document::Thread(t) => {
                if let Some(j) = &t.job {
                    b.opt(
                        "job.title",
                        Source::JobTitle,
                        Author::Client,
                        None,
                        &j.title,
                    );
                    b.opt(
                        "job.description",
                        Source::JobDescription,
                        Author::Client,
                        None,
                        &j.description,
                    );
                }
                for (i, m) in t.messages.iter().enumerate() {
                    b.message(&format!("messages[{i}]."), Some(i), m, &mut activity);
                }
                if let Some(pr) = &t.profile {
                    b.profile("profile.", pr);
                }
            }
        }
        if let Some(p) = profile {
            activity.extend(p.activity.iter().map(|&at| Activity { at, field: None }));
        }
        let fields = b.fields;
        let mut found = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            if matches!(
                f.source,
                Source::Skill | Source::JobTitle | Source::JobDescription
            ) {
                continue;
            }
            found.extend(
                contacts::extract(&f.norm)
                    .into_iter()
                    .map(|contact| FoundContact { field: i, contact }),
            );
        }
        let mut prose: Vec<&Field> = fields.iter().filter(|f| f.is_subject_prose()).collect();
        let words = prose.iter().map(|f| f.word_count()).sum();
        // The main language is that of the longest text whose language can
        // be decided: usually one detection for the whole document (the
        // detector is the costliest step; shorter texts are asked only by
        // the rules that compare languages with claims).
        crate::sort::by_key(&mut prose, |f| std::cmp::Reverse(f.word_count()));
        let language = if lean {
            None
        } else {
            prose.iter().find_map(|f| f.language()).map(|l| l.code)
        };
        let max_contact_len = found
            .iter()
            .map(|c| c.contact.range.len())
            .max()
            .unwrap_or(0);
        Analysis {
            doc,
            profile,
            profile_prefix,
            fields,
            contacts: found,
            max_contact_len,
            activity,
            options,
            language,
            words,
            frame_hits: std::cell::OnceCell::new(),
        }
    }

    /// Fields of one kind.
    pub fn fields_of(&self, source: Source) -> impl Iterator<Item = (usize, &Field)> + '_ {
        self.fields
            .iter()
            .enumerate()
            .filter(move |(_, f)| f.source == source)
    }

    /// Free text written by the subject: overview, headline, employment
    /// descriptions, proposal text, the subject's messages.
    pub fn subject_prose(&self) -> impl Iterator<Item = (usize, &Field)> + '_ {
        self.fields
            .iter()
            .enumerate()
            .filter(|(_, f)| f.is_subject_prose())
    }

    /// Contacts found in text the subject wrote or in the subject's profile.
    pub fn subject_contacts(&self) -> impl Iterator<Item = (&Field, &Contact)> + '_ {
        self.contacts.iter().filter_map(|c| {
            let f = self.fields.get(c.field)?;
            (f.author == Author::Subject).then_some((f, &c.contact))
        })
    }

    /// The contacts found in field `field`, in order. A binary search: rules
    /// that look at every field stay linear however many contacts there are.
    pub fn contacts_in(&self, field: usize) -> &[FoundContact] {
        let lo = self.contacts.partition_point(|c| c.field < field);
        let hi = self.contacts.partition_point(|c| c.field <= field);
        self.contacts.get(lo..hi).unwrap_or_default()
    }

    /// The contacts of field `field` that overlap `range` (bytes of its
    /// normalized text), e.g. those inside one sentence. O(log n + k).
    pub fn contacts_overlapping(
        &self,
        field: usize,
        range: std::ops::Range<usize>,
    ) -> impl Iterator<Item = &FoundContact> + '_ {
        let all = self.contacts_in(field);
        let from = range.start.saturating_sub(self.max_contact_len);
        let lo = all.partition_point(|c| c.contact.range.start < from);
        let hi = all.partition_point(|c| c.contact.range.start < range.end);
        all.get(lo..hi)
            .unwrap_or_default()
            .iter()
            .filter(move |c| range.start < c.contact.range.end)
    }

    pub fn field(&self, i: usize) -> Option<&Field> {
        self.fields.get(i)
    }

    /// The reference "now" for date checks: the option if set, else the latest
    /// timestamp in the document, else none.
    pub fn now(&self) -> Option<Timestamp> {
        self.options
            .now
            .or_else(|| self.activity.iter().map(|a| a.at).max_by_key(|t| t.unix))
    }
}

struct Builder {
    fields: Vec<Field>,
    /// Only the subject's fields, words only (see [`Analysis::lean`]).
    lean: bool,
}

impl Builder {
    fn push(
        &mut self,
        path: String,
        source: Source,
        author: Author,
        item: Option<usize>,
        text: &str,
    ) -> Option<usize> {
        if text.trim().is_empty() {
            return None;
        }
        if self.lean {
            if author != Author::Subject || source == Source::Skill {
                return None;
            }
            self.fields
                .push(Field::words_only(path, source, author, item, text));
            return Some(self.fields.len() - 1);
        }
        self.fields
            .push(Field::new(path, source, author, item, text));
        Some(self.fields.len() - 1)
    }

    fn opt(
        &mut self,
        path: &str,
        source: Source,
        author: Author,
        item: Option<usize>,
        text: &Option<String>,
    ) -> Option<usize> {
        text.as_deref()
            .and_then(|t| self.push(path.to_owned(), source, author, item, t))
    }

    fn message(
        &mut self,
        pre: &str,
        item: Option<usize>,
        m: &Message,
        activity: &mut Vec<Activity>,
    ) {
        let author = match m.role {
            Role::Freelancer => Author::Subject,
            Role::Client => Author::Client,
            Role::Other => Author::Other,
        };
        if let Some(a) = &m.author {
            self.opt(
                &format!("{pre}author.name"),
                Source::AuthorName,
                author,
                item,
                &a.name,
            );
            self.opt(
                &format!("{pre}author.handle"),
                Source::Contact,
                author,
                item,
                &a.handle,
            );
        }
        let f = self.opt(
            &format!("{pre}text"),
            Source::MessageText,
            author,
            item,
            &m.text,
        );
        if author == Author::Subject {
            if let Some(at) = m.sent_at {
                activity.push(Activity { at, field: f });
            }
        }
    }

    fn profile(&mut self, pre: &str, p: &Profile) {
        let s = Author::Subject;
        self.opt(&format!("{pre}name"), Source::Name, s, None, &p.name);
        self.opt(
            &format!("{pre}headline"),
            Source::Headline,
            s,
            None,
            &p.headline,
        );
        self.opt(
            &format!("{pre}overview"),
            Source::Overview,
            s,
            None,
            &p.overview,
        );
        if let Some(l) = &p.location {
            self.opt(
                &format!("{pre}location.country"),
                Source::Location,
                s,
                None,
                &l.country,
            );
            self.opt(
                &format!("{pre}location.region"),
                Source::Location,
                s,
                None,
                &l.region,
            );
            self.opt(
                &format!("{pre}location.city"),
                Source::Location,
                s,
                None,
                &l.city,
            );
        }
        for (i, sk) in p.skills.iter().enumerate() {
            self.push(format!("{pre}skills[{i}]"), Source::Skill, s, Some(i), sk);
        }
        for (i, e) in p.employment.iter().enumerate() {
            self.opt(
                &format!("{pre}employment[{i}].title"),
                Source::EmploymentTitle,
                s,
                Some(i),
                &e.title,
            );
            self.opt(
                &format!("{pre}employment[{i}].company"),
                Source::EmploymentCompany,
                s,
                Some(i),
                &e.company,
            );
            self.opt(
                &format!("{pre}employment[{i}].location"),
                Source::EmploymentLocation,
                s,
                Some(i),
                &e.location,
            );
            self.opt(
                &format!("{pre}employment[{i}].description"),
                Source::EmploymentDescription,
                s,
                Some(i),
                &e.description,
            );
        }
        for (i, e) in p.education.iter().enumerate() {
            self.opt(
                &format!("{pre}education[{i}].school"),
                Source::School,
                s,
                Some(i),
                &e.school,
            );
            self.opt(
                &format!("{pre}education[{i}].location"),
                Source::EmploymentLocation,
                s,
                Some(i),
                &e.location,
            );
        }
        let c = &p.contacts;
        for (name, list) in [
            ("emails", &c.emails),
            ("phones", &c.phones),
            ("links", &c.links),
            ("handles", &c.handles),
            ("wallets", &c.wallets),
        ] {
            for (i, v) in list.iter().enumerate() {
                self.push(
                    format!("{pre}contacts.{name}[{i}]"),
                    Source::Contact,
                    s,
                    Some(i),
                    v,
                );
            }
        }
        if let Some(pay) = &p.payment {
            self.opt(
                &format!("{pre}payment.payee_name"),
                Source::Payee,
                s,
                None,
                &pay.payee_name,
            );
            self.opt(
                &format!("{pre}payment.account"),
                Source::Contact,
                s,
                None,
                &pay.account,
            );
        }
    }
}
