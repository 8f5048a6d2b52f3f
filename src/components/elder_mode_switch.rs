//! 长者模式: one switch for very large text, generous spacing, big targets and a
//! simplified page. It sits on top of the other settings, so turning it off gives
//! them back unchanged. The banner, the footer and the 字号 bar each carry one.

use changyue_core::startup::ELDER_SWITCH;
use changyue_core::text;
use leptos::prelude::*;

use crate::components::setting_switch::{SettingSwitch, SwitchText};

/// `hint_id`: where there is room (the footer), a line under the switch says what it does.
#[component]
pub fn ElderModeSwitch(#[prop(optional)] hint_id: Option<&'static str>) -> impl IntoView {
    let text = SwitchText {
        label: text::ELDER_MODE,
        hint: hint_id.map(|id| (id, text::ELDER_MODE_HINT)),
        mark: Some(ELDER_SWITCH),
    };
    view! { <SettingSwitch text read=|s| s.elder write=|s, on| s.elder = on/> }
}
