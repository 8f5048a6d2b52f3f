//! 字号: the source page's 大 中 小 presets, plus finer 缩小/放大 steps.

use changyue_core::text;
use changyue_core::{FontPreset, FontScale, Settings};
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
    let announcer = use_announcer();
    let scale = Memo::new(move |_| settings.get().effective_font_scale());
    let presets = FontPreset::ALL
        .into_iter()
        .map(|preset| {
            let allowed = move || settings.with(|s| s.allows(preset.scale()));
            view! {
                <button
                    type="button"
                    class="control"
                    aria-pressed=move || (scale.get() == preset.scale()).to_string()
                    aria-disabled=move || (!allowed()).to_string()
                    on:click=move |_| {
                        let allowed = settings.get_untracked().allows(preset.scale());
                        choose_font_size(settings, announcer, allowed.then_some(preset.scale()), floor_message(settings.get_untracked()))
                    }
                >
                    {preset.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div id=id class="font-size-controls" role="group" aria-labelledby=format!("{id}-label")>
            // The size in force sits under the group's name, so that the five buttons fit one
            // row of a 360 px phone.
            <span class="font-size-label">
                <span id=format!("{id}-label") class="control-label">{text::FONT_SIZE_GROUP}</span>
                <span class="font-size-current">
                    <span class="visually-hidden">{text::FONT_CURRENT}</span>
                    {move || format!("{}%", scale.get().percent())}
                </span>
            </span>
            <span class="font-steps">{presets}</span>
            <span class="font-steps">
            <button
                type="button"
                class="control"
                aria-label=text::FONT_SMALLER_NAME
                aria-disabled=move || settings.get().smaller_font().is_none().to_string()
                on:click=move |_| step_font_size(settings, announcer, false)
            >
                {text::FONT_SMALLER}
            </button>
            <button
                type="button"
                class="control"
                aria-label=text::FONT_LARGER_NAME
                aria-disabled=move || settings.get().larger_font().is_none().to_string()
                on:click=move |_| step_font_size(settings, announcer, true)
            >
                {text::FONT_LARGER}
            </button>
            </span>
        </div>
    }
}

fn floor_message(settings: Settings) -> &'static str {
    if settings.elder {
        text::FONT_AT_ELDER_MIN
    } else {
        text::FONT_AT_MIN
    }
}

/// One 缩小 or 放大 step (buttons and shortcuts), or why none can be taken, said once.
pub fn step_font_size(settings: RwSignal<Settings>, announcer: Announcer, larger: bool) {
    let now = settings.get_untracked();
    let (next, refused) = if larger {
        (now.larger_font(), text::FONT_AT_MAX)
    } else {
        (now.smaller_font(), floor_message(now))
    };
    choose_font_size(settings, announcer, next, refused);
}

/// A step that cannot be taken leaves the button focusable (a disabled button would drop
/// keyboard focus) and says why nothing changed.
fn choose_font_size(
    settings: RwSignal<Settings>,
    announcer: Announcer,
    next: Option<FontScale>,
    refused: &'static str,
) {
    match next {
        Some(next) => {
            settings.update(|s| s.font_scale = next);
            announcer.say(next.announcement());
        }
        None => announcer.say(refused),
    }
}
