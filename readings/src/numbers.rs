//! Numbers as a Chinese reader says them aloud: 2023年 二零二三年, 1269万 一千二百六十九万,
//! 5.2% 百分之五点二, 6—8名 六至八名. The result is Chinese text, read like any other.

/// `text` with every run of digits written out in characters.
pub fn spoken(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        if let Some((said, end)) = date_or_time(&chars, i) {
            out.push_str(&said);
            i = end;
            continue;
        }
        let end = number_end(&chars, i);
        let number: String = chars[i..end].iter().filter(|c| **c != ',').collect();
        let after = chars.get(end).copied();
        if after == Some('%') {
            out.push_str("百分之");
            out.push_str(&amount(&number));
            i = end + 1;
            continue;
        }
        if after == Some('年') && !number.contains('.') && (2..=4).contains(&number.len()) {
            out.push_str(&digit_by_digit(&number));
        } else {
            out.push_str(&amount(&number));
        }
        i = end;
        if is_range_dash(chars.get(i)) && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
            out.push('至');
            i += 1;
        }
    }
    out
}

/// `2023-09-06` 二零二三年九月六日 (also with `/` or `.`), `07:28` 七点二十八分.
fn date_or_time(chars: &[char], start: usize) -> Option<(String, usize)> {
    let (fields, end) = digit_fields(chars, start);
    let sep = chars.get(start + fields.first()?.len()).copied();
    match (fields.as_slice(), sep) {
        ([y, m, d], Some('-' | '/' | '.')) if y.len() == 4 && m.len() <= 2 && d.len() <= 2 => {
            let said = format!(
                "{}年{}月{}日",
                digit_by_digit(y),
                amount(m.trim_start_matches('0')),
                amount(d.trim_start_matches('0'))
            );
            Some((said, end))
        }
        ([h, m], Some(':')) if h.len() <= 2 && m.len() == 2 => {
            let minutes = match m.as_str() {
                "00" => "整".to_string(),
                m if m.starts_with('0') => format!("零{}分", amount(&m[1..])),
                m => format!("{}分", amount(m)),
            };
            Some((format!("{}点{minutes}", amount(h.trim_start_matches('0'))), end))
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

/// Where a number that starts at `start` ends: digits, thousands commas between digit groups,
/// one decimal point followed by a digit.
fn number_end(chars: &[char], start: usize) -> usize {
    let mut end = start;
    let mut seen_point = false;
    while end < chars.len() {
        let c = chars[end];
        let next_is_digit = chars.get(end + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || (c == ',' && next_is_digit && !seen_point) {
            end += 1;
        } else if c == '.' && next_is_digit && !seen_point {
            seen_point = true;
            end += 1;
        } else {
            break;
        }
    }
    end
}

fn is_range_dash(c: Option<&char>) -> bool {
    matches!(c, Some('—' | '–' | '-' | '~' | '～'))
}

const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

fn digit_by_digit(digits: &str) -> String {
    digits.chars().filter_map(|d| d.to_digit(10)).map(|d| DIGITS[d as usize]).collect()
}

/// `1269` 一千二百六十九, `5.2` 五点二; a number too long to be an amount (an id, a phone
/// number) or with a leading zero is read digit by digit.
fn amount(number: &str) -> String {
    let (whole, fraction) = number.split_once('.').map_or((number, None), |(w, f)| (w, Some(f)));
    let mut out = if whole.len() > 9 || (whole.len() > 1 && whole.starts_with('0')) {
        digit_by_digit(whole)
    } else {
        integer(whole.parse().unwrap_or(0))
    };
    if let Some(fraction) = fraction {
        out.push('点');
        out.push_str(&digit_by_digit(fraction));
    }
    out
}

/// Up to 9999 9999 9999, in groups of four: 万 and 亿, 零 for a gap, 十 rather than 一十 at the start.
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
    match out.strip_prefix("一十") {
        Some(rest) => format!("十{rest}"),
        None => out,
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
        assert_eq!(spoken("1269万"), "一千二百六十九万");
        assert_eq!(spoken("1775户"), "一千七百七十五户");
        assert_eq!(spoken("近20次"), "近二十次");
        assert_eq!(spoken("88名"), "八十八名");
        assert_eq!(spoken("11万株"), "十一万株");
        assert_eq!(spoken("105"), "一百零五");
        assert_eq!(spoken("1005"), "一千零五");
        assert_eq!(spoken("10010"), "一万零一十");
        assert_eq!(spoken("100000"), "十万");
        assert_eq!(spoken("200300000"), "二亿零三十万");
        assert_eq!(spoken("1,234,567"), "一百二十三万四千五百六十七");
    }

    #[test]
    fn percentages_decimals_and_ranges() {
        assert_eq!(spoken("5.2%"), "百分之五点二");
        assert_eq!(spoken("不低于30%，"), "不低于百分之三十，");
        assert_eq!(spoken("6—8名"), "六至八名");
        assert_eq!(spoken("3.14"), "三点一四");
        assert_eq!(spoken("9月6日"), "九月六日");
    }

    #[test]
    fn ids_and_phone_numbers_are_read_digit_by_digit() {
        assert_eq!(spoken("13912345678"), "一三九一二三四五六七八");
        assert_eq!(spoken("编号007"), "编号零零七");
        assert_eq!(spoken("没有数字"), "没有数字");
    }

    #[test]
    fn dates_and_times() {
        assert_eq!(spoken("2023-09-06 07:28"), "二零二三年九月六日 七点二十八分");
        assert_eq!(spoken("2023/9/6"), "二零二三年九月六日");
        assert_eq!(spoken("10:05"), "十点零五分");
        assert_eq!(spoken("8:00"), "八点整");
    }
}
