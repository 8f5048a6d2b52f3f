//! A load that failed: what happened in plain Chinese, and 重试.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::components::retry_button::RetryButton;
use crate::data::LoadError;
use crate::navigation::focus_heading_after_next_load;

#[component]
pub fn LoadFailure(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let message = error.message();
    let announcer = use_announcer();
    let spoken = format!("{}：{message}", text::LOAD_ERROR_TITLE);
    Effect::new(move || announcer.say(spoken.clone()));
    // Whatever the retry brings (the content, or this message again), focus goes to
    // its heading instead of falling back to the top of the page.
    let retry = move || {
        focus_heading_after_next_load();
        on_retry.run(());
    };
    view! {
        <section class="load-failure" aria-labelledby="load-failure-title">
            <h1 id="load-failure-title" tabindex="-1">{text::LOAD_ERROR_TITLE}</h1>
            <p>{message}</p>
            <RetryButton on_retry=retry/>
        </section>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading">{text::LOADING}</p> }
}
