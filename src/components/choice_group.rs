//! One reading setting as a group of native radio buttons (行距, 字间距, 版面宽度, 配色):
//! arrow keys move between the steps, Tab leaves the group, the legend names it.

use changyue_core::{Choice, Settings, SystemPreferences};
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

/// `read` gives the step in force, `write` stores the reader's pick. `allows` (with
/// `refused_hint`) greys out steps elder mode does not permit. `swatches` shows each
/// step in its own colours, for the colour schemes.
#[component]
pub fn ChoiceGroup<C: Choice + Send + Sync>(
    key: &'static str,
    read: fn(Settings, SystemPreferences) -> C,
    write: fn(&mut Settings, C),
    #[prop(optional)] allows: Option<fn(Settings, C) -> bool>,
    #[prop(optional)] refused_hint: Option<&'static str>,
    #[prop(optional)] swatches: bool,
) -> impl IntoView {
    let reading = use_reading_settings();
    let settings = reading.settings;
    let announcer = use_announcer();
    let current = Memo::new(move |_| read(settings.get(), reading.system));
    let allowed = move |step: C| allows.is_none_or(|allows| settings.with(|s| allows(*s, step)));
    let options = C::ALL
        .iter()
        .map(|&step| {
            let choose = move |_| {
                settings.update(|s| write(s, step));
                announcer.say(step.announcement());
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=key
                        value=step.id()
                        prop:checked=move || current.get() == step
                        prop:disabled=move || !allowed(step)
                        on:change=choose
                    />
                    {swatches.then(|| view! { <span class="swatch" data-swatch=step.id() aria-hidden="true">{changyue_core::text::SCHEME_SAMPLE}</span> })}
                    <span>{step.label()}</span>
                </label>
            }
        })
        .collect_view();
    let refused = move || {
        let some_refused = C::ALL.iter().any(|&step| !allowed(step));
        refused_hint.filter(|_| some_refused).map(|hint| view! { <p class="hint">{hint}</p> })
    };
    view! {
        <fieldset class="choice-group" data-setting=key>
            <legend>{C::NAME}</legend>
            <div class="choices">{options}</div>
            {refused}
        </fieldset>
    }
}
