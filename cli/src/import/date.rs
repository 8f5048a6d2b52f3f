//! Dates as Chinese CMS pages print them, to RFC 3339 at Beijing time (+08:00):
//! `2023-09-06 07:28`, with seconds, `2023年9月6日`, `2023年09月06日07:28`, `2023/09/06`, date only.

/// The first date in `text`, with its time of day when one follows it.
pub fn find_date(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|start| date_at(&chars[start..]))
}

fn number(chars: &[char], at: &mut usize, min: usize, max: usize) -> Option<u32> {
    let digits: String = chars[*at..].iter().take(max).take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() < min || chars.get(*at + digits.len()).is_some_and(char::is_ascii_digit) {
        return None;
    }
    *at += digits.len();
    digits.parse().ok()
}

fn one_of(chars: &[char], at: &mut usize, allowed: &[char]) -> bool {
    let ok = chars.get(*at).is_some_and(|c| allowed.contains(c));
    *at += usize::from(ok);
    ok
}

fn date_at(chars: &[char]) -> Option<String> {
    if chars.first().is_none_or(|c| !c.is_ascii_digit()) {
        return None;
    }
    let mut at = 0;
    let year = number(chars, &mut at, 4, 4).filter(|y| (1990..=2100).contains(y))?;
    let chinese = chars.get(at) == Some(&'年');
    one_of(chars, &mut at, &['-', '/', '.', '年']).then_some(())?;
    let month = number(chars, &mut at, 1, 2).filter(|m| (1..=12).contains(m))?;
    one_of(chars, &mut at, if chinese { &['月'] } else { &['-', '/', '.'] }).then_some(())?;
    let day = number(chars, &mut at, 1, 2).filter(|d| (1..=31).contains(d))?;
    if chinese {
        one_of(chars, &mut at, &['日']);
    }
    let (hour, minute, second) = time_at(chars, at).unwrap_or((0, 0, 0));
    Some(format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}+08:00"))
}

fn time_at(chars: &[char], mut at: usize) -> Option<(u32, u32, u32)> {
    while chars.get(at).is_some_and(|c| *c == 'T' || c.is_whitespace() || *c == '\u{a0}') {
        at += 1;
    }
    let hour = number(chars, &mut at, 1, 2).filter(|h| *h < 24)?;
    one_of(chars, &mut at, &[':', '：']).then_some(())?;
    let minute = number(chars, &mut at, 2, 2).filter(|m| *m < 60)?;
    let mut second = 0;
    let mut after = at;
    if one_of(chars, &mut after, &[':', '：']) {
        second = number(chars, &mut after, 2, 2).filter(|s| *s < 60).unwrap_or(0);
    }
    Some((hour, minute, second))
}

#[cfg(test)]
mod tests {
    use super::find_date;

    #[test]
    fn every_common_form() {
        let at = |text| find_date(text).unwrap_or_default();
        assert_eq!(at("发布时间：2023-09-06 07:28"), "2023-09-06T07:28:00+08:00");
        assert_eq!(at("2023-09-06 07:28:31 来源：市委组织部"), "2023-09-06T07:28:31+08:00");
        assert_eq!(at("2023年9月6日"), "2023-09-06T00:00:00+08:00");
        assert_eq!(at("2023年09月06日07:28"), "2023-09-06T07:28:00+08:00");
        assert_eq!(at("日期：2023/09/06"), "2023-09-06T00:00:00+08:00");
        assert_eq!(at("2023-09-06T07:28:00+08:00"), "2023-09-06T07:28:00+08:00");
        assert_eq!(find_date("浏览次数：12345"), None);
        assert_eq!(find_date("2023-13-06"), None);
    }
}
