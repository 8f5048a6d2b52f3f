//! Text as a browser shows it: a source line break between two Chinese characters disappears
//! (CSS Text 3's segment-break transformation), every other run of spaces, `&nbsp;` or U+3000
//! becomes one space, and the ends are trimmed.

/// East Asian wide and fullwidth characters: Han, kana, hangul and CJK and fullwidth punctuation.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{3000}'
}

pub fn normalise(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if !is_space(c) {
            out.push(c);
            continue;
        }
        let mut line_break = c == '\n' || c == '\r';
        let mut only_ascii = c.is_ascii();
        while let Some(&next) = chars.peek().filter(|n| is_space(**n)) {
            line_break |= next == '\n' || next == '\r';
            only_ascii &= next.is_ascii();
            chars.next();
        }
        let before = out.chars().last();
        let after = chars.peek().copied();
        let joined = line_break && only_ascii && before.is_some_and(is_wide) && after.is_some_and(is_wide);
        if before.is_some() && after.is_some() && !joined {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn spaces_as_a_browser_shows_them() {
        assert_eq!(normalise("　　入秋以来，\n    东胜区\u{a0}"), "入秋以来，东胜区");
        assert_eq!(normalise("建强“红色堡垒”\u{a0}理顺"), "建强“红色堡垒” 理顺");
        assert_eq!(normalise("谷歌(微博)\n在2014年"), "谷歌(微博) 在2014年");
        assert_eq!(normalise("本报北京9月5日电\u{a0}\u{a0}（记者"), "本报北京9月5日电 （记者");
        assert_eq!(normalise(" \n\t "), "");
    }
}
