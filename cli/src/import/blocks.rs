//! Raw lines to the article's blocks: boilerplate left out, bold-only and numbered lines as
//! headings, the line under a picture as its caption, image addresses resolved.

use changyue_core::{Block, SafeUrl};
use url::Url;

use super::byline;
use super::date::{find_date, Precision};
use super::walk::Raw;
use super::whitespace::normalise;

/// Lines that are a CMS's furniture, not the article, when they are short.
const FURNITURE: [&str; 27] = [
    "转播到",
    "责任编辑",
    "打印本页",
    "关闭窗口",
    "分享到",
    "上一篇",
    "下一篇",
    "当前位置",
    "ICP备",
    "公网安备",
    "扫一扫",
    "浏览次数",
    "纠错】",
    "【打印】",
    "【关闭",
    "相关新闻",
    "相关阅读",
    "主办单位",
    "网站标识码",
    "版权所有",
    "Copyright",
    "[大]",
    "【大】",
    "字号：",
    "阅读次数",
    "点击数",
    "收藏本页",
];
const FURNITURE_START: [&str; 12] = [
    "编辑：",
    "编辑:",
    "(编辑",
    "（编辑",
    "审核：",
    "一审",
    "二审",
    "三审",
    "责编",
    "校对：",
    "来源：",
    "发布时间",
];
/// Lines that head what follows the article (related videos and links): nothing after one is
/// the article's.
const END_MARKERS: [&str; 9] = [
    "精彩视频推荐",
    "视频推荐",
    "相关视频",
    "相关新闻",
    "相关阅读",
    "延伸阅读",
    "推荐阅读",
    "相关文章",
    "相关链接",
];

fn is_end_marker(text: &str) -> bool {
    END_MARKERS.contains(&text.trim_matches(|c: char| "【】[]：:".contains(c) || c.is_whitespace()))
}

/// Words of an image that is not the article's: logos, QR codes, icons, share buttons.
const NOT_CONTENT: [&str; 10] =
    ["ewm", "qrcode", "erweima", "logo", "icon", "share", "btn", "二维码", "spacer", "blank."];

fn is_furniture(text: &str) -> bool {
    let short = text.chars().count() <= 120;
    let labelled =
        |label: &str| [format!("{label}："), format!("{label}:")].iter().any(|l| text.contains(l.as_str()));
    let info_bar = labelled("来源") && (labelled("时间") || labelled("日期"));
    short
        && (FURNITURE.iter().any(|f| text.contains(f))
            || FURNITURE_START.iter().any(|f| text.starts_with(f))
            || info_bar)
}

/// Words of a short line at the article's end that is the page's, not the article's: where it came
/// from, who edited it, its tags, the way back, the pages of a split article.
const TAIL_WORDS: [&str; 12] = [
    "来源",
    "编辑",
    "标签",
    "返回",
    "上一页",
    "下一页",
    "共1页",
    "实习生",
    "亦有贡献",
    "专区",
    "更多",
    "分享",
];
/// At most this long, a last line may be such a line.
const TAIL_CHARS: usize = 40;

/// A last line that closes the page, not the article: `文章来源：千龙网`, `【编辑：姚昊】`, `标签：`,
/// `[1] [2] [3]` or a lone byline (`记者 刘涛`, the author already). A lone date stays: a
/// government document ends with its office and its date.
fn is_tail_furniture(text: &str) -> bool {
    let bracketed = text.starts_with('【') && text.ends_with('】');
    let page_numbers = text.chars().all(|c| c.is_ascii_digit() || "[]【】 ".contains(c));
    text.chars().count() <= TAIL_CHARS
        && (TAIL_WORDS.iter().any(|w| text.contains(w))
            || bracketed
            || page_numbers
            || byline::in_text(&[text.to_owned()]).is_some_and(|_| !text.contains('。')))
}

/// At most this long, a first line may be the page's info line, not the article's.
const HEAD_CHARS: usize = 60;

/// A first line that is the page's, not the article's: an info line with a date and a time of day
/// (`2005-04-05 06:40更新 来源：转载文章`, `时间：2019年10月31日 23:00 浏览： 33`), the original
/// title a portal puts first (`（原标题：…）`), its abstract (`[摘要：…]`) or a gallery's tab.
fn is_head_furniture(text: &str) -> bool {
    let dated = text.chars().count() <= HEAD_CHARS
        && !text.contains('。')
        && find_date(text).is_some_and(|(_, precision)| precision >= Precision::Minute);
    let original_title = ["原标题", "（原标题", "(原标题"].iter().any(|s| text.starts_with(s));
    let abstract_line = ["[摘要", "【摘要"].iter().any(|s| text.starts_with(s));
    dated || original_title || abstract_line || text == "图集"
}

/// `一、总体要求` and `（一）工作目标`: a numbered section label with no sentence after it.
fn is_section_label(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let numbered = match text.strip_prefix('（') {
        Some(rest) => {
            rest.chars().take_while(|c| NUMERALS.contains(*c)).count() > 0
                && rest.trim_start_matches(|c| NUMERALS.contains(c)).starts_with('）')
        }
        None => {
            text.chars().take_while(|c| NUMERALS.contains(*c)).count() > 0
                && text.trim_start_matches(|c| NUMERALS.contains(c)).starts_with('、')
        }
    };
    numbered && text.chars().count() <= 30 && !text.contains('。')
}

fn is_heading(text: &str, bold: bool) -> bool {
    (bold && text.chars().count() <= 40 && !text.ends_with('。')) || is_section_label(text)
}

/// A line that reads as a picture's caption.
fn is_caption(text: &str, centred: bool) -> bool {
    let short = text.chars().count() <= 100;
    let worded =
        text.starts_with('图') || text.ends_with('摄') || text.ends_with("摄）") || text.contains("供图");
    short && (centred || worded)
}

pub fn blocks(raws: Vec<Raw>, page: Option<&Url>, title: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut caption_wanted = false;
    for raw in raws {
        match raw {
            Raw::Text { raw, bold, centred } => {
                let text = normalise(&raw);
                if is_end_marker(&text) {
                    break;
                }
                if text.is_empty() || is_furniture(&text) || text == title {
                    continue;
                }
                if caption_wanted && is_caption(&text, centred) {
                    if let Some(Block::Image { caption, .. }) = out.last_mut() {
                        *caption = Some(text);
                        caption_wanted = false;
                        continue;
                    }
                }
                caption_wanted = false;
                out.push(if is_heading(&text, bold) { Block::Heading(text) } else { Block::Paragraph(text) });
            }
            Raw::Heading(raw) => {
                caption_wanted = false;
                let text = normalise(&raw);
                if !text.is_empty() && text != title && !is_furniture(&text) {
                    out.push(Block::Heading(text));
                }
            }
            Raw::Image { src, alt, caption, small } => {
                let words = format!("{src} {alt}").to_lowercase();
                let Some(src) = resolve(&src, page).as_deref().and_then(SafeUrl::parse) else { continue };
                if small || NOT_CONTENT.iter().any(|w| words.contains(w)) {
                    continue;
                }
                let caption = caption.map(|c| normalise(&c)).filter(|c| !c.is_empty());
                caption_wanted = caption.is_none();
                out.push(Block::Image { src, alt: normalise(&alt), caption });
            }
            Raw::Quote(raw) => {
                caption_wanted = false;
                let text = normalise(&raw);
                if !text.is_empty() {
                    out.push(Block::Quote(text));
                }
            }
            Raw::List { ordered, items } => {
                caption_wanted = false;
                let items: Vec<String> = items
                    .iter()
                    .map(|i| normalise(i))
                    .filter(|i| !i.is_empty() && !is_furniture(i))
                    .collect();
                if !items.is_empty() {
                    out.push(Block::List { ordered, items });
                }
            }
        }
    }
    while matches!(out.last(), Some(Block::Paragraph(text)) if is_tail_furniture(text)) {
        out.pop();
    }
    let head =
        out.iter().take_while(|b| matches!(b, Block::Paragraph(text) if is_head_furniture(text))).count();
    out.drain(..head);
    out
}

/// An image's address, absolute, and one the data contract takes (`http:` or `https:`, no user
/// name): any other image is left out, not the page.
pub fn resolve(src: &str, page: Option<&Url>) -> Option<String> {
    if src.is_empty() || src.starts_with("data:") {
        return None;
    }
    let url = match page {
        Some(page) => page.join(src).ok()?,
        None => Url::parse(src).ok()?,
    };
    changyue_core::SafeUrl::parse(url.as_str())
        .filter(|u| u.as_str().starts_with("http"))
        .map(|u| u.as_str().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_by_their_look() {
        assert!(is_heading("一、总体要求", false));
        assert!(is_heading("（二）工作目标", false));
        assert!(is_heading("出国前：政治科目会出啥考题？", true));
        assert!(!is_heading("一、坚持问题导向。各地要对照清单逐项整改，确保取得实效。", false));
        assert!(!is_heading("这是一个加粗的完整句子。", true));
    }

    #[test]
    fn furniture_is_left_out_but_not_an_article_that_mentions_it() {
        assert!(is_furniture("(责任编辑：李四、张雨)"));
        assert!(is_furniture("发布时间：2023-09-06 来源：市委组织部"));
        assert!(is_furniture("京ICP备12345678号"));
        assert!(!is_furniture("资金来源于市财政，建设时间为两年。"), "来源 and 时间 in a sentence");
        assert!(is_end_marker("【相关新闻】") && is_end_marker("精彩视频推荐"));
        assert!(!is_end_marker("推荐阅读书目"));
        let long = format!("{}，分享到朋友圈的照片记录了这一刻。", "志愿者们一起走进社区".repeat(12));
        assert!(!is_furniture(&long));
    }

    #[test]
    fn the_lines_that_close_the_page_are_left_out_at_its_end_only() {
        let paragraph = |t: &str| Raw::Text { raw: t.to_owned(), bold: false, centred: false };
        let last = "报道指出，中国显示出明显的复苏趋势。";
        let tail = ["文章来源：千龙网", "【编辑：姚昊】", "[1] [2] [3]", "记者 刘涛", "返回腾讯网首页>>"];
        let raws = std::iter::once(paragraph(last)).chain(tail.iter().map(|t| paragraph(t))).collect();
        assert_eq!(blocks(raws, None, "标题"), vec![Block::Paragraph(last.to_owned())]);
        // A government document ends with its office and its date: they stay.
        let signed = ["青山县人民政府办公室", "2023年9月5日"].map(paragraph).into();
        assert_eq!(blocks(signed, None, "标题").len(), 2);
        // The same words inside the article, before its end, are the article's.
        let inside = vec![paragraph("更多信息请见附件。"), paragraph(last)];
        assert_eq!(blocks(inside, None, "标题").len(), 2);
    }

    #[test]
    fn the_lines_that_open_the_page_are_left_out_at_its_start_only() {
        let paragraph = |t: &str| Raw::Text { raw: t.to_owned(), bold: false, centred: false };
        let first = "2019年，龙湖集团即将迎来赴港上市10周年。";
        let head = [
            "2005-04-05 06:40更新 来源：转载文章",
            "（原标题：多地项目连环爆雷）",
            "[摘要：这两天美国投资机构发布分析]",
        ];
        let raws = head.iter().map(|t| paragraph(t)).chain(std::iter::once(paragraph(first))).collect();
        assert_eq!(blocks(raws, None, "标题"), vec![Block::Paragraph(first.to_owned())]);
        // A date alone, or a sentence with a time in it, is the article's.
        let kept = ["2023年9月6日", "会议于2023年9月6日 09:30召开。"].map(paragraph).into();
        assert_eq!(blocks(kept, None, "标题").len(), 2);
    }

    #[test]
    fn only_web_addresses_come_out() {
        let page = Url::parse("https://www.gov.cn/yaowen/liebiao/202309/content_1.htm").ok();
        assert_eq!(
            resolve("images/a.jpg", page.as_ref()).as_deref(),
            Some("https://www.gov.cn/yaowen/liebiao/202309/images/a.jpg")
        );
        assert_eq!(
            resolve("../../../images/b.png", page.as_ref()).as_deref(),
            Some("https://www.gov.cn/images/b.png")
        );
        assert_eq!(resolve("javascript:alert(1)", page.as_ref()), None);
        assert_eq!(resolve("data:image/png;base64,AAAA", page.as_ref()), None);
        assert_eq!(resolve("a.jpg", None), None);
        assert_eq!(
            resolve("https://a@b.example/x.jpg", page.as_ref()),
            None,
            "a user name is refused by the contract"
        );
    }
}
