//! 长者模式: one switch for very large text, generous spacing and big targets.
//! It sits on top of the other settings, so turning it off gives them back unchanged.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

#[component]
pub fn ElderModeSwitch() -> impl IntoView {
    let settings = use_reading_settings().0;
    let announcer = use_announcer();
    let on = Memo::new(move |_| settings.get().elder);
    let toggle = move |_| {
        let turn_on = !settings.get_untracked().elder;
        settings.update(|s| s.elder = turn_on);
        announcer.say(if turn_on { text::ELDER_ON } else { text::ELDER_OFF });
    };
    view! {
        <button
            type="button"
            class="control elder-switch"
            aria-pressed=move || on.get().to_string()
            aria-describedby="elder-hint"
            on:click=toggle
        >
            {text::FOOTER_ELDER}
        </button>
        <span id="elder-hint" class="hint">{text::FOOTER_ELDER_HINT}</span>
    }
}
