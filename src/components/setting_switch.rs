//! A reading setting that is on or off (长者模式, 纯文本), as a `<button aria-pressed>`:
//! a press flips it, and its pressed state, which a screen reader speaks on the button pressed,
//! is all that is said. Only a shortcut, pressed away from the switch, says it in words.

use changyue_core::startup::SWITCH_ATTRIBUTE;
use changyue_core::Settings;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::reading::use_reading_settings;

/// What the switch shows. `hint` is an (id, text) pair: a line that explains the switch and
/// describes the button.
pub struct SwitchText {
    pub label: &'static str,
    pub hint: Option<(&'static str, &'static str)>,
    /// The switch's mark for the settings script (`startup::ELDER_SWITCH`), if it works it.
    pub mark: Option<&'static str>,
}

#[component]
pub fn SettingSwitch(
    text: SwitchText,
    read: fn(&Settings) -> bool,
    write: fn(&mut Settings, bool),
    /// The id of another line that describes the switch (why it has no effect now, say).
    #[prop(optional)]
    also_described_by: Option<&'static str>,
) -> impl IntoView {
    let settings = use_reading_settings().settings;
    let on = Memo::new(move |_| settings.with(read));
    let toggle = move |_| {
        flip_setting(settings, read, write);
    };
    view! {
        <button
            type="button"
            class="control"
            aria-pressed=move || on.get().to_string()
            aria-describedby=described_by(text.hint.map(|(id, _)| id), also_described_by)
            {..custom_attribute(SWITCH_ATTRIBUTE, text.mark)}
            on:click=toggle
        >
            {text.label}
        </button>
        {text.hint.map(|(id, hint)| view! { <span id=id class="hint">{hint}</span> })}
    }
}

fn described_by(hint: Option<&'static str>, also: Option<&'static str>) -> Option<String> {
    let ids: Vec<&str> = hint.into_iter().chain(also).collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Turns an on/off setting over; returns its new state.
pub fn flip_setting(
    settings: RwSignal<Settings>,
    read: fn(&Settings) -> bool,
    write: fn(&mut Settings, bool),
) -> bool {
    let turn_on = !settings.with_untracked(read);
    settings.update(|s| write(s, turn_on));
    turn_on
}
