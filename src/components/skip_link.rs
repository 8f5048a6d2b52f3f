//! 跳到正文: the first stop of the Tab order.

use changyue_core::text;
use leptos::prelude::*;

use crate::adapters::dom;

pub use changyue_core::startup::MAIN_ID;

#[component]
pub fn SkipLink() -> impl IntoView {
    // Focus is moved by hand: a bare `#main` would be taken by the router, and
    // some browsers scroll to a fragment without moving the focus.
    view! {
        <a
            class="skip-link"
            href=format!("#{MAIN_ID}")
            on:click=|event| {
                event.prevent_default();
                dom::focus(&format!("#{MAIN_ID}"));
            }
        >
            {text::SKIP_TO_MAIN}
        </a>
    }
}
