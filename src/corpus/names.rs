//! Display names compared the way a reader sees them.
//!
//! - the *folded* name: NFKC text, case-folded, white space collapsed —
//!   two names that differ only by case are the same name;
//! - the *skeleton*: look-alike letters mapped to Latin
//!   ([`skeleton`]), invisible characters
//!   removed, diacritics stripped, spaces and punctuation removed — two names
//!   with one skeleton read alike.
//!
//! Same skeleton but different folded name: a variant (homoglyph, diacritic
//! or spacing). Only keyed hashes of both forms are stored.

use crate::text::confusables::{is_invisible, latin_lookalike, skeleton};

/// Case-folded, white-space-collapsed name (input is NFKC already).
pub fn folded(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The reading skeleton of a name.
pub fn reading_skeleton(name: &str) -> String {
    crate::text::unicode::without_marks(&skeleton(name), crate::text::unicode::Form::Nfd)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Does the name contain characters that imitate Latin letters or hide?
pub fn has_lookalikes(name: &str) -> bool {
    let latin = name.chars().any(|c| c.is_ascii_alphabetic());
    name.chars()
        .any(|c| is_invisible(c) || (latin && latin_lookalike(c).is_some()))
}

/// How two names with one skeleton differ.
pub fn variant_kind(a_lookalikes: bool, b_lookalikes: bool) -> &'static str {
    if a_lookalikes || b_lookalikes {
        "look-alike characters"
    } else {
        "accents, spacing or punctuation"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_of_variants() {
        let plain = reading_skeleton("John Smith");
        assert_eq!(reading_skeleton("Jоhn Smith"), plain); // Cyrillic о
        assert_eq!(reading_skeleton("John  Smíth"), plain);
        assert_eq!(reading_skeleton("JohnSmith"), plain);
        assert_eq!(reading_skeleton("John-Smith"), plain);
        assert_ne!(reading_skeleton("Joan Smith"), plain);
        assert_eq!(folded("JOHN   smith"), folded("John Smith"));
        assert!(has_lookalikes("Jоhn Smith"));
        assert!(!has_lookalikes("José Núñez"));
        assert!(!has_lookalikes("Иван Петров"));
    }
}
