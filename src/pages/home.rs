//! `/` and `/page/<n>`: the articles, newest first, 20 a page.

use changyue_core::list_page::parse_page_number;
use changyue_core::text::{self, fill};
use changyue_core::ListPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::adapters::dom;
use crate::adapters::http::FetchError;
use crate::components::article_card::ArticleCard;
use crate::components::list_pagination::ListPagination;
use crate::components::load_failure::{LoadFailure, Loading};
use crate::data::{load_list_page, use_known, use_site, LoadError};
use crate::navigation::settle_page;
use crate::pages::article::article_page_title;
use crate::pages::not_found::NotFoundPage;

/// The document title of a list page: the site's name, with the list's heading after the
/// first page (`文章列表（第 2 页） - 站名`).
pub fn list_page_title(page: usize, site_name: &str) -> String {
    if page <= 1 {
        site_name.to_owned()
    } else {
        article_page_title(&fill(text::LIST_PAGE_HEADING, &[("page", &page.to_string())]), site_name)
    }
}

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let params = use_params_map();
    // `/` is the first page; `/page/<n>` any page, `n` in digits from 1.
    let number = move || params.with(|p| p.get("n").map_or(Some(1), |n| parse_page_number(&n)));
    let known = use_known();
    let download = LocalResource::new(move || {
        let number = number();
        async move {
            let answer = match number {
                Some(n) => load_list_page(n).await,
                None => Err(LoadError::Fetch(FetchError::NotFound)),
            };
            (number, answer)
        }
    });
    // Known at hand (rendered natively at build time), else downloaded; only this page's answer
    // (the download answers with its page: after Back from one page to another, the same
    // component, the old answer must not pass for the new page's). A memo, which keeps the page shown as it is (the same nodes, the reader's focus on them)
    // when its download settles again, or when that of a page left already settles late.
    let list = Memo::new(move |shown: Option<&Option<Result<ListPage, LoadError>>>| {
        let n = number();
        if let Some(known) = n.and_then(|n| known.list(n)) {
            return Some(Ok(known));
        }
        match download.get() {
            Some((answered, answer)) if answered == n => Some(answer),
            _ => shown.cloned().flatten().filter(|s| matches!(s, Ok(l) if Some(l.page) == n)),
        }
    });
    Effect::new(move || {
        if let Some(page) = list.with(|l| l.as_ref().and_then(|l| l.as_ref().ok()).map(|l| l.page)) {
            dom::set_title(&list_page_title(page, &site.name()));
        }
    });
    Effect::new(move || {
        if let Some(transient) = list.with(|l| l.as_ref().map(|l| matches!(l, Err(e) if e.is_transient()))) {
            settle_page(transient, move || download.refetch());
        }
    });
    move || match list.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) if error.is_not_found() && number() != Some(1) => {
            view! { <NotFoundPage/> }.into_any()
        }
        Some(Err(error)) => view! { <LoadFailure error on_retry=move || download.refetch()/> }.into_any(),
        Some(Ok(list)) => view! { <ListView list/> }.into_any(),
    }
}

/// One page of the list, with the links to the others.
#[component]
fn ListView(list: ListPage) -> impl IntoView {
    let heading = list.heading();
    if list.articles.is_empty() {
        return view! {
            <h1 tabindex="-1">{heading}</h1>
            <p>{text::HOME_EMPTY}</p>
        }
        .into_any();
    }
    let (page, pages, total) = (list.page, list.pages, list.total);
    let cards = list.articles.into_iter().map(|article| view! { <ArticleCard article/> }).collect_view();
    view! {
        <h1 tabindex="-1">{heading}</h1>
        <ul class="article-list">{cards}</ul>
        <ListPagination page pages total/>
    }
    .into_any()
}
