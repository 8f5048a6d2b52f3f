//! The importer against what people and hostile pages give it: ids, scripts and handlers, a page
//! nested 10,000 deep, a large page, a wrong charset, and arbitrary HTML (no panic, only text out).

use std::time::Instant;

use proptest::prelude::*;
use url::Url;

use super::{id_for, import_page};

const PAGE_URL: &str = "https://www.example.gov.cn/art/2023/9/6/art_1229_5678.html";

fn page(body: &str) -> String {
    format!(
        "<html><head><meta charset=\"utf-8\"><title>标题_示范网</title>\
         <meta name=\"ArticleTitle\" content=\"示范市出台措施\"><meta name=\"PubDate\" content=\"2023-09-06 07:28\">\
         <meta name=\"ContentSource\" content=\"市市场监管局\"></head><body><div id=\"zoom\">{body}</div></body></html>"
    )
}

fn import(html: &str) -> Result<serde_json::Value, String> {
    import_page(html.as_bytes(), Url::parse(PAGE_URL).ok().as_ref())
        .map(|page| serde_json::to_value(page.article).unwrap())
}

const PARAGRAPH: &str =
    "示范市出台措施支持个体工商户稳定健康发展，从降低经营成本、加大金融支持等方面提出具体举措。";

#[test]
fn ids_come_from_the_document_id_in_the_address() {
    let id = |u: &str| id_for(Url::parse(u).ok().as_ref(), "标题", "2023-09-06T07:28:00+08:00");
    assert_eq!(id("https://www.ordosdj.gov.cn/dyjy/202309/t20230906_3470563.html"), "t20230906-3470563");
    assert_eq!(id("https://www.gov.cn/zhengce/content/2023-09/06/content_6902345.htm"), "content-6902345");
    assert_eq!(id(PAGE_URL), "art-1229-5678");
    assert_eq!(id("https://news.example.com.cn/n1/2023/0906/c1001-40071234.html"), "c1001-40071234");
    let slug = id("https://blog.example.com/2023/09/06/xiangcun-tushushi/");
    assert!(slug.starts_with("page-2023-09-06-"), "{slug}");
    assert_eq!(slug, id("https://blog.example.com/other/"), "the slug is the title's and date's");
}

#[test]
fn scripts_styles_handlers_and_script_links_never_come_out() {
    let body = format!(
        "<script>alert('x')</script><style>p {{ color: red }}</style>\
         <p onclick=\"alert(1)\">{PARAGRAPH}<a href=\"javascript:alert(2)\">链接</a></p>\
         <img src=\"javascript:alert(3)\" alt=\"图\"><img src=\"data:image/png;base64,AAAA\">\
         <p>&lt;script&gt;这是文字&lt;/script&gt;</p><iframe src=\"https://evil.example/\">框架文字</iframe>"
    );
    let article = import(&page(&body)).unwrap();
    let json = article.to_string();
    for never in ["alert", "color: red", "javascript:", "data:image", "evil.example", "框架文字", "onclick"]
    {
        assert!(!json.contains(never), "{never} came out: {json}");
    }
    assert!(json.contains("<script>这是文字</script>"), "text that looks like HTML stays text: {json}");
}

#[test]
fn a_page_nested_ten_thousand_deep_is_read_to_a_depth_and_does_not_crash() {
    let deep = format!("<p>{PARAGRAPH}</p>{}深处{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
    let started = Instant::now();
    let article = import(&page(&deep)).unwrap();
    assert_eq!(article["body"][0]["text"], PARAGRAPH);
    assert!(started.elapsed().as_secs() < 120, "{:?}", started.elapsed());
}

#[test]
fn a_large_page_takes_bounded_time_and_an_article_too_large_for_the_app_is_refused() {
    let html = page(&format!("<p>{PARAGRAPH}</p>").repeat(40_000));
    assert!(html.len() > 5_000_000);
    let started = Instant::now();
    let refused = import(&html).unwrap_err();
    assert!(refused.contains("数据文件太大"), "{refused}");
    assert!(started.elapsed().as_secs() < 120, "{:?}", started.elapsed());
    let article = import(&page(&format!("<p>{PARAGRAPH}</p>").repeat(5_000))).unwrap();
    assert_eq!(article["body"].as_array().map(Vec::len), Some(5_000));
}

#[test]
fn a_page_without_a_date_or_a_body_is_refused_with_why() {
    let no_date = page(&format!("<p>{PARAGRAPH}</p>")).replace("PubDate", "Other");
    assert_eq!(import(&no_date).unwrap_err(), changyue_core::text::IMPORT_NO_DATE);
    assert_eq!(import(&page("<p> </p>")).unwrap_err(), changyue_core::text::IMPORT_NO_BODY);
}

#[test]
fn an_info_line_with_a_date_and_a_time_and_no_label_gives_the_time_but_a_date_alone_does_not() {
    let without = |info: &str| page(&format!("<p>{info}</p><p>{PARAGRAPH}</p>")).replace("PubDate", "Other");
    let article = import(&without("2005年03月21日11:21 新浪财经")).unwrap();
    assert_eq!(article["published"], "2005-03-21T11:21:00+08:00");
    // Today's date in a navigation bar is no publication time.
    assert_eq!(
        import(&without("今天是2023年9月6日 星期三")).unwrap_err(),
        changyue_core::text::IMPORT_NO_DATE
    );
    // Nor is a time inside a paragraph.
    let long = format!("会议于2023年9月6日 09:30召开。{PARAGRAPH}{PARAGRAPH}");
    assert_eq!(import(&without(&long)).unwrap_err(), changyue_core::text::IMPORT_NO_DATE);
}

#[test]
fn a_page_without_a_source_or_a_site_name_takes_the_name_its_title_ends_with() {
    let without = page(&format!("<p>{PARAGRAPH}</p>")).replace("ContentSource", "Other");
    let ends_with = without.replace("<title>标题_示范网</title>", "<title>示范市出台措施_示范网</title>");
    assert_eq!(import(&ends_with).unwrap()["source"], "示范网");
    // A title of one part names no site: the page's address does.
    let alone = without.replace("<title>标题_示范网</title>", "<title>示范市出台措施</title>");
    assert_eq!(import(&alone).unwrap()["source"], "www.example.gov.cn");
}

/// Pieces of HTML, well and badly formed, to make pages from.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_owned()),
        Just("</p>".to_owned()),
        Just("<div id=\"zoom\">".to_owned()),
        Just("</div>".to_owned()),
        Just("<br>".to_owned()),
        Just("<strong>".to_owned()),
        Just("<ul><li>".to_owned()),
        Just("<table><tr><td>".to_owned()),
        Just("<img src=\"a.jpg\" alt=\"图\">".to_owned()),
        Just("<img src=\"javascript:x\">".to_owned()),
        Just("<script>".to_owned()),
        Just("<h2>".to_owned()),
        Just("<blockquote>".to_owned()),
        Just("<figure><figcaption>".to_owned()),
        Just("发布时间：2023年9月6日 来源：".to_owned()),
        Just("一、".to_owned()),
        Just(PARAGRAPH.to_owned()),
        "\\PC{0,30}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the page, the importer answers, and what it writes is what the app reads back,
    /// holding no markup that came in as markup.
    #[test]
    fn any_html_gives_an_article_or_a_reason(pieces in proptest::collection::vec(piece(), 0..60)) {
        let html = page(&pieces.concat());
        if let Ok(imported) = import_page(html.as_bytes(), Url::parse(PAGE_URL).ok().as_ref()) {
            // The file written is the article: the app reads back exactly what was imported.
            let read = changyue_core::Article::from_json(&imported.file).map(|parsed| parsed.value);
            prop_assert_eq!(read, Ok(imported.article));
            let json = &imported.file;
            prop_assert!(!json.contains("<img") && !json.contains("javascript:"), "{}", json);
        }
        // Bytes that are no text at all do not crash it either.
        let _ = import_page(&pieces.concat().into_bytes().iter().map(|b| b ^ 0x80).collect::<Vec<_>>(), None);
    }
}
