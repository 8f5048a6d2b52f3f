//! The reader's settings as app state: one signal in context, mirrored onto
//! `<html>` (so CSS restyles without re-rendering) and into localStorage.

use changyue_core::{Settings, SystemPreferences};
use leptos::prelude::*;

use crate::adapters::{dom, storage};

#[derive(Clone, Copy)]
pub struct ReadingSettings {
    pub settings: RwSignal<Settings>,
    /// The browser's `prefers-*` wishes, kept up to date: until the reader picks a
    /// colour scheme, the page follows them.
    pub system: RwSignal<SystemPreferences>,
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
    let initial =
        storage::load(Settings::STORAGE_KEY).map(|stored| Settings::from_stored(&stored)).unwrap_or_default();
    apply_to_page(initial, system.get_untracked());
    let settings = RwSignal::new(initial);
    Effect::new(move |previous: Option<Settings>| {
        let current = settings.get();
        if previous.is_some_and(|p| p != current) {
            storage::save(Settings::STORAGE_KEY, &current.to_stored());
        }
        current
    });
    // Applied again on any change of the settings or of the system's wishes.
    Effect::new(move |applied: Option<(Settings, SystemPreferences)>| {
        let now = (settings.get(), system.get());
        if applied.is_some_and(|a| a != now) {
            apply_to_page(now.0, now.1);
        }
        now
    });
    let reading = ReadingSettings { settings, system };
    provide_context(reading);
    reading
}

pub fn use_reading_settings() -> ReadingSettings {
    expect_context()
}

fn apply_to_page(settings: Settings, system: SystemPreferences) {
    let style = settings.page_style(system);
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
