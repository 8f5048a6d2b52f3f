//! The native render: the app's own markup for every block type, and hostile text as text.

use changyue::render::{article_page, list_page};
use changyue_core::{Article, ArticleIndex, ListPage, Site};

fn site() -> Site {
    Site::from_json(include_str!("../../public/data/site.json")).unwrap().value
}

fn article(json: &str) -> Article {
    Article::from_json(json).unwrap().value
}

#[test]
fn an_article_page_has_the_whole_app_around_the_article() {
    let page = article_page(
        &site(),
        article(include_str!("../../public/data/articles/wulantaolegai-practice.json")),
    );
    assert_eq!(page.title, "抓党建促振兴的乌兰陶勒盖实践 - 鄂尔多斯市党建网");
    assert_eq!(page.lang, "zh-CN");
    let body = &page.body;
    let order = [
        r##"<a href="#main" class="skip-link">跳到正文</a>"##,
        r#"<header class="site-banner">"#,
        r#"<a href="/">鄂尔多斯市党建网</a>"#,
        r#"<main id="main" tabindex="-1">"#,
        r#"<h1 id="article-title" tabindex="-1">抓党建促振兴的乌兰陶勒盖实践</h1>"#,
        "来源",
        r#"<footer class="site-footer">"#,
        r#"<h2 id="channels-title" tabindex="-1">"#,
    ];
    let mut from = 0;
    for piece in order {
        let at = body[from..].find(piece).unwrap_or_else(|| panic!("{piece} missing or out of order"));
        from += at + piece.len();
    }
    assert!(!body.contains("data:image"), "QR codes are made in the browser, not carried by every page");
    assert!(!body.contains("<img"), "no image without its data: it would be an empty, announced box");
    assert_eq!(body.matches("<h1").count(), 1);
    assert_eq!(body.matches("<main").count(), 1);
    // The settings are the defaults here: the reader's own apply in the browser.
    assert!(body.contains(r#"aria-pressed="true""#));
}

#[test]
fn every_block_type_is_rendered() {
    let page = article_page(&site(), article(include_str!("../../public/data/articles/how-to-use.json")));
    let body = &page.body;
    assert!(body.contains(r#"<h2 id="section-1" tabindex="-1">调整字号</h2>"#), "heading with its anchor");
    assert!(body.contains("<p>畅阅把文章整理成干净、好读的页面。"), "paragraph");
    assert!(body.contains("<ol><li>点“大”，正文立刻变大。</li>"), "ordered list");
    assert!(body.contains("<ul><li>"), "unordered list");
    assert!(body.contains("<blockquote><p>"), "quote");
    assert!(body.contains(r#"<img src="/data/images/font-size-controls.svg" alt="页面顶部的"#), "image");
    assert!(body.contains("<figcaption>"), "caption");
    assert!(body.contains(r##"href="#section-1""##), "本文目录");
}

#[test]
fn hostile_text_is_text() {
    let evil = r#"<img src=x onerror=\"alert(1)\"><script>alert(2)</script>"#;
    let json = format!(
        r#"{{"id":"x","title":"{evil}","source":"{evil}","author":"{evil}","published":"2023-09-06T07:28:00+08:00",
        "body":[{{"type":"paragraph","text":"{evil}"}},{{"type":"heading","text":"{evil}"}},
        {{"type":"quote","text":"{evil}"}},{{"type":"list","ordered":false,"items":["{evil}"]}},
        {{"type":"image","src":"/a.png","alt":"{evil}","caption":"{evil}"}},
        {{"type":"image","src":"javascript:alert(3)","alt":"图"}}]}}"#
    );
    let mut site = site();
    site.name = "站点</title><script>alert(4)</script>".into();
    let page = article_page(&site, article(&json));
    let body = &page.body;
    assert!(!body.contains("<script"), "{body}");
    assert!(!body.contains("<img src=x"));
    assert!(!body.contains("javascript:"));
    assert!(body.contains("&lt;img src=x onerror=\"alert(1)\"&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(
        body.contains(r#"alt="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"#)
            || body.contains(r#"alt="<img src=x onerror=&quot;alert(1)&quot;>"#)
    );
    // The title goes into <title> as text too (the command escapes it there).
    assert!(page.title.starts_with("<img src=x"));
}

fn index_of(n: usize, title: &str) -> ArticleIndex {
    let entries: Vec<String> = (1..=n)
        .map(|i| {
            format!(
                r#"{{"id":"a{i}","title":"{title}{i}","source":"{title}","published":"2024-01-01T{:02}:{:02}:00+08:00","summary":"{title}"}}"#,
                i / 60,
                i % 60
            )
        })
        .collect();
    ArticleIndex::from_json(&format!(r#"{{"articles":[{}]}}"#, entries.join(","))).unwrap().value
}

#[test]
fn a_list_page_has_its_articles_and_the_links_to_the_others() {
    let index = index_of(45, "文章");
    let page = list_page(&site(), ListPage::of_index(&index, 2).unwrap());
    assert_eq!(page.title, "文章列表（第 2 页） - 鄂尔多斯市党建网");
    let body = &page.body;
    assert!(body.contains(r#"<h1 tabindex="-1">文章列表（第 2 页）</h1>"#), "{body}");
    assert_eq!(body.matches(r#"<li class="article-card">"#).count(), 20);
    assert!(body.contains(r#"<a href="/article/a25">文章25</a>"#), "newest first: page 2 starts at the 25th");
    assert!(body.contains(r#"<nav aria-label="文章列表分页" class="pagination">"#));
    assert!(body.contains("第 2 页，共 3 页，45 篇文章"));
    assert!(body.contains(r#"<a href="/" rel="prev" class="page-step">上一页</a>"#));
    assert!(body.contains(r#"<a href="/page/3" rel="next" class="page-step">下一页</a>"#));
    assert!(body
        .contains(r#"<a href="/page/2" aria-label="第 2 页" aria-current="page" class="page-number">2</a>"#));
    assert_eq!(body.matches("aria-current").count(), 1);

    let first = list_page(&site(), ListPage::of_index(&index, 1).unwrap());
    assert_eq!(first.title, "鄂尔多斯市党建网");
    assert!(first.body.contains(r#"<h1 tabindex="-1">文章列表</h1>"#));
    assert!(!first.body.contains("上一页"));
    let short = list_page(&site(), ListPage::of_index(&index_of(3, "文章"), 1).unwrap());
    assert!(!short.body.contains("文章列表分页"), "one page needs no page links");
}

#[test]
fn hostile_text_in_a_list_page_is_text() {
    let evil = r#"<img src=x onerror=alert(1)><script>alert(2)</script>"#;
    let page = list_page(&site(), ListPage::of_index(&index_of(21, evil), 1).unwrap());
    assert!(!page.body.contains("<script"));
    assert!(!page.body.contains("<img"));
    assert!(page.body.contains("&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;21"));
}

#[test]
fn a_long_list_leaves_pages_out_with_a_gap_screen_readers_skip() {
    let page = list_page(&site(), ListPage::of_index(&index_of(200, "文章"), 5).unwrap());
    let body = &page.body;
    assert_eq!(
        body.matches(r#"<li aria-hidden="true" class="page-gap">…</li>"#).count(),
        1,
        "1 2 3 4 5 6 7 … 10"
    );
    for n in [1, 2, 7, 10] {
        assert!(body.contains(&format!(r#"aria-label="第 {n} 页""#)), "{n}");
    }
    assert!(!body.contains(r#"aria-label="第 8 页""#));
}

/// The ids on a page that are used more than once: each must name one element, or a
/// description (`aria-describedby`) or a label points at the wrong one.
fn ids_used_twice(body: &str) -> Vec<String> {
    let mut seen = std::collections::BTreeMap::new();
    for piece in body.split(" id=\"").skip(1) {
        let id = piece.split('"').next().unwrap_or_default().to_owned();
        *seen.entry(id).or_insert(0) += 1;
    }
    seen.into_iter().filter(|(_, n)| *n > 1).map(|(id, _)| id).collect()
}

#[test]
fn no_id_is_used_twice_on_any_page() {
    for json in [
        include_str!("../../public/data/articles/wulantaolegai-practice.json"),
        include_str!("../../public/data/articles/how-to-use.json"),
    ] {
        let page = article_page(&site(), article(json));
        assert!(page.body.contains(" id=\"barrier-free-hint\""), "the toolbar's hint is in the copy");
        assert_eq!(ids_used_twice(&page.body), Vec::<String>::new(), "{}", page.title);
    }
    for number in [1, 2] {
        let page = list_page(&site(), ListPage::of_index(&index_of(45, "文章"), number).unwrap());
        assert_eq!(ids_used_twice(&page.body), Vec::<String>::new(), "{}", page.title);
    }
}
