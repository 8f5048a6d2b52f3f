//! 阅读设置: a disclosure opened from the banner. It is not modal, so each change is
//! seen on the article at once; Escape or 收起 closes it and focus goes back to its button.

use changyue_core::text;
use changyue_core::{ColorScheme, ContentWidth, LetterSpacing, LineHeight, Settings};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use crate::adapters::dom;
use crate::components::choice_group::{setting_choice, SettingAccess};
use crate::components::disclosure_button::DisclosureButton;
use crate::components::font_size_controls::{FontSizeControls, PANEL_GROUP_ID};
use crate::components::live_region::use_announcer;
use crate::components::pinyin_switch::PinyinSwitch;
use crate::components::text_only_switch::TextOnlySwitch;
use crate::reading::use_reading_settings;
use crate::reading_history::use_reading_history;

pub const PANEL_ID: &str = "reading-settings";
pub const TOGGLE_ID: &str = "reading-settings-toggle";

/// The banner's 阅读设置 button.
#[component]
pub fn ReadingSettingsToggle(open: RwSignal<bool>) -> impl IntoView {
    view! { <DisclosureButton id=TOGGLE_ID controls=PANEL_ID open>{text::READING_SETTINGS}</DisclosureButton> }
}

#[component]
pub fn ReadingSettingsPanel(open: RwSignal<bool>) -> impl IntoView {
    let close = move || {
        open.set(false);
        dom::focus(&format!("#{TOGGLE_ID}"));
    };
    let on_keydown = move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            close();
        }
    };
    view! {
        <Show when=move || open.get()>
            <section id=PANEL_ID class="reading-settings" aria-labelledby="reading-settings-title" on:keydown=on_keydown>
                <h2 id="reading-settings-title">{text::READING_SETTINGS}</h2>
                <p class="hint">{text::READING_SETTINGS_HINT}</p>
                <FontSizeControls id=PANEL_GROUP_ID/>
                {setting_choice(
                    "line-height",
                    SettingAccess {
                        read: |s, _| s.effective_line_height(),
                        write: |s, v| s.line_height = v,
                        allows: |s, v: LineHeight| v >= s.min_line_height(),
                    },
                    Some(text::LINE_HEIGHT_ELDER_FLOOR),
                    false,
                )}
                {setting_choice(
                    "letter-spacing",
                    SettingAccess::<LetterSpacing>::always_allowed(|s, _| s.letter_spacing, |s, v| s.letter_spacing = v),
                    None,
                    false,
                )}
                {setting_choice(
                    "width",
                    SettingAccess::<ContentWidth>::always_allowed(|s, _| s.width, |s, v| s.width = v),
                    None,
                    false,
                )}
                {setting_choice(
                    "scheme",
                    SettingAccess::<ColorScheme>::always_allowed(|s, system| s.scheme(system), |s, v| s.scheme = Some(v)),
                    None,
                    true,
                )}
                <TextOnlySwitch/>
                <PinyinSwitch/>
                <ClearHistoryButton/>
                <p class="panel-actions">
                    <UndoSettingButton/>
                    <ResetSettingsButton/>
                    <button type="button" class="control" on:click=move |_| close()>
                        {text::READING_SETTINGS_CLOSE}
                    </button>
                </p>
            </section>
        </Show>
    }
}

/// 恢复默认: every setting back to its default, elder mode off, the scheme following the system again.
#[component]
fn ResetSettingsButton() -> impl IntoView {
    let settings = use_reading_settings().settings;
    let announcer = use_announcer();
    let reset = move |_| {
        settings.set(Settings::default());
        announcer.say(text::RESET_DONE);
    };
    view! {
        <button type="button" class="control" on:click=reset>{text::RESET_SETTINGS}</button>
    }
}

/// 撤销: the last setting change taken back. With nothing to undo it stays focusable and says so.
#[component]
fn UndoSettingButton() -> impl IntoView {
    let reading = use_reading_settings();
    let announcer = use_announcer();
    view! {
        <button
            type="button"
            class="control"
            aria-label=text::UNDO_NAME
            aria-disabled=move || (!reading.history.with(|h| h.can_undo())).to_string()
            on:click=move |_| announcer.say(reading.undo())
        >
            {text::UNDO}
        </button>
    }
}

/// 清除阅读记录: forgets where every article was left (继续阅读, 已读, 读到 n%).
#[component]
fn ClearHistoryButton() -> impl IntoView {
    let history = use_reading_history();
    let announcer = use_announcer();
    let clear = move |_| {
        if history.is_empty() {
            announcer.say(text::NO_HISTORY);
        } else {
            history.clear();
            announcer.say(text::HISTORY_CLEARED);
        }
    };
    view! {
        <p class="setting-switch">
            <button
                type="button"
                class="control"
                aria-describedby="clear-history-hint"
                aria-disabled=move || history.is_empty().to_string()
                on:click=clear
            >
                {text::CLEAR_HISTORY}
            </button>
            <span id="clear-history-hint" class="hint">{text::CLEAR_HISTORY_HINT}</span>
        </p>
    }
}
