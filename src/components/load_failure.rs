//! A load that failed: what happened in plain Chinese, and 重试.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::data::LoadError;

#[component]
pub fn LoadFailure(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let message = error.message();
    use_announcer().say(format!("{}：{message}", text::LOAD_ERROR_TITLE));
    view! {
        <section class="load-failure" aria-labelledby="load-failure-title">
            <h1 id="load-failure-title" tabindex="-1">{text::LOAD_ERROR_TITLE}</h1>
            <p>{message}</p>
            <button type="button" class="control" on:click=move |_| on_retry.run(())>
                {text::RETRY}
            </button>
        </section>
    }
}

#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="loading">{text::LOADING}</p> }
}
