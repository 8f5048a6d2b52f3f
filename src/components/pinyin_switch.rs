//! 拼音: each character of the article with its syllable above it. Under the switch, and in its
//! description, why there is none when the reader asked for it (the readings are missing, or
//! could not load).

use changyue_core::text;
use leptos::prelude::*;

use crate::components::setting_switch::{SettingSwitch, SwitchText};
use crate::pinyin::use_pinyin_problem;

const PROBLEM_ID: &str = "pinyin-problem";

#[component]
pub fn PinyinSwitch() -> impl IntoView {
    let text = SwitchText { label: text::PINYIN, hint: Some(("pinyin-hint", text::PINYIN_HINT)), mark: None };
    let problem = use_pinyin_problem().0;
    view! {
        <p class="setting-switch">
            <SettingSwitch text read=|s| s.pinyin write=|s, on| s.pinyin = on also_described_by=PROBLEM_ID/>
            <span id=PROBLEM_ID class="hint setting-problem">{move || problem.get()}</span>
        </p>
    }
}
