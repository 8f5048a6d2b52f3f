//! One of the toolbar's on/off tools (one of its `tabindex="-1"` stops: 指读, 声音, 阅读尺, 行聚焦,
//! 十字线, 大鼠标, 大字幕) as a `<button aria-pressed>`; a press flips it and stores it. Its pressed
//! state, spoken on the button pressed, is what the reader hears: no words besides.

use changyue_core::ToolSettings;
use leptos::prelude::*;

use crate::tools::use_tools;

#[component]
pub fn ToolSwitch(
    label: &'static str,
    read: fn(&ToolSettings) -> bool,
    write: fn(&mut ToolSettings, bool),
) -> impl IntoView {
    let tools = use_tools();
    let on = Memo::new(move |_| tools.with(read));
    let toggle = move |_| {
        let turn_on = !tools.with_untracked(read);
        tools.update(|t| write(t, turn_on));
    };
    view! {
        <button type="button" tabindex="-1" class="control" aria-pressed=move || on.get().to_string() on:click=toggle>
            {label}
        </button>
    }
}
