//! Pages rendered to HTML natively, at build time, by the app's own components (Leptos `ssr`):
//! a reader's phone paints the text from the HTML alone, before any wasm, and the markup is
//! exactly what the app renders. The browser-only parts do nothing here: every adapter starts
//! from `adapters::dom::window()`, which is `None` natively, and effects do not run.

use std::sync::Arc;

use changyue_core::list_page::list_path;
use changyue_core::{Article, ListPage, Site};
use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::app::App;
use crate::data::KnownData;
use crate::pages::article::article_page_title;
use crate::pages::home::list_page_title;

/// One page: what goes into `<body>`, with the document's title and language.
#[derive(Debug)]
pub struct RenderedPage {
    pub title: String,
    pub lang: String,
    pub body: String,
}

/// `/article/<id>`.
pub fn article_page(site: &Site, article: Article) -> RenderedPage {
    let title = article_page_title(&article.title, &site.name);
    let path = format!("/article/{}", article.id);
    let known = KnownData { site: Some(site.clone()), article: Some(article), list: None };
    RenderedPage { title, lang: site.lang.clone(), body: render(&path, known) }
}

/// `/` for the list's first page, `/page/<n>` for the others.
pub fn list_page(site: &Site, list: ListPage) -> RenderedPage {
    let title = list_page_title(list.page, &site.name);
    let path = list_path(list.page);
    let known = KnownData { site: Some(site.clone()), article: None, list: Some(list) };
    RenderedPage { title, lang: site.lang.clone(), body: render(&path, known) }
}

fn render(path: &str, known: KnownData) -> String {
    // A server's shared context: Leptos's helpers (window listeners and the like) then know
    // there is no browser. One root per page, dropped after it, so memory stays flat.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        view! { <App known/> }.to_html()
    });
    owner.unset_with_forced_cleanup();
    html
}
