//! The 404 page, for unknown paths and unknown article ids.

use changyue_core::text;
use leptos::prelude::*;

use crate::adapters::dom;
use crate::data::use_site;
use crate::navigation::focus_heading_if_navigated;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    Effect::new(focus_heading_if_navigated);
    view! { <NotFound title=text::NOT_FOUND_TITLE body=text::NOT_FOUND_BODY/> }
}

/// The 404 message itself, also shown inside the reader for an unknown article.
#[component]
pub fn NotFound(title: &'static str, body: &'static str) -> impl IntoView {
    let site = use_site();
    Effect::new(move || dom::set_title(&format!("{title} - {}", site.name())));
    view! {
        <section class="not-found" aria-labelledby="not-found-title">
            <h1 id="not-found-title" tabindex="-1">{title}</h1>
            <p>{body}</p>
            <p><a href="/">{text::BACK_HOME}</a></p>
        </section>
    }
}
