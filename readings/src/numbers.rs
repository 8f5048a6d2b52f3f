//! Numbers as a Chinese reader says them aloud: 2023年 二零二三年, 1269万 一千二百六十九万,
//! 5.2% 百分之五点二, 6—8名 六至八名, 2个 两个. The result is Chinese text, read like any other;
//! read-aloud gives it to a speech engine (the 拼音 over the page shows the digits as they are).

/// `text` with every run of digits written out in characters.
pub fn spoken(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
        } else if let Some((said, end)) = date_or_time(&chars, i) {
            out.push_str(&said);
            i = end;
        } else {
            let first = Number::at(&chars, i);
            let second = is_range_dash(chars.get(first.end)).then(|| Number::at(&chars, first.end + 1));
            match second.filter(|s| s.end > first.end + 1) {
                Some(second) => {
                    out.push_str(&range(&chars, &first, &second));
                    i = second.end + usize::from(chars.get(second.end) == Some(&'%'));
                }
                None => {
                    out.push_str(&first.said(&chars));
                    i = first.end + usize::from(chars.get(first.end) == Some(&'%'));
                }
            }
        }
    }
    out
}

/// A run of digits in a text: where it ends, and its digits without thousands commas.
struct Number {
    start: usize,
    end: usize,
    digits: String,
    /// Written with thousands commas (1,234,567): an amount, however long.
    grouped: bool,
}

impl Number {
    /// Digits, commas between groups of exactly three digits, one decimal point followed by a
    /// digit (so 1,2月 is two numbers, and 3.14 one).
    fn at(chars: &[char], start: usize) -> Number {
        let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
        let mut end = start;
        let (mut grouped, mut point) = (false, false);
        while end < chars.len() {
            let c = chars[end];
            let group_follows = (1..=3).all(|k| digit(end + k)) && !digit(end + 4);
            if c.is_ascii_digit() {
                end += 1;
            } else if c == ',' && !point && group_follows {
                grouped = true;
                end += 1;
            } else if c == '.' && !point && digit(end + 1) {
                point = true;
                end += 1;
            } else {
                break;
            }
        }
        let digits = chars[start..end].iter().filter(|c| **c != ',').collect();
        Number { start, end, digits, grouped }
    }

    fn is_year(&self, chars: &[char]) -> bool {
        chars.get(self.end) == Some(&'年') && self.digits.len() == 4 && !self.digits.contains('.')
    }

    /// The number as said where it stands: a year digit by digit, a percentage with 百分之, a
    /// lone 2 before a measure word as 两 (but 第2名 is 第二名).
    fn said(&self, chars: &[char]) -> String {
        let after = chars.get(self.end).copied();
        if self.is_year(chars) {
            return digit_by_digit(&self.digits);
        }
        let ordinal = self.start > 0 && chars[self.start - 1] == '第';
        if self.digits == "2" && !ordinal && after.is_some_and(|c| MEASURES.contains(c)) {
            return "两".into();
        }
        let amount = amount(&self.digits, self.grouped);
        if after == Some('%') {
            format!("百分之{amount}")
        } else {
            amount
        }
    }
}

/// Words that count things, and the units of large numbers, before which 2 is said 两 (两个,
/// 两名, 两年, 两万).
const MEASURES: &str = "个位名次种项件条只天周岁户人年百千万亿";

fn is_range_dash(c: Option<&char>) -> bool {
    matches!(c, Some('—' | '–' | '-' | '~' | '～'))
}

/// Two numbers joined by a dash: a range said with 至 (6—8名, 2023—2024年, 5-10%), or, when
/// either is not an amount (010-12345678), both digit by digit with a pause between.
fn range(chars: &[char], first: &Number, second: &Number) -> String {
    let amount_like =
        |n: &Number| !n.digits.starts_with('0') || n.digits.starts_with("0.") || n.digits == "0";
    if second.is_year(chars) && first.digits.len() == 4 {
        return format!("{}至{}", digit_by_digit(&first.digits), digit_by_digit(&second.digits));
    }
    if !(amount_like(first) && amount_like(second)) || first.digits.len() > 6 || second.digits.len() > 6 {
        return format!("{} {}", digit_by_digit(&first.digits), digit_by_digit(&second.digits));
    }
    let percent = chars.get(second.end) == Some(&'%');
    let first_said = amount(&first.digits, first.grouped);
    let first_said = if percent { format!("百分之{first_said}") } else { first_said };
    format!("{first_said}至{}", second.said(chars))
}

/// `2023-09-06` 二零二三年九月六日 (also with `/` or `.`); `07:28` 七点二十八分; `98:95`, which is
/// no time, 九十八比九十五.
fn date_or_time(chars: &[char], start: usize) -> Option<(String, usize)> {
    let (fields, end) = digit_fields(chars, start);
    let sep = chars.get(start + fields.first()?.len()).copied();
    let trimmed = |f: &str| amount(f.trim_start_matches('0'), false);
    match (fields.as_slice(), sep) {
        ([y, m, d], Some('-' | '/' | '.')) if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            Some((format!("{}年{}月{}日", digit_by_digit(y), trimmed(m), trimmed(d)), end))
        }
        ([h, m], Some(':')) if h.len() <= 2 && m.len() == 2 => {
            let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            if hour > 24 || minute > 59 {
                return Some((format!("{}比{}", trimmed(h), trimmed(m)), end));
            }
            let minutes = match minute {
                0 => "整".to_owned(),
                1..=9 => format!("零{}分", trimmed(m)),
                _ => format!("{}分", trimmed(m)),
            };
            Some((format!("{}点{minutes}", trimmed(h)), end))
        }
        _ => None,
    }
}

/// Runs of digits joined by one kind of separator (`2023-09-06`, `07:28`) and where they end.
fn digit_fields(chars: &[char], start: usize) -> (Vec<String>, usize) {
    let mut fields = vec![String::new()];
    let mut sep = None;
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            if let Some(field) = fields.last_mut() {
                field.push(c);
            }
        } else if matches!(c, '-' | '/' | '.' | ':')
            && sep.is_none_or(|s| s == c)
            && chars.get(i + 1).is_some_and(char::is_ascii_digit)
        {
            sep = Some(c);
            fields.push(String::new());
        } else {
            break;
        }
        i += 1;
    }
    (fields, i)
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_by_digit(digits: &str) -> String {
    digits.chars().filter_map(|d| d.to_digit(10)).map(|d| DIGITS[d as usize]).collect()
}

/// `1269` 一千二百六十九, `5.2` 五点二. A number with a leading zero, or of ten digits or more
/// written without thousands commas (an id, a phone number), is read digit by digit.
fn amount(number: &str, grouped: bool) -> String {
    let (whole, fraction) = number.split_once('.').map_or((number, None), |(w, f)| (w, Some(f)));
    let id_like =
        (whole.len() > 9 && !grouped) || whole.len() > 12 || (whole.len() > 1 && whole.starts_with('0'));
    let mut out = if id_like { digit_by_digit(whole) } else { integer(whole.parse().unwrap_or(0)) };
    if let Some(fraction) = fraction {
        out.push('点');
        out.push_str(&digit_by_digit(fraction));
    }
    out
}

/// Up to 9999 9999 9999, in groups of four: 万 and 亿, 零 for a gap, 十 rather than 一十 at the
/// start, 两 rather than 二 before 千, 万 and 亿 at the start.
fn integer(n: u64) -> String {
    if n == 0 {
        return "零".into();
    }
    let groups = [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")];
    let mut out = String::new();
    let mut gap = false;
    for (group, unit) in groups {
        if group == 0 {
            gap = !out.is_empty();
            continue;
        }
        if !out.is_empty() && (gap || group < 1000) {
            out.push('零');
        }
        out.push_str(&below_ten_thousand(group));
        out.push_str(unit);
        gap = false;
    }
    if let Some(rest) = out.strip_prefix("一十") {
        return format!("十{rest}");
    }
    match out.strip_prefix('二') {
        Some(rest) if rest.starts_with(['千', '万', '亿']) => format!("两{rest}"),
        _ => out,
    }
}

fn below_ten_thousand(n: u64) -> String {
    let places = [(n / 1000, "千"), (n / 100 % 10, "百"), (n / 10 % 10, "十"), (n % 10, "")];
    let mut out = String::new();
    let mut zero = false;
    for (digit, unit) in places {
        if digit == 0 {
            zero = !out.is_empty();
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        out.push(DIGITS[digit as usize]);
        out.push_str(unit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::spoken;

    #[test]
    fn years_are_read_digit_by_digit_and_amounts_with_units() {
        assert_eq!(spoken("2023年"), "二零二三年");
        assert_eq!(spoken("近10年"), "近十年");
        assert_eq!(spoken("建党100年"), "建党一百年");
        assert_eq!(spoken("1269万"), "一千二百六十九万");
        assert_eq!(spoken("1775户"), "一千七百七十五户");
        assert_eq!(spoken("88名"), "八十八名");
        assert_eq!(spoken("11万株"), "十一万株");
        assert_eq!(spoken("105"), "一百零五");
        assert_eq!(spoken("1005"), "一千零五");
        assert_eq!(spoken("10010"), "一万零一十");
        assert_eq!(spoken("100000"), "十万");
        assert_eq!(spoken("200300000"), "两亿零三十万");
        assert_eq!(spoken("1,234,567"), "一百二十三万四千五百六十七");
        assert_eq!(spoken("1,000,000,000"), "十亿");
    }

    #[test]
    fn two_is_liang_before_what_it_counts() {
        assert_eq!(spoken("2个"), "两个");
        assert_eq!(spoken("2人"), "两人");
        assert_eq!(spoken("2000"), "两千");
        assert_eq!(spoken("2万"), "两万");
        assert_eq!(spoken("12个"), "十二个");
        assert_eq!(spoken("第2名"), "第二名");
    }

    #[test]
    fn percentages_decimals_and_ranges() {
        assert_eq!(spoken("5.2%"), "百分之五点二");
        assert_eq!(spoken("0.5%"), "百分之零点五");
        assert_eq!(spoken("不低于30%，"), "不低于百分之三十，");
        assert_eq!(spoken("6—8名"), "六至八名");
        assert_eq!(spoken("5-10%"), "百分之五至百分之十");
        assert_eq!(spoken("2023-2024年"), "二零二三至二零二四年");
        assert_eq!(spoken("3.14"), "三点一四");
        assert_eq!(spoken("1,2月"), "一,二月");
        assert_eq!(spoken("9月6日"), "九月六日");
    }

    #[test]
    fn ids_and_phone_numbers_are_read_digit_by_digit() {
        assert_eq!(spoken("13912345678"), "一三九一二三四五六七八");
        assert_eq!(spoken("010-12345678"), "零一零 一二三四五六七八");
        assert_eq!(spoken("编号007"), "编号零零七");
        assert_eq!(spoken("没有数字"), "没有数字");
    }

    #[test]
    fn dates_times_and_scores() {
        assert_eq!(spoken("2023-09-06 07:28"), "二零二三年九月六日 七点二十八分");
        assert_eq!(spoken("2023/9/6"), "二零二三年九月六日");
        assert_eq!(spoken("10:05"), "十点零五分");
        assert_eq!(spoken("8:00"), "八点整");
        assert_eq!(spoken("98:95"), "九十八比九十五");
    }
}
