//! Characters that look like others: the Cyrillic and Greek letters most
//! often used to imitate Latin ones, and invisible or direction-changing
//! characters. A small, hand-written subset of the idea behind Unicode
//! Technical Standard #39 (confusable detection) for the scripts that spoof
//! Latin names and handles in practice.

/// (look-alike, Latin letter it imitates)
const LOOKALIKES: &[(char, char)] = &[
    // Cyrillic lower case
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('ё', 'e'),
    ('һ', 'h'),
    ('і', 'i'),
    ('ї', 'i'),
    ('ј', 'j'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
    ('ѕ', 's'),
    ('ԁ', 'd'),
    ('ԛ', 'q'),
    ('ԝ', 'w'),
    ('ɡ', 'g'),
    ('ӏ', 'l'),
    // Cyrillic upper case
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('Х', 'X'),
    ('У', 'Y'),
    ('І', 'I'),
    ('Ј', 'J'),
    ('Ѕ', 'S'),
    ('Ԁ', 'D'),
    // Greek
    ('α', 'a'),
    ('ο', 'o'),
    ('ρ', 'p'),
    ('ν', 'v'),
    ('τ', 't'),
    ('υ', 'u'),
    ('ι', 'i'),
    ('κ', 'k'),
    ('Α', 'A'),
    ('Β', 'B'),
    ('Ε', 'E'),
    ('Ζ', 'Z'),
    ('Η', 'H'),
    ('Ι', 'I'),
    ('Κ', 'K'),
    ('Μ', 'M'),
    ('Ν', 'N'),
    ('Ο', 'O'),
    ('Ρ', 'P'),
    ('Τ', 'T'),
    ('Υ', 'Y'),
    ('Χ', 'X'),
];

/// The Latin letter a look-alike imitates.
pub fn latin_lookalike(c: char) -> Option<char> {
    LOOKALIKES.iter().find(|(l, _)| *l == c).map(|(_, a)| *a)
}

/// Map look-alikes to Latin, drop invisible characters and lower-case:
/// two strings with the same skeleton read the same to a person.
pub fn skeleton(s: &str) -> String {
    s.chars()
        .filter(|c| !is_invisible(*c) && !is_bidi_control(*c))
        .map(|c| latin_lookalike(c).unwrap_or(c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Bidirectional embedding, override and isolate controls (and marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that render as nothing (or as blank letters) in most fonts.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons() {
        assert_eq!(skeleton("Jоhn"), "john"); // Cyrillic о
        assert_eq!(skeleton("Da\u{200B}niel"), "daniel");
        assert_eq!(skeleton("ΚΕVΙΝ"), "kevin");
        assert_ne!(skeleton("Иван"), "ivan");
    }
}
