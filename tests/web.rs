//! Component tests: real components mounted in headless Chromium (wasm-bindgen-test).
//! Run with `cargo test --target wasm32-unknown-unknown` (see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use changyue::components::article_view::ArticleView;
use changyue::components::font_size_controls::FontSizeControls;
use changyue::components::live_region::{Announcer, LiveRegion};
use changyue::reading::provide_reading_settings;
use changyue::reading_history::provide_reading_history;
use changyue_core::{Article, Settings};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh container in the page; the returned handle keeps the view mounted.
fn mount<N: IntoView + 'static>(view: impl FnOnce() -> N + 'static) -> HtmlElement {
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    std::mem::forget(leptos::mount::mount_to(container.clone(), view));
    container
}

/// Lets effects and the DOM catch up (one macrotask).
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn button(container: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = container.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| buttons.item(i).unwrap().unchecked_into::<HtmlElement>())
        .find(|b| {
            b.get_attribute("aria-label").as_deref() == Some(name)
                || b.text_content().as_deref() == Some(name)
        })
        .unwrap_or_else(|| panic!("no button {name}"))
}

fn root_scale() -> String {
    let root: HtmlElement = document().document_element().unwrap().unchecked_into();
    root.style().get_property_value("--cy-text-scale").unwrap()
}

fn announced() -> String {
    document().get_element_by_id("announcer").unwrap().text_content().unwrap()
}

#[wasm_bindgen_test]
async fn font_size_buttons_restyle_the_page_announce_and_persist() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let container = mount(|| {
        provide_reading_settings();
        Announcer::provide();
        view! { <FontSizeControls/><LiveRegion/> }
    });
    tick().await;
    assert_eq!(root_scale(), "1.00");
    assert_eq!(button(&container, "中").get_attribute("aria-pressed").as_deref(), Some("true"));

    button(&container, "大").click();
    tick().await;
    assert_eq!(root_scale(), "1.30");
    assert_eq!(button(&container, "大").get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(button(&container, "中").get_attribute("aria-pressed").as_deref(), Some("false"));
    assert_eq!(announced(), "字号已调整为 大");
    let stored = storage.get_item(Settings::STORAGE_KEY).unwrap().unwrap();
    assert_eq!(Settings::from_stored(&stored).font_scale.percent(), 130);

    // Up to the largest step, then the button says so instead of going past it.
    for _ in 0..20 {
        button(&container, "放大字号").click();
    }
    tick().await;
    assert_eq!(root_scale(), "3.20");
    assert_eq!(button(&container, "放大字号").get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(announced().trim_end_matches('\u{a0}'), "已是最大字号");
    container.remove();
}

#[wasm_bindgen_test]
async fn the_same_announcement_twice_is_still_a_change() {
    let announcer = std::rc::Rc::new(std::cell::Cell::new(None));
    let slot = announcer.clone();
    let container = mount(move || {
        slot.set(Some(Announcer::provide()));
        view! { <LiveRegion/> }
    });
    let announcer = announcer.get().unwrap();
    announcer.say("字号已调整为 大");
    tick().await;
    let first = announced();
    announcer.say("字号已调整为 大");
    tick().await;
    assert_ne!(announced(), first, "a repeated message must change the live region");
    assert_eq!(announced().trim(), "字号已调整为 大");
    container.remove();
}

#[wasm_bindgen_test]
async fn article_text_is_shown_literally_never_as_html() {
    let json = r#"{"id":"x","title":"<img src=x onerror=alert(1)>标题","source":"<b>来源</b>",
        "published":"2023-09-06T07:28:00+08:00","summary":"<u>导读</u>",
        "body":[{"type":"paragraph","text":"<script>alert(1)</script>&amp;"},
                {"type":"heading","text":"一"},
                {"type":"list","ordered":true,"items":["<i>甲</i>","乙"]}]}"#;
    let article = Article::from_json(json).unwrap().value;
    let container = mount(move || {
        provide_reading_history();
        view! { <ArticleView article/> }
    });
    tick().await;
    let h1 = container.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap(), "<img src=x onerror=alert(1)>标题");
    assert!(container.query_selector("img, script, b, i, u").unwrap().is_none());
    let summary = container.query_selector(".article-summary p").unwrap().unwrap();
    assert_eq!(summary.text_content().unwrap(), "<u>导读</u>");
    let p = container.query_selector(".article-body p").unwrap().unwrap();
    assert_eq!(p.text_content().unwrap(), "<script>alert(1)</script>&amp;");
    assert_eq!(container.query_selector(".article-body h2").unwrap().unwrap().id(), "section-1");
    assert_eq!(container.query_selector_all("ol > li").unwrap().length(), 2);
    let time = container.query_selector("time").unwrap().unwrap();
    assert_eq!(time.get_attribute("datetime").as_deref(), Some("2023-09-06T07:28:00+08:00"));
    assert_eq!(time.text_content().as_deref(), Some("2023-09-06 07:28"));
    container.remove();
}

#[wasm_bindgen_test]
async fn retry_says_it_is_working_and_asks_only_once() {
    use changyue::components::retry_button::RetryButton;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;
    let calls = Arc::new(AtomicUsize::new(0));
    let counter = calls.clone();
    let container = mount(move || {
        Announcer::provide();
        let on_retry = move || {
            counter.fetch_add(1, Ordering::SeqCst);
        };
        view! { <RetryButton on_retry/><LiveRegion/> }
    });
    tick().await;
    let retry = button(&container, "重试");
    retry.click();
    retry.click();
    tick().await;
    assert_eq!(
        calls.load(Ordering::SeqCst),
        1,
        "a second press while retrying does not start another request"
    );
    assert_eq!(retry.text_content().as_deref(), Some("正在重试……"));
    assert_eq!(retry.get_attribute("aria-disabled").as_deref(), Some("true"));
    assert_eq!(announced(), "正在重试……");
    container.remove();
}

/// The readings file names the article's texts in core's order (`pinyin::texts_of`); the page
/// must hold them in the same order, block type by block type, or syllables would sit over the
/// wrong characters.
#[wasm_bindgen_test]
async fn every_text_the_readings_name_is_where_the_page_shows_it() {
    use changyue::adapters::ruby;
    use changyue_core::pinyin::{pair, texts_of};
    let json = r#"{"id":"x","title":"标题","source":"本报","published":"2023-09-06T07:28:00+08:00",
        "summary":"导读的话","body":[{"type":"paragraph","text":"第一段"},{"type":"heading","text":"小标题"},
        {"type":"quote","text":"引文"},{"type":"image","src":"/a.png","alt":"图","caption":"图注"},
        {"type":"list","ordered":true,"items":["甲","乙"]},{"type":"list","ordered":false,"items":["丙"]},
        {"type":"paragraph","text":"末段"}]}"#;
    let article = Article::from_json(json).unwrap().value;
    let texts: Vec<Option<String>> = texts_of(&article).into_iter().map(|t| t.map(str::to_owned)).collect();
    let container = mount(move || {
        provide_reading_history();
        view! { <ArticleView article/> }
    });
    tick().await;
    let page = container.query_selector(".article").unwrap().unwrap();
    let elements = ruby::text_elements(&page);
    let shown: Vec<Option<String>> =
        elements.iter().map(|e| e.as_ref().and_then(|e| e.text_content())).collect();
    assert_eq!(shown, texts);
    // Annotated and put back, each text stays its characters.
    for (element, text) in elements.iter().zip(&texts) {
        if let (Some(element), Some(text)) = (element, text) {
            let syllables = vec!["a"; text.chars().count()].join(" ");
            ruby::annotate(element, &pair(text, &syllables).unwrap());
            assert_eq!(element.query_selector_all("ruby").unwrap().length() as usize, text.chars().count());
            assert_eq!(element.text_content().as_deref(), Some(text.as_str()));
        }
    }
    ruby::remove_all(&page);
    assert_eq!(page.query_selector_all("ruby").unwrap().length(), 0);
    assert_eq!(page.query_selector("h1").unwrap().unwrap().child_nodes().length(), 1);
    container.remove();
}
