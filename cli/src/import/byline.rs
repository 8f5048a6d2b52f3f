//! Who wrote a page, as Chinese news pages say it, and what is not an author at all.
//!
//! A byline is in brackets at the start of the text (`（记者 裴剑飞）`, `新华社巴黎12月9日电（记者唐霁）`,
//! `（文/图 刘玺东 易赛楠）`) or on a line of its own (`澎湃新闻记者 段彦超 廖艳`, `记者 刘涛`). A CMS's
//! author field often holds something else: the site's name (`网易`, `新京报`), a user id, an
//! address, or `未知`.

use std::sync::LazyLock;

use regex::Regex;

/// One to four names of two to four characters, apart by spaces or 、.
const NAMES: &str = r"([\p{Han}·]{2,4}(?:[ \u{3000}、]+[\p{Han}·]{2,4}){0,3})";
/// Words after the names that say what the people did, not who they are (`（记者陈智 整合）`).
const NOT_NAMES: [&str; 5] = ["整合", "报道", "摄", "综合", "编译"];
/// The roles a byline names its people by.
const ROLES: &str = r"(?:记者|通讯员|评论员|特约撰稿人|文/图|文／图|图/文|文/|文／|作者[：:])";

/// `（记者 裴剑飞）`, `（职工通讯员 李琴雯 刘会）`, `（记者陈智 整合）`.
static IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(
        r"[（(][\p{{Han}}]{{0,8}}?{ROLES}[ \u{{3000}}]*{NAMES}[ \u{{3000}}]*(?:整合|报道|摄|综合)?[）)]"
    );
    Regex::new(&pattern).expect("a valid pattern")
});

/// A line that is only a byline: `本报记者 王远航`, `澎湃新闻记者 段彦超 廖艳`.
static ON_ITS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = format!(r"^[\p{{Han}}]{{0,8}}?{ROLES}[ \u{{3000}}]*{NAMES}$");
    Regex::new(&pattern).expect("a valid pattern")
});

/// At most this long, a line may be a byline of its own.
const BYLINE_CHARS: usize = 30;

/// The people a byline in the page's text names, as the page writes them.
pub fn in_text(lines: &[String]) -> Option<String> {
    let names = |found: regex::Captures| {
        let words = found.get(1)?.as_str().split_whitespace().filter(|w| !NOT_NAMES.contains(w));
        Some(words.collect::<Vec<_>>().join(" ")).filter(|n| !n.is_empty())
    };
    lines.iter().find_map(|line| {
        let line = line.trim();
        let alone = (line.chars().count() <= BYLINE_CHARS).then(|| ON_ITS_LINE.captures(line)).flatten();
        alone.or_else(|| IN_BRACKETS.captures(line)).and_then(names)
    })
}

/// Endings of an organisation's name, not a person's (新京报, 中国科普网, 医技药剂党支部).
const ORGANISATION_ENDINGS: [&str; 14] = [
    "网",
    "报",
    "社",
    "台",
    "新闻",
    "财经",
    "集团",
    "频道",
    "客户端",
    "支部",
    "杂志",
    "周刊",
    "中心",
    "委员会",
];

/// Whether a CMS's author field names a person: not the site (`names`: its 来源, its name, the
/// name its title ends with), nor an organisation, an id, an address or 未知.
pub fn plausible(author: &str, names: &[Option<&str>]) -> bool {
    let author = author.trim();
    let odd = author.is_empty()
        || author.chars().any(|c| c.is_ascii_digit())
        || ["://", "@", "www.", "未知", "佚名", "：", ":"].iter().any(|s| author.contains(s));
    let the_site =
        names.iter().flatten().any(|n| !n.is_empty() && (n.contains(author) || author.contains(n)));
    let organisation = ORGANISATION_ENDINGS.iter().any(|e| author.ends_with(e));
    !(odd || the_site || organisation)
}

#[cfg(test)]
mod tests {
    use super::{in_text, plausible};

    fn byline(line: &str) -> Option<String> {
        in_text(&[line.to_owned()])
    }

    #[test]
    fn bylines_in_brackets_and_on_their_own_line() {
        assert_eq!(byline("新京报快讯（记者 裴剑飞）今日有网友爆料").as_deref(), Some("裴剑飞"));
        assert_eq!(byline("新华社巴黎12月9日电（记者唐霁）法国9日再次爆发").as_deref(), Some("唐霁"));
        assert_eq!(byline("长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半").as_deref(), Some("陈智"));
        assert_eq!(byline("展更好地满足需要。(文/图 刘玺东 易赛楠)").as_deref(), Some("刘玺东 易赛楠"));
        assert_eq!(byline("本站讯 （职工通讯员 李琴雯 刘会）为深入推进").as_deref(), Some("李琴雯 刘会"));
        assert_eq!(byline("澎湃新闻记者 段彦超 廖艳").as_deref(), Some("段彦超 廖艳"));
        assert_eq!(byline("记者 刘涛").as_deref(), Some("刘涛"));
        assert_eq!(byline("本报记者 王远航").as_deref(), Some("王远航"));
    }

    #[test]
    fn text_that_only_looks_like_a_byline_is_none() {
        assert_eq!(byline("（全文完）"), None);
        assert_eq!(byline("（本文来源于新华网）"), None);
        assert_eq!(byline("记者从市政府新闻发布会上获悉，全市今年将新建学校十所。"), None);
        assert_eq!(byline("他对记者说，这是一件好事"), None);
        assert_eq!(byline("作者简介"), None);
    }

    #[test]
    fn an_author_field_that_names_the_site_an_id_or_an_address_is_no_author() {
        let names = [Some("21世纪经济报道"), None, Some("网易财经")];
        for not in [
            "网易",
            "新京报",
            "中国科普网",
            "105464",
            "name, email@gmail.com",
            "未知",
            "选稿：许文杰",
            "医技药剂党支部",
        ] {
            assert!(!plausible(not, &names), "{not}");
        }
        for person in ["王远航", "段彦超 廖艳", "John Smith", "戴小河、印朋"] {
            assert!(plausible(person, &names), "{person}");
        }
    }
}
