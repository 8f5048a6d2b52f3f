//! The links under a list page: 上一页, the numbered pages near this one and at both ends, and
//! 下一页. Plain links, so every page has its own address, works without script and is
//! pre-rendered; the current page is marked `aria-current="page"`.

use changyue_core::list_page::{list_path, page_links, PageLink};
use changyue_core::text::{self, fill};
use leptos::prelude::*;

#[component]
pub fn ListPagination(page: usize, pages: usize, total: usize) -> impl IntoView {
    if pages <= 1 {
        return None;
    }
    let numbers = [("page", page.to_string()), ("pages", pages.to_string()), ("total", total.to_string())];
    let numbers: Vec<(&str, &str)> = numbers.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let status = fill(text::PAGINATION_STATUS, &numbers);
    let previous = (page > 1).then(|| {
        view! { <li><a class="page-step" href=list_path(page - 1) rel="prev">{text::PREVIOUS_PAGE}</a></li> }
    });
    let next = (page < pages).then(|| {
        view! { <li><a class="page-step" href=list_path(page + 1) rel="next">{text::NEXT_PAGE}</a></li> }
    });
    let links = page_links(page, pages)
        .into_iter()
        .map(|link| match link {
            PageLink::Gap => view! { <li class="page-gap" aria-hidden="true">"…"</li> }.into_any(),
            PageLink::Page(n) => {
                let name = fill(text::PAGE_LINK, &[("page", &n.to_string())]);
                let current = (n == page).then_some("page");
                view! {
                    <li><a class="page-number" href=list_path(n) aria-label=name aria-current=current>{n}</a></li>
                }
                .into_any()
            }
        })
        .collect_view();
    Some(view! {
        <nav class="pagination" aria-label=text::PAGINATION_LABEL>
            <p class="pagination-status">{status}</p>
            <ul>{previous}{links}{next}</ul>
        </nav>
    })
}
