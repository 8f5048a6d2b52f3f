//! The tone changes of 一 and 不 that every speaker makes and that school 拼音 shows: 一 is yí
//! before a fourth tone (一个 yí gè) and yì before the others (一天 yì tiān), but keeps yī when it
//! counts or orders (第一, 十一, 一月, 六个一); 不 is bú before a fourth tone (不是 bú shì). Words of
//! the phrase list carry these changes already; this gives them to the rest.

use crate::Syllable;

/// Before 一, characters that make it a digit of a number or an ordinal (十一, 第一).
const NUMERALS_BEFORE: &str = "零〇一二三四五六七八九十百千万亿两第";
/// After 一, digits (一一, 一二): a number read digit by digit. 一百, 一千 and 一万 do change.
const DIGITS_AFTER: &str = "零〇一二三四五六七八九十两";
/// After 一, characters that make it a date or an ordinal rather than a count.
const ORDINAL_AFTER: &str = "月日号楼层级等期届";

/// Changes the tone of 一 and 不 in `syllables` (one for each character of `chars`).
/// `ends_word` tells whether a character is the last of a word of two or more (统一, 之一), where
/// 一 keeps its tone.
pub(crate) fn apply(chars: &[char], syllables: &mut [Option<Syllable>], ends_word: &[bool]) {
    for at in 0..chars.len() {
        let Some(next) = next_tone(chars, syllables, at) else { continue };
        let changed = match (chars[at], syllables[at].as_ref().map(Syllable::numbered).as_deref()) {
            ('一', Some("yi1")) if counts(chars, at) && !ends_word.get(at).copied().unwrap_or(false) => {
                Some(if next == 4 { 2 } else { 4 })
            }
            ('不', Some("bu4")) if next == 4 => Some(2),
            _ => None,
        };
        if let Some(tone) = changed {
            let letters = syllables[at].as_ref().map(|s| s.letters().to_string()).unwrap_or_default();
            syllables[at] = Syllable::new(&letters, tone);
        }
    }
}

/// The tone of the next character, if it is a Han character read with a tone (neutral tones
/// count as the tone the character has on its own, which for 个 is the fourth: 一个 yí ge).
fn next_tone(chars: &[char], syllables: &[Option<Syllable>], at: usize) -> Option<u8> {
    let next = syllables.get(at + 1)?.as_ref()?;
    match next.tone() {
        5 if chars[at + 1] == '个' => Some(4),
        5 => None,
        tone => Some(tone),
    }
}

/// Whether 一 at `at` counts something (rather than being a digit of a number or an ordinal).
fn counts(chars: &[char], at: usize) -> bool {
    let before = at.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(at + 1).copied();
    let within = |c: Option<char>, set: &str| c.is_some_and(|c| set.contains(c) || c.is_ascii_digit());
    !within(before, NUMERALS_BEFORE)
        && !within(after, DIGITS_AFTER)
        && !after.is_some_and(|c| ORDINAL_AFTER.contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed(text: &str, readings: &[&str]) -> Vec<String> {
        changed_in_words(text, readings, &[])
    }

    fn changed_in_words(text: &str, readings: &[&str], ends_word: &[bool]) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut syllables: Vec<Option<Syllable>> =
            readings.iter().map(|r| Syllable::from_numbered(r)).collect();
        apply(&chars, &mut syllables, ends_word);
        syllables.iter().map(|s| s.as_ref().map(Syllable::marked).unwrap_or_default()).collect()
    }

    #[test]
    fn yi_and_bu_change_before_the_tones_that_change_them() {
        assert_eq!(changed("一体化", &["yi1", "ti3", "hua4"]), ["yì", "tǐ", "huà"]);
        assert_eq!(changed("一个", &["yi1", "ge4"]), ["yí", "gè"]);
        assert_eq!(changed("一公里", &["yi1", "gong1", "li3"]), ["yì", "gōng", "lǐ"]);
        assert_eq!(changed("不是", &["bu4", "shi4"]), ["bú", "shì"]);
        assert_eq!(changed("不低", &["bu4", "di1"]), ["bù", "dī"]);
    }

    #[test]
    fn yi_keeps_its_tone_when_it_counts_or_orders() {
        assert_eq!(changed("第一", &["di4", "yi1"]), ["dì", "yī"]);
        assert_eq!(changed("十一月", &["shi2", "yi1", "yue4"]), ["shí", "yī", "yuè"]);
        assert_eq!(changed("一月", &["yi1", "yue4"]), ["yī", "yuè"]);
        assert_eq!(changed("六个一”", &["liu4", "ge4", "yi1", ""]), ["liù", "gè", "yī", ""]);
        let ends = [false, true, false, false];
        assert_eq!(
            changed_in_words("统一部署", &["tong3", "yi1", "bu4", "shu3"], &ends),
            ["tǒng", "yī", "bù", "shǔ"]
        );
    }

    #[test]
    fn yi_changes_before_hundreds_thousands_and_ten_thousands() {
        assert_eq!(changed("一千", &["yi1", "qian1"]), ["yì", "qiān"]);
        assert_eq!(changed("一万", &["yi1", "wan4"]), ["yí", "wàn"]);
        assert_eq!(changed("十一万", &["shi2", "yi1", "wan4"]), ["shí", "yī", "wàn"]);
    }
}
