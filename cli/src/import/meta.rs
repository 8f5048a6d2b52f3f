//! An article's title, source, author, publication time and summary, from what Chinese CMS pages
//! carry: the 政府网站 meta tags first (`ArticleTitle`, `PubDate`, `ContentSource`, `Author`,
//! `Description`, `SiteName`), then the news metas, the hidden `pubtime_baidu`/`source_baidu`, and
//! the visible 来源：, 发布时间：, 作者： lines.

use dom_query::Document;

use super::byline;
use super::date::{find_date, Precision};
use super::whitespace::normalise;

pub struct Meta {
    pub title: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub summary: Option<String>,
    pub url: Option<String>,
}

/// The content of the first non-empty `<meta>` with one of `names` (as `name` or `property`).
fn meta(doc: &Document, names: &[&str]) -> Option<String> {
    names.iter().find_map(|wanted| {
        doc.select("meta").nodes().iter().find_map(|m| {
            let name = m.attr("name").or_else(|| m.attr("property"))?;
            if !name.eq_ignore_ascii_case(wanted) {
                return None;
            }
            Some(normalise(&m.attr("content")?)).filter(|c| !c.is_empty())
        })
    })
}

fn text_of(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector).nodes().iter().map(|n| normalise(&n.text())).find(|t| !t.is_empty())
}

/// Words that end a labelled value on an info line.
const LABELS: [&str; 15] = [
    "来源",
    "发布时间",
    "发布日期",
    "发稿时间",
    "时间：",
    "日期：",
    "作者",
    "浏览",
    "字号",
    "点击",
    "责任编辑",
    "编辑",
    "阅读",
    "打印",
    "分享",
];

/// Labels whose words mean something else: 成文日期 is when a document was signed, not published.
const COMPOUNDS: [&str; 10] = [
    "成文日期",
    "生效日期",
    "印发日期",
    "废止日期",
    "截止日期",
    "更新时间",
    "成文时间",
    "截止时间",
    "原作者",
    "来源于",
];

fn in_compound(line: &str, at: usize, label: &str) -> bool {
    COMPOUNDS.iter().any(|c| {
        c.find(label)
            .is_some_and(|offset| offset <= at && line.get(at - offset..).is_some_and(|l| l.starts_with(c)))
    })
}

/// Where the value after `label` and its colon starts on `line`, for each place the label is.
fn after_label<'a>(line: &'a str, label: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    line.match_indices(label).filter(move |(at, _)| !in_compound(line, *at, label)).filter_map(
        move |(at, _)| {
            let rest = line[at + label.len()..].trim_start_matches([' ', '\u{a0}', '\u{3000}']);
            let rest = rest.strip_prefix('：').or_else(|| rest.strip_prefix(':'))?;
            Some(rest.trim_start_matches([' ', '\u{a0}', '\u{3000}']))
        },
    )
}

/// The value after `label` (and a colon) on one of the page's `lines`: up to a wide gap, a `|`
/// or the next label.
fn labelled(lines: &[String], label: &str) -> Option<String> {
    lines.iter().flat_map(|line| after_label(line, label)).find_map(|rest| {
        let mut end = rest.len();
        for stop in ["  ", "\u{a0}\u{a0}", "　", "|", "｜", "\u{a0} "] {
            end = end.min(rest.find(stop).unwrap_or(end));
        }
        for next in LABELS {
            end = end.min(rest.find(next).unwrap_or(end));
        }
        Some(normalise(&rest[..end])).filter(|value| !value.is_empty())
    })
}

/// At most this long, the end of `<title>` is a site's name (新华网, 中华人民共和国中央人民政府).
const SITE_NAME_CHARS: usize = 16;

/// At most this long, a line is an info line (date, source, author), not a paragraph that
/// mentions a date.
const INFO_LINE_CHARS: usize = 80;

/// A publication time after `label`: the rest of its line, as dates have spaces in them.
fn labelled_date(lines: &[String], label: &str) -> Option<(String, Precision)> {
    lines
        .iter()
        .flat_map(|line| after_label(line, label))
        .find_map(|rest| find_date(&rest.chars().take(40).collect::<String>()))
}

impl Meta {
    pub fn read(doc: &Document, lines: &[String]) -> Meta {
        let site_name = meta(doc, &["SiteName", "og:site_name"]);
        let column = meta(doc, &["ColumnName"]);
        let title = meta(doc, &["ArticleTitle"])
            .or_else(|| heading_in_title(doc, [site_name.as_deref(), column.as_deref()]))
            .or_else(|| title_without_site(doc, [site_name.as_deref(), column.as_deref()]));
        let source = meta(doc, &["ContentSource", "source"])
            .or_else(|| text_of(doc, "#source_baidu, .source_baidu, #source, .source, .infoCol .where"))
            .or_else(|| ["来源", "信息来源", "文章来源", "稿源"].iter().find_map(|l| labelled(lines, l)))
            .map(|s| without_label(&s))
            .filter(|s| !s.is_empty())
            .or_else(|| site_name.clone())
            // No 来源 and no site name given: the site's name as the page's title ends with it.
            .or_else(|| site_in_title(doc));
        let author = Self::author(
            doc,
            lines,
            [source.as_deref(), site_name.as_deref(), site_in_title(doc).as_deref()],
        );
        let published = Self::published(doc, lines);
        let summary = meta(doc, &["Description"])
            .map(|d| d.split_once("---").map(|(_, after)| after.trim().to_owned()).unwrap_or(d))
            .filter(|d| !d.is_empty() && Some(d) != title.as_ref());
        let url = meta(doc, &["Url", "og:url"]).or_else(|| {
            doc.select("link[rel=canonical]")
                .nodes()
                .first()
                .and_then(|l| l.attr("href"))
                .map(|h| h.to_string())
        });
        Meta { title, source, author, published, summary, url }
    }

    /// The person who wrote it: a CMS's author field that names a person (`names`: the site's),
    /// a 作者 line, a byline element, or a byline in the text; never an editor.
    fn author(doc: &Document, lines: &[String], names: [Option<&str>; 3]) -> Option<String> {
        let editors: Vec<String> =
            ["责任编辑", "编辑", "责编"].iter().filter_map(|l| labelled(lines, l)).collect();
        let not_an_editor =
            |a: &String| !editors.iter().any(|e| e.contains(a.as_str()) || a.contains(e.as_str()));
        let person =
            |a: String| Some(without_role(&a)).filter(|a| byline::plausible(a, &names) && not_an_editor(a));
        meta(doc, &["Author", "article:author"])
            .and_then(person)
            .or_else(|| labelled(lines, "作者").and_then(person))
            .or_else(|| text_of(doc, ".author, .byline, [rel=author]").and_then(person))
            .or_else(|| byline::in_text(lines).filter(not_an_editor))
    }

    /// The most precise of the times the page gives for one day: a meta tag often has the date
    /// and the visible line or hidden span the minutes.
    fn published(doc: &Document, lines: &[String]) -> Option<String> {
        let mut found: Vec<(String, Precision)> = Vec::new();
        let from_meta = ["PubDate", "publishdate", "article:published_time", "pubdate", "firstpublishedtime"];
        found.extend(meta(doc, &from_meta).and_then(|m| find_date(&m)));
        let spans = [
            "#pubtime_baidu",
            ".pubtime_baidu",
            "time[datetime]",
            ".pubTime",
            ".pubtime",
            "#pubtime",
            ".pub_time",
        ];
        for selector in spans {
            let node = doc.select(selector).nodes().first().cloned();
            let text = node
                .map(|n| n.attr("datetime").map(|d| d.to_string()).unwrap_or_else(|| n.text().to_string()));
            found.extend(text.and_then(|t| find_date(&t)));
        }
        for label in ["发布时间", "发布日期", "发稿时间", "时间", "日期"] {
            found.extend(labelled_date(lines, label));
        }
        // An info line with a date and a 来源 (`2023年09月06日07:28 | 来源：…`).
        found.extend(lines.iter().filter(|l| l.contains("来源")).find_map(|l| find_date(l)));
        // Else an info line with a date and a time of day and no label (`2005年03月21日11:21
        // 新浪财经`): the first short line with both. A date alone is not enough there: navigation
        // bars print today's.
        if found.is_empty() {
            let short = lines.iter().filter(|l| l.chars().count() <= INFO_LINE_CHARS);
            found.extend(short.filter_map(|l| find_date(l)).find(|(_, p)| *p >= Precision::Minute));
        }
        // The most trusted source's day, at the most precise time any source gives for it (the
        // first of those on a tie).
        let day = found.first()?.0.get(..10)?.to_owned();
        let best = found.iter().filter(|(d, _)| d.starts_with(&day)).map(|(_, p)| *p).max()?;
        found.into_iter().find(|(d, p)| d.starts_with(&day) && *p == best).map(|(d, _)| d)
    }
}

fn without_label(source: &str) -> String {
    let trimmed = source.trim();
    for label in ["来源：", "来源:", "信息来源：", "文章来源："] {
        if let Some(rest) = trimmed.strip_prefix(label) {
            return rest.trim().to_owned();
        }
    }
    trimmed.to_owned()
}

/// `本报记者 王远航` is 王远航.
fn without_role(author: &str) -> String {
    let author = author.trim();
    for role in ["本报记者", "本报通讯员", "记者", "通讯员", "文/", "文／", "作者："] {
        if let Some(rest) = author.strip_prefix(role) {
            let rest = rest.trim();
            if !rest.is_empty() && !rest.contains(' ') {
                return rest.to_owned();
            }
        }
    }
    author.to_owned()
}

/// The page's longest heading that `<title>` contains (`<title>` carries the site's name too),
/// other than the site's or the column's name.
fn heading_in_title(doc: &Document, names: [Option<&str>; 2]) -> Option<String> {
    let title = normalise(&doc.select("title").text());
    doc.select("h1, h2, .bt_title, .title, .article-title, #title")
        .nodes()
        .iter()
        .map(|h| normalise(&h.text()))
        .filter(|h| {
            h.chars().count() >= 4 && title.contains(h.as_str()) && !names.iter().flatten().any(|n| n == h)
        })
        .max_by_key(|h| h.chars().count())
}

/// `<title>` cut at the separators CMSes put between the article's, the column's and the site's
/// names, in order.
fn title_parts(doc: &Document) -> (String, Vec<String>) {
    let title = normalise(&doc.select("title").text());
    let mut parts: Vec<String> = vec![title.clone()];
    for separator in ["_", "--", " - ", " | ", "|", " — ", "－"] {
        parts = parts.iter().flat_map(|p| p.split(separator).map(|s| s.trim().to_owned())).collect();
    }
    parts.retain(|p| !p.is_empty());
    (title, parts)
}

/// `<title>` without the site's and the column's names: the longest part between separators.
fn title_without_site(doc: &Document, names: [Option<&str>; 2]) -> Option<String> {
    let (title, parts) = title_parts(doc);
    parts
        .into_iter()
        .filter(|p| !names.iter().flatten().any(|n| n == p))
        .max_by_key(|p| p.chars().count())
        .or(Some(title).filter(|t| !t.is_empty()))
}

/// The site's name as `<title>` ends with it (`…_新浪财经`, `… - 新华网`): its last part, when
/// there are several and it is a name's length, not the article's title.
fn site_in_title(doc: &Document) -> Option<String> {
    let (_, parts) = title_parts(doc);
    let longest = parts.iter().map(|p| p.chars().count()).max()?;
    let last = parts.last().filter(|_| parts.len() > 1)?;
    let length = last.chars().count();
    ((2..=SITE_NAME_CHARS).contains(&length) && length < longest).then(|| last.clone())
}
