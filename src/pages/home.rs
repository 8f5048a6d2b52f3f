//! `/`: the articles, newest first.

use changyue_core::text::{self, fill};
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::article_meta::ArticleMeta;
use crate::components::load_failure::{LoadFailure, Loading};
use crate::data::{load_index, use_site};
use crate::navigation::focus_heading_if_navigated;
use crate::reading_history::use_reading_history;

#[component]
pub fn HomePage() -> impl IntoView {
    let site = use_site();
    let index = LocalResource::new(load_index);
    let history = use_reading_history();
    Effect::new(move || dom::set_title(&site.name()));
    Effect::new(move || {
        if index.with(Option::is_some) {
            focus_heading_if_navigated();
        }
    });
    move || match index.get() {
        None => view! { <Loading/> }.into_any(),
        Some(Err(error)) => view! { <LoadFailure error on_retry=move || index.refetch()/> }.into_any(),
        Some(Ok(index)) if index.articles.is_empty() => view! {
            <h1 tabindex="-1">{text::HOME_HEADING}</h1>
            <p>{text::HOME_EMPTY}</p>
        }
        .into_any(),
        Some(Ok(index)) => {
            let items = index
                .articles
                .into_iter()
                .map(|a| {
                    let id = a.id.clone();
                    let state = move || {
                        history.position(&id).map(|p| {
                            let said = if p.read {
                                text::LIST_READ.to_owned()
                            } else {
                                fill(text::LIST_PROGRESS, &[("percent", &p.percent().to_string())])
                            };
                            view! { <p class="reading-state">{said}</p> }
                        })
                    };
                    view! {
                        <li class="article-card">
                            <h2><a href=format!("/article/{}", a.id)>{a.title}</a></h2>
                            <ArticleMeta source=a.source published=a.published/>
                            {state}
                            {a.summary.map(|s| view! { <p class="summary">{s}</p> })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h1 tabindex="-1">{text::HOME_HEADING}</h1>
                <ul class="article-list">{items}</ul>
            }
            .into_any()
        }
    }
}
