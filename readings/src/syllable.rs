//! One Mandarin syllable: its letters (with `ü`) and its tone (1 to 4, 5 for the neutral tone).
//! The data files write syllables with tone marks (`lǜ`), the polyphone set and speech engines
//! with numbers (`lu:4`, `lv4`); this is the one place that converts between them.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Syllable {
    letters: String,
    tone: u8,
}

/// A marked vowel and what it stands for.
const MARKED: [(char, char, u8); 28] = [
    ('ā', 'a', 1),
    ('á', 'a', 2),
    ('ǎ', 'a', 3),
    ('à', 'a', 4),
    ('ē', 'e', 1),
    ('é', 'e', 2),
    ('ě', 'e', 3),
    ('è', 'e', 4),
    ('ī', 'i', 1),
    ('í', 'i', 2),
    ('ǐ', 'i', 3),
    ('ì', 'i', 4),
    ('ō', 'o', 1),
    ('ó', 'o', 2),
    ('ǒ', 'o', 3),
    ('ò', 'o', 4),
    ('ū', 'u', 1),
    ('ú', 'u', 2),
    ('ǔ', 'u', 3),
    ('ù', 'u', 4),
    ('ǖ', 'ü', 1),
    ('ǘ', 'ü', 2),
    ('ǚ', 'ü', 3),
    ('ǜ', 'ü', 4),
    ('ń', 'n', 2),
    ('ň', 'n', 3),
    ('ǹ', 'n', 4),
    ('ḿ', 'm', 2),
];

impl Syllable {
    pub fn new(letters: &str, tone: u8) -> Option<Syllable> {
        let plain = letters.chars().all(|c| c.is_ascii_lowercase() || c == 'ü' || c == 'ê');
        (plain && !letters.is_empty() && (1..=5).contains(&tone))
            .then(|| Syllable { letters: letters.to_string(), tone })
    }

    /// `lǜ`, `zhōng`, `de` (no mark: the neutral tone).
    pub fn from_marked(text: &str) -> Option<Syllable> {
        let mut letters = String::new();
        let mut tone = 5;
        for c in text.trim().chars() {
            match MARKED.iter().find(|(marked, _, _)| *marked == c) {
                Some((_, base, t)) => {
                    letters.push(*base);
                    tone = *t;
                }
                None => letters.push(c),
            }
        }
        Syllable::new(&letters, tone)
    }

    /// `lu:4`, `lv4`, `lü4`, `de5` (the polyphone set's and espeak's way).
    pub fn from_numbered(text: &str) -> Option<Syllable> {
        let text = text.trim();
        let tone = text.chars().last()?.to_digit(10)? as u8;
        let letters = text[..text.len() - 1].replace("u:", "ü").replace('v', "ü");
        Syllable::new(&letters, tone)
    }

    pub fn tone(&self) -> u8 {
        self.tone
    }

    /// The letters without the tone, `ü` kept.
    pub fn letters(&self) -> &str {
        &self.letters
    }

    /// `lü4`: what a speech engine reading tone numbers is given (espeak-ng's `cmn` voice reads `lv4`).
    pub fn numbered(&self) -> String {
        format!("{}{}", self.letters, self.tone)
    }

    /// `lǜ`: what the reader sees over the character. The mark goes on `a` or `e` if there is one,
    /// on the `o` of `ou`, and otherwise on the last vowel (the rule taught in school).
    pub fn marked(&self) -> String {
        if self.tone == 5 {
            return self.letters.clone();
        }
        let chars: Vec<char> = self.letters.chars().collect();
        let place = chars
            .iter()
            .position(|c| matches!(c, 'a' | 'e'))
            .or_else(|| self.letters.find("ou").map(|_| chars.iter().position(|c| *c == 'o').unwrap_or(0)))
            .or_else(|| chars.iter().rposition(|c| matches!(c, 'i' | 'o' | 'u' | 'ü')))
            .or_else(|| chars.iter().position(|c| matches!(c, 'n' | 'm')));
        let Some(place) = place else { return self.letters.clone() };
        chars.iter().enumerate().map(|(i, c)| if i == place { self.with_mark(*c) } else { *c }).collect()
    }

    fn with_mark(&self, base: char) -> char {
        MARKED.iter().find(|(_, b, t)| *b == base && *t == self.tone).map_or(base, |(marked, _, _)| *marked)
    }
}

impl fmt::Display for Syllable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.marked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_and_numbers_round_trip() {
        for (marked, numbered) in [
            ("zhōng", "zhong1"),
            ("lǜ", "lü4"),
            ("háng", "hang2"),
            ("le", "le5"),
            ("guǒ", "guo3"),
            ("shuǐ", "shui3"),
            ("lóu", "lou2"),
            ("xué", "xue2"),
            ("ér", "er2"),
        ] {
            let s = Syllable::from_marked(marked).unwrap();
            assert_eq!(s.numbered(), numbered);
            assert_eq!(s.marked(), marked);
            assert_eq!(Syllable::from_numbered(numbered).unwrap(), s);
        }
    }

    #[test]
    fn the_polyphone_sets_spelling_of_u_umlaut_is_read() {
        assert_eq!(Syllable::from_numbered("lu:4").unwrap().marked(), "lǜ");
        assert_eq!(Syllable::from_numbered("nv3").unwrap().marked(), "nǚ");
    }

    #[test]
    fn what_is_not_a_syllable_is_refused() {
        assert_eq!(Syllable::from_marked(""), None);
        assert_eq!(Syllable::from_numbered("zhong"), None);
        assert_eq!(Syllable::from_numbered("zhong9"), None);
        assert_eq!(Syllable::from_marked("<b>"), None);
    }
}
