//! One article in the list: its title as the link, source and date, how far the reader got,
//! and the start of its summary.

use changyue_core::text::{self, fill};
use changyue_core::ArticleSummary;
use leptos::prelude::*;

use crate::components::article_meta::ArticleMeta;
use crate::reading_history::use_reading_history;

#[component]
pub fn ArticleCard(article: ArticleSummary) -> impl IntoView {
    let history = use_reading_history();
    let id = article.id.clone();
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
            <h2><a href=format!("/article/{}", article.id)>{article.title}</a></h2>
            <ArticleMeta source=article.source published=article.published/>
            {state}
            {article.summary.map(|s| view! { <p class="summary">{s}</p> })}
        </li>
    }
}
