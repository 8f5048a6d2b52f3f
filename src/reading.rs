//! The reader's settings as app state: one signal in context, mirrored onto
//! `<html>` (so CSS restyles without re-rendering) and into localStorage.

use changyue_core::{text, PageStyle, Settings, SettingsHistory, SystemPreferences};
use leptos::ev;
use leptos::prelude::*;

use crate::adapters::{dom, storage, takeover};
use crate::reading_place::keeping_place;

#[derive(Clone, Copy)]
pub struct ReadingSettings {
    pub settings: RwSignal<Settings>,
    /// The browser's `prefers-*` wishes, kept up to date: until the reader picks a
    /// colour scheme, the page follows them.
    pub system: RwSignal<SystemPreferences>,
    /// The settings before each change, for 撤销.
    pub history: RwSignal<SettingsHistory>,
    /// The change being made is not itself remembered for 撤销: an undo, or another tab's change.
    unremembered: StoredValue<bool>,
}

/// The settings a visit starts with: those the pre-rendered page's settings script stored at a
/// press before the app started (which storage may have refused), else those stored.
fn settings_at_start() -> Settings {
    takeover::settings_pressed_in_copy()
        .or_else(|| storage::load(Settings::STORAGE_KEY))
        .map(|stored| Settings::from_stored(&stored))
        .unwrap_or_default()
}

const DARK: &str = SystemPreferences::DARK_QUERY;
const MORE_CONTRAST: &str = SystemPreferences::MORE_CONTRAST_QUERY;

fn system_preferences() -> SystemPreferences {
    SystemPreferences { dark: dom::prefers(DARK), more_contrast: dom::prefers(MORE_CONTRAST) }
}

/// Reads the stored settings, applies them at once and keeps applying and storing every change.
pub fn provide_reading_settings() -> ReadingSettings {
    let system = RwSignal::new(system_preferences());
    for query in [DARK, MORE_CONTRAST] {
        dom::on_preference_change(query, move || system.set(system_preferences()));
    }
    let initial = settings_at_start();
    apply_to_page(&initial.page_style(system.get_untracked()));
    let settings = RwSignal::new(initial);
    let history = RwSignal::new(SettingsHistory::default());
    let unremembered = StoredValue::new(false);
    // The change was made on the page already, its place kept, by the settings script.
    let on_page_already = StoredValue::new(false);
    Effect::new(move |previous: Option<Settings>| {
        let current = settings.get();
        let undone = unremembered.get_value();
        unremembered.set_value(false);
        if let Some(previous) = previous.filter(|&p| p != current) {
            storage::save(Settings::STORAGE_KEY, &current.to_stored());
            if !undone {
                history.update(|h| h.record(previous));
            }
        }
        current
    });
    // Applied again on any change of the settings or of the system's wishes.
    Effect::new(move |applied: Option<(Settings, SystemPreferences)>| {
        let now = (settings.get(), system.get());
        if let Some(before) = applied.filter(|&a| a != now) {
            if on_page_already.get_value() {
                on_page_already.set_value(false);
                apply_to_page(&now.0.page_style(now.1));
                return now;
            }
            keeping_place(|| {
                let (was, will_be) = (before.0.page_style(before.1), now.0.page_style(now.1));
                if was.only_text_scale_differs(&will_be) {
                    crate::settling::hold_far_blocks();
                } else {
                    crate::settling::settle_now();
                }
                apply_to_page(&will_be);
            });
        }
        now
    });
    // A printout has every block at the reader's size, even a moment after a 字号 change.
    let _ = window_event_listener(ev::beforeprint, |_| crate::settling::settle_now());
    // A change made in another tab (长者模式 turned on there) shows here at once; without this,
    // this tab's next change would store its own stale settings over it. It is that tab's change,
    // not one for 撤销 here. Storing it again here stores the same text: no echo.
    storage::on_change_elsewhere(Settings::STORAGE_KEY, move |stored| {
        let theirs = stored.map(|s| Settings::from_stored(&s)).unwrap_or_default();
        if theirs != settings.get_untracked() {
            unremembered.set_value(true);
            settings.set(theirs);
            // 撤销 here would go back to settings from before that change, taking it back in
            // every tab: what was changed here before it is no longer this tab's to undo.
            history.set(SettingsHistory::default());
        }
    });
    // A press on the pre-rendered page's 字号 or 长者模式 while the app is starting hidden beside
    // it: the script applied, stored and said it; the app takes it, to show it when it takes
    // over, and remembers it for 撤销 as the reader's own change.
    takeover::on_press_in_copy(move |stored| {
        let pressed = Settings::from_stored(&stored);
        if pressed != settings.get_untracked() {
            on_page_already.set_value(true);
            settings.set(pressed);
        }
    });
    let reading = ReadingSettings { settings, system, history, unremembered };
    provide_context(reading);
    reading
}

impl ReadingSettings {
    /// Takes the last change back; the words say what came back, or that nothing could.
    pub fn undo(self) -> String {
        let Some(earlier) = self.history.try_update(SettingsHistory::undo).flatten() else {
            return text::NOTHING_TO_UNDO.to_owned();
        };
        let words = self.settings.get_untracked().undo_announcement(earlier, self.system.get_untracked());
        self.unremembered.set_value(true);
        self.settings.set(earlier);
        words
    }
}

pub fn use_reading_settings() -> ReadingSettings {
    expect_context()
}

fn apply_to_page(style: &PageStyle) {
    for (name, value) in &style.properties {
        dom::set_root_property(name, value);
    }
    for (name, value) in &style.attributes {
        match value {
            Some(value) => dom::set_root_attribute(name, value),
            None => dom::remove_root_attribute(name),
        }
    }
}
