//! The native render: the app's own markup for every block type, and hostile text as text.

use changyue::render::article_page;
use changyue_core::{Article, Site};

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
