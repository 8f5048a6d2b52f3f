//! 语音: the voices that can read the article's language, or the browser's own choice.
//! A native `<select>`, outside the toolbar, so its arrow keys stay its own.

use changyue_core::text::{self, fill};
use leptos::prelude::*;

use crate::components::live_region::use_announcer;
use crate::read_aloud::use_read_aloud;
use crate::tools::use_tools;

#[component]
pub fn VoicePicker() -> impl IntoView {
    let read_aloud = use_read_aloud();
    let tools = use_tools();
    let announcer = use_announcer();
    let chosen = Memo::new(move |_| tools.with(|t| t.voice.clone()));
    let choose = move |event| {
        let uri = event_target_value(&event);
        let voice = read_aloud.voices.with_untracked(|v| v.iter().find(|v| v.uri == uri).cloned());
        let name = voice.as_ref().map_or(text::VOICE_AUTOMATIC.to_owned(), |v| v.name.clone());
        tools.update(|t| t.voice = voice.map(|v| v.uri));
        announcer.say(fill(text::SETTING_CHANGED, &[("setting", text::VOICE), ("value", &name)]));
    };
    move || {
        let voices = read_aloud.voices.get();
        (!voices.is_empty()).then(|| {
            let options = voices
                .into_iter()
                .map(|voice| {
                    let selected = chosen.get_untracked().as_deref() == Some(voice.uri.as_str());
                    view! {
                        <option value=voice.uri selected=selected>{format!("{}（{}）", voice.name, voice.lang)}</option>
                    }
                })
                .collect_view();
            view! {
                <p class="voice-picker">
                    <label for="voice-picker">{text::VOICE}</label>
                    <select id="voice-picker" class="control" on:change=choose>
                        <option value="" selected=chosen.get_untracked().is_none()>{text::VOICE_AUTOMATIC}</option>
                        {options}
                    </select>
                </p>
            }
        })
    }
}
