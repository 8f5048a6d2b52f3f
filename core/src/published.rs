//! Publish times: RFC 3339 in the data, shown as the site wrote them.

/// A publish time. It is shown in the wall-clock time of its own offset,
/// as the source site printed it (`2023-09-06 07:28`), and sorted by instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    date: (i32, u32, u32),
    time: (u32, u32, u32),
    offset_minutes: i64,
    utc_seconds: i64,
}

impl Published {
    /// Accepts `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`; `t` or a space may stand for `T`.
    pub fn parse(raw: &str) -> Option<Published> {
        let b = raw.as_bytes();
        if b.len() < 20 || !raw.is_ascii() {
            return None;
        }
        let num = |range| num_in(raw, range);
        let seps = [(4, b'-'), (7, b'-'), (13, b':'), (16, b':')];
        if seps.iter().any(|&(i, c)| b[i] != c) || !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        let (year, month, day) = (num(0..4)? as i32, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        let mut rest = &raw[19..];
        if let Some(frac) = rest.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest = &frac[digits..];
        }
        let offset_minutes: i64 = match rest {
            "Z" | "z" => 0,
            _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
                let sign = match rest.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return None,
                };
                let (h, m) = (num_in(rest, 1..3)?, num_in(rest, 4..6)?);
                if h > 23 || m > 59 {
                    return None;
                }
                sign * i64::from(h * 60 + m)
            }
            _ => return None,
        };
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month)
            && hour <= 23
            && minute <= 59
            && second <= 60;
        if !valid {
            return None;
        }
        let local =
            days_from_civil(year, month, day) * 86_400 + i64::from(hour * 3600 + minute * 60 + second);
        Some(Published {
            date: (year, month, day),
            time: (hour, minute, second),
            offset_minutes,
            utc_seconds: local - offset_minutes * 60,
        })
    }

    /// The machine-readable form for `<time datetime>`, normalised to what HTML accepts
    /// (`T`, whole seconds, `Z` or `±HH:MM`) whatever RFC 3339 spelling the data used.
    pub fn rfc3339(&self) -> String {
        let ((y, mo, d), (h, mi, s)) = (self.date, self.time);
        let zone = match self.offset_minutes {
            0 => "Z".to_owned(),
            m => format!("{}{:02}:{:02}", if m < 0 { '-' } else { '+' }, m.abs() / 60, m.abs() % 60),
        };
        format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}{zone}")
    }

    /// `2023-09-06 07:28`, the form the source page used.
    pub fn display(&self) -> String {
        let ((y, mo, d), (h, mi, _)) = (self.date, self.time);
        format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}")
    }

    pub fn utc_seconds(&self) -> i64 {
        self.utc_seconds
    }
}

/// Written in its machine-readable form (`rfc3339`), which `parse` reads back.
impl serde::Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.rfc3339())
    }
}

fn num_in(s: &str, range: std::ops::Range<usize>) -> Option<u32> {
    let part = s.get(range)?;
    part.bytes().all(|c| c.is_ascii_digit()).then(|| part.parse().ok())?
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's algorithm).
fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = i64::from((m + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shows_the_time_the_site_printed() {
        let p = Published::parse("2023-09-06T07:28:00+08:00").unwrap();
        assert_eq!(p.display(), "2023-09-06 07:28");
        assert_eq!(p.rfc3339(), "2023-09-06T07:28:00+08:00");
        // 2023-09-05T23:28:00Z
        assert_eq!(p.utc_seconds(), 1_693_956_480);
    }

    #[test]
    fn accepts_utc_fractions_and_lowercase_and_normalises_them_for_html() {
        let rfc = |s| Published::parse(s).unwrap().rfc3339();
        assert_eq!(rfc("2024-02-29T00:00:00Z"), "2024-02-29T00:00:00Z");
        assert_eq!(rfc("2024-02-29t00:00:00.123456789z"), "2024-02-29T00:00:00Z");
        assert_eq!(rfc("2024-02-29 00:00:00-05:30"), "2024-02-29T00:00:00-05:30");
        assert_eq!(rfc("2024-02-29T00:00:00+00:00"), "2024-02-29T00:00:00Z");
    }

    #[test]
    fn orders_by_instant_across_offsets() {
        let beijing = Published::parse("2023-09-06T07:28:00+08:00").unwrap();
        let utc = Published::parse("2023-09-06T00:00:00Z").unwrap();
        assert!(utc.utc_seconds() > beijing.utc_seconds());
    }

    #[test]
    fn refuses_what_is_not_rfc_3339() {
        for bad in [
            "",
            "2023-09-06",
            "2023-09-06 07:28",
            "2023-09-06T07:28:00",
            "2023-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2023-09-06T24:00:00Z",
            "2023-09-06T07:28:00+24:00",
            "2023-09-06T07:28:00.Z",
            "２０２３-09-06T07:28:00Z",
            "2023/09/06T07:28:00Z",
        ] {
            assert_eq!(Published::parse(bad), None, "{bad}");
        }
    }
}
