//! `/article/<id>`: the reader.

use changyue_core::text;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::adapters::dom;
use crate::components::article_view::ArticleView;
use crate::components::load_failure::{LoadFailure, Loading};
use crate::data::{load_article, use_known, use_site};
use crate::navigation::settle_page;
use crate::pages::not_found::NotFound;

/// The document title of an article's page.
pub fn article_page_title(title: &str, site_name: &str) -> String {
    format!("{title} - {site_name}")
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let site = use_site();
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    let known = use_known();
    let download = LocalResource::new(move || load_article(id()));
    // Known at hand (rendered natively at build time), else downloaded.
    let article = Signal::derive(move || known.article(&id()).map(Ok).or_else(|| download.get()));
    Effect::new(move || {
        if let Some(title) =
            article.with(|a| a.as_ref().and_then(|a| a.as_ref().ok()).map(|a| a.title.clone()))
        {
            dom::set_title(&article_page_title(&title, &site.name()));
        }
    });
    // Settled: the answer for the id in the address (not the previous article's) is here.
    let settled = move || {
        article.with(|a| match a {
            Some(Ok(a)) => a.id == id(),
            Some(Err(_)) => true,
            None => false,
        })
    };
    Effect::new(move || {
        if !settled() {
            return;
        }
        let transient = article.with(|a| matches!(a, Some(Err(e)) if e.is_transient()));
        settle_page(transient, move || download.refetch());
    });
    move || match article.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) if error.is_not_found() => view! {
            <NotFound title=text::ARTICLE_NOT_FOUND_TITLE body=text::ARTICLE_NOT_FOUND_BODY/>
        }
        .into_any(),
        Some(Err(error)) => view! { <LoadFailure error on_retry=move || download.refetch()/> }.into_any(),
        // Following a link from one article to another keeps this page and its old
        // value until the new article arrives: show that it is loading, not the old text.
        Some(Ok(_)) if !settled() => view! { <Loading/> }.into_any(),
        Some(Ok(a)) => view! { <ArticleView article=a/> }.into_any(),
    }
}
