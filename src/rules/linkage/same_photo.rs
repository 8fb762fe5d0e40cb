//! HL403 same-photo: one photo under many names, or one name with many photos.

use crate::report::{Family, Severity};
use crate::rules::{Docs, Rule};

pub static RULE: Rule = Rule {
    code: "HL403",
    name: "same-photo",
    family: Family::Linkage,
    severity: Severity::High,
    weight: 4.0,
    indicators: &["I09"],
    title: "Photo shared with another profile",
    innocent: "Stock or default avatars, logos and the same person's second account can repeat a photo; common names repeat with different faces.",
    verify: "Reverse-search the photo, ask about the other profile, and verify identity on a camera-on call.",
    docs: Docs {
        what_it_sees: "The profile photo's 64-bit perceptual hash (dHash, from `photo.dhash` or computed from the avatar's RGBA pixels) is within 8 bits of a photo seen on another profile (high when the names differ, medium when a name is unknown, low under the same name); or the same name appears with a clearly different photo (20 or more bits apart; low).",
        why_it_matters: "US and South Korean guidance lists the same photo under different names, and one identity shown with different photos across profiles, as a sign of fabricated personas (I09).",
        innocent_explanations: "Platform default avatars, company logos and cartoon avatars are shared by many; a person may update their photo; different people share common names.",
        example: "Profiles \"Alice Moreau\" and \"Brian Okafor\" carry avatars whose hashes differ in 2 of 64 bits: high.",
    },
    check: super::corpus_only,
};
