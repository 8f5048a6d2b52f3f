//! Dates as Chinese CMS pages print them, to RFC 3339 at Beijing time (+08:00):
//! `2023-09-06 07:28`, with seconds, `2023年9月6日`, `2023年09月06日07:28`, `2023/09/06`, date only.
//! A full RFC 3339 time with its own offset (`2023-09-05T23:28:00Z`) is kept as it is.

/// How much of a time a page gave.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Minute,
    Second,
}

/// The first date in `text`, with its time of day when one follows it, and how precise it is.
pub fn find_date(text: &str) -> Option<(String, Precision)> {
    if let Some(whole) =
        text.split_whitespace().filter(|t| t.contains('T')).find_map(changyue_core::Published::parse)
    {
        return Some((whole.rfc3339(), Precision::Second));
    }
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

fn date_at(chars: &[char]) -> Option<(String, Precision)> {
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
    let ((hour, minute, second), precision) = time_at(chars, at).unwrap_or(((0, 0, 0), Precision::Day));
    Some((format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}+08:00"), precision))
}

fn time_at(chars: &[char], mut at: usize) -> Option<((u32, u32, u32), Precision)> {
    while chars.get(at).is_some_and(|c| *c == 'T' || c.is_whitespace() || *c == '\u{a0}') {
        at += 1;
    }
    let hour = number(chars, &mut at, 1, 2).filter(|h| *h < 24)?;
    one_of(chars, &mut at, &[':', '：']).then_some(())?;
    let minute = number(chars, &mut at, 2, 2).filter(|m| *m < 60)?;
    let mut after = at;
    let second = one_of(chars, &mut after, &[':', '：']).then(|| number(chars, &mut after, 2, 2)).flatten();
    match second.filter(|s| *s < 60) {
        Some(second) => Some(((hour, minute, second), Precision::Second)),
        None => Some(((hour, minute, 0), Precision::Minute)),
    }
}

#[cfg(test)]
mod tests {
    use super::{find_date, Precision};

    #[test]
    fn every_common_form() {
        let at = |text| find_date(text).map(|(date, _)| date).unwrap_or_default();
        assert_eq!(at("发布时间：2023-09-06 07:28"), "2023-09-06T07:28:00+08:00");
        assert_eq!(at("2023-09-06 07:28:31 来源：市委组织部"), "2023-09-06T07:28:31+08:00");
        assert_eq!(at("2023年9月6日"), "2023-09-06T00:00:00+08:00");
        assert_eq!(at("2023年09月06日07:28"), "2023-09-06T07:28:00+08:00");
        assert_eq!(at("日期：2023/09/06"), "2023-09-06T00:00:00+08:00");
        assert_eq!(at("2023-09-06T07:28:00+08:00"), "2023-09-06T07:28:00+08:00");
        assert_eq!(at("2023-09-05T23:28:00Z"), "2023-09-05T23:28:00Z", "its own offset kept");
        let precision = |text| find_date(text).map(|(_, p)| p);
        assert_eq!(
            precision("发布时间：2023-09-06 来源：市委"),
            Some(Precision::Day),
            "a colon after is no time"
        );
        assert_eq!(precision("2023年09月06日07:28"), Some(Precision::Minute));
        assert_eq!(precision("2023-09-06 07:28:31"), Some(Precision::Second));
        assert_eq!(find_date("浏览次数：12345"), None);
        assert_eq!(find_date("2023-13-06"), None);
    }
}
