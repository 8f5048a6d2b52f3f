//! 字号: the source page's 大 中 小 presets, plus finer 缩小/放大 steps.

use changyue_core::text;
use changyue_core::{FontPreset, FontScale};
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

pub const GROUP_ID: &str = "font-size-controls";

#[component]
pub fn FontSizeControls() -> impl IntoView {
    let settings = use_reading_settings().0;
    let announcer = use_announcer();
    let scale = Memo::new(move |_| settings.get().font_scale);
    let choose = move |next: FontScale| {
        settings.update(|s| s.font_scale = next);
        announcer.say(next.announcement());
    };
    // At a bound the step button stays focusable (a disabled button would drop
    // keyboard focus) and says why nothing changed.
    let step = move |next: Option<FontScale>, at_bound: &'static str| match next {
        Some(next) => choose(next),
        None => announcer.say(at_bound),
    };
    let presets = FontPreset::ALL
        .into_iter()
        .map(|preset| {
            view! {
                <button
                    type="button"
                    class="control"
                    aria-pressed=move || (scale.get() == preset.scale()).to_string()
                    on:click=move |_| choose(preset.scale())
                >
                    {preset.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div id=GROUP_ID class="font-size-controls" role="group" aria-labelledby="font-size-label">
            <span id="font-size-label" class="control-label">{text::FONT_SIZE_GROUP}</span>
            {presets}
            <button
                type="button"
                class="control"
                aria-label=text::FONT_SMALLER_NAME
                aria-disabled=move || scale.get().smaller().is_none().to_string()
                on:click=move |_| step(scale.get().smaller(), text::FONT_AT_MIN)
            >
                {text::FONT_SMALLER}
            </button>
            <button
                type="button"
                class="control"
                aria-label=text::FONT_LARGER_NAME
                aria-disabled=move || scale.get().larger().is_none().to_string()
                on:click=move |_| step(scale.get().larger(), text::FONT_AT_MAX)
            >
                {text::FONT_LARGER}
            </button>
            <span class="font-size-current">
                <span class="visually-hidden">{text::FONT_CURRENT}</span>
                {move || format!("{}%", scale.get().percent())}
            </span>
        </div>
    }
}
