//! 长者模式: one switch for very large text, generous spacing, big targets and a
//! simplified page. It sits on top of the other settings, so turning it off gives
//! them back unchanged. The banner and the footer each carry one.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

/// `hint_id`: where there is room (the footer), a line under the switch says what it does.
#[component]
pub fn ElderModeSwitch(#[prop(optional)] hint_id: Option<&'static str>) -> impl IntoView {
    let settings = use_reading_settings().settings;
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
            aria-describedby=hint_id
            on:click=toggle
        >
            {text::ELDER_MODE}
        </button>
        {hint_id.map(|id| view! { <span id=id class="hint">{text::ELDER_MODE_HINT}</span> })}
    }
}
