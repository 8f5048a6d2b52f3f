//! 纯文本: hides images and decoration and shows each image's description in its place.

use changyue_core::text;
use leptos::prelude::*;

use crate::components::setting_switch::{SettingSwitch, SwitchText};

#[component]
pub fn TextOnlySwitch() -> impl IntoView {
    let text = SwitchText {
        label: text::TEXT_ONLY,
        hint: Some(("text-only-hint", text::TEXT_ONLY_HINT)),
        mark: None,
    };
    view! {
        <p class="setting-switch">
            <SettingSwitch text read=|s| s.text_only write=|s, on| s.text_only = on/>
        </p>
    }
}
