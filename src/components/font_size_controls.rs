//! 字号: the source page's 大 中 小 presets, plus finer 缩小/放大 steps. Each button carries its
//! press as a mark (`FONT_SIZE_ATTRIBUTE`), by which the pre-rendered page's settings script
//! works it before the app has started.

use changyue_core::startup::{FONT_SIZE_ATTRIBUTE, FONT_SIZE_SHOWN_ATTRIBUTE};
use changyue_core::text;
use changyue_core::{FontPreset, FontPress, Settings};
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

use crate::components::live_region::{use_announcer, Announcer};
use crate::reading::use_reading_settings;

/// The banner's group; the reading settings panel holds a second one, `PANEL_GROUP_ID`, and the
/// 字号 bar a third (`quick_bar::QUICK_GROUP_ID`).
pub const GROUP_ID: &str = "font-size-controls";
pub const PANEL_GROUP_ID: &str = "panel-font-size-controls";

#[component]
pub fn FontSizeControls(#[prop(default = GROUP_ID)] id: &'static str) -> impl IntoView {
    let settings = use_reading_settings().settings;
    let scale = Memo::new(move |_| settings.get().effective_font_scale());
    let presets = FontPreset::ALL
        .into_iter()
        .map(|preset| view! { <FontButton press=FontPress::Preset(preset) label=preset.label()/> })
        .collect_view();
    view! {
        <div id=id class="font-size-controls" role="group" aria-labelledby=format!("{id}-label")>
            // The size in force sits under the group's name, so that the five buttons fit one
            // row of a 360 px phone.
            <span class="font-size-label">
                <span id=format!("{id}-label") class="control-label">{text::FONT_SIZE_GROUP}</span>
                <span class="font-size-current" {..custom_attribute(FONT_SIZE_SHOWN_ATTRIBUTE, "")}>
                    <span class="visually-hidden">{text::FONT_CURRENT}</span>
                    {move || format!("{}%", scale.get().percent())}
                </span>
            </span>
            <span class="font-steps">{presets}</span>
            <span class="font-steps">
                <FontButton press=FontPress::Smaller label=text::FONT_SMALLER name=text::FONT_SMALLER_NAME/>
                <FontButton press=FontPress::Larger label=text::FONT_LARGER name=text::FONT_LARGER_NAME/>
            </span>
        </div>
    }
}

/// One button of the group: a preset is pressed while it is the size in force; a press that
/// would be refused leaves the button focusable (a disabled button would drop keyboard focus)
/// and says why nothing changed.
#[component]
fn FontButton(
    press: FontPress,
    label: &'static str,
    #[prop(optional)] name: Option<&'static str>,
) -> impl IntoView {
    let settings = use_reading_settings().settings;
    let announcer = use_announcer();
    let shows = Memo::new(move |_| settings.get().font_button(press));
    view! {
        <button
            type="button"
            class="control"
            aria-label=name
            aria-pressed=move || shows.get().pressed.map(|p| p.to_string())
            aria-disabled=move || shows.get().unavailable.to_string()
            {..custom_attribute(FONT_SIZE_ATTRIBUTE, press.id())}
            on:click=move |_| press_font(settings, announcer, press)
        >
            {label}
        </button>
    }
}

/// A press on a 字号 button or shortcut: the size it chooses, or why none, said once; a press
/// that changes nothing is not a change, to the settings' history or to the reader's ears.
pub fn press_font(settings: RwSignal<Settings>, announcer: Announcer, press: FontPress) {
    let now = settings.get_untracked();
    let Some(said) = now.font_press_said(press) else { return };
    if let Ok(next) = now.press_font(press) {
        settings.update(|s| s.font_scale = next);
    }
    announcer.say(said);
}
