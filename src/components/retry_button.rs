//! 重试: says that it is working while the new attempt is under way, so that a
//! reader on a slow network does not press it again and again.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;

#[component]
pub fn RetryButton(#[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let announcer = use_announcer();
    // The button is replaced when the attempt ends, so this state lives only as long as it.
    let retrying = RwSignal::new(false);
    let retry = move |_| {
        if !retrying.get_untracked() {
            retrying.set(true);
            announcer.say(text::RETRYING);
            on_retry.run(());
        }
    };
    view! {
        <button
            type="button"
            class="control retry"
            aria-disabled=move || retrying.get().to_string()
            on:click=retry
        >
            {move || if retrying.get() { text::RETRYING } else { text::RETRY }}
        </button>
    }
}
