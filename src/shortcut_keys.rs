//! The Alt+Shift shortcuts, listened for on the whole page. Which key does what, and when a
//! key is left alone, is decided in `changyue_core::shortcuts`; this only carries it out.

use changyue_core::shortcuts::{action_for, Action, KeyPress};
use changyue_core::{text, FontPress};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::adapters::dom;
use crate::components::barrier_free_toolbar::Toolbar;
use crate::components::font_size_controls::press_font;
use crate::components::live_region::Announcer;
use crate::components::reading_settings_panel::TOGGLE_ID as SETTINGS_TOGGLE_ID;
use crate::components::setting_switch::flip_setting;
use crate::components::shortcut_help::ShortcutHelp;
use crate::components::skip_link::MAIN_ID;
use crate::components::table_of_contents::CONTENTS_ID;
use crate::read_aloud::ReadAloud;
use crate::reading::ReadingSettings;
use crate::tools::Tools;

/// Everything a shortcut can act on, gathered while the app is set up.
#[derive(Clone, Copy)]
pub struct Targets {
    pub tools: Tools,
    pub toolbar: Toolbar,
    pub read_aloud: ReadAloud,
    pub reading: ReadingSettings,
    pub announcer: Announcer,
    pub help: ShortcutHelp,
}

/// Fields whose keys are the reader's typing (a radio or a button is not one).
const FIELDS: &str = "textarea, select, [contenteditable]:not([contenteditable=\"false\"]), \
    input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit]):not([type=reset])";

fn typing_in(target: Option<web_sys::EventTarget>) -> bool {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    element.closest(FIELDS).ok().flatten().is_some()
}

fn modal_open() -> bool {
    let document = dom::window().and_then(|w| w.document());
    document.and_then(|d| d.query_selector("dialog[open]").ok().flatten()).is_some()
}

pub fn listen_for_shortcuts(targets: Targets) {
    let handle = window_event_listener(ev::keydown, move |event| {
        let code = event.code();
        let press = KeyPress {
            code: &code,
            alt: event.alt_key(),
            shift: event.shift_key(),
            ctrl: event.ctrl_key(),
            meta: event.meta_key(),
            in_field: typing_in(event.target()),
            repeat: event.repeat(),
            modal_open: modal_open(),
        };
        if let Some(action) = action_for(press, targets.tools.with_untracked(|t| t.shortcuts)) {
            event.prevent_default();
            act(targets, action);
        }
    });
    // The listener lives as long as the app.
    std::mem::forget(handle);
}

fn act(t: Targets, action: Action) {
    match action {
        Action::ToggleToolbar => {
            t.toolbar.toggle(true);
            t.announcer.say(if t.toolbar.is_open_untracked() {
                text::TOOLBAR_OPENED
            } else {
                text::TOOLBAR_CLOSED
            });
        }
        Action::ReadOrPause => {
            t.toolbar.open(false);
            t.read_aloud.read_or_pause();
        }
        Action::StopReading => t.read_aloud.stop(),
        Action::PreviousSentence => t.read_aloud.previous(),
        Action::NextSentence => t.read_aloud.next(),
        Action::FontLarger => press_font(t.reading.settings, t.announcer, FontPress::Larger),
        Action::FontSmaller => press_font(t.reading.settings, t.announcer, FontPress::Smaller),
        // Pressed away from the switch, whose pressed state the reader does not hear: said in words.
        Action::ElderMode => {
            let on = flip_setting(t.reading.settings, |s| s.elder, |s, on| s.elder = on);
            t.announcer.say(if on { text::ELDER_ON } else { text::ELDER_OFF });
        }
        Action::UndoSetting => t.announcer.say(t.reading.undo()),
        Action::JumpToBanner => {
            dom::focus(".site-name a");
        }
        Action::JumpToMain => {
            dom::focus(&format!("#{MAIN_ID}"));
        }
        // A short article has no contents: its text is the next best place.
        Action::JumpToContents => {
            if !dom::focus(&format!("#{CONTENTS_ID} a")) {
                dom::focus(&format!("#{MAIN_ID}"));
            }
        }
        Action::JumpToSettings => {
            dom::focus(&format!("#{SETTINGS_TOGGLE_ID}"));
        }
        Action::JumpToChannels => {
            dom::focus("#channels-title");
        }
        Action::ShowHelp => t.help.open(),
    }
}
