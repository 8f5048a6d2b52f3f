//! The line under a title: 来源, 作者, 发布时间 (as a machine-readable `<time>`) and reading time.

use changyue_core::text::{self, fill};
use changyue_core::Published;
use leptos::prelude::*;

#[component]
pub fn ArticleMeta(
    source: String,
    published: Published,
    #[prop(default = None)] author: Option<String>,
    #[prop(optional)] reading_minutes: Option<usize>,
) -> impl IntoView {
    let minutes = reading_minutes.map(|m| fill(text::READING_TIME, &[("minutes", &m.to_string())]));
    view! {
        <p class="article-meta">
            <span>{text::SOURCE_LABEL}{source}</span>
            {author.map(|a| view! { <span>{text::AUTHOR_LABEL}{a}</span> })}
            <span>
                {text::PUBLISHED_LABEL}
                <time datetime=published.rfc3339()>{published.display()}</time>
            </span>
            {minutes.map(|m| view! { <span>{m}</span> })}
        </p>
    }
}
