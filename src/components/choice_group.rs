//! One reading setting as a group of native radio buttons (行距, 字间距, 版面宽度, 配色):
//! arrow keys move between the steps, Tab leaves the group, the legend names it.

use changyue_core::{text, Choice, Settings, SystemPreferences};
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::reading::use_reading_settings;

/// How one setting is read and written. `read` gives the step in force, `write` stores the
/// reader's pick, `allows` greys out the steps elder mode does not permit.
pub struct SettingAccess<C> {
    pub read: fn(Settings, SystemPreferences) -> C,
    pub write: fn(&mut Settings, C),
    pub allows: fn(Settings, C) -> bool,
}

impl<C: Choice> SettingAccess<C> {
    pub fn always_allowed(read: fn(Settings, SystemPreferences) -> C, write: fn(&mut Settings, C)) -> Self {
        SettingAccess { read, write, allows: |_, _| true }
    }
}

/// The radio group for one setting. Only this thin part is generic; the view below is
/// built once for all settings, which keeps the wasm small.
pub fn setting_choice<C: Choice + Send + Sync>(
    key: &'static str,
    access: SettingAccess<C>,
    refused_hint: Option<&'static str>,
    swatches: bool,
) -> impl IntoView {
    let reading = use_reading_settings();
    let settings = reading.settings;
    let announcer = use_announcer();
    let SettingAccess { read, write, allows } = access;
    let index = |step: C| C::ALL.iter().position(|&s| s == step).unwrap_or(0);
    view! {
        <ChoiceGroup
            key
            legend=C::NAME
            options=C::ALL.iter().map(|s| (s.id(), s.label())).collect()
            current=Signal::derive(move || index(read(settings.get(), reading.system.get())))
            allowed=Callback::new(move |i: usize| settings.with(|s| allows(*s, C::ALL[i])))
            on_choose=Callback::new(move |i: usize| {
                settings.update(|s| write(s, C::ALL[i]));
                announcer.say(C::ALL[i].announcement());
            })
            refused_hint
            swatches
        />
    }
}

/// `options` are (id, label) pairs in the order shown; `swatches` shows each step in its
/// own colours, for the colour schemes.
#[component]
fn ChoiceGroup(
    key: &'static str,
    legend: &'static str,
    options: Vec<(&'static str, &'static str)>,
    current: Signal<usize>,
    allowed: Callback<usize, bool>,
    on_choose: Callback<usize>,
    refused_hint: Option<&'static str>,
    swatches: bool,
) -> impl IntoView {
    let count = options.len();
    let hint_id = format!("{key}-hint");
    let some_refused = Memo::new(move |_| (0..count).any(|i| !allowed.run(i)));
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (id, label))| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=key
                        value=id
                        prop:checked=move || current.get() == i
                        prop:disabled=move || !allowed.run(i)
                        on:change=move |_| on_choose.run(i)
                    />
                    {swatches.then(|| {
                        view! { <span class="swatch" data-swatch=id aria-hidden="true">{text::SCHEME_SAMPLE}</span> }
                    })}
                    <span>{label}</span>
                </label>
            }
        })
        .collect_view();
    // Disabled radios are skipped by the arrow keys: the group's description says why.
    let shown_hint = move || refused_hint.filter(|_| some_refused.get());
    let described_by = {
        let hint_id = hint_id.clone();
        move || shown_hint().map(|_| hint_id.clone())
    };
    let refused = move || shown_hint().map(|hint| view! { <p id=hint_id.clone() class="hint">{hint}</p> });
    view! {
        <fieldset class="choice-group" data-setting=key aria-describedby=described_by>
            <legend>{legend}</legend>
            <div class="choices">{radios}</div>
            {refused}
        </fieldset>
    }
}
