//! 纯文本: hides images and decoration and shows each image's description in its place.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

#[component]
pub fn TextOnlySwitch() -> impl IntoView {
    let settings = use_reading_settings().settings;
    let announcer = use_announcer();
    let on = Memo::new(move |_| settings.get().text_only);
    let toggle = move |_| {
        let turn_on = !settings.get_untracked().text_only;
        settings.update(|s| s.text_only = turn_on);
        announcer.say(if turn_on { text::TEXT_ONLY_ON } else { text::TEXT_ONLY_OFF });
    };
    view! {
        <p class="setting-switch">
            <button
                type="button"
                class="control"
                aria-pressed=move || on.get().to_string()
                aria-describedby="text-only-hint"
                on:click=toggle
            >
                {text::TEXT_ONLY}
            </button>
            <span id="text-only-hint" class="hint">{text::TEXT_ONLY_HINT}</span>
        </p>
    }
}
